"""The task summary of a report: seed 001's table, appendix items 1.1 and 1.2.

Counted once, for one unit or any set of units: ``task_summaries`` groups
the tasks by reform field and plan kind in the database with the status
rules of plans.status (two queries), and ``plan_figures`` turns the two
tables and the directing documents into the appendix figures. A unit's own
report (the statistics provider) and a consolidation over the units below
both go through them, so they cannot count differently. The total row is
the sum of the rows, so it cannot disagree with them (seed 001 prints
38 / 1 / 1 / 0 under rows that add up to 37 / 1 / 2 / 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from django.db.models import Count, Q, QuerySet

from plans.models import Document, Plan, PlanKind, ReformField, Task
from plans.status import TaskStatus, status_q


@dataclass(frozen=True)
class SummaryRow:
    number: int | None  # STT; None for the total row
    code: str
    name: str
    planned: int = 0
    done_on_time: int = 0
    done_late: int = 0
    pending_within: int = 0
    pending_overdue: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def pending(self) -> int:
        return self.pending_within + self.pending_overdue

    def count_of(self, status: TaskStatus) -> int:
        return {
            TaskStatus.DONE_ON_TIME: self.done_on_time,
            TaskStatus.DONE_LATE: self.done_late,
            TaskStatus.PENDING_WITHIN_DEADLINE: self.pending_within,
            TaskStatus.PENDING_OVERDUE: self.pending_overdue,
        }[TaskStatus(status)]


COUNTED = ("planned", "done_on_time", "done_late", "pending_within", "pending_overdue")


@dataclass(frozen=True)
class TaskSummary:
    unit: object
    year: int
    on: dt.date
    assigned: bool
    rows: list[SummaryRow] = field(default_factory=list)

    @property
    def total(self) -> SummaryRow:
        sums = {name: sum(getattr(row, name) for row in self.rows) for name in COUNTED}
        return SummaryRow(number=None, code="total", name="Tổng cộng", **sums)


class TaskSummaries(NamedTuple):
    """The two tables of a report: the unit's own plan and the tasks assigned by the level above."""

    own: TaskSummary
    assigned: TaskSummary


def with_rows(summary: TaskSummary, stored: list[list]) -> TaskSummary:
    """``summary`` with counts per reform field added: ``[code, name, planned, on time, late, within, overdue]``
    rows, as a consolidation run stores its units' tables. A field only ``stored`` has comes last."""
    extra = {row[0]: row for row in stored}
    rows = []
    for row in summary.rows:
        more = extra.pop(row.code, None)
        counts = {name: getattr(row, name) + (more[2 + i] if more else 0) for i, name in enumerate(COUNTED)}
        rows.append(SummaryRow(number=row.number, code=row.code, name=row.name, **counts))
    for code, row in extra.items():
        counts = dict(zip(COUNTED, row[2:], strict=True))
        rows.append(SummaryRow(number=len(rows) + 1, code=code, name=row[1], **counts))
    return TaskSummary(unit=summary.unit, year=summary.year, on=summary.on, assigned=summary.assigned, rows=rows)


STATUS_COLUMNS = {
    "done_on_time": TaskStatus.DONE_ON_TIME,
    "done_late": TaskStatus.DONE_LATE,
    "pending_within": TaskStatus.PENDING_WITHIN_DEADLINE,
    "pending_overdue": TaskStatus.PENDING_OVERDUE,
}


def _plans_of(units) -> Q:
    """A unit, or any queryset of units (e.g. the units a consolidation counts, as a subquery)."""
    if isinstance(units, QuerySet):
        return Q(plan__unit__in=units)
    return Q(plan__unit=units)


def task_summaries(*, units, year: int, on: dt.date, unit=None) -> TaskSummaries:
    """Tasks of the plans of ``units`` for ``year`` per reform field and plan kind, by status at the end of ``on``.

    ``units`` is one unit or a queryset of units (their tasks are added up); ``unit`` names whose
    summary it is (default: ``units`` itself when it is one unit). Two queries whatever the number of
    units or tasks: the tasks are filtered first (by the units' plans for the year) and grouped by
    field and plan kind, so the work follows the units asked about, not the size of the task table;
    then the reform fields. Every active field has a row (zero rows included, as the printed table
    has them); an inactive field appears only in a table where it still has tasks.
    """
    if unit is None and not isinstance(units, QuerySet):
        unit = units
    counts = {
        (row["field_id"], row["plan__kind"]): row
        for row in Task.objects.filter(_plans_of(units), plan__year=year)
        .values("field_id", "plan__kind")
        .annotate(
            planned=Count("pk"), **{name: Count("pk", filter=status_q(st, on)) for name, st in STATUS_COLUMNS.items()}
        )
        .order_by()
    }
    fields = list(ReformField.objects.order_by("order", "code"))
    summaries = []
    for kind in (PlanKind.OWN, PlanKind.ASSIGNED):
        rows = []
        for f in fields:
            found = counts.get((f.pk, kind))
            if f.is_active or found:
                numbers = {name: found[name] if found else 0 for name in COUNTED}
                rows.append(SummaryRow(number=len(rows) + 1, code=f.code, name=f.name, **numbers))
        summaries.append(TaskSummary(unit=unit, year=year, on=on, assigned=kind == PlanKind.ASSIGNED, rows=rows))
    return TaskSummaries(*summaries)


def task_summary(*, unit, year: int, on: dt.date, assigned: bool = False) -> TaskSummary:
    """One of ``unit``'s two task tables (its own plan, or the assigned tasks) at the end of day ``on``."""
    both = task_summaries(units=unit, year=year, on=on)
    return both.assigned if assigned else both.own


def plan_for(*, unit, year: int, assigned: bool = False) -> Plan | None:
    kind = PlanKind.ASSIGNED if assigned else PlanKind.OWN
    return Plan.objects.filter(unit=unit, year=year, kind=kind).select_related("decision", "decision__unit").first()


def directing_documents(*, units, start: dt.date, end: dt.date) -> QuerySet[Document]:
    """Documents directing administrative reform that ``units`` (a unit or a queryset) issued in [start, end]."""
    issuer = Q(unit__in=units) if isinstance(units, QuerySet) else Q(unit=units)
    return Document.objects.filter(issuer, is_reform_directive=True, issued_on__gte=start, issued_on__lte=end)


APPENDIX_CODES = (
    "plan.tasks.planned",
    "plan.tasks.done",
    "plan.directing_documents",
    "assigned.tasks.total",
    "assigned.tasks.on_time",
    "assigned.tasks.late",
)


def plan_figures(summaries: TaskSummaries, *, documents: int) -> dict[str, Decimal]:
    """Appendix items 1.1 and 1.2 of seed 001 from the two task tables and the directing documents count."""
    own, assigned = summaries.own.total, summaries.assigned.total
    return {
        "plan.tasks.planned": Decimal(own.planned),
        "plan.tasks.done": Decimal(own.done),
        "plan.directing_documents": Decimal(documents),
        "assigned.tasks.total": Decimal(assigned.planned),
        "assigned.tasks.on_time": Decimal(assigned.done_on_time),
        "assigned.tasks.late": Decimal(assigned.done_late),
    }


def period_figures(*, units, period, unit=None) -> tuple[TaskSummaries, dict[str, Decimal]]:
    """The task tables of ``units`` at the period's cut-off end and the appendix figures. Three queries."""
    summaries = task_summaries(units=units, year=period.year, on=period.cutoff_end, unit=unit)
    documents = directing_documents(units=units, start=period.cutoff_start, end=period.cutoff_end).count()
    return summaries, plan_figures(summaries, documents=documents)


def units_with_tasks(*, units, year: int) -> dict[str, int]:
    """How many of ``units`` have tasks in their own plan and in the assigned one for ``year``: one query.

    The coverage of a consolidation's task figures ("Tổng số nhiệm vụ … (1/20 xã có kế hoạch)").
    """
    rows = (
        Task.objects.filter(_plans_of(units), plan__year=year)
        .values("plan__kind")
        .annotate(units=Count("plan__unit", distinct=True))
        .order_by()
    )
    counts = {row["plan__kind"]: row["units"] for row in rows}
    own, assigned = counts.get(PlanKind.OWN, 0), counts.get(PlanKind.ASSIGNED, 0)
    return {
        **dict.fromkeys(("plan.tasks.planned", "plan.tasks.done", "plan.rate.done"), own),
        **dict.fromkeys(("assigned.tasks.total", "assigned.tasks.on_time", "assigned.tasks.late"), assigned),
    }


def appendix_figures(*, unit, period) -> dict[str, Decimal]:
    """Appendix items 1.1 and 1.2 for ``unit``: the statistics provider of the plans app. Three queries."""
    return period_figures(units=unit, period=period)[1]
