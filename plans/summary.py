"""The task summary of a report: seed 001's table, appendix items 1.1 and 1.2.

Everything is counted by the database in a constant number of queries, with
the status rules of plans.status; the total row is the sum of the rows, so
it cannot disagree with them (seed 001 prints 38 / 1 / 1 / 0 under rows that
add up to 37 / 1 / 2 / 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q

from plans.models import Document, Plan, PlanKind, ReformField
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


def _counts(on: dt.date, plan_q: Q) -> dict[str, Count]:
    def count(extra: Q | None = None) -> Count:
        return Count("tasks", filter=plan_q if extra is None else plan_q & extra)

    return {
        "planned": count(),
        "done_on_time": count(status_q(TaskStatus.DONE_ON_TIME, on, prefix="tasks__")),
        "done_late": count(status_q(TaskStatus.DONE_LATE, on, prefix="tasks__")),
        "pending_within": count(status_q(TaskStatus.PENDING_WITHIN_DEADLINE, on, prefix="tasks__")),
        "pending_overdue": count(status_q(TaskStatus.PENDING_OVERDUE, on, prefix="tasks__")),
    }


def task_summary(*, unit, year: int, on: dt.date, assigned: bool = False) -> TaskSummary:
    """Tasks of ``unit``'s plan for ``year`` per reform field, by status at the end of day ``on``. One query.

    Every active field has a row (zero rows included, as the printed table
    has them); an inactive field appears only while it still has tasks.
    """
    kind = PlanKind.ASSIGNED if assigned else PlanKind.OWN
    plan_q = Q(tasks__plan__unit=unit, tasks__plan__year=year, tasks__plan__kind=kind)
    fields = (
        ReformField.objects.annotate(**_counts(on, plan_q))
        .filter(Q(is_active=True) | Q(planned__gt=0))
        .order_by("order", "code")
        .values("code", "name", *COUNTED)
    )
    rows = [SummaryRow(number=i, **values) for i, values in enumerate(fields, start=1)]
    return TaskSummary(unit=unit, year=year, on=on, assigned=assigned, rows=rows)


def plan_for(*, unit, year: int, assigned: bool = False) -> Plan | None:
    kind = PlanKind.ASSIGNED if assigned else PlanKind.OWN
    return Plan.objects.filter(unit=unit, year=year, kind=kind).select_related("decision", "decision__unit").first()


def directing_documents(*, unit, start: dt.date, end: dt.date):
    """Documents directing administrative reform that ``unit`` issued in [start, end]."""
    return Document.objects.filter(unit=unit, is_reform_directive=True, issued_on__gte=start, issued_on__lte=end)


APPENDIX_CODES = (
    "plan.tasks.planned",
    "plan.tasks.done",
    "plan.directing_documents",
    "assigned.tasks.total",
    "assigned.tasks.on_time",
    "assigned.tasks.late",
)


def appendix_figures(*, unit, period) -> dict[str, Decimal]:
    """Appendix items 1.1 and 1.2 of seed 001 for ``unit`` at the period's cut-off end. Three queries."""
    on, year = period.cutoff_end, period.year
    own = task_summary(unit=unit, year=year, on=on).total
    upper = task_summary(unit=unit, year=year, on=on, assigned=True).total
    documents = directing_documents(unit=unit, start=period.cutoff_start, end=period.cutoff_end).count()
    return {
        "plan.tasks.planned": Decimal(own.planned),
        "plan.tasks.done": Decimal(own.done),
        "plan.directing_documents": Decimal(documents),
        "assigned.tasks.total": Decimal(upper.planned),
        "assigned.tasks.on_time": Decimal(upper.done_on_time),
        "assigned.tasks.late": Decimal(upper.done_late),
    }
