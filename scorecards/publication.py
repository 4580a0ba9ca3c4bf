"""The results as data for other systems (JSON) and as the province's publication table (Excel)."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from scorecards.results import Results, Standing


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _standing(standing: Standing) -> dict:
    return {
        "points": _num(standing.points),
        "max_points": _num(standing.max_points),
        "share_percent": _num(standing.share),
        "rank": standing.rank.position if standing.rank else None,
        "ranked": standing.rank.of if standing.rank else None,
        "shared_with": standing.rank.shared_with if standing.rank else None,
        "previous_points": _num(standing.previous_points),
        "previous_rank": standing.previous_rank.position if standing.previous_rank else None,
        "rank_change": standing.change,
        "points_change": _num(standing.points_change),
    }


def results_data(results: Results) -> dict:
    framework = results.framework
    return {
        "province": framework.province.code,
        "year": framework.year,
        "group": framework.group,
        "framework": framework.title,
        "units": [
            {
                "code": r.unit.code,
                "name": r.unit.name,
                "state": r.assessment.state,
                "decision": r.assessment.decision.number_and_symbol if r.assessment.decision else None,
                "self_assessed_points": _num(r.self_points),
                "fields": [{"number": f.item.number, "title": f.item.title, **_standing(f.standing)} for f in r.fields],
                "appraised": _standing(r.appraised),
                "sipas": _standing(r.survey),
                "total": _standing(r.total),
            }
            for r in results.units
        ],
    }


def results_xlsx(results: Results) -> bytes:
    """One sheet: rank, unit, each field, appraised, SIPAS, total, change of rank (numbers as numbers)."""
    framework = results.framework
    book = Workbook()
    sheet = book.active
    sheet.title = f"PAR INDEX {framework.year}"
    sheet.append([framework.title])
    sheet["A1"].font = Font(bold=True, size=13)
    header = ["Xếp hạng", "Mã", "Đơn vị"]
    header += [f"{f.number}. {f.title} ({_num(f.max_points)})" for f in results.fields]
    header += [f"Tự đánh giá được thẩm định ({_num(results.max_points)})", f"SIPAS ({_num(framework.survey_max_points)})",
               "Tổng điểm", "Tăng (+) / giảm (−) bậc so với năm trước"]  # fmt: skip
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in results.units:
        row = [r.total.rank.position if r.total.rank else None, r.unit.code, r.unit.name]
        row += [f.standing.points for f in r.fields]
        row += [r.appraised.points, r.survey.points, r.total.points, r.total.change]
        sheet.append(row)
    for row in sheet.iter_rows(min_row=3, min_col=4, max_col=3 + len(results.fields) + 3):
        for cell in row:
            cell.number_format = "0.00"
    sheet.column_dimensions["C"].width = 28
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
