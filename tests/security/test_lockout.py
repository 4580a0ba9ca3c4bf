"""Password guessing: a log-in locks per account (5 failures from any addresses) and per address (15 failures on
any accounts); behind the TLS proxy the address is the one the proxy saw, not one the client wrote."""

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory, override_settings

from reform_portal.lockout import client_ip
from tests.security.helpers import PASSWORD, log_in

ADDRESS = "203.0.113.7"  # documentation addresses (RFC 5737): only ever written into the requests' META
OTHER_ADDRESS = "198.51.100.9"


def _attempt(username, password, address):
    return log_in(Client(), username, password, REMOTE_ADDR=address)


@pytest.fixture
def lockout():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5, AXES_IP_FAILURE_LIMIT=15):
        yield


def test_an_account_locks_after_five_failures_from_any_addresses(lockout, alice):
    answers = [_attempt("alice", "wrong", f"192.0.2.{n}").status_code for n in range(1, 6)]

    assert answers == [200, 200, 200, 200, 429]
    # The right password, from an address that never failed, is refused too.
    assert _attempt("alice", PASSWORD, "192.0.2.99").status_code == 429


def test_an_address_locks_after_fifteen_failures_spread_over_accounts(lockout, alice, leader, carol, rita, paula):
    answers = [_attempt(user, "wrong", ADDRESS).status_code for user in ["alice", "leader", "carol", "rita"] * 4]

    assert answers[:14] == [200] * 14 and answers[14:] == [429, 429]  # 4 per account: no account is locked
    assert _attempt("paula", PASSWORD, ADDRESS).status_code == 429
    # Elsewhere, the same people log in: their accounts are not locked.
    assert _attempt("paula", PASSWORD, OTHER_ADDRESS).status_code == 302
    assert _attempt("alice", PASSWORD, OTHER_ADDRESS).status_code == 302


def test_a_successful_log_in_does_not_clear_the_addresss_failures_on_other_accounts(
    lockout, alice, leader, carol, rita, paula
):
    for user in ["alice", "leader", "carol"] * 4 + ["rita", "rita"]:
        assert _attempt(user, "wrong", ADDRESS).status_code == 200  # 14 failures
    assert _attempt("paula", PASSWORD, ADDRESS).status_code == 302  # an insider's own account

    assert _attempt("rita", "wrong", ADDRESS).status_code == 429  # the 15th failure still locks the address


def test_a_successful_log_in_clears_its_own_accounts_failures(lockout, alice):
    for n in range(4):
        assert _attempt("alice", "wrong", f"192.0.2.{n + 1}").status_code == 200
    assert _attempt("alice", PASSWORD, "192.0.2.50").status_code == 302
    for n in range(4):
        assert _attempt("alice", "wrong", f"192.0.2.{n + 1}").status_code == 200  # counting starts again


def test_behind_the_proxy_the_address_is_the_one_the_proxy_forwarded():
    factory = RequestFactory()
    forged = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ADDRESS}")
    with override_settings(BEHIND_TLS_PROXY=True):
        # The client wrote "192.0.2.1"; the proxy appended the address it saw.
        assert client_ip(forged) == ADDRESS
        assert client_ip(factory.get("/", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
    with override_settings(BEHIND_TLS_PROXY=False):
        assert client_ip(forged) == "127.0.0.1"  # without a proxy the header is anyone's to write


def test_behind_the_proxy_failures_are_recorded_against_the_forwarded_address(lockout, alice):
    with override_settings(BEHIND_TLS_PROXY=True):
        log_in(Client(), "alice", "wrong", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ADDRESS}")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ADDRESS]
