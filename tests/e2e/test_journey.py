"""The whole journey in a real browser: draft, approve, return, fix, resubmit, accept.

Screenshots of every page land in artifacts/e2e/ for a person to look at.
"""

import pytest

from reports.models import Report, ReportState
from tests.e2e.conftest import login

pytestmark = pytest.mark.e2e


def test_report_from_draft_to_accepted(new_page, shot, alice, leader, rita, tree):
    clerk = new_page()
    login(clerk, "alice")
    shot(clerk, "01-clerk-home")
    assert "Xã Bình Phước" in clerk.inner_text("[data-testid=whoami]")

    # Start the yearly report for 2023 from the home page.
    clerk.click("[data-testid=year-2023]")
    clerk.click("tr[data-period='2023'] [data-testid=start-report]")
    shot(clerk, "02-new-report")
    clerk.select_option("select[name=report_type]", label="Kết quả thực hiện công tác cải cách hành chính")
    clerk.click("[data-testid=create-report]")
    clerk.wait_for_selector("[data-testid=section-2] textarea")
    report = Report.objects.get(unit__code="21073", period__code="2023")

    # Write a section, with a bullet and a footnote, and watch the live preview.
    area = clerk.locator("[data-testid=section-2] textarea")
    area.fill(
        "Đã ban hành Kế hoạch tuyên truyền[^1].\n- Tuyên truyền trên đài truyền thanh xã.\n[^1]: Kế hoạch số 18/KH-UBND ngày 22/02/2023."
    )
    clerk.click("[data-testid=section-2] summary")
    clerk.wait_for_selector(f"#preview-{report.sections.get(order=2).pk} p.bullet")
    shot(clerk, "03-editor")
    clerk.click("[data-testid=save]")
    clerk.wait_for_selector(".alert-success")
    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    shot(clerk, "04-report-draft")
    assert "Tuyên truyền trên đài truyền thanh xã." in clerk.inner_text("[data-testid=narrative]")

    # Send to the leader; a double click sends once.
    clerk.dblclick("[data-testid=move-submit]")
    clerk.wait_for_selector("[data-state=pending_approval]")
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL
    assert report.transitions.filter(action="submit").count() == 1

    boss = new_page()
    login(boss, "leader")
    boss.goto(boss.base + f"/reports/{report.pk}/")
    shot(boss, "05-leader-review")
    boss.click("[data-testid=move-approve]")
    boss.wait_for_selector(".alert-success")

    district = new_page()
    login(district, "rita")
    district.click("[data-testid=board-link] >> nth=0")
    district.goto(district.base + "/board/524/2023/")
    shot(district, "06-board-submitted")
    assert "1/" in district.inner_text("[data-testid=board-counts]")
    district.click("tr[data-unit='21073'] a")
    district.click("[data-testid=move-return]")  # without a comment: refused
    district.wait_for_selector(".alert-danger")
    district.fill("[data-testid=move-comment]", "Bổ sung kết quả kiểm tra CCHC.")
    district.click("[data-testid=move-return]")
    district.wait_for_selector("[data-testid=transition-comment]")
    shot(district, "07-returned")

    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    assert "Bổ sung kết quả kiểm tra CCHC." in clerk.inner_text("[data-testid=timeline]")
    clerk.click("[data-testid=edit-report]")
    clerk.locator("[data-testid=section-4] textarea").fill("Đã kiểm tra 03 bộ phận chuyên môn.")
    clerk.click("[data-testid=save]")
    clerk.wait_for_selector(".alert-success")
    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    clerk.click("[data-testid=move-submit]")
    clerk.wait_for_selector("[data-state=pending_approval]")
    boss.goto(boss.base + f"/reports/{report.pk}/")
    boss.click("[data-testid=move-approve]")
    boss.wait_for_selector(".alert-success")

    district.goto(district.base + f"/reports/{report.pk}/")
    shot(district, "08-resubmitted-with-changes")
    assert "Đã kiểm tra 03 bộ phận chuyên môn." in district.inner_text("[data-testid=changes]")
    district.click("[data-testid=move-accept]")
    district.wait_for_selector("[data-state=accepted]")
    district.goto(district.base + "/board/524/2023/")
    shot(district, "09-board-accepted")
    report.refresh_from_db()
    assert report.state == ReportState.ACCEPTED
    assert list(report.transitions.values_list("action", flat=True)) == [
        "submit", "approve", "return", "submit", "approve", "accept"
    ]  # fmt: skip


def test_phone_sized_report_page(new_page, shot, alice, tree):
    from desk.services import report_create
    from reports.models import ReportType
    from reports.periods import ensure_period

    report = report_create(unit=tree["21073"], period=ensure_period("2023"),
                           report_type=ReportType.objects.get(code="cchc-year"), user=alice)  # fmt: skip
    phone = new_page(390, 844)
    login(phone, "alice")
    phone.goto(phone.base + f"/reports/{report.pk}/")
    shot(phone, "10-phone-report")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways
