"""The inbox (issue 16, item 1): what waits on each role now, across periods and report types, with its due
date and age; reminders to units that owe a report; query counts constant in the number of units."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from desk.inbox import APPROVE, DUE_SOON, LATE, RETURNED, REVIEW, inbox
from desk.models import Reminder
from desk.reminders import remind_missing
from desk.workflow import apply_move
from reports.models import Period, Report, ReportState, ReportType
from reports.periods import ensure_period
from units.models import Membership, Role, Unit, UnitKind, User

S = ReportState


@pytest.fixture
def year(tree):
    return Period.objects.get(code="2023")  # due 18/12/2023


def _report(unit, period, state=S.DRAFT, code="cchc-year"):
    return Report.objects.create(
        unit=unit, period=period, report_type=ReportType.objects.get(code=code), state=state, subject="Báo cáo",
        cutoff_start=period.cutoff_start, cutoff_end=period.cutoff_end,
    )  # fmt: skip


def _items(user, today, kind, period=None):
    return [i for i in inbox(user=user, today=today).of(kind) if period is None or i.period == period]


def test_each_role_sees_what_waits_on_it(alice, leader, rita, carol, binh_phuoc, year):
    today = year.due_date + dt.timedelta(days=3)
    pending = _report(binh_phuoc, year, S.PENDING_APPROVAL)
    assert [i.report_id for i in _items(leader, today, APPROVE)] == [pending.pk]
    assert _items(alice, today, APPROVE) == []  # a clerk does not approve
    pending.state = S.SUBMITTED
    pending.save()
    [item] = _items(rita, today, REVIEW)
    assert item.report_id == pending.pk and item.due_date == year.due_date
    assert item.url == reverse("desk:board", args=["524", "2023"]) + "?status=submitted"  # leads to the board
    assert _items(leader, today, REVIEW) == [] and _items(carol, today, REVIEW) == []
    assert _items(rita, today, LATE, year) == [] or binh_phuoc not in _items(rita, today, LATE, year)[0].missing


def test_returned_report_shows_the_reason_and_age(alice, leader, rita, binh_phuoc, year, client):
    report = _report(binh_phuoc, year, S.SUBMITTED)
    apply_move(
        report=report, move_name="return", seen_state=S.SUBMITTED, user=rita, comment="Thiếu số liệu hồ sơ trực tuyến"
    )
    today = dt.date.today() + dt.timedelta(days=2)
    [item] = _items(alice, today, RETURNED)
    assert item.reason == "Thiếu số liệu hồ sơ trực tuyến"
    assert item.age == 2
    assert item.url == reverse("desk:detail", args=[report.pk])
    assert _items(rita, today, RETURNED) == []
    client.force_login(alice)
    page = client.get(reverse("desk:home")).content.decode()
    assert 'data-testid="inbox-returned"' in page and "Thiếu số liệu hồ sơ trực tuyến" in page


def test_due_soon_then_late_until_sent(alice, binh_phuoc, year):
    before = year.due_date - dt.timedelta(days=3)
    [soon] = _items(alice, before, DUE_SOON, year)
    assert soon.unit == binh_phuoc and soon.report_id is None and soon.days_left == 3
    assert soon.url == reverse("desk:new", args=[binh_phuoc.code, "2023"])
    assert _items(alice, year.due_date - dt.timedelta(days=30), DUE_SOON, year) == []  # not soon yet
    after = year.due_date + dt.timedelta(days=5)
    report = _report(binh_phuoc, year)
    [late] = _items(alice, after, LATE, year)
    assert late.age == 5 and late.report_id == report.pk
    report.state = S.SUBMITTED
    report.save()
    assert _items(alice, after, LATE, year) == []
    # A report of another template fulfils no duty: still late.
    report.delete()
    _report(binh_phuoc, year, S.SUBMITTED, code="programme-year")
    [late] = _items(alice, after, LATE, year)
    assert late.report_type.code == "cchc-year" and late.report_id is None


def test_reviewer_sees_units_that_owe_and_reminds_them(alice, leader, rita, carol, binh_phuoc, binh_son, year, client):
    alice.email, leader.email = "alice@example.vn", "leader@example.vn"
    alice.save()
    leader.save()
    for unit in Unit.objects.filter(parent=binh_son).exclude(pk=binh_phuoc.pk)[:3]:
        _report(unit, year, S.SUBMITTED)
    today = year.due_date + dt.timedelta(days=4)
    [group] = _items(rita, today, LATE, year)
    assert group.reviewing == binh_son and binh_phuoc in group.missing
    assert group.url == reverse("desk:board", args=["524", "2023"])
    sent = [u for u in Unit.objects.filter(parent=binh_son) if u not in group.missing]
    assert len(sent) >= 3

    client.force_login(carol)  # a clerk of another district may not remind Bình Sơn's communes
    assert client.post(reverse("desk:remind", args=["524", "2023"])).status_code in (403, 404)
    assert not Reminder.objects.exists()

    client.force_login(rita)
    with pytest.MonkeyPatch.context() as m:
        m.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        response = client.post(reverse("desk:remind", args=["524", "2023"]))
    assert response.status_code == 302
    reminded = set(Reminder.objects.values_list("unit__code", flat=True))
    assert binh_phuoc.code in reminded and not reminded & {u.code for u in sent}
    assert Reminder.objects.get(unit=binh_phuoc).sent_by == rita
    assert Reminder.objects.get(unit=binh_phuoc).emailed == 2
    [message] = [m for m in mail.outbox if "alice@example.vn" in m.to]
    assert set(message.to) == {"alice@example.vn", "leader@example.vn"}

    [group] = _items(rita, today, LATE, year)  # the reviewer sees when they reminded
    assert group.reminded and {r.sent_by for r in group.reminded} == {rita}
    [late] = _items(alice, today, LATE, year)  # on the unit's home page
    assert [r.sent_by for r in late.reminded] == [rita]
    page = render_to_string("desk/_inbox.html", {"inbox": inbox(user=alice, today=today)})
    assert 'data-testid="inbox-reminded"' in page and "Rita" in page


def test_remind_requires_consolidating_the_unit(alice, binh_son, year):
    with pytest.raises(Exception) as caught:
        remind_missing(user=alice, reviewing=binh_son, period=year)
    assert type(caught.value).__name__ == "PermissionDenied"


def _district_with(n: int, tree, year) -> User:
    province = tree["51"]
    district = Unit.objects.create(name=f"Huyện thử {n}", code=f"9{n:02d}", kind=UnitKind.DISTRICT, parent=province)
    for i in range(n):
        commune = Unit.objects.create(
            name=f"Xã thử {n}-{i}", code=f"9{n:02d}{i:02d}", kind=UnitKind.COMMUNE, parent=district
        )
        if i % 2:
            _report(commune, year, S.SUBMITTED)
        elif i % 3 == 0:
            _report(commune, year, S.RETURNED)
    user = User.objects.create_user(username=f"reviewer{n}", password="pw-123456")
    Membership.objects.create(user=user, unit=district, role=Role.REVIEWER)
    return user


def test_query_count_is_constant_in_the_number_of_units(tree, year):
    today = year.due_date + dt.timedelta(days=2)
    counts = []
    for n in (2, 20):
        user = _district_with(n, tree, year)
        inbox(user=user, today=today)  # memberships cached as for a request
        with CaptureQueriesContext(connection) as queries:
            found = inbox(user=user, today=today)
        assert len(found.of(REVIEW)) == n // 2
        [late] = [i for i in found.of(LATE) if i.period == year]
        assert len(late.missing) == n - n // 2
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]


def test_home_page_shows_the_inbox(rita, binh_phuoc, year):
    _report(binh_phuoc, year, S.SUBMITTED)
    client = Client()
    client.force_login(rita)
    page = client.get(reverse("desk:home")).content.decode()
    assert 'data-testid="inbox-review"' in page
    assert reverse("desk:board", args=["524", "2023"]) + "?status=submitted" in page


def test_the_board_reminds_too(rita, binh_phuoc, year):
    client = Client()
    client.force_login(rita)
    board = reverse("desk:board", args=["524", "2023"])
    assert 'data-testid="board-remind"' in client.get(board).content.decode()
    response = client.post(reverse("desk:remind", args=["524", "2023"]), {"back": "board"})
    assert response.status_code == 302 and response["Location"] == board
    assert Reminder.objects.filter(unit=binh_phuoc, period=year, sent_by=rita).exists()


def test_the_home_pages_query_count_is_constant_in_the_number_of_units(tree, year):
    """The whole page, inbox rendered (names, reminders, the units that owe), not only desk.inbox.inbox()."""
    ensure_period(f"{dt.date.today().year - 1}-Q4")  # late on any day of this year
    counts = []
    for n in (2, 20):
        user = _district_with(n, tree, year)
        client = Client()
        client.force_login(user)
        client.get(reverse("desk:home"))  # the current year's periods opened by the first visit
        late = [i for i in inbox(user=user, today=dt.date.today()).of(LATE)]
        for item in late:  # every unit that owes, reminded for every late period
            Reminder.objects.bulk_create(
                Reminder(unit=u, period=item.period, report_type=item.report_type, sent_by=user) for u in item.missing
            )
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("desk:home")).content.decode()
        assert page.count('data-kind="review"') == n // 2  # one line per report sent, each read in the same queries
        assert late and page.count('data-testid="inbox-reminded"') == len(late)  # the periods' units that owe
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]
