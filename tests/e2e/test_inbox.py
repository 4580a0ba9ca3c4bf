"""The reviewer's inbox leads to the board, where the report is returned with a reason; the clerk finds the
returned report in their inbox and reads the reason at the top of the report and of the editor (issue 16).

Screenshots land in artifacts/e2e/ (copies in docs/ui)."""

import pytest

from desk.services import report_create
from desk.workflow import apply_move
from reports.models import Period, ReportState, ReportType
from tests.e2e.conftest import SHOTS, login

pytestmark = pytest.mark.e2e

REASON = "Mục II chưa có số hồ sơ trực tuyến; đề nghị bổ sung."
COMMENT = "Nêu số, ngày của Kế hoạch CCHC năm 2023."


def test_inbox_board_return_and_the_reason_in_the_editor(new_page, shot, alice, leader, rita, binh_phuoc):
    period = Period.objects.get(code="2023")
    report = report_create(
        unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    apply_move(report=report, move_name="submit", seen_state=ReportState.DRAFT, user=alice)
    apply_move(report=report, move_name="approve", seen_state=ReportState.PENDING_APPROVAL, user=leader)

    district = new_page(1366, 900)
    login(district, "rita")
    inbox = district.locator("[data-testid=inbox]")
    assert "Xã Bình Phước" in inbox.locator("[data-kind=review]").inner_text()
    shot(district, "inbox-reviewer")
    inbox.locator("[data-kind=review] [data-testid=inbox-link]").click()
    district.wait_for_url("**/board/524/2023/?status=submitted")
    assert district.locator("tr[data-unit]").count() == 1
    shot(district, "inbox-board-submitted")
    district.click("tr[data-unit='21073'] a")
    district.click("[data-testid=comment-form-2] summary")  # a comment on section I.1
    district.fill("[data-testid=comment-form-2] [data-testid=comment-text]", COMMENT)
    district.click("[data-testid=comment-form-2] [data-testid=comment-add]")
    district.wait_for_selector("[data-testid=section-comment]")
    district.fill("[data-testid=move-comment]", REASON)
    district.click("[data-testid=move-return]")
    district.wait_for_selector("[data-testid=return-reason]")
    report.refresh_from_db()
    assert report.state == ReportState.RETURNED

    clerk = new_page(1366, 900)
    login(clerk, "alice")
    returned = clerk.locator("[data-testid=inbox] [data-kind=returned]")
    assert REASON in returned.inner_text()
    shot(clerk, "inbox-clerk-returned")
    returned.locator("[data-testid=inbox-link]").click()
    clerk.wait_for_url(f"**/reports/{report.pk}/")
    top = clerk.locator("[data-testid=return-reason]")
    assert REASON in top.inner_text() and "Rita" in top.inner_text()
    assert top.bounding_box()["y"] < 400  # at the top, not at the bottom of the history
    clerk.click("[data-testid=edit-report]")
    reason = clerk.locator("[data-testid=return-reason]")
    reason.wait_for()
    assert REASON in reason.inner_text()
    assert reason.bounding_box()["y"] < clerk.locator("#report-form").bounding_box()["y"]
    comment = clerk.locator("[data-testid=section-2] [data-testid=section-comment]")  # beside its section
    assert COMMENT in comment.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    clerk.screenshot(path=str(SHOTS / "editor-return-reason.png"))  # the first screen: the reason above the editor
    comment.locator("[data-testid=comment-resolve]").click()
    clerk.wait_for_selector("[data-testid=section-2] [data-testid=section-comment][data-resolved=yes]")
    assert clerk.locator("[data-testid=comment-resolve]").count() == 0
    clerk.locator("[data-testid=section-2]").scroll_into_view_if_needed()
    clerk.screenshot(path=str(SHOTS / "editor-comment-resolved.png"))


def test_the_inbox_fits_a_phone(new_page, shot, alice, rita, binh_phuoc):
    phone = new_page(390, 844)
    login(phone, "rita")
    phone.locator("[data-testid=inbox]").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing overflows
    shot(phone, "inbox-reviewer-phone")
