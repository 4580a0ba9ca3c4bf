"""The official BÁO CÁO as a Word file an office can finish: .docx in the Nghị định 30/2020 layout.

Built with python-docx from the same ``OfficialDocument`` as the PDF and the
Excel file (exports.document), so the three cannot disagree: the same
sections rendered with ``markup.render(mode="print")`` (live blocks worded,
from the snapshot once the report is sent), the same neutral tables with the
same formatted figures. What differs is only how it is written down:

- A4, the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm);
  Times New Roman 14 pt, the body justified with a 1 cm first-line indent and
  6 pt before each paragraph, as the print stylesheet (static/css/print.css).
- Named styles an office can change in one place: Normal, Body Text, Heading
  1-4 for the numbered sections (so Word's navigation pane lists them), Table
  Text, footnote text / footnote reference, Header.
- The header as a borderless two-column table; the short rules under the
  issuing authority, under the Tiêu ngữ (as long as the line) and under the
  subject are paragraph borders narrowed by indents, so they stay editable.
- Footnotes are real Word footnotes: python-docx has no footnote API (and no
  maintained helper on PyPI adds one), so the footnotes part, its separators
  and the footnote styles are added here through python-docx's opc and oxml
  layers.
- Tables stay tables: header rows repeated on every page, rows never split.
- Page numbers are Word PAGE fields centred in the top margin from page 2 (a
  different first page); each appendix is its own section, starting a new
  page, numbered on its own, landscape when its table is wide (with the
  margins turned with the paper, as in the PDF).

- The SVG charts under the breakdown appendix are pictures (python-docx embeds
  raster images only): each chart rendered to PNG by exports.images, as wide
  as the page's text like the PDF's, with the chart's title as its
  alternative text; their figures are also the table's.

Byte-stable: the core properties are dated by the report's last change
(``document_time``), and the zip entries get constant times.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from django.utils import translation
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.table import Table as WordTable
from fontTools.ttLib import TTFont

from exports.document import OfficialDocument, official_document
from exports.images import svg_picture
from exports.xlsx import _fixed_zip_times, document_time
from reform_portal.numbers import percent_places
from reform_portal.tables import Table

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
_SPACES = re.compile(r"[ \t\r\n]+")  # not \s: a no-break space ("44,84 %") stays
# Characters XML 1.0 cannot hold (a vertical tab pasted from Word, a form feed): dropped, not refused.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text or "")


# --- the print markup as runs -------------------------------------------------------------------


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Note:
    """A footnote at its reference: its own runs."""

    runs: list[Run] = field(default_factory=list)


@dataclass
class Paragraph:
    css: str = ""
    items: list[Run | Note] = field(default_factory=list)


class _PrintMarkup(HTMLParser):
    """reports.markup's print HTML (p, strong, em, br and span.footnote) read back as paragraphs of runs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self._bold = self._italic = 0
        self._spans: list[bool] = []  # per open span: is it a footnote
        self._note: Note | None = None

    def _target(self) -> list:
        if self._note is not None:
            return self._note.runs
        if not self.paragraphs:
            self.paragraphs.append(Paragraph())
        return self.paragraphs[-1].items

    def handle_starttag(self, tag, attrs):
        css = dict(attrs).get("class") or ""
        if tag == "p":
            self.paragraphs.append(Paragraph(css))
        elif tag in ("strong", "b"):
            self._bold += 1
        elif tag in ("em", "i"):
            self._italic += 1
        elif tag == "br":
            self._target().append(Run("\n", self._bold > 0, self._italic > 0))
        elif tag == "span":
            footnote = "footnote" in css.split() and self._note is None
            self._spans.append(footnote)
            if footnote:
                self._note = Note()

    def handle_endtag(self, tag):
        if tag in ("strong", "b"):
            self._bold = max(0, self._bold - 1)
        elif tag in ("em", "i"):
            self._italic = max(0, self._italic - 1)
        elif tag == "span" and self._spans and self._spans.pop() and self._note is not None:
            note, self._note = self._note, None
            self._target().append(note)

    def handle_data(self, data):
        text = _SPACES.sub(" ", data)
        if text:
            self._target().append(Run(text, self._bold > 0, self._italic > 0))


def paragraphs_of(html: str) -> list[Paragraph]:
    parser = _PrintMarkup()
    parser.feed(str(html or ""))
    parser.close()
    return [p for p in parser.paragraphs if any(isinstance(i, Note) or i.text.strip() for i in p.items)]


# --- measuring a line (the rule under the Tiêu ngữ, the "Kính gửi" table) ------------------------

_FONT_FILES = {False: "LiberationSerif-Regular.ttf", True: "LiberationSerif-Bold.ttf"}
_FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts")


@lru_cache(maxsize=2)
def _advances(bold: bool) -> tuple[dict[int, int], int] | None:
    """Advance widths of Liberation Serif (Times New Roman's metrics) by code point, and units per em."""
    for folder in _FONT_DIRS:
        found = next(Path(folder).rglob(_FONT_FILES[bold]), None) if Path(folder).is_dir() else None
        if found:
            font = TTFont(found, lazy=True)
            metrics = font["hmtx"].metrics
            widths = {code: metrics[name][0] for code, name in font.getBestCmap().items()}
            return widths, font["head"].unitsPerEm
    return None


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set in Times New Roman at ``size`` points, in points."""
    found = _advances(bold)
    if found is None:  # no metric-compatible font here: an average Times glyph
        return len(text) * size * 0.5
    widths, units = found
    fallback = widths.get(ord("n"), units // 2)
    return sum(widths.get(ord(ch), fallback) for ch in text) * size / units


# --- low-level helpers --------------------------------------------------------------------------


def _fonts(rpr) -> None:
    """Times New Roman for every script, no theme fonts, Vietnamese for spelling."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    for key in list(lang.attrib):
        del lang.attrib[key]
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


# What follows w:pBdr in a w:pPr (ECMA-376 CT_PPrBase order): the border goes before the first present.
_AFTER_BORDER = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                 "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                 "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip


def _bottom_rule(paragraph, *, space: int = 0) -> None:
    """A 0.75 pt rule under ``paragraph``, as wide as its indented width."""
    ppr = paragraph._p.get_or_add_pPr()
    border = f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="{space}" w:color="000000"/></w:pBdr>'
    ppr.insert_element_before(parse_xml(border), *_AFTER_BORDER)


def _rule(container, *, width: int, available: int, height: Pt, after: Pt | None = None):
    """An empty paragraph ``height`` high whose bottom border is a centred rule ``width`` long."""
    paragraph = container.add_paragraph()
    side = max(0, (available - width) // 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = side
    fmt.first_line_indent = 0
    fmt.space_before, fmt.space_after = 0, after or 0
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = height
    paragraph.add_run().font.size = Pt(1)
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bottom_rule(paragraph)
    return paragraph


def _format(paragraph, text: str, *, size: float, bold=False, italic=False, before=0.0, after=0.0,
            align=WD_ALIGN_PARAGRAPH.CENTER, line: float = BODY_LINE):  # fmt: skip
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.first_line_indent = 0
    fmt.line_spacing = line
    if text:
        run = paragraph.add_run(xml_text(text))
        run.font.size = Pt(size)
        run.bold = bold or None
        run.italic = italic or None
    return paragraph


def _line(container, text: str, **kwargs):
    """A paragraph of one line of direct formatting (the header, the title block, the appendix titles)."""
    return _format(container.add_paragraph(), text, **kwargs)


def _cell_line(cell, text: str, **kwargs):
    """A line in a table cell: the cell's first paragraph while it is untouched, then new ones."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) == 1 and not first.runs and first._p.pPr is None:
        return _format(first, text, **kwargs)
    return _line(cell, text, **kwargs)


def _table_properties(table: WordTable, *, widths: list[int], margins: tuple[int, int] = (0, 0)) -> None:
    """Fixed layout, column widths (twips from EMU), cell margins (top/bottom, left/right in twips)."""
    table.autofit = False  # w:tblLayout fixed
    tbl_pr = table._tbl.tblPr
    tbl_pr.insert_element_before(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{margins[0]}" w:type="dxa"/>'
            f'<w:left w:w="{margins[1]}" w:type="dxa"/><w:bottom w:w="{margins[0]}" w:type="dxa"/>'
            f'<w:right w:w="{margins[1]}" w:type="dxa"/></w:tblCellMar>'
        ),
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    )
    width = tbl_pr.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(sum(widths) // 635))
    for column, emu in zip(table.columns, widths, strict=True):
        column.width = emu
    for row in table.rows:
        for cell, emu in zip(row.cells, widths, strict=False):
            cell.width = emu


def _row_flags(row, *, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if header:
        tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _split(total: int, relative: list[float]) -> list[int]:
    """``total`` EMU shared out in proportion to ``relative``, in whole twips, summing exactly."""
    twips = total // 635
    whole = sum(relative)
    parts = [int(twips * w / whole) for w in relative]
    parts[-1] += twips - sum(parts)
    return [p * 635 for p in parts]


def _field(paragraph, instruction: str, cached: str) -> None:
    """A Word field (PAGE …): begin, instruction, separate, the cached result, end."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>{cached}</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _hairline(p) -> None:
    """Make the paragraph ``p`` (a w:p) 1 pt high, its mark 1 pt small."""
    ppr = p.get_or_add_pPr()
    ppr.insert_element_before(
        parse_xml(f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'),
        *_AFTER_BORDER[13:],
    )
    ppr.insert_element_before(
        parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'), "w:sectPr", "w:pPrChange"
    )


def _section_break_mark(body) -> None:
    """The paragraph python-docx adds to carry a section break, as small as it can be: after a table that
    ends at the foot of a page, a full empty line would open a page of its own."""
    _hairline(body.xpath("./w:p[w:pPr/w:sectPr]")[-1])


# --- the document ------------------------------------------------------------------------------


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

    # styles and package parts

    def styles(self) -> None:
        styles = self.word.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _fonts(rpr)
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        ppr.find(qn("w:spacing")).attrib.clear()
        ppr.find(qn("w:spacing")).set(qn("w:after"), "0")
        ppr.find(qn("w:spacing")).set(qn("w:line"), "240")
        ppr.find(qn("w:spacing")).set(qn("w:lineRule"), "auto")

        normal = styles["Normal"]
        normal.font.name, normal.font.size = FONT, Pt(14)
        _fonts(normal.element.get_or_add_rPr())
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
        fmt.widow_control = True

        body = styles["Body Text"]
        body.base_style = normal
        body.font.size = Pt(14)
        fmt = body.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = FIRST_LINE_INDENT
        fmt.left_indent = fmt.right_indent = Pt(0)
        fmt.space_before, fmt.space_after = Pt(6), Pt(0)
        fmt.line_spacing = BODY_LINE
        fmt.widow_control = True

        for level in (1, 2, 3, 4):
            heading = styles[f"Heading {level}"]
            heading.base_style = body
            heading.next_paragraph_style = body
            _fonts(heading.element.get_or_add_rPr())
            font = heading.font
            font.name, font.size = FONT, Pt(14)
            font.bold = level <= 2
            font.italic = level == 4
            font.color.rgb = None
            color = heading.element.rPr.find(qn("w:color"))
            if color is not None:
                heading.element.rPr.remove(color)
            fmt = heading.paragraph_format
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = FIRST_LINE_INDENT
            fmt.space_before, fmt.space_after = Pt(6), Pt(0)
            fmt.line_spacing = BODY_LINE
            fmt.keep_with_next = True

        header = styles["Header"]
        header.font.size = PAGE_NUMBER_SIZE
        header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        tabs = header.element.pPr.find(qn("w:tabs")) if header.element.pPr is not None else None
        if tabs is not None:
            header.element.pPr.remove(tabs)

        table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
        table_text.font.size = Pt(12)
        table_text.paragraph_format.line_spacing = TABLE_LINE

        note_text = styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
        note_text.element.set(qn("w:styleId"), "FootnoteText")
        note_text.base_style = normal
        note_text.font.size = Pt(11)
        fmt = note_text.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.space_before, fmt.line_spacing = Pt(3), 1.0
        note_ref = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        note_ref.element.set(qn("w:styleId"), "FootnoteReference")
        note_ref.font.superscript = True
        names = ["Body Text", "Table Text", *(f"Heading {level}" for level in (1, 2, 3, 4))]
        self.style_ids = {name: styles[name].style_id for name in names}

    def package(self) -> None:
        """Core properties from the report, no thumbnail of an empty page, a footnotes part."""
        word = self.word
        package = word.part.package
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(rid)
        settings = word.settings.element
        font_lang = settings.find(qn("w:themeFontLang"))
        if font_lang is not None:
            font_lang.set(qn("w:val"), LANGUAGE)
        # Footnotes: the separator and continuation separator Word expects, declared in the settings.
        self.footnotes = XmlPart(
            PackURI("/word/footnotes.xml"),
            FOOTNOTES_CONTENT_TYPE,
            parse_xml(
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                "</w:footnotes>"
            ),
            package,
        )
        word.part.relate_to(self.footnotes, RT.FOOTNOTES)
        properties = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
        anchor = settings.find(qn("w:characterSpacingControl"))
        anchor.addnext(properties)

    def core_properties(self, created: dt.datetime) -> None:
        doc = self.doc
        naive = created.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
        core = self.word.core_properties
        core.title = xml_text(doc.title)
        core.subject = xml_text(doc.subject)
        core.author = core.last_modified_by = xml_text(doc.report.unit.cited_name)
        core.comments = ""
        core.keywords = ""
        core.category = ""
        core.language = LANGUAGE
        core.revision = 1
        core.created = core.modified = naive

    # page set-up

    def page(self, section, *, landscape: bool, restart: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
        margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
        section.top_margin, section.bottom_margin = margins["top"], margins["bottom"]
        section.left_margin, section.right_margin = margins["left"], margins["right"]
        section.gutter = 0
        # The page number's line centred in the top margin, as the PDF's @top-center box.
        line = Pt(PAGE_NUMBER_SIZE.pt * 1.15)
        section.header_distance = int((margins["top"] - line) / 2)
        section.footer_distance = Mm(10)
        section.different_first_page_header_footer = True  # no number on a first page
        sect_pr = section._sectPr
        for old in sect_pr.findall(qn("w:pgNumType")):
            sect_pr.remove(old)
        if restart:
            number_type = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>')
            # pgNumType goes after pgMar/paperSrc/pgBorders, before cols
            cols = sect_pr.find(qn("w:cols"))
            if cols is not None:
                cols.addprevious(number_type)
            else:
                sect_pr.append(number_type)

    def page_numbers(self, section) -> None:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = self.word.styles["Header"]
        _field(paragraph, "PAGE", "1")
        # No first-page header is defined: with titlePg, a first page has none (LibreOffice would give an
        # empty one the height of a line, pushing the header of the document down).

    # the parts of the document

    def header(self) -> None:
        doc = self.doc
        table = self.word.add_table(rows=2, cols=2)
        widths = _split(PORTRAIT_WIDTH, [43, 57])
        _table_properties(table, widths=widths)
        left, right = table.rows[0].cells
        if doc.parent_authority:
            _cell_line(left, doc.parent_authority.upper(), size=12.5, line=HEADER_LINE)
        for line in doc.issuing_authority:
            _cell_line(left, line.upper(), size=12.5, bold=True, line=HEADER_LINE)
        _rule(left, width=int(widths[0] * 0.35), available=widths[0], height=Pt(1))
        _cell_line(right, QUOC_HIEU, size=12.5, bold=True, line=HEADER_LINE)
        motto = _cell_line(right, TIEU_NGU, size=14, bold=True, line=HEADER_LINE)
        side = max(0, (widths[1] - int(Pt(text_width(TIEU_NGU, 14, bold=True)))) // 2)
        motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = side
        _bottom_rule(motto, space=1)
        number, date = table.rows[1].cells
        _cell_line(number, doc.number_line, size=13, before=8, line=HEADER_LINE)
        _cell_line(date, doc.date_line, size=14, italic=True, before=8, line=HEADER_LINE)
        for row in table.rows:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP

    def title(self) -> None:
        doc, word = self.doc, self.word
        lines = [
            _line(word, "BÁO CÁO", size=14, bold=True, before=18),
            _line(word, doc.subject, size=14, bold=True, line=TABLE_LINE),
        ]
        lines[1].paragraph_format.left_indent = lines[1].paragraph_format.right_indent = Mm(8)
        if doc.data_window:
            lines.append(_line(word, doc.data_window, size=14, italic=True))
        lines.append(
            _rule(word, width=int(PORTRAIT_WIDTH * 0.30), available=int(PORTRAIT_WIDTH), height=Pt(9), after=Pt(6))
        )
        for paragraph in lines:
            paragraph.paragraph_format.keep_with_next = True

    def addressee(self) -> None:
        lines = self.doc.addressee_lines
        if not lines:
            return
        if len(lines) == 1:
            _line(self.word, f"Kính gửi: {lines[0]}", size=14, before=10, after=6)
            return
        label = "Kính gửi:"
        label_width = Pt(text_width(label, 14) + 6)
        widest = max(text_width(line, 14) for line in lines)
        lines_width = min(Pt(widest + 4), PORTRAIT_WIDTH - label_width)
        table = self.word.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _table_properties(table, widths=[int(label_width), int(lines_width)])
        label_cell, lines_cell = table.rows[0].cells
        _cell_line(label_cell, label, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, before=10)
        for index, line in enumerate(lines):
            _cell_line(lines_cell, line, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, before=10 if index == 0 else 0,
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
        widths = _split(width, data.widths)
        # 2 pt around: the PDF pads 3 pt at the sides but lets a word overflow a narrow column ("STT"),
        # where Word would break it
        _table_properties(table, widths=widths, margins=(40, 40))
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
            _row_flags(rows[r], header=True)
        for (item, cells), row in zip(data.printed_rows, rows[header_rows:], strict=True):
            _row_flags(row)
            bold = item.kind in ("group", "total")
            for (value, align), cell in zip(cells, row.cells, strict=False):
                self.cell_text(cell, value.text, size=size, bold=bold, align=align)
        for note in data.notes:  # as the PDF: indented in the text, centred in an appendix
            align = WD_ALIGN_PARAGRAPH.JUSTIFY if embedded else WD_ALIGN_PARAGRAPH.CENTER
            paragraph = _line(self.word, note, size=11, italic=True, before=2, after=6, align=align)
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
        _table_properties(table, widths=_split(PORTRAIT_WIDTH, [50, 50]))
        _row_flags(table.rows[0])
        recipients, signatory = table.rows[0].cells
        _cell_line(recipients, "Nơi nhận:", size=12, bold=True, italic=True, before=12,
                   align=WD_ALIGN_PARAGRAPH.LEFT, line=TABLE_LINE)  # fmt: skip
        for line in doc.recipients:
            _cell_line(recipients, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, line=TABLE_LINE)
        lines = [text for text in (doc.signatory_authority, doc.signatory_title) if text]
        for index, text in enumerate(lines):
            _cell_line(signatory, text, size=14, bold=True, before=12 if index == 0 else 0)
        name = _cell_line(signatory, doc.signatory_name, size=14, bold=True)
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
            _section_break_mark(self.word.element.body)
            self.page(section, landscape=landscape, restart=True)
            width = LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH
            lines = [_line(self.word, appendix.label, size=14, bold=True),
                     _line(self.word, appendix.table.title.upper(), size=14, bold=True, line=TABLE_LINE)]  # fmt: skip
            if appendix.table.subtitle:
                lines.append(_line(self.word, appendix.table.subtitle, size=13, italic=True))
            lines.append(_line(self.word, doc.attachment_line, size=13, italic=True))
            lines.append(_rule(self.word, width=int(width * 0.25), available=int(width), height=Pt(3), after=Pt(10)))
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
        paragraph = _line(self.word, "", size=12, before=17, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.keep_together = True
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(picture.png), width=int(picture.width * scale))
        shape._inline.docPr.set("descr", picture.description)

    def write(self, created: dt.datetime) -> bytes:
        self.styles()
        self.package()
        self.core_properties(created)
        first = self.word.sections[0]
        self.page(first, landscape=False, restart=False)
        self.page_numbers(first)
        # A hairline paragraph before the header table: LibreOffice puts a full empty line above a table
        # that opens a document of several sections.
        _hairline(self.word.add_paragraph()._p)
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
