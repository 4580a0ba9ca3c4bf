"""Reminders ("Nhắc nộp"): a reviewer reminds every unit that owes its report for a period and has not sent it."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from consolidation.completeness import completeness
from desk.models import Reminder
from reports.models import Period
from units import access
from units.access import Action
from units.models import Membership, Role, Unit


def remind_missing(*, user, reviewing: Unit, period: Period) -> list[Reminder]:
    """Remind the units below ``reviewing`` that owe a report for ``period`` and have not sent it.

    The user must consolidate ``reviewing`` (its reviewer) and review each unit reminded. Each unit's
    clerks and leaders get one e-mail (after the commit) and see the reminder on their home page.
    """
    access.require(user, Action.CONSOLIDATE, reviewing)
    owing = [
        s
        for s in completeness(unit=reviewing, period=period).units
        if not s.submitted and s.report_type is not None and access.allowed(user, Action.REVIEW, s.unit)
    ]
    emails: dict[int, list[str]] = {}
    for unit_id, email in (
        Membership.objects.filter(
            unit_id__in=[s.unit.pk for s in owing], role__in=[Role.CLERK, Role.LEADER], user__is_active=True
        )
        .exclude(user__email="")
        .values_list("unit_id", "user__email")
    ):
        emails.setdefault(unit_id, []).append(email)
    with transaction.atomic():
        reminders = Reminder.objects.bulk_create(
            [
                Reminder(
                    unit=s.unit,
                    period=period,
                    report_type=s.report_type,
                    sent_by=user,
                    emailed=len(set(emails.get(s.unit.pk, []))),
                )
                for s in owing
            ]
        )
        for reminder in reminders:
            recipients = sorted(set(emails.get(reminder.unit_id, [])))
            if recipients:
                transaction.on_commit(lambda r=reminder, to=recipients: _mail(r, to))
    return reminders


def _mail(reminder: Reminder, recipients: list[str]) -> int:
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "reminder": reminder,
            "url": settings.SITE_URL.rstrip("/") + reverse("desk:home"),
        }
        subject = render_to_string("desk/email/reminder_subject.txt", context).strip()
        body = render_to_string("desk/email/reminder_body.txt", context)
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
