"""The results as data for other systems (JSON) and as the province's publication table (Excel)."""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from reform_portal.numbers import format_number
from scorecards.models import Framework
from scorecards.results import Results, Standing, framework_results


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


def _rank(standing: Standing) -> int | None:
    return standing.rank.position if standing.rank else None


def _bold_header(sheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def results_xlsx(results: Results) -> bytes:
    """The province's publication (numbers as numbers, maxima printed as 10,5). Sheet 1: rank, unit, each
    field's points, the appraised self-assessment, SIPAS and the total with their ranks, and the change in
    points and places since last year. Sheet 2: each field's rank (shared ranks counted as the seeds do) and
    its change of places since last year."""
    framework = results.framework
    book = Workbook()
    sheet = book.active
    sheet.title = f"PAR INDEX {framework.year}"
    sheet.append([framework.title])
    sheet["A1"].font = Font(bold=True, size=13)
    survey_max = format_number(framework.survey_max_points)
    total_max = format_number(results.max_points + framework.survey_max_points)
    header = [_("Rank"), _("Code"), _("Unit")]
    header += [f"{f.number}. {f.title} ({format_number(f.max_points)})" for f in results.fields]
    header += [_("Appraised self-assessment (%(max)s)") % {"max": format_number(results.max_points)},
               _("Appraised rank"), f"SIPAS ({survey_max})", _("SIPAS rank"),
               _("Total points (%(max)s)") % {"max": total_max},
               _("Points up (+) / down (−) from last year"), _("Places up (+) / down (−) from last year")]  # fmt: skip
    sheet.append(header)
    _bold_header(sheet, 2)
    points_columns = {3 + i for i in range(1, len(results.fields) + 1)}
    width = len(header)
    points_columns |= {width - 6, width - 4, width - 2, width - 1}
    for r in results.units:
        row = [_rank(r.total), r.unit.code, r.unit.name]
        row += [f.standing.points for f in r.fields]
        row += [r.appraised.points, _rank(r.appraised), r.survey.points, _rank(r.survey), r.total.points,
                r.total.points_change, r.total.change]  # fmt: skip
        sheet.append(row)
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            if cell.column in points_columns:
                cell.number_format = "0.00"
    sheet.column_dimensions["C"].width = 28

    fields = book.create_sheet(_("Ranks by field"))
    fields.append([_("%(framework)s: each field's rank") % {"framework": framework.title}])
    fields["A1"].font = Font(bold=True, size=13)
    header = [_("Code"), _("Unit")]
    for f in results.fields:
        header += [f"{f.number}. {_('Points')} ({format_number(f.max_points)})", f"{f.number}. {_('Share')} (%)",
                   f"{f.number}. {_('Rank')}", f"{f.number}. {_('Units sharing the rank')}",
                   f"{f.number}. {_('Places up/down')}"]  # fmt: skip
    fields.append(header)
    _bold_header(fields, 2)
    for r in results.units:
        row = [r.unit.code, r.unit.name]
        for f in r.fields:
            s = f.standing
            row += [s.points, s.share, _rank(s), s.rank.shared_with + 1 if s.rank else None, s.change]
        fields.append(row)
    for row in fields.iter_rows(min_row=3, min_col=3):
        for cell in row:
            if (cell.column - 3) % 5 in (0, 1):
                cell.number_format = "0.00"
    fields.column_dimensions["B"].width = 28
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def publication_filename(framework: Framework) -> str:
    return f"par-index-{framework.province.code}-{framework.year}.xlsx"


def publication_xlsx(framework: Framework) -> tuple[bytes, int]:
    """The framework's publication workbook in Vietnamese and its number of units: what
    ``manage.py par_index --format xlsx`` writes and the ranking page's download sends."""
    with translation.override("vi"):
        results = framework_results(framework)
        return results_xlsx(results), len(results.units)
