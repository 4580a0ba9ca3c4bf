"""The Excel appendix: the printed tables as sheets, real numbers, print set-up, no formula injection."""

import datetime as dt
import io
from decimal import Decimal

from django.core.cache import cache
from django.utils import translation
from openpyxl import Workbook, load_workbook

from exports.document import official_document
from exports.tables import FORM_USE
from exports.xlsx import render_xlsx, workbook_bytes, workbook_key, write_table
from reform_portal.numbers import percent_places
from reform_portal.tables import Cell, HeaderCell, Row, Table, number_cell

from .conftest import CREATED


def _book(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_it_writes_the_statistical_appendix_as_printed(report):
    book = _book(render_xlsx(report, created=CREATED))
    sheet = book[book.sheetnames[0]]
    assert sheet["A1"].value == "Phụ lục I"
    assert sheet["A2"].value.startswith("THỐNG KÊ SỐ LIỆU")
    h = next(row[0].row for row in sheet.iter_rows() if row[0].value == "STT")
    header = [c.value for c in sheet[h]]
    assert header == ["STT", f"Chỉ tiêu thống kê {FORM_USE}", "Kết quả thống kê", None, "Ghi chú"]
    assert [c.value for c in sheet[h + 1]][2:4] == ["Đơn vị tính", "Số liệu"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {f"A{h}:A{h + 1}", f"B{h}:B{h + 1}", f"C{h}:D{h}", f"E{h}:E{h + 1}", "A1:E1"} <= merged
    assert sheet[f"A{h}"].font.name == "Times New Roman" and sheet[f"A{h}"].font.b
    assert sheet.freeze_panes == f"A{h + 2}"
    assert sheet.print_title_rows == f"${h}:${h + 1}"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 == "9"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    # every other table has its own sheet: tasks, dossiers (landscape); the staff form, left blank, is left out
    assert sorted(book.sheetnames[1:]) == ["Hồ sơ TTHC", "Nhiệm vụ CCHC"]
    dossiers = book["Hồ sơ TTHC"]
    assert dossiers.page_setup.orientation == "landscape"


def test_it_stores_numbers_as_numbers_with_thousands_and_rates_with_two_decimals(report):
    book = _book(render_xlsx(report, created=CREATED))
    dossiers = book["Hồ sơ TTHC"]
    total = next(row for row in dossiers.iter_rows() if row[1].value == "Tổng cộng")
    online = total[3]
    assert online.value == 1949 and online.data_type == "n"
    assert online.number_format == "#,##0"
    tasks = book["Nhiệm vụ CCHC"]
    assert any(cell.data_type == "n" for row in tasks.iter_rows(min_row=6) for cell in row)

    workbook = Workbook()
    table = Table(key="t", title="T", header=[[HeaderCell("Tỷ lệ")]], rows=[Row([Cell("99,04", Decimal("99.04"), "percent")])],
                  widths=[1], aligns=["center"])  # fmt: skip
    write_table(workbook.active, table, label="", attachment_line="")
    cell = next(c for row in workbook.active.iter_rows() for c in row if c.value == Decimal("99.04"))
    assert cell.number_format == "0.00"


def test_user_text_is_never_a_formula(report):
    workbook = Workbook()
    evil = ['=HYPERLINK("http://x","y")', "+1+2", "-3+4", "@SUM(A1)", "\t=1"]
    table = Table(key="t", title="=cmd|' /C calc'!A0", header=[[HeaderCell("Ghi chú"), HeaderCell("Số")]],
                  rows=[Row([Cell(text), number_cell(-5)]) for text in evil], widths=[1, 1], aligns=["left", "right"])  # fmt: skip
    write_table(workbook.active, table, label="", attachment_line="")
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = load_workbook(io.BytesIO(buffer.getvalue())).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    texts = [c for c in cells if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in texts)
    assert {c.value for c in texts} >= set(evil)
    assert all(c.quotePrefix for c in texts if c.value.startswith(("=", "+", "-", "@", "\t")))
    assert [c.value for c in cells if c.data_type == "n"] == [-5] * len(evil)  # real negatives stay numbers


def test_it_is_byte_stable(report):
    assert render_xlsx(report, created=CREATED) == render_xlsx(report, created=CREATED)


def test_a_formula_looking_note_typed_by_the_clerk_stays_text_in_the_produced_file(report):
    from indicators.models import Indicator, Value
    from indicators.tables import form_table

    form = form_table(unit=report.unit, period=report.period, form_code="phu-luc-1")
    codes = [row.indicator_code for row in form.rows if row.indicator_code][:2]
    for code, note in zip(codes, ['=HYPERLINK("http://x","bấm vào")', "+84 912 345 678"], strict=True):
        Value.objects.update_or_create(unit=report.unit, period=report.period,
                                       indicator=Indicator.objects.get(code=code), breakdown="",
                                       defaults={"number": 3, "note": note})  # fmt: skip
    book = _book(render_xlsx(report, created=CREATED))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    evil = [c for c in cells if c.value.startswith(("=", "+"))]
    assert {c.value for c in evil} == {'=HYPERLINK("http://x","bấm vào")', "+84 912 345 678"}
    assert all(c.data_type == "s" and c.quotePrefix for c in evil)


def test_print_set_up_follows_the_decree_portrait_and_turned_for_landscape(report):
    book = _book(render_xlsx(report, created=CREATED))
    portrait = book[book.sheetnames[0]]
    assert portrait.page_setup.orientation == "portrait"
    assert (portrait.page_margins.left, portrait.page_margins.right) == (1.18, 0.59)  # 30 and 15 mm
    landscape = book["Hồ sơ TTHC"]
    assert (landscape.page_margins.top, landscape.page_margins.bottom) == (1.18, 0.59)  # binding side on top
    assert landscape.page_margins.left == landscape.page_margins.right == 0.79
    assert landscape.oddFooter.center.text == "&P/&N"
    assert all(c.font.name == "Times New Roman" for ws in book.worksheets for row in ws.iter_rows() for c in row
               if c.value is not None)  # fmt: skip


def _document(report):
    with translation.override("vi"), percent_places(report.percent_places):
        return official_document(report)


def test_a_workbook_is_written_once_per_content_and_anew_when_a_figure_changes(report):
    doc = _document(report)
    key = workbook_key(doc, created=CREATED)
    cache.delete(key)
    data = workbook_bytes(doc, created=CREATED)
    assert cache.get(key) == data  # the PDF's attachment and the Excel export take these bytes
    assert workbook_key(_document(report), created=CREATED) == key  # the same figures: the same file

    table = next(t for t in (a.table for a in doc.appendices) if t.sheet_name == "Hồ sơ TTHC")
    index, total = next((i, r) for i, r in enumerate(table.rows) if r.cells[1].text == "Tổng cộng")
    table.rows[index] = Row([*total.cells[:3], number_cell(1950), *total.cells[4:]], total.kind)
    assert workbook_key(doc, created=CREATED) != key
    sheet = _book(workbook_bytes(doc, created=CREATED))["Hồ sơ TTHC"]
    assert next(row for row in sheet.iter_rows() if row[1].value == "Tổng cộng")[3].value == 1950

    assert workbook_key(_document(report), created=CREATED + dt.timedelta(days=1)) != key  # another date
    with percent_places(report.percent_places + 1):  # rates formatted with other places
        assert workbook_key(_document(report), created=CREATED) != key
