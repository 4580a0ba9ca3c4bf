"""Demo reports: Tịnh Châu's 2023 report retold from seed 001, and Bình Sơn's communes at every stage.

Runs last in seed_demo (after units, periods, statistics and plans), so every report is written, and
every frozen one snapshotted, after its figures are stored. Huyện Bình Sơn's own report is started last,
pre-filled from the communes' accepted reports. Khánh Hòa, the two-tier demo, follows: its wards and
communes report to the province (its Sở Nội vụ reviews) for 2025 and the third quarter of 2026, in every
state, and two of the wards that formed Phường Nha Trang on 1/7/2025 have their 2024 reports, accepted
by the old Thành phố Nha Trang. The texts refer to the generated
paragraphs and figures as live blocks (``[[figures.dossiers]]``), never copies of them. Reports move
through the real workflow (apply_move), so a report whose demo figures fail validation stays in
draft: Tịnh Châu's, while the shipped rule on its stated total (3.472 ≠ 1.555 + 1.913) is an error.
Its clerk's explanation of that contradiction is stored through the same service a clerk uses, which
takes explanations of warnings only. Bình Phước's 2023 report (seed 000) is a filled draft, unnumbered as
the seed is, which the demo clerk sends (its one finding is a warning the commune has explained).
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from desk.blocks import current_blocks
from desk.demo_content import (
    binh_phuoc_2023,
    binh_son_par_index_2024,
    lai_hung_2023_h1,
    tinh_chau_2023,
    vp_ubnd_quang_ngai_2023_h1,
)
from desk.services import report_create
from desk.workflow import WorkflowError, apply_move
from indicators.demo import HISTORY_YEARS, plausible_dossiers, plausible_totals, store_figures
from indicators.models import FormDefinition, FormRow, Indicator, Value
from indicators.province_forms import copy_for_province
from indicators.validation import explanation_save
from reports.demo import SEED_003_SUBJECT, SEED_004_SUBJECT, seed_templates
from reports.duties import duties
from reports.models import Period, PeriodKind, Report, ReportingDuty, ReportType
from reports.periods import ensure_period
from units.demo import BINH_SON_COMMUNES, KHANH_HOA, NHA_TRANG, OLD_NHA_TRANG_CITY, old_nha_trang_codes
from units.models import Membership, Role, Unit

TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# (state to reach, days after the due date it was first sent; negative = early)
PLAN_2023 = (
    [("accepted", -3)] * 4 + [("accepted", -1)] * 4 + [("accepted", 0)] * 4 + [("accepted", 2)] * 3
    + [("submitted", -1), ("submitted", 0), ("submitted", 3), ("returned", -2), ("drafting", None), (None, None)]
)  # fmt: skip
ROUTE = {
    "drafting": [],
    "pending_approval": ["submit"],
    "submitted": ["submit", "approve"],
    "accepted": ["submit", "approve", "accept"],
    "returned": ["submit", "approve", "return"],
}


def _officer(unit: Unit):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=f"vptk.{unit.code}",
        defaults={"full_name": f"Công chức Văn phòng - Thống kê {unit.name[:1].lower()}{unit.name[1:]}"},
    )
    if created:
        user.set_unusable_password()
        user.save()
    for role in (Role.CLERK, Role.LEADER):
        Membership.objects.get_or_create(user=user, unit=unit, role=role)
    return user


def _send(report: Report, moves: list[str], *, officer, reviewer, comment: str = "") -> bool:
    """Move the report along ``moves``; False (and no further move) when the workflow refuses one."""
    try:
        for name in moves:
            actor = reviewer if name in ("accept", "return") else officer
            apply_move(report=report, user=actor, move_name=name, seen_state=report.state,
                       comment=comment if name == "return" else "")  # fmt: skip
    except WorkflowError:
        return False
    return True


def _sent_on(report: Report, sent: dt.datetime, *, accepted: bool) -> None:
    """Date the demo's moves as if they had happened when the seed says, not when the demo was loaded."""
    Report.objects.filter(pk=report.pk).update(
        submitted_at=sent, accepted_at=sent + dt.timedelta(days=2) if accepted else None
    )
    report.transitions.filter(action="approve").update(at=sent)


def demo_unit(name: str) -> Unit:
    """A seed's unit by the name units/demo.py gives it (its code is the official list's, which may change)."""
    return Unit.objects.get(name=name)


# Item 7.7 of seed 001's Phụ lục I has the total of documents sent and its two shares; the national form
# also counts the documents sent electronically, sent in parallel on paper, and received.
NOT_IN_SEED_001_7_7 = ["egov.documents.sent_electronic", "egov.documents.sent_parallel", "egov.documents.received"]


def quang_ngai_phu_luc_1() -> FormDefinition:
    """Quảng Ngãi's own copy of Phụ lục I, as its administrator would make it in the admin so that its
    templates print item 7.7 as seed 001 does (the province's templates then attach the copy)."""
    province = demo_unit("Tỉnh Quảng Ngãi")
    national = FormDefinition.objects.get(code="phu-luc-1", province=None)
    copy = FormDefinition.objects.filter(province=province, based_on=national).first()
    if copy is None:
        copy, _switched = copy_for_province(national, province=province)
        copy.rows.filter(indicator__code__in=NOT_IN_SEED_001_7_7).delete()
    return copy


# Section V.2 of seed 003 prints three tables of the staff's quality, each by category (cán bộ, công chức,
# người hoạt động không chuyên trách), a count and its share on each row, the rows the seed has (its empty
# ones too). Bình Dương's administrator makes them one form of the province's own (the catalogue's
# indicators of catalogue/staff_quality.py) and embeds it at the end of part V of its template.
STAFF_QUALITY_CODE = "chat-luong-doi-ngu"
_EDUCATION = [("- Thạc sĩ", "education.postgraduate"), ("- Đại học", "education.university"),
              ("- Trung cấp", "education.intermediate")]  # fmt: skip
_CERTIFICATES = [("- Tin học", "it_certificate"), ("- Ngoại ngữ", "language_certificate")]
_TRAINED = [("- Chính trị: trung cấp", "politics.intermediate"), ("- Chính trị: sơ cấp", "politics.elementary"),
            ("- Chính trị: chưa đào tạo", "politics.none"),
            ("- Quản lý nhà nước: chuyên viên chính", "state_management.principal"),
            ("- Quản lý nhà nước: chuyên viên", "state_management.specialist"),
            ("- Quản lý nhà nước: chưa đào tạo", "state_management.none")]  # fmt: skip
_OFFICIALS_TRAINED = [("- Chính trị: cao cấp", "politics.advanced"), *_TRAINED[:2], *_TRAINED[3:5]]
STAFF_QUALITY_TABLES = [  # (group header, {category: rows}, with the men and women)
    ("Trình độ chuyên môn", dict.fromkeys(["officials", "civil_servants", "part_timers"], _EDUCATION), True),
    ("Trình độ công nghệ thông tin, ngoại ngữ",
     dict.fromkeys(["officials", "civil_servants", "part_timers"], _CERTIFICATES), False),
    ("Trình độ chính trị - quản lý nhà nước",
     {"officials": _OFFICIALS_TRAINED, "civil_servants": _TRAINED, "part_timers": _TRAINED}, False),
]  # fmt: skip
_CATEGORY_LABELS = {"officials": "Cán bộ", "civil_servants": "Công chức",
                    "part_timers": "Người hoạt động không chuyên trách"}  # fmt: skip


def binh_duong_staff_quality() -> FormDefinition:
    """Bình Dương's own form of seed 003's staff tables (counts with their shares), embedded at the end of
    part V of its template for a commune's report to its People's Council, as its administrator would make
    and embed it in the admin (idempotent)."""
    province = demo_unit("Tỉnh Bình Dương")
    form, created = FormDefinition.objects.get_or_create(
        code=STAFF_QUALITY_CODE,
        defaults={"title": "Chất lượng đội ngũ cán bộ, công chức", "shares": True, "province": province,
                  "order": 40},
    )  # fmt: skip
    if created:
        indicators = {i.code: i for i in Indicator.objects.filter(code__startswith="staff.")}
        rows = []
        for header, categories, by_sex in STAFF_QUALITY_TABLES:
            rows.append(FormRow(label=header, is_group_header=True))
            for category, items in categories.items():
                lines = [(_CATEGORY_LABELS[category], "by_sex")]
                lines += [("- Nam", "male"), ("- Nữ", "female")] if by_sex else []
                for label, suffix in [*lines, *items]:
                    rows.append(FormRow(label=label, indicator=indicators[f"staff.{category}.{suffix}"]))
        for order, row in enumerate(rows, start=1):
            row.form, row.order = form, order
        FormRow.objects.bulk_create(rows)
    seed_templates()["003"].outline.filter(number="V", embed="").update(embed=f"form:{form.code}")
    return form


def tinh_chau_report() -> None:
    """Seed 001's report, its texts with live blocks, the clerk's explanations; sent if the rules allow."""
    unit = demo_unit("Xã Tịnh Châu")
    period = ensure_period("2023")
    if Report.objects.filter(unit=unit, period=period).exists():
        return
    report_type = seed_templates()["001"]
    quang_ngai_phu_luc_1()
    report_type.refresh_from_db()  # it attaches the province's copy now
    # The commune owes the report in its own outline (I–V): a duty of its own, as an administrator sets it.
    ReportingDuty.objects.update_or_create(
        unit=unit, unit_kind=unit.kind, period_kind=period.kind, defaults={"report_type": report_type}
    )
    clerk = _officer(unit)
    report = report_create(unit=unit, period=period, report_type=report_type, user=clerk)
    report.intro = tinh_chau_2023.INTRO
    report.cutoff_start, report.cutoff_end = dt.date(2023, 1, 1), dt.date(2023, 12, 6)
    report.recipients = tinh_chau_2023.RECIPIENTS
    report.addressee = "UBND thành phố Quảng Ngãi"
    report.number, report.issued_on = 248, dt.date(2023, 12, 7)
    report.signatory_authority = ""  # the seed signs "CHỦ TỊCH" with no "TM. ỦY BAN NHÂN DÂN" line above it
    report.save()
    for section in report.sections.all():
        section.body = tinh_chau_2023.SECTIONS.get(section.order, "")
        section.save(update_fields=["body"])
    for rule_code, text in tinh_chau_2023.EXPLANATIONS.items():
        try:
            explanation_save(unit=unit, period=period, user=clerk, rule_code=rule_code, text=text)
        except ValidationError:
            continue  # the rule is an error: it cannot be explained, only corrected
    # Seed 001 was sent to the city on the day it was issued; the city has no reviewer in the demo.
    if _send(report, ["submit", "approve"], officer=clerk, reviewer=None):
        _sent_on(report, dt.datetime(2023, 12, 7, 9, 30, tzinfo=TZ), accepted=False)


def _seed_report(
    unit: Unit, period, report_type, content, *, number=None, issued_on=None, subject="", clerk=None
) -> Report:
    """A seed's report in its own template, owed by its unit through a duty of its own; its figures stored.
    Written by ``clerk`` (the unit's demo clerk, where it has one), else by an officer of the unit."""
    ReportingDuty.objects.update_or_create(
        unit=unit, unit_kind=unit.kind, period_kind=period.kind, defaults={"report_type": report_type}
    )
    figures = getattr(content, "FIGURES", {})
    if figures and not Value.objects.filter(unit=unit, period=period).exists():
        store_figures(unit=unit, period=period, figures=figures)
    report = report_create(unit=unit, period=period, report_type=report_type, user=clerk or _officer(unit))
    report.intro = content.INTRO
    report.closing = getattr(content, "CLOSING", report.closing)
    report.recipients = content.RECIPIENTS
    report.addressee = getattr(content, "ADDRESSEE", report.addressee)
    report.subject = subject or report.subject
    report.number, report.issued_on = number, issued_on
    if issued_on is not None and report.cutoff_end > issued_on:
        # A report issued before its period's window closes counts its figures up to a few days before
        # it is signed (the seed states no window): the window never ends after the issue date.
        report.cutoff_end = issued_on - dt.timedelta(days=9)
    report.save()
    for section in report.sections.all():
        section.body = content.SECTIONS.get(section.order, "")
        section.save(update_fields=["body"])
    return report


def binh_phuoc_report() -> None:
    """Seed 000: Xã Bình Phước's programme report for 2023, a draft not yet numbered, its figures counted from
    1/1/2023 to 25/11/2023 (the seed's own window). Written by the demo clerk (clerk.binhphuoc), who sends it
    in the README's tour; its figures and register entries come from indicators.demo and plans.demo."""
    unit = demo_unit("Xã Bình Phước")
    period = ensure_period("2023")
    if Report.objects.filter(unit=unit, period=period).exists():
        return
    clerk = get_user_model().objects.filter(username="clerk.binhphuoc", memberships__unit=unit).first()
    report = _seed_report(unit, period, seed_templates()["000"], binh_phuoc_2023, clerk=clerk)
    report.cutoff_start, report.cutoff_end = dt.date(2023, 1, 1), dt.date(2023, 11, 25)
    report.save()


def vp_ubnd_report() -> None:
    """Seed 002: Văn phòng UBND tỉnh's programme report, 6 tháng đầu năm 2023, a draft not yet numbered."""
    unit = demo_unit("Văn phòng UBND tỉnh Quảng Ngãi")
    period = ensure_period("2023-H1")
    if Report.objects.filter(unit=unit, period=period).exists():
        return
    _seed_report(unit, period, seed_templates()["002"], vp_ubnd_quang_ngai_2023_h1)


def lai_hung_report() -> None:
    """Seed 003: Xã Lai Hưng's report to its People's Council, 6 tháng đầu năm 2023 (46/BC-UBND, 24/5/2023), its
    figures stored (section V.2's quality table too) and the commune's explanation of its one warning."""
    unit = demo_unit("Xã Lai Hưng")
    period = ensure_period("2023-H1")
    if Report.objects.filter(unit=unit, period=period).exists():
        return
    binh_duong_staff_quality()  # the template embeds it at the end of part V before the report is made
    _seed_report(unit, period, seed_templates()["003"], lai_hung_2023_h1, number=46,
                 issued_on=dt.date(2023, 5, 24), subject=SEED_003_SUBJECT)  # fmt: skip
    # The quality table's 11 công chức against the headcount's 10: a warning, explained as a clerk would.
    for rule_code, text in lai_hung_2023_h1.EXPLANATIONS.items():
        explanation_save(unit=unit, period=period, user=_officer(unit), rule_code=rule_code, text=text)


def binh_son_par_index_report() -> None:
    """Seed 004: Huyện Bình Sơn's report on its 2023 PAR INDEX and SIPAS results (asked for by letter, an ad hoc
    period), part II worded from the published scores; a draft."""
    unit = demo_unit("Huyện Bình Sơn")
    period = Period.objects.filter(kind=PeriodKind.AD_HOC, name__startswith="Báo cáo PAR INDEX").first()
    if period is None or Report.objects.filter(unit=unit, period=period).exists():
        return
    _seed_report(unit, period, seed_templates()["004"], binh_son_par_index_2024, subject=SEED_004_SUBJECT)


def _commune_body(unit: Unit, order: int, blocks: dict[str, str]) -> str:
    """A commune's text: typed sentences, and its figures as live blocks (only those it has figures for)."""
    place = unit.place_name

    def live(*keys: str) -> list[str]:
        return [f"- [[{key}]]" for key in keys if key in blocks]

    texts = {
        2: [f"- {unit.cited_name} đã ban hành Kế hoạch cải cách hành chính năm 2023 và triển khai đến các bộ phận."],
        3: [f"- Tuyên truyền cải cách hành chính trên đài truyền thanh và Trang thông tin điện tử {place}."],
        8: ["Hồ sơ TTHC tiếp nhận và giải quyết trong năm, theo số liệu của Hệ thống thông tin giải quyết TTHC "
            "của tỉnh:", *live("figures.dossiers")],
        9: live("figures.payments", "figures.satisfaction"),
        10: live("figures.staff"),
    }  # fmt: skip
    return "\n".join(texts.get(order, []))


def binh_son_reports(reviewer) -> None:
    """The communes of Bình Sơn at every stage of the workflow (PLAN_2023), their figures as live blocks."""
    period = ensure_period("2023")
    report_type = ReportType.objects.get(code="cchc-year")
    codes = [code for code, *_rest in BINH_SON_COMMUNES if code != "21073"]
    for code, (target, days) in zip(codes, PLAN_2023, strict=False):
        unit = Unit.objects.get(code=code)
        if target is None or Report.objects.filter(unit=unit, period=period, report_type=report_type).exists():
            continue
        _write_and_send(unit, period, report_type, target, days, reviewer=reviewer,
                        comment="Đề nghị bổ sung số liệu số hóa hồ sơ.")  # fmt: skip


def _write_and_send(unit: Unit, period, report_type, target: str, days, *, reviewer, comment: str) -> None:
    """A commune's report written with live blocks and moved to ``target``, sent ``days`` after the due date.

    A report whose demo figures fail validation stays in draft, as it would in life.
    """
    officer = _officer(unit)
    report = report_create(unit=unit, period=period, report_type=report_type, user=officer)
    blocks = current_blocks(report)
    for section in report.sections.all():
        section.body = _commune_body(unit, section.order, blocks)
        section.save(update_fields=["body"])
    if _send(report, ROUTE[target], officer=officer, reviewer=reviewer, comment=comment) and days is not None:
        sent = dt.datetime.combine(period.due_date + dt.timedelta(days=days), dt.time(9, 30), TZ)
        _sent_on(report, sent, accepted=target == "accepted")


def binh_son_history() -> None:
    """Earlier years of Bình Sơn's communes, accepted in their time (issue 16): with 2023 and 2024 the district's
    trend chart has at least four years. Written as reports of the archive: laid out and drafted from the
    figures (indicators.demo.HISTORY_YEARS), then marked accepted on their dates, without replaying every move."""
    report_type = ReportType.objects.get(code="cchc-year")
    codes = [code for code, *_rest in BINH_SON_COMMUNES if code != "21073"]  # as binh_son_reports pairs them
    accepted = [code for code, (target, _days) in zip(codes, PLAN_2023, strict=False) if target == "accepted"]
    for code in [*(c for c, _scale in HISTORY_YEARS), "2024"]:
        period = ensure_period(code)
        for unit in Unit.objects.filter(code__in=accepted).order_by("code"):
            if Report.objects.filter(unit=unit, period=period).exists():
                continue
            report = report_create(unit=unit, period=period, report_type=report_type, user=_officer(unit))
            sent = dt.datetime.combine(period.due_date - dt.timedelta(days=1), dt.time(9, 30), TZ)
            Report.objects.filter(pk=report.pk).update(state="accepted", submitted_at=sent, accepted_at=sent)


def binh_son_district_report(clerk) -> Report:
    """Huyện Bình Sơn's own 2023 report, started by its interior office: pre-filled from its communes."""
    unit = Unit.objects.get(code="524")
    period = ensure_period("2023")
    report_type = ReportType.objects.get(code="cchc-year")
    existing = Report.objects.filter(unit=unit, period=period, report_type=report_type).first()
    return existing or report_create(unit=unit, period=period, report_type=report_type, user=clerk)


# Khánh Hòa (two tiers): (commune code, 2026-Q3 state, days after the due date it was sent). Phường Nha
# Trang's quarter is left for the demo clerk (clerk.nhatrang) to start. Codes the same in every version
# of the official list.
PLAN_2026_Q3 = [
    ("22333", "accepted", -2),
    ("22390", "submitted", 1),
    ("22402", "pending_approval", None),
    ("22420", "returned", -1),
    ("22423", "drafting", None),
]
PLAN_2025 = [("22333", "accepted", -1), ("22390", "accepted", 2)]
# Phường Nha Trang's predecessors with their 2024 reports (the others sent none).
PLAN_2024_OLD = [("accepted", -1), ("accepted", 0)]


def _figures(unit: Unit, period: Period, months: int) -> None:
    """Plausible figures for a demo report, once (the generator of the Bình Sơn demo, seeded by unit and period)."""
    if Value.objects.filter(unit=unit, period=period).exists():
        return
    rng = random.Random(f"{unit.code}-{period.code}")
    totals = plausible_totals(rng)
    if months < 12:
        totals = {k: v for k, v in totals.items() if not k.startswith("staff.rating")}
    store_figures(unit=unit, period=period, figures=totals, fields=plausible_dossiers(rng, months))


def _demo_report(unit: Unit, period: Period, report_type, target: str, days, *, reviewer) -> None:
    """One demo report of ``unit`` moved to ``target`` through the workflow, sent ``days`` after the due date."""
    if report_type is None or Report.objects.filter(unit=unit, period=period, report_type=report_type).exists():
        return
    months = {"year": 12, "quarter": 3}.get(period.kind, 6)
    _figures(unit, period, months)
    _write_and_send(unit, period, report_type, target, days, reviewer=reviewer,
                    comment="Đề nghị bổ sung số liệu hồ sơ trực tuyến toàn trình.")  # fmt: skip


def khanh_hoa_reports(reviewer) -> None:
    """The two-tier demo: Khánh Hòa's communes report to the province, whose Sở Nội vụ (``reviewer``) reviews."""
    province = Unit.objects.get(code=KHANH_HOA)
    units = {u.code: u for u in Unit.objects.filter(parent=province)}
    for period_code, plan in (("2025", PLAN_2025), ("2026-Q3", PLAN_2026_Q3)):
        period = ensure_period(period_code)
        owed = duties(unit=province, period=period)  # communes of a two-tier province file to the province
        for code, target, days in plan:
            unit = units.get(code)
            if unit is not None:
                _demo_report(unit, period, owed.owed(unit), target, days, reviewer=reviewer)
    # 2024: two of the wards that formed Phường Nha Trang, reviewed by the old city's interior office.
    period = ensure_period("2024")
    city = Unit.objects.filter(code=OLD_NHA_TRANG_CITY[0], parent=province).first()
    old = list(Unit.objects.filter(code__in=old_nha_trang_codes(), merged_into__code=NHA_TRANG).order_by("code"))
    if city is None or not old:
        return
    office = _officer(city)
    Membership.objects.get_or_create(user=office, unit=city, role=Role.REVIEWER)
    owed = duties(unit=city, period=period)
    for unit, (target, days) in zip(old, PLAN_2024_OLD, strict=False):
        _demo_report(unit, period, owed.owed(unit), target, days, reviewer=office)


def seed(stdout=None) -> None:
    binh_phuoc_report()
    tinh_chau_report()
    vp_ubnd_report()
    lai_hung_report()
    binh_son_par_index_report()
    reviewer = get_user_model().objects.get(username="reviewer.binhson")
    binh_son_reports(reviewer)
    binh_son_history()
    binh_son_district_report(reviewer)
    khanh_hoa_reports(get_user_model().objects.get(username="reviewer.khanhhoa"))
