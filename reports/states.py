"""The states of a report, and the named sets every app asks about.

    draft ─▶ pending_approval ─▶ submitted ─▶ accepted
      ▲            │                 │            │
      └── returned ◀─────────────────┴────────────┘

The moves between them (who may move a report, with what checks and side
effects) are desk.workflow's; this module only names the states and what
they mean for the data behind a report.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING_APPROVAL = "pending_approval", _("Awaiting the leader")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned")
    ACCEPTED = "accepted", _("Accepted")


# The unit may still change the report's narrative, figures and plan.
EDITABLE = frozenset({ReportState.DRAFT, ReportState.RETURNED})
# Everything else: the data is frozen as it was sent (to the leader, upward, or accepted).
FROZEN = frozenset(ReportState) - EDITABLE
# Sent upward: the unit above sees the report and counts it as received.
SENT = frozenset({ReportState.SUBMITTED, ReportState.ACCEPTED})
# A reviewer comments on a section or a figure sheet of what was sent to it, or of what it returned.
COMMENTABLE = SENT | {ReportState.RETURNED}


def counted(*, provisional: bool) -> frozenset:
    """The states whose figures a consolidation adds up: accepted ones, plus submitted ones when provisional."""
    return SENT if provisional else frozenset({ReportState.ACCEPTED})
