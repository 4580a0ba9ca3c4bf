"""The district's own document prints its units' figures: totals in Phụ lục I, the breakdown and its charts."""

from consolidation.figures import report_figures
from desk.services import report_create
from exports.document import official_document
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.consolidation.conftest import make_communes, make_report, put
from units.models import Membership, Role


def test_a_district_report_prints_consolidated_totals_breakdown_and_charts(tree, rita):
    district = tree["524"]
    period = ensure_period("2024-Q1")
    communes = make_communes(district, 2)
    put(communes[0], period, {"dossiers.received.online": 30, "dossiers.received.direct": 70,
                              "dossiers.resolved.on_time": 90, "dossiers.resolved.late": 10})  # fmt: skip
    put(communes[1], period, {"dossiers.received.online": 10, "dossiers.received.direct": 290,
                              "dossiers.resolved.on_time": 300})  # fmt: skip
    for commune in communes:
        make_report(commune, period, ReportState.ACCEPTED)
    put(district, period, {"dossiers.received.direct": 5})  # the district's own one-stop shop
    Membership.objects.create(user=rita, unit=district, role=Role.CLERK)
    report = report_create(unit=district, period=period, report_type=ReportType.objects.get(code="cchc-quarter"),
                           user=rita)  # fmt: skip

    doc = official_document(report)
    breakdown = next(a for a in doc.appendices if a.table.key == "breakdown")
    assert len(breakdown.figures) == 2 and all(svg.lstrip().startswith("<svg") for svg in breakdown.figures)
    total_row = breakdown.table.rows[-1]
    assert total_row.kind == "total"
    assert "400" in [c.text for c in total_row.cells]  # the units below: 100 + 300

    values = report_figures(unit=district, period=period)
    assert values["dossiers.received.total"] == 405
    # 40 online of 405 newly received, recomputed from the summed parts: 9,88 %, not an average of 30 % and 3,33 %.
    assert str(values["dossiers.rate.online"]) == "9.88"
