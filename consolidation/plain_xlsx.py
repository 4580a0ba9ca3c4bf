"""A plain Excel workbook written as its XML directly: sheets of numbers and texts, column widths, bold
cells and two number formats, nothing else.

The consolidation's export of the whole country holds some 47,000 cells; openpyxl (write-only mode too)
took 0.77 s of CPU for them, about 16 µs a cell (a cell object, then an XML element) on the national data
set; here a row is one formatted string (0.13 s for the same workbook). Texts are inline strings (never
formulas, whatever they start with); characters XML cannot hold are dropped. The package holds the parts
the Office Open XML format requires: content types, relationships, the workbook, the styles and the
sheets; openpyxl reads it back (``tests/consolidation/test_plain_xlsx.py``, ``test_command.py``).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

# Cell styles (cellXfs): plain, bold, and the two number formats plain or bold.
PLAIN, BOLD = 0, 1
NUMBER, PERCENT = "#,##0", "0.00"  # Excel's built-in formats 3 and 2
_STYLE = {(False, None): 0, (True, None): 1, (False, NUMBER): 2, (False, PERCENT): 3, (True, NUMBER): 4,
          (True, PERCENT): 5}  # fmt: skip
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Sheet:
    title: str  # at most 31 characters, none of : \ / ? * [ ]
    widths: list[float] = field(default_factory=list)  # column widths in characters, from column A
    rows: list[str] = field(default_factory=list)

    def append(self, values, *, bold: bool | list[bool] = False, formats: list[str | None] | None = None) -> None:
        """A row of numbers, texts and blanks (None); ``bold``: the row's or each cell's; ``formats``: a number
        format per column (NUMBER, PERCENT or None)."""
        r = len(self.rows) + 1
        cells = []
        for i, value in enumerate(values):
            style = _STYLE[(bold[i] if isinstance(bold, list) else bold, formats[i] if formats else None)]
            ref = f"{get_column_letter(i + 1)}{r}"
            s = f' s="{style}"' if style else ""
            if value is None or value == "":
                if style:
                    cells.append(f'<c r="{ref}"{s}/>')
            elif isinstance(value, bool):
                raise TypeError("booleans are not written")
            elif isinstance(value, int | float | Decimal):
                cells.append(f'<c r="{ref}"{s}><v>{value!r}</v></c>' if isinstance(value, float)
                             else f'<c r="{ref}"{s}><v>{value}</v></c>')  # fmt: skip
            else:
                text = escape(_ILLEGAL.sub("", str(value)))
                cells.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        self.rows.append(f'<row r="{r}">{"".join(cells)}</row>')

    def xml(self) -> str:
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>' for i, width in enumerate(self.widths, 1)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            + (f"<cols>{cols}</cols>" if cols else "")
            + f"<sheetData>{''.join(self.rows)}</sheetData></worksheet>"
        )


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def workbook(sheets: list[Sheet]) -> bytes:
    """The .xlsx file of ``sheets``, in their order."""
    n = range(1, len(sheets) + 1)
    types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in n
    )
    entries = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{_PKG}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{types}</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            "<sheets>"
            + "".join(
                f'<sheet name={quoteattr(_ILLEGAL.sub("", sheet.title))} sheetId="{i}" r:id="rId{i}"/>'
                for i, sheet in zip(n, sheets, strict=True)
            )
            + "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}/relationships">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in n
            )
            + f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": _STYLES,
    }
    for i, sheet in zip(n, sheets, strict=True):
        entries[f"xl/worksheets/sheet{i}.xml"] = sheet.xml()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, text in entries.items():
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()
