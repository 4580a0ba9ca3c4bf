"""Small pieces of WordprocessingML python-docx has no API for: fonts per script, paragraph-border rules,
fixed table layouts, repeated header rows, fields, hairline paragraphs."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.table import Table as WordTable

from exports.word.layout import BODY_LINE, FONT, LANGUAGE
from exports.word.markup import xml_text


def use_fonts(rpr) -> None:
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


def bottom_rule(paragraph, *, space: int = 0) -> None:
    """A 0.75 pt rule under ``paragraph``, as wide as its indented width."""
    ppr = paragraph._p.get_or_add_pPr()
    border = f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="{space}" w:color="000000"/></w:pBdr>'
    ppr.insert_element_before(parse_xml(border), *_AFTER_BORDER)


def centred_rule(container, *, width: int, available: int, height: Pt, after: Pt | None = None):
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
    bottom_rule(paragraph)
    return paragraph


def formatted(paragraph, text: str, *, size: float, bold=False, italic=False, before=0.0, after=0.0,
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


def add_line(container, text: str, **kwargs):
    """A paragraph of one line of direct formatting (the header, the title block, the appendix titles)."""
    return formatted(container.add_paragraph(), text, **kwargs)


def add_cell_line(cell, text: str, **kwargs):
    """A line in a table cell: the cell's first paragraph while it is untouched, then new ones."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) == 1 and not first.runs and first._p.pPr is None:
        return formatted(first, text, **kwargs)
    return add_line(cell, text, **kwargs)


def fix_table_layout(table: WordTable, *, widths: list[int], margins: tuple[int, int] = (0, 0)) -> None:
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


def keep_row(row, *, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if header:
        tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def split_width(total: int, relative: list[float]) -> list[int]:
    """``total`` EMU shared out in proportion to ``relative``, in whole twips, summing exactly."""
    twips = total // 635
    whole = sum(relative)
    parts = [int(twips * w / whole) for w in relative]
    parts[-1] += twips - sum(parts)
    return [p * 635 for p in parts]


def add_field(paragraph, instruction: str, cached: str) -> None:
    """A Word field (PAGE …): begin, instruction, separate, the cached result, end."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>{cached}</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def make_hairline(p) -> None:
    """Make the paragraph ``p`` (a w:p) 1 pt high, its mark 1 pt small."""
    ppr = p.get_or_add_pPr()
    ppr.insert_element_before(
        parse_xml(f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'),
        *_AFTER_BORDER[13:],
    )
    ppr.insert_element_before(
        parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'), "w:sectPr", "w:pPrChange"
    )


def shrink_section_break(body) -> None:
    """The paragraph python-docx adds to carry a section break, as small as it can be: after a table that
    ends at the foot of a page, a full empty line would open a page of its own."""
    make_hairline(body.xpath("./w:p[w:pPr/w:sectPr]")[-1])
