"""A province's reporting calendar: which periods it opens each year, and when they are due there.

Periods stay national rows (``Period``, one per code, with the Nghị định 09 window; ``ensure_period`` and
``Period.objects.get(code=…)`` keep working). A province gets its own due dates, not its own periods:

- ``calendar_kinds(province)``: the period kinds of the report types it uses (``ReportType.period_kinds``
  of the national standard templates, which its units owe by default, and the kinds its
  ``ReportingDuty`` rows name with a template);
- ``open_periods(province=, year=)`` creates the year's national periods of those kinds (if missing) and
  one ``PeriodDeadline`` per period for the province: its due date, counted in the province's working
  days (``working_calendar``: the national calendar with Tết and the public holidays, the province's own
  ``CalendarDay`` rows, its ``due_working_days``). Idempotent; a due date set by hand, or one already
  passed, is kept;
- ``open_current_years(units=, today=)``: the lazy opening the home page calls, so a year's periods exist
  from the day its first data window starts (15 December of the year before) without a scheduler;
- ``due_dates`` / ``due_date_for``: THE due date of a unit's report for a period (the province's row;
  without one, the province's calendar; without a calendar, the national ``Period.due_date``);
- ``existed_during(unit, period)``: a unit is offered only the periods in which it
  existed (``Unit.established_on`` / ``dissolved_on``, as ``existing_between`` counts it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from reports.duties import STANDARD_TEMPLATE
from reports.models import Period, PeriodDeadline, PeriodKind, ReportingCalendar, ReportingDuty, ReportType
from reports.periods import (
    DUE_WORKING_DAYS,
    NATIONAL_CALENDAR,
    YEAR_KINDS,
    WorkingCalendar,
    default_due_date,
    ensure_periods,
    year_codes,
)
from units.models import PATH_STEP, Unit


def province_id_of(unit: Unit) -> int:
    """The id of the province ``unit`` belongs to: the top of its branch of the tree (no query)."""
    return int(unit.path[:PATH_STEP])


def _check_province(province: Unit) -> None:
    if province.parent_id is not None:
        raise ValidationError(_("%(unit)s is not a province: it has a unit above it."), params={"unit": province.name})


# Which kinds of periods ------------------------------------------------------------------------


def calendar_kinds(province: Unit) -> list[str]:
    """The period kinds of the report types the province uses, in the order of a year (two queries).

    The province uses the national standard templates (``reports.duties.STANDARD_TEMPLATE``: what its
    units owe without a setting) and every template a ``ReportingDuty`` inside it names, for the period
    kind the row names. A template with no kinds fits every period (``ReportType.fits``).
    """
    standard = ReportType.objects.filter(is_active=True, code__startswith=STANDARD_TEMPLATE)
    kinds: set[str] = set()
    for period_kinds in standard.values_list("period_kinds", flat=True):
        kinds |= set(period_kinds or YEAR_KINDS)
    duties = ReportingDuty.objects.filter(
        report_type__isnull=False, unit__path__gte=province.path, unit__path__lt=province.path_upper_bound
    )
    kinds |= set(duties.values_list("period_kind", flat=True))
    return [kind for kind in YEAR_KINDS if kind in kinds]


# Due dates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceCalendar:
    """What a province's due dates are counted with."""

    working: WorkingCalendar = NATIONAL_CALENDAR
    due_working_days: int = DUE_WORKING_DAYS
    is_set: bool = False  # the province has a ReportingCalendar of its own

    def due_date(self, period: Period) -> dt.date:
        """The due date of ``period`` in this calendar; an ad-hoc period keeps the date its letter set."""
        if period.kind == PeriodKind.AD_HOC:
            return period.due_date
        return default_due_date(period.cutoff_end, self.working, self.due_working_days)


def _as_calendar(setting: ReportingCalendar | None) -> ProvinceCalendar:
    if setting is None:
        return ProvinceCalendar()
    days = list(setting.days.all())
    working = WorkingCalendar(
        days_off=frozenset(d.day for d in days if d.day_off),
        working_days=frozenset(d.day for d in days if not d.day_off),
    )
    return ProvinceCalendar(working, setting.due_working_days, is_set=True)


def working_calendar(province: Unit | int) -> ProvinceCalendar:
    """The province's calendar (two queries): the national one unless it set its own."""
    province_id = province if isinstance(province, int) else province.pk
    setting = ReportingCalendar.objects.filter(province_id=province_id).prefetch_related("days").first()
    return _as_calendar(setting)


def due_dates(pairs: Iterable[tuple[int, Period]]) -> dict[tuple[int, int], dt.date]:
    """The due date of each (province id, period): (province id, period id) -> date.

    The province's ``PeriodDeadline`` when it opened the period; otherwise the date its calendar gives;
    for a province with no calendar of its own, the period's national due date. One query, two more
    when a province with a calendar has not opened a period.
    """
    pairs = list(pairs)
    if not pairs:
        return {}
    rows = PeriodDeadline.objects.filter(
        province_id__in={pid for pid, _p in pairs}, period_id__in={p.pk for _pid, p in pairs}
    ).values_list("province_id", "period_id", "due_date")
    found = {(pid, period_id): due for pid, period_id, due in rows}
    missing = [(pid, p) for pid, p in pairs if (pid, p.pk) not in found]
    if missing:
        settings = ReportingCalendar.objects.filter(province_id__in={pid for pid, _p in missing}).prefetch_related(
            "days"
        )
        calendars = {s.province_id: _as_calendar(s) for s in settings}
        for pid, period in missing:
            calendar = calendars.get(pid)
            found[pid, period.pk] = calendar.due_date(period) if calendar else period.due_date
    return found


def due_date_for(unit: Unit, period: Period) -> dt.date:
    """The date ``unit``'s report for ``period`` is due: its province's."""
    pid = province_id_of(unit)
    return due_dates([(pid, period)])[pid, period.pk]


# Opening a year --------------------------------------------------------------------------------


@dataclass
class Opened:
    """What ``open_periods`` did."""

    province: Unit
    year: int
    kinds: list[str]
    periods: list[Period]
    created: int = 0  # due dates created for the province
    updated: int = 0  # due dates moved because the calendar changed
    kept: int = 0  # due dates set by hand, or already passed, left as they were


@transaction.atomic
def open_periods(*, province: Unit, year: int, today: dt.date | None = None) -> Opened:
    """Open ``year`` for ``province``: its periods (created if new) and their due dates in the province.

    Idempotent: run again, it creates nothing and changes nothing unless the calendar changed since; then
    it moves the due dates still to come that were not set by hand.
    """
    _check_province(province)
    if not 2000 <= year <= 2100:
        raise ValidationError(_("%(year)s is not a year the portal opens periods for."), params={"year": year})
    today = today or dt.date.today()
    kinds = calendar_kinds(province)
    periods = ensure_periods(year_codes(year, kinds))
    result = Opened(province=province, year=year, kinds=kinds, periods=periods)
    result.created, result.updated, result.kept = _write_due_dates(province, periods, today)
    return result


def _write_due_dates(province: Unit, periods: list[Period], today: dt.date) -> tuple[int, int, int]:
    calendar = working_calendar(province)
    rows = {
        row.period_id: row
        for row in PeriodDeadline.objects.select_for_update().filter(province=province, period__in=periods)
    }
    new, changed, kept = [], [], 0
    for period in periods:
        due = calendar.due_date(period)
        row = rows.get(period.pk)
        if row is None:
            new.append(PeriodDeadline(province=province, period=period, due_date=due))
        elif row.due_date == due:
            continue
        elif row.set_by_hand or min(row.due_date, due) < today:
            kept += 1
        else:
            row.due_date = due
            changed.append(row)
    # A second opener at the same moment (two first visits of the year) adds nothing twice.
    bulk_create_with_history(new, PeriodDeadline, ignore_conflicts=True, default_change_reason="opened")
    for row in changed:
        row._change_reason = "calendar"
        row.save(update_fields=["due_date"])
    return len(new), len(changed), kept


@transaction.atomic
def refresh_due_dates(*, province: Unit, today: dt.date | None = None) -> int:
    """After the province's calendar changed: move the due dates still to come (not set by hand)."""
    today = today or dt.date.today()
    coming = PeriodDeadline.objects.filter(province=province, set_by_hand=False, due_date__gte=today)
    periods = list(Period.objects.filter(pk__in=coming.values("period_id")))
    return _write_due_dates(province, periods, today)[1]


def years_to_open(today: dt.date) -> list[int]:
    """The years whose periods must exist today: this one, and the next from 15 December (its first data
    windows start then, Nghị định 09/2019 Điều 12)."""
    return [today.year, today.year + 1] if (today.month, today.day) >= (12, 15) else [today.year]


def open_current_years(*, units: Iterable[Unit], today: dt.date) -> list[Opened]:
    """Open the current year (and, from 15 December, the next) for the provinces of ``units`` that have
    not opened it: the first user of a province to need a year's periods creates them. One query when
    every such year is open."""
    province_ids = {province_id_of(unit) for unit in units}
    years = years_to_open(today)
    if not province_ids:
        return []
    opened = set(
        PeriodDeadline.objects.filter(province_id__in=province_ids, period__year__in=years)
        .values_list("province_id", "period__year")
        .distinct()
    )
    wanted = [(pid, year) for pid in sorted(province_ids) for year in years if (pid, year) not in opened]
    if not wanted:
        return []
    provinces = Unit.objects.in_bulk({pid for pid, _year in wanted})
    return [
        open_periods(province=provinces[pid], year=year, today=today)
        for pid, year in wanted
        if pid in provinces and provinces[pid].parent_id is None
    ]


# Which periods a unit is offered ---------------------------------------------------------------


def existed_during(unit: Unit, period: Period) -> bool:
    """Whether ``unit`` existed at some time in the period (as ``UnitQuerySet.existing_between`` counts)."""
    return (unit.established_on is None or unit.established_on <= period.ends_on) and (
        unit.dissolved_on is None or unit.dissolved_on > period.starts_on
    )
