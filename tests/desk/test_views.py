"""Report pages for every role, guessed URLs, forged POSTs, concurrent saves, double submits."""

import pytest
from django.urls import reverse

from desk.services import report_create
from reports.models import Report, ReportState, Transition
from reports.periods import ensure_period
from tests.clients import client_for
from units.models import Membership, Role, Unit, UnitKind, User


def edit_payload(report, **overrides):
    data = {
        "version": report.version,
        "subject": report.subject,
        "addressee": report.addressee,
        "intro": report.intro,
        "closing": report.closing,
        "recipients": report.recipients,
        "cutoff_start": report.cutoff_start.strftime("%d/%m/%Y"),
        "cutoff_end": report.cutoff_end.strftime("%d/%m/%Y"),
        "signatory_authority": report.signatory_authority,
        "signatory_title": report.signatory_title,
        "signatory_name": report.signatory_name,
    }
    for section in report.sections.all():
        data[f"section_{section.pk}"] = section.body
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("who", "status"),
    [("alice", 200), ("leader", 200), ("rita", 404), ("paula", 404), ("victor", 404), ("carol", 404), ("oscar", 404)],
)
def test_who_may_read_a_report(report, request, who, status):
    """A draft is its unit's: the reviewers and the viewer above read what is sent, not what is drafted."""
    user = request.getfixturevalue(who)
    assert client_for(user).get(reverse("desk:detail", args=[report.pk])).status_code == status


@pytest.mark.parametrize(
    ("state", "readers"),
    [
        ("pending_approval", {"alice", "leader"}),
        ("submitted", {"alice", "leader", "rita", "paula"}),
        ("returned", {"alice", "leader", "rita", "paula"}),  # sent, and returned from above
        ("accepted", {"alice", "leader", "rita", "paula", "victor"}),
    ],
)
def test_a_report_is_read_above_once_sent_and_by_the_viewer_once_accepted(report, request, state, readers):
    Report.objects.filter(pk=report.pk).update(state=state)
    for who in ("alice", "leader", "rita", "paula", "victor", "carol"):
        response = client_for(request.getfixturevalue(who)).get(reverse("desk:detail", args=[report.pk]))
        assert response.status_code == (200 if who in readers else 404), (who, state)


def test_guessed_ids_look_missing(report, alice):
    client = client_for(alice)
    assert client.get(reverse("desk:detail", args=[report.pk + 999])).status_code == 404
    assert client.get("/reports/abc/").status_code == 404


@pytest.mark.parametrize(
    ("who", "status"), [("alice", 200), ("leader", 403), ("rita", 404), ("victor", 404), ("carol", 404)]
)
def test_who_may_open_the_editor(report, request, who, status):
    user = request.getfixturevalue(who)
    assert client_for(user).get(reverse("desk:edit", args=[report.pk])).status_code == status


@pytest.mark.parametrize(("who", "status"), [("rita", 404), ("leader", 403), ("carol", 404), ("oscar", 404)])
def test_forged_edits_change_nothing(report, request, who, status):
    user = request.getfixturevalue(who)
    response = client_for(user).post(reverse("desk:edit", args=[report.pk]), edit_payload(report, subject="Bị sửa"))
    assert response.status_code == status
    report.refresh_from_db()
    assert report.subject != "Bị sửa" and report.version == 1


def test_the_clerk_saves_and_bad_input_keeps_the_text(report, alice):
    client = client_for(alice)
    section = report.sections.get(order=2)
    url = reverse("desk:edit", args=[report.pk])
    bad = edit_payload(report, cutoff_start="31/12/2023", **{f"section_{section.pk}": "Văn bản quý giá"})
    page = client.post(url, bad).content.decode()
    assert "Không có gì được lưu" in page and "Văn bản quý giá" in page
    assert "không được trước ngày bắt đầu" in page
    wrong_type = edit_payload(report, cutoff_end="ngày mai", **{f"section_{section.pk}": "Văn bản quý giá"})
    page = client.post(url, wrong_type).content.decode()
    assert "Nhập một ngày hợp lệ" in page and "Văn bản quý giá" in page
    section.refresh_from_db()
    assert section.body == ""
    response = client.post(url, edit_payload(report, **{f"section_{section.pk}": "Đã lưu"}))
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.body == "Đã lưu"


def test_the_second_of_two_concurrent_saves_is_refused_and_shown_the_difference(report, alice, binh_phuoc):
    bob = User.objects.create_user("bob", password="x")
    Membership.objects.create(user=bob, unit=binh_phuoc, role=Role.CLERK)
    section = report.sections.get(order=2)
    url = reverse("desk:edit", args=[report.pk])
    alice_form, bob_form = edit_payload(report), edit_payload(report)
    alice_form[f"section_{section.pk}"] = "Bản của Alice"
    bob_form[f"section_{section.pk}"] = "Bản của Bob"
    assert client_for(alice).post(url, alice_form).status_code == 302
    response = client_for(bob).post(url, bob_form)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Người khác đã lưu báo cáo này" in page
    assert 'data-testid="conflicts"' in page and "Bản của Alice" in page and "Bản của Bob" in page
    section.refresh_from_db()
    assert section.body == "Bản của Alice"
    # Having seen the difference, Bob may save deliberately: the form now carries the current version.
    assert f'name="version" value="{report.version + 1}"' in page


def test_moves_are_post_only_and_forged_ones_change_nothing(report, alice, carol):
    url = reverse("desk:move", args=[report.pk])
    assert client_for(alice).get(url).status_code == 405
    response = client_for(alice).post(url, {"move": "accept", "seen_state": "draft"}, follow=True)
    assert "Bạn không được thực hiện" in response.content.decode()
    assert client_for(carol).post(url, {"move": "submit", "seen_state": "draft"}).status_code == 404
    assert client_for(alice).post(url, {"move": "submit"}).status_code == 302  # incomplete form: refused
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT and not Transition.objects.exists()


def test_a_double_submitted_form_submits_once(report, alice):
    client = client_for(alice)
    url = reverse("desk:move", args=[report.pk])
    client.post(url, {"move": "submit", "seen_state": "draft"})
    response = client.post(url, {"move": "submit", "seen_state": "draft"}, follow=True)
    assert "không gửi lại lần nữa" in response.content.decode()
    assert Transition.objects.filter(report=report).count() == 1


def test_a_retried_move_whose_answer_was_lost_says_already_sent(report, alice):
    """The first POST committed but its answer never arrived; the browser (or the clerk) sends it again."""
    client = client_for(alice)
    url = reverse("desk:move", args=[report.pk])
    first = client.post(url, {"move": "submit", "seen_state": "draft"})
    assert first.status_code == 302  # the answer the clerk never saw

    retry = client.post(url, {"move": "submit", "seen_state": "draft"}, follow=True)

    assert retry.status_code == 200 and retry.redirect_chain[-1][0] == reverse("desk:detail", args=[report.pk])
    page = retry.content.decode()
    assert "Đã gửi" in page and "Chờ lãnh đạo duyệt" in page
    assert 'class="alert alert-success' in page and "alert-danger" not in page
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL
    assert list(Transition.objects.filter(report=report).values_list("action", flat=True)) == ["submit"]


def test_a_retried_accept_says_already_done(report, alice, leader, rita):
    url = reverse("desk:move", args=[report.pk])
    client_for(alice).post(url, {"move": "submit", "seen_state": "draft"})
    client_for(leader).post(url, {"move": "approve", "seen_state": "pending_approval"})
    reviewer = client_for(rita)
    reviewer.post(url, {"move": "accept", "seen_state": "submitted"})

    page = reviewer.post(url, {"move": "accept", "seen_state": "submitted"}, follow=True).content.decode()

    assert "Đã thực hiện: thao tác “Tiếp nhận” đã được ghi nhận lúc" in page and "alert-danger" not in page
    assert Transition.objects.filter(report=report, action="accept").count() == 1


def test_new_report_created_once_even_when_clicked_twice(alice, binh_phuoc, tree):
    client = client_for(alice)
    period = ensure_period("2024-H1")
    url = reverse("desk:new", args=[binh_phuoc.code, period.code])
    assert client.get(url).status_code == 200
    from reports.models import ReportType

    type_id = ReportType.objects.get(code="cchc-half-year").pk
    first = client.post(url, {"report_type": type_id, "copy_previous": "on"})
    second = client.post(url, {"report_type": type_id, "copy_previous": "on"})
    assert Report.objects.filter(unit=binh_phuoc, period=period).count() == 1
    assert first.status_code == second.status_code == 302 and first.url == second.url


def test_other_units_cannot_start_a_report_here(carol, rita, binh_phuoc):
    period = ensure_period("2024-H1")
    url = reverse("desk:new", args=[binh_phuoc.code, period.code])
    assert client_for(carol).get(url).status_code == 404
    assert client_for(rita).get(url).status_code == 403


def test_home_lists_the_units_reports_with_their_state(report, alice):
    page = client_for(alice).get(reverse("desk:home")).content.decode()
    assert reverse("desk:detail", args=[report.pk]) in page
    assert 'data-state="draft"' in page


@pytest.mark.parametrize(
    ("who", "status"),
    [("rita", 200), ("alice", 404), ("paula", 200), ("victor", 200), ("adam", 403), ("carol", 404)],
)
def test_board_access(request, who, status, year_2023):
    user = request.getfixturevalue(who)
    assert client_for(user).get(reverse("desk:board", args=["524", "2023"])).status_code == status


def test_board_counts_and_filters(report, alice, leader, rita, tinh_chau, year_2023):
    from desk.workflow import apply_move

    apply_move(report=report, user=alice, move_name="submit", seen_state="draft")
    apply_move(report=report, user=leader, move_name="approve", seen_state="pending_approval")
    client = client_for(rita)
    page = client.get(reverse("desk:board", args=["524", "2023"])).content.decode()
    expected = Unit.objects.filter(parent__code="524", kind__in=UnitKind.commune_level()).count()
    assert f"1/{expected} đã gửi" in page  # the communes; the district office files no report
    filtered = client.get(reverse("desk:board", args=["524", "2023"]) + "?status=submitted").content.decode()
    assert filtered.count('data-status="submitted"') == 1 and 'data-status="not_started"' not in filtered
    assert "Xã Tịnh Châu" not in page  # another district's commune


def _add_communes(parent, count, period, cchc_year, start):
    for i in range(count):
        unit = Unit.objects.create(code=f"X{start + i}", name=f"Xã Thử {start + i}", kind=UnitKind.COMMUNE,
                                   parent=parent, issuing_authority="UBND", place_name="Thử")  # fmt: skip
        clerk = User.objects.create_user(f"clerk{start + i}")
        Membership.objects.create(user=clerk, unit=unit, role=Role.CLERK)
        report_create(unit=unit, period=period, report_type=cchc_year, user=clerk)


def test_board_query_count_is_the_same_for_20_or_200_units(
    rita, binh_son, year_2023, cchc_year, django_assert_num_queries
):
    client = client_for(rita)
    url = reverse("desk:board", args=["524", "2023"])
    assert 20 <= binh_son.children.count() < 30  # the demo district: 22 communes and its office (not expected)
    client.get(url)
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()  # both requests draw the trend chart from the figures (consolidation.charts_cache)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    _add_communes(binh_son, 200 - binh_son.children.count(), year_2023, cchc_year, 2000)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        page = client.get(url).content.decode()
    assert page.count("<tr data-unit=") == 199  # every commune, once
    assert len(large.captured_queries) == len(small.captured_queries)


def test_report_page_query_count_does_not_grow_with_sections(report, alice):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(alice)
    url = reverse("desk:detail", args=[report.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    from reports.models import ReportSection

    for i in range(30):
        ReportSection.objects.create(report=report, order=100 + i, title=f"Mục {i}", body="- nội dung")
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after.captured_queries) == len(before.captured_queries)


def test_the_timeline_shows_saves_and_moves(report, alice):
    client = client_for(alice)
    section = report.sections.get(order=3)
    client.post(reverse("desk:edit", args=[report.pk]), edit_payload(report, **{f"section_{section.pk}": "Mới"}))
    client.post(reverse("desk:move", args=[report.pk]), {"move": "submit", "seen_state": "draft"})
    page = client.get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert "đã lưu phiên bản 2" in page and section.title in page
    assert page.count('data-testid="timeline-entry"') == 2


def test_the_report_page_shows_the_key_figures_as_printed(report, alice, binh_phuoc, year_2023):
    from decimal import Decimal

    from indicators.models import Indicator, Value

    for code, number in [("dossiers.received.online", 888), ("dossiers.received.direct", 1028),
                         ("dossiers.received.carried_over", 33), ("dossiers.resolved.early", 1500),
                         ("dossiers.resolved.on_time", 363), ("dossiers.resolved.late", 18)]:  # fmt: skip
        Value.objects.create(unit=binh_phuoc, period=year_2023, indicator=Indicator.objects.get(code=code),
                             number=Decimal(number))  # fmt: skip
    page = client_for(alice).get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert 'data-testid="key-figures"' in page
    assert "1.949" in page and "99,04\u00a0%" in page  # seed 000: 1863 / 1881
