"""Seed 001's task table, built once for the plan page, the report page, the PDF and the Excel file.

The table is the neutral structure of reform_portal.tables: header cells
carry their spans, body rows and the total row are cells whose text is
already formatted by reform_portal.numbers (and whose value is the number,
for Excel). Headings are document text: Vietnamese whatever the interface
language.
"""

from __future__ import annotations

from plans.summary import SummaryRow, TaskSummary
from reform_portal.numbers import format_citation_date
from reform_portal.tables import Cell, HeaderCell, Row, Table, number_cell

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


def _row(item: SummaryRow) -> Row:
    is_total = item.number is None
    figures = (item.planned, item.done_on_time, item.done_late, item.pending_within, item.pending_overdue)
    return Row(
        [Cell("" if is_total else str(item.number)), Cell(item.name), *[number_cell(value) for value in figures]],
        kind="total" if is_total else "item",
    )


def task_table(summary: TaskSummary) -> Table:
    """One row per reform field and the total row ("Tổng cộng", the sum of the rows), at ``summary.on``."""
    return Table(
        key="task_summary",
        title=f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {summary.year}",
        subtitle=f"(Tính đến ngày {format_citation_date(summary.on)})",
        header=[list(cells) for cells in HEADER],
        rows=[_row(item) for item in [*summary.rows, summary.total]],
        widths=[6, 38, 12, 11, 11, 11, 11],
        aligns=["center", "left", "center", "center", "center", "center", "center"],
        sheet_name="Nhiệm vụ CCHC",
        empty=summary.total.planned == 0,  # no task in the plan: nothing to report
    )
