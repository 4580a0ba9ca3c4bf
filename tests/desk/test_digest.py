"""The daily digest (issue 16, item 1): who chose it gets one e-mail a day of their inbox and none per move."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from desk.digest import send_digests
from desk.models import DigestChoice
from desk.notifications import notify_move
from desk.workflow import apply_move
from reports.models import ReportState

S = ReportState


@pytest.fixture
def emails(alice, leader, rita):
    for user in (alice, leader, rita):
        user.email = f"{user.username}@example.vn"
        user.save()


def test_choosing_the_digest_on_the_home_page(alice):
    client = Client()
    client.force_login(alice)
    assert 'data-testid="digest-on"' in client.get(reverse("desk:home")).content.decode()
    client.post(reverse("desk:digest"), {"daily": "on"})
    assert DigestChoice.objects.filter(user=alice).exists()
    assert 'data-testid="digest-off"' in client.get(reverse("desk:home")).content.decode()
    client.post(reverse("desk:digest"))
    assert not DigestChoice.objects.filter(user=alice).exists()


def test_the_digest_replaces_the_mail_per_move(report, emails, alice, leader, rita):
    DigestChoice.objects.create(user=leader)
    move = apply_move(report=report, move_name="submit", seen_state=S.DRAFT, user=alice)
    mail.outbox.clear()
    assert notify_move(transition_id=move.pk) == 0  # the leader chose the digest: no mail per move
    today = dt.date.today()
    assert send_digests(today=today) == 1
    [message] = mail.outbox
    assert message.to == ["leader@example.vn"]
    assert report.unit.name in message.body and f"/reports/{report.pk}/" in message.body
    assert send_digests(today=today) == 0  # once a day
    assert send_digests(today=today + dt.timedelta(days=1)) == 1


def test_no_digest_when_nothing_waits(emails, rita):
    DigestChoice.objects.create(user=rita)
    assert send_digests(today=dt.date(2000, 1, 1)) == 0 and mail.outbox == []


def test_the_cron_command_sends_todays_digests(report, emails, alice, leader):
    DigestChoice.objects.create(user=leader)
    apply_move(report=report, move_name="submit", seen_state=S.DRAFT, user=alice)  # waits on the leader
    mail.outbox.clear()
    out = io.StringIO()
    call_command("send_digests", stdout=out)
    assert out.getvalue().strip() == "1 digest(s) sent" and [m.to for m in mail.outbox] == [["leader@example.vn"]]
    call_command("send_digests", stdout=io.StringIO())  # run twice the same day: nothing more
    assert len(mail.outbox) == 1
