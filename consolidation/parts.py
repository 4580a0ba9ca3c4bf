"""What consolidation needs to know of the parts of figures: who gave a figure only as a whole, and how
many units gave each figure (its coverage). Used by ``consolidation.engine.consolidate``; one query each.

A derived figure's parts are the entered figures it is computed from, at any depth (``_leaves``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

from django.db.models import Aggregate, CharField, Exists, QuerySet

from consolidation import unit_rows
from indicators import expressions
from indicators.models import Aggregation, Indicator, Value, ValueSource
from reports.models import Period


class IdList(Aggregate):
    """The ids of a group as text, comma-separated, in no particular order (SQLite's GROUP_CONCAT,
    PostgreSQL's STRING_AGG)."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="STRING_AGG((%(expressions)s)::text, ',')", **extra)


def units_per_figure(counted: QuerySet | list[int], period: Period, catalogue: dict[str, Indicator], entered: dict[str, int],
              whole: dict[str, list]) -> dict[str, int]:  # fmt: skip
    """How many counted units each figure covers: the units that gave it (entered), or that gave any part
    of a derived one (a total given only as a whole adds its units). One query for all derived figures."""
    groups = {}
    for code, ind in catalogue.items():
        if ind.value_source == ValueSource.DERIVED:
            ids = [catalogue[leaf].pk for leaf in _leaves(code, catalogue) if leaf in catalogue]
            if ids:
                groups[code] = ids
    coverage = dict(entered)
    if groups:
        # Which figures each counted unit gave, one row per unit (its indicator ids as text); units that gave
        # the same figures share one set, so each derived figure is checked once per distinct set. Fifty
        # COUNT(DISTINCT …) FILTER (…) aggregates cost PostgreSQL a sort each, over every row. Only the parts
        # of derived figures are read: a unit's other figures never decide a coverage.
        parts = sorted(set().union(*groups.values()))
        figures = Value.objects.filter(period=period, breakdown="", number__isnull=False, indicator_id__in=parts)
        if unit_rows.per_unit(counted):  # each unit's rows through the unique index (consolidation.unit_rows)
            select = "STRING_AGG(v.indicator_id::text, ',')"
            rows = [
                ids
                for (ids,) in unit_rows.grouped(figures.values("indicator_id"), counted, select=select, group_by="u.id")
            ]
        else:
            rows = (
                figures.filter(unit__in=counted)
                .values("unit_id")
                .annotate(ids=IdList("indicator_id"))
                .order_by()
                .values_list("ids", flat=True)
            )
        given = Counter(frozenset(int(i) for i in ids.split(",")) for ids in rows if ids)
        for code, ids in groups.items():
            wanted = set(ids)
            extra = len(whole.get(code, [])) if catalogue[code].aggregation != Aggregation.RATIO else 0
            coverage[code] = sum(n for figures, n in given.items() if figures & wanted) + extra
    return {code: n for code, n in coverage.items() if n}


def _leaves(code: str, catalogue: dict[str, Indicator]) -> set[str]:
    """The entered figures a derived one is computed from, at any depth."""
    ind = catalogue.get(code)
    if ind is None or ind.is_entered:
        return {code}
    if ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
        inputs = [ind.numerator.code, ind.denominator.code]
    else:
        inputs = expressions.codes(ind.formula) if ind.formula else []
    return set().union(*(_leaves(c, catalogue) for c in inputs)) if inputs else set()


def stated_figures(counted: QuerySet | list[int], period: Period, catalogue: dict[str, Indicator]):
    """Stated totals and rates of the counted units whose parts are blank: one query.

    Returns (stated code -> sum of the totals given only as a whole, derived code -> units
    that gave it only as a whole). A unit's stated figure stands for its total or rate only
    while the parts are blank (``indicators.values.derive``); given with its parts, the parts count.
    """
    by_stated = {ind.stated.code: ind for ind in catalogue.values() if ind.stated_id}
    if not by_stated:
        return {}, {}
    ratio = {code: ind.aggregation == Aggregation.RATIO for code, ind in by_stated.items()}
    inputs = {code: _stated_inputs(ind, catalogue) for code, ind in by_stated.items()}
    codes = set(by_stated) | set().union(*(set().union(*groups) for groups in inputs.values()))
    by_id = {catalogue[c].pk: c for c in codes if c in catalogue}
    stated_ids = [catalogue[c].pk for c in by_stated if c in catalogue]
    figures = Value.objects.filter(period=period, indicator_id__in=list(by_id), number__isnull=False)
    if unit_rows.per_unit(counted):  # each unit's rows through the unique index (consolidation.unit_rows)
        stating = Value.objects.filter(unit_id=unit_rows.UNIT, period=period, indicator_id__in=stated_ids,
                                       number__isnull=False)  # fmt: skip
        rows = unit_rows.grouped(
            figures.filter(Exists(stating)).values("unit_id", "indicator_id", "breakdown", "number"),
            counted,
            select="v.unit_id, v.indicator_id, v.breakdown, v.number",
        )
    else:
        stating = Value.objects.filter(
            period=period, unit__in=counted, indicator_id__in=stated_ids, number__isnull=False
        ).values("unit_id")  # the counted units that stated something: looked up by unit, not over the whole period
        rows = figures.filter(unit__in=counted).filter(unit__in=stating)
        rows = rows.values_list("unit_id", "indicator_id", "breakdown", "number")
    units: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for unit_id, indicator_id, breakdown, number in rows:
        code = by_id[indicator_id]
        if code in by_stated and breakdown:
            continue
        units[unit_id][code] = number
    sums: dict[str, Decimal] = defaultdict(Decimal)
    whole: dict[str, list[int]] = defaultdict(list)
    for unit_id, figures in units.items():
        for code, ind in by_stated.items():
            if code not in figures:
                continue
            # A total needs all its parts blank; a rate is stated as a whole when its numerator or denominator is.
            blank = [not (group & figures.keys()) for group in inputs[code]]
            if (any if ratio[code] else all)(blank):
                whole[ind.code].append(unit_id)
                if not ratio[code]:
                    sums[code] += figures[code]
    return dict(sums), dict(whole)


def _stated_inputs(ind: Indicator, catalogue: dict[str, Indicator]) -> list[set[str]]:
    """The entered figures a derived indicator is computed from, as groups: [numerator, denominator] of a ratio."""
    if ind.aggregation == Aggregation.RATIO and ind.numerator_id and ind.denominator_id:
        return [_leaves(ind.numerator.code, catalogue), _leaves(ind.denominator.code, catalogue)]
    return [_leaves(ind.code, catalogue)]
