"""Issue 16, item 6: the trend chart shows the last periods with readable labels (at least 12 px on screen, at least
9 pt in the PDF) and has its figures as a table behind it."""

import re
import xml.etree.ElementTree as ET

from consolidation.charts import trend_chart_html, trend_chart_svg
from exports.pdf import render_pdf
from reports.duties import duties
from reports.models import Report, ReportState
from reports.periods import ensure_period
from tests.exports.test_district import district_report  # noqa: F401 (a fixture)
from tests.exports.test_layout import pages_of
from units.models import Unit

from .conftest import aware, make_communes, put

SVG = "{http://www.w3.org/2000/svg}"


def _four_years(district):
    (a,) = make_communes(district, 1)
    for code, online in (("2021", 1), ("2022", 2), ("2023", 3), ("2024", 4)):
        period = ensure_period(code)
        put(a, period, {"dossiers.received.online": online, "dossiers.received.direct": 5 - online})
        Report.objects.create(
            unit=a, period=period, report_type=duties(unit=a, period=period).owed(a), state=ReportState.ACCEPTED,
            subject="Báo cáo", cutoff_start=period.cutoff_start, cutoff_end=period.cutoff_end,
            submitted_at=aware(period.due_date), accepted_at=aware(period.due_date),
        )  # fmt: skip
    return Unit.objects.get(pk=district.pk)


def test_every_text_of_the_trend_chart_is_at_least_12_units_drawn_one_pixel_per_unit(district):
    svg = trend_chart_svg(unit=_four_years(district), period=ensure_period("2024"))
    root = ET.fromstring(svg)
    _x, _y, width, height = root.get("viewBox").split()
    assert (root.get("width"), root.get("height")) == (width, height)  # never shrunk to fit: it scrolls
    base = float(root.get("font-size"))
    sizes = [float(t.get("font-size", base)) for t in root.iter(f"{SVG}text")]
    assert sizes and min(sizes) >= 12
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert {"2021", "2022", "2023", "2024"} <= set(labels)  # the last periods, by their short names
    assert "20,00\u00a0%" in labels and "80,00\u00a0%" in labels


def test_the_chart_has_its_figures_as_a_table_behind_it(district):
    html = trend_chart_html(unit=_four_years(district), period=ensure_period("2024"))
    table = html[html.index("<details") :]
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td[^>]*>([^<]+)</td>', table)
    assert [name for name, _online in rows] == ["năm 2021", "năm 2022", "năm 2023", "năm 2024"]
    assert [online for _name, online in rows] == ["20,00\u00a0%", "40,00\u00a0%", "60,00\u00a0%", "80,00\u00a0%"]
    assert "<caption>" in table and 'scope="col"' in table


def test_the_charts_print_at_least_9_points(district_report):  # noqa: F811
    pages = pages_of(render_pdf(district_report))
    chart_pages = [p for p in pages if any(w.text == "hướng" for w in p.words)]
    assert chart_pages, "the trend chart is printed"
    page = chart_pages[0]
    title = next(w for w in page.words if w.text == "hướng")
    below = [w for w in page.words if title.y0 <= w.y0 <= title.y0 + 240 and w.text.strip()]
    heights = sorted(round(w.y1 - w.y0, 1) for w in below)
    # pdftotext's box is the font's ascent and descent: 1.107 times the size for Liberation Serif (0.891 + 0.216).
    assert len(below) > 10 and heights[0] / 1.107 >= 8.95, heights[:5]
