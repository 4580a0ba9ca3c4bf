"""The Nghị định 30/2020 layout in Word's units: paper, margins, text widths, line spacing, sizes."""

from docx.shared import Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
A4_SHORT, A4_LONG = Mm(210), Mm(297)
# Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm; a landscape page turned with the
# paper (the 30 mm binding margin on top, 15 mm below, 20 mm at the sides), as in the PDF.
PORTRAIT_MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
LANDSCAPE_MARGINS = {"top": Mm(30), "bottom": Mm(15), "left": Mm(20), "right": Mm(20)}
PORTRAIT_WIDTH = A4_SHORT - Mm(30) - Mm(15)  # 165 mm of text
LANDSCAPE_WIDTH = A4_LONG - Mm(20) - Mm(20)  # 257 mm
PORTRAIT_HEIGHT = A4_LONG - Mm(20) - Mm(20)  # 257 mm of text
LANDSCAPE_HEIGHT = A4_SHORT - Mm(30) - Mm(15)  # 165 mm


def css_lines(line_height: float) -> float:
    """A CSS line-height as Word's line spacing: Word's "single" line of Times New Roman is 1.15 of the
    font size (the font's ascent and descent), so the print stylesheet's 1.3 is 1.13 Word lines."""
    return round(line_height / 1.15, 2)


BODY_LINE = css_lines(1.3)  # the stylesheet's line-height of the text, the title block and the appendix titles
TABLE_LINE = css_lines(1.2)  # of the tables, the subject, the list of recipients
HEADER_LINE = css_lines(1.15)  # of the header table
FIRST_LINE_INDENT = Mm(10)
PAGE_NUMBER_SIZE = Pt(13)
SIGNATURE_ROOM = Mm(32)
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FOOTNOTES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
WIDE_COLUMNS = 8  # a table with more columns prints smaller, as table.data.wide in the PDF
