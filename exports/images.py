"""The SVG charts as pictures for documents that cannot hold SVG (the Word file).

The charts are the ones the consolidation page and the PDF print (consolidation.charts): self-contained
SVG with a viewBox and an aria-label. cairosvg (the WeasyPrint authors' SVG renderer, on cairo) turns one
into a PNG; the same SVG gives the same bytes, so the Word file stays byte-stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

import cairosvg

# Pixels per SVG unit: the charts are drawn on a 720-unit-wide box and printed 16-25 cm wide, so twice
# that is about 150 dpi, sharp on paper without making the file heavy.
SCALE = 2
_VIEWBOX = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"')
_LABEL = re.compile(r'aria-label="([^"]*)"')


@dataclass(frozen=True)
class Picture:
    png: bytes
    width: float  # in SVG units: the proportions to print at
    height: float
    description: str  # the chart's aria-label, the picture's alternative text


def svg_picture(svg: str) -> Picture:
    """``svg`` (one chart) as a PNG with its proportions and alternative text."""
    box = _VIEWBOX.search(svg)
    if box is None:
        raise ValueError("a chart without a viewBox cannot be sized")
    width, height = float(box[1]), float(box[2])
    png = cairosvg.svg2png(
        bytestring=svg.encode(), output_width=round(width * SCALE), output_height=round(height * SCALE)
    )
    label = _LABEL.search(svg)
    return Picture(png=png, width=width, height=height, description=unescape(label[1]) if label else "")
