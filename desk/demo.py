"""Demo reports: Tịnh Châu's 2023 report as seed 001 wrote it, and Bình Sơn's communes at every stage.

Runs last in seed_demo (after units, periods, statistics and plans). Reports move through the real
workflow (apply_move), so a commune whose demo figures fail validation stays in draft. Bình Phước's
2023 report is left for the demo clerk to start.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.contrib.auth import get_user_model

from desk.demo_content import tinh_chau_2023
from desk.services import report_create
from desk.workflow import WorkflowError, apply_move
from reports.models import Report, ReportType
from reports.periods import ensure_period
from units.demo import BINH_SON_COMMUNES
from units.models import Membership, Role, Unit

TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# (state to reach, days after the due date it was first sent; negative = early)
PLAN_2023 = (
    [("accepted", -3)] * 4 + [("accepted", -1)] * 4 + [("accepted", 0)] * 4 + [("accepted", 2)] * 3
    + [("submitted", -1), ("submitted", 0), ("submitted", 3), ("returned", -2), ("drafting", None), (None, None)]
)  # fmt: skip
ROUTE = {
    "drafting": [],
    "submitted": ["submit", "approve"],
    "accepted": ["submit", "approve", "accept"],
    "returned": ["submit", "approve", "return"],
}


def _officer(unit: Unit):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=f"vptk.{unit.code}", defaults={"full_name": f"Công chức Văn phòng - Thống kê {unit.name.lower()}"}
    )
    if created:
        user.set_unusable_password()
        user.save()
    for role in (Role.CLERK, Role.LEADER):
        Membership.objects.get_or_create(user=user, unit=unit, role=role)
    return user


def _tinh_chau(reviewer) -> None:
    unit = Unit.objects.get(code="21178")
    period = ensure_period("2023")
    if Report.objects.filter(unit=unit, period=period).exists():
        return
    clerk = _officer(unit)
    report = report_create(unit=unit, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=clerk)
    report.intro = tinh_chau_2023.INTRO
    report.cutoff_start, report.cutoff_end = dt.date(2023, 1, 1), dt.date(2023, 12, 6)
    report.recipients = tinh_chau_2023.RECIPIENTS
    report.addressee = "UBND thành phố Quảng Ngãi"
    report.number, report.issued_on = 248, dt.date(2023, 12, 7)
    report.save()
    for section in report.sections.all():
        section.body = tinh_chau_2023.SECTIONS.get(section.order, "")
        section.save(update_fields=["body"])


def _commune_body(unit: Unit, order: int) -> str:
    place = unit.name.replace("Xã ", "").replace("Thị trấn ", "")
    texts = {
        2: f"- UBND {unit.name.lower()} đã ban hành Kế hoạch cải cách hành chính năm 2023 và triển khai đến các bộ phận.",
        3: f"- Tuyên truyền cải cách hành chính trên đài truyền thanh và Trang thông tin điện tử {place}.",
        8: "Kết quả tiếp nhận và giải quyết hồ sơ TTHC trong năm được trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh.",
    }
    return texts.get(order, "")


def _binh_son_communes(reviewer) -> None:
    period = ensure_period("2023")
    report_type = ReportType.objects.get(code="cchc-year")
    codes = [code for code, *_rest in BINH_SON_COMMUNES if code != "20986"]
    for code, (target, days) in zip(codes, PLAN_2023, strict=False):
        unit = Unit.objects.get(code=code)
        if target is None or Report.objects.filter(unit=unit, period=period, report_type=report_type).exists():
            continue
        officer = _officer(unit)
        report = report_create(unit=unit, period=period, report_type=report_type, user=officer)
        for section in report.sections.all():
            section.body = _commune_body(unit, section.order)
            section.save(update_fields=["body"])
        try:
            for name in ROUTE[target]:
                actor = reviewer if name in ("accept", "return") else officer
                comment = "Đề nghị bổ sung số liệu số hóa hồ sơ." if name == "return" else ""
                apply_move(report=report, user=actor, move_name=name, seen_state=report.state, comment=comment)
        except WorkflowError:
            continue  # the commune's demo figures fail validation: it stays in draft, as it would in life
        if days is not None:
            sent = dt.datetime.combine(period.due_date + dt.timedelta(days=days), dt.time(9, 30), TZ)
            Report.objects.filter(pk=report.pk).update(
                submitted_at=sent, accepted_at=sent + dt.timedelta(days=2) if target == "accepted" else None
            )
            report.transitions.filter(action="approve").update(at=sent)


def seed(stdout=None) -> None:
    reviewer = get_user_model().objects.get(username="reviewer.binhson")
    _tinh_chau(reviewer)
    _binh_son_communes(reviewer)
