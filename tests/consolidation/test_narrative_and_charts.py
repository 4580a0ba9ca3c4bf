import xml.etree.ElementTree as ET

from consolidation.charts import share_chart_svg, trend_chart_svg
from consolidation.narrative import paragraphs
from reports.models import ReportState
from reports.periods import ensure_period
from units.models import Unit

from .conftest import make_communes, make_report, put


def test_the_generated_paragraphs_read_like_the_district_report(district, h1_2024):
    a, b, _silent = make_communes(district, 3)
    put(a, h1_2024, {"dossiers.received.online": 5000, "dossiers.resolved.on_time": 4000})
    put(b, h1_2024, {"dossiers.received.direct": 6137, "dossiers.resolved.late": 1})
    make_report(a, h1_2024)
    make_report(b, h1_2024)

    texts = {p.key: p.text for p in paragraphs(unit=district, period=h1_2024)}

    # Two of the three communes are counted: the sentence says so.
    assert texts["dossiers"].startswith(
        "Toàn huyện (2/3 xã đã được tiếp nhận báo cáo) tiếp nhận 11.137 hồ sơ (trong đó: trực tuyến 5.000 hồ sơ"
    )
    assert "đạt 99,98\u00a0%" in texts["dossiers"]  # 4000 / 4001
    assert texts["completeness"].startswith("2/3 xã đã gửi báo cáo, 2/3 xã gửi báo cáo đúng hạn")
    assert "chưa gửi báo cáo: Xã T2" in texts["completeness"]


def _parse(svg: str):
    return ET.fromstring(svg)  # well-formed XML, or this raises


def test_the_share_chart_is_escaped_svg_with_a_bar_per_share(district, h1_2024):
    (a,) = make_communes(district, 1)
    a.name = 'Xã <script>alert("x")</script> & Co'
    a.save()
    put(a, h1_2024, {"dossiers.received.online": 3, "dossiers.received.direct": 1,
                     "dossiers.resolved.on_time": 1, "dossiers.resolved.late": 1})  # fmt: skip
    make_report(a, h1_2024)

    svg = share_chart_svg(unit=district, period=h1_2024)

    root = _parse(svg)
    assert root.tag.endswith("svg")
    assert "<script>" not in svg
    assert "75,00\u00a0%" in svg and "50,00\u00a0%" in svg
    assert len(root.findall(".//{http://www.w3.org/2000/svg}rect")) >= 4  # 2 legend + 2 bars per row


def test_the_trend_chart_follows_the_periods_of_the_same_kind(district):
    (a,) = make_communes(district, 1)
    for code, online in (("2023-H1", 1), ("2023-H2", 2), ("2024-H1", 3)):
        period = ensure_period(code)
        put(a, period, {"dossiers.received.online": online, "dossiers.received.direct": 4 - online})
        make_report(a, period, ReportState.ACCEPTED)

    svg = trend_chart_svg(unit=Unit.objects.get(pk=district.pk), periods=6)

    _parse(svg)
    assert "6T1/2023" in svg and "6T1/2024" in svg and "Q1/2023" not in svg  # short labels, not codes
    assert "25,00\u00a0%" in svg and "75,00\u00a0%" in svg
    assert "<polyline" in svg
