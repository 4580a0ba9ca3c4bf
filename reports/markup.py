"""The small markup clerks write sections in, rendered for the screen and for print.

What a clerk types, as the seeds write it:

    Every line is a paragraph.
    - a bullet, printed with its dash as in the seeds
    + a sub-bullet
    **bold**, *italic*, and a footnote reference[^1].
    [^1]: The footnote's text, printed at the foot of the page.

Rendering uses markdown-it-py with everything off but emphasis (no raw HTML,
no headings, no lists: dashes stay dashes), and nh3 sanitises the result.
Footnotes are handled here: on screen they are numbered links to a list at
the end of the section; in print each becomes ``<span class="footnote">``
at its reference, which the print stylesheet floats to the page foot.
"""

from __future__ import annotations

import re
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

ALLOWED_TAGS = {"p", "strong", "em", "sup", "a", "span", "ol", "li", "section", "br"}
ALLOWED_ATTRIBUTES = {"p": {"class"}, "a": {"href", "id", "class"}, "span": {"class"}, "sup": {"class", "id"},
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


def render(text: str, *, mode: str = "screen", anchor: str = "s") -> SafeString:
    """HTML for a section's text. ``mode`` is "screen" or "print"; ``anchor`` keeps footnote ids unique."""
    parsed = parse(text)
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

        html = _MARK_RE.sub(footnote, html)
        css = _paragraph_class(line)
        out.append(f'<p class="{css}">{html}</p>' if css else f"<p>{html}</p>")
    if mode == "screen" and parsed.order:
        items = "".join(
            f'<li id="{anchor}-fn-{n}">{_inline(parsed.footnotes[label])} <a href="#{anchor}-ref-{n}">↩</a></li>'
            for n, label in enumerate(parsed.order, start=1)
        )
        out.append(f'<section class="footnotes"><ol>{items}</ol></section>')
    return mark_safe(nh3.clean("".join(out), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel=None))


def plain_paragraphs(text: str) -> list[str]:
    """The paragraphs without markup, e.g. for the Word export or a diff."""
    return parse(text).paragraphs
