"""Who must report to a consolidation and whose figures count: the expected units, their reports' states
and timeliness (``completeness``), and the units counted (``counted_units_qs``, ``counted_units``).

The units expected are those that must report (``reports.duties``); a unit counts when the report it owes
for the period is accepted, or submitted in a provisional ("tạm tính") consolidation; a unit counts for a
period when it existed during it (the 2025 mergers: old communes before, the merged commune after). Scope
"children" counts the expected units directly below, each bringing its subtree as it was accepted; scope
"descendants" counts every expected unit (of the chosen kinds) at any depth, each with its own figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone

from consolidation.memo import remembered
from reports import states
from reports.calendars import due_date_for
from reports.duties import Duties, duties, expected_units
from reports.models import Period, Report, ReportType
from reports.states import ReportState
from units.models import PATH_STEP, Unit

CHILDREN = "children"
DESCENDANTS = "descendants"
SCOPES = (CHILDREN, DESCENDANTS)


@dataclass(frozen=True)
class StartedReport:
    """A report a unit started for the period that is not the one it owes (another template)."""

    pk: int
    report_type: ReportType | None
    state: str

    @property
    def state_label(self) -> str:
        return str(ReportState(self.state).label)


@dataclass(frozen=True)
class UnitStatus:
    """One expected unit and where the report it owes stands."""

    unit: Unit
    report_type: ReportType | None = None  # the report it owes (reports.duties)
    report_id: int | None = None  # that report, once started
    state: str | None = None
    submitted_at: dt.datetime | None = None
    accepted_at: dt.datetime | None = None
    on_time: bool | None = None  # None until submitted
    counted: bool = False
    started: tuple[StartedReport, ...] = ()  # reports of other templates it started instead or besides

    @property
    def state_label(self) -> str:
        return str(ReportState(self.state).label) if self.state else ""

    @property
    def submitted(self) -> bool:
        return self.state in states.SENT

    @property
    def accepted(self) -> bool:
        return self.state == ReportState.ACCEPTED


@dataclass(frozen=True)
class Completeness:
    due_date: dt.date
    units: list[UnitStatus]

    @property
    def expected(self) -> int:
        return len(self.units)

    @property
    def submitted(self) -> int:
        return sum(1 for s in self.units if s.submitted)

    @property
    def accepted(self) -> int:
        return sum(1 for s in self.units if s.accepted)

    @property
    def on_time(self) -> int:
        return sum(1 for s in self.units if s.submitted and s.on_time)

    @property
    def late(self) -> int:
        return sum(1 for s in self.units if s.submitted and not s.on_time)

    @property
    def missing(self) -> list[Unit]:
        """Expected units that have not sent their report upward (named in the report)."""
        return [s.unit for s in self.units if not s.submitted]

    @property
    def awaiting_acceptance(self) -> list[Unit]:
        return [s.unit for s in self.units if s.state == ReportState.SUBMITTED]

    @property
    def late_units(self) -> list[Unit]:
        return [s.unit for s in self.units if s.submitted and not s.on_time]

    @property
    def other_template(self) -> list[UnitStatus]:
        """Units that have not started the report they owe but started one of another template."""
        return [s for s in self.units if s.report_id is None and s.started]

    @property
    def is_complete(self) -> bool:
        return self.expected > 0 and self.accepted == self.expected


def period_units(queryset: QuerySet, period: Period) -> QuerySet:
    """Units that existed at some time during the period."""
    return queryset.existing_between(period.starts_on, period.ends_on)


def _subtree_q(unit: Unit | None, prefix: str = "") -> Q:
    if unit is None:  # the whole country
        return Q()
    return Q(**{f"{prefix}path__gt": unit.path, f"{prefix}path__lt": unit.path_upper_bound})


def expected_units_qs(
    *, unit: Unit | None, period: Period, scope: str, kinds: list[str] | None, owed: Duties | None = None
) -> QuerySet:
    """The units that must report to this consolidation (reports.duties; before the merger rule, see ``_expected``).

    ``owed``: the duties in force, when the caller has read them already (``reports.duties.duties``).
    """
    if scope not in SCOPES:
        raise ValueError(f"Unknown scope {scope!r}")
    qs = expected_units(reviewing=unit, period=period, subtree=scope == DESCENDANTS, owed=owed)
    return qs.filter(kind__in=kinds) if kinds else qs


def counted_units_qs(
    *,
    unit: Unit | None,
    period: Period,
    scope: str,
    kinds: list[str] | None,
    provisional: bool,
    owed: Duties | None = None,
) -> QuerySet:
    """The units whose own figures go into the consolidation, as one SQL subquery.

    Children scope: units of the subtree of an expected child whose owed report counts,
    each with its own owed report counting too. Descendants scope: the expected units
    whose owed report counts.
    """
    counted_states = states.counted(provisional=provisional)
    owed = owed or duties(unit=unit, period=period)
    # Only the subtree's reports: the counted units are in it, and the period's reports of the country are many.
    reporting = owed.reports().filter(_subtree_q(unit, "unit__"), state__in=counted_states).values("unit_id")
    expected = expected_units_qs(unit=unit, period=period, scope=scope, kinds=kinds, owed=owed)
    if scope == DESCENDANTS:
        return expected.filter(pk__in=reporting)
    counted_children = expected.filter(pk__in=reporting).values("path")
    top_len = (len(unit.path) if unit is not None else 0) + PATH_STEP
    return (
        period_units(Unit.objects.filter(_subtree_q(unit)), period)
        .annotate(top_path=Substr("path", 1, top_len))
        .filter(top_path__in=counted_children, pk__in=reporting)
    )


def counted_ids(counted: QuerySet) -> list[int]:
    """The ids of ``counted_units_qs``, read in one query, for the queries over Value (see ``consolidate``;
    the whole country keeps the subquery: it reads the period's rows of every unit whichever way)."""
    return list(counted.order_by().values_list("pk", flat=True))


def counted_units(*, unit: Unit | None, scope: str, counted_qs: QuerySet, known: Completeness) -> list[int] | QuerySet:
    """What the queries over Value name as the counted units: the subquery for the whole country, else their
    ids; in the descendants scope those ``known`` (the completeness) counts already, without a query (the
    expected units whose owed report counts, as ``counted_units_qs`` reads them), else ``counted_ids``."""
    if unit is None:
        return counted_qs
    if scope == DESCENDANTS:
        return [status.unit.pk for status in known.units if status.counted]
    return counted_ids(counted_qs)


def _expected(units: list[Unit], reported: set[int], period: Period) -> list[Unit]:
    """Drop units merged away during the period when their successor is expected too and they sent nothing.

    A yearly report of 2025 comes from the merged commune; the communes it
    absorbed on 1 July are not expected to report that year as well.
    """
    ids = {u.pk for u in units}
    return [
        u
        for u in units
        if u.pk in reported or not (u.merged_into_id in ids and u.dissolved_on and u.dissolved_on <= period.ends_on)
    ]


def _rank(state: str) -> tuple[bool, bool]:
    """How far a report went: accepted, then sent upward, then anything else."""
    return state == ReportState.ACCEPTED, state in states.SENT


def _report_status(
    unit: Unit, owed: ReportType | None, reports: list[dict], owed_duties: Duties, due_date: dt.date, counted
) -> UnitStatus:
    """Where the report ``unit`` owes stands; the reports of other templates it started are named beside it."""
    mine = next((r for r in reports if owed is not None and r["report_type_id"] == owed.pk), None)
    others = sorted((r for r in reports if r is not mine), key=lambda r: _rank(r["state"]), reverse=True)
    started = tuple(StartedReport(r["pk"], owed_duties.types.get(r["report_type_id"]), r["state"]) for r in others)
    if mine is None:
        return UnitStatus(unit=unit, report_type=owed, started=started)
    submitted_at = mine["submitted_at"]
    on_time = None
    if mine["state"] in states.SENT and submitted_at:
        on_time = timezone.localtime(submitted_at).date() <= due_date
    return UnitStatus(
        unit=unit,
        report_type=owed,
        report_id=mine["pk"],
        state=mine["state"],
        submitted_at=submitted_at,
        accepted_at=mine["accepted_at"],
        on_time=on_time,
        counted=mine["state"] in counted,
        started=started,
    )


def completeness(
    *,
    unit: Unit | None,
    period: Period,
    scope: str = CHILDREN,
    kinds=None,
    provisional=False,
    owed: Duties | None = None,
) -> Completeness:
    """Expected, submitted, accepted and on-time units (``_completeness``), once per arguments inside ``reading()``."""
    key = ("completeness", unit.pk if unit else None, period.pk, scope, tuple(kinds or ()), bool(provisional))
    return remembered(
        key,
        lambda: _completeness(unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional, owed=owed),
    )


def _completeness(
    *,
    unit: Unit | None,
    period: Period,
    scope: str = CHILDREN,
    kinds=None,
    provisional=False,
    owed: Duties | None = None,
) -> Completeness:
    """Expected, submitted, accepted and on-time units, missing ones named.

    Each expected unit with the state of the report it owes (``reports.duties``), and the reports of
    other templates it started. Timeliness is counted against the due date in ``unit``'s province
    (``reports.calendars``). Five queries: the duties in force (two, none when ``owed`` is given), the
    expected units, their reports, the due date (one; up to three for a period the province has not opened).
    """
    owed = owed or duties(unit=unit, period=period)
    expected = expected_units_qs(unit=unit, period=period, scope=scope, kinds=kinds, owed=owed)
    units = list(expected.order_by("path"))
    by_unit: dict[int, list[dict]] = defaultdict(list)
    rows = Report.objects.filter(period=period, unit__in=expected).order_by("pk")
    for r in rows.values("pk", "unit_id", "report_type_id", "state", "submitted_at", "accepted_at"):
        by_unit[r["unit_id"]].append(r)
    counted = states.counted(provisional=provisional)
    due = due_date_for(unit, period) if unit is not None else period.due_date  # the province's calendar
    statuses = {u.pk: _report_status(u, owed.owed(u), by_unit.get(u.pk, []), owed, due, counted) for u in units}
    submitted = {pk for pk, status in statuses.items() if status.submitted}
    return Completeness(due_date=due, units=[statuses[u.pk] for u in _expected(units, submitted, period)])
