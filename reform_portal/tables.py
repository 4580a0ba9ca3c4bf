"""One neutral table structure for every table the portal shows or prints.

A table provider (the plans app's task table, the statistical forms, Biểu 06,
the per-unit breakdown) builds a ``Table``; the screen, the PDF template and
the Excel writer only read it, so they cannot disagree: same rows, same
headers, same figures, same formatting (the display text of a number comes
from reform_portal.numbers, once, when the cell is made).

The base layer: plain dataclasses and cell helpers, no Django app behind them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reform_portal.numbers import format_number, rate_places, to_decimal

TEXT, NUMBER, PERCENT = "text", "number", "percent"

# A total computed while some of its parts are blank is the sum of the known parts: marked, and explained
# under the table (``Table.notes``), on the screen, in the PDF and in the Excel file alike.
PARTIAL_MARK = "*"
PARTIAL_NOTE = "(*) Tổng của các số liệu thành phần đã có; còn thiếu số liệu của một số thành phần."


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Cell:
    """One body cell: ``text`` as printed, ``value`` the number behind it (None for text)."""

    text: str
    value: Decimal | None = None
    kind: str = TEXT
    fmt: str = ""  # an Excel number format overriding the kind's default
    partial: bool = False  # a total some of whose parts are blank: printed with PARTIAL_MARK

    @property
    def mark(self) -> str:
        return PARTIAL_MARK if self.partial else ""

    @property
    def is_numeric(self) -> bool:
        return self.kind in (NUMBER, PERCENT) and self.value is not None


@dataclass(frozen=True)
class Row:
    cells: list[Cell]
    kind: str = "item"  # item | group | total


@dataclass
class Table:
    key: str
    title: str
    header: list[list[HeaderCell]]
    rows: list[Row]
    widths: list[float]  # relative column widths, one per column
    aligns: list[str]  # left | center | right, one per column
    subtitle: str = ""
    landscape: bool = False
    sheet_name: str = ""
    summary_of: str = ""  # the key of the full table this one summarises (printed in the text, not in Excel)
    empty: bool = False  # nothing was reported in it (its provider says): a document leaves it out

    @property
    def notes(self) -> list[str]:
        """Lines printed under the table: what its marks mean."""
        return [PARTIAL_NOTE] if any(cell.partial for row in self.rows for cell in row.cells) else []

    @property
    def column_count(self) -> int:
        return len(self.widths)

    @property
    def body_rows(self) -> list[Row]:
        """The rows above the total row (item and group rows)."""
        return [row for row in self.rows if row.kind != "total"]

    @property
    def total_rows(self) -> list[Row]:
        return [row for row in self.rows if row.kind == "total"]

    @property
    def printed_rows(self) -> list[tuple[Row, list[tuple[Cell, str]]]]:
        """Each row with each cell's alignment, for the print template."""
        return [(row, list(zip(row.cells, self.aligns, strict=False))) for row in self.rows]

    @property
    def percent_widths(self) -> list[str]:
        total = sum(self.widths)
        return [f"{w * 100 / total:.2f}%" for w in self.widths]


def number_cell(value, *, places: int | None = None, partial: bool = False) -> Cell:
    dec = to_decimal(value)
    if dec is None:
        return Cell("")
    return Cell(format_number(dec, places) + (PARTIAL_MARK if partial else ""), dec, NUMBER, partial=partial)


def percent_cell(value, *, display: str | None = None, partial: bool = False) -> Cell:
    dec = to_decimal(value)
    if dec is None:
        return Cell(display or "")
    text = display if display is not None else format_number(dec, rate_places())
    return Cell(text + (PARTIAL_MARK if partial else ""), dec, PERCENT, partial=partial)


def text_cell(value) -> Cell:
    return Cell("" if value is None else str(value))
