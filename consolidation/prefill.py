"""The consolidating unit's own report, pre-filled from the units below and kept live.

- own figures (what the district's offices entered) ADD to the consolidated
  ones, never replace them; rates are recomputed from the added parts;
- while the district's report is editable, the consolidated part follows the
  units below: each accept or reopen of a report below refreshes it and
  records what changed (``ConsolidationRun``);
- once the district sends its report, the last run is what it sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from consolidation.engine import Consolidation, consolidate
from consolidation.models import ConsolidationRun
from indicators.models import Aggregation, Indicator, ValueSource
from indicators.values import active_indicators, derive, stated_codes, values_by_code
from plans.summary import TaskSummary
from reports import states
from reports.models import Period, Report
from units.models import Unit


def is_live(*, unit: Unit, period: Period) -> bool:
    """The consolidated part follows the units below until the unit sends its own report."""
    current = set(Report.objects.filter(unit=unit, period=period).values_list("state", flat=True))
    return not current or bool(current & states.EDITABLE)


def latest_run(*, unit: Unit, period: Period) -> ConsolidationRun | None:
    return ConsolidationRun.objects.filter(unit=unit, period=period).order_by("-created_at", "-pk").first()


def _task_rows(summary: TaskSummary | None) -> list[list]:
    if summary is None:
        return []
    return [[r.code, r.name, r.planned, r.done_on_time, r.done_late, r.pending_within, r.pending_overdue]
            for r in summary.rows]  # fmt: skip


def _serialise(c: Consolidation) -> dict:
    return {
        "values": {code: str(v) for code, v in c.values.items() if isinstance(v, Decimal)},
        "breakdowns": {code: {b: str(v) for b, v in rows.items()} for code, rows in c.breakdowns.items()},
        "coverage": dict(c.coverage),
        "tasks": {"own": _task_rows(c.tasks), "assigned": _task_rows(c.assigned_tasks)},
        "coded": {code: {str(x.code): x.count for x in counts if x.count} for code, counts in c.coded.items()},
        "completeness": {
            "expected": c.completeness.expected,
            "submitted": c.completeness.submitted,
            "accepted": c.completeness.accepted,
            "on_time": c.completeness.on_time,
            "missing": [u.code for u in c.completeness.missing],
            "noun": c.unit_noun,
        },
        "sources": [u.code for u in c.source_units],
    }


def diff(old: dict[str, str], new: dict[str, str]) -> list[dict]:
    """Figures that changed between two runs: code, old, new (decimal strings, None when absent)."""
    changes = []
    for code in sorted(set(old) | set(new)):
        before, after = old.get(code), new.get(code)
        if (Decimal(before) if before else None) != (Decimal(after) if after else None):
            changes.append({"code": code, "old": before, "new": after})
    return changes


def refresh(
    *, unit: Unit, period: Period, trigger: str = "manual", trigger_unit: Unit | None = None, user=None, force=False
) -> ConsolidationRun | None:
    """Recalculate the consolidated part of ``unit``'s report; store a run if anything changed.

    Does nothing once the unit's report has left the editable states (unless
    ``force``, used for the final run at submission). Returns the latest run.
    """
    if not force and not is_live(unit=unit, period=period):
        return latest_run(unit=unit, period=period)
    with transaction.atomic():
        previous = latest_run(unit=unit, period=period)
        data = _serialise(consolidate(unit=unit, period=period))
        changes = diff(previous.values if previous else {}, data["values"])
        unchanged = all(getattr(previous, key, None) == data[key] for key in ("completeness", "breakdowns", "tasks"))
        if previous is not None and not changes and unchanged:
            return previous
        return ConsolidationRun.objects.create(
            unit=unit,
            period=period,
            trigger=trigger,
            trigger_unit=trigger_unit,
            user_id=getattr(user, "pk", user),
            changes=changes,
            **data,
        )


def refresh_above(*, report: Report, trigger: str, user=None) -> list[ConsolidationRun]:
    """After a report below was accepted or reopened: refresh every unit above it that consolidates it."""
    runs = []
    for ancestor in report.unit.ancestors():
        run = refresh(unit=ancestor, period=report.period, trigger=trigger, trigger_unit=report.unit, user=user)
        if run is not None:
            runs.append(run)
    return runs


@dataclass(frozen=True)
class FigureRow:
    code: str
    name: str
    kind: str  # value type: count, percent, …
    own: Decimal | None
    consolidated: Decimal | None
    total: Decimal | None

    @property
    def source(self) -> str:
        """Where the figure came from: "own", "units", "both" or "" (none)."""
        if self.own is not None and self.consolidated is not None:
            return "both"
        return "own" if self.own is not None else "units" if self.consolidated is not None else ""


@dataclass(frozen=True)
class ConsolidatedPart:
    """What the units below bring to a consolidating unit's report: live, or as the last run stored it."""

    values: dict[str, Decimal]  # indicator code -> figure (the total row)
    breakdowns: dict[str, dict[str, Decimal]]  # indicator code -> {procedure field: figure}
    coverage: dict[str, int]  # indicator code -> counted units that gave it
    tasks: dict[str, list[list]]  # "own"/"assigned" -> rows as ``_task_rows`` stores them
    expected: int  # units expected to report
    counted: int  # units whose reports were counted
    noun: str  # "xã" or "đơn vị"


def consolidated_part(*, unit: Unit, period: Period, live: Consolidation | None = None) -> ConsolidatedPart:
    """Live while the unit's report is editable; the last run once it was sent.

    ``live`` is a consolidation the caller already computed (final, default scope).
    """
    run = None if is_live(unit=unit, period=period) else latest_run(unit=unit, period=period)
    if run is not None:
        return ConsolidatedPart(
            values={code: Decimal(v) for code, v in run.values.items()},
            breakdowns={code: {b: Decimal(v) for b, v in rows.items()} for code, rows in run.breakdowns.items()},
            coverage=run.coverage,
            tasks=run.tasks,
            expected=run.completeness.get("expected", 0),
            counted=len(run.sources),
            noun=run.completeness.get("noun", "đơn vị"),
        )
    c = live or consolidate(unit=unit, period=period)
    data = _serialise(c)
    return ConsolidatedPart(
        values={code: v for code, v in c.values.items() if isinstance(v, Decimal)},
        breakdowns=c.breakdowns,
        coverage=c.coverage,
        tasks=data["tasks"],
        expected=c.completeness.expected,
        counted=len(c.source_units),
        noun=c.unit_noun,
    )


def consolidated_values(*, unit: Unit, period: Period, live: Consolidation | None = None) -> dict[str, Decimal]:
    """The consolidated figures of ``consolidated_part``."""
    return consolidated_part(unit=unit, period=period, live=live).values


def figures_with_sources(
    *,
    unit: Unit,
    period: Period,
    live: Consolidation | None = None,
    catalogue: dict[str, Indicator] | None = None,
    own: dict | None = None,
) -> list[FigureRow]:
    """Each indicator: the unit's own figure, the consolidated one, and the total (own + consolidated).

    Counts add; rates and other derived figures of the total are recomputed
    from the added parts, never added or averaged themselves. ``catalogue``
    and ``own`` (the unit's ``values_by_code``) save the queries when the
    caller already has them.
    """
    catalogue = catalogue if catalogue is not None else active_indicators()
    if own is None:
        own = values_by_code(unit=unit, period=period, indicators=catalogue)
    consolidated = consolidated_values(unit=unit, period=period, live=live)
    # The unit's own totals given only as a whole add like the consolidated ones (indicators.values.derive).
    own_whole = {catalogue[code].stated.code for code in stated_codes(own, indicators=catalogue)}
    parts: dict[str, Decimal] = {}
    combine = {Aggregation.MIN: min, Aggregation.MAX: max}
    for code, ind in catalogue.items():
        stated = code in own_whole or (ind.is_entered and code in consolidated and ind.aggregation == Aggregation.NONE)
        if not stated and (ind.value_source == ValueSource.DERIVED or ind.aggregation not in Aggregation.combined()):
            continue
        a = own.get(code) if ind.aggregation in Aggregation.combined() or code in own_whole else None
        numbers = [x for x in (a, consolidated.get(code)) if isinstance(x, Decimal)]
        if numbers:
            parts[code] = combine.get(ind.aggregation, sum)(numbers) if len(numbers) > 1 else numbers[0]
    total = derive(parts, indicators=catalogue, aggregate=True)
    rows = []
    for code, ind in catalogue.items():
        o = own.get(code) if isinstance(own.get(code), Decimal) else None
        c = consolidated.get(code)
        t = total.get(code) if ind.aggregation in (*Aggregation.combined(), Aggregation.RATIO) else o
        if o is None and c is None and t is None:
            continue
        rows.append(FigureRow(code=code, name=ind.name, kind=ind.value_type, own=o, consolidated=c, total=t))
    return rows
