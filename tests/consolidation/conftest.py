"""Helpers for consolidation tests: reports in a given state and figures stored directly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from indicators.models import Indicator, Value
from reports.duties import standard_report_type
from reports.models import Report, ReportState
from reports.periods import ensure_period
from units.models import Unit, UnitKind


def aware(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def make_report(unit: Unit, period, state=ReportState.ACCEPTED, *, submitted_on: dt.date | None = None) -> Report:
    report_type = standard_report_type(period)  # the template every commune owes by default
    submitted = state in (ReportState.SUBMITTED, ReportState.ACCEPTED)
    day = submitted_on or period.due_date
    return Report.objects.create(
        unit=unit,
        period=period,
        report_type=report_type,
        state=state,
        subject="Báo cáo",
        cutoff_start=period.cutoff_start,
        cutoff_end=period.cutoff_end,
        submitted_at=aware(day) if submitted else None,
        accepted_at=aware(day + dt.timedelta(days=1)) if state == ReportState.ACCEPTED else None,
    )


def put(unit: Unit, period, figures: dict[str, object], breakdown: str = "") -> None:
    """Store figures (code -> number) for a unit, as the value layer would have saved them."""
    ids = dict(Indicator.objects.filter(code__in=figures).values_list("code", "pk"))
    missing = set(figures) - set(ids)
    assert not missing, f"unknown indicator codes {missing}"
    Value.objects.bulk_create(
        Value(unit=unit, period=period, indicator_id=ids[c], breakdown=breakdown, number=Decimal(str(v)))
        for c, v in figures.items()
    )


def make_communes(parent: Unit, count: int, prefix: str = "T", kind=UnitKind.COMMUNE, **extra) -> list[Unit]:
    units = []
    for i in range(count):
        units.append(
            Unit.objects.create(
                code=f"{prefix}{parent.code}-{i:03d}",
                name=f"Xã {prefix}{i}",
                kind=kind,
                parent=parent,
                issuing_authority="ỦY BAN NHÂN DÂN",
                place_name=f"{prefix}{i}",
                **extra,
            )
        )
    return units


@pytest.fixture
def h1_2024(tree):
    return ensure_period("2024-H1")


@pytest.fixture
def district(tree):
    """A fresh district with no commune yet, under Quảng Ngãi."""
    return Unit.objects.create(
        code="999",
        name="Huyện Thử",
        kind=UnitKind.DISTRICT,
        parent=tree["51"],
        issuing_authority="ỦY BAN NHÂN DÂN\nHUYỆN THỬ",
        place_name="Thử",
    )
