"""Read-side queries for report pages. Every list goes through units.access."""

from __future__ import annotations

import datetime as dt

from reports.models import Period
from units import access
from units.models import Role


def current_periods(*, today: dt.date, limit: int = 8) -> list[Period]:
    """Periods whose window has started, nearest due date first, then the next ones."""
    return list(Period.objects.filter(cutoff_start__lte=today).order_by("-due_date")[:limit])


def home_context(*, user, today: dt.date) -> dict:
    memberships = access.memberships_of(user)
    roles = {m.role for m in memberships}
    reviewed = access.reviewed_units(user)
    reviewed_children = []
    if reviewed:
        children = access.units_where(user, access.Action.REVIEW).select_related("parent").order_by("path")
        by_parent: dict[int, list] = {}
        for child in children:
            by_parent.setdefault(child.parent_id, []).append(child)
        reviewed_children = [(unit, by_parent.get(unit.pk, [])) for unit in reviewed]
    return {
        "memberships": memberships,
        "is_reporter": bool(roles & {Role.CLERK, Role.LEADER}),
        "is_reviewer": Role.REVIEWER in roles,
        "is_admin": Role.ADMIN in roles or user.is_superuser,
        "reviewed_children": reviewed_children,
        "periods": current_periods(today=today),
        "today": today,
    }
