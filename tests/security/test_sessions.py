"""A log-in ends: after eight idle hours (the cookie, the session row and the middleware agree), and twelve hours
after it began however busy it was, so that a stolen or forgotten session does not live on."""

import time

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from reform_portal.middleware import SESSION_SEEN, SESSION_STARTED
from tests.security.helpers import log_in


def test_the_session_cookie_and_row_expire_after_the_idle_time(alice):
    client = Client()
    response = log_in(client, "alice")

    assert response.status_code == 302
    assert response.cookies["sessionid"]["max-age"] == 8 * 3600
    row = Session.objects.get(pk=client.session.session_key)
    assert abs((row.expire_date - timezone.now()).total_seconds() - 8 * 3600) < 60


def _age_the_session(client, *, seen_ago: int, started_ago: int = 0, expires_in: int):
    """As if the last write of the session had been ``seen_ago`` seconds ago, and nothing since."""
    session = client.session
    now = int(time.time())
    session[SESSION_SEEN] = now - seen_ago
    session[SESSION_STARTED] = now - started_ago
    session.save()
    Session.objects.filter(pk=session.session_key).update(
        expire_date=timezone.now() + timezone.timedelta(seconds=expires_in)
    )


def test_a_request_moves_the_idle_expiry_forward_at_most_once_a_minute(alice, settings):
    del settings.SESSION_REFRESH_SECONDS  # the production interval (tests/settings.py lengthens it)
    client = Client()
    log_in(client, "alice")
    key = client.session.session_key

    _age_the_session(client, seen_ago=10, expires_in=3600)  # written ten seconds ago: not written again
    assert client.get("/").status_code == 200
    assert (Session.objects.get(pk=key).expire_date - timezone.now()).total_seconds() < 3600

    _age_the_session(client, seen_ago=90, expires_in=3600)  # a minute and a half ago: the expiry moves
    assert client.get("/").status_code == 200
    assert (Session.objects.get(pk=key).expire_date - timezone.now()).total_seconds() > 8 * 3600 - 60


def test_an_idle_log_in_has_ended(alice):
    client = Client()
    log_in(client, "alice")
    _age_the_session(client, seen_ago=8 * 3600, expires_in=-1)  # eight hours without a request

    response = client.get("/")

    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_log_in_ends_after_the_longest_lifetime_however_busy(alice):
    client = Client()
    log_in(client, "alice")
    _age_the_session(client, seen_ago=30, started_ago=12 * 3600, expires_in=3600)

    response = client.get("/", follow=True)

    assert response.redirect_chain[0][0].startswith(reverse("login"))
    assert "Phiên làm việc đã kết thúc; vui lòng đăng nhập lại." in response.content.decode()
    assert client.get("/").status_code == 302  # the session is gone, not only this request


def test_a_log_in_within_its_lifetime_goes_on(alice):
    client = Client()
    log_in(client, "alice")
    _age_the_session(client, seen_ago=30, started_ago=11 * 3600, expires_in=3600)

    assert client.get("/").status_code == 200
