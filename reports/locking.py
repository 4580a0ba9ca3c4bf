"""Whether a unit's data for a period may still change, and the two errors every save can raise.

Narrative, figures and plan tasks are frozen once a report of the unit for
the period has left the drafting states (sent to the leader, sent upward or
accepted); returning or reopening the report unfreezes them.

A save that changes a unit's data for a period calls ``lock_for_change``
inside its transaction: it takes the row lock on the unit's reports for the
period, the same lock a workflow move takes (``desk.workflow.apply_move``),
so a save and a submission cannot interleave: the save lands before the
move's snapshot and validation, or it sees the frozen report and is refused.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from reports import states
from reports.models import Report


class ReportFrozen(ValidationError):
    """The report has been sent: its narrative, figures and plan no longer change."""

    def __init__(self, message=None):
        super().__init__(message or _("The report has been sent; its figures can no longer be changed."), "frozen")


class StaleVersion(ValidationError):
    """Someone saved the same thing after this user opened it; nothing was overwritten.

    ``current`` is what is stored now, for the page that shows the user the difference.
    """

    def __init__(self, message=None, *, current=None):
        super().__init__(
            message or _("Someone else changed this in the meantime. Reload to see their version."), "stale"
        )
        self.current = current


def figures_locked(*, unit, period) -> bool:
    """True once a report of the unit for the period has left the drafting states."""
    return Report.objects.filter(unit=unit, period=period, state__in=states.FROZEN).exists()


def lock_for_change(*, unit, period) -> list[Report]:
    """Lock the unit's reports for the period (in id order) and raise ReportFrozen if one is frozen.

    Must run inside the caller's transaction: the lock is held until it commits.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock_for_change() must run inside transaction.atomic()")
    reports = list(Report.objects.select_for_update().filter(unit=unit, period=period).order_by("pk"))
    if any(report.state in states.FROZEN for report in reports):
        raise ReportFrozen
    return reports
