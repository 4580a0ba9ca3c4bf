"""What the desk offers from a province's calendar (issue 13, item 2): only the periods in which a unit
existed, each due on its province's date (also on the board and in its timeliness); and a data window
ending after the issue date is a warning."""

import datetime as dt

import pytest
from django.urls import reverse

from consolidation.completeness import completeness
from desk.services import report_create
from reports.calendars import open_periods
from reports.models import Period, Report, ReportingCalendar, ReportState, ReportType
from tests.clients import client_for
from tests.desk.test_views import edit_payload
from units.models import Membership, Role, Unit, UnitKind, User

D = dt.date
LONG_AGO = D(2024, 1, 1)


def offered(page: str, year: int) -> set[str]:
    codes = {"", "-H1", "-H2", "-9M", "-Q1", "-Q2", "-Q3", "-Q4"}
    return {f"{year}{c}" for c in codes if f'data-period="{year}{c}"' in page}


@pytest.fixture
def new_ward(tree):
    """A ward of a two-tier province, founded on 1/7/2025 (directly under the province), with its clerk."""
    ward = Unit.objects.create(
        code="99001",
        name="Phường Mới",
        kind=UnitKind.WARD,
        parent=tree["51"],
        issuing_authority="ỦY BAN NHÂN DÂN\nPHƯỜNG MỚI",
        place_name="Mới",
        established_on=D(2025, 7, 1),
    )
    clerk = User.objects.create_user("ward-clerk", password="pw-123456")
    Membership.objects.create(user=clerk, unit=ward, role=Role.CLERK)
    open_periods(province=tree["51"], year=2025, today=LONG_AGO)
    return ward, clerk


def test_a_new_ward_is_not_offered_the_periods_before_its_founding(new_ward):
    ward, clerk = new_ward
    client = client_for(clerk)
    page = client.get(reverse("desk:home"), {"year": 2025}).content.decode()
    assert offered(page, 2025) == {"2025", "2025-H2", "2025-9M", "2025-Q3", "2025-Q4"}
    assert client.get(reverse("desk:new", args=[ward.code, "2025-Q1"])).status_code == 404
    assert client.get(reverse("desk:new", args=[ward.code, "2025-H1"])).status_code == 404
    assert client.get(reverse("desk:new", args=[ward.code, "2025-Q3"])).status_code == 200


def test_a_merged_commune_is_offered_the_periods_before_its_end_only(alice, binh_phuoc):
    binh_phuoc.dissolved_on = D(2025, 7, 1)
    binh_phuoc.save()
    open_periods(province=Unit.objects.get(code="51"), year=2025, today=LONG_AGO)
    client = client_for(alice)
    page = client.get(reverse("desk:home"), {"year": 2025}).content.decode()
    assert offered(page, 2025) == {"2025", "2025-H1", "2025-9M", "2025-Q1", "2025-Q2"}
    assert client.get(reverse("desk:new", args=[binh_phuoc.code, "2025-Q3"])).status_code == 404


def test_the_home_page_opens_the_current_year_and_shows_the_provinces_due_dates(alice, tree):
    ReportingCalendar.objects.create(province=tree["51"], due_working_days=4)
    open_periods(province=tree["51"], year=2025, today=LONG_AGO)
    q1 = Period.objects.get(code="2025-Q1")
    report_create(unit=tree["21073"], period=q1, report_type=ReportType.objects.get(code="cchc-quarter"), user=alice)
    page = client_for(alice).get(reverse("desk:home"), {"year": 2025}).content.decode()
    # 2025-Q1: cut-off Friday 14/3/2025; the fourth working day after it is Thursday 20/3 (nationally 18/3).
    assert q1.due_date == D(2025, 3, 18)
    row = page[page.index('data-period="2025-Q1"') :]
    assert "20/3/2025" in row[: row.index("</tr>")]
    attention = page[page.index('data-testid="open-reports"') :]
    assert "hạn nộp 20/3/2025" in attention[: attention.index("</section>")]
    this_year = dt.date.today().year
    assert Period.objects.filter(code=f"{this_year}-Q1", deadlines__province=tree["51"]).exists()


def test_a_window_ending_after_the_issue_date_is_a_warning_through_the_views(report, alice, leader):
    # The report's window is the year's: 15/12/2022 to 14/12/2023.
    issue = client_for(leader).post(
        reverse("desk:issue", args=[report.pk]), {"number": "46", "issued_on": "07/12/2023"}, follow=True
    )
    page = issue.content.decode()
    report.refresh_from_db()
    assert (report.number, report.issued_on) == (46, D(2023, 12, 7))  # recorded: a warning, not a refusal
    assert "Đã ghi số và ngày" in page
    assert "kết thúc ngày 14/12/2023, sau ngày ban hành 7/12/2023" in page
    assert 'data-testid="window-warnings"' in page

    clerk = client_for(alice)
    url = reverse("desk:edit", args=[report.pk])
    page = clerk.post(url, edit_payload(report, cutoff_end="06/12/2023"), follow=True).content.decode()
    report.refresh_from_db()
    assert report.cutoff_end == D(2023, 12, 6) and "sau ngày ban hành" not in page
    page = clerk.post(url, edit_payload(report, cutoff_end="20/12/2023"), follow=True).content.decode()
    report.refresh_from_db()
    assert report.cutoff_end == D(2023, 12, 20)  # saved, and the clerk is told
    assert "kết thúc ngày 20/12/2023, sau ngày ban hành 7/12/2023" in page
    detail = clerk.get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert 'data-testid="window-warnings"' in detail


def test_the_board_counts_timeliness_against_the_provinces_due_date(tree, rita):
    period = Period.objects.get(code="2023")  # national due date 18/12/2023
    ReportingCalendar.objects.create(province=tree["51"], due_working_days=4)  # Quảng Ngãi's: 20/12/2023
    sent = dt.datetime(2023, 12, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    Report.objects.create(
        unit=tree["21040-cu"], period=period, report_type=ReportType.objects.get(code="cchc-year"), subject="Báo cáo",
        cutoff_start=period.cutoff_start, cutoff_end=period.cutoff_end, state=ReportState.SUBMITTED, submitted_at=sent,
    )  # fmt: skip
    k = completeness(unit=tree["524"], period=period)
    assert k.due_date == D(2023, 12, 20)
    assert next(s for s in k.units if s.unit.code == "21040-cu").on_time is True  # late by the national date
    page = client_for(rita).get(reverse("desk:board", args=["524", "2023"])).content.decode()
    assert "20/12/2023" in page[page.index('data-testid="board-owed"') :][:200]
