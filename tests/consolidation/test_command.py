import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from reports.models import ReportState

from .conftest import make_report, put


@pytest.fixture
def filled(binh_son, h1_2024):
    a, b = binh_son.children.filter(code__in=["21040-cu", "21043"]).order_by("code")
    put(a, h1_2024, {"feedback.received": 4, "direction.dialogue": 1})
    put(b, h1_2024, {"feedback.received": 6, "direction.dialogue": 0})
    make_report(a, h1_2024)
    make_report(b, h1_2024, ReportState.SUBMITTED)


def test_it_prints_json_by_indicator_code(filled):
    out = StringIO()
    call_command("consolidate", "--unit", "524", "--period", "2024-H1", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["values"]["feedback.received"] == "4"
    assert data["coded"]["direction.dialogue"] == {"0": 0, "1": 1}
    # The 22 communes; the district office (Phòng Nội vụ) writes the district's report, it does not file one.
    assert data["completeness"]["expected"] == 22 and data["completeness"]["accepted"] == 1
    assert len(data["breakdown"]["rows"]) == 22 and data["breakdown"]["total"] is not None


def test_provisional_counts_submitted_reports(filled):
    out = StringIO()
    call_command("consolidate", "--unit", "524", "--period", "2024-H1", "--provisional", stdout=out)
    data = json.loads(out.getvalue())
    assert data["provisional"] is True and data["values"]["feedback.received"] == "10"


def test_it_writes_an_excel_file(filled, tmp_path):
    target = tmp_path / "tong-hop.xlsx"
    call_command("consolidate", "--unit", "524", "--period", "2024-H1", "--format", "xlsx", "--output", str(target),
                 stderr=StringIO())  # fmt: skip
    wb = load_workbook(target)
    assert wb.sheetnames == ["Số liệu tổng hợp", "Tình hình báo cáo", "Chi tiết theo đơn vị", "Nhiệm vụ CCHC"]
    values = {row[0]: row[2] for row in wb["Số liệu tổng hợp"].iter_rows(min_row=3, values_only=True)}
    assert values["feedback.received"] == 4
    assert wb["Số liệu tổng hợp"]["A1"].font.b and int(wb["Số liệu tổng hợp"].column_dimensions["B"].width) == 70
    assert [row[1] for row in wb["Tình hình báo cáo"].iter_rows(max_row=2, values_only=True)] == [22, 2]
    sheet = wb["Chi tiết theo đơn vị"]
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0][:3]] == ["STT", "Đơn vị", "Hồ sơ tiếp nhận"]
    assert all(cell.font.b for cell in rows[0]) and all(cell.font.b for cell in rows[-1])
    assert not rows[1][1].font.b and rows[1][0].value == 1 and rows[-1][1].value == "Tổng cộng"
    assert [rows[1][2].number_format, rows[1][3].number_format] == ["#,##0", "0.00"]
    assert len(rows) == 1 + 22 + 1  # the header, the district's 22 communes, the total


def test_unknown_unit_or_period_is_an_error(filled):
    with pytest.raises(CommandError):
        call_command("consolidate", "--unit", "nope", "--period", "2024-H1")
    with pytest.raises(CommandError):
        call_command("consolidate", "--unit", "524", "--period", "1999")
