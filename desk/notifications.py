"""E-mail on every workflow move (console backend unless configured)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from desk.models import DigestChoice
from reports.models import Transition
from units.models import Membership, Role

# Who hears about a move: the reporting unit's people, and the reviewers above when it reaches them.
AUDIENCE = {
    "submit": ("self", [Role.LEADER]),
    "approve": ("parent", [Role.REVIEWER]),
    "send_back": ("self", [Role.CLERK]),
    "accept": ("self", [Role.CLERK, Role.LEADER]),
    "return": ("self", [Role.CLERK, Role.LEADER]),
    "reopen": ("self", [Role.CLERK, Role.LEADER]),
}


def recipients_for(transition: Transition) -> list[str]:
    where, roles = AUDIENCE[transition.action]
    unit = transition.report.unit
    unit_id = unit.parent_id if where == "parent" else unit.pk
    if unit_id is None:
        return []
    emails = (
        Membership.objects.filter(unit_id=unit_id, role__in=roles, user__is_active=True)
        .exclude(user__email="")
        .exclude(user__in=DigestChoice.objects.values("user"))  # they get the daily digest instead
        .values_list("user__email", flat=True)
    )
    return sorted(set(emails))


def notify_move(*, transition_id: int) -> int:
    transition = Transition.objects.select_related("report__unit", "report__period", "actor").get(pk=transition_id)
    recipients = recipients_for(transition)
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "transition": transition,
            "report": transition.report,
            "url": settings.SITE_URL.rstrip("/") + reverse("desk:detail", args=[transition.report.pk]),
        }
        subject = render_to_string("desk/email/move_subject.txt", context).strip()
        body = render_to_string("desk/email/move_body.txt", context)
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
