"""Seed 001's task table as plain data that the screen, the PDF and the Excel export render directly.

Header cells carry their spans; body rows and the total row are lists of
cells whose ``value`` is an int (render it with reform_portal.numbers) or
text. Headings are document text: Vietnamese whatever the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from plans.summary import SummaryRow, TaskSummary


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Cell:
    value: int | str | None
    numeric: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Table:
    header: list[list[HeaderCell]]
    rows: list[list[Cell]]
    total: list[Cell]
    column_count: int = 7


HEADER = [
    [
        HeaderCell("STT", rowspan=2),
        HeaderCell("Nội dung", rowspan=2),
        HeaderCell("Số nhiệm vụ chính", rowspan=2),
        HeaderCell("Đã thực hiện", colspan=2),
        HeaderCell("Đang/chưa thực hiện", colspan=2),
    ],
    [HeaderCell("Đúng hạn"), HeaderCell("Quá hạn"), HeaderCell("Còn hạn"), HeaderCell("Quá hạn")],
]


def _figures(row: SummaryRow, *, bold: bool = False) -> list[Cell]:
    return [
        Cell(value, numeric=True, bold=bold)
        for value in (row.planned, row.done_on_time, row.done_late, row.pending_within, row.pending_overdue)
    ]


def summary_table(summary: TaskSummary) -> Table:
    rows = [[Cell(row.number), Cell(row.name), *_figures(row)] for row in summary.rows]
    total = summary.total
    # "Tổng cộng" spans the STT and Nội dung columns, as printed in seed 001.
    return Table(header=HEADER, rows=rows, total=[Cell("Tổng cộng", bold=True), *_figures(total, bold=True)])
