"""Generated sentences about the reform plan, as the seeds write them.

"UBND xã đã ban hành Kế hoạch số 117/KH-UBND ngày 31/12/2022 về cải cách
hành chính năm 2023, đề ra 40 nhiệm vụ; đến ngày 06/12/2023 đã hoàn thành
38 nhiệm vụ (đúng hạn 37, quá hạn 1), 2 nhiệm vụ đang thực hiện trong hạn."

The text is document text (Vietnamese whatever the interface language);
numbers and dates go through reform_portal.numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from plans.citations import citation
from plans.summary import SummaryRow, plan_for, task_summary
from reform_portal.numbers import format_citation_date, format_number
from units.models import UnitKind


@dataclass(frozen=True)
class GeneratedParagraph:
    key: str
    title: str
    text: str


_AUTHORITY = {
    UnitKind.COMMUNE: "UBND xã",
    UnitKind.WARD: "UBND phường",
    UnitKind.TOWNSHIP: "UBND thị trấn",
    UnitKind.DISTRICT: "UBND huyện",
    UnitKind.PROVINCE: "UBND tỉnh",
}


def authority_name(unit) -> str:
    """How a report names its own unit as the subject of a sentence: "UBND xã"."""
    return _AUTHORITY.get(unit.kind) or unit.cited_name


def _n(value: int) -> str:
    return format_number(value)


def progress_clause(total: SummaryRow, on) -> str:
    """ "đến ngày 06/12/2023 đã hoàn thành 38 nhiệm vụ (đúng hạn 37, quá hạn 1), 2 nhiệm vụ đang thực hiện trong hạn"."""
    day = format_citation_date(on)
    if total.planned and total.done_on_time == total.planned:
        return f"đến ngày {day} đã hoàn thành {_n(total.done)}/{_n(total.planned)} nhiệm vụ, đều đúng hạn"
    text = f"đến ngày {day} đã hoàn thành {_n(total.done)} nhiệm vụ"
    if total.done:
        text += f" (đúng hạn {_n(total.done_on_time)}, quá hạn {_n(total.done_late)})"
    if total.pending_within:
        text += f", {_n(total.pending_within)} nhiệm vụ đang thực hiện trong hạn"
    if total.pending_overdue:
        text += f", {_n(total.pending_overdue)} nhiệm vụ chưa hoàn thành đã quá hạn"
    return text


def plan_sentence(*, unit, year: int, on) -> str | None:
    plan = plan_for(unit=unit, year=year)
    total = task_summary(unit=unit, year=year, on=on).total
    if plan is None and not total.planned:
        return None
    if plan is not None and plan.decision is not None:
        issued = citation(plan.decision, citing_unit=unit)
    else:
        issued = f"Kế hoạch cải cách hành chính năm {year}"
    return f"{authority_name(unit)} đã ban hành {issued}, đề ra {_n(total.planned)} nhiệm vụ; {progress_clause(total, on)}."


def assigned_sentence(*, unit, year: int, on) -> str | None:
    total = task_summary(unit=unit, year=year, on=on, assigned=True).total
    if not total.planned:
        return None
    upper = unit.parent.cited_name if unit.parent_id else "cấp trên"
    return f"Thực hiện nhiệm vụ {upper} giao: tổng số {_n(total.planned)} nhiệm vụ; {progress_clause(total, on)}."


def paragraphs(*, unit, period, on=None) -> list[GeneratedParagraph]:
    """The generated paragraphs for ``unit``'s report in ``period``, at ``on``: the end of the report's own
    data window (the period's default cut-off when not given)."""
    on, year = on or period.cutoff_end, period.year
    out = []
    if text := plan_sentence(unit=unit, year=year, on=on):
        out.append(GeneratedParagraph(key="plans.plan", title=_("Reform plan: tasks and results"), text=text))
    if text := assigned_sentence(unit=unit, year=year, on=on):
        out.append(GeneratedParagraph(key="plans.assigned", title=_("Tasks assigned by the level above"), text=text))
    return out
