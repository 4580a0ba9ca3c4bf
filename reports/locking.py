"""Whether a unit's data for a period may still change, and the two errors every save can raise.

The one rule: what a report in ``states.FROZEN`` (sent to the leader, sent
upward or accepted) covers cannot change until the report is returned or
reopened. Its narrative, the unit's figures for its period, the task table
it printed and the documents of the unit's register dated in its data
window are frozen with it.

Every change of such data first takes the row lock on the reports it could
alter (``lock_reports``), the lock a workflow move takes
(``desk.workflow.apply_move``), inside the change's transaction, and only
then checks and writes. So a change and a submission cannot interleave: the
change lands before the move's snapshot and validation, or it sees the
frozen report and is refused (``ReportFrozen``; ``refusal`` words it,
naming the report). ``lock_for_change`` is that for a unit's figures of a
period; plans.services applies it to tasks and to the document register.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext
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


def refusal(report: Report, *, alters: str) -> ReportFrozen:
    """The refusal of a change that would alter what the frozen ``report`` printed (``alters`` says what)."""
    return ReportFrozen(
        gettext(
            "The report for %(period)s has been sent and this change would alter %(alters)s. The reviewer can "
            "reopen the report (or the leader return it while it awaits approval); the change can be saved after "
            "that."
        )
        % {"period": report.period.name, "alters": alters}
    )


def figures_locked(*, unit, period) -> bool:
    """True once a report of the unit for the period has left the drafting states."""
    return Report.objects.filter(unit=unit, period=period, state__in=states.FROZEN).exists()


def covering(day: dt.date) -> Q:
    """The reports whose data window holds ``day``: their period's cut-off window, or their own dates."""
    return Q(period__cutoff_start__lte=day, period__cutoff_end__gte=day) | Q(cutoff_start__lte=day, cutoff_end__gte=day)


def lock_reports(which: Q) -> list[Report]:
    """Lock the reports ``which`` selects (in id order, the row lock a workflow move takes); return the frozen ones.

    Must run inside the caller's transaction, before it checks anything: the lock is held until it
    commits. The frozen reports come with their period (for ``refusal``).
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock_reports() must run inside transaction.atomic()")
    reports = Report.objects.select_for_update(of=("self",)).filter(which).select_related("period").order_by("pk")
    return [report for report in reports if report.state in states.FROZEN]


def lock_for_change(*, unit, period) -> None:
    """Lock the unit's reports for the period and raise ReportFrozen if one is frozen.

    Must run inside the caller's transaction: the lock is held until it commits.
    """
    if lock_reports(Q(unit=unit, period=period)):
        raise ReportFrozen
