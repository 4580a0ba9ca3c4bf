"""Server-rendered SVG charts: the same picture on the page and in the PDF.

Plain SVG markup built here (no JavaScript, no chart library, nothing to
fetch): every text is escaped, sizes are in user units with a viewBox so
the chart scales to the page width, and colours work in print. Numbers are
formatted by reform_portal.numbers like everywhere else.
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Sum
from django.utils.html import escape
from django.utils.translation import gettext as _

from consolidation.breakdown import PERCENT, BreakdownTable, Column, breakdown_table, entered_parts
from consolidation.charts_cache import figures_version, remembered_series
from consolidation.completeness import CHILDREN, counted_units_qs
from indicators.models import Value
from indicators.values import active_indicators, derive
from reform_portal.numbers import format_percent
from reports.duties import duties
from reports.models import Period, Report
from units.models import Unit

ONLINE = "dossiers.rate.online"
ON_TIME = "dossiers.rate.on_time"
SERIES = [
    (ONLINE, "#0d6efd"),  # Bootstrap primary
    (ON_TIME, "#198754"),  # Bootstrap success
]
FONT = "font-family=\"'Times New Roman', 'Liberation Serif', Tinos, serif\""


def _labels() -> dict[str, str]:
    return {ONLINE: _("Online share"), ON_TIME: _("On-time share")}


# Every text of a chart is at least 12 user units, and a chart is drawn at one pixel per unit (it scrolls in a
# narrow column rather than shrink): at least 12 px on screen; in the PDF, 12 px = 9 pt (it fits the text width).
TEXT = 12


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    t = escape(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{t}" class="consolidation-chart" {FONT} font-size="{TEXT}">'
        f"<title>{t}</title>" + "".join(body) + "</svg>"
    )


def _legend(x: int, y: int) -> list[str]:
    out, labels = [], _labels()
    for code, colour in SERIES:
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{x + 14}" y="{y}">{escape(labels[code])}</text>')
        x += 24 + 8 * len(labels[code])
    return out


def _pct(value: Decimal | None) -> float:
    return max(0.0, min(100.0, float(value))) if value is not None else 0.0


def bars_svg(rows: list[tuple[str, dict[str, Decimal | None]]], title: str) -> str:
    """Horizontal bars, two per row (online share, on-time share), 0-100 %."""
    label_w, bar_w, value_w = 210, 320, 80
    bar_h, gap, top = 12, 8, 40
    width = label_w + bar_w + value_w
    height = top + len(rows) * (2 * bar_h + gap) + 10
    body = [f'<text x="0" y="14" font-weight="bold" font-size="13">{escape(title)}</text>', *_legend(label_w, 30)]
    for tick in (0, 50, 100):
        x = label_w + bar_w * tick / 100
        body.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 8}" stroke="#ced4da"/>')
    for i, (label, cells) in enumerate(rows):
        y = top + i * (2 * bar_h + gap)
        short = label if len(label) <= 28 else label[:27] + "…"
        body.append(f'<text x="{label_w - 6}" y="{y + bar_h + 3}" text-anchor="end">{escape(short)}</text>')
        for j, (code, colour) in enumerate(SERIES):
            value = cells.get(code)
            by = y + j * bar_h
            w = bar_w * _pct(value) / 100
            body.append(f'<rect x="{label_w}" y="{by}" width="{w:.1f}" height="{bar_h - 1}" fill="{colour}"/>')
            text = format_percent(value) if value is not None else "—"
            body.append(f'<text x="{label_w + bar_w + 4}" y="{by + bar_h - 1}">{escape(text)}</text>')
    return _svg(width, height, title, body)


def share_chart_svg(*, unit: Unit, period: Period, provisional: bool = False, kinds=None) -> str:
    """Online share and on-time share of each unit below, horizontal bars: from the breakdown table with its
    key columns (both shares among them), the one a document's breakdown appendix computes already (inside
    ``memo.reading()`` it is computed once for both)."""
    return share_chart_from_table(breakdown_table(unit=unit, period=period, provisional=provisional, kinds=kinds))


def _share_rows(table: BreakdownTable) -> list[tuple[str, dict[str, Decimal | None]]]:
    """(label, cells) of each counted unit, then the total's cells under an empty label (named when drawn)."""
    return [*((r.label, r.cells) for r in table.rows if r.counted), ("", table.total.cells)]


def _named_total(rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    return [*rows[:-1], (str(_("Total")), rows[-1][1])]


def _share_title(period: Period, provisional: bool) -> str:
    title = _("Online and on-time shares per unit, %(period)s") % {"period": period.name}
    return title + " (" + _("provisional") + ")" if provisional else title


def share_chart_from_table(table: BreakdownTable) -> str:
    """The share chart of a breakdown table already computed (its columns include both shares)."""
    return bars_svg(_named_total(_share_rows(table)), _share_title(table.period, table.provisional))


def trend_periods(*, unit: Unit, periods: int = 6, period: Period | None = None) -> list[Period]:
    """The last ``periods`` periods of the same kind as ``period`` (default: the latest one reported below)."""
    if period is None:
        latest = (
            Report.objects.filter(unit__path__gt=unit.path, unit__path__lt=unit.path_upper_bound)
            .exclude(submitted_at=None)
            .order_by("-period__ends_on")
            .values_list("period_id", flat=True)
            .first()
        )
        if latest is None:
            return []
        period = Period.objects.get(pk=latest)
    found = Period.objects.filter(kind=period.kind, ends_on__lte=period.ends_on).order_by("-ends_on")[:periods]
    return list(reversed(found))


def trend_values(*, unit: Unit, periods: list[Period], provisional: bool = False) -> list[dict[str, Decimal | None]]:
    """Consolidated online and on-time shares per period (``_trend_values``), kept per version of the figures
    they are read from (``consolidation.charts_cache``: two queries when nothing changed)."""
    if not periods:
        return []
    catalogue = active_indicators()
    ids = {catalogue[c].pk: c for c in entered_parts([ONLINE, ON_TIME], catalogue)}
    period_ids = tuple(p.pk for p in periods)
    return remembered_series(
        "trend",
        (unit.pk, period_ids, bool(provisional)),
        lambda: figures_version(unit=unit, period_ids=period_ids, indicator_ids=ids),
        lambda: _trend_values(unit=unit, periods=periods, provisional=provisional, catalogue=catalogue, ids=ids),
    )


def _trend_values(*, unit: Unit, periods: list[Period], provisional: bool, catalogue, ids: dict[int, str]):
    """Consolidated online and on-time shares per period: two queries per period, none per unit."""
    out = []
    owed = duties(unit=unit, period=periods[0])  # the periods are of one kind
    for period in periods:
        counted = counted_units_qs(
            unit=unit, period=period, scope=CHILDREN, kinds=None, provisional=provisional, owed=owed.at(period)
        )
        sums = {
            ids[row["indicator_id"]]: row["total"]
            for row in Value.objects.filter(
                period=period, unit__in=counted, breakdown="", number__isnull=False, indicator_id__in=ids
            )
            .values("indicator_id")
            .annotate(total=Sum("number"))
            .order_by()
        }
        derived = derive(sums, indicators=catalogue) if sums else {}
        out.append({ONLINE: derived.get(ONLINE), ON_TIME: derived.get(ON_TIME)})
    return out


def lines_svg(labels: list[str], series: list[dict[str, Decimal | None]], title: str) -> str:
    """A line per share over the periods, 0-100 %, values written at each point."""
    left, plot_w, plot_h, top = 52, 520, 200, 52  # 612 units: 459 pt, inside a portrait page's 467 pt
    width, height = left + plot_w + 40, top + plot_h + 44
    body = [f'<text x="0" y="14" font-weight="bold" font-size="13">{escape(title)}</text>', *_legend(left, 34)]
    for tick in (0, 25, 50, 75, 100):
        y = top + plot_h * (100 - tick) / 100
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#dee2e6"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick} %</text>')
    n = len(labels)
    pad = 36  # the first and last periods inset, so their values do not run into the axis's "50 %"
    step = (plot_w - 2 * pad) / max(n - 1, 1)
    xs = [left + (pad + i * step if n > 1 else plot_w / 2) for i in range(n)]
    for x, label in zip(xs, labels, strict=True):
        body.append(f'<text x="{x:.1f}" y="{top + plot_h + 20}" text-anchor="middle">{escape(label)}</text>')
    for code, colour in SERIES:
        points = [
            (x, top + plot_h * (100 - _pct(v[code])) / 100, v[code])
            for x, v in zip(xs, series, strict=True)
            if v.get(code) is not None
        ]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _v in points)
            body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y, value in points:
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
            text = escape(format_percent(value))
            dy = -8 if code == ONLINE else 18  # the two values of a period apart, above and below
            body.append(f'<text x="{x:.1f}" y="{y + dy:.1f}" text-anchor="middle" fill="{colour}">{text}</text>')
    if not n:
        body.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" text-anchor="middle">')
        body.append(escape(_("No reported period yet")) + "</text>")
    return _svg(width, height, title, body)


def period_label(period: Period) -> str:
    """A short axis label: 2023, Q1/2024, 6T1/2024, 9T/2024, 5/2024 (the period's code otherwise)."""
    code = period.code
    year, _sep, rest = code.partition("-")
    if not rest:
        return year
    if rest.startswith("Q"):
        return f"Q{rest[1:]}/{year}"
    if rest in ("H1", "H2"):
        return f"6T{rest[1]}/{year}"
    if rest == "9M":
        return f"9T/{year}"
    return f"{int(rest)}/{year}" if rest.isdigit() else code


def _trend(*, unit: Unit, periods: int, period: Period | None, provisional: bool):
    found = trend_periods(unit=unit, periods=periods, period=period)
    series = trend_values(unit=unit, periods=found, provisional=provisional)
    title = _("Trend of the consolidated shares of %(unit)s") % {"unit": unit.name}
    return found, series, title


def trend_chart_svg(*, unit: Unit, periods: int = 6, period: Period | None = None, provisional=False) -> str:
    """The unit's consolidated online and on-time shares over its last periods of the same kind."""
    found, series, title = _trend(unit=unit, periods=periods, period=period, provisional=provisional)
    return lines_svg([period_label(p) for p in found], series, title)


def data_table(title: str, first: str, rows: list[tuple[str, dict[str, Decimal | None]]]) -> str:
    """The figures behind a chart as a table, for screen readers and for reading exact values (on screen)."""
    labels = _labels()
    head = "".join(f'<th scope="col" class="text-end">{escape(labels[code])}</th>' for code, _c in SERIES)
    body = "".join(
        f'<tr><th scope="row">{escape(label)}</th>'
        + "".join(f'<td class="text-end">{escape(format_percent(cells.get(code)) or "—")}</td>' for code, _c in SERIES)
        + "</tr>"
        for label, cells in rows
    )
    return (
        f'<details class="chart-data mt-2" data-testid="chart-table"><summary class="small">'
        f"{escape(_('The figures of the chart as a table'))}</summary>"
        f'<table class="table table-sm small mb-0"><caption>{escape(title)}</caption>'
        f'<thead><tr><th scope="col">{escape(first)}</th>{head}</tr></thead><tbody>{body}</tbody></table></details>'
    )


def trend_chart_html(*, unit: Unit, periods: int = 6, period: Period | None = None, provisional=False) -> str:
    """The trend chart for a page: the SVG and, behind it, its figures as a table."""
    found, series, title = _trend(unit=unit, periods=periods, period=period, provisional=provisional)
    rows = [(p.name, values) for p, values in zip(found, series, strict=True)]
    return lines_svg([period_label(p) for p in found], series, title) + data_table(title, str(_("Period")), rows)


def share_chart_html(table: BreakdownTable) -> str:
    """The share chart of a breakdown table for a page, with its figures as a table behind it."""
    rows = _named_total(_share_rows(table))
    return bars_svg(rows, _share_title(table.period, table.provisional)) + data_table(
        table.period.name, str(_("Unit")), rows
    )


def share_chart_html_of(*, unit: Unit, period: Period, provisional: bool = False) -> str:
    """``share_chart_html`` for a page that shows no breakdown table (the board): its rows kept per version of
    the figures they are read from (``consolidation.charts_cache``), computed over the two shares only."""
    catalogue = active_indicators()
    ids = {catalogue[c].pk: c for c in entered_parts([ONLINE, ON_TIME], catalogue)}
    columns = [Column(ONLINE, "", PERCENT), Column(ON_TIME, "", PERCENT)]
    rows = remembered_series(
        "share",
        (unit.pk, period.pk, bool(provisional)),
        lambda: figures_version(unit=unit, period_ids=[period.pk], indicator_ids=ids),
        lambda: _share_rows(breakdown_table(unit=unit, period=period, provisional=provisional, columns=columns)),
    )
    rows = _named_total(rows)
    return bars_svg(rows, _share_title(period, provisional)) + data_table(period.name, str(_("Unit")), rows)
