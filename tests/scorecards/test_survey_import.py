"""The SIPAS import: a unit by its code in column A or, when column A is no known code, by its name (case,
spacing and Unicode composition aside); headings skipped; any row naming no unit refuses the whole file."""

import io
import unicodedata
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from scorecards import services
from scorecards.demo import build_framework

ROWS = [("1", "Chỉ đạo, điều hành", "3", None, None), ("1.1", "Kế hoạch năm", "3", "manual", None)]


@pytest.fixture
def framework(tree):
    framework = build_framework(
        province=tree["51"], year=2023, group="commune", title="Bộ chỉ số xã năm 2023", survey="10", rows=ROWS
    )
    for code in ("21073", "21208"):
        services.open_assessment(framework=framework, unit=tree[code])
    return framework


def _upload(rows) -> SimpleUploadedFile:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("sipas.xlsx", out.getvalue())


def _points(framework):
    return {a.unit.code: a.survey_points for a in framework.assessments.select_related("unit")}


def test_units_by_code_or_by_name(framework, tree, paula):
    binh_phuoc, tinh_chau = tree["21073"].name, tree["21208"].name
    shouted = "  " + unicodedata.normalize("NFD", binh_phuoc.upper()).replace(" ", "   ") + " "
    assert shouted.strip() != binh_phuoc and unicodedata.normalize("NFC", shouted) != shouted
    rows = [["KẾT QUẢ SIPAS NĂM 2023", None], ["Đơn vị", "Điểm SIPAS"], [shouted, 8.25], ["21208", "7,5"]]
    assert services.import_survey(framework=framework, user=paula, upload=_upload(rows)) == 2
    assert _points(framework) == {"21073": D("8.25"), "21208": D("7.5")}
    rows = [[tinh_chau.lower(), 6]]  # by its name alone
    assert services.import_survey(framework=framework, user=paula, upload=_upload(rows)) == 1
    assert _points(framework)["21208"] == D("6")


def test_an_unmatched_row_saves_nothing_and_is_named(framework, tree, paula):
    rows = [["Mã", "Điểm"], [tree["21073"].name, 8.25], ["Xã Không Có", 5], ["21208", 7], ["99999", None]]
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        services.import_survey(framework=framework, user=paula, upload=_upload(rows))
    assert refused.value.messages == [
        "Không có đơn vị nào của bộ chỉ số có mã hoặc tên như ở cột A của dòng 3 (Xã Không Có); dòng 5 (99999): "
        "chưa lưu điểm nào, hãy sửa tệp rồi nhập lại."
    ]
    assert _points(framework) == {"21073": None, "21208": None}


def test_the_page_shows_the_unmatched_rows(client, framework, paula):
    client.force_login(paula)
    upload = _upload([["21073", 8], ["Xã  Không Có", 5]])
    page = client.post(reverse("scorecards:survey", args=[framework.pk]), {"file": upload}, follow=True)
    assert "dòng 2 (Xã  Không Có)" in page.content.decode()
    assert _points(framework) == {"21073": None, "21208": None}
