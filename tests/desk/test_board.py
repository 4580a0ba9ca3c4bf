"""One board per unit and period (issue 12, items 4 and 5): each unit that must report appears once with the
report it owes; a unit that started another template is shown, not hidden; the board's header, the Tổng hợp
box and the district's document count the same units the same way."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consolidation.completeness import completeness
from consolidation.engine import consolidate
from consolidation.narrative import completeness_text
from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from reports.models import Period, PeriodKind, Report, ReportingDuty, ReportState, ReportType
from tests.clients import client_for
from tests.exports.conftest import pdf_text
from units.models import Membership, Role, UnitKind

S = ReportState
TZ = timezone.get_fixed_timezone(7 * 60)  # Asia/Ho_Chi_Minh


@pytest.fixture
def year(tree):
    return Period.objects.get(code="2023")


def _report(unit, period, code, state, sent: dt.datetime | None = None) -> Report:
    return Report.objects.create(
        unit=unit, period=period, report_type=ReportType.objects.get(code=code), state=state, subject="Báo cáo",
        cutoff_start=period.cutoff_start, cutoff_end=period.cutoff_end, submitted_at=sent,
        accepted_at=sent + dt.timedelta(days=2) if state == S.ACCEPTED else None,
    )  # fmt: skip


@pytest.fixture
def binh_son_2023(tree, year):
    """Bình Sơn's communes at every stage; Bình Phước started the programme report instead of the CCHC one.

    Due 18/12/2023. Sent at 05:00 on the 19th (Vietnam) is the 18th in UTC: late, whatever the server's clock.
    A returned report keeps the time it was first sent, but is not "sent" any more.
    """
    due = year.due_date
    assert due == dt.date(2023, 12, 18)

    def at(day: dt.date, hour: int = 9) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour), TZ)

    plan = {
        "21040-cu": (S.ACCEPTED, at(due - dt.timedelta(days=3))),
        "21043": (S.ACCEPTED, at(due)),
        "21046": (S.ACCEPTED, at(due + dt.timedelta(days=1), 5)),  # late
        "21049": (S.SUBMITTED, at(due - dt.timedelta(days=1))),
        "21052": (S.SUBMITTED, at(due + dt.timedelta(days=2))),  # late
        "21055": (S.RETURNED, at(due - dt.timedelta(days=2))),  # back with the commune: not sent
        "21058": (S.DRAFT, None),
        "21061-cu": (S.PENDING_APPROVAL, None),
    }
    for code, (state, sent) in plan.items():
        _report(tree[code], year, "cchc-year", state, sent)
    _report(tree["21073"], year, "programme-year", S.SUBMITTED, at(due))  # Bình Phước: another template
    return plan


def _text(html: str, testid: str) -> str:
    match = re.search(rf'data-testid="{testid}"[^>]*>(.*?)</(?:div|p)>', html, re.S)
    assert match, testid
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def test_the_district_office_and_the_reviewing_office_are_not_missing(tree, year):
    district = completeness(unit=tree["524"], period=year)
    assert "524-PNV" not in {s.unit.code for s in district.units}
    assert len(district.missing) == district.expected == 22

    # A province whose agencies report to it: the Sở Nội vụ, which receives the reports, is not missing.
    ReportingDuty.objects.create(unit=tree["51"], unit_kind=UnitKind.PROVINCE_AGENCY, period_kind=PeriodKind.YEAR,
                                 report_type=ReportType.objects.get(code="cchc-year"))  # fmt: skip
    ReportingDuty.objects.create(unit=tree["51-SNV"], unit_kind=UnitKind.PROVINCE_AGENCY, period_kind=PeriodKind.YEAR)
    province = completeness(unit=tree["51"], period=year)
    assert {u.code for u in province.missing} == {"524", "522", "51-VP"}


def test_a_commune_that_started_another_template_appears_once_with_what_it_started(tree, year, binh_son_2023, rita):
    page = client_for(rita).get(reverse("desk:board", args=["524", "2023"])).content.decode()

    assert page.count('data-unit="21073"') == 1
    row = re.search(r'<tr data-unit="21073"[^>]*>(.*?)</tr>', page, re.S)
    assert 'data-status="not_started"' in row.group(0)
    assert "Đã lập báo cáo theo mẫu khác" in row.group(1) and "Kết quả thực hiện Chương trình" in row.group(1)
    programme = Report.objects.get(unit=tree["21073"], period=year)
    assert reverse("desk:detail", args=[programme.pk]) in row.group(1)  # the reviewer can open it (and return it)
    assert page.count("<tr data-unit=") == 22  # every commune once; not the district office
    assert "524-PNV" not in page
    # The consolidation page names it beside the units that have not sent their report.
    overview = client_for(rita).get(reverse("consolidation:overview", args=["524", "2023"])).content.decode()
    assert "Xã Bình Phước" in _text(overview, "other-template-units")
    assert "Xã Bình Phước" in _text(overview, "missing-units")
    # The same page filtered by template: the units that owe it.
    programme_only = client_for(rita).get(reverse("desk:board", args=["524", "2023"]) + "?type=programme-year")
    assert "<tr data-unit=" not in programme_only.content.decode()


def test_the_boards_counts_equal_the_summary_box_and_the_document(tree, year, binh_son_2023, rita):
    page = client_for(rita).get(reverse("desk:board", args=["524", "2023"])).content.decode()
    header = re.search(r"(\d+)/(\d+) đã gửi, (\d+) đúng hạn", _text(page, "board-counts"))
    box = re.search(r"(\d+)/(\d+) đã gửi, (\d+) đúng hạn, (\d+) đã tiếp nhận", _text(page, "board-completeness"))
    # Sent: 3 accepted + 2 submitted (not the returned one, not Bình Phước's other template); on time: 3.
    assert header.groups() == ("5", "22", "3")
    assert box.groups()[:3] == header.groups() and box.group(4) == "3"

    sentence = completeness_text(consolidate(unit=tree["524"], period=year))
    assert sentence.startswith("5/22 xã đã gửi báo cáo, 3/22 xã gửi báo cáo đúng hạn")
    assert "UBND xã Bình Phước" in sentence.split("chưa gửi báo cáo:")[1]

    # The district's own report prints the same sentence (a live block of its first draft), in the PDF too.
    Membership.objects.create(user=rita, unit=tree["524"], role=Role.CLERK)
    report = report_create(unit=tree["524"], period=year, report_type=ReportType.objects.get(code="cchc-year"),
                           user=rita)  # fmt: skip
    assert any(sentence in s.body for s in official_document(report).sections)
    text = re.sub(r"\s+", " ", pdf_text(render_pdf(report)))
    assert "5/22 xã đã gửi báo cáo, 3/22 xã gửi báo cáo đúng hạn" in text


def test_the_board_page_makes_the_same_number_of_queries_with_a_district_setting(tree, year, binh_son_2023, rita):
    client = client_for(rita)
    url = reverse("desk:board", args=["524", "2023"])
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    cchc = ReportType.objects.get(code="cchc-year")
    for code, kind in (("51", UnitKind.COMMUNE), ("524", UnitKind.TOWNSHIP), ("524", UnitKind.COMMUNE)):
        ReportingDuty.objects.create(unit=tree[code], unit_kind=kind, period_kind=PeriodKind.YEAR, report_type=cchc)
    with CaptureQueriesContext(connection) as after:
        page = client.get(url).content.decode()
    assert page.count("<tr data-unit=") == 22
    assert len(after.captured_queries) == len(before.captured_queries)
