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
from indicators.values import active_indicators, field_key, form_spec, partial_codes, stored_cells


@dataclass
class LiveResult:
    computed: dict[str, str] = field(default_factory=dict)  # code of a computed or provided row -> display
    grid: dict[str, str] = field(default_factory=dict)  # Biểu 06 cell ("column@field"; "column" in the total row)
    errors: dict[str, str] = field(default_factory=dict)  # field key -> message
    unreadable: int = 0  # cells that cannot be read (the total-row rule's refusals apart)
    total_errors: int = 0  # typed Biểu 06 totals that differ from the sum of their rows
    partial: set[str] = field(default_factory=set)  # codes of ``computed`` missing a part
    grid_partial: set[str] = field(default_factory=set)  # keys of ``grid`` missing a part
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
    stored = stored_cells(unit=unit, period=period, spec=spec) if spec.is_grid else {}
    merged = merge(stored, posted)
    totals = total_rows(posted, merged, stored=stored)
    figures = rule_figures(unit=unit, period=period, indicators=catalogue, unsaved={**posted.total_row(), **totals})

    result = LiveResult(errors=posted.errors, unreadable=posted.unreadable, total_errors=len(posted.total_errors))
    partial = partial_codes(figures, indicators=catalogue)
    for r in spec.rows:
        ind = r.indicator if r.indicator_id else None
        if ind is not None and ind.value_source != ValueSource.ENTERED:
            result.computed[ind.code] = display_value(ind, figures.get(ind.code)) or "—"
            if ind.code in partial:
                result.partial.add(ind.code)
    if spec.is_grid:
        per_field: dict[str, dict] = {}
        for (code, breakdown), (number, _text) in merged.items():
            if breakdown:
                per_field.setdefault(breakdown, {})[code] = number
        for i, f in enumerate(spec.fields, start=1):
            row = dossier_row(str(i), f.code, f.name, per_field.get(f.code, {}), catalogue)
            result.grid.update({field_key(k, f.code): v for k, v in row.display.items()})
            result.grid_partial.update(field_key(k, f.code) for k in row.partial)
        total = dossier_row("", "", "", {k: figures.get(k) for k in ENTERED_COLUMNS}, catalogue, is_total=True)
        result.grid.update(total.display)
        result.grid_partial.update(total.partial)
    result.findings = findings(unit=unit, period=period, values=figures)
    return result
