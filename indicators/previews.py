"""A preview confirmed later: the figures read from a paste or an upload travel back signed, bound to
the unit and period they were read for, and expire after six hours."""

from __future__ import annotations

from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_AGE = 6 * 3600


def sign_preview(data: dict, *, unit, period, salt: str) -> str:
    return signing.dumps({"unit": unit.code, "period": period.code, **data}, salt=salt)


def read_preview(raw: str, *, unit, period, salt: str, expired: str) -> dict:
    """The signed data, if it is recent and was read for this unit and period; else ValidationError."""
    try:
        data = signing.loads(raw or "", salt=salt, max_age=MAX_AGE)
    except signing.BadSignature:
        raise ValidationError(expired, code="expired") from None
    if data.get("unit") != unit.code or data.get("period") != period.code:
        # A preview signed on another unit's or period's page: its figures are not this report's.
        raise ValidationError(
            _("This preview was made for unit %(unit)s, period %(period)s; paste or upload the table again here.")
            % {"unit": data.get("unit") or "?", "period": data.get("period") or "?"},
            code="elsewhere",
        )
    return data
