"""Every admin URL for every role, generated from the URL resolver and the admin registry.

The URLs come from walking the resolver's ``admin`` namespace; each model URL is matched to its
ModelAdmin in ``admin.site._registry``. A URL or a model the tables below do not know fails the suite,
so a new admin view or a newly registered model cannot escape the matrix.

Own province: Quảng Ngãi (51, adam's); other province: Bình Dương (74), where the world fixture
(conftest.py) puts a person, a membership, a report, a plan, a document, a value and an explanation; the
tables of who may do what are in admin_policy.py.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from tests.units.admin_policy import (
    ADMINISTRATOR_MAY,
    HISTORY_404,
    MARKERS,
    MODEL_LABELS,
    MODEL_URLS,
    NATIONAL,
    NEVER_ADDED,
    NON_STAFF,
    PATTERNS,
    ROLES,
    SCOPED,
    SITE_URLS,
    SUPERUSER_ONLY,
)


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
