"""What a Word file needs before its text: named styles, the footnotes part, core properties, page set-up
and page numbers. python-docx has no footnote API (and no maintained helper on PyPI adds one), so the
footnotes part, its separators and ``footnotePr`` are added through python-docx's opc and oxml layers."""

from __future__ import annotations

import datetime as dt

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from exports.document import OfficialDocument
from exports.word.layout import (
    A4_LONG,
    A4_SHORT,
    BODY_LINE,
    FIRST_LINE_INDENT,
    FONT,
    FOOTNOTES_CONTENT_TYPE,
    LANDSCAPE_MARGINS,
    LANGUAGE,
    PAGE_NUMBER_SIZE,
    PORTRAIT_MARGINS,
    TABLE_LINE,
)
from exports.word.markup import xml_text
from exports.word.ooxml import add_field, use_fonts


def add_styles(word) -> dict[str, str]:
    """Named styles an office can change in one place; their ids by name, for the writer."""
    styles = word.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    use_fonts(rpr)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    ppr.find(qn("w:spacing")).attrib.clear()
    ppr.find(qn("w:spacing")).set(qn("w:after"), "0")
    ppr.find(qn("w:spacing")).set(qn("w:line"), "240")
    ppr.find(qn("w:spacing")).set(qn("w:lineRule"), "auto")

    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    use_fonts(normal.element.get_or_add_rPr())
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
        use_fonts(heading.element.get_or_add_rPr())
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
    return {name: styles[name].style_id for name in names}


def add_footnotes_part(word) -> XmlPart:
    """No thumbnail of an empty page, Vietnamese as the theme's language, and a footnotes part (returned)."""
    package = word.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
    settings = word.settings.element
    font_lang = settings.find(qn("w:themeFontLang"))
    if font_lang is not None:
        font_lang.set(qn("w:val"), LANGUAGE)
    # Footnotes: the separator and continuation separator Word expects, declared in the settings.
    footnotes = XmlPart(
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
    word.part.relate_to(footnotes, RT.FOOTNOTES)
    properties = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    anchor = settings.find(qn("w:characterSpacingControl"))
    anchor.addnext(properties)
    return footnotes


def set_core_properties(word, doc: OfficialDocument, created: dt.datetime) -> None:
    """Title, subject and author from the report, dated ``created`` (whole seconds, UTC)."""
    naive = created.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    core = word.core_properties
    core.title = xml_text(doc.title)
    core.subject = xml_text(doc.subject)
    core.author = core.last_modified_by = xml_text(doc.report.unit.cited_name)
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.language = LANGUAGE
    core.revision = 1
    core.created = core.modified = naive


def set_page(section, *, landscape: bool, restart: bool) -> None:
    """A4 portrait or landscape with the decree's margins; page numbers restarted at 1 if ``restart``."""
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


def add_page_numbers(word, section) -> None:
    """A PAGE field centred in the top margin, on every page but the first."""
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = word.styles["Header"]
    add_field(paragraph, "PAGE", "1")
    # No first-page header is defined: with titlePg, a first page has none (LibreOffice would give an
    # empty one the height of a line, pushing the header of the document down).
