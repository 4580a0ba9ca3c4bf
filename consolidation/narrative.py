"""Generated paragraphs of a consolidated report ("Toàn huyện tiếp nhận 11.137 hồ sơ …").

Document text, in Vietnamese whatever the interface language; every
number comes from the consolidation and is formatted by
reform_portal.numbers, so the sentence, the table and the PDF agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from consolidation.engine import Consolidation, consolidate
from indicators.values import active_indicators
from reform_portal.numbers import format_number, format_percent, ratio_percent
from units.models import Unit, UnitKind


@dataclass(frozen=True)
class Paragraph:
    key: str
    title: str
    text: str


def area_phrase(unit: Unit | None) -> str:
    """ "Toàn huyện", "Toàn tỉnh", "Toàn thành phố" … as the documents open their sentences."""
    if unit is None:
        return "Toàn quốc"
    name = unit.name.lower()
    for prefix in ("thành phố", "thị xã", "quận", "huyện", "tỉnh"):
        if name.startswith(prefix):
            return f"Toàn {prefix}"
    if unit.kind == UnitKind.PROVINCE:
        return "Toàn tỉnh"
    if unit.kind == UnitKind.DISTRICT:
        return "Toàn huyện"
    return "Toàn đơn vị"


def _n(value) -> str:
    return format_number(value or 0)


def _names(units: list[Unit]) -> str:
    return ", ".join(u.cited_name if u.short_name else u.name for u in units)


def _known(values: dict, parts: list[tuple[str, str]]) -> str:
    """ "trực tuyến 888 hồ sơ, trực tiếp 1.061 hồ sơ": the parts that are known (blank is not zero)."""
    return ", ".join(f"{label} {_n(values[code])} hồ sơ" for code, label in parts if values.get(code) is not None)


def coverage_note(c: Consolidation, code: str, *, what: str = "có số liệu") -> str:
    """ " (1/20 xã có số liệu)" when fewer units than expected gave the figure; "" when all did."""
    expected = c.completeness.expected if c.completeness else len(c.source_units)
    covered = c.coverage.get(code, 0)
    return f" ({covered}/{expected} {c.unit_noun} {what})" if expected and covered < expected else ""


def area_with_coverage(c: Consolidation) -> str:
    """ "Toàn huyện", or "Toàn huyện (15/20 xã đã được tiếp nhận báo cáo)" while some reports are not counted."""
    expected = c.completeness.expected if c.completeness else len(c.source_units)
    counted = len(c.source_units)
    if not expected or counted >= expected:
        return area_phrase(c.unit)
    state = "đã gửi hoặc được tiếp nhận báo cáo" if c.provisional else "đã được tiếp nhận báo cáo"
    return f"{area_phrase(c.unit)} ({counted}/{expected} {c.unit_noun} {state})"


def dossiers_text(c: Consolidation) -> str:
    v = c.values
    received = v.get("dossiers.received.total")
    if received is None:
        return ""
    text = f"{area_with_coverage(c)} tiếp nhận {_n(received)} hồ sơ"
    if c.coverage.get("dossiers.received.total", 0) < len(c.source_units):
        text += coverage_note(c, "dossiers.received.total")
    channels = _known(
        v,
        [
            ("dossiers.received.online", "trực tuyến"),
            ("dossiers.received.direct", "trực tiếp"),
            ("dossiers.received.postal", "qua dịch vụ bưu chính công ích"),
            ("dossiers.received.carried_over", "từ kỳ trước chuyển qua"),
        ],
    )
    if channels:
        text += f" (trong đó: {channels})"
    if v.get("dossiers.rate.online") is not None:
        text += f"; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {format_percent(v['dossiers.rate.online'])}"
    resolved = v.get("dossiers.resolved.total")
    if resolved is not None:
        text += f"; đã giải quyết {_n(resolved)} hồ sơ"
        split = _known(v, [("dossiers.resolved.early_or_on_time", "trước và đúng hạn")])
        if split:
            text += f", trong đó {split}"
        if v.get("dossiers.rate.on_time") is not None:
            text += f", đạt {format_percent(v['dossiers.rate.on_time'])}"
            if c.coverage.get("dossiers.rate.on_time", 0) < c.coverage.get("dossiers.resolved.total", 0):
                text += coverage_note(c, "dossiers.rate.on_time", what="có số liệu chi tiết")
        late = _known(v, [("dossiers.resolved.late", "quá hạn")])
        if late:
            text += f", {late}"
    in_process = v.get("dossiers.in_process.total")
    if in_process is not None:
        text += f"; đang giải quyết {_n(in_process)} hồ sơ"
    return text + "."


def stated_text(c: Consolidation) -> str:
    """Which units gave a total only as a whole, or a rate without its base, and how they were counted."""
    if not (c.stated_totals or c.unbased_rates):
        return ""
    names = {code: ind.name for code, ind in active_indicators().items()}
    noun = c.unit_noun
    parts = [
        f"{names.get(code, code)}: {len(units)} {noun} chỉ báo cáo tổng số, không có số chi tiết "
        f"({_names(units)}); tổng số này được cộng vào tổng chung, không tính vào các tỷ lệ"
        for code, units in c.stated_totals.items()
    ] + [
        f"{names.get(code, code)}: {len(units)} {noun} chỉ báo cáo tỷ lệ, không có số liệu gốc "
        f"({_names(units)}); tỷ lệ chung không tính các {noun} này"
        for code, units in c.unbased_rates.items()
    ]
    return "; ".join(parts) + "."


def completeness_text(c: Consolidation) -> str:
    k = c.completeness
    noun = c.unit_noun
    text = f"{k.submitted}/{k.expected} {noun} đã gửi báo cáo, {k.on_time}/{k.expected} {noun} gửi báo cáo đúng hạn"
    if k.late_units:
        text += f"; gửi muộn: {_names(k.late_units)}"
    if k.missing:
        text += f"; chưa gửi báo cáo: {_names(k.missing)}"
    return text + "."


def tasks_text(c: Consolidation) -> str:
    total = c.tasks.total if c.tasks else None
    if not total or not total.planned:
        return ""
    rate = ratio_percent(total.done, total.planned)
    return (
        f"Tổng số nhiệm vụ cải cách hành chính theo kế hoạch của các {c.unit_noun}"
        f"{coverage_note(c, 'plan.tasks.planned', what='có kế hoạch')}: {_n(total.planned)} nhiệm vụ; "
        f"đã hoàn thành {_n(total.done)} nhiệm vụ (đạt {format_percent(rate)}), trong đó đúng hạn "
        f"{_n(total.done_on_time)}, quá hạn {_n(total.done_late)}; chưa hoàn thành {_n(total.pending)} nhiệm vụ "
        f"(trong hạn {_n(total.pending_within)}, quá hạn {_n(total.pending_overdue)})."
    )


def digitisation_text(c: Consolidation) -> str:
    v = c.values
    parts = []
    if v.get("dossiers.digitised.inputs") is not None:
        parts.append(
            f"Số hóa hồ sơ TTHC khi tiếp nhận: {_n(v['dossiers.digitised.inputs'])} hồ sơ"
            + _reach(v.get("dossiers.rate.digitised_inputs"))
            + coverage_note(c, "dossiers.digitised.inputs")
        )
    if v.get("dossiers.digitised.results") is not None:
        parts.append(
            f"số hóa kết quả giải quyết TTHC: {_n(v['dossiers.digitised.results'])} hồ sơ"
            + _reach(v.get("dossiers.rate.digitised_results"))
            + coverage_note(c, "dossiers.digitised.results")
        )
    return "; ".join(parts) + "." if parts else ""


def _reach(rate: Decimal | None) -> str:
    return f", đạt {format_percent(rate)}" if rate is not None else ""


def satisfaction_text(c: Consolidation) -> str:
    v = c.values
    total = v.get("satisfaction.total")
    if not total:
        return ""
    return (
        f"Tổng số lượt đánh giá sự hài lòng{coverage_note(c, 'satisfaction.total')}: {_n(total)} lượt, trong đó "
        f"hài lòng và rất hài lòng {_n(v.get('satisfaction.satisfied_or_better'))} lượt"
        f"{_reach(v.get('satisfaction.rate.satisfied'))}."
    )


def coded_text(c: Consolidation) -> str:
    names = {code: ind.name for code, ind in active_indicators().items()}
    lines = [f"{names.get(code, code)}: {c.coded_text(code)}" for code in c.coded if c.coded_text(code)]
    return "; ".join(lines) + "." if lines else ""


SECTIONS = [
    ("completeness", _("Reports received"), completeness_text),
    ("dossiers", _("Administrative procedure dossiers"), dossiers_text),
    ("digitisation", _("Digitisation"), digitisation_text),
    ("satisfaction", _("Satisfaction"), satisfaction_text),
    ("tasks", _("Reform tasks"), tasks_text),
    ("stated", _("Figures given only as a total or a rate"), stated_text),
    ("coded", _("Answers of the units"), coded_text),
]


def paragraphs(
    *,
    unit: Unit | None,
    period,
    provisional: bool = False,
    consolidation: Consolidation | None = None,
    values: dict | None = None,
) -> list[Paragraph]:
    """The generated paragraphs, in report order; empty ones (no figures) are left out.

    ``values``: the figures to word instead of the consolidation's own (a report's, which adds the
    consolidating unit's own entries: consolidation.figures.report_figures); coverage stays the units'.
    """
    c = consolidation or consolidate(unit=unit, period=period, provisional=provisional)
    if values is not None:
        c = replace(c, values=values)
    out = []
    for key, title, func in SECTIONS:
        text = func(c)
        if text:
            out.append(Paragraph(key=key, title=str(title), text=text))
    return out
