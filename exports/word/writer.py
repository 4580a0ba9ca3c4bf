"""The official BÁO CÁO written as a Word document: header, title, addressee, sections, tables, signatory,
appendices and charts, from an ``OfficialDocument`` (exports.document)."""

from __future__ import annotations

import datetime as dt
import io

from django.utils import translation
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from exports.document import OfficialDocument, official_document
from exports.images import svg_picture
from exports.word.layout import (
    FIRST_LINE_INDENT,
    HEADER_LINE,
    LANDSCAPE_HEIGHT,
    LANDSCAPE_WIDTH,
    PORTRAIT_HEIGHT,
    PORTRAIT_WIDTH,
    QUOC_HIEU,
    SIGNATURE_ROOM,
    TABLE_LINE,
    TIEU_NGU,
    WIDE_COLUMNS,
)
from exports.word.markup import Note, Run, paragraphs_of, xml_text
from exports.word.metrics import text_width
from exports.word.ooxml import (
    add_cell_line,
    add_line,
    bottom_rule,
    centred_rule,
    fix_table_layout,
    keep_row,
    make_hairline,
    shrink_section_break,
    split_width,
)
from exports.word.setup import add_footnotes_part, add_page_numbers, add_styles, set_core_properties, set_page
from exports.xlsx import _fixed_zip_times, document_time
from reform_portal.numbers import percent_places
from reform_portal.tables import Table


class _Writer:
    def __init__(self, doc: OfficialDocument):
        self.doc = doc
        self.word = Document()
        self.footnotes = None
        self.next_footnote = 1
        self.style_ids: dict[str, str] = {}

    def paragraph(self, style: str):
        """A new paragraph of ``style``, set by its id (python-docx's lookup by name scans every style)."""
        paragraph = self.word.add_paragraph()
        paragraph._p.style = self.style_ids[style]
        return paragraph

    # the parts of the document

    def header(self) -> None:
        doc = self.doc
        table = self.word.add_table(rows=2, cols=2)
        widths = split_width(PORTRAIT_WIDTH, [43, 57])
        fix_table_layout(table, widths=widths)
        left, right = table.rows[0].cells
        if doc.parent_authority:
            add_cell_line(left, doc.parent_authority.upper(), size=12.5, line=HEADER_LINE)
        for line in doc.issuing_authority:
            add_cell_line(left, line.upper(), size=12.5, bold=True, line=HEADER_LINE)
        centred_rule(left, width=int(widths[0] * 0.35), available=widths[0], height=Pt(1))
        add_cell_line(right, QUOC_HIEU, size=12.5, bold=True, line=HEADER_LINE)
        motto = add_cell_line(right, TIEU_NGU, size=14, bold=True, line=HEADER_LINE)
        side = max(0, (widths[1] - int(Pt(text_width(TIEU_NGU, 14, bold=True)))) // 2)
        motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = side
        bottom_rule(motto, space=1)
        number, date = table.rows[1].cells
        add_cell_line(number, doc.number_line, size=13, before=8, line=HEADER_LINE)
        add_cell_line(date, doc.date_line, size=14, italic=True, before=8, line=HEADER_LINE)
        for row in table.rows:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP

    def title(self) -> None:
        doc, word = self.doc, self.word
        lines = [
            add_line(word, "BÁO CÁO", size=14, bold=True, before=18),
            add_line(word, doc.subject, size=14, bold=True, line=TABLE_LINE),
        ]
        lines[1].paragraph_format.left_indent = lines[1].paragraph_format.right_indent = Mm(8)
        if doc.data_window:
            lines.append(add_line(word, doc.data_window, size=14, italic=True))
        lines.append(
            centred_rule(
                word, width=int(PORTRAIT_WIDTH * 0.30), available=int(PORTRAIT_WIDTH), height=Pt(9), after=Pt(6)
            )
        )
        for paragraph in lines:
            paragraph.paragraph_format.keep_with_next = True

    def addressee(self) -> None:
        lines = self.doc.addressee_lines
        if not lines:
            return
        if len(lines) == 1:
            add_line(self.word, f"Kính gửi: {lines[0]}", size=14, before=10, after=6)
            return
        label = "Kính gửi:"
        label_width = Pt(text_width(label, 14) + 6)
        widest = max(text_width(line, 14) for line in lines)
        lines_width = min(Pt(widest + 4), PORTRAIT_WIDTH - label_width)
        table = self.word.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        fix_table_layout(table, widths=[int(label_width), int(lines_width)])
        label_cell, lines_cell = table.rows[0].cells
        add_cell_line(label_cell, label, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, before=10)
        for index, line in enumerate(lines):
            add_cell_line(lines_cell, line, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, before=10 if index == 0 else 0,
                       after=6 if index == len(lines) - 1 else 0)  # fmt: skip

    def markup(self, html: str, *, keep: bool = False) -> None:
        for para in paragraphs_of(html):
            paragraph = self.paragraph("Body Text")
            self.runs(paragraph, para.items)
            if keep:
                paragraph.paragraph_format.keep_with_next = True

    def runs(self, paragraph, items: list[Run | Note]) -> None:
        for item in items:
            if isinstance(item, Note):
                self.footnote(paragraph, item)
                continue
            for index, piece in enumerate(item.text.split("\n")):
                if index:
                    paragraph.add_run().add_break()
                if piece:
                    run = paragraph.add_run(xml_text(piece))
                    run.bold = item.bold or None
                    run.italic = item.italic or None

    def footnote(self, paragraph, note: Note) -> None:
        number = self.next_footnote
        self.next_footnote += 1
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{number}"/></w:r>'
            )
        )
        element = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        self.footnotes.element.append(element)
        note_paragraph = element.find(qn("w:p"))
        for run in note.runs:
            text = run.text.replace("\n", " ")
            props = ("<w:b/>" if run.bold else "") + ("<w:i/>" if run.italic else "")
            r = parse_xml(f"<w:r {nsdecls('w')}>{f'<w:rPr>{props}</w:rPr>' if props else ''}<w:t/></w:r>")
            r.find(qn("w:t")).text = xml_text(text)
            r.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            note_paragraph.append(r)

    def body(self) -> None:
        doc = self.doc
        self.markup(doc.intro)
        for section in doc.sections:
            heading = self.paragraph(f"Heading {min(max(section.level, 1), 4)}")
            heading.add_run(xml_text(section.heading))
            heading.paragraph_format.keep_with_next = True
            self.markup(section.body)
            if section.table is not None:
                self.space_before_table()
                self.table(section.table, width=PORTRAIT_WIDTH, embedded=True)
            if section.see_also:
                see_also = self.paragraph("Body Text")
                see_also.add_run(xml_text(section.see_also)).italic = True

    def space_before_table(self) -> None:
        """The PDF's 6 pt above a table in the text, as space after the paragraph before it."""
        last = self.word.element.body.xpath("./*[not(self::w:sectPr)]")
        if last and last[-1].tag == qn("w:p"):
            spacing = last[-1].get_or_add_pPr().get_or_add_spacing()
            spacing.after = Pt(6)

    def table(self, data: Table, *, width: int, embedded: bool) -> None:
        wide = data.column_count > WIDE_COLUMNS
        size = Pt(8.5 if embedded and wide else 10 if wide else 12)
        header_rows = len(data.header)
        table = self.word.add_table(rows=header_rows + len(data.rows), cols=data.column_count)
        table.style = self.word.styles["Table Grid"]
        widths = split_width(width, data.widths)
        # 2 pt around: the PDF pads 3 pt at the sides but lets a word overflow a narrow column ("STT"),
        # where Word would break it
        fix_table_layout(table, widths=widths, margins=(40, 40))
        rows = table.rows
        # Header rows, merged as the neutral table says; a grid tracks cells covered by a rowspan.
        covered: set[tuple[int, int]] = set()
        for r, header_row in enumerate(data.header):
            c = 0
            for head in header_row:
                while (r, c) in covered:
                    c += 1
                for rr in range(r, r + head.rowspan):
                    for cc in range(c, c + head.colspan):
                        covered.add((rr, cc))
                cell = rows[r].cells[c]
                if head.rowspan > 1 or head.colspan > 1:
                    cell = cell.merge(rows[r + head.rowspan - 1].cells[c + head.colspan - 1])
                self.cell_text(cell, head.text, size=size, bold=True, align="center")
                c += head.colspan
        for r in range(header_rows):
            keep_row(rows[r], header=True)
        for (item, cells), row in zip(data.printed_rows, rows[header_rows:], strict=True):
            keep_row(row)
            bold = item.kind in ("group", "total")
            for (value, align), cell in zip(cells, row.cells, strict=False):
                self.cell_text(cell, value.text, size=size, bold=bold, align=align)
        for note in data.notes:  # as the PDF: indented in the text, centred in an appendix
            align = WD_ALIGN_PARAGRAPH.JUSTIFY if embedded else WD_ALIGN_PARAGRAPH.CENTER
            paragraph = add_line(self.word, note, size=11, italic=True, before=2, after=6, align=align)
            paragraph.paragraph_format.first_line_indent = FIRST_LINE_INDENT if embedded else 0

    def cell_text(self, cell, text: str, *, size: Pt, bold: bool, align: str) -> None:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph._p.style = self.style_ids["Table Text"]
        paragraph.paragraph_format.alignment = {
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
        }.get(align, WD_ALIGN_PARAGRAPH.CENTER)
        for index, line in enumerate(text.split("\n")):  # a Ghi chú with a note and an explanation
            run = paragraph.add_run(xml_text(line))
            if index:
                run._r.addprevious(parse_xml(f"<w:r {nsdecls('w')}><w:br/></w:r>"))
            run.font.size = size
            run.bold = bold or None

    def ending(self) -> None:
        doc = self.doc
        self.markup(doc.closing, keep=True)
        if self.word.paragraphs:
            self.word.paragraphs[-1].paragraph_format.keep_with_next = True
        table = self.word.add_table(rows=1, cols=2)
        fix_table_layout(table, widths=split_width(PORTRAIT_WIDTH, [50, 50]))
        keep_row(table.rows[0])
        recipients, signatory = table.rows[0].cells
        add_cell_line(recipients, "Nơi nhận:", size=12, bold=True, italic=True, before=12,
                   align=WD_ALIGN_PARAGRAPH.LEFT, line=TABLE_LINE)  # fmt: skip
        for line in doc.recipients:
            add_cell_line(recipients, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, line=TABLE_LINE)
        lines = [text for text in (doc.signatory_authority, doc.signatory_title) if text]
        for index, text in enumerate(lines):
            add_cell_line(signatory, text, size=14, bold=True, before=12 if index == 0 else 0)
        name = add_cell_line(signatory, doc.signatory_name, size=14, bold=True)
        name.paragraph_format.space_before = SIGNATURE_ROOM  # room for the signature image and the seal
        for cell in (recipients, signatory):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
                paragraph.paragraph_format.keep_together = True

    def appendices(self) -> None:
        doc = self.doc
        for appendix in doc.appendices:
            landscape = appendix.table.landscape
            section = self.word.add_section(WD_SECTION.NEW_PAGE)
            shrink_section_break(self.word.element.body)
            set_page(section, landscape=landscape, restart=True)
            width = LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH
            lines = [add_line(self.word, appendix.label, size=14, bold=True),
                     add_line(self.word, appendix.table.title.upper(), size=14, bold=True, line=TABLE_LINE)]  # fmt: skip
            if appendix.table.subtitle:
                lines.append(add_line(self.word, appendix.table.subtitle, size=13, italic=True))
            lines.append(add_line(self.word, doc.attachment_line, size=13, italic=True))
            lines.append(
                centred_rule(self.word, width=int(width * 0.25), available=int(width), height=Pt(3), after=Pt(10))
            )
            for paragraph in lines:
                paragraph.paragraph_format.keep_with_next = True
            self.table(appendix.table, width=width, embedded=False)
            height = LANDSCAPE_HEIGHT if landscape else PORTRAIT_HEIGHT
            for svg in appendix.figures:
                self.chart(svg, width=width, height=height)

    def chart(self, svg: str, *, width: int, height: int) -> None:
        """One chart under its appendix's table: as wide as the text (the PDF's 100 %), smaller only where
        the page is too short for it; 6 mm above, as the PDF; never split from its page."""
        picture = svg_picture(svg)
        scale = min(width / picture.width, (height - Mm(12)) / picture.height)
        paragraph = add_line(self.word, "", size=12, before=17, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.keep_together = True
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(picture.png), width=int(picture.width * scale))
        shape._inline.docPr.set("descr", picture.description)

    def write(self, created: dt.datetime) -> bytes:
        self.style_ids = add_styles(self.word)
        self.footnotes = add_footnotes_part(self.word)
        set_core_properties(self.word, self.doc, created)
        first = self.word.sections[0]
        set_page(first, landscape=False, restart=False)
        add_page_numbers(self.word, first)
        # A hairline paragraph before the header table: LibreOffice puts a full empty line above a table
        # that opens a document of several sections.
        make_hairline(self.word.add_paragraph()._p)
        self.header()
        self.title()
        self.addressee()
        self.body()
        self.ending()
        self.appendices()
        buffer = io.BytesIO()
        self.word.save(buffer)
        return _fixed_zip_times(buffer.getvalue())


def docx_bytes(doc: OfficialDocument, *, created: dt.datetime) -> bytes:
    """``doc`` as a .docx file dated ``created``."""
    return _Writer(doc).write(created)


def render_docx(report, *, created: dt.datetime | None = None) -> bytes:
    """The report as an editable Word document (bytes), dated ``created`` or ``document_time``: the same
    document, figures and snapshot as the PDF."""
    with translation.override("vi"), percent_places(report.percent_places):
        doc = official_document(report)
        return docx_bytes(doc, created=created or document_time(report))
