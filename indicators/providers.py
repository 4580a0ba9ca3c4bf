"""Figures another module computes (e.g. the plans module's task counts).

A provider is registered once at start-up (in its app's ``ready()``) with
``register_provider(name, func)``; ``func(*, unit, period)`` returns
``{indicator code: Decimal}`` for indicators whose value source is
"provided". Such figures show in the forms but are never typed. A provider
must answer in a constant number of queries.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

Provider = Callable[..., dict[str, Decimal]]

_providers: dict[str, Provider] = {}


def register_provider(name: str, func: Provider) -> None:
    """Register (or replace) the provider called ``name``; registering twice is harmless."""
    _providers[name] = func


def unregister_provider(name: str) -> None:
    _providers.pop(name, None)


def registered() -> dict[str, Provider]:
    return dict(_providers)


def provided_values(*, unit, period) -> dict[str, Decimal]:
    values: dict[str, Decimal] = {}
    for func in list(_providers.values()):
        for code, value in (func(unit=unit, period=period) or {}).items():
            values[code] = value
    return values
