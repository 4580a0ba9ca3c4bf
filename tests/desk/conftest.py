from decimal import Decimal

import pytest

from desk.services import report_create
from indicators.models import Indicator, Value
from reports.models import ReportType
from reports.periods import ensure_period


@pytest.fixture
def year_2023(tree):
    return ensure_period("2023")


@pytest.fixture
def cchc_year(db):
    return ReportType.objects.get(code="cchc-year")


@pytest.fixture
def report(alice, binh_phuoc, year_2023, cchc_year):
    return report_create(unit=binh_phuoc, period=year_2023, report_type=cchc_year, user=alice)


def store_dossiers(unit, period, received: int):
    """Dossiers received online and all resolved on time, as the statistics forms would have saved them."""
    for code in ("dossiers.received.online", "dossiers.resolved.on_time"):
        Value.objects.update_or_create(
            unit=unit, period=period, indicator=Indicator.objects.get(code=code), breakdown="",
            defaults={"number": Decimal(received)},
        )  # fmt: skip
