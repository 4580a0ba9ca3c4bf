"""Totals, rates and findings recomputed from what the clerk is typing, before anything is saved.

The entry page posts the form here (htmx, on input, with a delay) and swaps in
the computed cells and the findings. The posted sheet is read and its total
rows are summed by the functions values_save uses (indicators.posted), and the
figures are derived and checked as after a save (validation.rule_figures,
tables, findings), so the live numbers and the saved ones can never disagree;
without JavaScript the save computes everything anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.entry import parse_post
from indicators.models import ValueSource
from indicators.posted import merge, parse_sheet, total_rows
from indicators.tables import ENTERED_COLUMNS, display_value, dossier_row
from indicators.validation import Finding, findings, rule_figures
from indicators.values import active_indicators, field_key, form_spec, stored_cells


@dataclass
class LiveResult:
    computed: dict[str, str] = field(default_factory=dict)  # code of a computed or provided row -> display
    grid: dict[str, str] = field(default_factory=dict)  # Biểu 06 cell ("column@field"; "column" in the total row)
    errors: dict[str, str] = field(default_factory=dict)  # field key -> message
    findings: list[Finding] = field(default_factory=list)


def live_figures(*, unit, period, form_code: str, data) -> LiveResult:
    """What the form would show if the posted figures were saved; a constant number of queries.

    The posted sheet is read by indicators.posted (as values_save reads it), the total rows
    follow the same rule, and the figures the rules see come from validation.rule_figures.
    """
    spec = form_spec(form_code)
    catalogue = active_indicators()
    typed, _notes, _raw = parse_post(data)
    posted = parse_sheet(spec, typed)
    merged = merge(stored_cells(unit=unit, period=period, spec=spec) if spec.is_grid else {}, posted)
    totals = total_rows(posted, merged)
    figures = rule_figures(unit=unit, period=period, indicators=catalogue, unsaved={**posted.total_row(), **totals})

    result = LiveResult(errors=posted.errors)
    for r in spec.rows:
        ind = r.indicator if r.indicator_id else None
        if ind is not None and ind.value_source != ValueSource.ENTERED:
            result.computed[ind.code] = display_value(ind, figures.get(ind.code)) or "—"
    if spec.is_grid:
        per_field: dict[str, dict] = {}
        for (code, breakdown), (number, _text) in merged.items():
            if breakdown:
                per_field.setdefault(breakdown, {})[code] = number
        for i, f in enumerate(spec.fields, start=1):
            row = dossier_row(str(i), f.code, f.name, per_field.get(f.code, {}), catalogue)
            result.grid.update({field_key(k, f.code): v for k, v in row.display.items()})
        total = dossier_row("", "", "", {k: figures.get(k) for k in ENTERED_COLUMNS}, catalogue, is_total=True)
        result.grid.update(total.display)
    result.findings = findings(unit=unit, period=period, values=figures)
    return result
