"""Status derivation at the boundary dates; the database filters agree with the Python rule."""

import datetime as dt

import pytest

from plans.models import Task
from plans.status import TaskStatus, status_q, task_status
from tests.plans.factories import d, plan, task

S = TaskStatus
CASES = [
    # deadline, completed_on, on, expected
    ("30/06/2023", None, "30/06/2023", S.PENDING_WITHIN_DEADLINE),  # due today: not yet overdue
    ("30/06/2023", None, "01/07/2023", S.PENDING_OVERDUE),  # the day after the deadline
    ("30/06/2023", "30/06/2023", "30/06/2023", S.DONE_ON_TIME),  # done on the deadline
    ("30/06/2023", "01/07/2023", "01/07/2023", S.DONE_LATE),  # done a day late
    ("30/06/2023", "01/07/2023", "30/06/2023", S.PENDING_WITHIN_DEADLINE),  # done after `on` counts as not done
    ("30/06/2023", "05/07/2023", "03/07/2023", S.PENDING_OVERDUE),  # done later, but overdue at `on`
    ("30/06/2023", "20/06/2023", "25/06/2023", S.DONE_ON_TIME),  # done early
    (None, None, "31/12/2099", S.PENDING_WITHIN_DEADLINE),  # no deadline: never overdue
    (None, "31/12/2023", "31/12/2023", S.DONE_ON_TIME),  # no deadline: never late
]


@pytest.mark.parametrize(("deadline", "completed", "on", "expected"), CASES)
def test_status_in_python(deadline, completed, on, expected):
    t = Task(deadline=deadline and d(deadline), completed_on=completed and d(completed))
    assert task_status(t, d(on)) == expected


@pytest.mark.parametrize(("deadline", "completed", "on", "expected"), CASES)
def test_database_filters_agree(tinh_chau, deadline, completed, on, expected):
    t = task(plan(tinh_chau), deadline=deadline, completed_on=completed)
    matching = [s for s in TaskStatus if Task.objects.filter(status_q(s, d(on)), pk=t.pk).exists()]
    assert matching == [expected]


def test_status_flags():
    assert S.DONE_LATE.is_done and not S.PENDING_OVERDUE.is_done
    assert task_status(Task(deadline=dt.date(2023, 1, 1)), dt.date(2023, 1, 2)) is S.PENDING_OVERDUE
