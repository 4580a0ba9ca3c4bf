"""An explained warning travels with the export: the Ghi chú column of the appendix row it concerns.

Seed 000's part-timers: 10 people whose levels of education add to 11 (a warning). The clerk explains
it; the PDF and the Excel file print the explanation next to the figure, after the clerk's own note.
"""

import io
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from exports.pdf import render_pdf
from exports.tables import EXPLAINED_GROUP, form_table
from exports.xlsx import render_xlsx
from indicators.models import Indicator, Value
from indicators.validation import explanation_save, findings
from reports.models import ReportSection

from .conftest import CREATED, pdf_text

PART_TIMERS = {
    "staff.part_timers": 10,
    "staff.part_timers.education.university": 6,
    "staff.part_timers.education.college": 3,
    "staff.part_timers.education.intermediate": 2,
    "staff.part_timers.politics.intermediate": 4,
    "staff.part_timers.politics.elementary": 2,
    "staff.part_timers.politics.none": 5,
}
EDUCATION = "Một người có hai bằng (đại học và cao đẳng) nên được đếm ở cả hai trình độ."
POLITICS = "Một người đang học sơ cấp được tính cả ở dòng chưa qua đào tạo."


def _store(report, figures, notes=None):
    for code, number in figures.items():
        Value.objects.update_or_create(
            unit=report.unit, period=report.period, indicator=Indicator.objects.get(code=code), breakdown="",
            defaults={"number": Decimal(number), "note": (notes or {}).get(code, "")},
        )  # fmt: skip


def _explain(report, user, rule_code, text):
    explanation_save(unit=report.unit, period=report.period, user=user, rule_code=rule_code, text=text)


def _row(table, label_start):
    return next(row for row in table.rows if row.cells[1].text.startswith(label_start))


def test_the_explanation_prints_in_ghi_chu_of_the_row_it_concerns(report, alice):
    _store(report, PART_TIMERS, notes={"staff.part_timers": "Theo quyết định giao của huyện"})
    found = {f.rule_code for f in findings(unit=report.unit, period=report.period)}
    assert {"staff-part-timers-education-sum", "staff-part-timers-politics-sum"} <= found
    _explain(report, alice, "staff-part-timers-education-sum", EDUCATION)

    staff = form_table(report, "staff")
    name = Indicator.objects.get(code="staff.part_timers").name
    row = _row(staff, name)
    assert row.cells[4].text == f"Theo quyết định giao của huyện\n{EDUCATION}"  # the clerk's note first
    assert sum(EDUCATION in r.cells[4].text for r in staff.rows) == 1  # once, on the checked total's row
    assert all(r.cells[1].text != EXPLAINED_GROUP for r in form_table(report, "phu-luc-1").rows)

    book = load_workbook(io.BytesIO(render_xlsx(report, created=CREATED)))
    sheet = next(ws for ws in book.worksheets if ws.title.startswith("Cán bộ"))
    cells = next(r for r in sheet.iter_rows() if r[1].value == name)
    assert cells[4].value == f"Theo quyết định giao của huyện\n{EDUCATION}"
    words = " ".join(pdf_text(render_pdf(report, created=CREATED)).split())
    assert "được đếm ở cả hai trình độ" in words


def test_an_unexplained_warning_prints_nothing_and_two_explanations_share_the_row(report, alice):
    _store(report, PART_TIMERS)
    name = Indicator.objects.get(code="staff.part_timers").name
    assert _row(form_table(report, "staff"), name).cells[4].text == ""
    _explain(report, alice, "staff-part-timers-education-sum", EDUCATION)
    _explain(report, alice, "staff-part-timers-politics-sum", POLITICS)
    assert _row(form_table(report, "staff"), name).cells[4].text == f"{EDUCATION}\n{POLITICS}"


def test_the_pdf_build_reads_a_constant_number_of_queries(report, alice):
    _store(report, PART_TIMERS)
    _explain(report, alice, "staff-part-timers-education-sum", EDUCATION)
    ReportSection.objects.create(report=report, order=99, title="Mục 99", body="- [[figures.staff]]")
    render_pdf(report, created=CREATED)
    with CaptureQueriesContext(connection) as one:
        render_pdf(report, created=CREATED)
    _explain(report, alice, "staff-part-timers-politics-sum", POLITICS)
    for order in range(100, 110):
        ReportSection.objects.create(report=report, order=order, title=f"Mục {order}", body="- [[figures.staff]]")
    with CaptureQueriesContext(connection) as more:
        render_pdf(report, created=CREATED)
    assert len(more.captured_queries) == len(one.captured_queries)
