"""A unit's fields against its group's mean, as plain SVG (no script, nothing to fetch; CSP-safe)."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.translation import gettext as _

from reform_portal.numbers import format_percent, ratio_percent
from scorecards.models import Framework, Score
from scorecards.results import Results, UnitResult
from scorecards.scoring import Rank, ranks

UNIT_COLOUR, MEAN_COLOUR = "#0d6efd", "#adb5bd"
FONT = "font-family=\"'Times New Roman', 'Liberation Serif', Tinos, serif\""


def field_means(results: Results) -> dict[str, Decimal | None]:
    """Each field's mean share over the framework's units that have points in it (half-up)."""
    means = {}
    for index, field in enumerate(results.fields):
        known = [r.fields[index].standing.points for r in results.units if r.fields[index].standing.points is not None]
        means[field.number] = ratio_percent(sum(known, Decimal(0)), field.max_points * len(known)) if known else None
    return means


def fields_chart_svg(results: Results, result: UnitResult) -> str:
    """Horizontal bars per field: the unit's share of the maximum and the group's mean share, 0-100 %."""
    means = field_means(results)
    label_w, bar_w, value_w, bar_h, gap, top = 230, 320, 70, 9, 8, 36
    width = label_w + bar_w + value_w
    height = top + len(result.fields) * (2 * bar_h + gap) + 8
    title = _("Share of the maximum per field, against the group's mean")
    labels = [(UNIT_COLOUR, result.unit.name), (MEAN_COLOUR, _("mean of the %(peers)s") % {"peers": results.peers})]
    body = [f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    x = label_w
    for colour, label in labels:
        body.append(f'<rect x="{x}" y="20" width="10" height="10" fill="{colour}"/>')
        body.append(f'<text x="{x + 14}" y="29">{escape(label)}</text>')
        x += 28 + 7 * len(label)
    for i, field in enumerate(result.fields):
        y = top + i * (2 * bar_h + gap)
        label = f"{field.item.number}. {field.item.title}"
        short = label if len(label) <= 38 else label[:37] + "…"
        body.append(f'<text x="{label_w - 6}" y="{y + bar_h + 3}" text-anchor="end">{escape(short)}</text>')
        for j, (value, colour) in enumerate(
            ((field.standing.share, UNIT_COLOUR), (means[field.item.number], MEAN_COLOUR))
        ):
            share = max(0.0, min(100.0, float(value))) if value is not None else 0.0
            by = y + j * bar_h
            body.append(
                f'<rect x="{label_w}" y="{by}" width="{bar_w * share / 100:.1f}" height="{bar_h - 1}" fill="{colour}"/>'
            )
            text = format_percent(value) if value is not None else "—"
            body.append(f'<text x="{label_w + bar_w + 4}" y="{by + bar_h - 1}" font-size="10">{escape(text)}</text>')
    t = escape(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{t}" class="scorecard-chart" {FONT} font-size="12"><title>{t}</title>' + "".join(body) + "</svg>"
    )


def rank_history(framework, unit) -> list[tuple[int, Rank | None]]:
    """(year, the unit's overall rank) for every framework of the same province and group up to ``framework``'s
    year, oldest first, in two queries: each unit's total is its points in force summed in the database, plus
    its SIPAS points (a year whose scoring is under way has no rank yet: None)."""
    frameworks = list(
        Framework.objects.filter(
            province_id=framework.province_id, group=framework.group, year__lte=framework.year
        ).order_by("year")
    )
    totals = (
        Score.objects.filter(assessment__framework__in=frameworks)
        .values("assessment__framework_id", "assessment__unit_id", "assessment__survey_points")
        .annotate(points=Sum(Coalesce("appraised_points", "self_points")))
    )
    by_framework: dict[int, dict[int, Decimal | None]] = {f.pk: {} for f in frameworks}
    for row in totals:
        survey = row["assessment__survey_points"]
        total = row["points"] + survey if row["points"] is not None and survey is not None else None
        by_framework[row["assessment__framework_id"]][row["assessment__unit_id"]] = total
    return [(f.year, ranks(by_framework[f.pk]).get(unit.pk)) for f in frameworks]


def rank_history_svg(history: list[tuple[int, Rank | None]], unit_name: str) -> str:
    """The overall rank per year as a line (rank 1 at the top)."""
    known = [(year, rank) for year, rank in history if rank is not None]
    if len(known) < 2:
        return ""
    worst = max(rank.of for _year, rank in known)
    left, width, top, height = 30, 220, 34, 110
    step = width / (len(known) - 1)
    title = _("Overall rank of %(unit)s by year") % {"unit": unit_name}
    body = [f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    for tick in sorted({1, worst}):
        y = top + height * (tick - 1) / max(worst - 1, 1)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + width}" y2="{y:.1f}" stroke="#ced4da"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="10">{tick}</text>')
    points = []
    for index, (year, rank) in enumerate(known):
        x = left + index * step
        y = top + height * (rank.position - 1) / max(worst - 1, 1)
        points.append(f"{x:.1f},{y:.1f}")
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{UNIT_COLOUR}"/>')
        body.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle">{rank.position}/{rank.of}</text>')
        body.append(f'<text x="{x:.1f}" y="{top + height + 18}" text-anchor="middle">{year}</text>')
    body.insert(1, f'<polyline points="{" ".join(points)}" fill="none" stroke="{UNIT_COLOUR}" stroke-width="2"/>')
    t = escape(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + width + 30} {top + height + 28}" width="100%" '
        f'role="img" aria-label="{t}" class="scorecard-chart" {FONT} font-size="12"><title>{t}</title>'
        + "".join(body)
        + "</svg>"
    )
