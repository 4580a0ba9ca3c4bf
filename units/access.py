"""Who may see or do what: the one place that decides.

Every view and every query that lists units, reports or values goes through
this module: ``allowed()`` answers a yes/no question about one unit,
``units_where()`` and ``scope()`` turn the same policy into a queryset
filter, and ``unit_for_user()`` fetches a unit for a user or raises 404, so
a guessed URL of another unit's page looks exactly like a missing one.

The policy reads in one screen: for each role, which actions it grants and
over which units relative to the member's own unit.
"""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from units.models import Membership, Role, Unit


class Action(StrEnum):
    VIEW = "view"  # read the unit's reports, figures and plans
    EDIT = "edit"  # draft the unit's own report, figures, plan
    APPROVE = "approve"  # the unit's leader approves its own report before it goes up
    REVIEW = "review"  # return or accept reports sent up by the units directly below
    CONSOLIDATE = "consolidate"  # consolidate the units below into this unit's report
    ADMINISTER = "administer"  # manage units, people and the catalogue
    # export every report of the unit and of all units below it in one background job: only for those who
    # see that whole subtree (the roles whose VIEW reaches the subtree), never for a clerk or a leader
    EXPORT_SUBTREE = "export_subtree"
    # PAR INDEX / SIPAS (scorecards): the province's council appraises the self-assessments of the units
    # directly below, and the province publishes the results of its frameworks
    APPRAISE = "appraise"
    PUBLISH_SCORES = "publish_scores"
    # read the unit's board and consolidation: how the units below stand and what their figures add up to;
    # without CONSOLIDATE, read only (no reminder, no recalculation)
    FOLLOW = "follow"


class Scope(StrEnum):
    SELF = "self"  # the member's own unit
    CHILDREN = "children"  # the units directly below it (they report to it)
    SUBTREE = "subtree"  # the unit and every unit below it, at any depth


POLICY: dict[Role, dict[Action, Scope]] = {
    Role.CLERK: {Action.VIEW: Scope.SELF, Action.EDIT: Scope.SELF},
    Role.LEADER: {Action.VIEW: Scope.SELF, Action.APPROVE: Scope.SELF},
    Role.REVIEWER: {
        Action.VIEW: Scope.SUBTREE,
        Action.REVIEW: Scope.CHILDREN,
        Action.CONSOLIDATE: Scope.SELF,
        Action.APPRAISE: Scope.CHILDREN,
        Action.PUBLISH_SCORES: Scope.SELF,
        Action.FOLLOW: Scope.SUBTREE,
        Action.EXPORT_SUBTREE: Scope.SUBTREE,
    },
    Role.VIEWER: {Action.VIEW: Scope.SUBTREE, Action.FOLLOW: Scope.SUBTREE, Action.EXPORT_SUBTREE: Scope.SUBTREE},
    Role.ADMIN: {Action.VIEW: Scope.SUBTREE, Action.ADMINISTER: Scope.SUBTREE, Action.EXPORT_SUBTREE: Scope.SUBTREE},
}


class Reads(StrEnum):
    """Which of a unit's reports (and the figures and texts behind them) a role reads."""

    ALL = "all"  # drafts too: the unit's own people, and its administrator
    SENT = "sent"  # what has been sent upward (submitted or accepted), and what the unit above returned
    ACCEPTED = "accepted"  # what the unit above has accepted


# The report states behind SENT and ACCEPTED: reports.states.SENT plus "returned" (the reviewer reads what it
# returned, with its comments), and "accepted". This module sits below the reports app, so it spells the states
# out; tests/units/test_access.py checks them against reports.states.
READ_STATES: dict[Reads, frozenset[str]] = {
    Reads.SENT: frozenset({"submitted", "accepted", "returned"}),
    Reads.ACCEPTED: frozenset({"accepted"}),
}

# VIEW says which units a role sees; READS says which of their reports it reads. A reviewer reads what has
# been sent to it and up through it (and what it returned), never the drafts of the units below; a viewer reads what was accepted
# (and its own unit's report once sent); both read their own unit's boards and consolidations (FOLLOW).
READS: dict[Role, tuple[tuple[Scope, Reads], ...]] = {
    Role.CLERK: ((Scope.SELF, Reads.ALL),),
    Role.LEADER: ((Scope.SELF, Reads.ALL),),
    Role.REVIEWER: ((Scope.SELF, Reads.ALL), (Scope.SUBTREE, Reads.SENT)),
    Role.VIEWER: ((Scope.SELF, Reads.SENT), (Scope.SUBTREE, Reads.ACCEPTED)),
    Role.ADMIN: ((Scope.SUBTREE, Reads.ALL),),
}


def memberships_of(user) -> list[Membership]:
    """The user's memberships with their units, read once per user object (per request)."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_memberships_cache", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("unit").order_by("unit__path", "role"))
        user._memberships_cache = cached
    return cached


def _covers(scope: Scope, member_unit: Unit, unit: Unit) -> bool:
    if scope is Scope.SELF:
        return unit.pk == member_unit.pk
    if scope is Scope.CHILDREN:
        return unit.parent_id == member_unit.pk
    return unit.path.startswith(member_unit.path)


def allowed(user, action: Action, unit: Unit) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(
        (scope := POLICY[Role(m.role)].get(action)) is not None and _covers(scope, m.unit, unit)
        for m in memberships_of(user)
    )


def may_change_national_data(user) -> bool:
    """National data belongs to no unit (the catalogue, templates, periods, the benchmark data set): superusers."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)


def require(user, action: Action, unit: Unit) -> None:
    """Raise PermissionDenied unless allowed; for units the user can already see."""
    if not allowed(user, action, unit):
        raise PermissionDenied


def _scope_q(scope: Scope, member_unit: Unit, prefix: str) -> Q:
    if scope is Scope.SELF:
        return Q(**{f"{prefix}pk": member_unit.pk})
    if scope is Scope.CHILDREN:
        return Q(**{f"{prefix}parent_id": member_unit.pk})
    return Q(**{f"{prefix}path__gte": member_unit.path, f"{prefix}path__lt": member_unit.path_upper_bound})


def units_q(user, action: Action, *, prefix: str = "") -> Q:
    """A filter on Unit (or on a relation to it, through ``prefix``) for the units where ``action`` is allowed."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Q(pk__in=[])
    if user.is_superuser:
        return Q()
    condition = Q(pk__in=[])
    for m in memberships_of(user):
        scope = POLICY[Role(m.role)].get(action)
        if scope is not None:
            condition |= _scope_q(scope, m.unit, prefix)
    return condition


def units_where(user, action: Action = Action.VIEW) -> QuerySet[Unit]:
    return Unit.objects.filter(units_q(user, action))


def visible_units(user) -> QuerySet[Unit]:
    return units_where(user, Action.VIEW)


def scope(queryset: QuerySet, user, action: Action = Action.VIEW, *, unit_field: str = "unit") -> QuerySet:
    """Limit any queryset with a foreign key to Unit to what ``user`` may ``action``."""
    return queryset.filter(units_q(user, action, prefix=f"{unit_field}__"))


def unit_for_user(user, code: str, action: Action = Action.VIEW) -> Unit:
    """The unit with this official code if the user may ``action`` it, else 404.

    A unit the user may see but not act on gives 403; one they may not even
    see gives 404, so guessing codes reveals nothing.
    """
    unit = Unit.objects.select_related("parent").filter(code=code).first()
    if unit is None or not allowed(user, Action.VIEW, unit):
        raise Http404
    if action is not Action.VIEW and not allowed(user, action, unit):
        raise PermissionDenied
    return unit


def readable_states(user, unit: Unit) -> frozenset[str] | None:
    """The states of ``unit``'s reports the user reads: None for every state (drafts too), else a set (maybe empty)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return None
    states: set[str] = set()
    for m in memberships_of(user):
        for scope, reads in READS[Role(m.role)]:
            if _covers(scope, m.unit, unit):
                if reads is Reads.ALL:
                    return None
                states |= READ_STATES[reads]
    return frozenset(states)


def may_read(user, unit: Unit, state: str) -> bool:
    """Whether the user reads a report of ``unit`` in ``state`` (its page, its files, its figures)."""
    states = readable_states(user, unit)
    return states is None or state in states


def reports_q(user, *, prefix: str = "") -> Q:
    """A filter on Report (or on a relation to it, through ``prefix``) for the reports the user reads."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Q(pk__in=[])
    if user.is_superuser:
        return Q()
    condition = Q(pk__in=[])
    for m in memberships_of(user):
        for scope, reads in READS[Role(m.role)]:
            where = _scope_q(scope, m.unit, f"{prefix}unit__")
            if reads is not Reads.ALL:
                where &= Q(**{f"{prefix}state__in": sorted(READ_STATES[reads])})
            condition |= where
    return condition


def require_readable(user, unit: Unit, reports: QuerySet) -> None:
    """404 unless the user reads ``unit``'s data of a period: drafts, or one of ``reports`` they may read.

    ``reports``: the unit's reports of the period (the caller's query; this module sits below the reports
    app). A figures page shows what a report prints, so it opens exactly when such a report does.
    """
    states = readable_states(user, unit)
    if states is not None and not reports.filter(state__in=sorted(states)).exists():
        raise Http404


def roles_in(user, unit: Unit) -> set[Role]:
    """The roles a user holds directly on ``unit`` (for display and home pages)."""
    return {Role(m.role) for m in memberships_of(user) if m.unit_id == unit.pk}


def reviewed_units(user) -> list[Unit]:
    """Units where the user reviews the units directly below (their boards)."""
    return [m.unit for m in memberships_of(user) if m.role == Role.REVIEWER]


def followed_units(user) -> list[Unit]:
    """Units whose boards the user reads without reviewing them (a viewer's province): their home's boards."""
    reviewed = {u.pk for u in reviewed_units(user)}
    return [
        m.unit
        for m in memberships_of(user)
        if Action.FOLLOW in POLICY[Role(m.role)] and m.role != Role.REVIEWER and m.unit.pk not in reviewed
    ]


def report_for_user(user, queryset: QuerySet, pk, action: Action = Action.VIEW):
    """A report (``queryset`` of Report) the user reads (READS), else 404; and may ``action`` on, else 403."""
    return object_for_user(user, queryset.filter(reports_q(user)), pk, action)


def object_for_user(user, queryset: QuerySet, pk, action: Action = Action.VIEW, *, unit_field: str = "unit"):
    """The object with this id if the user may see its unit (else 404) and may ``action`` it (else 403).

    For any model with a foreign key to Unit (a report, a plan, an export): the
    fetch-for-user helper every view uses, so a guessed id of another unit's
    object looks exactly like a missing one.
    """
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    found = scope(queryset, user, Action.VIEW, unit_field=unit_field).filter(pk=pk).first()
    if found is None:
        raise Http404
    if action is not Action.VIEW and not allowed(user, action, getattr(found, unit_field)):
        raise PermissionDenied
    return found
