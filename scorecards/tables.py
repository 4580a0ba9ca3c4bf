"""The scorecard as a neutral table (reform_portal.tables): the report's appendix in the PDF and its Excel sheet."""

from __future__ import annotations

from django.utils.translation import gettext as _

from reform_portal.numbers import format_percent
from reform_portal.tables import HeaderCell, Row, Table, number_cell, text_cell
from scorecards.models import Item, Score
from scorecards.narrative import published_assessment
from scorecards.results import framework_results, scored_items


def scorecard_table(*, unit, on) -> Table:
    """The unit's published scorecard (per field, each scored item: maximum, own score, appraised score, the
    council's reason; then the totals with their ranks). ``empty`` when nothing is published by ``on``."""
    assessment = published_assessment(unit=unit, on=on)
    header = [[HeaderCell(_("No.")), HeaderCell(_("Field, criterion")), HeaderCell(_("Maximum points")),
               HeaderCell(_("Self-assessed points")), HeaderCell(_("Appraised points")),
               HeaderCell(_("Reason, note"))]]  # fmt: skip
    table = Table(
        key="par_index",
        title=_("RESULTS OF THE PAR INDEX SCORING"),
        header=header,
        rows=[],
        widths=[6, 36, 9, 9, 9, 31],
        aligns=["left", "left", "right", "right", "right", "left"],
        sheet_name="PAR INDEX",
    )
    if assessment is None:
        table.empty = True
        return table
    framework = assessment.framework
    table.title = _("RESULTS OF THE PAR INDEX SCORING, %(year)s") % {"year": framework.year}
    table.subtitle = f"({framework.title})"
    items = list(Item.objects.filter(framework=framework).order_by("order", "pk"))
    scores = {s.item_id: s for s in Score.objects.filter(assessment=assessment)}
    leaves = {item.pk for item in scored_items(items)}
    results = framework_results(framework)
    result = results.for_unit(unit.pk)
    by_field = {f.item.pk: f for f in result.fields}
    for item in items:
        if item.parent_id is None:
            standing = by_field[item.pk].standing
            share = _("Achieved %(share)s") % {"share": format_percent(standing.share)}
            table.rows.append(Row([text_cell(item.number), text_cell(item.title), number_cell(item.max_points),
                                   text_cell(""), number_cell(standing.points), text_cell(share)], kind="group"))  # fmt: skip
        elif item.pk in leaves:
            score = scores.get(item.pk)
            appraised = None if score is None else score.appraised_points
            own = None if score is None else score.self_points
            table.rows.append(Row([text_cell(item.number), text_cell(item.title), number_cell(item.max_points),
                                   number_cell(own), number_cell(appraised if appraised is not None else own),
                                   text_cell(score.appraisal_reason if score else "")]))  # fmt: skip
        else:
            table.rows.append(Row([text_cell(item.number), text_cell(item.title), number_cell(item.max_points),
                                   text_cell(""), text_cell(""), text_cell("")]))  # fmt: skip
    for label, standing, own in (
        (_("Appraised self-assessment points"), result.appraised, result.self_points),
        (_("SIPAS points"), result.survey, None),
        (_("Total PAR INDEX points"), result.total, None),
    ):
        rank = (
            _("Rank %(position)s/%(of)s") % {"position": standing.rank.position, "of": standing.rank.of}
            if standing.rank
            else ""
        )
        table.rows.append(Row([text_cell(""), text_cell(label), number_cell(standing.max_points), number_cell(own),
                               number_cell(standing.points), text_cell(rank)], kind="total"))  # fmt: skip
    return table
