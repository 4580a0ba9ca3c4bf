"""A generated paragraph inserted as a live block, in a real browser: it follows the figures in the preview,
the report page and the PDF until the report is sent, then keeps the wording that was sent."""

import pytest

from desk.services import report_create
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.desk.conftest import store_dossiers
from tests.e2e.conftest import login
from tests.exports.conftest import pdf_text

pytestmark = pytest.mark.e2e


def test_a_live_paragraph_follows_the_figures_until_sent(new_page, shot, alice, binh_phuoc):
    period = ensure_period("2023")
    report = report_create(
        unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    section = report.sections.get(embed="dossiers")
    store_dossiers(binh_phuoc, period, 1949)

    clerk = new_page()
    login(clerk, "alice")
    clerk.goto(clerk.base + f"/reports/{report.pk}/edit/")
    card = f"[data-testid=section-{section.order}]"
    if clerk.locator(f"{card} details").get_attribute("open") is None:
        clerk.click(f"{card} summary")
    clerk.locator(f"{card} textarea").fill("Kết quả tiếp nhận, giải quyết hồ sơ:\n")
    clerk.locator(f"{card} textarea").focus()
    clerk.click("[data-testid=insert-dossiers]")
    assert "[[figures.dossiers]]" in clerk.locator(f"{card} textarea").input_value()
    chip = clerk.locator(f"#preview-{section.pk} .live-block")
    chip.wait_for()
    assert "1.949" in chip.inner_text()
    shot(clerk, "live-01-editor-chip")
    clerk.click("[data-testid=save]")
    clerk.wait_for_selector(".alert-success")

    store_dossiers(binh_phuoc, period, 1950)  # the clerk corrects Biểu 06
    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    assert "1.950" in clerk.inner_text("[data-testid=narrative]")
    shot(clerk, "live-02-report-page")
    printed = " ".join(pdf_text(clerk.request.get(clerk.base + f"/reports/{report.pk}/preview.pdf").body()).split())
    assert "1.950 hồ sơ" in printed and "1.949" not in printed

    clerk.click("[data-testid=move-submit]")
    clerk.wait_for_selector("[data-state=pending_approval]")
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL
    assert "1.950" in report.transitions.get(action="submit").snapshot["blocks"]["figures.dossiers"]

    store_dossiers(binh_phuoc, period, 2000)  # figures changed behind a sent report: the text keeps what was sent
    clerk.goto(clerk.base + f"/reports/{report.pk}/")
    assert "1.950" in clerk.inner_text("[data-testid=narrative]")
    assert "2.000" not in clerk.inner_text("[data-testid=narrative]")


def test_a_live_block_shows_as_a_chip_in_the_editor_and_can_be_turned_into_plain_text(
    new_page, shot, alice, binh_phuoc
):
    period = ensure_period("2023")
    store_dossiers(binh_phuoc, period, 1949)
    report = report_create(
        unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    section = report.sections.get(embed="dossiers")
    section.body = "Kết quả:\n[[figures.dossiers]]"
    section.save(update_fields=["body"])

    clerk = new_page()
    login(clerk, "alice")
    clerk.goto(clerk.base + f"/reports/{report.pk}/edit/")
    card = f"[data-testid=section-{section.order}]"
    chip = clerk.locator(f"#preview-{section.pk} .live-block")
    chip.wait_for()  # the preview of a section with a live block is open: the chip shows its wording
    assert "1.949" in chip.inner_text() and chip.get_attribute("role") == "button"
    wording = chip.inner_text().strip()
    shot(clerk, "live-03-editor-chip-open")

    clerk.once("dialog", lambda dialog: dialog.accept())
    chip.click()
    text = clerk.locator(f"{card} textarea").input_value()
    assert "[[" not in text and wording in text  # now plain text, worded as the chip was
    clerk.click("[data-testid=save]")
    clerk.wait_for_selector(".alert-success")
    section.refresh_from_db()
    assert "[[figures.dossiers]]" not in section.body and "1.949" in section.body
