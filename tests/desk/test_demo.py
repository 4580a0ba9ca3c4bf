"""The demo reports: seed 001's own figures with their contradiction in plain view, and live blocks in the text.

Tịnh Châu's 2023 report (seed 001) states 3.472 dossiers received while its channels add to 3.468
(1.913 direct + 1.555 online). The demo stores those figures as found, the report page shows the
finding, and once the rule is a warning the clerk's explanation travels with the PDF and the Excel
file (Ghi chú of the statistical appendix). Its texts, and the Bình Sơn communes', refer to the
generated paragraphs as live blocks, worded from the stored figures (or from the snapshot of a sent
report, taken after the figures were stored).
"""

import io
import subprocess

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from desk import demo as desk_demo
from desk import panels
from desk.blocks import current_blocks, report_blocks
from desk.demo_content import tinh_chau_2023
from exports.pdf import render_pdf
from exports.xlsx import render_xlsx
from indicators import demo as indicators_demo
from indicators.models import Explanation, Rule, Severity, Value
from indicators.validation import findings
from indicators.values import values_by_code
from plans import demo as plans_demo
from reform_portal.numbers import format_number
from reform_portal.tables import PARTIAL_NOTE
from reports import states
from reports.markup import NO_FIGURES
from reports.models import Report
from units import demo as units_demo
from units.models import User

STATED = "dossiers-received-stated-total"


def _seed_tinh_chau():
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.tinh_chau_report()
    return Report.objects.select_related("unit", "period").get(unit__code="21208", period__code="2023")


@pytest.fixture
def tinh_chau_report(tree):
    return _seed_tinh_chau()


@pytest.fixture
def explained_report(tree):
    """The issue's expectation: the stated-total rule a warning (rules are data), so the clerk may explain it."""
    Rule.objects.filter(code=STATED).update(severity=Severity.WARNING)
    return _seed_tinh_chau()


def _client(report):
    client = Client()
    client.force_login(User.objects.get(username=f"vptk.{report.unit.code}"))
    return client


def _words(text: str) -> str:
    return " ".join(text.split())


def _pdf_words(report) -> str:
    data = render_pdf(report)
    return _words(subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode())


def test_tinh_chau_keeps_the_seeds_figures_and_shows_what_does_not_add_up(tinh_chau_report):
    report = tinh_chau_report
    stored = dict(
        Value.objects.filter(unit=report.unit, period=report.period, breakdown="").values_list(
            "indicator__code", "number"
        )
    )
    assert (stored["dossiers.received.stated_total"], stored["dossiers.received.direct"]) == (3472, 1913)
    assert stored["dossiers.received.online"] == 1555 and "dossiers.received.total" not in stored  # derived
    assert values_by_code(unit=report.unit, period=report.period)["dossiers.received.total"] == 3468
    found = {f.rule_code: f for f in findings(unit=report.unit, period=report.period)}
    assert (found[STATED].left, found[STATED].right) == ("3.472", "3.468")
    assert "3.472 ≠ 1.555 + 1.913" in found[STATED].message
    # Sent only if the rules let it go: with the shipped catalogue the stated total is an error.
    blocked = any(finding.blocks_submission for finding in panels.findings(report))
    assert (report.state == states.ReportState.DRAFT) == blocked

    page = _client(report).get(reverse("desk:detail", args=[report.pk])).content.decode()
    panel = page[page.index('data-testid="findings"') :]
    assert "3.472 ≠ 1.555 + 1.913" in panel[: panel.index("</ul>")]


def test_an_explained_contradiction_shows_on_the_page_and_travels_in_ghi_chu(explained_report):
    report = explained_report
    text = tinh_chau_2023.EXPLANATIONS[STATED]
    assert Explanation.objects.get(unit=report.unit, period=report.period, rule_code=STATED).text == text
    finding = next(f for f in findings(unit=report.unit, period=report.period) if f.rule_code == STATED)
    assert finding.severity == Severity.WARNING and finding.explanation == text

    page = _client(report).get(reverse("desk:detail", args=[report.pk])).content.decode()
    panel = page[page.index('data-testid="findings"') :]
    assert text in panel[: panel.index("</ul>")]

    # No row of the statistical appendix prints the stated total: the finding and its explanation close Phụ lục I.
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "Phụ lục I"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    rows = [row for row in rows if row[0] != PARTIAL_NOTE and any(value is not None for value in row)]
    explained = next(row for row in rows if row[4] == text)
    assert "3.472 ≠ 1.555 + 1.913" in explained[1]
    assert rows.index(explained) == len(rows) - 1 and rows[-2][1] == "Giải trình số liệu chênh lệch"

    words = _pdf_words(report)
    appendix = words[words.index("Phụ lục I ") :]  # seed 001 attaches one appendix
    assert "Phụ lục II " not in appendix
    assert "3.472 ≠ 1.555 + 1.913" in appendix
    assert _words(text) in appendix


def test_the_texts_refer_to_the_figures_as_live_blocks_and_print_them(tinh_chau_report):
    report = tinh_chau_report
    bodies = {s.embed or s.title: s.body for s in report.sections.all()}
    procedures = bodies["Cải cách thủ tục hành chính (TTHC)"]  # seed 001's II.2, no dossier table
    assert "[[plans.plan]]" in bodies["task_summary"]
    assert "[[figures.dossiers]]" in procedures
    assert any("[[figures.staff]]" in body for body in bodies.values())
    assert "1.913" not in procedures and "3.468" not in procedures  # figures are not typed

    blocks = report_blocks(report)
    dossiers = blocks["figures.dossiers"]
    assert all(figure in dossiers for figure in ("3.468", "1.555", "1.913", "3.470"))
    words = _pdf_words(report)
    section = words[words.index("b. Tiếp nhận, giải quyết hồ sơ TTHC") :]
    assert _words(dossiers) in section[:2000]
    assert _words(blocks["plans.plan"]) in words and _words(blocks["figures.staff"]) in words
    assert "3.472" in section[:2000]  # the system's own total, as a live figure in the text
    assert "[[" not in words and NO_FIGURES not in words


def test_sent_commune_reports_word_their_blocks_as_sent_after_their_figures_were_stored(tree):
    units_demo.seed()
    indicators_demo.seed()
    plans_demo.seed()
    desk_demo.seed()
    sent = Report.objects.filter(unit__parent__code="524", period__code="2023", state__in=states.FROZEN)
    assert sent.count() >= 15
    for report in sent:
        dossiers = report.sections.get(embed="dossiers")
        assert "[[figures.dossiers]]" in dossiers.body
        frozen = report_blocks(report)
        assert frozen["figures.dossiers"] == current_blocks(report)["figures.dossiers"]  # figures before the snapshot
        received = values_by_code(unit=report.unit, period=report.period)["dossiers.received.total"]
        assert f" {format_number(received)} hồ sơ" in frozen["figures.dossiers"]
    words = _pdf_words(sent.first())
    assert _words(report_blocks(sent.first())["figures.dossiers"]) in words
    assert "[[" not in words and NO_FIGURES not in words
