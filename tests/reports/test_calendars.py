"""Periods generated for a province from its reporting calendar, due dates in working days (Tết and the
public holidays skipped), and a province's own calendar (issue 13, item 2)."""

import datetime as dt
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from reports.calendars import (
    calendar_kinds,
    due_date_for,
    open_current_years,
    open_periods,
    refresh_due_dates,
    years_to_open,
)
from reports.models import CalendarDay, Period, PeriodDeadline, PeriodKind, ReportingCalendar, ReportingDuty, ReportType
from reports.periods import NATIONAL_CALENDAR, WorkingCalendar, add_working_days, ensure_period, parse_period_code
from units.demo import grant_administrator_permissions
from units.models import UnitKind

D = dt.date
# Every test opens its years as if on this day, so that no due date of 2025-2027 has passed yet.
LONG_AGO = D(2024, 1, 1)
STANDARD_KINDS = [PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.QUARTER]


@pytest.fixture
def monthly(db):
    """A monthly template no national default names: only a province whose duty names it uses months."""
    return ReportType.objects.create(
        code="thang-qn", name="Báo cáo tháng", subject_pattern="Báo cáo {period}", period_kinds=[PeriodKind.MONTH]
    )


def months_in(province, monthly):
    ReportingDuty.objects.create(
        unit=province, unit_kind=UnitKind.COMMUNE, period_kind=PeriodKind.MONTH, report_type=monthly
    )


# The national working calendar -------------------------------------------------------------------


def test_tet_and_the_public_holidays_are_not_working_days():
    tet_2025 = [D(2025, 1, 27) + dt.timedelta(days=i) for i in range(5)]  # 29 Tết to mùng 3, Monday to Friday
    tet_2026 = [D(2026, 2, 16) + dt.timedelta(days=i) for i in range(5)]  # 29 Tết to mùng 4, Monday to Friday
    assert not any(NATIONAL_CALENDAR.is_working_day(day) for day in tet_2025 + tet_2026)
    assert "Tết" in NATIONAL_CALENDAR.holiday(D(2026, 2, 17))
    assert not NATIONAL_CALENDAR.is_working_day(D(2025, 9, 2))  # Quốc khánh
    assert not NATIONAL_CALENDAR.is_working_day(D(2025, 5, 2))  # the day off given for a Saturday worked …
    assert NATIONAL_CALENDAR.is_working_day(D(2025, 4, 26))  # … that Saturday
    assert NATIONAL_CALENDAR.is_working_day(D(2026, 2, 23)) and not NATIONAL_CALENDAR.is_working_day(D(2026, 2, 21))


def test_a_due_date_falling_in_tet_moves_past_it(db):
    # Monday-to-Friday counting would give 17/2/2026, mùng 1 Tết; the first working days after Tết are 23 and 24/2.
    assert add_working_days(D(2026, 2, 13), 2) == D(2026, 2, 24)
    # 29 Tết 2025 (27/1) would be nine weekdays after 14/1; the ninth working day is 3/2, the first after Tết.
    assert add_working_days(D(2025, 1, 14), 9) == D(2025, 2, 3)
    assert add_working_days(D(2025, 1, 14), 8) == D(2025, 1, 24)
    # A period of the national calendar: February 2026 is due after Tết.
    assert ensure_period("2026-02").due_date == D(2026, 2, 24)


def test_a_province_calendar_adds_days_off_and_days_worked():
    calendar = WorkingCalendar(days_off=frozenset({D(2027, 3, 16)}), working_days=frozenset({D(2027, 3, 20)}))
    assert add_working_days(D(2027, 3, 12), 2, calendar) == D(2027, 3, 17)  # Monday 15, (Tuesday 16 off), 17
    assert add_working_days(D(2027, 3, 19), 1, calendar) == D(2027, 3, 20)  # the Saturday worked counts


# Opening a year for a province ------------------------------------------------------------------


def test_opening_a_year_creates_every_kind_the_province_uses_once(tree, monthly):
    quang_ngai, binh_duong = tree["51"], tree["74"]
    months_in(quang_ngai, monthly)
    assert calendar_kinds(quang_ngai) == [*STANDARD_KINDS, PeriodKind.MONTH]
    assert calendar_kinds(binh_duong) == STANDARD_KINDS

    opened = open_periods(province=quang_ngai, year=2027, today=LONG_AGO)
    codes = ["2027", "2027-H1", "2027-H2", "2027-9M", *[f"2027-Q{q}" for q in range(1, 5)]]
    codes += [f"2027-{m:02d}" for m in range(1, 13)]
    assert [p.code for p in opened.periods] == codes
    assert (opened.created, opened.updated, opened.kept) == (20, 0, 0)
    for period in opened.periods:  # Nghị định 09/2019 windows, from the one place that computes them
        spec = parse_period_code(period.code)
        assert (period.kind, period.name) == (spec.kind, spec.name)
        assert (period.cutoff_start, period.cutoff_end) == spec.cutoff_window()
        assert (period.starts_on, period.ends_on) == spec.calendar_span()
    assert set(PeriodDeadline.objects.filter(province=quang_ngai).values_list("period__code", flat=True)) == set(codes)

    # Another province uses no monthly template: it opens its own kinds over the same national rows.
    other = open_periods(province=binh_duong, year=2027, today=LONG_AGO)
    assert [p.code for p in other.periods] == codes[:8]
    assert {p.pk for p in other.periods} <= {p.pk for p in opened.periods}

    # Idempotent: nothing new, nothing moved.
    again = open_periods(province=quang_ngai, year=2027, today=LONG_AGO)
    assert (again.created, again.updated, again.kept) == (0, 0, 0)
    assert (Period.objects.filter(year=2027).count(), PeriodDeadline.objects.count()) == (20, 28)
    assert Period.objects.get(code="2027-Q1") == ensure_period("2027-Q1")  # existing callers find the same row


def test_only_a_province_opens_periods(tree):
    with pytest.raises(ValidationError):
        open_periods(province=tree["524"], year=2027)  # a district


def test_the_current_year_opens_itself_and_the_next_from_15_december(tree):
    assert years_to_open(D(2026, 12, 14)) == [2026]
    assert years_to_open(D(2026, 12, 15)) == [2026, 2027]  # the first windows of 2027 start that day
    commune = tree["21073"]
    opened = open_current_years(units=[commune, tree["524"]], today=D(2027, 12, 20))
    assert [(o.province.code, o.year) for o in opened] == [("51", 2027), ("51", 2028)]
    assert PeriodDeadline.objects.filter(province=tree["51"], period__year=2028).count() == 8
    assert open_current_years(units=[commune], today=D(2027, 12, 20)) == []  # once


def test_the_command_opens_a_year_and_says_what_it_did(tree):
    out = StringIO()
    call_command("open_periods", province="51", year=2027, stdout=out)
    text = out.getvalue()
    assert "Tỉnh Quảng Ngãi (51) 2027: 8 periods" in text and "8 created, 0 moved, 0 kept" in text
    assert "2027-Q1" in text and "15/12/2026 – 14/3/2027  due 16/3/2027" in text
    out = StringIO()
    call_command("open_periods", province="51", year=2027, stdout=out)
    assert "0 created, 0 moved, 0 kept" in out.getvalue()
    with pytest.raises(CommandError, match="Bình Sơn"):
        call_command("open_periods", province="524", year=2027, stdout=StringIO())


# A province's own calendar -----------------------------------------------------------------------


def test_a_province_override_moves_its_due_dates_only(tree, monthly):
    quang_ngai, binh_duong = tree["51"], tree["74"]
    months_in(quang_ngai, monthly)
    calendar = ReportingCalendar.objects.create(province=quang_ngai, due_working_days=9)
    # Its own day off: the provincial holiday it gave on Monday 16/3/2026 (an example).
    CalendarDay.objects.create(calendar=calendar, day=D(2026, 3, 16), name="Nghỉ bù")
    open_periods(province=quang_ngai, year=2025, today=LONG_AGO)
    open_periods(province=quang_ngai, year=2026, today=LONG_AGO)
    open_periods(province=binh_duong, year=2026, today=LONG_AGO)
    commune_qn, commune_bd = tree["21073"], tree["25834"]

    # January 2025, cut-off 14/1: nine working days later is 3/2/2025, the first working day after Tết.
    assert due_date_for(commune_qn, Period.objects.get(code="2025-01")) == D(2025, 2, 3)
    q1 = Period.objects.get(code="2026-Q1")  # cut-off Saturday 14/3/2026
    assert due_date_for(commune_qn, q1) == D(2026, 3, 27)  # 17/3 is the first working day; 27/3 the ninth
    assert due_date_for(commune_bd, q1) == q1.due_date == D(2026, 3, 17)  # the national rule, untouched
    assert due_date_for(tree["524"], q1) == D(2026, 3, 27)  # a district of the province: its province's date

    # A due date set by hand stays; the others follow a change of the calendar, except those already passed.
    by_hand = PeriodDeadline.objects.get(province=quang_ngai, period__code="2026-H1")
    by_hand.due_date, by_hand.set_by_hand = D(2026, 6, 30), True
    by_hand.save()
    calendar.due_working_days = 2
    calendar.save()
    assert refresh_due_dates(province=quang_ngai, today=D(2026, 3, 1)) > 0
    assert due_date_for(commune_qn, q1) == D(2026, 3, 18)  # two working days, 16/3 still off
    assert due_date_for(commune_qn, Period.objects.get(code="2025-01")) == D(2025, 2, 3)  # passed: kept
    assert due_date_for(commune_qn, by_hand.period) == D(2026, 6, 30)
    assert open_periods(province=quang_ngai, year=2026, today=D(2026, 3, 1)).updated == 0  # idempotent again


def test_without_opening_a_calendar_still_gives_the_province_date(tree):
    ReportingCalendar.objects.create(province=tree["51"], due_working_days=5)
    period = ensure_period("2027-Q2")  # created by another path: no due date row for the province
    assert not PeriodDeadline.objects.exists()
    assert due_date_for(tree["21073"], period) == add_working_days(period.cutoff_end, 5)
    assert due_date_for(tree["25834"], period) == period.due_date


def test_the_province_administrator_sets_the_calendar_in_the_admin(client, adam, tree):
    grant_administrator_permissions(adam)
    open_periods(province=tree["51"], year=2035)
    client.force_login(adam)
    q1 = PeriodDeadline.objects.get(province=tree["51"], period__code="2035-Q1")
    assert q1.due_date == D(2035, 3, 16)  # cut-off Wednesday 14/3/2035, two working days
    form = {
        "due_working_days": "5",
        "days-TOTAL_FORMS": "1",
        "days-INITIAL_FORMS": "0",
        "days-MIN_NUM_FORMS": "0",
        "days-MAX_NUM_FORMS": "1000",
        "days-0-day": "15/03/2035",
        "days-0-day_off": "on",
        "days-0-name": "Nghỉ bù",
    }
    url = reverse("admin:reports_reportingcalendar_add")
    # Not a district of the province, nor another province: only the province it administers.
    assert client.post(url, {**form, "province": tree["524"].pk}).status_code == 200
    assert client.post(url, {**form, "province": tree["74"].pk}).status_code == 200
    assert not ReportingCalendar.objects.exists()
    assert client.post(url, {**form, "province": tree["51"].pk}).status_code == 302
    q1.refresh_from_db()
    assert q1.due_date == D(2035, 3, 22) and not q1.set_by_hand  # 15/3 off, then five working days
    assert due_date_for(tree["25834"], q1.period) == D(2035, 3, 16)  # the other province keeps the national date

    # A due date moved by hand is kept from then on.
    change = reverse("admin:reports_perioddeadline_change", args=[q1.pk])
    assert client.post(change, {"due_date": "30/03/2035"}).status_code == 302
    q1.refresh_from_db()
    assert q1.due_date == D(2035, 3, 30) and q1.set_by_hand
    assert open_periods(province=tree["51"], year=2035).kept == 1


def test_the_admin_action_opens_this_year_and_the_next(client, adam, tree):
    grant_administrator_permissions(adam)
    calendar = ReportingCalendar.objects.create(province=tree["51"])
    client.force_login(adam)
    response = client.post(
        reverse("admin:reports_reportingcalendar_changelist"),
        {"action": "open_years", "_selected_action": [calendar.pk]},
        follow=True,
    )
    year = dt.date.today().year
    assert f"Tỉnh Quảng Ngãi, năm {year + 1}: đã mở 8 kỳ báo cáo." in response.content.decode()
    opened = PeriodDeadline.objects.filter(province=tree["51"]).values_list("period__year", flat=True)
    assert sorted(set(opened)) == [year, year + 1]
    assert not PeriodDeadline.objects.filter(province=tree["74"]).exists()
