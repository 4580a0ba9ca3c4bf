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

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, Count, F, Max, Min, QuerySet, Sum, When

from consolidation import unit_rows
from consolidation.completeness import (
    CHILDREN,
    Completeness,
    completeness,
    counted_units,
    counted_units_qs,
)
from consolidation.memo import remembered
from consolidation.parts import stated_figures, units_per_figure
from indicators.models import Aggregation, Indicator, Value
from indicators.values import active_indicators, derive
from plans.summary import TaskSummary, period_figures, units_with_tasks
from reform_portal.numbers import clean_number
from reports.duties import Duties, duties
from reports.models import Period
from units.models import Unit, UnitKind


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
