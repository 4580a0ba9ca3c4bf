"""Issue 16, item 7: a report is numbered and dated when its leader approves it, before it goes up; what the unit
above receives (the report, the snapshot of what was sent, the PDF) carries them."""

import datetime as dt

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from desk.numbering import next_number
from desk.services import report_create, report_issue
from desk.workflow import apply_move
from exports.pdf import render_pdf
from plans.models import Document, DocumentType
from reports.models import ReportState as S
from reports.models import ReportType
from reports.periods import ensure_period
from tests.exports.conftest import pdf_text


def _send_up(report, alice, leader):
    before = (report.number, report.issued_on)
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    report.refresh_from_db()
    assert (report.number, report.issued_on) == before  # the clerk's submission numbers nothing
    apply_move(report=report, user=leader, move_name="approve", seen_state=S.PENDING_APPROVAL)
    report.refresh_from_db()
    return report


def test_approving_numbers_and_dates_the_report_before_it_goes_up(report, alice, leader, rita):
    report = _send_up(report, alice, leader)
    today = timezone.localdate()
    assert (report.state, report.number, report.issued_on) == (S.SUBMITTED, 1, today)
    suffix = report.unit.document_code_suffix
    snapshot = report.transitions.get(action="approve").snapshot
    assert snapshot["issued"]["number"] == f"01/{suffix}"
    # The PDF the district reads carries the number and the date.
    text = " ".join(pdf_text(render_pdf(report)).split())
    assert f"Số: 01/{suffix}" in text
    assert f"ngày {today.day:02d} tháng {today.month:02d} năm {today.year}" in text
    # The reviewer's page shows it too.
    page = Client()
    page.force_login(rita)
    assert f"01/{suffix}" in page.get(reverse("desk:detail", args=[report.pk])).content.decode()


def test_the_number_follows_the_units_reports_and_its_register(report, alice, leader, binh_phuoc):
    year = timezone.localdate().year
    Document.objects.create(
        unit=binh_phuoc, number=7, doc_type=DocumentType.REPORT, symbol="BC-UBND", issued_on=dt.date(year, 1, 5),
        subject="về công tác tháng 1",
    )  # fmt: skip
    assert next_number(unit=binh_phuoc, year=year) == 8
    assert _send_up(report, alice, leader).number == 8
    other = report_create(
        unit=binh_phuoc,
        period=ensure_period("2023-Q4"),
        report_type=ReportType.objects.get(code="cchc-quarter"),
        user=alice,
    )
    assert _send_up(other, alice, leader).number == 9


def test_a_number_the_leader_recorded_before_is_kept(report, alice, leader):
    report_issue(report=report, user=leader, number=46, issued_on=dt.date(2023, 12, 7))
    report = _send_up(report, alice, leader)
    assert (report.number, report.issued_on) == (46, dt.date(2023, 12, 7))


def test_the_leader_sees_the_number_approving_gives(report, alice, leader):
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    client = Client()
    client.force_login(leader)
    page = client.get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert 'data-testid="number-on-approval"' in page and f"01/{report.unit.document_code_suffix}" in page
    client.force_login(alice)  # the clerk approves nothing: no such line
    assert (
        'data-testid="number-on-approval"' not in client.get(reverse("desk:detail", args=[report.pk])).content.decode()
    )


def test_a_report_sent_back_to_the_clerk_gets_no_number(report, alice, leader):
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    apply_move(report=report, user=leader, move_name="send_back", seen_state=S.PENDING_APPROVAL, comment="Sửa lại.")
    report.refresh_from_db()
    assert report.number is None


def test_the_number_given_is_written_in_the_units_register(report, alice, leader):
    report = _send_up(report, alice, leader)
    entry = Document.objects.get(unit=report.unit, series=DocumentType.REPORT, number=report.number)
    assert (entry.year, entry.issued_on, entry.symbol) == (report.issued_on.year, report.issued_on, "BC-UBND")
    assert entry.subject == report.subject[0].lower() + report.subject[1:]
    assert entry.history.get().history_user == leader  # the register's history says who gave the number
    # A document the văn thư registers afterwards cannot take the number.
    assert next_number(unit=report.unit, year=report.issued_on.year) == report.number + 1


def test_a_number_already_in_the_register_is_not_registered_twice(report, alice, leader, binh_phuoc):
    by_hand = Document.objects.create(
        unit=binh_phuoc, number=46, doc_type=DocumentType.REPORT, symbol="BC-UBND", issued_on=dt.date(2023, 12, 7),
        subject="kết quả công tác cải cách hành chính năm 2023",
    )  # fmt: skip
    report_issue(report=report, user=leader, number=46, issued_on=dt.date(2023, 12, 7))
    _send_up(report, alice, leader)
    assert list(Document.objects.filter(unit=binh_phuoc, number=46)) == [by_hand]
