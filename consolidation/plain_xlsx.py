"""A plain Excel workbook: sheets of numbers and texts, column widths, bold cells and two number formats.

Written with XlsxWriter: the consolidation's export of the whole country holds some 47,000 cells, which
openpyxl (write-only mode too) took 0.77 s of CPU to write on the national data set, more than the
consolidation itself; XlsxWriter writes a cell without building an object for it. Texts are written as
strings, never as formulas whatever they start with; characters XML cannot hold are dropped. openpyxl
reads the file back in the tests (``tests/consolidation/test_plain_xlsx.py``, ``test_command.py``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

import xlsxwriter

NUMBER, PERCENT = "#,##0", "0.00"  # Excel's built-in formats 3 and 2
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Sheet:
    title: str  # at most 31 characters, none of : \ / ? * [ ]
    widths: list[float] = field(default_factory=list)  # column widths in characters, from column A
    rows: list[tuple[list, list[bool], list[str | None]]] = field(default_factory=list)

    def append(self, values, *, bold: bool | list[bool] = False, formats: list[str | None] | None = None) -> None:
        """A row of numbers, texts and blanks (None); ``bold``: the row's or each cell's; ``formats``: a number
        format per column (NUMBER, PERCENT or None)."""
        values = list(values)
        if any(isinstance(value, bool) for value in values):
            raise TypeError("booleans are not written")
        bolds = bold if isinstance(bold, list) else [bold] * len(values)
        self.rows.append((values, bolds, formats or [None] * len(values)))


def workbook(sheets: list[Sheet]) -> bytes:
    """The .xlsx file of ``sheets``, in their order."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    styles = {}

    def style(bold: bool, number_format: str | None):
        key = (bold, number_format)
        if key not in styles:
            styles[key] = book.add_format({"bold": bold, "num_format": number_format} if number_format else
                                          {"bold": bold}) if (bold or number_format) else None  # fmt: skip
        return styles[key]

    for sheet in sheets:
        ws = book.add_worksheet(_ILLEGAL.sub("", sheet.title))
        for column, width in enumerate(sheet.widths):
            ws.set_column(column, column, width)
        for r, (values, bolds, formats) in enumerate(sheet.rows):
            for c, value in enumerate(values):
                cell_style = style(bolds[c] if c < len(bolds) else False, formats[c] if c < len(formats) else None)
                if value is None or value == "":
                    if cell_style is not None:
                        ws.write_blank(r, c, None, cell_style)
                elif isinstance(value, int | float | Decimal):
                    ws.write_number(r, c, float(value) if isinstance(value, Decimal) else value, cell_style)
                else:
                    ws.write_string(r, c, _ILLEGAL.sub("", str(value)), cell_style)
    book.close()
    return out.getvalue()
