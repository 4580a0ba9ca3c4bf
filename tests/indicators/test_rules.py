"""Every shipped rule on figures that pass it and figures that break it, and the seeds' verdicts."""

import pytest

from indicators.demo import SEED_000_BINH_PHUOC_2023, SEED_001_TINH_CHAU_2023
from indicators.models import Rule
from indicators.validation import evaluate_rules, findings
from indicators.values import active_indicators, derive

R, S, IP = "dossiers.received.", "dossiers.resolved.", "dossiers.in_process."

# rule code -> (figures that pass, figures that break it); the seeds are used where they exercise the rule.
CASES = {
    "non-negative": ({"dossiers.withdrawn": 0}, {"dossiers.withdrawn": -1}),
    "percent-range": (
        {"procedures.rate.internal_process_approved": 100},
        {"procedures.rate.internal_process_approved": 100.5},
    ),
    "coded-range": ({"direction.dialogue": 1}, {"direction.dialogue": 5}),
    "dossiers-received-stated-total": ({**SEED_000_BINH_PHUOC_2023, R + "stated_total": 1949}, SEED_001_TINH_CHAU_2023),
    # Seed 001 balances on its stated system total (3.472 = 3.470 + 2), not on its channels (3.468).
    "dossiers-received-balance": (
        SEED_001_TINH_CHAU_2023,
        {k: v for k, v in SEED_001_TINH_CHAU_2023.items() if k != R + "stated_total"},
    ),
    "dossiers-resolved-stated-total": (
        {S + "stated_total": 5581, S + "early": 5000, S + "on_time": 500, S + "late": 81},
        {S + "stated_total": 5581, S + "early": 5000, S + "on_time": 500},
    ),
    "dossiers-in-process-stated-total": (
        {IP + "stated_total": 398, IP + "within_deadline": 390, IP + "overdue": 8},
        {IP + "stated_total": 398, IP + "within_deadline": 390, IP + "overdue": 9},
    ),
    "dossiers-digitised-inputs": (
        {R + "online": 10, "dossiers.digitised.inputs": 10},
        {R + "online": 10, "dossiers.digitised.inputs": 11},
    ),
    "dossiers-digitised-results": (
        {S + "early": 10, "dossiers.digitised.results": 10},
        {S + "early": 10, "dossiers.digitised.results": 11},
    ),
    "dossiers-payments-online": (
        {"dossiers.payments.due": 10, "dossiers.payments.online_dossiers": 10},
        {"dossiers.payments.due": 10, "dossiers.payments.online_dossiers": 11},
    ),
    "dossiers-results-signed": (
        {S + "early": 10, "dossiers.results_signed": 10},
        {S + "early": 10, "dossiers.results_signed": 11},
    ),
    # The total of online services is computed from its levels, then checked against the procedures.
    "procedures-online-total": (
        {"procedures.total": 50, "procedures.online.full": 7, "procedures.online.partial": 43},
        {"procedures.total": 50, "procedures.online.full": 7, "procedures.online.partial": 44},
    ),
    "dossiers-apology-letters": (
        {S + "late": 1, IP + "overdue": 1, "dossiers.apology_letters": 2},
        {S + "late": 1, IP + "overdue": 1, "dossiers.apology_letters": 3},
    ),
    "feedback-resolved": (
        {"feedback.received": 2, "feedback.resolved": 2},
        {"feedback.received": 2, "feedback.resolved": 3},
    ),
    "staff-officials-female": (
        {"staff.officials": 5, "staff.officials.female": 5},
        {"staff.officials": 5, "staff.officials.female": 6},
    ),
    "staff-civil-servants-female": (
        {"staff.civil_servants": 5, "staff.civil_servants.female": 2},
        {"staff.civil_servants": 5, "staff.civil_servants.female": 6},
    ),
    "staff-part-timers-female": (
        {"staff.part_timers": 5, "staff.part_timers.female": 1},
        {"staff.part_timers": 5, "staff.part_timers.female": 6},
    ),
    # Seed 003: section IV counts 10 công chức, the quality table of V.2 counts 6 men and 5 women.
    "staff-officials-sex-sum": (
        {"staff.officials": 10, "staff.officials.male": 4, "staff.officials.female": 6},
        {"staff.officials": 10, "staff.officials.male": 5, "staff.officials.female": 6},
    ),
    "staff-civil-servants-sex-sum": (
        {"staff.civil_servants": 11, "staff.civil_servants.male": 6, "staff.civil_servants.female": 5},
        {"staff.civil_servants": 10, "staff.civil_servants.male": 6, "staff.civil_servants.female": 5},
    ),
    "staff-part-timers-sex-sum": (
        {"staff.part_timers": 13, "staff.part_timers.male": 6, "staff.part_timers.female": 7},
        {"staff.part_timers": 13, "staff.part_timers.male": 6, "staff.part_timers.female": 6},
    ),
    "staff-stated-total": (
        {"staff.stated_total": 21, "staff.officials": 10, "staff.civil_servants": 11},
        {"staff.stated_total": 21, "staff.officials": 10, "staff.civil_servants": 12},
    ),
    "staff-education-sum": (SEED_000_BINH_PHUOC_2023, {"staff.officials": 10, "staff.education.university": 9}),
    "staff-politics-sum": (SEED_000_BINH_PHUOC_2023, {"staff.officials": 10, "staff.politics.advanced": 11}),
    "staff-part-timers-education-sum": (
        {**SEED_000_BINH_PHUOC_2023, "staff.part_timers": 11},
        SEED_000_BINH_PHUOC_2023,  # 10 part-timers, levels 6 + 3 + 2 = 11 (seed 000)
    ),
    "staff-part-timers-politics-sum": (
        SEED_000_BINH_PHUOC_2023,
        {"staff.part_timers": 3, "staff.part_timers.politics.none": 2},
    ),
    "staff-rating-total": (
        {"staff.officials": 3, "staff.rating.excellent": 1, "staff.rating.good": 2},
        {"staff.officials": 3, "staff.rating.excellent": 2, "staff.rating.good": 2},
    ),
    "staff-trained-total": (
        {"staff.officials": 3, "staff.state_management_trained": 3},
        {"staff.officials": 3, "staff.state_management_trained": 4},
    ),
    "staff-present-assigned": (
        {"organisation.staff.assigned": 20, "organisation.staff.present": 20},
        {"organisation.staff.assigned": 20, "organisation.staff.present": 21},
    ),
    "plan-done-planned": (
        {"plan.tasks.planned": 28, "plan.tasks.done": 28},
        {"plan.tasks.planned": 28, "plan.tasks.done": 29},
    ),
    "assigned-tasks-parts": (
        {"assigned.tasks.total": 5, "assigned.tasks.on_time": 4, "assigned.tasks.late": 1},
        {"assigned.tasks.total": 5, "assigned.tasks.on_time": 5, "assigned.tasks.late": 1},
    ),
    "legal-docs-handled": (
        {"institution.legal_docs.flagged": 2, "institution.legal_docs.handled": 2},
        {"institution.legal_docs.flagged": 2, "institution.legal_docs.handled": 3},
    ),
    "egov-documents-sent": (
        {"egov.documents.sent": 10, "egov.documents.sent_electronic": 8, "egov.documents.sent_parallel": 2},
        {"egov.documents.sent": 10, "egov.documents.sent_electronic": 9, "egov.documents.sent_parallel": 2},
    ),
}


def verdict(rule, figures):
    from decimal import Decimal

    catalogue = active_indicators()
    unknown = set(figures) - set(catalogue)
    assert not unknown, f"codes not in the catalogue: {unknown}"
    values = dict.fromkeys(catalogue) | {k: Decimal(str(v)) for k, v in figures.items()}
    return evaluate_rules([rule], derive(values, indicators=catalogue), catalogue)


def test_every_shipped_rule_has_a_case(db):
    assert set(CASES) == set(Rule.objects.values_list("code", flat=True))


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_rule_passes_and_fails(db, code):
    rule = Rule.objects.get(code=code)
    passing, failing = CASES[code]
    assert verdict(rule, passing) == []
    found = verdict(rule, failing)
    assert [f.rule_code for f in found] == [code]
    finding = found[0]
    assert finding.severity == rule.severity and finding.left and finding.right
    assert finding.message.startswith(rule.message.rstrip("."))


def test_seed_000_breaks_only_the_part_timer_levels(seed000, y2023):
    assert [f.rule_code for f in findings(unit=seed000, period=y2023)] == ["staff-part-timers-education-sum"]


def test_seed_001_breaks_only_the_stated_total_a_warning(seed001, y2023):
    found = findings(unit=seed001, period=y2023)
    assert [(f.rule_code, f.severity) for f in found] == [("dossiers-received-stated-total", "warning")]


def test_the_balance_explains_the_given_total_not_a_blank_one(db):
    rule = Rule.objects.get(code="dossiers-received-balance")
    (finding,) = verdict(rule, {**SEED_000_BINH_PHUOC_2023, "dossiers.withdrawn": 57})
    assert "1.949 ≠ 1.881 + 12 + 57" in finding.message and "0 ≠" not in finding.message
