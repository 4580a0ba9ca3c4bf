"""How wide a line of Times New Roman is: the rule under the Tiêu ngữ and the "Kính gửi" table are sized
by their text, measured with Liberation Serif's metrics (Times New Roman's) through fontTools."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont

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
