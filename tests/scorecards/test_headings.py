"""The headings of the Excel publication and of the scorecard appendix go through gettext: Vietnamese prints,
English is the second language."""

import datetime as dt
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from scorecards import demo
from scorecards.models import Framework
from scorecards.publication import results_xlsx
from scorecards.results import framework_results
from scorecards.tables import scorecard_table
from units.divisions import history_available

pytestmark = pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list")


@pytest.fixture
def seeded(tree):
    demo.seed()
    return Framework.objects.get(province__code="51", year=2023, group="district")


def _headings(framework, language):
    with translation.override(language):
        book = load_workbook(io.BytesIO(results_xlsx(framework_results(framework))))
    first, fields = book.worksheets
    return book.sheetnames, [c.value for c in first[2]], fields["A1"].value, [c.value for c in fields[2]]


def test_the_publications_headings_in_vietnamese_and_in_english(seeded):
    names, header, title, by_field = _headings(seeded, "vi")
    assert names[1] == "Xếp hạng theo lĩnh vực" and title.endswith(": xếp hạng từng lĩnh vực")
    assert header[:3] == ["Xếp hạng", "Mã", "Đơn vị"]
    assert header[-7:] == ["Tự đánh giá được thẩm định (72)", "Xếp hạng thẩm định", "SIPAS (28)", "Xếp hạng SIPAS",
                           "Tổng điểm (100)", "Điểm tăng (+) / giảm (−) so với năm trước",
                           "Tăng (+) / giảm (−) bậc so với năm trước"]  # fmt: skip
    assert by_field[:7] == ["Mã", "Đơn vị", "1. Điểm (10,5)", "1. Tỷ lệ (%)", "1. Xếp hạng", "1. Số đơn vị cùng hạng",
                            "1. Tăng/giảm bậc"]  # fmt: skip
    names, header, title, by_field = _headings(seeded, "en")
    assert names[1] == "Ranks by field" and title.endswith(": each field's rank")
    assert header[:3] == ["Rank", "Code", "Unit"]
    assert header[-7:] == ["Appraised self-assessment (72)", "Appraised rank", "SIPAS (28)", "SIPAS rank",
                           "Total points (100)", "Points up (+) / down (−) from last year",
                           "Places up (+) / down (−) from last year"]  # fmt: skip
    assert by_field[:7] == ["Code", "Unit", "1. Points (10,5)", "1. Share (%)", "1. Rank", "1. Units sharing the rank",
                            "1. Places up/down"]  # fmt: skip


def _appendix(tree, language):
    with translation.override(language):
        table = scorecard_table(unit=tree["524"], on=dt.date(2024, 1, 9))
    first_field = next(r for r in table.rows if r.kind == "group")
    return table.title, [c.text for c in table.header[0]], first_field.cells[-1].text, table.rows[-1].cells


def test_the_appendix_headings_in_vietnamese_and_in_english(seeded, tree):
    title, header, share, total = _appendix(tree, "vi")
    assert title == "KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
    assert header == ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định",
                      "Lý do, ghi chú"]  # fmt: skip
    assert share == "Đạt 87,62\u00a0%"
    assert (total[1].text, total[-1].text) == ("Tổng điểm Chỉ số CCHC", "Xếp hạng 6/13")
    title, header, share, total = _appendix(tree, "en")
    assert title == "RESULTS OF THE PAR INDEX SCORING, 2023"
    assert header == ["No.", "Field, criterion", "Maximum points", "Self-assessed points", "Appraised points",
                      "Reason, note"]  # fmt: skip
    assert share.startswith("Achieved 87")
    assert (total[1].text, total[-1].text) == ("Total PAR INDEX points", "Rank 6/13")
