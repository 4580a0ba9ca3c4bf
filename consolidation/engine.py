"""Consolidation upward: a unit's figures from the accepted reports of the units below it.

The rules (DOMAIN.md, "Arithmetic the documents rely on"):

- counts are summed by the database, one GROUP BY over the value store;
- rates are never averaged: ``indicators.values.derive`` recomputes every
  derived total and every ratio from the summed parts, so a district's
  on-time rate is sum(on time) / sum(resolved);
- coded answers are counted per answer ("15/20 xã: Có");
- the units expected are those that must report (``reports.duties``: a
  setting per province and reviewing unit, by default the communes to their
  district and the districts to their province, never the offices); a unit
  counts when the report it owes for the period is accepted, or submitted in
  a provisional ("tạm tính") consolidation; a report of another type counts
  for nothing (the board shows it);
- a unit counts for a period when it existed during it (the 2025 mergers:
  old communes before, the merged commune after).

Scope "children" counts the expected units directly below (a district's
communes, a province's districts); each child brings its whole subtree as it
was accepted (a district's own figures and its accepted communes). Scope
"descendants" counts every expected unit (of the chosen kinds) at any depth,
each with its own figures only.

The number of queries is constant whatever the number of units.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, Count, F, Max, Min, Q, QuerySet, Sum, When
from django.db.models.functions import Substr
from django.utils import timezone

from consolidation import unit_rows
from consolidation.parts import stated_figures, units_per_figure
from indicators import stamp
from indicators.models import Aggregation, Indicator, Value
from indicators.values import active_indicators, derive
from plans.summary import TaskSummary, period_figures, units_with_tasks
from reform_portal.numbers import clean_number
from reports import states
from reports.calendars import due_date_for
from reports.duties import Duties, duties, expected_units
from reports.models import Period, Report, ReportType
from reports.states import ReportState
from units.models import PATH_STEP, Unit, UnitKind

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


@dataclass(frozen=True)
class CodedCount:
    code: int
    label: str
    count: int


@dataclass
class Consolidation:
    unit: Unit | None
    period: Period
    scope: str
    kinds: list[str] | None
    provisional: bool
    values: dict[str, Decimal] = field(default_factory=dict)  # indicator code -> total (breakdown "")
    breakdowns: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # code -> {breakdown: number}
    coded: dict[str, list[CodedCount]] = field(default_factory=dict)  # code -> counts per answer
    # Figures units gave only as a whole (indicators.values.derive): the units whose stated total was added to
    # a total (code of the total -> units), and those whose stated rate had no base, so it was left out of the
    # rate ("không có số liệu gốc").
    stated_totals: dict[str, list[Unit]] = field(default_factory=dict)
    # How many of the counted units each figure covers (code -> units): "1/20 xã có số liệu".
    coverage: dict[str, int] = field(default_factory=dict)
    unbased_rates: dict[str, list[Unit]] = field(default_factory=dict)
    tasks: TaskSummary | None = None
    assigned_tasks: TaskSummary | None = None
    completeness: Completeness | None = None
    source_units: list[Unit] = field(default_factory=list)  # the units whose reports were counted
    owed: Duties | None = field(default=None, repr=False, compare=False)  # the duties read (reused by the breakdown)

    @property
    def unit_noun(self) -> str:
        """How the documents name the counted units: "xã" when all are commune-level."""
        units = [s.unit for s in self.completeness.units] if self.completeness else self.source_units
        if units and all(u.kind in UnitKind.commune_level() for u in units):
            return "xã"
        return "đơn vị"

    def coded_text(self, code: str) -> str:
        """ "15/20 xã: Có; 5/20 xã: Không" (document text)."""
        counts = self.coded.get(code, [])
        answered = sum(c.count for c in counts)
        return "; ".join(f"{c.count}/{answered} {self.unit_noun}: {c.label}" for c in counts if c.count)


_memo: ContextVar[dict | None] = ContextVar("consolidation_memo", default=None)


@contextmanager
def reading() -> Iterator[None]:
    """Within this block the figures do not change: a consolidation, a completeness or a breakdown is
    computed once per arguments and handed to every caller (an official document asks for the same
    district's consolidation from its text, its tables, its appendices and its charts). Outside it every
    call computes afresh. Nested blocks share the outermost one's results."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        with stamp.once():  # and the catalogue's version read once
            yield
    finally:
        _memo.reset(token)


def remembered(key: tuple, compute: Callable):
    """``compute()``, once per ``key`` inside ``reading()``; afresh outside it."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


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


def _sum_values(counted: list[int] | QuerySet, period: Period, catalogue: list[Indicator]) -> list[dict]:
    """One GROUP BY: sum, smallest, largest and number of units per (indicator, breakdown); answer counts.

    On PostgreSQL a list of units is read unit by unit (``unit_rows``)."""
    coded_ids = [i.pk for i in catalogue if i.aggregation == Aggregation.CODED]
    combined_ids = [i.pk for i in catalogue if i.aggregation in Aggregation.combined()]
    values = Value.objects.filter(period=period, number__isnull=False, indicator_id__in=combined_ids + coded_ids)
    answer = Case(When(indicator_id__in=coded_ids or [0], then=F("number")), default=None)
    if unit_rows.per_unit(counted):
        keys = ("indicator_id", "breakdown", "answer", "total", "low", "high", "n")
        rows = unit_rows.grouped(
            values.annotate(answer=answer).values("indicator_id", "breakdown", "answer", "number"),
            counted,
            select="v.indicator_id, v.breakdown, v.answer, SUM(v.number), MIN(v.number), MAX(v.number), COUNT(*)",
            group_by="1, 2, 3",
        )
        return [dict(zip(keys, row, strict=True)) for row in rows]
    rows = (
        values.filter(unit__in=counted)
        .annotate(answer=answer)
        .values("indicator_id", "breakdown", "answer")
        .annotate(total=Sum("number"), low=Min("number"), high=Max("number"), n=Count("pk"))
        .order_by()
    )
    return list(rows)


_PICK = {Aggregation.SUM: "total", Aggregation.MIN: "low", Aggregation.MAX: "high"}


def consolidate(
    *,
    unit: Unit | None,
    period: Period,
    scope: str = CHILDREN,
    kinds: list[str] | None = None,
    provisional: bool = False,
) -> Consolidation:
    """``_consolidate``, once per arguments inside ``reading()``."""
    key = ("consolidate", unit.pk if unit else None, period.pk, scope, tuple(kinds or ()), bool(provisional))
    return remembered(
        key, lambda: _consolidate(unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional)
    )


def _consolidate(
    *,
    unit: Unit | None,
    period: Period,
    scope: str = CHILDREN,
    kinds: list[str] | None = None,
    provisional: bool = False,
) -> Consolidation:
    """Consolidate the reports of the units below ``unit`` (None: the whole country) for ``period``.

    A constant number of queries whatever the number of units (tests/consolidation/test_engine.py asserts
    that 3 and 30 units take the same number): the duties in force (read once), completeness, the
    catalogue's version (``indicators.stamp``), the ids of the counted units, the GROUP BY over the values,
    the stated figures, the coverage of derived figures, the units with tasks, the tasks per field and the
    directing documents.
    """
    kinds = list(kinds) if kinds else None
    result = Consolidation(unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional)
    owed = duties(unit=unit, period=period)  # read once for completeness and the counted units
    result.owed = owed
    result.completeness = completeness(
        unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional, owed=owed
    )
    result.source_units = [s.unit for s in result.completeness.units if s.counted]
    counted_qs = counted_units_qs(
        unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional, owed=owed
    )
    # The counted units' ids as a list, not a subquery: each query over Value then looks those units' rows
    # up by unit (the unique index on (unit, period, …) or the foreign key's), so a province's cost follows
    # the province, where PostgreSQL read the whole period's rows and joined them to the subquery's units.
    counted = counted_units(unit=unit, scope=scope, counted_qs=counted_qs, known=result.completeness)

    catalogue = active_indicators()
    indicators = list(catalogue.values())
    by_id = {i.pk: i for i in indicators}
    sums: dict[str, Decimal] = defaultdict(Decimal)
    row_sums: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    answers: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    entered: dict[str, int] = defaultdict(int)  # units that gave each figure
    for row in _sum_values(counted, period, indicators):
        indicator = by_id[row["indicator_id"]]
        if indicator.aggregation == Aggregation.CODED:
            if not row["breakdown"]:
                answers[indicator.code][int(row["answer"])] += row["n"]
                entered[indicator.code] += row["n"]
        elif row["breakdown"]:
            row_sums[indicator.code][row["breakdown"]] += row[_PICK[indicator.aggregation]]
        else:
            sums[indicator.code] += row[_PICK[indicator.aggregation]]
            entered[indicator.code] += row["n"]
    # A figure entered only per procedure field has its total row as the sum of its rows.
    for code, rows in row_sums.items():
        if code not in sums and catalogue[code].aggregation == Aggregation.SUM:
            sums[code] = sum(rows.values(), Decimal(0))

    # The same counts as each unit's own appendix items 1.1/1.2 (plans.summary), over the counted units.
    units = Unit.objects.filter(pk__in=counted)
    (result.tasks, result.assigned_tasks), figures = period_figures(units=units, period=period, unit=unit)
    sums.update(figures)
    stated_sums, whole = stated_figures(counted, period, catalogue)
    sums.update(stated_sums)
    units_by_id = {u.pk: u for u in Unit.objects.filter(pk__in={pk for ids in whole.values() for pk in ids})}
    for code, ids in whole.items():
        named = sorted((units_by_id[pk] for pk in ids), key=lambda u: u.path)
        target = result.unbased_rates if catalogue[code].aggregation == Aggregation.RATIO else result.stated_totals
        target[code] = named
    # PostgreSQL sums carry the column's four places (4.0000); show them as entered (4).
    result.values = derive({code: clean_number(v) for code, v in sums.items()}, indicators=catalogue, aggregate=True)
    result.coverage = units_per_figure(counted, period, catalogue, entered, whole)
    result.coverage.update({code: len(ids) for code, ids in whole.items() if code not in result.coverage})
    result.coverage.update({k: n for k, n in units_with_tasks(units=units, year=period.year).items() if n})
    result.breakdowns = {code: {b: clean_number(v) for b, v in rows.items()} for code, rows in row_sums.items()}
    for indicator in indicators:
        if indicator.aggregation == Aggregation.CODED:
            counts = answers.get(indicator.code, {})
            result.coded[indicator.code] = [
                CodedCount(code=code, label=label, count=counts.get(code, 0))
                for code, label in indicator.code_labels.items()
            ]
    return result
