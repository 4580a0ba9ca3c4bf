"""Whether a unit's data for a period may still change.

Figures, like narrative, are frozen once a report of the unit for the
period has left the drafting states (sent to the leader, sent upward or
accepted); returning or reopening the report unfreezes them.
"""

from reports.models import Report, ReportState

EDITABLE_STATES = (ReportState.DRAFT, ReportState.RETURNED)


def figures_locked(*, unit, period) -> bool:
    return Report.objects.filter(unit=unit, period=period).exclude(state__in=EDITABLE_STATES).exists()
