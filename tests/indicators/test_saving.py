"""The saving use case and what it shares with the live recomputation: one parse, one total-row rule,
one way to build the figures the rules see, and the freeze checked under the workflow's lock."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from indicators.live import live_figures
from indicators.models import Rule, Severity, SheetRevision, Value
from indicators.posted import parse_sheet, total_rows
from indicators.providers import register_provider, unregister_provider
from indicators.saving import can_edit, values_save
from indicators.validation import blocking_findings, explanation_save, findings, rule_figures
from indicators.values import form_spec, sheet_version, values_by_code
from reports.models import ReportState
from tests.indicators.conftest import freeze

FROZEN = "Báo cáo đã được gửi; không thể sửa số liệu nữa."
HUGE = "1.000.000.000.000.000"


def save(unit, period, user, form_code, values, **kwargs):
    version = sheet_version(unit=unit, period=period, form=form_spec(form_code).form)
    return values_save(
        unit=unit, period=period, user=user, form_code=form_code, values=values, version=version, **kwargs
    )


# Parsing a sheet ------------------------------------------------------------------------------


def test_a_sheet_is_read_into_typed_cells_and_notes(db):
    spec = form_spec("dossiers")
    sheet = parse_sheet(
        spec,
        {
            "dossiers.received.online@ho-tich": "1.028",
            ("dossiers.withdrawn", ""): "5",
            "dossiers.returned": "",
            "staff.officials": "3",  # another form's figure
            "dossiers.received.total": "9",  # computed, never typed
            "dossiers.received.online@no-such-field": "1",
        },
        {"dossiers.withdrawn": "  two came back  ", "dossiers.withdrawn@nowhere": "x"},
    )
    assert sheet.errors == {}
    assert sheet.cells == {
        ("dossiers.received.online", "ho-tich"): (Decimal(1028), ""),
        ("dossiers.withdrawn", ""): (Decimal(5), ""),
        ("dossiers.returned", ""): (None, ""),
    }
    assert sheet.notes == {("dossiers.withdrawn", ""): "two came back"}
    assert sheet.total_row() == {"dossiers.withdrawn": 5, "dossiers.returned": None}


def test_each_unreadable_cell_gets_exactly_one_message(db):
    spec = form_spec("dossiers")
    sheet = parse_sheet(
        spec,
        {
            "dossiers.received.online@ho-tich": HUGE,
            "dossiers.received.online": HUGE,
            ("dossiers.received.online", ""): "abc",  # the same cell again
            "dossiers.received.direct@ho-tich": "7",
        },
    )
    assert sheet.errors == {
        "dossiers.received.online@ho-tich": "Số quá lớn.",
        "dossiers.received.online": "Số quá lớn.",
    }
    # The total-row rule does not add a second message to a cell that could not be read.
    total_rows(sheet, sheet.cells)
    assert sheet.errors["dossiers.received.online"] == "Số quá lớn."
    assert len(sheet.errors) == 2


def test_the_total_row_of_every_column_is_the_sum_of_its_rows_once_a_row_is_filled(db):
    spec = form_spec("dossiers")
    sheet = parse_sheet(
        spec,
        {
            "dossiers.received.online@ho-tich": "10",
            "dossiers.received.online@chung-thuc": "5",
            "dossiers.received.online": "15",  # agrees
            "dossiers.received.direct": "3",  # no row of this column is filled: its sum is 0
            "dossiers.withdrawn": "0",  # 0 agrees with no rows
        },
    )
    totals = total_rows(sheet, sheet.cells)
    assert totals["dossiers.received.online"] == 15
    assert totals["dossiers.received.direct"] is None and totals["dossiers.withdrawn"] is None
    assert set(totals) == set(spec.per_field())
    assert sheet.errors == {
        "dossiers.received.direct": "Dòng tổng cộng (3) khác tổng các dòng lĩnh vực (0).",
    }


def test_a_unit_that_types_totals_alone_keeps_them(db):
    sheet = parse_sheet(form_spec("dossiers"), {"dossiers.received.online": "888"})
    assert total_rows(sheet, sheet.cells) == {}
    assert sheet.errors == {}


def test_a_sum_too_large_to_store_refuses_the_columns_typed_cells(alice, binh_phuoc, y2023):
    rows = {
        "dossiers.received.online@ho-tich": "999.999.999.999.999",
        "dossiers.received.online@dat-dai": "1",
        "dossiers.received.direct@dat-dai": "4",
    }
    result = save(binh_phuoc, y2023, alice, "dossiers", rows)
    too_large = "Tổng của cột này sẽ quá lớn."
    assert result.errors == {
        "dossiers.received.online@ho-tich": too_large,
        "dossiers.received.online@dat-dai": too_large,
    }
    assert result.saved and result.unreadable == 0 and len(result.total_errors) == 2
    # The other column is saved, with its total row; the refused column keeps what it had (nothing).
    stored = set(Value.objects.values_list("indicator__code", "breakdown", "number"))
    assert stored == {("dossiers.received.direct", "dat-dai", 4), ("dossiers.received.direct", "", 4)}


# The save and the live page agree -------------------------------------------------------------


def test_the_live_page_shows_what_the_save_stores(alice, seed000, y2023):
    typed = {
        "dossiers.received.online@ho-tich": "100",
        "dossiers.received.direct@ho-tich": "50",
        "dossiers.resolved.early@ho-tich": "140",
        "dossiers.resolved.late@ho-tich": "10",
    }
    live = live_figures(unit=seed000, period=y2023, form_code="dossiers", data={f"v:{k}": v for k, v in typed.items()})
    assert live.errors == {}
    assert live.grid["dossiers.received.total"] == "150"  # the seed's 33 carried over had no rows: no longer counted
    assert live.computed["dossiers.rate.on_time"] == "93,33\u00a0%"
    assert save(seed000, y2023, alice, "dossiers", typed).saved
    v = values_by_code(unit=seed000, period=y2023)
    assert v["dossiers.received.total"] == 150 and v["dossiers.received.carried_over"] is None
    assert v["dossiers.rate.on_time"] == Decimal("93.33")
    assert {f.rule_code for f in findings(unit=seed000, period=y2023)} == {f.rule_code for f in live.findings}


def test_live_and_save_give_the_same_message_for_a_contradicting_total(alice, seed000, y2023):
    typed = {"dossiers.received.online@ho-tich": "500", "dossiers.received.online": "888"}
    live = live_figures(unit=seed000, period=y2023, form_code="dossiers", data={f"v:{k}": v for k, v in typed.items()})
    result = save(seed000, y2023, alice, "dossiers", typed)
    assert result.saved and not result.ok  # the field row is saved; the typed total is not
    assert live.errors["dossiers.received.online"] == result.errors["dossiers.received.online"]
    assert result.errors["dossiers.received.online"].startswith("Dòng tổng cộng (888)")
    assert live.total_errors == len(result.total_errors) == 1 and live.unreadable == result.unreadable == 0
    assert values_by_code(unit=seed000, period=y2023)["dossiers.received.online"] == 500  # the sum of the rows


# The figures the rules see ----------------------------------------------------------------------


@pytest.fixture
def planned_tasks():
    """A provided figure (the plans module's) and a rule that refuses an entered figure above it."""
    register_provider("test-plans", lambda *, unit, period: {"plan.tasks.planned": Decimal(5)})
    Rule.objects.create(
        code="test-survey-vs-plan",
        expression="survey.responses <= plan.tasks.planned",
        severity=Severity.ERROR,
        blocks_saving=True,
        message="Số phiếu khảo sát vượt số nhiệm vụ.",
    )
    yield
    unregister_provider("test-plans")


def test_a_rule_marked_as_blocking_the_save_no_longer_does_and_sees_provided_figures(
    alice, binh_phuoc, y2023, planned_tasks
):
    result = save(binh_phuoc, y2023, alice, "phu-luc-1", {"survey.responses": "7"})
    assert result.ok and result.general_errors == []
    assert Value.objects.get(indicator__code="survey.responses").number == 7
    found = {f.rule_code: f for f in blocking_findings(unit=binh_phuoc, period=y2023)}
    assert "7 > 5" in found["test-survey-vs-plan"].message  # the provided 5 is seen; the submission is blocked
    assert save(binh_phuoc, y2023, alice, "phu-luc-1", {"survey.responses": "5"}).ok
    assert "test-survey-vs-plan" not in {f.rule_code for f in blocking_findings(unit=binh_phuoc, period=y2023)}


def test_rule_figures_overlay_unsaved_figures_before_deriving(binh_phuoc, y2023, planned_tasks):
    figures = rule_figures(unit=binh_phuoc, period=y2023, unsaved={"staff.officials": Decimal(3)})
    assert figures["plan.tasks.planned"] == 5  # provided
    assert figures["staff.officials"] == 3 and figures["staff.total"] == 3  # overlaid, then derived
    assert rule_figures(unit=binh_phuoc, period=y2023, unsaved={"plan.tasks.planned": 9})["plan.tasks.planned"] == 5


# The freeze -----------------------------------------------------------------------------------------


def test_a_sent_report_refuses_a_save_with_a_general_error(alice, binh_phuoc, y2023, report):
    assert can_edit(user=alice, unit=binh_phuoc, period=y2023)
    freeze(report)
    assert not can_edit(user=alice, unit=binh_phuoc, period=y2023)
    result = save(binh_phuoc, y2023, alice, "staff", {"staff.officials": "12"})
    assert not result.ok and result.general_errors == [FROZEN] and result.errors == {}
    assert Value.objects.count() == 0 and SheetRevision.objects.count() == 0
    freeze(report, ReportState.RETURNED)  # returned to the clerk: the figures may change again
    assert can_edit(user=alice, unit=binh_phuoc, period=y2023)
    assert save(binh_phuoc, y2023, alice, "staff", {"staff.officials": "12"}).saved


def test_a_sent_report_refuses_an_explanation(alice, seed000, y2023, report):
    freeze(report, ReportState.PENDING_APPROVAL)
    with pytest.raises(ValidationError) as exc:
        explanation_save(
            unit=seed000, period=y2023, user=alice, rule_code="staff-part-timers-education-sum", text="Kiêm nhiệm."
        )
    assert exc.value.messages == [FROZEN]


def test_a_stale_save_lists_the_others_changes_for_the_form(alice, binh_phuoc, y2023):
    first = values_save(
        unit=binh_phuoc, period=y2023, user=alice, form_code="staff", values={"staff.officials": "11"}, version=0
    )
    stale = values_save(
        unit=binh_phuoc, period=y2023, user=alice, form_code="staff", values={"staff.officials": "12"}, version=0
    )
    assert first.saved and not stale.ok and stale.version == first.version
    assert stale.general_errors == [] and stale.errors == {}
    assert len(stale.conflicts) == 1 and "— → 11" in stale.conflicts[0]
