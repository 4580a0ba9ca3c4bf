"""Which units a period-wide check covers (the validate_reports command)."""

from __future__ import annotations

from django.db.models import Q

from indicators.models import Value
from reports.models import Report
from units.models import Unit


def units_to_check(*, period, unit=None) -> list[Unit]:
    """With ``unit``: it and its whole subtree. Without: every unit with figures or a report for the period."""
    if unit is not None:
        return list(Unit.objects.descendants_of(unit, include_self=True).order_by("path"))
    with_values = Value.objects.filter(period=period).values("unit_id")
    with_reports = Report.objects.filter(period=period).values("unit_id")
    return list(Unit.objects.filter(Q(pk__in=with_values) | Q(pk__in=with_reports)).order_by("path"))
