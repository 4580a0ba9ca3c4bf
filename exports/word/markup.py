"""reports.markup's print HTML read back as paragraphs of runs (bold, italic, line breaks, footnotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SPACES = re.compile(r"[ \t\r\n]+")  # not \s: a no-break space ("44,84 %") stays
# Characters XML 1.0 cannot hold (a vertical tab pasted from Word, a form feed): dropped, not refused.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text or "")


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
