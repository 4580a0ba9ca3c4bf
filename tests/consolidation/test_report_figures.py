"""A report's figures have one answer: what it prints, what the page shows and what is kept as sent."""

from decimal import Decimal

from consolidation.engine import consolidate
from consolidation.figures import report_figures
from desk import panels
from desk.services import report_create
from desk.workflow import apply_move
from exports.tables import form_table
from indicators import tables as indicators_tables
from indicators.values import values_by_code
from plans.summary import appendix_figures
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.plans.factories import plan, task
from units.models import Membership, Role

from .conftest import make_communes, make_report, put

S = ReportState


def _printed(report, code: str) -> str:
    """The figure of ``code`` as the statistical appendix (PDF and Excel) prints it."""
    rows = indicators_tables.form_table(unit=report.unit, period=report.period, form_code="phu-luc-1").rows
    index = next(i for i, row in enumerate(rows) if row.indicator_code == code)
    return form_table(report, "phu-luc-1").rows[index].cells[3].text


def test_a_district_sends_the_consolidated_figures_it_prints(tree, rita):
    district = tree["524"]
    period = ensure_period("2023")
    a, b = make_communes(district, 2)
    put(a, period, {"dossiers.received.online": 30, "dossiers.received.direct": 70, "dossiers.resolved.on_time": 100})
    put(b, period, {"dossiers.received.online": 10, "dossiers.received.direct": 290, "dossiers.resolved.late": 300})
    for commune in (a, b):
        make_report(commune, period, S.ACCEPTED)
    # The district's own one-stop shop.
    put(district, period, {"dossiers.received.direct": 5, "dossiers.resolved.on_time": 5})
    Membership.objects.create(user=rita, unit=district, role=Role.CLERK)
    report = report_create(unit=district, period=period, report_type=ReportType.objects.get(code="cchc-year"),
                           user=rita)  # fmt: skip

    figures = report_figures(unit=district, period=period)
    assert figures["dossiers.received.total"] == 405  # 5 of its own and 400 of its communes
    assert figures["dossiers.rate.online"] == Decimal("9.88")  # 40 / 405, recomputed from the added parts
    assert figures["dossiers.rate.on_time"] == Decimal("25.93")  # 105 / 405
    assert values_by_code(unit=district, period=period)["dossiers.received.total"] == 5

    transition = apply_move(report=report, user=rita, move_name="submit", seen_state=S.DRAFT)

    sent = transition.snapshot["figures"]
    assert sent["dossiers.received.total"] == "405" and sent["dossiers.rate.on_time"] == "25.93"
    assert sent == {code: "" if v is None else str(v) for code, v in sorted(figures.items())}
    assert _printed(report, "dossiers.rate.on_time") == "25,93*"  # late dossiers are blank: marked as partial
    shown = {f.code: f.display for f in panels.key_figures(report)}
    assert shown["dossiers.received.total"] == "405"


def test_a_commune_reports_what_it_entered(binh_phuoc):
    period = ensure_period("2023")
    put(binh_phuoc, period, {"dossiers.received.online": 30, "dossiers.received.direct": 70})
    assert report_figures(unit=binh_phuoc, period=period) == values_by_code(unit=binh_phuoc, period=period)


def test_the_consolidated_task_figures_are_the_sum_of_the_units_own(district):
    period = ensure_period("2023")  # cut-off 15/12/2022 - 14/12/2023
    a, b, draft = make_communes(district, 3)
    task(plan(a), "procedures", deadline="30/06/2023", completed_on="20/06/2023")
    task(plan(a), "direction", deadline="30/06/2023", completed_on="15/07/2023")
    task(plan(b), "procedures", deadline="31/12/2023")
    task(plan(b, assigned=True), "direction", deadline="30/06/2023", completed_on="30/06/2023")
    task(plan(draft), "procedures", deadline="30/06/2023", completed_on="20/06/2023")  # its report is not counted
    for commune, state in ((a, S.ACCEPTED), (b, S.ACCEPTED), (draft, S.DRAFT)):
        make_report(commune, period, state)

    c = consolidate(unit=district, period=period)

    own = [appendix_figures(unit=unit, period=period) for unit in (a, b)]
    for code in own[0]:
        assert c.values[code] == own[0][code] + own[1][code], code
    assert (c.values["plan.tasks.planned"], c.values["plan.tasks.done"]) == (3, 2)
    assert c.values["assigned.tasks.on_time"] == 1
    assert [r.code for r in c.tasks.rows] == [r.code for r in c.assigned_tasks.rows]
    assert c.tasks.unit == district and c.tasks.total.done_late == 1
