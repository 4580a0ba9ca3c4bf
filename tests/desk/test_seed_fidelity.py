"""Each seed's demo report prints what the seed states: a hand-made list of its figures and document
numbers (tests/desk/seed_fixtures.py), each found in the PDF text of the demo report, its outline's
headings in order, and what is left out on purpose, named with its reason.

The PDF is the real one (WeasyPrint), read back with pdftotext -layout (which keeps a hyphen at a line end); words broken over a line ("998/" and
"QĐ-UBND") are joined before looking.
"""

import re
import subprocess
from decimal import ROUND_HALF_UP, Decimal

import pytest

from desk import demo as desk_demo
from exports.document import official_document
from exports.pdf import render_pdf
from indicators import demo as indicators_demo
from plans import demo as plans_demo
from plans.models import Document
from reports.models import Report
from tests.desk import seed_fixtures as seeds


def pdf_text(report) -> str:
    pdf = render_pdf(report)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    text = " ".join(text.decode().split())
    return re.sub(r"(?<=[/-]) (?=\w)", "", text)  # a symbol or date broken after its slash or hyphen


NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*,\d+)(?![\d/]|[.,]\d)")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def found(figure: str, text: str) -> bool:
    """``figure`` printed whole (not a part of 1.030 or 11); a rate may be printed with more decimals that
    round (half up) to the seed's: 97,09 states the seed's 97,1."""
    if re.search(rf"(?<![\d.,/]){re.escape(figure)}(?![\d/]|[.,]\d)", text):
        return True
    if "," not in figure or "/" in figure:
        return False
    places = Decimal(1).scaleb(-len(figure.split(",")[1]))
    return any(_decimal(n).quantize(places, ROUND_HALF_UP) == _decimal(figure) for n in NUMBER.findall(text))


def missing(expected: list[str], text: str) -> list[str]:
    return [item for item in expected if not found(item, text)]


def test_found_is_a_whole_figure():
    assert found("44,8", "đạt 44,84 %") and found("97,1", "97,09 %") and not found("97,1", "97,04 %")
    assert found("1.030", "phát hành 1.030 văn bản")
    assert not found("1.030", "11.030") and not found("30", "1.030") and not found("44,8", "144,8")
    assert not found("1/1", "21/1/2023") and found("01/BC-TKT", "Báo cáo số 01/BC-TKT ngày")


@pytest.fixture
def tinh_chau(tree):
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.tinh_chau_report()
    return Report.objects.select_related("unit", "period", "report_type").get(
        unit__name="Xã Tịnh Châu", period__code="2023"
    )


def test_seed_001_tinh_chau_prints_every_figure_and_document(tinh_chau):
    text = pdf_text(tinh_chau)
    assert missing(seeds.SEED_001_DOCUMENTS, text) == []
    assert missing(seeds.SEED_001_FIGURES, text) == []
    # The seed's own contradictions are printed with both sides, and said to be the seed's.
    for note in ("06/9/2023", "31/12/2023", "44,3 % ở mục I", "3.471", "3.469", "12 chứ không phải 20"):
        assert note in text


def test_seed_001_outline_headings_are_the_seeds(tinh_chau):
    document = official_document(tinh_chau)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_001_OUTLINE]
    text = pdf_text(tinh_chau)
    at = 0
    for heading in seeds.SEED_001_OUTLINE:
        number, title = heading.split(" ", 1)
        level_one = number.rstrip(".").isalpha()
        at = text.index(f"{number} {title.upper() if level_one else title}", at)
    two = next(s for s in tinh_chau.sections.all() if s.title.startswith("Cải cách thủ tục"))
    assert re.findall(r"^\*\*([a-i])\. ", two.body, flags=re.M) == [i.rstrip(".") for i in seeds.SEED_001_ITEMS]


def test_seed_001_documents_are_in_the_registers(tinh_chau):
    registered = {
        f"{d.number:02d}/{d.year}/{d.symbol}" if d.is_normative else f"{d.number:02d}/{d.symbol}"
        for d in Document.objects.all()
    }
    registered |= {r.removeprefix("0") for r in registered}
    left_out = " ".join(seeds.SEED_001_LEFT_OUT)
    for number in seeds.SEED_001_DOCUMENTS:
        if number == "248/BC-UBND":
            assert tinh_chau.document_number == number  # the report itself
        elif number in left_out:
            assert number not in registered
        else:
            assert number in registered, number
