"""The per-unit breakdown table: one row per unit below, a total row, the key indicators.

A neutral structure (columns with a label and a kind, rows of cells) that
the page, the PDF appendix and the Excel sheet all render. Each row's rates
are recomputed from that unit's parts, and the total row from the summed
parts, exactly like the consolidation itself. Five queries whatever the
number of units.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from consolidation.completeness import CHILDREN, Completeness, UnitStatus, completeness, counted_units, counted_units_qs
from consolidation.engine import Consolidation
from consolidation.memo import remembered
from indicators.expressions import codes as formula_codes
from indicators.models import Indicator, Value, ValueSource
from indicators.values import Derivation, active_indicators
from plans.models import PlanKind, Task
from plans.status import TaskStatus, status_q
from reform_portal.numbers import clean_number
from reports.duties import duties
from reports.models import Period
from units.models import PATH_STEP, Unit

NUMBER = "number"
PERCENT = "percent"


@dataclass(frozen=True)
class Column:
    key: str  # the indicator code
    label: str
    kind: str  # NUMBER or PERCENT


KEY_COLUMNS = [
    Column("dossiers.received.total", _("Dossiers received"), NUMBER),
    Column("dossiers.rate.online", _("Online share"), PERCENT),
    Column("dossiers.rate.on_time", _("On-time share"), PERCENT),
    Column("dossiers.rate.digitised_inputs", _("Digitised share"), PERCENT),
    Column("satisfaction.rate.satisfied", _("Satisfaction share"), PERCENT),
    Column("plan.tasks.done", _("Tasks done"), NUMBER),
]
TASK_CODES = {"plan.tasks.done": "done", "plan.tasks.planned": "planned"}


@dataclass(frozen=True)
class Row:
    unit: Unit | None  # None for the total row
    label: str
    cells: dict[str, Decimal | None]
    status: UnitStatus | None = None

    @property
    def counted(self) -> bool:
        return self.status is None or self.status.counted

    def cell_list(self, columns: list[Column]) -> list[tuple[Column, Decimal | None]]:
        return [(c, self.cells.get(c.key)) for c in columns]


@dataclass
class BreakdownTable:
    unit: Unit | None
    period: Period
    provisional: bool
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    total: Row | None = None
    completeness: Completeness | None = None

    def sorted(self, key: str | None, descending: bool = False) -> list[Row]:
        """Rows sorted by a column (empty cells last whatever the direction), or by the unit name."""
        if key not in {c.key for c in self.columns}:
            return sorted(self.rows, key=lambda r: r.label, reverse=descending)
        filled = [r for r in self.rows if r.cells.get(key) is not None]
        empty = [r for r in self.rows if r.cells.get(key) is None]
        return sorted(filled, key=lambda r: (r.cells[key], r.label), reverse=descending) + empty


def entered_parts(codes: list[str], catalogue: dict[str, Indicator]) -> set[str]:
    """The stored indicators the given codes are computed from (themselves when stored)."""
    parts: set[str] = set()
    stack = list(codes)
    while stack:
        code = stack.pop()
        ind = catalogue.get(code)
        if ind is None or code in parts:
            continue
        if ind.value_source != ValueSource.DERIVED:
            parts.add(code)
        elif ind.numerator_id and ind.denominator_id:
            stack += [ind.numerator.code, ind.denominator.code]
        elif ind.formula:
            stack += list(formula_codes(ind.formula))
    return parts - set(TASK_CODES)


def needed_catalogue(codes, catalogue: dict[str, Indicator]) -> dict[str, Indicator]:
    """The part of the catalogue ``derive`` needs to compute ``codes``: them and what they are derived from.

    ``derive`` computes every derived indicator of the catalogue it is given; a table of a few columns
    for thousands of units asks it for those columns only.
    """
    needed: dict[str, Indicator] = {}
    stack = list(codes)
    while stack:
        code = stack.pop()
        ind = catalogue.get(code)
        if ind is None or code in needed:
            continue
        needed[code] = ind
        if ind.stated_id:
            stack.append(ind.stated.code)
        if ind.value_source == ValueSource.DERIVED:
            if ind.numerator_id and ind.denominator_id:
                stack += [ind.numerator.code, ind.denominator.code]
            if ind.formula:
                stack += list(formula_codes(ind.formula))
    return {code: ind for code, ind in catalogue.items() if code in needed}  # in the catalogue's order


def _source_key(unit: Unit | None, scope: str, prefix: str = "") -> Substr:
    length = (len(unit.path) if unit is not None and scope == CHILDREN else 0) + PATH_STEP
    if scope != CHILDREN:
        length = 255  # the unit's own path
    return Substr(f"{prefix}path", 1, length)


def breakdown_table(
    *,
    unit: Unit | None,
    period: Period,
    provisional: bool = False,
    scope: str = CHILDREN,
    kinds: list[str] | None = None,
    columns: list[Column] | None = None,
    consolidation: Consolidation | None = None,
) -> BreakdownTable:
    """The table; ``consolidation``: the same unit, period and options consolidated already (its duties and
    completeness are reused, saving their queries). Once per arguments inside ``memo.reading()``."""
    columns = columns or KEY_COLUMNS
    key = ("breakdown", unit.pk if unit else None, period.pk, bool(provisional), scope, tuple(kinds or ()),
           tuple(columns))  # fmt: skip
    return remembered(key, lambda: _breakdown_table(unit=unit, period=period, provisional=provisional, scope=scope,
                                                    kinds=kinds, columns=columns, consolidation=consolidation))  # fmt: skip


def _breakdown_table(*, unit, period, provisional, scope, kinds, columns, consolidation) -> BreakdownTable:
    table = BreakdownTable(unit=unit, period=period, provisional=provisional, columns=columns)
    c = consolidation
    if c is not None and (c.unit, c.period, c.scope, c.kinds, c.provisional) != (
        unit,
        period,
        scope,
        list(kinds) if kinds else None,
        provisional,
    ):
        raise ValueError("The consolidation given is not of the table's unit, period and options.")
    owed = c.owed if c is not None and c.owed is not None else duties(unit=unit, period=period)
    table.completeness = (
        c.completeness
        if c is not None and c.completeness is not None
        else completeness(unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional, owed=owed)
    )
    counted_qs = counted_units_qs(
        unit=unit, period=period, scope=scope, kinds=kinds, provisional=provisional, owed=owed
    )
    counted = counted_units(
        unit=unit, scope=scope, counted_qs=counted_qs, known=table.completeness
    )  # as ``consolidate``
    catalogue = needed_catalogue([col.key for col in columns], active_indicators())
    parts = entered_parts([c.key for c in columns], catalogue)
    part_ids = {catalogue[code].pk: code for code in parts}

    sums: dict[str, dict[str, Decimal]] = defaultdict(dict)  # source path -> {code: sum}
    rows = (
        Value.objects.filter(
            period=period, unit__in=counted, breakdown="", number__isnull=False, indicator_id__in=part_ids
        )
        .annotate(source=_source_key(unit, scope, "unit__"))
        .values("source", "indicator_id")
        .annotate(total=Sum("number"))
        .order_by()
    )
    for row in rows:
        sums[row["source"]][part_ids[row["indicator_id"]]] = clean_number(row["total"])

    if set(TASK_CODES) & {c.key for c in columns}:
        on = period.cutoff_end
        done = status_q(TaskStatus.DONE_ON_TIME, on) | status_q(TaskStatus.DONE_LATE, on)
        tasks = (
            Task.objects.filter(plan__unit__in=counted_qs, plan__year=period.year, plan__kind=PlanKind.OWN)
            .annotate(source=_source_key(unit, scope, "plan__unit__"))
            .values("source")
            .annotate(planned=Count("pk"), done=Count("pk", filter=done))
            .order_by()
        )
        for row in tasks:
            for code, name in TASK_CODES.items():
                sums[row["source"]][code] = Decimal(row[name])

    keys = [c.key for c in columns]
    derive = Derivation(catalogue)  # planned once, computed for each unit
    total_parts: dict[str, Decimal] = defaultdict(Decimal)
    for status in table.completeness.units:
        own = sums.get(status.unit.path) if status.counted else None
        cells = dict.fromkeys(keys)
        if own:
            for code, number in own.items():
                total_parts[code] += number
            derived = derive(own)
            cells = {k: derived.get(k) for k in keys}
        table.rows.append(Row(unit=status.unit, label=status.unit.name, cells=cells, status=status))
    derived = derive(total_parts) if total_parts else {}
    table.total = Row(unit=None, label=str(_("Total")), cells={k: derived.get(k) for k in keys})
    return table
