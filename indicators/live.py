"""Totals, rates and findings recomputed from what the clerk is typing, before anything is saved.

The entry page posts the form here (htmx, on input, with a delay) and swaps in
the computed cells and the findings. The figures are computed by the same
functions as after a save (values.derive, tables, validation), so the live
numbers and the saved ones can never disagree; without JavaScript the save
computes everything anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.entry import parse_post
from indicators.models import Breakdown, Explanation, Severity, Value, ValueSource, ValueType
from indicators.parsing import parse_value
from indicators.tables import ENTERED_COLUMNS, _row, display_value
from indicators.validation import Finding, active_rules, evaluate_rules
from indicators.values import active_indicators, clean_number, derive, field_key, form_spec, split_key, values_by_code
from reform_portal.numbers import format_number


@dataclass
class LiveResult:
    computed: dict[str, str] = field(default_factory=dict)  # code of a computed or provided row -> display
    grid: dict[str, str] = field(default_factory=dict)  # Biểu 06 cell ("column@field"; "column" in the total row)
    errors: dict[str, str] = field(default_factory=dict)  # field key -> message
    findings: list[Finding] = field(default_factory=list)


def live_figures(*, unit, period, form_code: str, data) -> LiveResult:
    """What the form would show if the posted figures were saved; a constant number of queries."""
    spec = form_spec(form_code)
    catalogue = active_indicators()
    figures = values_by_code(unit=unit, period=period, indicators=catalogue)
    typed, _notes, _raw = parse_post(data)
    result = LiveResult()
    grid = spec.form.breakdown == Breakdown.PROCEDURE_FIELD
    per_field: dict[str, dict] = {}
    if grid:
        wanted = {catalogue[k].pk: k for k in ENTERED_COLUMNS if k in catalogue}
        stored = Value.objects.filter(unit=unit, period=period, indicator_id__in=list(wanted)).exclude(breakdown="")
        for indicator_id, breakdown, number in stored.values_list("indicator_id", "breakdown", "number"):
            per_field.setdefault(breakdown, {})[wanted[indicator_id]] = clean_number(number)

    for key, raw in typed.items():
        code, breakdown = split_key(key)
        ind = spec.entered.get(code)
        if ind is None or (breakdown and breakdown not in spec.breakdowns_of(ind)):
            continue
        try:
            number, text = parse_value(ind.value_type, raw, codes=ind.codes)
        except ValidationError as exc:
            result.errors[field_key(code, breakdown)] = " ".join(exc.messages)
            continue
        value = (text or None) if ind.value_type == ValueType.TEXT else number
        if breakdown:
            per_field.setdefault(breakdown, {})[code] = value
        else:
            figures[code] = value

    field_codes = [f.code for f in spec.fields]
    if grid and any(v is not None for b in field_codes for v in per_field.get(b, {}).values()):
        for code in ENTERED_COLUMNS:
            if code in catalogue:
                row_numbers = [per_field.get(b, {}).get(code) for b in field_codes]
                filled = [n for n in row_numbers if n is not None]
                total = sum(filled) if filled else None
                typed_total = figures.get(code) if field_key(code) in typed else None
                if filled and typed_total is not None and typed_total != total:
                    # values_save refuses this too: say it now, beside the total row's cell.
                    result.errors[field_key(code)] = _(
                        "The total row (%(total)s) differs from the sum of the procedure-field rows (%(sum)s)."
                    ) % {"total": format_number(typed_total), "sum": format_number(total)}
                figures[code] = total
    figures = derive(figures, indicators=catalogue)

    for r in spec.rows:
        ind = r.indicator if r.indicator_id else None
        if ind is not None and ind.value_source != ValueSource.ENTERED:
            result.computed[ind.code] = display_value(ind, figures.get(ind.code)) or "—"
    if grid:
        for i, f in enumerate(spec.fields, start=1):
            row = _row(str(i), f.code, f.name, per_field.get(f.code, {}), catalogue)
            result.grid.update({field_key(k, f.code): v for k, v in row.display.items()})
        total = _row("", "", "", {k: figures.get(k) for k in ENTERED_COLUMNS}, catalogue, is_total=True)
        result.grid.update(total.display)

    result.findings = evaluate_rules(active_rules(), figures, catalogue)
    explanations = dict(Explanation.objects.filter(unit=unit, period=period).values_list("rule_code", "text"))
    for finding in result.findings:
        if finding.severity == Severity.WARNING:
            finding.explanation = explanations.get(finding.rule_code) or None
    return result
