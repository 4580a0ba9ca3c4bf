from decimal import Decimal

from consolidation.models import ConsolidationRun
from consolidation.prefill import figures_with_sources, latest_run, refresh
from desk.workflow import apply_move
from reports.models import ReportState

from .conftest import make_communes, make_report, put

S = ReportState


def test_the_district_own_figures_add_to_the_consolidated_ones(district, h1_2024):
    (a,) = make_communes(district, 1)
    put(a, h1_2024, {"feedback.received": 2, "dossiers.resolved.on_time": 0, "dossiers.resolved.late": 10})
    make_report(a, h1_2024)
    put(district, h1_2024, {"feedback.received": 7, "dossiers.resolved.on_time": 10, "dossiers.resolved.late": 0})

    rows = {r.code: r for r in figures_with_sources(unit=district, period=h1_2024)}

    feedback = rows["feedback.received"]
    assert (feedback.own, feedback.consolidated, feedback.total) == (7, 2, 9)
    assert feedback.source == "both"
    rate = rows["dossiers.rate.on_time"]
    assert (rate.own, rate.consolidated) == (Decimal("100.00"), Decimal("0.00"))
    assert rate.total == Decimal("50.00")  # 10 / 20 from the added parts, not 100 + 0


def test_accepting_and_reopening_a_commune_refreshes_the_district_and_shows_the_change(
    binh_son, rita, h1_2024, django_capture_on_commit_callbacks
):
    first, second = binh_son.children.filter(code__in=["21040-cu", "21043"]).order_by("code")
    put(first, h1_2024, {"feedback.received": 2})
    put(second, h1_2024, {"feedback.received": 5})
    make_report(first, h1_2024)
    report = make_report(second, h1_2024, S.SUBMITTED)
    refresh(unit=binh_son, period=h1_2024)
    assert latest_run(unit=binh_son, period=h1_2024).values["feedback.received"] == "2"

    with django_capture_on_commit_callbacks(execute=True):
        apply_move(report=report, user=rita, move_name="accept", seen_state=S.SUBMITTED)

    run = latest_run(unit=binh_son, period=h1_2024)
    assert (run.trigger, run.trigger_unit) == ("accept", second)
    assert Decimal(run.values["feedback.received"]) == 7
    assert {"code": "feedback.received", "old": "2", "new": "7"} in run.changes

    with django_capture_on_commit_callbacks(execute=True):
        apply_move(report=report, user=rita, move_name="reopen", seen_state=S.ACCEPTED, comment="Sai số liệu")

    run = latest_run(unit=binh_son, period=h1_2024)
    assert run.trigger == "reopen"
    assert {"code": "feedback.received", "old": "7", "new": "2"} in run.changes


def test_once_the_district_has_sent_its_report_the_consolidation_stays_as_sent(binh_son, rita, h1_2024):
    (commune,) = binh_son.children.filter(code="21040-cu")
    put(commune, h1_2024, {"feedback.received": 2})
    report = make_report(commune, h1_2024, S.SUBMITTED)
    refresh(unit=binh_son, period=h1_2024)
    make_report(binh_son, h1_2024, S.PENDING_APPROVAL)
    report.state = S.ACCEPTED
    report.save()

    runs_before = ConsolidationRun.objects.count()
    refresh(unit=binh_son, period=h1_2024, trigger="accept")

    assert ConsolidationRun.objects.count() == runs_before
    rows = {r.code: r for r in figures_with_sources(unit=binh_son, period=h1_2024)}
    assert "feedback.received" not in rows  # the run it sent had nothing accepted yet
