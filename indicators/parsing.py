"""Reading a typed or pasted figure the way Vietnamese clerks write it.

"1.949" is one thousand nine hundred and forty-nine, "99,04" has a decimal
comma, "5.662.000" is an amount in đồng. What cannot be read becomes a
clear Vietnamese message, never a silent zero.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.models import ValueType

_THOUSANDS = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{3})+$")
# Vietnamese notation in ASCII digits only: no exponent ("1e3"), no "_", no other scripts' digits.
_NOTATION = re.compile(r"^-?[0-9][0-9.,]*$")
TEXT_MAX = 500
MAX_NUMBER = Decimal("1e15")  # below it, a figure (or a Biểu 06 total) fits Value.number's 16 whole digits


def _to_decimal(raw: str) -> Decimal:
    text = raw.replace("\u00a0", "").replace(" ", "").replace("%", "")
    if not _NOTATION.match(text):
        raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": raw})
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(text):
        text = text.replace(".", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": raw}) from None
    if not value.is_finite():
        raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": raw})
    return value


def parse_value(value_type: str, raw, *, codes=None) -> tuple[Decimal | None, str]:
    """(number, text) for one cell; empty input is (None, ""). Raises ValidationError with a message."""
    if raw is None:
        return None, ""
    raw_text = str(raw).strip()
    if raw_text == "":
        return None, ""
    if value_type == ValueType.TEXT:
        if len(raw_text) > TEXT_MAX:
            raise ValidationError(_("Too long: at most %(max)d characters.") % {"max": TEXT_MAX})
        return None, raw_text
    if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        value = Decimal(str(raw))  # a number from a spreadsheet cell, not typed text
        if not value.is_finite():
            raise ValidationError(_("“%(raw)s” is not a number.") % {"raw": raw_text})
    else:
        value = _to_decimal(raw_text)
    if value < 0:
        raise ValidationError(_("A figure cannot be negative."))
    if abs(value) >= MAX_NUMBER:
        raise ValidationError(_("The number is too large."))
    if value_type == ValueType.COUNT and value != value.to_integral_value():
        raise ValidationError(_("Enter a whole number."))
    if value_type == ValueType.PERCENT and value > 100:
        raise ValidationError(_("A rate must be between 0 and 100."))
    if value_type == ValueType.CODED:
        allowed = {int(code): label for code, label in (codes or [])}
        if value != value.to_integral_value() or int(value) not in allowed:
            choices = ", ".join(f"{label} = {code}" for code, label in allowed.items())
            raise ValidationError(_("Choose one of: %(choices)s.") % {"choices": choices})
    if value_type != ValueType.DECIMAL and value_type != ValueType.PERCENT:
        value = value.quantize(Decimal(1))
    return value, ""
