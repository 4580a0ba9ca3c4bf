from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from indicators.models import FormDefinition, Indicator, SheetRevision, Value
from indicators.providers import register_provider, unregister_provider
from indicators.saving import values_save
from indicators.validation import blocking_findings
from indicators.values import derive, values_by_code


def test_the_standard_catalogue_ships_with_every_database(db):
    codes = set(Indicator.objects.values_list("code", flat=True))
    for code in [
        "dossiers.received.online",
        "dossiers.received.direct",
        "dossiers.received.postal",
        "dossiers.received.carried_over",
        "dossiers.resolved.early",
        "dossiers.resolved.on_time",
        "dossiers.resolved.late",
        "dossiers.in_process.within_deadline",
        "dossiers.in_process.overdue",
        "dossiers.withdrawn",
        "dossiers.returned",
        "dossiers.received.total",
        "dossiers.resolved.total",
        "dossiers.in_process.total",
        "dossiers.rate.online",
        "dossiers.rate.on_time",
        "plan.tasks.planned",
        "plan.tasks.done",
        "plan.directing_documents",
        "assigned.tasks.total",
        "assigned.tasks.on_time",
        "assigned.tasks.late",
    ]:
        assert code in codes
    appendix = FormDefinition.objects.get(code="phu-luc-1")
    headers = list(appendix.rows.filter(is_group_header=True, stt__regex=r"^\d\.?$").values_list("stt", flat=True))
    assert headers == ["1", "2.", "3.", "4.", "5.", "6.", "7."]
    assert FormDefinition.objects.filter(code__in=["dossiers", "staff"]).count() == 2
    assert Indicator.objects.get(code="plan.tasks.planned").value_source == "provided"


def test_seed_000_totals_and_rates_are_derived(seed000, y2023):
    v = values_by_code(unit=seed000, period=y2023)
    assert v["dossiers.received.total"] == 1949
    assert v["dossiers.received.new"] == 1916
    assert v["dossiers.resolved.total"] == 1881
    assert v["dossiers.in_process.total"] == 12
    # 1863 / 1881 = 99.0430… rounds half-up to 99.04; 888 / 1916 = 46.3465… to 46.35.
    assert v["dossiers.rate.on_time"] == Decimal("99.04")
    assert v["dossiers.rate.online"] == Decimal("46.35")
    assert v["staff.total"] == 20


def test_rates_round_half_up(db):
    values = {"dossiers.resolved.early": 1, "dossiers.resolved.late": 7}
    # 1/8 = 12.5 %, and 1/800 = 0.125 % rounds half-up to 0.13 (banker's rounding would give 0.12).
    assert derive(values)["dossiers.rate.on_time"] == Decimal("12.50")
    assert derive({"dossiers.resolved.early": 1, "dossiers.resolved.late": 799})["dossiers.rate.on_time"] == Decimal(
        "0.13"
    )


def test_derive_recomputes_ratios_from_summed_parts(db):
    a = {"dossiers.resolved.early": 99, "dossiers.resolved.late": 1}  # 99 %
    b = {"dossiers.resolved.early": 1, "dossiers.resolved.late": 9}  # 10 %
    summed = {k: a[k] + b[k] for k in a}
    assert derive(summed)["dossiers.rate.on_time"] == Decimal("90.91")  # 100 / 110, not (99 + 10) / 2


def test_a_total_is_empty_only_when_all_its_parts_are(db):
    assert derive({})["dossiers.received.total"] is None
    assert derive({"dossiers.received.online": 5})["dossiers.received.total"] == 5


def test_bad_input_is_refused_cell_by_cell_and_the_rest_is_saved(alice, binh_phuoc, y2023):
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={
            "dossiers.received.online": "abc",
            "dossiers.received.direct": "-3",
            "dossiers.withdrawn": "2,5",
            "dossiers.returned": "4",
        },
        version=0,
    )
    assert result.saved and not result.ok and result.unreadable == 3 and result.version == 1
    assert set(result.errors) == {"dossiers.received.online", "dossiers.received.direct", "dossiers.withdrawn"}
    assert "không phải là số" in result.errors["dossiers.received.online"]
    assert "âm" in result.errors["dossiers.received.direct"]
    assert list(Value.objects.values_list("indicator__code", "number")) == [("dossiers.returned", 4)]


def test_vietnamese_number_formats_are_read(alice, binh_phuoc, y2023):
    values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={"dossiers.received.direct": "1.028", "dossiers.payments.online_amount": "5.662.000"},
        version=0,
    )
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.received.direct"] == 1028
    assert v["dossiers.payments.online_amount"] == 5662000


def test_coded_answers_and_rates_are_checked_on_input(alice, binh_phuoc, y2023):
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="phu-luc-1",
        values={"direction.dialogue": "3", "procedures.rate.internal_process_approved": "120"},
        version=0,
    )
    assert "Không = 0, Có = 1" in result.errors["direction.dialogue"]
    assert "0 đến 100" in result.errors["procedures.rate.internal_process_approved"]


def test_a_part_above_its_total_is_saved_and_blocks_the_submission(alice, binh_phuoc, y2023):
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="staff",
        values={"staff.officials": "11", "staff.officials.female": "12"},
        version=0,
    )
    assert result.ok and result.general_errors == []
    assert Value.objects.count() == 2
    blocking = {f.rule_code: f for f in blocking_findings(unit=binh_phuoc, period=y2023)}
    assert "12 > 11" in blocking["staff-officials-female"].message


def test_field_rows_sum_to_the_total_row(alice, binh_phuoc, y2023):
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={"dossiers.received.online@ho-tich": "10", "dossiers.received.online@chung-thuc": "5"},
        version=0,
    )
    assert result.saved
    assert values_by_code(unit=binh_phuoc, period=y2023)["dossiers.received.online"] == 15
    # A typed total that contradicts the rows is refused.
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={"dossiers.received.online": "20"},
        version=result.version,
    )
    assert "15" in result.errors["dossiers.received.online"]


def test_a_unit_may_enter_the_total_row_alone(alice, binh_phuoc, y2023):
    result = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={"dossiers.received.online": "888"},
        version=0,
    )
    assert result.saved
    assert Value.objects.get(indicator__code="dossiers.received.online").breakdown == ""


def test_a_stale_version_is_refused_listing_the_other_change(alice, binh_phuoc, y2023):
    first = values_save(
        unit=binh_phuoc, period=y2023, user=alice, form_code="dossiers", values={"dossiers.withdrawn": "5"}, version=0
    )
    assert first.saved and first.version == 1
    stale = values_save(
        unit=binh_phuoc, period=y2023, user=alice, form_code="dossiers", values={"dossiers.withdrawn": "7"}, version=0
    )
    assert not stale.saved and stale.version == 1
    assert any("Số hồ sơ công dân rút" in line and "— → 5" in line for line in stale.conflicts)
    assert values_by_code(unit=binh_phuoc, period=y2023)["dossiers.withdrawn"] == 5


def test_a_double_post_saves_once(alice, binh_phuoc, y2023):
    for _ in range(2):
        result = values_save(
            unit=binh_phuoc,
            period=y2023,
            user=alice,
            form_code="dossiers",
            values={"dossiers.withdrawn": "5"},
            version=0,
        )
        assert result.ok
    assert result.duplicate
    assert SheetRevision.objects.count() == 1
    assert Value.history.count() == 1


def test_history_records_who_changed_a_value(alice, binh_phuoc, y2023):
    r = values_save(
        unit=binh_phuoc, period=y2023, user=alice, form_code="dossiers", values={"dossiers.withdrawn": "5"}, version=0
    )
    values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={"dossiers.withdrawn": "6"},
        version=r.version,
    )
    history = list(Value.history.order_by("history_date"))
    assert [h.number for h in history] == [5, 6]
    assert all(h.history_user == alice for h in history)


@pytest.mark.parametrize("who", ["carol", "rita", "leader"])
def test_only_the_units_clerk_may_save(request, who, binh_phuoc, y2023):
    user = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        values_save(
            unit=binh_phuoc,
            period=y2023,
            user=user,
            form_code="dossiers",
            values={"dossiers.withdrawn": "1"},
            version=0,
        )


def test_provided_values_show_but_are_never_typed(alice, binh_phuoc, y2023):

    register_provider("test-plans", lambda *, unit, period: {"plan.tasks.planned": Decimal(28), "plan.tasks.done": 28})
    try:
        v = values_by_code(unit=binh_phuoc, period=y2023)
        assert v["plan.tasks.planned"] == 28
        assert v["plan.rate.done"] == Decimal("100.00")
        result = values_save(
            unit=binh_phuoc,
            period=y2023,
            user=alice,
            form_code="phu-luc-1",
            values={"plan.tasks.planned": "5"},
            version=0,
        )
        assert not Value.objects.filter(indicator__code="plan.tasks.planned").exists()
        assert result.ok
    finally:
        unregister_provider("test-plans")
