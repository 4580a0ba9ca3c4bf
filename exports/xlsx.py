"""The Excel appendix: every table of the report, exactly as printed, one sheet each.

Written from the same neutral tables as the PDF (exports.tables), so the
two can never disagree. Numbers are stored as numbers (thousands grouping
by number format, rates with two decimals), Times New Roman throughout, A4
print set-up fitted to the page width with the title rows repeated and the
panes frozen under the header. Text typed by users is always stored as text:
a label starting with "=", "+", "-" or "@" is never evaluated as a formula.

The file is byte-stable: document properties and zip entry times come from
``created`` (by default ``document_time``), not from the clock at writing time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile

from django.core.cache import cache
from django.utils import translation
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from exports.document import OfficialDocument, official_document
from reform_portal.numbers import percent_places, rate_places
from reform_portal.tables import PERCENT, Table

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Column widths in characters for 100 relative units of a table's width.
PORTRAIT_CHARS, LANDSCAPE_CHARS = 95, 140
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Written workbooks are kept by content (``workbook_key``); WRITER_VERSION is part of the key: raise it when a
# change here writes other bytes from the same tables, so a shared cache (Redis) serves no old file.
WRITER_VERSION = 1
CACHE_PREFIX = "exports-xlsx:"
CACHE_SECONDS = 3600


def _safe_text(cell, text: str) -> None:
    """Store ``text`` as text even when it looks like a formula (CSV/formula injection)."""
    cell.value = text
    if text.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True


def _number_format(cell_kind: str, value) -> str:
    if cell_kind == PERCENT:
        return "0.00" if rate_places() == 2 else "0" if rate_places() == 0 else "0." + "0" * rate_places()
    return "#,##0" if value == value.to_integral_value() else "#,##0.00"


def _style(ws: Worksheet, *, size: int = 12, bold=False, italic=False, horizontal=None, border=False) -> str:
    """The name of a workbook-wide named style (Times New Roman, the size and weight, aligned, bordered).

    A cell takes a named style in one step; setting its font, border and alignment one by one makes
    openpyxl hash each of them into the workbook's style lists, cell by cell, which was most of the
    time the appendix took to write.
    """
    name = f"pl-{size}{'-b' if bold else ''}{'-i' if italic else ''}-{horizontal or 'none'}{'-k' if border else ''}"
    workbook = ws.parent
    if name not in workbook.named_styles:
        style = NamedStyle(name=name, font=Font(name=FONT, size=size, bold=bold, italic=italic))
        if horizontal:
            style.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
        if border:
            style.border = BORDER
        workbook.add_named_style(style)
    return name


def _title_rows(ws: Worksheet, texts: list[tuple[str, dict]], columns: int) -> int:
    row = 1
    for text, font in texts:
        if not text:
            continue
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
        cell = ws.cell(row=row, column=1)
        cell.style = _style(ws, horizontal="center", **font)  # before the text: the style would drop quotePrefix
        _safe_text(cell, text)
        ws.row_dimensions[row].height = 18 if len(text) < 110 else 34
        row += 1
    return row + 1  # one empty row before the table


def write_table(ws: Worksheet, table: Table, *, label: str, attachment_line: str) -> None:
    columns = table.column_count
    first = _title_rows(
        ws,
        [
            (label, {"size": 14, "bold": True}),
            (table.title, {"size": 13, "bold": True}),
            (table.subtitle, {"italic": True}),
            (attachment_line, {"italic": True}),
        ],
        columns,
    )
    header = _style(ws, bold=True, horizontal="center", border=True)
    # Header rows with their merges: a grid tracks cells already covered by a rowspan.
    covered: set[tuple[int, int]] = set()
    for offset, header_row in enumerate(table.header):
        row, col = first + offset, 1
        for head in header_row:
            while (row, col) in covered:
                col += 1
            for r in range(row, row + head.rowspan):
                for c in range(col, col + head.colspan):
                    covered.add((r, c))
                    ws.cell(row=r, column=c).style = header
            _safe_text(ws.cell(row=row, column=col), head.text)
            if head.rowspan > 1 or head.colspan > 1:
                ws.merge_cells(start_row=row, start_column=col, end_row=row + head.rowspan - 1,
                               end_column=col + head.colspan - 1)  # fmt: skip
            col += head.colspan
    body = first + len(table.header)
    for index, (item, cells) in enumerate(table.printed_rows):
        row = body + index
        bold = item.kind in ("group", "total")
        for col, (value, align) in enumerate(cells, start=1):
            cell = ws.cell(row=row, column=col)
            if value.is_numeric:
                cell.value = value.value
                cell.style = _style(ws, bold=bold, horizontal="center" if align == "center" else "right", border=True)
                cell.number_format = (value.fmt or _number_format(value.kind, value.value)) + (
                    f'"{value.mark}"' if value.mark else ""
                )
            else:
                cell.style = _style(ws, bold=bold, horizontal=align, border=True)
                _safe_text(cell, value.text)
    for offset, note in enumerate(table.notes, start=body + len(table.printed_rows) + 1):
        ws.cell(row=offset, column=1).style = _style(ws, size=11, italic=True)
        _safe_text(ws.cell(row=offset, column=1), note)
    chars = LANDSCAPE_CHARS if table.landscape else PORTRAIT_CHARS
    total = sum(table.widths)
    for col, width in enumerate(table.widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = round(width * chars / total, 1)

    ws.freeze_panes = ws.cell(row=body, column=1)
    ws.print_title_rows = f"{first}:{body - 1}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if table.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # Nghị định 30/2020 margins (inches): top/bottom 20 mm, left 30 mm, right 15 mm; on a landscape
    # sheet turned with the paper as in the PDF: the 30 mm binding margin on top, 15 mm below.
    if table.landscape:
        ws.page_margins.left = ws.page_margins.right = 0.79
        ws.page_margins.top, ws.page_margins.bottom = 1.18, 0.59
    else:
        ws.page_margins.left, ws.page_margins.right = 1.18, 0.59
        ws.page_margins.top = ws.page_margins.bottom = 0.79
    ws.oddFooter.center.text = "&P/&N"


def _sheets(doc: OfficialDocument) -> list[tuple[str, Table]]:
    """(label, table) of each sheet: the appendices, then a table printed only in the text (a summary of an
    appended table is not repeated)."""
    tables = [(appendix.label, appendix.table) for appendix in doc.appendices]
    seen = {table.key for _label, table in tables}
    tables += [("", s.table) for s in doc.sections if s.table and s.table.key not in seen and not s.table.summary_of]
    return tables


def workbook_key(doc: OfficialDocument, *, created: dt.datetime) -> str:
    """A digest of everything the workbook is written from: each sheet's label and table (texts, numbers,
    formats, widths, orientation), the attachment line, the title, the creator, the date and the places of
    rates. Equal digests, equal bytes (the file is byte-stable)."""
    digest = hashlib.sha256()
    sheets = _sheets(doc)

    def add(*parts) -> None:
        for part in parts:
            digest.update(str(part).encode())
            digest.update(b"\x1f")

    add(WRITER_VERSION, doc.attachment_line, doc.title, doc.report.unit.cited_name, created.isoformat(), rate_places())
    for label, table in sheets:
        add("sheet", label, table.key, table.sheet_name, table.title, table.subtitle, table.landscape, table.widths,
            table.aligns)  # fmt: skip
        for header_row in table.header:
            add("header", *(part for h in header_row for part in (h.text, h.colspan, h.rowspan)))
        for row in table.rows:
            add("row", row.kind, *(part for c in row.cells for part in (c.text, c.value, c.kind, c.fmt, c.partial)))
    return CACHE_PREFIX + digest.hexdigest()


def workbook_bytes(doc: OfficialDocument, *, created: dt.datetime) -> bytes:
    """The workbook of ``doc``, written once per content (``workbook_key``) and kept in Django's cache for
    ``CACHE_SECONDS``: the PDF's attachment, the Excel export and the archive of the same report, with the
    same figures, take the same bytes without writing them again."""
    key = workbook_key(doc, created=created)
    data = cache.get(key)
    if data is None:
        data = _write_workbook(doc, _sheets(doc), created=created)
        cache.set(key, data, CACHE_SECONDS)
    return data


def _write_workbook(doc: OfficialDocument, tables: list[tuple[str, Table]], *, created: dt.datetime) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    for label, table in tables:
        name = table.sheet_name or table.key
        base, n = name[:28], 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        names.add(name)
        write_table(workbook.create_sheet(name), table, label=label, attachment_line=doc.attachment_line)
    if not tables:
        workbook.create_sheet("Phụ lục")
    naive = created.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    workbook.properties.created = workbook.properties.modified = naive
    workbook.properties.creator = doc.report.unit.cited_name
    workbook.properties.title = doc.title
    buffer = io.BytesIO()
    # Not workbook.save(): it stamps the modification time with the clock. Stored, not deflated: the
    # entries are deflated once, when the zip is written again with constant times.
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED, allowZip64=True)).save()
    return _fixed_zip_times(buffer.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite the zip with constant entry times, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def document_time(report) -> dt.datetime:
    """When the report last changed: the date its PDF and Excel files carry, so that two exports of the
    same report are the same bytes (the clock would make every export a new file)."""
    return report.updated_at or report.created_at


def render_xlsx(report, *, created: dt.datetime | None = None) -> bytes:
    """The report's tables as an .xlsx file (bytes), dated ``created`` or ``document_time``: the same
    workbook the PDF carries as its attachment."""
    with translation.override("vi"), percent_places(report.percent_places):
        doc = official_document(report)
        return workbook_bytes(doc, created=created or document_time(report))
