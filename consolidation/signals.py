"""Keep consolidated reports live: a report accepted or reopened below refreshes the units above it.

Connected to ``reports.Transition`` (one row per workflow move) rather than
to the workflow code. The refresh runs after the move commits, so it sees
the report in its new state; a failed move refreshes nothing.
"""

from __future__ import annotations

from django.db import transaction

REFRESHING_MOVES = {"accept", "reopen"}
FINAL_MOVES = {"submit"}  # the consolidating unit sends its own report: the last run is what it sent


def on_transition_saved(sender, instance, created, **kwargs):
    if not created or kwargs.get("raw"):
        return
    action, report_id, user_id = instance.action, instance.report_id, instance.actor_id
    if action in REFRESHING_MOVES:
        transaction.on_commit(lambda: _refresh_above(report_id, action, user_id))
    elif action in FINAL_MOVES:
        transaction.on_commit(lambda: _final_run(report_id, user_id))


def _refresh_above(report_id: int, action: str, user_id: int | None) -> None:
    from consolidation.prefill import refresh_above

    refresh_above(report_id=report_id, trigger=action, user_id=user_id)


def _final_run(report_id: int, user_id: int | None) -> None:
    from consolidation.prefill import refresh
    from reports.models import Report
    from units.models import Unit

    report = Report.objects.select_related("unit", "period").filter(pk=report_id).first()
    if report is None or not Unit.objects.filter(parent=report.unit).exists():
        return  # nothing below this unit to consolidate
    refresh(unit=report.unit, period=report.period, trigger="submit", user=user_id, force=True)
