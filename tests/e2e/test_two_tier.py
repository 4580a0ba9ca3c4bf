"""Two tiers in a real browser: a ward of Khánh Hòa (loaded from the official list, directly under the
province since 1/7/2025) files its quarter report; the Sở Nội vụ accepts it and opens the consolidation."""

import pytest

from indicators.demo import store_figures
from reports.models import Report, ReportState
from reports.periods import ensure_period
from tests.e2e.conftest import login
from units import demo as units_demo

pytestmark = pytest.mark.e2e


@pytest.fixture
def khanh_hoa(transactional_db):
    units = units_demo.seed_two_tier()
    units_demo.seed_people(units, units_demo.TWO_TIER_PEOPLE)
    period = ensure_period("2026-Q3")
    store_figures(unit=units["22366"], period=period,
                  figures={"dossiers.received.online": 1200, "dossiers.received.direct": 800})  # fmt: skip
    return units


def test_a_ward_files_to_the_province_and_the_interior_department_accepts_and_consolidates(new_page, shot, khanh_hoa):
    password = units_demo.DEMO_PASSWORD
    clerk = new_page()
    login(clerk, "clerk.nhatrang", password)
    assert "Phường Nha Trang" in clerk.inner_text("[data-testid=whoami]")
    clerk.click("[data-testid=year-2026]")
    clerk.click("tr[data-period='2026-Q3'] [data-testid=start-report]")
    shot(clerk, "30-two-tier-new-report")
    clerk.click("[data-testid=create-report]")  # the template the ward owes is preselected
    clerk.wait_for_selector("[data-testid=section-2] textarea")
    report = Report.objects.get(unit__code="22366", period__code="2026-Q3")
    clerk.locator("[data-testid=section-2] textarea").fill("- Phường đã ban hành Kế hoạch CCHC năm 2026.")
    clerk.click("[data-testid=save]")
    clerk.wait_for_selector(".alert-success")
    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    shot(clerk, "31-two-tier-report")
    assert report.report_type.code == "cchc-quarter" and "Phường Nha Trang" in clerk.inner_text("body")
    clerk.click("[data-testid=move-submit]")
    clerk.wait_for_selector("[data-state=pending_approval]")

    chair = new_page()
    login(chair, "leader.nhatrang", password)
    chair.goto(chair.base + f"/reports/{report.pk}/")
    chair.click("[data-testid=move-approve]")
    chair.wait_for_selector(".alert-success")

    department = new_page()
    login(department, "reviewer.khanhhoa", password)
    department.goto(department.base + "/board/56/2026-Q3/")
    shot(department, "32-two-tier-board")
    assert "1/65" in department.inner_text("[data-testid=board-counts]")  # the wards and communes, no district
    department.click("tr[data-unit='22366'] a")
    department.click("[data-testid=move-accept]")
    department.wait_for_selector("[data-state=accepted]")
    report.refresh_from_db()
    assert report.state == ReportState.ACCEPTED

    department.goto(department.base + "/board/56/2026-Q3/")
    department.click("[data-testid=consolidation-link]")
    department.wait_for_selector("[data-testid=breakdown-table]")
    shot(department, "33-two-tier-consolidation")
    breakdown = department.inner_text("[data-testid=breakdown-table]")
    assert "Phường Nha Trang" in breakdown
    assert "2.000" in department.inner_text("body")  # 1.200 online + 800 direct, summed by the province
