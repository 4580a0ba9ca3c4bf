"""Log-in lock-out: per account and per address, each with its own threshold (django-axes).

django-axes records every failed log-in (account, address, browser) and, with
``AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]``, counts the failures of the account and those
of the address separately; but it compares both with the one ``AXES_FAILURE_LIMIT``. Here:

- an account is locked after ``AXES_FAILURE_LIMIT`` failures from any addresses (a guesser who moves from
  address to address is stopped on that account);
- an address is locked after ``AXES_IP_FAILURE_LIMIT`` failures on any accounts (a guesser who tries a
  few passwords on each of many accounts is stopped). It is higher than the account's limit because a
  whole office may reach the portal from one address;
- a successful log-in clears the failures of that account only: the failures an address made on other
  accounts stay counted, so knowing one password does not buy more guesses on the others.

Both counts cover the last ``AXES_COOLOFF_TIME``, as axes' own do.

Behind a reverse proxy every request comes from the proxy's address; ``client_ip`` then takes the
address the proxy appended to ``X-Forwarded-For`` (see docs/OPERATIONS.md for the proxy's set-up).
"""

from __future__ import annotations

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def client_ip(request) -> str | None:
    """The client's address: the connection's peer, or behind the TLS proxy the address it forwarded.

    A client can send an X-Forwarded-For header of its own; the proxy appends the address it saw to
    whatever came in, so only the last entry is the proxy's word.
    """
    if settings.BEHIND_TLS_PROXY:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")


class AccountOrAddressHandler(AxesDatabaseHandler):
    def _failures(self, request, **match) -> int:
        attempts = AccessAttempt.objects.filter(**match)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """The failures that count against this log-in, on the scale of ``AXES_FAILURE_LIMIT``.

        axes locks when this number reaches ``AXES_FAILURE_LIMIT`` (the account's threshold): an address
        that has reached its own threshold therefore counts as at least that many.
        """
        account = self._failures(request, username=get_client_username(request, credentials))
        address = self._failures(request, ip_address=request.axes_ip_address)
        if address >= settings.AXES_IP_FAILURE_LIMIT:
            return max(account, settings.AXES_FAILURE_LIMIT)
        return account

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """After a successful log-in: forget that account's failures, not the address's on other accounts."""
        count, _ = AccessAttempt.objects.filter(username=get_client_username(request, credentials)).delete()
        return count
