"""A sheet of posted figures: read once, the same way for the save and for the live recomputation.

``parse_sheet`` reads what a clerk typed in one form (or what an import or the
offline template carries) into typed cells, notes and one error per cell that
cannot be read; ``merge`` lays the typed cells over the stored ones. ``total_rows``
applies the Biểu 06 rule: once any
procedure-field row of the grid is filled, the total row of every per-field
column is the sum of its rows, and a typed total that says otherwise is an
error on that cell. A unit that only knows totals fills the total row alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.models import Value
from indicators.parsing import MAX_NUMBER, parse_value
from indicators.values import Cell, Figure, FormSpec, cell_value, field_key, split_key
from reform_portal.numbers import clean_number, format_number

Typed = tuple[Decimal | None, str]  # (number, text) of one cell, as parsing.parse_value reads it
NOTE_MAX = 500


@dataclass
class ParsedSheet:
    spec: FormSpec
    cells: dict[Cell, Typed] = field(default_factory=dict)  # every cell that was read, empty ones included
    notes: dict[Cell, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # field key -> the one message for that cell

    def refuse(self, cell: Cell, message: str) -> None:
        """Mark a cell as wrong; the first reason stands, so each cell shows one message."""
        self.cells.pop(cell, None)
        self.errors.setdefault(field_key(*cell), message)

    def total_row(self) -> dict[str, Figure]:
        """The typed figures of the total row (breakdown ""), code -> figure."""
        return {
            code: cell_value(self.spec.entered[code], number, text)
            for (code, breakdown), (number, text) in self.cells.items()
            if not breakdown
        }


def parse_sheet(spec: FormSpec, values: dict, notes: dict | None = None) -> ParsedSheet:
    """Read the posted ``values`` and ``notes`` of one form; touches no stored figure.

    Keys are "code", "code@field" or (code, field); a key the form has no input for is
    ignored. An unreadable cell gets one message in ``errors`` and no entry in ``cells``.
    """
    sheet = ParsedSheet(spec)
    for key, raw in values.items():
        cell = split_key(key)
        if not spec.accepts(cell) or field_key(*cell) in sheet.errors:
            continue
        ind = spec.entered[cell[0]]
        try:
            sheet.cells[cell] = parse_value(ind.value_type, raw, codes=ind.codes)
        except ValidationError as exc:
            sheet.refuse(cell, " ".join(exc.messages))
    for key, note in (notes or {}).items():
        cell = split_key(key)
        if spec.accepts(cell):
            sheet.notes[cell] = (note or "").strip()[:NOTE_MAX]
    return sheet


def merge(stored: dict[Cell, Value], sheet: ParsedSheet) -> dict[Cell, Typed]:
    """Every cell of the form as it would be saved: the stored cells with the typed ones over them."""
    merged = {cell: (clean_number(v.number), v.text) for cell, v in stored.items()}
    merged.update(sheet.cells)
    return merged


def total_rows(sheet: ParsedSheet, merged: dict[Cell, Typed]) -> dict[str, Decimal | None]:
    """The total row of each per-field column, when any procedure-field row of the grid is filled.

    ``merged``: the cells as they would be saved (``merge``). Returns {} for a form without
    a grid and for a unit that typed totals alone; else code -> the sum of its rows (None
    when none of its rows is filled). A typed total that differs from its sum, or a sum too
    large to store, is refused on the total row's cell in ``sheet``.
    """
    per_field = sheet.spec.per_field()
    numbers = {cell: number for cell, (number, _text) in merged.items()}
    if not any(numbers.get((code, f)) is not None for code, fields in per_field.items() for f in fields):
        return {}
    totals: dict[str, Decimal | None] = {}
    for code, fields in per_field.items():
        filled = [n for f in fields if (n := numbers.get((code, f))) is not None]
        total = sum(filled, Decimal(0)) if filled else None
        typed = sheet.cells.get((code, ""), (None, ""))[0]
        if typed is not None and typed != (total or 0):
            sheet.refuse(
                (code, ""),
                _("The total row (%(total)s) differs from the sum of the procedure-field rows (%(sum)s).")
                % {"total": format_number(typed), "sum": format_number(total or 0)},
            )
        elif total is not None and abs(total) >= MAX_NUMBER:
            sheet.refuse((code, ""), _("The number is too large."))
        totals[code] = total
    return totals
