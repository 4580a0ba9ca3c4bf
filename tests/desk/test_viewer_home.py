"""Issue 16, item 3: a province viewer's home leads to the province's boards; boards read by those who do not
act on them offer no reminder and open only the reports the reader reads (units.access.READS)."""

import re

from django.urls import reverse

from desk.services import report_create
from reports.models import Report, ReportState, ReportType
from reports.periods import ensure_period
from tests.clients import client_for
from units.models import User


def _district_reports(tree, states: dict[str, str]) -> dict[str, Report]:
    root = User.objects.create_superuser("root", password="x")
    cchc, period = ReportType.objects.get(code="cchc-year"), ensure_period("2023")
    made = {}
    for code, state in states.items():
        made[code] = report_create(unit=tree[code], period=period, report_type=cchc, user=root)
        Report.objects.filter(pk=made[code].pk).update(state=state)
    return made


def test_the_viewers_home_leads_to_the_province_board(victor, tree):
    page = client_for(victor).get(reverse("desk:home")).content.decode()
    assert 'data-testid="viewer-home"' in page
    boards = re.findall(r'href="(/board/51/[^"]+)" data-testid="board-link"', page)
    assert boards, "no board of the province on the viewer's home"
    board = client_for(victor).get(boards[0])
    assert board.status_code == 200 and 'data-testid="board-table"' in board.content.decode()


def test_a_reviewer_has_no_viewer_section_and_a_clerk_neither(rita, alice, tree):
    assert 'data-testid="viewer-home"' not in client_for(rita).get(reverse("desk:home")).content.decode()
    assert 'data-testid="viewer-home"' not in client_for(alice).get(reverse("desk:home")).content.decode()


def test_the_board_opens_only_what_its_reader_reads(victor, paula, rita, tree):
    made = _district_reports(tree, {"524": ReportState.ACCEPTED, "522": ReportState.DRAFT})
    province_board = reverse("desk:board", args=["51", "2023"])
    for who, opens in ((victor, {"524"}), (paula, {"524"})):
        page = client_for(who).get(province_board).content.decode()
        for code, report in made.items():
            link = reverse("desk:detail", args=[report.pk])
            assert (link in page) is (code in opens), (who.username, code)
            assert client_for(who).get(link).status_code == (200 if code in opens else 404)
    # The province's reviewer reminds from her board; the viewer reads it only.
    assert 'data-testid="remind"' in client_for(paula).get(province_board).content.decode()
    viewer_page = client_for(victor).get(province_board).content.decode()
    assert 'data-testid="remind"' not in viewer_page and "Số liệu tổng hợp" in viewer_page
    # A district board read from the province: no reminder there either (she does not review communes).
    district_page = client_for(paula).get(reverse("desk:board", args=["524", "2023"])).content.decode()
    assert 'data-testid="board-table"' in district_page and 'data-testid="remind"' not in district_page
    assert 'data-testid="remind"' in client_for(rita).get(reverse("desk:board", args=["524", "2023"])).content.decode()


def test_the_boards_period_choice_shows_the_period_on_screen_even_an_old_one(victor, tree):
    ensure_period("2020")
    page = client_for(victor).get(reverse("desk:board", args=["51", "2020"])).content.decode()
    chosen = re.search(r'<option value="(/board/51/[^"]+)" selected>', page)
    assert chosen and chosen.group(1) == reverse("desk:board", args=["51", "2020"])
