"""The demo reports of seeds 000-003, seeded for the fidelity tests."""

import pytest

from desk import demo as desk_demo
from indicators import demo as indicators_demo
from plans import demo as plans_demo
from reports.models import Report


@pytest.fixture
def binh_phuoc(tree):
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.binh_phuoc_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Bình Phước", period__code="2023"
    )


@pytest.fixture
def tinh_chau(tree):
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.tinh_chau_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Tịnh Châu", period__code="2023"
    )


@pytest.fixture
def van_phong(tree):
    plans_demo.seed()
    desk_demo.vp_ubnd_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Văn phòng UBND tỉnh Quảng Ngãi", period__code="2023-H1"
    )


@pytest.fixture
def lai_hung(tree):
    plans_demo.seed()
    desk_demo.lai_hung_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Lai Hưng", period__code="2023-H1"
    )
