import pytest

from desk.services import report_create
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
