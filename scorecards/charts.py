"""A unit's fields against its group's mean, as plain SVG (no script, nothing to fetch; CSP-safe)."""

from __future__ import annotations

from decimal import Decimal

from django.utils.html import escape
from django.utils.translation import gettext as _

from reform_portal.numbers import format_percent, ratio_percent
from scorecards.results import Results, UnitResult

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
