"""The official BÁO CÁO as a Word file an office can finish: .docx in the Nghị định 30/2020 layout.

``render_docx(report)`` is the entry point (exports.word.writer); the modules beside it are the layout's
constants (layout), the print markup read back as runs (markup), a line's width (metrics), the small
WordprocessingML pieces python-docx lacks (ooxml), and styles, parts and page set-up (setup).

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

from exports.word.writer import docx_bytes, render_docx

__all__ = ["docx_bytes", "render_docx"]
