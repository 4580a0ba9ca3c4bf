"""The admin matrix's policy: how each registered model is scoped, what the province administrator may do,
which URLs the admin has (from the URL resolver). Read by test_admin_matrix.py and test_admin_scope.py."""

from __future__ import annotations

from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver
from simple_history.admin import SimpleHistoryAdmin

from units.admin_scope import ScopedAdminMixin

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


PATTERNS = _admin_patterns()
MODEL_LABELS = sorted({label for _route, _name, label in PATTERNS if label})
