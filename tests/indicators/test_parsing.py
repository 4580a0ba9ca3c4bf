"""Figures as Vietnamese clerks type them, and nothing else."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from indicators.models import ValueType
from indicators.parsing import parse_value


@pytest.mark.parametrize(
    ("raw", "value_type", "expected"),
    [
        ("1.949", ValueType.COUNT, Decimal(1949)),
        ("5.662.000", ValueType.DECIMAL, Decimal(5662000)),
        ("99,04", ValueType.PERCENT, Decimal("99.04")),
        ("99,04 %", ValueType.PERCENT, Decimal("99.04")),
        ("1 949", ValueType.COUNT, Decimal(1949)),
        (1949, ValueType.COUNT, Decimal(1949)),  # a number cell of an uploaded spreadsheet
        (97.7, ValueType.PERCENT, Decimal("97.7")),
        ("", ValueType.COUNT, None),
    ],
)
def test_vietnamese_notation_is_read(raw, value_type, expected):
    assert parse_value(value_type, raw)[0] == expected


@pytest.mark.parametrize(
    "raw",
    ["1E-999999999", "1e3", "1_000", "١٢٣", "۱۲۳", "１２３", "𝟏𝟐𝟑", "12a", "1.2.3,4,5", "NaN", "Infinity", "--1"],
)
def test_anything_else_is_refused_with_a_message(raw):
    with pytest.raises(ValidationError) as refused:
        parse_value(ValueType.PERCENT, raw)
    assert raw in refused.value.messages[0] or "số" in refused.value.messages[0]
