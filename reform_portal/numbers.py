"""Numbers and dates the way Vietnamese official documents print them.

The one place where rounding and formatting happen: the screen, the PDF, the
Excel file and the generated sentences all call these functions, so a rate
can never read 99,04 % on one and 99,03 % on another.

Rounding is half-up (the convention of the documents and of Excel), not
Python's default banker's rounding. Documents always use the Vietnamese
convention regardless of the interface language: 1.949 and 99,04 %.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Number = int | float | Decimal

_TWO_PLACES = Decimal("0.01")


def to_decimal(value: Number | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def clean_number(value: Decimal | None) -> Decimal | None:
    """1949.0000 -> 1949; 5.5000 -> 5.5: a stored figure (four places) as it was typed."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def round_half_up(value: Number, places: int = 2) -> Decimal:
    quantum = Decimal(1).scaleb(-places)
    return to_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)


def ratio_percent(numerator: Number | None, denominator: Number | None, places: int = 2) -> Decimal | None:
    """numerator / denominator as a percentage rounded half-up; None when undefined."""
    num, den = to_decimal(numerator), to_decimal(denominator)
    if num is None or den is None or den == 0:
        return None
    return round_half_up(num * 100 / den, places)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(value: Number | None, places: int | None = None, *, empty: str = "") -> str:
    """1949 -> "1.949"; Decimal("99.04") -> "99,04"; places forces the decimals."""
    dec = to_decimal(value)
    if dec is None:
        return empty
    dec = round_half_up(dec, places) if places is not None else clean_number(dec)
    sign = "-" if dec < 0 else ""
    text = f"{abs(dec):f}"
    whole, _, frac = text.partition(".")
    out = sign + _group(whole, ".")
    return f"{out},{frac}" if frac else out


# How many decimals a rate prints with: two by default (99,04 %, as the seeds write), none when a report
# chooses whole percentages (99 %). Set for the rendering of one report (``percent_places``), so the text,
# the tables and the appendices of one document all print a rate the same way.
_PERCENT_PLACES: ContextVar[int] = ContextVar("percent_places", default=2)


@contextmanager
def percent_places(places: int) -> Iterator[None]:
    """Within the block, every rate prints with ``places`` decimals (half-up)."""
    token = _PERCENT_PLACES.set(places)
    try:
        yield
    finally:
        _PERCENT_PLACES.reset(token)


def rate_places() -> int:
    """The decimals a rate prints with here (see ``percent_places``)."""
    return _PERCENT_PLACES.get()


def format_percent(value: Number | None, places: int | None = None, *, empty: str = "") -> str:
    """Decimal("99.04") -> "99,04 %" (the space is a no-break space); ``places`` defaults to ``rate_places()``."""
    if to_decimal(value) is None:
        return empty
    return f"{format_number(value, rate_places() if places is None else places)}\u00a0%"


def format_date(value: dt.date | None) -> str:
    """24/5/2023, the short form used on screens."""
    if value is None:
        return ""
    return f"{value.day}/{value.month}/{value.year}"


def format_long_date(value: dt.date | None) -> str:
    """ngày 24 tháng 5 năm 2023, for sentences."""
    if value is None:
        return ""
    return f"ngày {value.day} tháng {value.month} năm {value.year}"


def _decree_day_month(value: dt.date) -> tuple[str, str]:
    # Nghị định 30/2020, Phụ lục I, mục II.5: days below 10 and the months
    # January and February carry a leading zero.
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return day, month


def format_document_date(value: dt.date) -> str:
    """ngày 04 tháng 02 năm 2023, the date line of an official document."""
    day, month = _decree_day_month(value)
    return f"ngày {day} tháng {month} năm {value.year}"


def format_citation_date(value: dt.date) -> str:
    """22/02/2023, 06/3/2023: how documents cite another document's date."""
    day, month = _decree_day_month(value)
    return f"{day}/{month}/{value.year}"


def roman(number: int) -> str:
    """4 -> "IV": quarters in period names, the parts of a report and its appendices."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while number >= value:
            out, number = out + letters, number - value
    return out
