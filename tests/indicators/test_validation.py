from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from indicators.demo import store_figures
from indicators.models import Explanation
from indicators.validation import blocking_findings, explanation_save, findings
from indicators.values import values_by_code


def by_rule(found):
    return {f.rule_code: f for f in found}


def test_seed_000_passes_every_dossier_rule(seed000, y2023):
    found = by_rule(findings(unit=seed000, period=y2023))
    assert not [code for code in found if code.startswith("dossiers")]
    assert "non-negative" not in found and "percent-range" not in found


def test_seed_000_part_timer_levels_are_a_warning(seed000, y2023):
    found = by_rule(findings(unit=seed000, period=y2023))
    warning = found["staff-part-timers-education-sum"]
    assert warning.severity == "warning"
    assert "10 ≠ 6 + 3 + 2" in warning.message
    assert warning.explanation is None
    assert "staff.part_timers" in warning.indicator_codes


def test_seed_001_stated_total_contradiction_is_caught(seed001, y2023):
    found = by_rule(findings(unit=seed001, period=y2023))
    stated = found["dossiers-received-stated-total"]
    assert stated.severity == "warning"  # the system's total may differ from the channels: explained, then sent
    assert "3.472 ≠ 1.555 + 1.913" in stated.message
    # The stated 3.472 balances the 3.470 resolved + 2 withdrawn, so the balance rule holds.
    assert "dossiers-received-balance" not in found
    assert {f.rule_code for f in blocking_findings(unit=seed001, period=y2023)} == {"dossiers-received-stated-total"}


def test_seed_001_headcounts_balance(seed001, y2023):
    found = by_rule(findings(unit=seed001, period=y2023))
    assert "staff-education-sum" not in found  # 1 + 17 + 2 = 20
    assert "staff-politics-sum" not in found  # 15 + 1 + 4 = 20


def test_generic_rules_catch_stored_nonsense(binh_phuoc, y2023):
    # Figures that bypassed the form (an old import, a database edit) are still caught.
    store_figures(
        unit=binh_phuoc,
        period=y2023,
        figures={"dossiers.withdrawn": -1, "procedures.rate.internal_process_approved": 120, "direction.dialogue": 5},
    )
    found = by_rule(findings(unit=binh_phuoc, period=y2023))
    assert "Số hồ sơ công dân rút: -1" in found["non-negative"].message
    assert "120" in found["percent-range"].message
    assert found["coded-range"].indicator_codes == ["direction.dialogue"]


def test_a_part_above_its_total_is_a_finding_when_stored(binh_phuoc, y2023):
    store_figures(unit=binh_phuoc, period=y2023, figures={"feedback.received": 2, "feedback.resolved": 3})
    assert "3 > 2" in by_rule(findings(unit=binh_phuoc, period=y2023))["feedback-resolved"].message


def test_rules_need_at_least_one_figure(binh_phuoc, y2023):
    assert findings(unit=binh_phuoc, period=y2023) == []


def test_an_explained_warning_no_longer_blocks(alice, seed000, y2023):
    rule = "staff-part-timers-education-sum"
    assert rule in {f.rule_code for f in blocking_findings(unit=seed000, period=y2023)}
    explanation_save(unit=seed000, period=y2023, user=alice, rule_code=rule, text="02 trường hợp kiêm nhiệm.")
    assert rule not in {f.rule_code for f in blocking_findings(unit=seed000, period=y2023)}
    assert by_rule(findings(unit=seed000, period=y2023))[rule].explanation == "02 trường hợp kiêm nhiệm."
    explanation_save(unit=seed000, period=y2023, user=alice, rule_code=rule, text="Hai người kiêm nhiệm.")
    assert Explanation.history.count() == 2
    assert Explanation.objects.get().author == alice


def test_an_error_cannot_be_explained_away(carol, seed001, y2023):
    with pytest.raises(ValidationError):
        explanation_save(
            unit=seed001, period=y2023, user=carol, rule_code="dossiers-received-balance", text="Số liệu hệ thống."
        )


def test_the_appendix_rate_rounding(seed000, y2023):

    assert values_by_code(unit=seed000, period=y2023)["dossiers.rate.on_time"] == Decimal("99.04")
