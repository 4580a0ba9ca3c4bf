"""A task's status at a given day, derived from its deadline and completion date.

The rules, in one place (the Python function and the database filters below
must agree; tests check both on the same boundary cases):

- a task completed after the day ``on`` counts as not done at ``on``;
- completed on or before its deadline is on time (done ON the deadline is on time);
- not done is overdue only from the day after its deadline (due today is still within);
- a task without a deadline is never overdue and never late.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TaskStatus(models.TextChoices):
    DONE_ON_TIME = "done_on_time", _("Done on time")
    DONE_LATE = "done_late", _("Done late")
    PENDING_WITHIN_DEADLINE = "pending_within_deadline", _("In progress, within deadline")
    PENDING_OVERDUE = "pending_overdue", _("Not done, overdue")

    @property
    def is_done(self) -> bool:
        return self in (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)


# Bootstrap colours for the badges.
BADGE_CLASSES = {
    TaskStatus.DONE_ON_TIME: "text-bg-success",
    TaskStatus.DONE_LATE: "text-bg-warning",
    TaskStatus.PENDING_WITHIN_DEADLINE: "text-bg-secondary",
    TaskStatus.PENDING_OVERDUE: "text-bg-danger",
}


def task_status(task, on: dt.date) -> TaskStatus:
    """The status of ``task`` (anything with ``deadline`` and ``completed_on``) at the end of day ``on``."""
    completed, deadline = task.completed_on, task.deadline
    if completed is not None and completed <= on:
        if deadline is None or completed <= deadline:
            return TaskStatus.DONE_ON_TIME
        return TaskStatus.DONE_LATE
    if deadline is None or on <= deadline:
        return TaskStatus.PENDING_WITHIN_DEADLINE
    return TaskStatus.PENDING_OVERDUE


def status_q(status: TaskStatus, on: dt.date, *, prefix: str = "") -> Q:
    """The same rule as a filter on Task (or on a relation to it, through ``prefix``)."""
    p = prefix
    done = Q(**{f"{p}completed_on__isnull": False, f"{p}completed_on__lte": on})
    # Written without negation so that it stays a plain condition inside an aggregate's FILTER.
    not_done = Q(**{f"{p}completed_on__isnull": True}) | Q(**{f"{p}completed_on__gt": on})
    no_deadline = Q(**{f"{p}deadline__isnull": True})
    match TaskStatus(status):
        case TaskStatus.DONE_ON_TIME:
            return done & (no_deadline | Q(**{f"{p}completed_on__lte": models.F(f"{p}deadline")}))
        case TaskStatus.DONE_LATE:
            return done & Q(**{f"{p}deadline__isnull": False, f"{p}completed_on__gt": models.F(f"{p}deadline")})
        case TaskStatus.PENDING_WITHIN_DEADLINE:
            return not_done & (no_deadline | Q(**{f"{p}deadline__gte": on}))
        case TaskStatus.PENDING_OVERDUE:
            return not_done & Q(**{f"{p}deadline__isnull": False, f"{p}deadline__lt": on})
    raise ValueError(status)
