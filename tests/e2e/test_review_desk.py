"""The rest of the review desk in a real browser (issue 16): the province viewer's home and board, a styled 403
page, a reviewer's comment on a figure sheet that the clerk resolves beside the sheet, and the Biểu 06 grid
keeping its labels (sticky at 1366 px, one card per field at 390 px).

Screenshots land in artifacts/e2e/ (copies in docs/ui)."""

import pytest

from desk.services import report_create
from desk.workflow import apply_move
from reports.models import Period, Report, ReportState, ReportType
from reports.periods import ensure_period
from tests.e2e.conftest import login
from units.models import User

pytestmark = pytest.mark.e2e


def _report(unit, code="2023", state=ReportState.DRAFT):
    root = User.objects.filter(username="root").first() or User.objects.create_superuser("root", password="x")
    report = report_create(
        unit=unit, period=Period.objects.get(code=code), report_type=ReportType.objects.get(code="cchc-year"), user=root
    )
    Report.objects.filter(pk=report.pk).update(state=state)
    report.refresh_from_db()
    return report


def test_the_viewers_home_leads_to_the_province_board(new_page, shot, victor, tree):
    accepted = _report(tree["524"], state=ReportState.ACCEPTED)
    drafting = _report(tree["522"], state=ReportState.DRAFT)
    page = new_page(1366, 900)
    login(page, "victor")
    home = page.locator("[data-testid=viewer-home]")
    assert "Quảng Ngãi" in home.inner_text() and home.locator("[data-testid=board-link]").count() > 0
    shot(page, "viewer-home")
    home.locator("[data-testid=board-link]").first.click()
    page.wait_for_url("**/board/51/**")
    page.goto(page.base + "/board/51/2023/")
    rows = page.locator("[data-testid=board-table] tr[data-unit]")
    assert rows.count() >= 2
    assert page.locator("[data-testid=remind]").count() == 0  # the viewer reads; the reviewer reminds
    assert page.locator("tr[data-unit='522'] [data-testid=open-report]").count() == 0  # a draft is the district's
    shot(page, "viewer-board")
    page.click("tr[data-unit='524'] [data-testid=open-report]")
    page.wait_for_url(f"**/reports/{accepted.pk}/")
    assert page.locator("[data-testid=report-subject]").is_visible()
    response = page.goto(page.base + f"/reports/{drafting.pk}/")
    assert response.status == 404  # the same draft by its URL: looks missing


def test_a_forbidden_page_is_explained_in_vietnamese(new_page, shot, alice, leader, binh_phuoc):
    report = _report(binh_phuoc)
    page = new_page(1366, 900)
    login(page, "leader")
    response = page.goto(page.base + f"/reports/{report.pk}/edit/")  # only the clerk writes
    assert response.status == 403
    text = page.inner_text("body")
    assert "Bạn không được mở trang này" in text and "quản trị viên của tỉnh" in text  # what happened, what to do
    assert "403 Forbidden" not in page.content()
    assert page.locator("a[href='/']").count() > 0  # a way home
    shot(page, "error-403")


def test_a_reviewer_comments_on_biểu_06_and_the_clerk_resolves_it_beside_the_sheet(
    new_page, shot, alice, leader, rita, binh_phuoc
):
    report = _report(binh_phuoc)
    apply_move(report=report, move_name="submit", seen_state=ReportState.DRAFT, user=alice)
    apply_move(report=report, move_name="approve", seen_state=ReportState.PENDING_APPROVAL, user=leader)
    district = new_page(1366, 900)
    login(district, "rita")
    district.goto(district.base + f"/reports/{report.pk}/")
    district.click("[data-testid=figures-link]")
    district.click("[data-form=dossiers] a")
    district.fill("#sheet-comment-text", "Dòng Hộ tịch: số trực tuyến chưa khớp với hệ thống một cửa.")
    district.click("[data-testid=sheet-comment-add] button")
    district.wait_for_selector("[data-testid=sheet-comment]")
    district.goto(district.base + f"/reports/{report.pk}/")
    district.fill("[data-testid=move-comment]", "Xem ý kiến ở Biểu 06.")
    district.click("[data-testid=move-return]")
    district.wait_for_selector("[data-testid=return-reason]")

    clerk = new_page(1366, 900)
    login(clerk, "alice")
    clerk.goto(clerk.base + f"/u/{binh_phuoc.code}/p/2023/figures/dossiers/")
    card = clerk.locator("[data-testid=sheet-comments]")
    assert "số trực tuyến chưa khớp" in card.inner_text()
    grid = clerk.locator("[data-testid=dossier-grid]")
    assert card.bounding_box()["y"] < grid.bounding_box()["y"]  # beside the sheet: right above it
    shot(clerk, "sheet-comment")
    card.locator("[data-testid=sheet-comment-resolve]").click()
    clerk.wait_for_selector("[data-testid=sheet-comment][data-resolved=yes]")
    clerk.click("[data-testid=back-to-report]")
    clerk.wait_for_url(f"**/reports/{report.pk}/")


def test_the_biểu_06_grid_keeps_its_labels_when_scrolled(new_page, shot, alice, binh_phuoc):
    _report(binh_phuoc)
    page = new_page(1366, 768)
    login(page, "alice")
    page.goto(page.base + f"/u/{binh_phuoc.code}/p/2023/figures/dossiers/")
    wrap = page.locator("[data-testid=dossier-grid-wrap]")
    label = page.locator("[data-testid=grid-label]").first
    header = page.locator("[data-testid=dossier-grid] thead th").nth(1)
    left, top = wrap.bounding_box()["x"], wrap.bounding_box()["y"]
    wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; w.scrollTop = 200; }")
    page.wait_for_timeout(100)
    assert wrap.evaluate("w => w.scrollLeft") > 0, "the grid is wider than the screen: it must scroll"
    assert abs(label.bounding_box()["x"] - left) < 3  # the field names stay at the left edge
    assert abs(header.bounding_box()["y"] - top) < 3  # the header stays at the top
    wrap.scroll_into_view_if_needed()
    shot(page, "dossier-grid-1366-scrolled")


def test_the_biểu_06_grid_on_a_phone_is_one_card_per_field(new_page, shot, alice, binh_phuoc):
    _report(binh_phuoc)
    phone = new_page(390, 844)
    login(phone, "alice")
    phone.goto(phone.base + f"/u/{binh_phuoc.code}/p/2023/figures/dossiers/")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing overflows
    labels = phone.locator("[data-testid=grid-label]")
    assert labels.count() > 5
    for i in range(3):
        box = labels.nth(i).bounding_box()
        assert labels.nth(i).is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= 390
    first_input = phone.locator("[data-testid=grid-row]").first.locator("input").first
    channel = first_input.evaluate("i => getComputedStyle(i.closest('td'), '::before').content")
    assert "Trực tuyến" in channel or "Tổng số" in channel or "Trực tiếp" in channel, channel
    input_box, label_box = first_input.bounding_box(), labels.first.bounding_box()
    assert input_box["y"] > label_box["y"]  # the field's name heads its card, the channels below it
    shot(phone, "dossier-grid-phone")


CHART_TEXT_SIZES = """() => [...document.querySelectorAll('.chart svg')].map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;  // 1 unless shrunk to fit
    const sizes = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
})"""


def _smallest_chart_text(new_page, path):
    page = new_page(1366, 900)
    login(page, "rita")
    page.goto(page.base + path)
    sizes = page.evaluate(CHART_TEXT_SIZES)
    assert len(sizes) == 2  # the breakdown by unit and the trend
    return min(sizes)


def test_the_boards_charts_print_their_words_at_12_px_at_least(new_page, rita, tree, binh_phuoc):
    _report(binh_phuoc, state=ReportState.ACCEPTED)
    assert _smallest_chart_text(new_page, f"/board/{tree['524'].code}/2023/") >= 12  # item 6: they scroll instead


def test_the_consolidation_pages_charts_print_their_words_at_12_px_at_least(new_page, rita, tree, binh_phuoc):
    _report(binh_phuoc, state=ReportState.ACCEPTED)
    assert _smallest_chart_text(new_page, f"/u/{tree['524'].code}/p/2023/consolidation/") >= 12


def _hidden_words(box) -> list[str]:
    """The chart's words that lie outside its box (cut off, or to scroll to)."""
    return box.evaluate("""b => { const r = b.getBoundingClientRect();
        return [...b.querySelectorAll('svg text')].filter(t => { const x = t.getBoundingClientRect();
            return x.left < r.left || x.right > r.right; }).map(t => t.textContent); }""")


def test_the_boards_trend_is_seen_whole_at_1366_px(new_page, rita, tree, binh_phuoc):
    for code in ("2020", "2021", "2022", "2023"):
        ensure_period(code)
        _report(binh_phuoc, code, state=ReportState.ACCEPTED)
    page = new_page(1366, 900)
    login(page, "rita")
    page.goto(page.base + f"/board/{tree['524'].code}/2023/")
    box = page.locator("[data-testid=board-trend-chart]")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth")  # it fits: nothing to scroll to
    assert _hidden_words(box) == []  # the title, the legend and every period, the board's own (2023) included
    assert "2023" in box.locator("svg").text_content()


@pytest.mark.parametrize(
    ("path", "charts"),
    [("/board/524/2023/", ["board-share-chart"]), ("/u/524/p/2023/consolidation/", ["share-chart", "trend-chart"])],
)
def test_the_shares_by_unit_and_the_trend_are_seen_whole_at_1366_px(new_page, rita, tree, binh_phuoc, path, charts):
    _report(binh_phuoc, state=ReportState.ACCEPTED)
    page = new_page(1366, 900)
    login(page, "rita")
    page.goto(page.base + path.replace("524", tree["524"].code))
    for testid in charts:
        box = page.locator(f"[data-testid={testid}]")
        assert box.evaluate("b => b.scrollWidth <= b.clientWidth"), testid
        assert _hidden_words(box) == [], testid  # the legend and every period whole, where a narrow column cut them


def test_the_menu_keeps_its_words_on_one_line(new_page, rita, tree):
    for width in (1366, 1024):
        page = new_page(width, 700)
        login(page, "rita")
        heights = page.eval_on_selector_all(".navbar .nav-link, .navbar .btn", "els => els.map(e => e.offsetHeight)")
        assert heights and max(heights) < 45, heights  # "Trang chủ", "Đăng xuất" … never broken over two lines
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing pushed off
