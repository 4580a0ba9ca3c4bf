import io

from openpyxl import load_workbook

from consolidation.plain_xlsx import NUMBER, PERCENT, Sheet, workbook


def test_a_workbook_reads_back_with_its_values_styles_and_widths():
    sheet = Sheet("Chi tiết theo đơn vị", widths=[6, 40])
    sheet.append(["STT", "Đơn vị", "Tỷ lệ"], bold=True)
    sheet.append([1, "=SUM(A1:A9) & <b> \x07", 99.04], formats=[None, None, PERCENT])
    sheet.append(["", "Tổng cộng", None, 1949], bold=[False, True, True, True], formats=[None, None, PERCENT, NUMBER])
    sheet.append([])
    book = load_workbook(io.BytesIO(workbook([sheet, Sheet("Trống")])))

    assert book.sheetnames == ["Chi tiết theo đơn vị", "Trống"]
    ws = book["Chi tiết theo đơn vị"]
    assert [[c.value for c in row] for row in ws.iter_rows(max_row=3)] == [
        ["STT", "Đơn vị", "Tỷ lệ", None],
        [1, "=SUM(A1:A9) & <b> ", 99.04, None],  # a text, never a formula; the bell character dropped
        [None, "Tổng cộng", None, 1949],
    ]
    assert ws["B2"].data_type == "s"
    assert all(c.font.b for c in ws[1][:3]) and not ws["B2"].font.b and not ws["A3"].font.b and ws["D3"].font.b
    assert (ws["C2"].number_format, ws["C3"].number_format, ws["D3"].number_format) == ("0.00", "0.00", "#,##0")
    # Excel stores a width with its padding (6 characters: 6.71); it shows the whole characters
    assert int(ws.column_dimensions["A"].width) == 6 and int(ws.column_dimensions["B"].width) == 40
