"""PAR INDEX in a real browser: Bình Sơn's clerk scores an item and sends the self-assessment, its chairman
approves, the province council lowers a score with its reason and publishes the results with Quyết định
57/QĐ-UBND; the district's 2024 report then prints section II worded from the published scores.

Screenshots land in artifacts/e2e/ (copies in docs/ui)."""

import datetime as dt

import pytest

from desk.services import report_create
from plans.models import Document, DocumentType
from reports.models import ReportType
from reports.periods import ensure_period
from scorecards import demo
from scorecards.models import Framework, Item, Score, State
from tests.e2e.conftest import login
from units.divisions import history_available
from units.models import Membership, Role, Unit, User

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list"),
]

REASON = "Sáng kiến chưa được Hội đồng sáng kiến huyện công nhận."


def _person(username, code, role):
    user = User.objects.create_user(username, password="pw-123456", full_name=username.title())
    Membership.objects.create(user=user, unit=Unit.objects.get(code=code), role=role)
    return user


def test_self_assessment_appraisal_publication_and_section_two(new_page, shot, tree):
    demo.seed()
    framework = Framework.objects.get(province__code="51", year=2023, group="district")
    # The council's year before publication: every district has sent its self-assessment, Bình Sơn's clerk
    # is still at work.
    framework.assessments.update(state=State.SUBMITTED, decision=None, published_at=None)
    framework.assessments.filter(unit__code="524").update(state=State.DRAFT)
    item = Item.objects.get(framework=framework, number="1.5")
    Score.objects.filter(assessment__unit__code="524", item=item).update(self_points=None, appraised_points=None,
                                                                        appraisal_reason="")  # fmt: skip
    clerk, chair = _person("thu", "524", Role.CLERK), _person("duy", "524", Role.LEADER)
    _person("lan", "51", Role.REVIEWER)
    url = f"/par-index/{framework.pk}/u/524/"

    page = new_page(1366, 900)
    login(page, "thu")
    page.goto(page.base + "/par-index/")
    page.click(f"[data-testid=assessment-link][href='{url}']")  # 2023's, not the demo's 2024 draft
    page.wait_for_url(f"**{url}")
    row = page.locator("[data-testid=score-row][data-item='1.5']")
    row.locator("[data-testid=self-points]").fill("1,5")
    shot(page, "par-index-self-assessment")
    page.click("[data-testid=self-save]")
    page.wait_for_selector(".alert-success")
    page.click("[data-testid=move-submit]")
    page.wait_for_selector("[data-testid=state]:has-text('Chờ lãnh đạo duyệt')")

    page = new_page(1366, 900)
    login(page, "duy")
    page.goto(page.base + url)
    page.click("[data-testid=move-approve]")
    page.wait_for_selector("[data-testid=state]:has-text('Đã gửi tỉnh')")

    page = new_page(1366, 900)
    login(page, "lan")
    page.goto(page.base + url)
    row = page.locator("[data-testid=score-row][data-item='1.5']")
    row.locator("[data-testid=appraised-points]").fill("1,2")
    page.click("[data-testid=appraise-save]")
    assert "Hãy ghi lý do" in page.locator(".alert-danger").inner_text()  # a change needs its reason
    row = page.locator("[data-testid=score-row][data-item='1.5']")
    row.locator("[data-testid=appraised-points]").fill("1,2")
    row.locator("[data-testid=reason]").fill(REASON)
    page.click("[data-testid=appraise-save]")
    page.wait_for_selector(".alert-success")
    page.click("[data-testid=history] summary")  # the change, who made it and why
    history = page.locator("[data-testid=history-row]", has_text=REASON).inner_text()
    assert "Lan" in history and "– → 1,2" in history
    shot(page, "par-index-appraisal")
    page.goto(page.base + f"/par-index/{framework.pk}/")
    page.select_option("#decision", label=page.locator("#decision option", has_text="57/QĐ-UBND").inner_text())
    page.click("[data-testid=publish-form] button")
    page.wait_for_selector(".alert-success")
    assert page.locator("tr[data-unit='524'] td").first.inner_text() == "6"
    shot(page, "par-index-ranking")
    assert Score.objects.get(assessment__unit__code="524", item=item).history.filter(appraisal_reason=REASON).exists()

    report = report_create(unit=Unit.objects.get(code="524"), period=ensure_period("2024"),
                           report_type=ReportType.objects.get(code="cchc-year"), user=clerk)  # fmt: skip
    section = report.sections.order_by("order").first()
    section.body = "[[scorecards.summary]]\n\n[[scorecards.field.1]]\n\n[[scorecards.change]]\n"
    section.save()
    page = new_page(1366, 900)
    login(page, "thu")
    page.goto(page.base + f"/reports/{report.pk}/")
    text = page.locator("body").inner_text()
    assert "đạt 82,84/100 điểm, xếp hạng 6/13 huyện, thành phố" in text
    assert "1.1. Lĩnh vực Chỉ đạo, điều hành CCHC: đạt 9,2/10,5 điểm" in text
    assert REASON.rstrip(".") in text  # quoted in the sentence on field 1
    shot(page, "par-index-report-section-two")
    del chair


EVIDENCE_WIDTHS = """() => {
    const table = document.querySelector('[data-testid=scores]');
    const select = table.querySelector('select[multiple]');
    return {page: document.documentElement.scrollWidth, window: window.innerWidth,
            select: select.getBoundingClientRect().width, clientWidth: select.clientWidth,
            scrollWidth: select.scrollWidth, selectRight: select.getBoundingClientRect().right, selectLeft: select.getBoundingClientRect().left};
}"""


@pytest.mark.parametrize("width", [1366, 390])
def test_the_evidence_column_shows_the_documents_whole(new_page, shot, tree, width):
    """The clerk's evidence column on the self-assessment page holds the register's documents uncut: wide at
    1366 px, and at 390 px each item laid out as a card with nothing beyond the screen."""
    demo.seed()
    framework = Framework.objects.get(province__code="51", year=2024, group="district")
    Document.objects.create(unit=Unit.objects.get(code="524"), doc_type=DocumentType.REPORT, number=4089,
                            symbol="UBND-NC", issued_on=dt.date(2023, 10, 28), subject="về kết quả CCHC")  # fmt: skip
    _person("thu", "524", Role.CLERK)
    page = new_page(width, 900)
    login(page, "thu")
    page.goto(page.base + f"/par-index/{framework.pk}/u/524/")
    sizes = page.evaluate(EVIDENCE_WIDTHS)
    assert sizes["page"] <= sizes["window"]  # nothing runs off the page
    assert sizes["scrollWidth"] <= sizes["clientWidth"]  # the document list is not cut
    assert sizes["selectLeft"] >= 0 and sizes["selectRight"] <= sizes["window"]
    assert sizes["select"] >= (250 if width == 1366 else 300)
    assert "4089/UBND-NC (28/10/2023)" in page.locator("[data-testid=scores] select").first.inner_text()
    shot(page, f"par-index-evidence-{width}")
