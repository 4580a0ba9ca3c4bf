"""A sheet of posted figures: read once, the same way for the save and for the live recomputation.

``parse_sheet`` reads what a clerk typed in one form (or what an import or the
offline template carries) into typed cells, notes and one error per cell that
cannot be read; ``merge`` lays the typed cells over the stored ones. ``total_rows``
applies the Biểu 06 rule: once any procedure-field row of the grid is filled (or
was, before this sheet cleared it), the total row of every per-field column is
the sum of its rows, blank when none of its rows is filled, and a typed total
that says otherwise is an error on that cell. A unit that only knows totals
fills the total row alone.

An error is per cell: the cell is left out, every other cell goes on. ``errors``
holds them all (shown beside the cells); ``total_errors`` names those the
total-row rule added, so a page can count the unreadable cells apart.
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
    total_errors: set[str] = field(default_factory=set)  # keys of ``errors`` the total-row rule refused

    def refuse(self, cell: Cell, message: str, *, total_rule: bool = False) -> None:
        """Mark a cell as wrong; the first reason stands, so each cell shows one message."""
        self.cells.pop(cell, None)
        key = field_key(*cell)
        if key not in self.errors:
            self.errors[key] = message
            if total_rule:
                self.total_errors.add(key)

    @property
    def unreadable(self) -> int:
        """How many cells could not be read (the total-row rule's refusals apart)."""
        return len(self.errors.keys() - self.total_errors)

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


def by_field(spec: FormSpec, numbers: dict[Cell, Decimal | None]) -> bool:
    """Whether any procedure-field row of the grid has a figure in ``numbers``."""
    return any(numbers.get((code, f)) is not None for code, fields in spec.per_field().items() for f in fields)


def total_rows(
    sheet: ParsedSheet, merged: dict[Cell, Typed], *, stored: dict[Cell, Value] | None = None
) -> dict[str, Decimal | None]:
    """The total row of each per-field column, when the grid is filled by procedure field.

    ``merged``: the cells as they would be saved (``merge``); ``stored``: the cells as they
    are stored. The grid is filled by field when any procedure-field row of ``merged`` is
    filled, or of ``stored``: clearing the last filled row leaves every total blank, not
    the old sum. Returns {} for a form without a grid and for a unit that typed totals
    alone; else code -> the sum of its rows (None when none of its rows is filled).

    A typed total that differs from its sum is refused on the total row's cell in ``sheet``
    (the total row is the sum all the same). When a column's sum would be too large to
    store, the column's typed field cells are refused and ``merged`` goes back to their
    stored figures, so the column keeps its stored rows and total.
    """
    spec, stored = sheet.spec, stored or {}
    per_field = spec.per_field()
    numbers = {cell: number for cell, (number, _text) in merged.items()}
    if not by_field(spec, numbers) and not by_field(spec, {cell: v.number for cell, v in stored.items()}):
        return {}
    totals: dict[str, Decimal | None] = {}
    for code, fields in per_field.items():
        total = _column_sum(numbers, code, fields)
        if total is not None and abs(total) >= MAX_NUMBER:
            for f in fields:
                if (code, f) in sheet.cells:
                    sheet.refuse((code, f), _("The total of this column would be too large."), total_rule=True)
                    old = stored.get((code, f))
                    if old is None:
                        merged.pop((code, f), None)
                        numbers[(code, f)] = None
                    else:
                        merged[(code, f)] = (clean_number(old.number), old.text)
                        numbers[(code, f)] = clean_number(old.number)
            total = _column_sum(numbers, code, fields)
        typed = sheet.cells.get((code, ""), (None, ""))[0]
        if typed is not None and typed != (total or 0):
            sheet.refuse(
                (code, ""),
                _("The total row (%(total)s) differs from the sum of the procedure-field rows (%(sum)s).")
                % {"total": format_number(typed), "sum": format_number(total or 0)},
                total_rule=True,
            )
        totals[code] = total
    return totals


def _column_sum(numbers: dict[Cell, Decimal | None], code: str, fields: list[str]) -> Decimal | None:
    filled = [n for f in fields if (n := numbers.get((code, f))) is not None]
    return sum(filled, Decimal(0)) if filled else None
