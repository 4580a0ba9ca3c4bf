"""The trend chart is kept per version of its figures (consolidation.charts_cache): drawn again without
summing while nothing changed, from the new figures as soon as a value or a report changes."""

from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consolidation.charts import share_chart_html_of, trend_chart_svg
from indicators.models import Value
from reports.models import ReportState
from reports.periods import ensure_period
from units.models import Unit

from .conftest import make_communes, make_report, put

ONLINE_PART = "dossiers.received.online"


def sums(queries) -> list[str]:
    return [q["sql"] for q in queries if 'SUM("indicators_value"."number")' in q["sql"]]


def _two_years(district):
    a, b = make_communes(district, 2)
    reports = {}
    for code, online in (("2023-H1", 1), ("2023-H2", 2)):
        period = ensure_period(code)
        for unit in (a, b):
            put(unit, period, {ONLINE_PART: online, "dossiers.received.direct": 4 - online})
            reports[unit.pk, code] = make_report(unit, period, ReportState.ACCEPTED)
    return a, b, reports


def draw(district) -> str:
    return trend_chart_svg(unit=Unit.objects.get(pk=district.pk), period=ensure_period("2023-H2"))


def test_unchanged_figures_are_not_summed_again(district):
    _two_years(district)
    unit, period = Unit.objects.get(pk=district.pk), ensure_period("2023-H2")
    first = trend_chart_svg(unit=unit, period=period)
    assert "25,00\u00a0%" in first and "50,00\u00a0%" in first
    with CaptureQueriesContext(connection) as ctx:
        again = trend_chart_svg(unit=unit, period=period)
    assert again == first
    assert sums(ctx.captured_queries) == []
    # the periods, the catalogue's version (read at each call outside a request), the figures' version
    assert len(ctx.captured_queries) == 5


def test_a_changed_value_is_drawn_at_once(district):
    a, _b, _reports = _two_years(district)
    assert "50,00\u00a0%" in draw(district)
    value = Value.objects.get(unit=a, period__code="2023-H2", indicator__code=ONLINE_PART)
    value.number = Decimal(4)  # a (4 of 6) and b (2 of 4): 60 %
    value.save()
    with CaptureQueriesContext(connection) as ctx:
        svg = draw(district)
    assert sums(ctx.captured_queries)
    assert "60,00\u00a0%" in svg and "50,00\u00a0%" not in svg


def test_a_cleared_value_is_drawn_at_once(district):
    a, _b, _reports = _two_years(district)
    assert "50,00\u00a0%" in draw(district)
    Value.objects.filter(unit=a, period__code="2023-H2", indicator__code=ONLINE_PART).delete()
    assert "33,33\u00a0%" in draw(district)  # a: 0 online of 2 direct, b: 2 of 4


def test_a_report_that_moves_changes_the_chart(district):
    a, _b, reports = _two_years(district)
    value = Value.objects.get(unit=a, period__code="2023-H2", indicator__code=ONLINE_PART)
    value.number = Decimal(4)
    value.save()
    assert "60,00\u00a0%" in draw(district)
    report = reports[a.pk, "2023-H2"]
    report.state = ReportState.RETURNED  # as the workflow sets it: save() writes updated_at
    report.save(update_fields=["state", "updated_at"])
    assert "50,00\u00a0%" in draw(district)  # only b counted


def test_the_board_sums_the_trend_once_while_nothing_changes(client, rita, binh_son, tree):
    client.force_login(rita)
    page = reverse("desk:board", args=[binh_son.code, "2023"])
    cache.clear()
    with CaptureQueriesContext(connection) as first:
        assert client.get(page).status_code == 200
    with CaptureQueriesContext(connection) as again:
        assert client.get(page).status_code == 200
    trend = [sql for sql in sums(first.captured_queries) if sql not in sums(again.captured_queries)]
    assert trend  # the trend's sums, one per period, made by the first request only
    assert len(again.captured_queries) < len(first.captured_queries)


def test_the_boards_share_chart_is_kept_until_a_report_is_sent(district):
    a, b, reports = _two_years(district)
    unit, period = Unit.objects.get(pk=district.pk), ensure_period("2023-H2")
    draft = reports[b.pk, "2023-H2"]
    draft.state = ReportState.DRAFT
    draft.save(update_fields=["state", "updated_at"])
    first = share_chart_html_of(unit=unit, period=period, provisional=True)
    assert a.name in first and b.name not in first  # only counted units have bars
    with CaptureQueriesContext(connection) as ctx:
        assert share_chart_html_of(unit=unit, period=period, provisional=True) == first
    assert sums(ctx.captured_queries) == []
    draft.state = ReportState.SUBMITTED
    draft.save(update_fields=["state", "updated_at"])
    assert b.name in share_chart_html_of(unit=unit, period=period, provisional=True)  # counted once sent
