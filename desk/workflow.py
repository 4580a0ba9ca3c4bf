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
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consolidation import prefill
from desk.notifications import notify_move
from desk.numbering import give_number
from desk.panels import findings
from desk.snapshots import take_snapshot
from desk.stale_numbers import stale_numbers
from reform_portal.numbers import format_date
from reports import states
from reports.models import Report, Transition
from reports.states import ReportState as S
from units.access import Action, allowed


@dataclass(frozen=True)
class Move:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str
    permission: Action
    needs_comment: bool = False
    validates: bool = False
    takes_snapshot: bool = False  # store what was sent, for the diff the next reader sees
    style: str = "primary"


MOVES: dict[str, Move] = {
    m.name: m
    for m in [
        Move("submit", gettext_lazy("Send to the leader"), (S.DRAFT, S.RETURNED), S.PENDING_APPROVAL, Action.EDIT, validates=True, takes_snapshot=True),
        Move("approve", gettext_lazy("Approve and send upward"), (S.PENDING_APPROVAL,), S.SUBMITTED, Action.APPROVE, validates=True, takes_snapshot=True, style="success"),
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
    return report.state in states.EDITABLE and allowed(user, Action.EDIT, report.unit)


def apply_move(*, report: Report, user, move_name: str, seen_state: str, comment: str = "") -> Transition:
    """Move ``report`` by ``move_name`` if the user may, from the state they saw.

    Raises WorkflowError with a message for the user when the move is not
    allowed, the report changed state meanwhile (e.g. a double submit), a
    required comment is missing, or validation errors remain. Everything the
    move changes commits together: the state, its ``Transition`` (with the
    snapshot of what was sent), and the consolidated figures that follow it;
    only the e-mail waits for the commit.
    """
    move = MOVES.get(move_name)
    if move is None:
        raise WorkflowError(_("Unknown action."))
    comment = comment.strip()
    with transaction.atomic():
        # The same row lock as every save of the unit's data (reports.locking.lock_for_change).
        locked = Report.objects.select_for_update(of=("self",)).select_related("unit", "period").get(pk=report.pk)
        _check(move, locked, user=user, seen_state=seen_state, comment=comment)
        _claim(locked, move=move, seen_state=seen_state)
        freezes = locked.state in states.EDITABLE and move.target in states.FROZEN
        if freezes and not comment:
            _check_typed_numbers(locked)
        if locked.state == S.PENDING_APPROVAL and move.target == S.SUBMITTED:
            # The leader signs and sends it: it goes up numbered and dated, and its snapshot and PDF say so.
            give_number(locked, user=user)
        if freezes and locked.unit.has_units_below:
            # The consolidating unit sends its report: the consolidated part is fixed as it is now.
            prefill.refresh(unit=locked.unit, period=locked.period, trigger=move.name, user=user, force=True)
        transition = Transition.objects.create(
            report=locked,
            action=move.name,
            from_state=locked.state,
            to_state=move.target,
            actor=user,
            comment=comment,
            report_version=locked.version,
            snapshot=take_snapshot(locked) if move.takes_snapshot else {},
        )
        was_accepted = locked.state == S.ACCEPTED
        _set_state(locked, move.target)
        if was_accepted or move.target == S.ACCEPTED:
            # The units above add up accepted reports only: their consolidated figures follow this one.
            prefill.refresh_above(report=locked, trigger=move.name, user=user)
        transaction.on_commit(lambda: notify_move(transition_id=transition.pk))
    report.state = locked.state
    return transition


def _check(move: Move, report: Report, *, user, seen_state: str, comment: str) -> None:
    if report.state != seen_state:
        raise _already(report, move=move, seen_state=seen_state)
    if report.state not in move.sources or not allowed(user, move.permission, report.unit):
        raise WorkflowError(_("You may not do this with the report in its current state."), code="forbidden")
    if move.needs_comment and not comment:
        raise WorkflowError(_("Please write a comment explaining why."), code="comment")
    if move.validates:
        problems = [finding for finding in findings(report) if finding.blocks_submission]
        if problems:
            raise WorkflowError(
                _("The report cannot be sent while %(count)d problem(s) in its figures remain unresolved."),
                params={"count": len(problems)},
                code="findings",
            )


def _claim(report: Report, *, move: Move, seen_state: str) -> None:
    """Compare-and-set on the state read under the row lock: where the database has no row locks
    (SQLite), a second request that read the same state finds it changed here, and moves nothing."""
    if not Report.objects.filter(pk=report.pk, state=report.state).update(updated_at=timezone.now()):
        raise _already(Report.objects.get(pk=report.pk), move=move, seen_state=seen_state)


def _already(report: Report, *, move: Move, seen_state: str) -> WorkflowError:
    """The report moved since the user saw it: nothing changes.

    When its last move is this very move from the state the user saw, the request is a repeat (a double
    click, or a retry after the answer to the first one was lost) and what the user asked for is done:
    code "done", said as such. Otherwise someone else moved it: code "stale".
    """
    last = report.transitions.order_by("-at", "-pk").first()
    if last and (last.action, last.from_state, last.to_state) == (move.name, seen_state, report.state):
        if move.target in (S.PENDING_APPROVAL, S.SUBMITTED):
            message = _("Already sent: the report was sent at %(time)s and is “%(state)s”; it was not sent twice.")
        else:
            message = _("Already done: “%(move)s” was recorded at %(time)s and the report is “%(state)s”.")
        at = localtime(last.at)
        return WorkflowError(
            message,
            params={
                "move": move.label,
                "time": f"{at:%H:%M} {format_date(at.date())}",
                "state": report.get_state_display(),
            },
            code="done",
        )
    return WorkflowError(
        _("This report is already “%(state)s”; nothing was changed. The page now shows its current state."),
        params={"state": report.get_state_display()},
        code="stale",
    )


def _check_typed_numbers(report: Report) -> None:
    """Numbers typed in the text that the figures no longer hold need a word before the report is sent."""
    stale = stale_numbers(report)
    if stale:
        listed = "; ".join(
            _("“%(typed)s” in %(where)s (now %(now)s)") % {"typed": s.typed, "where": s.where, "now": s.now or "—"}
            for s in stale
        )
        raise WorkflowError(
            _("The text still has numbers the figures no longer hold: %(listed)s. Correct them, insert the figures "
              "as live blocks, or explain in the comment why they stay, then send again.")
            % {"listed": listed},
            code="stale_numbers",
        )  # fmt: skip


def _set_state(report: Report, target: str) -> None:
    """The new state, with the dates the board and the timeliness figures read."""
    fields = ["state", "updated_at"]
    if target == S.SUBMITTED and report.submitted_at is None:
        # Timeliness is judged on the first time the report went up, not on a resubmission.
        report.submitted_at, fields = timezone.now(), [*fields, "submitted_at"]
    if target == S.ACCEPTED:
        report.accepted_at, fields = timezone.now(), [*fields, "accepted_at"]
    elif report.state == S.ACCEPTED:
        report.accepted_at, fields = None, [*fields, "accepted_at"]
    report.state = target
    report.save(update_fields=fields)
