"""Section II of seed 004's report, generated: the PAR INDEX result as live blocks of Bình Sơn's report, worded
from the published scores, through the same PDF export as every report."""

import datetime as dt
import io

import pytest
from django.utils import translation
from docx import Document

from desk.blocks import current_blocks
from desk.services import report_create
from exports.pdf import render_pdf
from exports.word import render_docx
from reports.models import ReportType
from reports.periods import ensure_period
from scorecards import demo
from scorecards.narrative import paragraphs
from tests.exports.conftest import pdf_text
from units.divisions import history_available
from units.models import Membership, Role, User

pytestmark = pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list")

SECTION_TWO = """[[scorecards.opening]]

[[scorecards.summary]]

[[scorecards.field.1]]

[[scorecards.field.2]]

[[scorecards.field.6]]

[[scorecards.survey]]

[[scorecards.change]]
"""


@pytest.fixture
def report(tree):
    demo.seed()
    clerk = User.objects.create_user("clerk524", password="pw-123456", full_name="Clerk")
    Membership.objects.create(user=clerk, unit=tree["524"], role=Role.CLERK)
    report = report_create(
        unit=tree["524"], period=ensure_period("2024"), report_type=ReportType.objects.get(code="cchc-year"), user=clerk
    )
    section = report.sections.order_by("order").first()
    section.body = SECTION_TWO
    section.save()
    return report


def test_the_result_published_by_the_reports_cut_off(tree):
    demo.seed()
    assert paragraphs(unit=tree["524"], on=dt.date(2023, 1, 11)) == []  # before the 2022 decision (12/01/2023)
    before = paragraphs(unit=tree["524"], on=dt.date(2024, 1, 8))
    assert "năm 2022" in before[0].text and "82,55/100" in before[1].text
    after = paragraphs(unit=tree["524"], on=dt.date(2024, 1, 9))
    assert len(after) == 12 and "82,84/100" in after[1].text


def test_section_two_is_worded_from_the_scores(report):
    with translation.override("vi"):
        blocks = current_blocks(report)
    assert blocks["scorecards.opening"].startswith(
        "Điểm dưới đây là kết quả thẩm định của Hội đồng thẩm định tỉnh, được công bố tại Quyết định số "
        "57/QĐ-UBND ngày 09/01/2024"
    )
    assert "đạt 82,84/100 điểm, xếp hạng 6/13 huyện, thành phố" in blocks["scorecards.summary"]
    assert "đạt 63,26/72 điểm, xếp hạng 7/13 huyện, thành phố" in blocks["scorecards.summary"]
    assert "đạt 19,58/28 điểm, xếp hạng 7/13 huyện, thành phố" in blocks["scorecards.summary"]
    assert blocks["scorecards.field.1"].startswith(
        "1.1. Lĩnh vực Chỉ đạo, điều hành CCHC: đạt 9,2/10,5 điểm, đạt 87,62\u00a0%, "
        "xếp hạng 11/13 huyện, thành phố; giữ nguyên thứ hạng so với năm 2022."
    )
    assert blocks["scorecards.field.2"] == (
        "1.2. Lĩnh vực Cải cách thể chế: đạt 4,5/4,5 điểm, đạt 100,00\u00a0%, xếp hạng 1, chung vị thứ 1 với 12 "
        "huyện, thành phố khác; tăng 9 bậc so với năm 2022."
    )
    assert "giảm 3 bậc so với năm 2022" in blocks["scorecards.field.6"]
    assert "6.1. Giải ngân kế hoạch vốn đầu tư công: 1,95/3" in blocks["scorecards.field.6"]
    assert "giảm 6 bậc so với năm 2022" in blocks["scorecards.survey"]
    assert "+0,29 điểm" in blocks["scorecards.change"] and "SIPAS \u22122,58" in blocks["scorecards.change"]
    assert "giảm 2 bậc so với năm 2022" in blocks["scorecards.change"]


def test_the_pdf_prints_section_two(report):
    text = " ".join(pdf_text(render_pdf(report)).split())
    assert "đạt 82,84/100 điểm, xếp hạng 6/13 huyện, thành phố" in text
    assert "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác; tăng 9 bậc so với năm 2022" in text
    assert "Quyết định số 57/QĐ-UBND ngày 09/01/2024" in text


def test_the_scorecard_is_the_reports_appendix_in_the_pdf_and_the_excel_file(report):
    import io

    from openpyxl import load_workbook

    from exports.xlsx import render_xlsx

    text = " ".join(pdf_text(render_pdf(report)).split())
    assert "KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023" in text
    assert "Tổng điểm Chỉ số CCHC 100 82,84 Xếp hạng 6/13" in text
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    rows = [[c.value for c in row] for ws in book.worksheets for row in ws.iter_rows()]
    total = next(r for r in rows if "Tổng điểm Chỉ số CCHC" in r)
    assert 82.84 in [float(v) for v in total if isinstance(v, int | float)]


def test_a_report_without_scorecard_blocks_has_no_such_appendix(report):
    section = report.sections.order_by("order").first()
    section.body = "Không trích dẫn kết quả Chỉ số CCHC."
    section.save()
    assert "KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ" not in pdf_text(render_pdf(report))


def test_the_demo_report_of_seed_004_is_in_its_own_outline_with_section_two_generated(tree):
    """The demo's Bình Sơn report for the province's letter (an ad hoc period, Quảng Ngãi's own template I–III):
    part II is the scorecards' blocks, so it prints the seed's figures with half-up shares."""
    from desk import demo as desk_demo
    from exports.document import official_document
    from reports.demo import SEED_004_OUTLINE
    from reports.models import Report

    demo.seed()
    desk_demo.binh_son_par_index_report()
    report = Report.objects.get(unit=tree["524"], report_type__code="par-index-district")
    assert report.report_type.province == tree["51"] and report.period.kind == "ad_hoc"
    document = official_document(report)
    assert [s.number for s in document.sections] == [number for number, *_rest in SEED_004_OUTLINE]
    # the scorecard is its only appendix: the communes' figures for the letter's ad hoc period are none
    assert [(a.number, a.table.key) for a in document.appendices] == [("I", "par_index")]
    text = " ".join(pdf_text(render_pdf(report)).split()).replace("/ ", "/")  # a symbol broken after its slash
    assert "[[" not in text and "Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi" in text
    for printed in ("82,84/100 điểm, xếp hạng 6/13", "63,26/72", "19,58/28", "9,2/10,5 điểm, đạt 87,62 %",
                    "chung vị thứ 1 với 12 huyện, thành phố khác; tăng 9 bậc", "4,75/6,5 điểm, đạt 73,08 %",
                    "6,45/9 điểm, đạt 71,67 %", "+0,29", "Quyết định số 57/QĐ-UBND ngày 09/01/2024"):  # fmt: skip
        assert printed in text, printed
    # part II in the seed's order: the fields, SIPAS, then the general assessment with the causes
    parts = ["1. Điểm từng lĩnh vực", "1.1. Lĩnh vực", "2. Sự hài lòng của người dân, tổ chức", "3. Nhận xét chung và nguyên nhân",
             "So với năm 2022", "Nguyên nhân khách quan", "Nguyên nhân chủ quan", "III. NHIỆM VỤ"]  # fmt: skip
    assert [text.index(p) for p in parts] == sorted(text.index(p) for p in parts)
    assert "2249/QĐ-UBND" in text and "08 người" in text and "(Số liệu từ ngày 15/12/2023 đến ngày 15/5/2024)" in text
    # The Word file carries the same part II and the scorecard as its appendix table.
    word = Document(io.BytesIO(render_docx(report)))
    assert "82,84/100 điểm, xếp hạng 6/13" in " ".join(p.text for p in word.paragraphs)
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "Tổng điểm Chỉ số CCHC" in cells and "82,84" in cells
