"""The scorecard as a neutral table (reform_portal.tables): the report's appendix in the PDF and its Excel sheet."""

from __future__ import annotations

from reform_portal.numbers import format_percent
from reform_portal.tables import HeaderCell, Row, Table, number_cell, text_cell
from scorecards.models import Item, Score
from scorecards.narrative import published_assessment
from scorecards.results import framework_results, scored_items


def scorecard_table(*, unit, on) -> Table:
    """The unit's published scorecard (per field, each scored item: maximum, own score, appraised score, the
    council's reason; then the totals with their ranks). ``empty`` when nothing is published by ``on``."""
    assessment = published_assessment(unit=unit, on=on)
    header = [[HeaderCell("STT"), HeaderCell("Lĩnh vực, tiêu chí"), HeaderCell("Điểm tối đa"),
               HeaderCell("Điểm tự đánh giá"), HeaderCell("Điểm thẩm định"), HeaderCell("Lý do, ghi chú")]]  # fmt: skip
    table = Table(
        key="par_index",
        title="KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
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
    table.title = f"KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {framework.year}"
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
            table.rows.append(Row([text_cell(item.number), text_cell(item.title), number_cell(item.max_points),
                                   text_cell(""), number_cell(standing.points),
                                   text_cell(f"Đạt {format_percent(standing.share)}")], kind="group"))  # fmt: skip
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
        ("Điểm tự đánh giá được thẩm định", result.appraised, result.self_points),
        ("Điểm SIPAS", result.survey, None),
        ("Tổng điểm Chỉ số CCHC", result.total, None),
    ):
        rank = f"Xếp hạng {standing.rank.position}/{standing.rank.of}" if standing.rank else ""
        table.rows.append(Row([text_cell(""), text_cell(label), number_cell(standing.max_points), number_cell(own),
                               number_cell(standing.points), text_cell(rank)], kind="total"))  # fmt: skip
    return table
