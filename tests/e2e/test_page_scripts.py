"""The small behaviours that moved from inline handlers into static/js/portal.js, and the PDF preview, in a
real browser under the Content-Security-Policy (new_page fails a test on any refusal the browser reports)."""

import pytest

from desk.services import report_create
from plans import demo as plans_demo
from plans.models import Task
from reports.models import ReportType
from reports.periods import ensure_period
from tests.e2e.conftest import login

pytestmark = pytest.mark.e2e


def test_choosing_a_language_switches_the_interface(new_page, alice):
    page = new_page()
    login(page, "alice")

    page.select_option("select[name=language]", "en")
    page.wait_for_selector("html[lang=en]")
    assert "Log out" in page.inner_text("nav")

    page.select_option("select[name=language]", "vi")
    page.wait_for_selector("html[lang=vi]")
    assert "Đăng xuất" in page.inner_text("nav")


def test_the_boards_template_and_period_lists_open_what_is_chosen(new_page, rita, tree):
    page = new_page()
    login(page, "rita")
    page.goto(page.base + "/board/524/2023/")

    template = page.locator("select[name=type]")
    second = template.locator("option").nth(1).get_attribute("value")
    template.select_option(second)
    page.wait_for_url(f"**/board/524/2023/?type={second}")

    period = page.locator("select[data-go-to-value]")
    other = next(v for v in period.locator("option").evaluate_all("os => os.map(o => o.value)") if "/2023/" not in v)
    period.select_option(other)
    page.wait_for_url(f"**{other}")


def test_deleting_a_task_asks_first(new_page, alice, tree):
    plans_demo.seed()
    task = Task.objects.filter(plan__unit__code="21073").order_by("pk").first()
    page = new_page()
    login(page, "alice")
    page.goto(page.base + f"/u/21073/plans/{task.plan.year}/tasks/{task.pk}/edit/")

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click("[data-testid=task-delete]")
    page.wait_for_timeout(300)
    assert Task.objects.filter(pk=task.pk).exists()  # "Cancel": nothing was sent

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("[data-testid=task-delete]")
    page.wait_for_url(f"**/u/21073/plans/{task.plan.year}/**")
    assert not Task.objects.filter(pk=task.pk).exists()


def test_the_pdf_preview_opens_in_the_browsers_viewer(new_page, shot, alice, binh_phuoc):
    """The policy comes with the PDF too; Chromium's viewer must still show it (older ones did not)."""
    report = report_create(
        unit=binh_phuoc, period=ensure_period("2023"), report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    page = new_page()
    login(page, "alice")

    response = page.goto(page.base + f"/reports/{report.pk}/preview.pdf")

    headers = response.all_headers()
    assert headers["content-type"] == "application/pdf"
    assert "object-src 'none'" in headers["content-security-policy"]
    # Chromium shows a PDF in its viewer, a frame of its own extension, inside the page.
    for _ in range(50):
        if any(frame.url.startswith("chrome-extension://") for frame in page.frames):
            break
        page.wait_for_timeout(200)
    assert [f.url for f in page.frames if f.url.startswith("chrome-extension://")], [f.url for f in page.frames]
    page.wait_for_timeout(1500)  # let the viewer draw, and complain if it is refused anything
    shot(page, "15-pdf-preview-under-csp")
