"""Issue #11, item 5: one document gives the share of online dossiers one way, wherever it prints it.

With dossiers carried over from the previous period, "online / received" and "online / received new in
the period" differ (54,85 % and 55,16 % here); the document uses the catalogue's rate (online / new)
in the generated sentence, in a single quoted figure and in III.2's summary table, and Excel prints no other.
"""

import io

from openpyxl import load_workbook

from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from reports.models import ReportType
from reports.periods import ensure_period
from tests.consolidation.conftest import put

from .conftest import CREATED, pdf_text

R = "dossiers.received."


def test_the_online_share_prints_the_same_in_text_summary_and_excel(alice, binh_phuoc):
    period = ensure_period("2023")
    put(binh_phuoc, period, {R + "online": 1913, R + "direct": 1555, R + "postal": 0, R + "carried_over": 20})
    report = report_create(unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"),
                           user=alice)  # fmt: skip
    section = report.sections.get(embed="dossiers")
    section.body = "[[figures.dossiers]]\nTỷ lệ trực tuyến: [[figure:dossiers.rate.online]]."
    section.save(update_fields=["body"])

    text = " ".join(pdf_text(render_pdf(report, created=CREATED)).split())
    assert "54,85" not in text  # online / all received (carried over included) is not printed anywhere
    assert text.count("55,16") >= 3  # the sentence, the quoted figure, the summary table (and Phụ lục I)

    summary = next(s.table for s in official_document(report).sections if s.table and s.table.summary_of)
    online = next(row for row in summary.rows if row.cells[1].text == "- Trực tuyến")
    assert online.cells[3].text == "55,16"
    carried = next(row for row in summary.rows if row.cells[1].text == "- Từ kỳ trước")
    assert carried.cells[3].text == ""  # not a share of the period's new dossiers

    book = load_workbook(io.BytesIO(render_xlsx(report, created=CREATED)))
    shares = {round(float(c.value), 2) for ws in book.worksheets for row in ws.iter_rows() for c in row
              if isinstance(c.value, int | float) and 54 < c.value < 56}  # fmt: skip
    assert shares <= {55.16}  # Excel prints no other online share (54,85 would be online / all received)
