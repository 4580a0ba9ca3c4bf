"""The world of the admin tests (test_admin_matrix.py, test_admin_scope.py): adam as seeded, bob in the other
province (Bình Dương) with his report, plan, document, value and explanation there, a superuser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group

from indicators.models import Explanation, FormDefinition, Indicator, IndicatorGroup, ProcedureField, Rule, Value
from indicators.province_forms import copy_for_province as copy_form_for_province
from plans.models import Document, DocumentType, Plan, ReformField, Task
from reports.calendars import open_periods
from reports.models import (
    CalendarDay,
    Period,
    PeriodDeadline,
    PeriodKind,
    Report,
    ReportingCalendar,
    ReportingDuty,
    ReportSection,
    ReportType,
)
from reports.report_types import copy_for_province
from scorecards.models import Framework
from units.demo import grant_administrator_permissions
from units.models import Membership, OfficeLevel, OfficeName, OfficeRole, Role, User


@pytest.fixture
def root(db):
    return User.objects.create_superuser("root", "root@example.org", "pw-123456")


@pytest.fixture
def bob(tree):
    """A clerk of Lai Hưng, a commune of the other province (Bình Dương)."""
    user = User.objects.create_user("bob", password="pw-123456", full_name="Bob")
    Membership.objects.create(user=user, unit=tree["25834"], role=Role.CLERK)
    return user


@pytest.fixture
def administrator(adam):
    """adam with what the seeder gives the province administrator: staff status and the group's permissions."""
    grant_administrator_permissions(adam)
    return adam


def _report(unit, subject):
    period = Period.objects.get(code="2023")
    report = Report.objects.create(
        unit=unit,
        period=period,
        report_type=ReportType.objects.get(code="cchc-year"),
        subject=subject,
        cutoff_start=period.cutoff_start,
        cutoff_end=period.cutoff_end,
    )
    ReportSection.objects.create(report=report, order=1, number="I", level=1, title="Kết quả", body=subject)
    return report


def _plan_and_document(unit, number):
    document = Document.objects.create(
        unit=unit,
        number=number,
        doc_type=DocumentType.PLAN,
        symbol="KH-UBND",
        issued_on=dt.date(2023, 2, 22),
        subject=f"về cải cách hành chính {unit.name}",
    )
    plan = Plan.objects.create(unit=unit, year=2023, decision=document)
    Task.objects.create(plan=plan, field=ReformField.objects.order_by("order").first(), title="Nhiệm vụ")
    return plan, document


@dataclass
class World:
    own: dict  # model label -> an object of the own province (or the national object)
    other: dict  # model label -> an object of the other province (scoped models only)
    users: dict  # role name -> user


@pytest.fixture
def world(tree, alice, leader, carol, rita, paula, victor, administrator, oscar, root, bob):
    own_unit, other_unit = tree["21073"], tree["25834"]
    period = Period.objects.get(code="2023")
    indicator = Indicator.objects.filter(value_source="entered").order_by("code").first()
    own_plan, own_document = _plan_and_document(own_unit, 18)
    other_plan, other_document = _plan_and_document(other_unit, 19)
    values = {
        unit.code: Value.objects.create(unit=unit, period=period, indicator=indicator, number=Decimal(7))
        for unit in (own_unit, other_unit)
    }
    explanations = {
        unit.code: Explanation.objects.create(unit=unit, period=period, rule_code="r1", text="Vì lý do khác")
        for unit in (own_unit, other_unit)
    }
    duties = {
        unit.code: ReportingDuty.objects.create(
            unit=unit,
            unit_kind=unit.kind,
            period_kind=PeriodKind.YEAR,
            report_type=ReportType.objects.get(code="cchc-year"),
        )
        for unit in (own_unit, other_unit)
    }
    calendars, deadlines = {}, {}
    for code in ("51", "74"):
        calendars[code] = ReportingCalendar.objects.create(province=tree[code], due_working_days=3)
        CalendarDay.objects.create(calendar=calendars[code], day=dt.date(2023, 12, 18), name="Nghỉ bù")
        open_periods(province=tree[code], year=2023, today=dt.date(2023, 1, 1))
        deadlines[code] = PeriodDeadline.objects.get(province=tree[code], period=period)
    frameworks = {
        code: Framework.objects.create(province=tree[code], year=2023, group="district", title="Bộ chỉ số")
        for code in ("51", "74")
    }
    templates = {
        code: copy_for_province(ReportType.objects.get(code="cchc-year"), province=tree[code]) for code in ("51", "74")
    }
    offices = {
        code: OfficeName.objects.update_or_create(
            province=tree[code],
            role=OfficeRole.JUSTICE,
            level=OfficeLevel.DISTRICT,
            defaults={"name": f"Phòng Tư pháp {tree[code].name.removeprefix('Tỉnh ')}"},
        )[0]
        for code in ("51", "74")
    }
    forms = {
        code: copy_form_for_province(FormDefinition.objects.get(code="phu-luc-1"), province=tree[code])[0]
        for code in ("51", "74")
    }
    axes_fields = {"user_agent": "test", "ip_address": "10.0.0.1", "username": "x", "http_accept": "*/*"}
    own = {
        "units.unit": own_unit,
        "units.user": alice,
        "units.membership": alice.memberships.get(),
        "reports.report": _report(own_unit, "Báo cáo Bình Phước"),
        "reports.reportingduty": duties["21073"],
        "reports.reportingcalendar": calendars["51"],
        "reports.perioddeadline": deadlines["51"],
        "plans.plan": own_plan,
        "plans.document": own_document,
        "indicators.value": values["21073"],
        "indicators.explanation": explanations["21073"],
        "scorecards.framework": frameworks["51"],
        "reports.period": period,
        "reports.reporttype": templates["51"],
        "units.officename": offices["51"],
        "plans.reformfield": ReformField.objects.order_by("order").first(),
        "indicators.indicatorgroup": IndicatorGroup.objects.order_by("pk").first(),
        "indicators.indicator": indicator,
        "indicators.procedurefield": ProcedureField.objects.order_by("pk").first(),
        "indicators.formdefinition": forms["51"],
        "indicators.rule": Rule.objects.order_by("pk").first(),
        "auth.group": Group.objects.get(),
        "axes.accessattempt": AccessAttempt.objects.create(
            **axes_fields, path_info="/", get_data="", post_data="", failures_since_start=1
        ),
        "axes.accesslog": AccessLog.objects.create(**axes_fields, path_info="/"),
        "axes.accessfailurelog": AccessFailureLog.objects.create(**axes_fields, path_info="/"),
    }
    other = {
        "units.unit": other_unit,
        "units.user": bob,
        "units.membership": bob.memberships.get(),
        "reports.report": _report(other_unit, "Báo cáo Lai Hưng"),
        "reports.reportingduty": duties["25834"],
        "reports.reportingcalendar": calendars["74"],
        "reports.perioddeadline": deadlines["74"],
        "plans.plan": other_plan,
        "plans.document": other_document,
        "indicators.value": values["25834"],
        "indicators.explanation": explanations["25834"],
        "scorecards.framework": frameworks["74"],
        "reports.reporttype": templates["74"],
        "units.officename": offices["74"],
        "indicators.formdefinition": forms["74"],
    }
    users = {
        "alice": alice,
        "leader": leader,
        "carol": carol,
        "rita": rita,
        "paula": paula,
        "victor": victor,
        "adam": administrator,
        "oscar": oscar,
        "root": root,
    }
    assert all(obj is not None for obj in own.values())
    return World(own, other, users)
