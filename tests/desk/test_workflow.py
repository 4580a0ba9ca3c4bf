"""The workflow: every move for every role and state, double clicks, comments, validation, e-mail."""

from decimal import Decimal

import pytest
from django.core import mail

from consolidation.models import ConsolidationRun
from desk.services import report_create
from desk.workflow import MOVES, WorkflowError, apply_move, available_moves
from indicators.models import Indicator, Value
from reports.models import Report, ReportState, ReportType, Transition
from units.models import Membership, Role

S = ReportState
# Written out independently of desk.workflow.MOVES: (state, person) -> moves that must be allowed.
ALLOWED = {
    (S.DRAFT, "alice"): {"submit"},
    (S.RETURNED, "alice"): {"submit"},
    (S.PENDING_APPROVAL, "leader"): {"approve", "send_back"},
    (S.SUBMITTED, "rita"): {"accept", "return"},
    (S.ACCEPTED, "rita"): {"reopen"},
}


@pytest.fixture
def people(alice, leader, rita, paula, carol, victor, oscar):
    return {u.username: u for u in [alice, leader, rita, paula, carol, victor, oscar]}


def move(report, user, name, comment=""):
    return apply_move(report=report, user=user, move_name=name, seen_state=report.state, comment=comment)


def test_every_move_for_every_person_in_every_state(report, people):
    for state in S:
        report.state = state
        report.save(update_fields=["state"])
        for username, user in people.items():
            expected = ALLOWED.get((state, username), set())
            assert {m.name for m in available_moves(report=report, user=user)} == expected, (state, username)
            for name in MOVES:
                if name in expected:
                    continue
                with pytest.raises(WorkflowError):
                    apply_move(report=report, user=user, move_name=name, seen_state=state, comment="x")
                report.refresh_from_db()
                assert report.state == state
    assert not Transition.objects.exists()


def test_the_whole_journey_records_who_when_and_why(report, alice, leader, rita):
    move(report, alice, "submit")
    move(report, leader, "approve")
    move(report, rita, "return", "Bổ sung số liệu hồ sơ trực tuyến.")
    assert report.state == S.RETURNED
    first_sent = report.__class__.objects.get(pk=report.pk).submitted_at
    move(report, alice, "submit")
    move(report, leader, "approve")
    move(report, rita, "accept")
    report.refresh_from_db()
    assert report.state == S.ACCEPTED and report.accepted_at is not None
    assert report.submitted_at == first_sent  # timeliness is judged on the first submission
    move(report, rita, "reopen", "Sai số liệu quý IV.")
    steps = list(report.transitions.values_list("action", "actor__username", "comment"))
    assert steps == [
        ("submit", "alice", ""),
        ("approve", "leader", ""),
        ("return", "rita", "Bổ sung số liệu hồ sơ trực tuyến."),
        ("submit", "alice", ""),
        ("approve", "leader", ""),
        ("accept", "rita", ""),
        ("reopen", "rita", "Sai số liệu quý IV."),
    ]
    assert report.transitions.get(action="submit", pk=report.transitions.filter(action="submit").first().pk).snapshot


@pytest.mark.parametrize("name", ["send_back", "return", "reopen"])
def test_returning_needs_a_comment(report, alice, leader, rita, name):
    move(report, alice, "submit")
    if name != "send_back":
        move(report, leader, "approve")
    if name == "reopen":
        move(report, rita, "accept")
    actor = leader if name == "send_back" else rita
    with pytest.raises(WorkflowError) as exc:
        apply_move(report=report, user=actor, move_name=name, seen_state=report.state, comment="   ")
    assert exc.value.code == "comment"


def test_a_double_click_moves_once(report, alice):
    seen = report.state
    apply_move(report=report, user=alice, move_name="submit", seen_state=seen)
    with pytest.raises(WorkflowError) as exc:
        apply_move(report=report, user=alice, move_name="submit", seen_state=seen)
    assert exc.value.code == "done"  # the repeat finds its own move done: said as such, not as an error
    assert report.transitions.count() == 1


def test_a_move_someone_else_made_meanwhile_is_stale_not_done(report, alice, leader):
    apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    apply_move(report=report, user=leader, move_name="send_back", seen_state=S.PENDING_APPROVAL, comment="Sửa lại.")
    # The clerk's second click arrives after the leader's return: the last move is not the clerk's submit.
    with pytest.raises(WorkflowError) as exc:
        apply_move(report=report, user=alice, move_name="submit", seen_state=S.DRAFT)
    assert exc.value.code == "stale"
    assert report.transitions.count() == 2


def test_errors_in_the_figures_block_submission(report, alice, binh_phuoc, year_2023):
    Value.objects.create(
        unit=binh_phuoc,
        period=year_2023,
        indicator=Indicator.objects.get(code="dossiers.received.online"),
        number=Decimal(10),
    )
    Value.objects.create(
        unit=binh_phuoc,
        period=year_2023,
        indicator=Indicator.objects.get(code="dossiers.resolved.on_time"),
        number=Decimal(4),
    )
    with pytest.raises(WorkflowError) as exc:
        move(report, alice, "submit")
    assert exc.value.code == "findings"
    report.refresh_from_db()
    assert report.state == S.DRAFT


def test_each_move_sends_mail_to_the_next_people(report, alice, leader, rita, django_capture_on_commit_callbacks):
    for user, email in [(leader, "leader@example.vn"), (rita, "rita@example.vn"), (alice, "alice@example.vn")]:
        user.email = email
        user.save()
    with django_capture_on_commit_callbacks(execute=True):
        move(report, alice, "submit")
    assert mail.outbox[-1].to == ["leader@example.vn"]
    with django_capture_on_commit_callbacks(execute=True):
        move(report, leader, "approve")
    assert mail.outbox[-1].to == ["rita@example.vn"]
    assert "Xã Bình Phước" in mail.outbox[-1].subject
    with django_capture_on_commit_callbacks(execute=True):
        move(report, rita, "return", "Thiếu số liệu.")
    assert mail.outbox[-1].to == ["alice@example.vn", "leader@example.vn"]
    assert "Thiếu số liệu." in mail.outbox[-1].body


def test_accepting_refreshes_the_district_in_the_same_transaction_and_a_refused_move_refreshes_nothing(
    report, alice, leader, rita, binh_son, year_2023
):
    """The consolidation refresh is part of the move: no e-mail callbacks need to run for it."""
    move(report, alice, "submit")
    move(report, leader, "approve")
    with pytest.raises(WorkflowError):
        apply_move(report=report, user=rita, move_name="accept", seen_state=S.DRAFT)  # a stale page
    assert not ConsolidationRun.objects.filter(unit=binh_son, period=year_2023).exists()

    move(report, rita, "accept")  # no on_commit callbacks are executed in this test
    run = ConsolidationRun.objects.filter(unit=binh_son, period=year_2023).latest("pk")
    assert (run.trigger, run.trigger_unit_id) == ("accept", report.unit_id)
    assert report.unit.code in run.sources

    move(report, rita, "reopen", comment="Sai số liệu")
    latest = ConsolidationRun.objects.filter(unit=binh_son, period=year_2023).latest("pk")
    assert latest.trigger == "reopen" and report.unit.code not in latest.sources


def test_a_district_sending_its_report_fixes_its_consolidation_as_sent(rita, binh_son, year_2023):
    Membership.objects.create(user=rita, unit=binh_son, role=Role.CLERK)  # Phòng Nội vụ writes the district's report
    district = report_create(
        unit=binh_son, period=year_2023, report_type=ReportType.objects.get(code="cchc-year"), user=rita
    )
    move(district, rita, "submit")
    run = ConsolidationRun.objects.filter(unit=binh_son, period=year_2023).latest("pk")
    assert run.trigger == "submit"
    assert district.transitions.get(action="submit").snapshot["figures"]


def test_a_district_is_checked_on_the_figures_it_prints_its_units_included(rita, binh_son, year_2023):
    commune = binh_son.children.get(code="21073")
    received, resolved = (
        Indicator.objects.get(code="dossiers.received.online"),
        Indicator.objects.get(code="dossiers.resolved.on_time"),
    )
    Value.objects.create(unit=commune, period=year_2023, indicator=received, number=Decimal(10))
    Value.objects.create(unit=commune, period=year_2023, indicator=resolved, number=Decimal(12))  # 12 > 10
    report_type = ReportType.objects.get(code="cchc-year")
    Report.objects.create(unit=commune, period=year_2023, report_type=report_type, state=S.ACCEPTED,
                          subject="x", cutoff_start=year_2023.cutoff_start, cutoff_end=year_2023.cutoff_end)  # fmt: skip
    Membership.objects.create(user=rita, unit=binh_son, role=Role.CLERK)
    district = report_create(unit=binh_son, period=year_2023, report_type=report_type, user=rita)
    with pytest.raises(WorkflowError) as refused:
        move(district, rita, "submit")
    assert refused.value.code == "findings"
