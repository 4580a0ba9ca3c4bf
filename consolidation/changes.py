"""A recalculation's changes worded for people: the indicator's name, not its code; a rate with its % sign."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext_lazy as _

from indicators.models import Indicator, ValueType
from indicators.values import active_indicators
from reform_portal.numbers import format_number, format_percent

# What set off a recalculation (ConsolidationRun.trigger: a workflow move's name, or "manual"), in words.
TRIGGERS = {
    "accept": _("its report was accepted"),
    "reopen": _("its report was reopened"),
    "return": _("its report was returned"),
    "submit": _("the report was sent"),
    "approve": _("the report was sent"),
    "manual": _("recalculated by hand"),
}


def trigger_label(trigger: str) -> str:
    return str(TRIGGERS.get(trigger, ""))


@dataclass(frozen=True)
class ChangeLine:
    name: str
    before: str
    after: str


def _figure(value, value_type: str) -> str:
    if value in (None, ""):
        return "—"
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format_percent(number) if value_type == ValueType.PERCENT else format_number(number)


def labelled_changes(changes: list[dict], *, limit: int = 12) -> list[ChangeLine]:
    """The first ``limit`` changes of a ConsolidationRun ({code, old, new}) as lines to read: named from the
    catalogue this process keeps (``active_indicators``), with one query only for an indicator retired since."""
    changes = list(changes or [])[:limit]
    catalogue = active_indicators()
    codes = [c.get("code") for c in changes]
    found = {code: catalogue[code] for code in codes if code in catalogue}
    retired = [code for code in codes if code not in found]
    if retired:
        found.update((i.code, i) for i in Indicator.objects.filter(code__in=retired).only("code", "name", "value_type"))
    lines = []
    for change in changes:
        indicator = found.get(change.get("code"))
        name = indicator.name if indicator else str(change.get("code", ""))
        value_type = indicator.value_type if indicator else ""
        lines.append(ChangeLine(name, _figure(change.get("old"), value_type), _figure(change.get("new"), value_type)))
    return lines
