"""Every admin URL for every role, generated from the URL resolver and the admin registry.

The URLs come from walking the resolver's ``admin`` namespace; each model URL is matched to its
ModelAdmin in ``admin.site._registry``. A URL or a model the tables below do not know fails the suite,
so a new admin view or a newly registered model cannot escape the matrix.

Own province: Quảng Ngãi (51, adam's); other province: Bình Dương (74), where the world fixture puts a
person, a membership, a report, a plan, a document, a value and an explanation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from simple_history.admin import SimpleHistoryAdmin

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
from units.admin_scope import ScopedAdminMixin
from units.demo import grant_administrator_permissions
from units.models import Membership, OfficeLevel, OfficeName, OfficeRole, Role, User

# Model kinds: how each registered model is scoped (see units/admin_scope.py).
SCOPED = {
    "units.unit",
    "units.user",
    "units.membership",
    "reports.report",
    "reports.reportingduty",
    "reports.reportingcalendar",
    "reports.perioddeadline",
    "plans.plan",
    "plans.document",
    "indicators.value",
    "indicators.explanation",
    "scorecards.framework",
    "reports.reporttype",  # a province's own templates; the national ones are read-only to it
    "units.officename",  # the names its documents give the offices of each role
    "indicators.formdefinition",  # a province's own forms; the national ones are read-only to it
}
NATIONAL = {
    "reports.period",
    "plans.reformfield",
    "indicators.indicatorgroup",
    "indicators.indicator",
    "indicators.procedurefield",
    "indicators.rule",
}
SUPERUSER_ONLY = {"auth.group", "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog"}
# Nobody adds these in the admin (figures are typed on the entry pages; login records are written by axes; a
# period's due date in a province is opened from its calendar).
NEVER_ADDED = {
    "indicators.value",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
    "reports.perioddeadline",
}

# What the seeded province administrator may do per model: view, add, change, delete.
PROVINCE_SETTINGS = {
    "units.unit",
    "units.user",
    "units.membership",
    "reports.reportingduty",
    "reports.reportingcalendar",
    "reports.perioddeadline",
    "scorecards.framework",
    "reports.reporttype",
    "units.officename",
    "indicators.formdefinition",
}
ADMINISTRATOR_MAY = {
    "units.unit": "vac",
    "units.user": "vac",
    "units.membership": "vacd",
    "reports.reportingduty": "vacd",  # who must report is the province's own setting
    "reports.reportingcalendar": "vacd",  # and so is its reporting calendar
    "reports.perioddeadline": "vc",  # the due dates it opened, which it may move
    "scorecards.framework": "vacd",  # and so are its PAR INDEX frameworks
    "reports.reporttype": "vacd",  # and its own report templates
    "units.officename": "vacd",  # and the names of its offices
    "indicators.formdefinition": "vacd",  # and its own statistical forms
    **{label: "v" for label in SCOPED - PROVINCE_SETTINGS},
    **{label: "v" for label in NATIONAL},
    **{label: "" for label in SUPERUSER_ONLY},
}

# What the changelist of the own province shows, and what it must never show of the other one.
MARKERS = {
    "units.user": ("alice", "bob"),
    "reports.reportingcalendar": ("Quảng Ngãi", "Bình Dương"),
    "reports.perioddeadline": ("Quảng Ngãi", "Bình Dương"),
    "scorecards.framework": ("Tỉnh Quảng Ngãi", "Tỉnh Bình Dương"),
    "reports.reporttype": ("cchc-year-51", "cchc-year-74"),
    "units.officename": ("Phòng Tư pháp Quảng Ngãi", "Phòng Tư pháp Bình Dương"),
    "indicators.formdefinition": ("phu-luc-1-51", "phu-luc-1-74"),
}

NON_STAFF = ["alice", "leader", "carol", "rita", "paula", "victor", "oscar"]
ROLES = [*NON_STAFF, "adam", "root"]

SITE_URLS = {"index", "login", "logout", "password_change", "password_change_done", "autocomplete", "jsi18n"}
SITE_URLS |= {"view_on_site", "app_list"}
# Admins whose history page is django-simple-history's or goes through ScopedAdminMixin.history_subject (they
# answer 404 for an object out of reach).
HISTORY_404 = {
    m._meta.label_lower for m, a in admin.site._registry.items() if isinstance(a, SimpleHistoryAdmin | ScopedAdminMixin)
}
MODEL_URLS = {"changelist", "add", "change", "delete", "history", "simple_history", "password"}


# The world ---------------------------------------------------------------------------------------


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


# The URLs, from the resolver ---------------------------------------------------------------------


def _admin_patterns():
    """(route, name, model label or None) of every pattern under the admin namespace."""
    admin_resolver = next(
        p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and p.namespace == "admin"
    )
    models_by_route = {f"{m._meta.app_label}/{m._meta.model_name}/": m._meta.label_lower for m in admin.site._registry}

    def walk(patterns, prefix, label):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route, models_by_route.get(str(pattern.pattern), label))
            elif isinstance(pattern, URLPattern):
                yield route, pattern.name, label

    return list(walk(admin_resolver.url_patterns, "", None))


def _url_kind(route, name, label) -> str:
    """The matrix's name for one admin URL pattern; an unknown one fails the test that lists them."""
    if label is None:
        if name is None and route.endswith("(?P<url>.*)$"):
            return "catch_all"
        return name
    if name is None and route.endswith("<path:object_id>/"):
        return "object_redirect"
    if name == "auth_user_password_change":
        return "password"
    model = label.split(".")[1]
    app = label.split(".")[0]
    return name.removeprefix(f"{app}_{model}_")


PATTERNS = _admin_patterns()
MODEL_LABELS = sorted({label for _route, _name, label in PATTERNS if label})


def test_every_admin_url_is_in_the_matrix():
    kinds = {(label, _url_kind(route, name, label)) for route, name, label in PATTERNS}
    unknown = {(label, kind) for label, kind in kinds if kind not in (SITE_URLS | MODEL_URLS | {"catch_all"})}
    unknown -= {(label, "object_redirect") for label in MODEL_LABELS}
    assert unknown == set()
    assert {m._meta.label_lower for m in admin.site._registry} == set(MODEL_LABELS)


def test_every_registered_model_is_classified():
    assert set(MODEL_LABELS) == SCOPED | NATIONAL | SUPERUSER_ONLY
    assert not (SCOPED & NATIONAL) and not (SCOPED & SUPERUSER_ONLY) and not (NATIONAL & SUPERUSER_ONLY)


def _model_urls(label, model_admin, obj):
    """(kind, url) for each URL of the model's admin that concerns ``obj`` (None: the object-free ones)."""
    info = model_admin.opts.app_label, model_admin.opts.model_name
    names = {_url_kind(route, name, lbl) for route, name, lbl in PATTERNS if lbl == label}
    if obj is None:
        return [(kind, reverse(f"admin:{info[0]}_{info[1]}_{kind}")) for kind in ("changelist", "add")]
    urls = [(kind, reverse(f"admin:{info[0]}_{info[1]}_{kind}", args=[obj.pk])) for kind in ("change", "delete")]
    urls.append(("history", reverse(f"admin:{info[0]}_{info[1]}_history", args=[obj.pk])))
    urls.append(("object_redirect", f"/admin/{info[0]}/{info[1]}/{obj.pk}/"))
    if "simple_history" in names:
        assert isinstance(model_admin, SimpleHistoryAdmin)
        version = obj.history.order_by("-history_id").first().history_id
        urls.append(("simple_history", reverse(f"admin:{info[0]}_{info[1]}_simple_history", args=[obj.pk, version])))
    if "password" in names:
        urls.append(("password", reverse("admin:auth_user_password_change", args=[obj.pk])))
    return urls


def _expected(role, label, kind, place):
    """The status the role gets: ``place`` is "site" (no object), "own" or "other"."""
    if role in NON_STAFF:
        return 302  # the admin's login page
    if kind == "object_redirect":
        return 302  # to the change page, which decides
    if role == "root":
        return 403 if kind == "add" and label in NEVER_ADDED else 200
    may = ADMINISTRATOR_MAY[label]
    needed = {"changelist": "v", "change": "v", "history": "v", "simple_history": "v", "add": "a", "delete": "d"}
    needed["password"] = "c"
    if needed[kind] not in may or (kind == "add" and label in NEVER_ADDED):
        return 403  # the same answer for any object: it tells nothing about other provinces
    if place == "other":
        # As if missing: django-simple-history's pages and the password page answer 404, Django's own
        # object pages send back to the index.
        return 404 if kind in ("password", "simple_history") or (label in HISTORY_404 and kind == "history") else 302
    return 200


@pytest.mark.parametrize("label", MODEL_LABELS)
def test_model_urls_for_every_role(client, world, label):
    model_admin = next(a for m, a in admin.site._registry.items() if m._meta.label_lower == label)
    requests = [("site", kind, url) for kind, url in _model_urls(label, model_admin, None)]
    requests += [("own", kind, url) for kind, url in _model_urls(label, model_admin, world.own[label])]
    if label in SCOPED:
        requests += [("other", kind, url) for kind, url in _model_urls(label, model_admin, world.other[label])]
    else:
        assert label not in world.other
    own_marker, other_marker = MARKERS.get(label, ("Bình Phước", "Lai Hưng"))
    wrong = []
    for role in ROLES:
        client.force_login(world.users[role])
        for place, kind, url in requests:
            response = client.get(url)
            expected = _expected(role, label, kind, place)
            if response.status_code != expected:
                wrong.append((role, place, kind, url, response.status_code, expected))
            elif expected == 302 and kind != "object_redirect":
                target = "/admin/login/" if role in NON_STAFF else reverse("admin:index")
                if not response["Location"].startswith(target):
                    wrong.append((role, place, kind, url, response["Location"], target))
            if role == "adam" and response.status_code == 200:
                page = response.content.decode()
                if label in SCOPED and kind == "changelist" and own_marker not in page:
                    wrong.append((role, place, kind, url, "does not list the own province's object"))
                if label in SCOPED and other_marker in page:
                    wrong.append((role, place, kind, url, "shows another province's object"))
    assert wrong == []


def _site_urls(world):
    group = world.own["auth.group"]
    yield "index", reverse("admin:index"), None
    for app in sorted({label.split(".")[0] for label in MODEL_LABELS}):
        yield "app_list", reverse("admin:app_list", args=[app]), app
    yield "login", reverse("admin:login"), None
    yield "logout", reverse("admin:logout"), None
    yield "password_change", reverse("admin:password_change"), None
    yield "password_change_done", reverse("admin:password_change_done"), None
    yield "jsi18n", reverse("admin:jsi18n"), None
    yield "autocomplete", reverse("admin:autocomplete"), None
    yield "view_on_site", reverse("admin:view_on_site", args=[ContentType.objects.get_for_model(group).pk, 1]), None
    yield "catch_all", "/admin/no-such-page/", None


def _expected_site(role, kind, app):
    staff = role not in NON_STAFF
    if kind == "login":
        return 302 if staff else 200  # staff are sent on to the index; others see the form again
    if kind == "logout":
        return 405 if staff else 302  # logging out is a POST
    if not staff:
        return 302
    if kind == "app_list":
        return 404 if role == "adam" and app in {"auth", "axes"} else 200
    if kind == "autocomplete":
        return 403  # without its parameters
    if kind in ("view_on_site", "catch_all"):
        return 404
    return 200


@pytest.mark.parametrize("role", ROLES)
def test_site_urls_for_every_role(client, world, role):
    names = {_url_kind(route, name, label) for route, name, label in PATTERNS if label is None}
    requests = list(_site_urls(world))
    assert names == {kind for kind, _url, _app in requests}
    client.force_login(world.users[role])
    wrong = []
    for kind, url, app in requests:
        status = client.get(url).status_code
        if status != _expected_site(role, kind, app):
            wrong.append((kind, url, status, _expected_site(role, kind, app)))
    assert wrong == []


def _autocomplete_fields():
    """(source model label, field name) of every autocomplete field of every admin and inline."""
    for model, model_admin in admin.site._registry.items():
        for inline in model_admin.inlines:
            for field in inline.autocomplete_fields:
                yield inline.model._meta.label_lower, field
        for field in model_admin.autocomplete_fields:
            yield model._meta.label_lower, field


# How to search for an object in an autocomplete (one page holds 20 answers).
SEARCH = {
    "units.unit": lambda unit: unit.name,
    "units.user": lambda user: user.username,
    "indicators.indicator": lambda indicator: indicator.code,
}


@pytest.mark.parametrize(("source", "field"), sorted(set(_autocomplete_fields())))
def test_autocomplete_answers_only_what_the_role_may_choose(client, world, source, field):
    app_label, model_name = source.split(".")
    remote = apps.get_model(app_label, model_name)._meta.get_field(field).related_model._meta.label_lower
    params = {"app_label": app_label, "model_name": model_name, "field_name": field}

    def found(obj):
        term = SEARCH[remote](obj) if remote in SEARCH else ""
        response = client.get(reverse("admin:autocomplete"), {**params, "term": term})
        assert response.status_code == 200, (role, source, field)
        return obj is None or obj.pk in {int(row["id"]) for row in response.json()["results"]}

    for role in ROLES:
        client.force_login(world.users[role])
        if role in NON_STAFF:
            assert client.get(reverse("admin:autocomplete"), params).status_code == 302, role
            continue
        own_found = found(world.own.get(remote))
        assert own_found, (role, source, field)
        if remote in SCOPED:
            other_found = found(world.other[remote])
            assert other_found is (role == "root"), (role, source, field)


def test_the_autocomplete_searches_cover_every_scoped_target():
    targets = {
        apps.get_model(source)._meta.get_field(field).related_model._meta.label_lower
        for source, field in _autocomplete_fields()
    }
    assert targets & SCOPED <= set(SEARCH)
