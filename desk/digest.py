"""The daily digest: one e-mail a day of what waits on a person (desk.inbox), for those who chose it
instead of one e-mail per move. ``manage.py send_digests`` sends it (a cron line, docs/OPERATIONS.md)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from desk.inbox import inbox
from desk.models import DigestChoice


def send_digests(*, today: dt.date) -> int:
    """Send today's digest to each person who chose it and has something waiting; once a day. Returns the count."""
    sent = 0
    for choice in DigestChoice.objects.select_related("user").filter(user__is_active=True).exclude(user__email=""):
        if choice.last_sent_on == today:
            continue
        waiting = inbox(user=choice.user, today=today)
        if len(waiting):
            with translation.override(settings.LANGUAGE_CODE):
                context = {"inbox": waiting, "user": choice.user, "site": settings.SITE_URL.rstrip("/"),
                           "url": settings.SITE_URL.rstrip("/") + reverse("desk:home")}  # fmt: skip
                subject = render_to_string("desk/email/digest_subject.txt", context).strip()
                body = render_to_string("desk/email/digest_body.txt", context)
            sent += send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [choice.user.email])
        choice.last_sent_on = today
        choice.save(update_fields=["last_sent_on"])
    return sent
