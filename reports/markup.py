"""The small markup clerks write sections in, rendered for the screen and for print.

What a clerk types, as the seeds write it:

    Every line is a paragraph.
    - a bullet, printed with its dash as in the seeds
    + a sub-bullet
    **bold**, *italic*, and a footnote reference[^1].
    [^1]: The footnote's text, printed at the foot of the page.
    [[figures.dossiers]]   a live block: a generated paragraph, sentence or figure

A live block is a reference, not text: it is rendered from the figures at the
moment of rendering (``blocks``: key -> wording, given by the caller), so the
text can never keep a figure the tables no longer hold. On screen it shows as
a chip; in print it is plain text. A key the caller has no wording for shows
"chưa có số liệu" (no figures yet).

Rendering uses markdown-it-py with everything off but emphasis (no raw HTML,
no headings, no lists: dashes stay dashes), and nh3 sanitises the result.
Footnotes are handled here: on screen they are numbered links to a list at
the end of the section; in print each becomes ``<span class="footnote">``
at its reference, which the print stylesheet floats to the page foot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

from reform_portal.text import normalise_newlines

_md = MarkdownIt("zero", {"html": False, "typographer": False}).enable(["emphasis", "escape"])

_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_MARK = "\ue000{}\ue001"
_MARK_RE = re.compile("\ue000(\\d+)\ue001")
LIVE_RE = re.compile(r"\[\[([a-z][a-z0-9_.:-]*)\]\]")
_LIVE_OPEN, _LIVE_CLOSE = "\ue002{}\ue003", "\ue004"
_LIVE_OPEN_RE = re.compile("\ue002([a-z0-9_.:-]+)\ue003")
NO_FIGURES = "chưa có số liệu"
_SPACES = re.compile(r"[ \t\r\n]+")

ALLOWED_TAGS = {"p", "strong", "em", "sup", "a", "span", "ol", "li", "section", "br"}
ALLOWED_ATTRIBUTES = {"p": {"class"}, "a": {"href", "id", "class"}, "span": {"class", "data-key"}, "sup": {"class", "id"},
                      "li": {"id"}, "section": {"class"}, "ol": {"class"}}  # fmt: skip


@dataclass(frozen=True)
class Parsed:
    paragraphs: list[str]
    footnotes: dict[str, str]
    order: list[str]


def parse(text: str) -> Parsed:
    paragraphs, footnotes, order = [], {}, []
    for raw in normalise_newlines(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        definition = _FOOTNOTE_DEF.match(line)
        if definition:
            footnotes[definition[1]] = definition[2]
            continue
        paragraphs.append(line)
    for line in paragraphs:
        for label in _FOOTNOTE_REF.findall(line):
            if label in footnotes and label not in order:
                order.append(label)
    return Parsed(paragraphs, footnotes, order)


def _paragraph_class(line: str) -> str:
    if line.startswith("- "):
        return "bullet"
    if line.startswith("+ "):
        return "sub-bullet"
    return ""


def _inline(text: str) -> str:
    return _md.renderInline(text)


def live_keys(text: str) -> list[str]:
    """The live blocks a text refers to, in order, each once."""
    return list(dict.fromkeys(LIVE_RE.findall(text or "")))


def expand(text: str, blocks: Mapping[str, str], *, marked: bool = False) -> str:
    """The text with every live block replaced by its wording (``marked``: wrapped for the chip)."""

    def wording(match) -> str:
        found = blocks.get(match[1])
        # One line in the paragraph; a no-break space ("44,84 %") stays one, so "%" never wraps alone.
        words = _SPACES.sub(" ", found).strip() if found else f"({NO_FIGURES})"
        return f"{_LIVE_OPEN.format(match[1])}{words}{_LIVE_CLOSE}" if marked else words

    return LIVE_RE.sub(wording, text or "")


def _live_html(html: str, mode: str, blocks: Mapping[str, str]) -> str:
    if mode == "print":
        return _LIVE_OPEN_RE.sub("", html).replace(_LIVE_CLOSE, "")

    def chip(match) -> str:
        css = "live-block" if blocks.get(match[1]) else "live-block missing"
        return f'<span class="{css}" data-key="{match[1]}">'

    return _LIVE_OPEN_RE.sub(chip, html).replace(_LIVE_CLOSE, "</span>")


def render(
    text: str, *, mode: str = "screen", anchor: str = "s", blocks: Mapping[str, str] | None = None
) -> SafeString:
    """HTML for a section's text. ``mode`` is "screen" or "print"; ``anchor`` keeps footnote ids unique;
    ``blocks`` gives the current wording of the live blocks the text refers to."""
    blocks = blocks or {}
    parsed = parse(expand(text, blocks, marked=True))
    numbers = {label: index for index, label in enumerate(parsed.order, start=1)}
    out = []
    for line in parsed.paragraphs:
        marked = _FOOTNOTE_REF.sub(lambda m: _MARK.format(numbers[m[1]]) if m[1] in numbers else m[0], line)
        html = _inline(marked)

        def footnote(match, _labels=parsed.order):
            number = int(match[1])
            if mode == "print":
                return f'<span class="footnote">{_inline(parsed.footnotes[_labels[number - 1]])}</span>'
            return f'<sup class="fn-ref" id="{anchor}-ref-{number}"><a href="#{anchor}-fn-{number}">{number}</a></sup>'

        html = _live_html(_MARK_RE.sub(footnote, html), mode, blocks)
        css = _paragraph_class(line)
        out.append(f'<p class="{css}">{html}</p>' if css else f"<p>{html}</p>")
    if mode == "screen" and parsed.order:
        items = "".join(
            f'<li id="{anchor}-fn-{n}">{_live_html(_inline(parsed.footnotes[label]), mode, blocks)} '
            f'<a href="#{anchor}-ref-{n}">↩</a></li>'
            for n, label in enumerate(parsed.order, start=1)
        )
        out.append(f'<section class="footnotes"><ol>{items}</ol></section>')
    return mark_safe(nh3.clean("".join(out), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel=None))


def plain_paragraphs(text: str, blocks: Mapping[str, str] | None = None) -> list[str]:
    """The paragraphs without markup, live blocks worded, e.g. for the Word export or a diff."""
    return parse(expand(text, blocks or {})).paragraphs
