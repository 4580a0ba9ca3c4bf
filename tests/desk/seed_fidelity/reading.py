"""Reading the demo reports' PDFs for the fidelity tests. Each seed's demo report prints what the seed states: a hand-made list of its figures and document
numbers (tests/desk/seed_fixtures.py), each found in the PDF text of the demo report, its outline's
headings in order, and what is left out on purpose, named with its reason.

The PDF is the real one (WeasyPrint), read back with pdftotext -layout (which keeps a hyphen at a line end); words broken over a line ("998/" and
"QĐ-UBND") are joined before looking.
"""

import re
import subprocess
from decimal import Decimal

from exports.pdf import render_pdf
from plans.models import Document


def pdf_text(report) -> str:
    pdf = render_pdf(report)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    text = " ".join(text.decode().split())
    return re.sub(r"(?<=[/-]) (?=\w)", "", text)  # a symbol or date broken after its slash or hyphen


NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*,\d+)(?![\d/]|[.,]\d)")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def found(figure: str, text: str) -> bool:
    """``figure`` printed whole (not a part of 1.030 or 11); a count the seed pads with a zero ("09") may be
    printed unpadded (9); a rate may be printed with more decimals that agree with the seed's rounding: 97,09
    states the seed's 97,1, and 46,35 its 46,3 (both round 888/1.916 = 46,3465…: the seed's half-up to one
    place, the portal's to two)."""
    forms = [figure, figure[1:]] if re.fullmatch(r"0\d", figure) else [figure]
    if any(re.search(rf"(?<![\d.,/]){re.escape(form)}(?![\d/]|[.,]\d)", text) for form in forms):
        return True
    if "/" in figure:
        return False
    if "," not in figure:
        # A whole share the seed states ("90") in the portal's print of a rate: "90,00 %" in a sentence, "90,00"
        # in a table's Tỷ lệ (%) column.
        return re.search(rf"(?<![\d.,/]){re.escape(figure)},0+(?![\d.,/])", text) is not None
    places = len(figure.split(",")[1])
    seed, half = _decimal(figure), Decimal(5).scaleb(-places - 1)
    for printed in NUMBER.findall(text):
        more = len(printed.split(",")[1])
        its_half = Decimal(5).scaleb(-more - 1)
        if more > places and _decimal(printed) - its_half < seed + half and seed - half < _decimal(printed) + its_half:
            return True
    return False


def missing(expected: list[str], text: str) -> list[str]:
    return [item for item in expected if not found(item, text)]


def registered_documents() -> set[str]:
    registered = {
        f"{d.number:02d}/{d.year}/{d.symbol}" if d.is_normative else f"{d.number:02d}/{d.symbol}"
        for d in Document.objects.all()
    }
    return registered | {r.removeprefix("0") for r in registered}
