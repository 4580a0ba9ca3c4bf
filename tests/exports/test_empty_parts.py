"""Issue #13, item 3: a document prints what was reported, not empty pages.

A table nothing was reported in (a task table without a plan, a form left blank) is neither embedded nor
attached, and the remaining appendices are numbered without gaps; an empty heading is left out and the
numbers of the others close up; nothing is renumbered when nothing is left out.
"""

from desk.services import report_create
from exports.document import Section, closed_up, official_document
from exports.pdf import render_pdf
from reports.models import ReportType
from reports.periods import ensure_period
from tests.consolidation.conftest import put
from tests.plans.factories import plan, task

from .conftest import CREATED, pdf_text


def _report(unit, user):
    return report_create(unit=unit, period=ensure_period("2023"), report_type=ReportType.objects.get(code="cchc-year"),
                         user=user)  # fmt: skip


def test_empty_tables_are_left_out_and_appendices_numbered_without_gaps(alice, binh_phuoc):
    report = _report(binh_phuoc, alice)
    put(binh_phuoc, report.period, {"survey.responses": 12})  # Phụ lục I has one figure; the rest is blank
    doc = official_document(report)
    assert [a.table.key for a in doc.appendices] == ["form:phu-luc-1"] and doc.appendices[0].label == "Phụ lục I"
    assert all(s.table is None for s in doc.sections)  # no task table: the commune has no plan
    text = pdf_text(render_pdf(report, created=CREATED))
    assert "Phụ lục II" not in text and "Tổng cộng" not in text

    task(plan(binh_phuoc), "procedures", deadline="30/06/2023")
    put(binh_phuoc, report.period, {"dossiers.received.online": 5})
    doc = official_document(report)
    assert any(s.table is not None and s.table.key == "task_summary" for s in doc.sections)
    assert [a.table.key for a in doc.appendices] == ["form:phu-luc-1", "dossiers"]  # Phụ lục I and Biểu 06


def test_an_empty_heading_is_left_out_and_the_numbers_close_up():
    sections = [
        Section("I", 1, "MỘT", "<p>Có nội dung</p>"),
        Section("1", 2, "Trống", ""),
        Section("2", 2, "Có", "<p>x</p>"),
        Section("II", 1, "TRỐNG CẢ MỤC", ""),
        Section("1", 2, "Trống", ""),
        Section("III", 1, "BA", ""),
        Section("1", 2, "Con có nội dung", "<p>y</p>"),
        Section("a", 3, "Trống", ""),
        Section("b", 3, "Có", "<p>z</p>"),
    ]
    printed = [(s.number, s.title) for s in closed_up(sections)]
    assert printed == [("I", "MỘT"), ("1", "Có"), ("II", "BA"), ("1", "Con có nội dung"), ("a", "Có")]
    full = [Section("I", 1, "A", "<p>x</p>"), Section("1.1", 2, "B", "<p>y</p>")]
    assert closed_up(full) == full  # nothing left out: the outline's own numbers stand
