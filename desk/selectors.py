"""Read-side queries for report pages. Every list goes through units.access."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch

from consolidation.completeness import Completeness, UnitStatus
from consolidation.completeness import completeness as unit_completeness
from reports.calendars import due_dates, existed_during, province_id_of
from reports.models import Period, PeriodKind, Report, ReportSection, ReportState, ReportType, Transition
from units import access
from units.access import Action
from units.models import Role, Unit

REPORTING_KINDS = [PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR, PeriodKind.AD_HOC]


def recent_periods(*, today: dt.date, limit: int = 12) -> list[Period]:
    """Reporting periods whose data window has started, latest due date first."""
    return list(
        Period.objects.filter(cutoff_start__lte=today, kind__in=REPORTING_KINDS).order_by("-due_date", "code")[:limit]
    )


@dataclass
class UnitPeriodRow:
    period: Period
    reports: list[Report]
    overdue: bool
    due_date: dt.date | None = None  # the unit's province's (reports.calendars)


@dataclass
class ReporterUnit:
    unit: Unit
    can_write: bool
    rows: list[UnitPeriodRow]


def period_years(*, today: dt.date) -> list[int]:
    return sorted(set(Period.objects.filter(cutoff_start__lte=today).values_list("year", flat=True)), reverse=True)


def unit_periods(units: list[Unit], periods: list[Period]) -> dict[int, list[tuple[Period, dt.date]]]:
    """For each unit: the periods in which it existed (a ward founded 1/7/2025 has no Quý I/2025), each
    with its due date in the unit's province, latest due date first. One query (reports.calendars)."""
    due = due_dates({(province_id_of(u), p) for u in units for p in periods})
    result = {}
    for unit in units:
        pid = province_id_of(unit)
        rows = sorted(((p, due[pid, p.pk]) for p in periods if existed_during(unit, p)), key=lambda row: row[0].code)
        result[unit.pk] = sorted(rows, key=lambda row: row[1], reverse=True)
    return result


def reporter_home(*, user, year: int, today: dt.date) -> list[ReporterUnit]:
    """For each unit where the user writes or approves reports: the year's periods and their reports."""
    units = [m.unit for m in access.memberships_of(user) if m.role in (Role.CLERK, Role.LEADER)]
    units = list({u.pk: u for u in units}.values())
    periods = list(Period.objects.filter(year=year, kind__in=REPORTING_KINDS, cutoff_start__lte=today))
    offered = unit_periods(units, periods)
    reports = Report.objects.filter(unit__in=units, period__in=periods).select_related("report_type", "period")
    by_key: dict[tuple[int, int], list[Report]] = {}
    for report in reports:
        by_key.setdefault((report.unit_id, report.period_id), []).append(report)
    result = []
    for unit in units:
        rows = []
        for period, due_date in offered[unit.pk]:
            found = by_key.get((unit.pk, period.pk), [])
            sent = any(r.submitted_at for r in found)
            rows.append(UnitPeriodRow(period, found, overdue=due_date < today and not sent, due_date=due_date))
        result.append(ReporterUnit(unit, access.allowed(user, Action.EDIT, unit), rows))
    return result


def open_reports(*, user) -> list[Report]:
    """Reports of the user's own units that still need work or a decision, any period, soonest due first
    (``due_date``: in the unit's province)."""
    units = [m.unit_id for m in access.memberships_of(user) if m.role in (Role.CLERK, Role.LEADER)]
    reports = list(
        Report.objects.filter(unit__in=units)
        .exclude(state=ReportState.ACCEPTED)
        .select_related("unit", "period", "report_type")
        .order_by("period__due_date", "pk")
    )
    due = due_dates({(province_id_of(r.unit), r.period) for r in reports})
    for report in reports:
        report.due_date = due[province_id_of(report.unit), report.period_id]
    return sorted(reports, key=lambda r: r.due_date)


def reviewed_periods(*, units, year: int, today: dt.date) -> list[tuple[Unit, list[tuple[Period, dt.date]]]]:
    """Each unit the user reviews, with the year's periods it existed in and their due dates there."""
    units = list(units)
    if not units:
        return []
    periods = list(Period.objects.filter(year=year, kind__in=REPORTING_KINDS, cutoff_start__lte=today))
    offered = unit_periods(units, periods)
    return [(unit, offered[unit.pk]) for unit in units]


def home_context(*, user, today: dt.date, year: int | None = None) -> dict:
    memberships = access.memberships_of(user)
    roles = {m.role for m in memberships}
    years = period_years(today=today)
    if year not in years:
        year = years[0] if years else today.year
    is_reporter = bool(roles & {Role.CLERK, Role.LEADER})
    return {
        "memberships": memberships,
        "is_reporter": is_reporter,
        "is_reviewer": Role.REVIEWER in roles,
        "is_admin": Role.ADMIN in roles or user.is_superuser,
        "reporter_units": reporter_home(user=user, year=year, today=today) if is_reporter else [],
        "open_reports": open_reports(user=user) if is_reporter else [],
        "reviewed_units": reviewed_periods(units=access.reviewed_units(user), year=year, today=today),
        # a viewer's home: the boards of its unit (read only), each period of the year
        "followed_units": reviewed_periods(
            units=[u for u in access.followed_units(user) if u.has_units_below], year=year, today=today
        ),
        "years": years,
        "year": year,
        "today": today,
    }


# The reviewer's board ------------------------------------------------------

BOARD_STATUSES = ["not_started", "drafting", "submitted", "returned", "accepted"]


def board_status(state: str | None) -> str:
    """The board's name for where a report stands (None: not started)."""
    if state is None:
        return "not_started"
    if state in (ReportState.DRAFT, ReportState.PENDING_APPROVAL):
        return "drafting"
    return str(state)


@dataclass
class BoardRow:
    """An expected unit, once, with the report it owes (``status``) and any other template it started."""

    status: UnitStatus
    opens: bool = True  # the user reads the report it owes (units.access.READS); else the row has no link
    opens_started: int | None = None  # else the first report of another template the user reads

    @property
    def unit(self) -> Unit:
        return self.status.unit

    @property
    def board_status(self) -> str:
        return board_status(self.status.state)

    @property
    def on_time(self) -> bool | None:
        return self.status.on_time


@dataclass
class Board:
    """One board per unit and period, across templates: the completeness the Tổng hợp box and the document use."""

    unit: Unit
    period: Period
    completeness: Completeness
    rows: list[BoardRow]
    report_type: ReportType | None = None  # a filter: the units that owe this template
    counts: Counter = field(default_factory=Counter)

    @property
    def expected(self) -> int:
        return self.completeness.expected

    @property
    def sent(self) -> int:
        return self.completeness.submitted

    @property
    def on_time(self) -> int:
        return self.completeness.on_time

    @property
    def owed_types(self) -> list[ReportType]:
        """The templates the units owe (usually one: the CCHC report of the period's kind)."""
        found = {s.report_type.pk: s.report_type for s in self.completeness.units if s.report_type}
        return sorted(found.values(), key=lambda t: t.name)


def board(
    *,
    user,
    unit: Unit,
    period: Period,
    report_type: ReportType | None = None,
    status: str = "",
    completeness: Completeness | None = None,
) -> Board:
    """Every unit that must report to ``unit`` for the period (reports.duties), once, with the report it owes.

    ``completeness``: the one the page shows beside the board (consolidation.pages.board_summary_context),
    so that the board's counts and the Tổng hợp box's are the same numbers. The view has checked that the
    user consolidates ``unit``: they review every unit directly below it.
    """
    k = completeness or unit_completeness(unit=unit, period=period)
    rows = [
        BoardRow(
            s,
            opens=bool(s.state) and access.may_read(user, s.unit, s.state),
            opens_started=next((r.pk for r in s.started if access.may_read(user, s.unit, r.state)), None),
        )
        for s in k.units
        if access.allowed(user, Action.VIEW, s.unit)
    ]
    rows.sort(key=lambda r: r.unit.code)  # the official list's order
    result = Board(unit, period, k, rows, report_type, Counter(r.board_status for r in rows))
    if report_type is not None:
        rows = [r for r in rows if r.status.report_type == report_type]
    if status in BOARD_STATUSES:
        rows = [r for r in rows if r.board_status == status]
    elif status == "late":
        rows = [r for r in rows if r.on_time is False]
    result.rows = rows
    return result


def return_reason(report: Report) -> Transition | None:
    """Why a returned report came back: its latest move into "returned" (the reviewer's return, or the
    leader's send-back), with its comment and who wrote it. None unless the report is returned. One query."""
    if report.state != ReportState.RETURNED:
        return None
    moves = report.transitions.filter(to_state=ReportState.RETURNED).select_related("actor")
    return moves.order_by("-at", "-pk").first()


@dataclass
class TimelineEntry:
    at: dt.datetime
    actor: object
    transition: Transition | None = None  # a workflow move
    version: int | None = None  # or a save that made this version
    changed: list[str] = field(default_factory=list)  # headings of the sections that save changed


def report_timeline(report: Report) -> list[TimelineEntry]:
    """Moves and saves, oldest first, in three queries whatever the number of saves."""

    entries = [TimelineEntry(t.at, t.actor, transition=t) for t in report.transitions.select_related("actor")]
    changed: dict[str, list[str]] = {}
    for row in ReportSection.history.filter(report_id=report.pk).exclude(history_change_reason=None):
        changed.setdefault(row.history_change_reason, []).append(row.title)
    previous_version = None
    for row in report.history.select_related("history_user").order_by("history_date", "history_id"):
        if previous_version is not None and row.version != previous_version:
            entries.append(
                TimelineEntry(
                    row.history_date, row.history_user, version=row.version, changed=changed.get(f"v{row.version}", [])
                )
            )
        previous_version = row.version
    return sorted(entries, key=lambda e: e.at)


def report_with_sections(report_id: int):

    return (
        Report.objects.select_related("unit", "period", "report_type", "unit__parent")
        .prefetch_related(Prefetch("sections", queryset=ReportSection.objects.order_by("order")))
        .get(pk=report_id)
    )
