"""Validation rules over a unit's figures: errors block submission, warnings need an explanation.

No rule refuses a save: a draft keeps every readable figure (indicators.saving), and the
rules speak at submission (``blocking_findings``, called by the workflow) and on the entry
page. ``Rule.blocks_saving`` is no longer read (kept in the model and the catalogue only
because removing the column needs a migration).

Rules are data (``Rule``): an expression over indicator codes, or one of the
generic checks (no negative counts, rates between 0 and 100, coded answers
within their codes). The shipped ones encode the identities the reports rely
on (DOMAIN.md, "Arithmetic the documents rely on"): received total =
resolved + in process + withdrawn, parts of a headcount = the headcount, a
part never exceeds its total.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from indicators import expressions, stamp
from indicators.models import Explanation, Indicator, Rule, RuleKind, Severity, ValueType
from indicators.values import Figure, active_indicators, values_by_code
from reform_portal.numbers import format_number
from reports.locking import lock_for_change
from units import access


@dataclass
class Finding:
    rule_code: str
    severity: str  # "error" | "warning"
    message: str  # Vietnamese, with the figures that disagree
    indicator_codes: list[str] = field(default_factory=list)
    explanation: str | None = None
    # Both sides of the broken rule, formatted (reform_portal.numbers): "3.472" and "1.555 + 1.913 = 3.468";
    # for a generic rule the offending figures and the allowed range.
    left: str = ""
    right: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    @property
    def blocks_submission(self) -> bool:
        return self.is_error or not self.explanation


def active_rules() -> list[Rule]:
    """The active rules, built once per process and catalogue version (``indicators.stamp``)."""
    return list(stamp.cached("rules", lambda: list(Rule.objects.filter(is_active=True).order_by("order", "code"))))


def _numbers(values: dict, codes) -> dict:
    return {c: values.get(c) for c in codes}


def _generic(rule: Rule, values: dict, catalogue: dict[str, Indicator]) -> Finding | None:
    bad = []
    for code, ind in catalogue.items():
        value = values.get(code)
        if value is None or isinstance(value, str):
            continue
        if rule.kind == RuleKind.NON_NEGATIVE and ind.value_type in (ValueType.COUNT, ValueType.DECIMAL):
            if value < 0:
                bad.append((code, f"{ind.name}: {format_number(value)}"))
        elif rule.kind == RuleKind.PERCENT_RANGE and ind.value_type == ValueType.PERCENT:
            if not (0 <= value <= 100):
                bad.append((code, f"{ind.name}: {format_number(value)} %"))
        elif (
            rule.kind == RuleKind.CODED_RANGE
            and ind.value_type == ValueType.CODED
            and (value != value.to_integral_value() or int(value) not in ind.code_labels)
        ):
            bad.append((code, f"{ind.name}: {format_number(value)}"))
    if not bad:
        return None
    detail = "; ".join(text for _code, text in bad)
    message = f"{rule.message.rstrip('.')} ({detail})."
    return Finding(rule.code, rule.severity, message, [code for code, _t in bad], left=detail, right=_BOUNDS[rule.kind])


_BOUNDS = {RuleKind.NON_NEGATIVE: "≥ 0", RuleKind.PERCENT_RANGE: "0 – 100 %", RuleKind.CODED_RANGE: "∈ mã quy định"}


def _expression(rule: Rule, values: dict) -> Finding | None:
    try:
        codes = expressions.codes(rule.expression)
    except expressions.ExpressionError:
        return None
    figures = _numbers(values, codes)
    required = rule.requires.split()
    if required:
        if any(values.get(code) is None for code in required):
            return None
    elif all(v is None or isinstance(v, str) for v in figures.values()):
        return None
    if expressions.evaluate(rule.expression, figures) is not False:  # holds, or nothing to compare yet
        return None
    detail = expressions.explain(rule.expression, figures)
    message = f"{rule.message.rstrip('.')} ({detail})." if detail else rule.message
    left, right = expressions.sides(rule.expression, figures) or (None, None)
    return Finding(
        rule.code,
        rule.severity,
        message,
        codes,
        left=format_number(left, empty="—"),
        right=format_number(right, empty="—"),
    )


def evaluate_rules(rules, values: dict, catalogue: dict[str, Indicator]) -> list[Finding]:
    """The findings of ``rules`` over a dict of figures (derived ones included)."""
    out = []
    for rule in rules:
        finding = _expression(rule, values) if rule.kind == RuleKind.EXPRESSION else _generic(rule, values, catalogue)
        if finding is not None:
            out.append(finding)
    return out


def rule_figures(
    *, unit, period, indicators: dict[str, Indicator] | None = None, unsaved: dict[str, Figure] | None = None
) -> dict[str, Figure]:
    """The figures the rules see, built the same way for every check.

    Entered, provided and derived figures of the unit for the period; ``unsaved``
    (code -> typed figure of the total row, not saved yet) replaces the stored ones before
    totals and rates are derived. ``findings``, the live recomputation of the entry page and
    the offline template's preview all read their figures here.
    """
    return values_by_code(unit=unit, period=period, indicators=indicators, unsaved=unsaved)


def findings(*, unit, period, values: dict | None = None) -> list[Finding]:
    """Every broken rule for the unit's figures of the period, warnings with their explanation.

    ``values``: the figures, when the caller has read them already (``values_by_code`` or
    ``rule_figures``); else they are read here.
    A constant number of queries: catalogue, values, rules, explanations (plus providers).
    """
    catalogue = active_indicators()
    if values is None:
        values = rule_figures(unit=unit, period=period, indicators=catalogue)
    result = evaluate_rules(active_rules(), values, catalogue)
    explanations = dict(Explanation.objects.filter(unit=unit, period=period).values_list("rule_code", "text"))
    for finding in result:
        if finding.severity == Severity.WARNING:
            finding.explanation = explanations.get(finding.rule_code) or None
    return result


def blocking_findings(*, unit, period) -> list[Finding]:
    """What stops the report from being submitted: errors, and warnings nobody has explained."""
    return [f for f in findings(unit=unit, period=period) if f.blocks_submission]


def explanation_save(*, unit, period, user, rule_code: str, text: str) -> Explanation | None:
    """Store (or, with empty text, remove) the explanation of a warning; history keeps every version.

    Raises ValidationError with a message: not a warning, too long, or (``ReportFrozen``) the
    report has been sent. Takes the same lock as a workflow move (reports.locking), so an
    explanation lands before a submission's validation or is refused.
    """
    access.require(user, access.Action.EDIT, unit)
    if not Rule.objects.filter(code=rule_code, severity=Severity.WARNING).exists():
        raise ValidationError(_("Only a warning can be explained; an error must be corrected."))
    text = (text or "").strip()
    if len(text) > 2000:
        raise ValidationError(_("The explanation is too long (at most 2000 characters)."))
    with transaction.atomic():
        lock_for_change(unit=unit, period=period)
        existing = Explanation.objects.select_for_update().filter(unit=unit, period=period, rule_code=rule_code).first()
        if not text:
            if existing:
                existing.delete()
            return None
        if existing is None:
            return Explanation.objects.create(unit=unit, period=period, rule_code=rule_code, text=text, author=user)
        existing.text, existing.author = text, user
        existing.save(update_fields=["text", "author", "created_at"])
        return existing
