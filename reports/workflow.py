"""The report workflow: which move is allowed to whom, in one screen.

    draft ──submit──▶ pending_approval ──approve──▶ submitted ──accept──▶ accepted
      ▲                    │                           │                     │
      └──── returned ◀─────┴────────── return ─────────┘◀────── reopen ──────┘

Every move records who, when and why (``Transition``) in the same
transaction as the state change; e-mails go out only after commit. A move
is applied only if the report is still in the state the user saw, so a
double-clicked button moves the report once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.models import Report, ReportState, Transition
from units.access import Action, allowed

S = ReportState


@dataclass(frozen=True)
class Move:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str
    permission: Action
    needs_comment: bool = False
    validates: bool = False
    style: str = "primary"


MOVES: dict[str, Move] = {
    m.name: m
    for m in [
        Move("submit", gettext_lazy("Send to the leader"), (S.DRAFT, S.RETURNED), S.PENDING_APPROVAL, Action.EDIT, validates=True),
        Move("approve", gettext_lazy("Approve and send upward"), (S.PENDING_APPROVAL,), S.SUBMITTED, Action.APPROVE, validates=True, style="success"),
        Move("send_back", gettext_lazy("Return to the clerk"), (S.PENDING_APPROVAL,), S.RETURNED, Action.APPROVE, needs_comment=True, style="outline-danger"),
        Move("accept", gettext_lazy("Accept"), (S.SUBMITTED,), S.ACCEPTED, Action.REVIEW, style="success"),
        Move("return", gettext_lazy("Return with comments"), (S.SUBMITTED,), S.RETURNED, Action.REVIEW, needs_comment=True, style="outline-danger"),
        Move("reopen", gettext_lazy("Reopen"), (S.ACCEPTED,), S.RETURNED, Action.REVIEW, needs_comment=True, style="outline-secondary"),
    ]
}  # fmt: skip


class WorkflowError(ValidationError):
    pass


def available_moves(*, report: Report, user) -> list[Move]:
    return [m for m in MOVES.values() if report.state in m.sources and allowed(user, m.permission, report.unit)]


def can_edit(*, report: Report, user) -> bool:
    """Narrative and figures change only while drafting, and only by the unit's clerks."""
    return report.is_editable_state and allowed(user, Action.EDIT, report.unit)


def blocking_findings(report: Report) -> list:
    from indicators.validation import blocking_findings as figures_findings

    return figures_findings(unit=report.unit, period=report.period)


def apply_move(*, report: Report, user, move_name: str, seen_state: str, comment: str = "") -> Transition:
    """Move ``report`` by ``move_name`` if the user may, from the state they saw.

    Raises WorkflowError with a message for the user when the move is not
    allowed, the report changed state meanwhile (e.g. a double submit), a
    required comment is missing, or validation errors remain.
    """
    move = MOVES.get(move_name)
    if move is None:
        raise WorkflowError(_("Unknown action."))
    comment = comment.strip()
    with transaction.atomic():
        locked = Report.objects.select_for_update().select_related("unit", "period").get(pk=report.pk)
        if locked.state != seen_state:
            raise WorkflowError(
                _("This report is already “%(state)s”; nothing was changed. The page now shows its current state."),
                params={"state": locked.get_state_display()},
                code="stale",
            )
        if locked.state not in move.sources or not allowed(user, move.permission, locked.unit):
            raise WorkflowError(_("You may not do this with the report in its current state."), code="forbidden")
        if move.needs_comment and not comment:
            raise WorkflowError(_("Please write a comment explaining why."), code="comment")
        if move.validates:
            problems = blocking_findings(locked)
            if problems:
                raise WorkflowError(
                    _("The report cannot be sent while %(count)d problem(s) in its figures remain unresolved."),
                    params={"count": len(problems)},
                    code="findings",
                )
        from reports.snapshots import take_snapshot

        now = timezone.now()
        transition = Transition.objects.create(
            report=locked,
            action=move.name,
            from_state=locked.state,
            to_state=move.target,
            actor=user,
            comment=comment,
            report_version=locked.version,
            snapshot=take_snapshot(locked) if move.name in ("submit", "approve") else {},
        )
        locked.state = move.target
        fields = ["state", "updated_at"]
        if move.target == S.SUBMITTED and locked.submitted_at is None:
            # Timeliness is judged on the first time the report went up, not on a resubmission.
            locked.submitted_at, fields = now, [*fields, "submitted_at"]
        if move.target == S.ACCEPTED:
            locked.accepted_at, fields = now, [*fields, "accepted_at"]
        if move.name == "reopen":
            locked.accepted_at, fields = None, [*fields, "accepted_at"]
        locked.save(update_fields=fields)

        from reports.notifications import notify_move

        transaction.on_commit(lambda: notify_move(transition_id=transition.pk))
    report.state = locked.state
    return transition
