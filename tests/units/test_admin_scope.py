"""A province administrator stays in the province in the Django admin (GitHub issue #14, item 2).

Each attempt of the issue, and the rules of units/admin_scope.py and units/admin.py, as requests. adam
administers Quảng Ngãi (51) with the seeded administrator's permissions; Bình Dương (74) is the other
province (the world fixture of conftest.py puts bob and his reports, plans and figures there).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from reports.models import Report
from tests.units import admin_policy
from units import demo as units_demo
from units.admin_scope import ADMINISTRATOR_PERMISSIONS
from units.models import Membership, Role, Unit, User


def login(client, user):
    client.force_login(user)
    return client


def form_data(response) -> dict:
    """What the admin page's form would post back unchanged: its fields and its inlines' forms."""
    data = {}

    def add(bound):
        value = bound.value()
        if value is None or value is False:
            return
        if value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = str(value)

    for bound in response.context["adminform"].form:
        if not bound.field.disabled:
            add(bound)
    for inline in response.context.get("inline_admin_formsets", []):
        for bound in inline.formset.management_form:
            add(bound)
        for form in inline.formset.forms:
            for bound in form:
                add(bound)
    return data


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def history_form_url(obj, version):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_simple_history", args=[obj.pk, version])


# Memberships ---------------------------------------------------------------------------------------


def test_a_membership_on_another_provinces_unit_is_refused(client, world, tree):
    adam, alice = world.users["adam"], world.users["alice"]
    login(client, adam)
    url = reverse("admin:units_membership_add")
    response = client.post(url, {"user": alice.pk, "unit": tree["25834"].pk, "role": Role.ADMIN})
    assert response.status_code == 200 and response.context["adminform"].form.errors
    assert not Membership.objects.filter(user=alice, unit=tree["25834"]).exists()


def test_a_membership_for_another_provinces_person_is_refused(client, world, tree, bob):
    login(client, world.users["adam"])
    response = client.post(
        reverse("admin:units_membership_add"), {"user": bob.pk, "unit": tree["21073"].pk, "role": Role.CLERK}
    )
    assert response.status_code == 200
    assert not Membership.objects.filter(user=bob, unit=tree["21073"]).exists()


def test_an_administrator_may_appoint_an_administrator_inside_the_province(client, world, tree):
    """The decision of units/admin.py: ADMIN may be granted on any unit of the administered subtree."""
    alice = world.users["alice"]
    login(client, world.users["adam"])
    for code in ("524", "51"):
        response = client.post(
            reverse("admin:units_membership_add"), {"user": alice.pk, "unit": tree[code].pk, "role": Role.ADMIN}
        )
        assert response.status_code == 302
        assert Membership.objects.filter(user=alice, unit=tree[code], role=Role.ADMIN).exists()


def test_a_membership_cannot_be_moved_to_another_province(client, world, tree):
    membership = world.own["units.membership"]
    login(client, world.users["adam"])
    data = form_data(client.get(change_url(membership)))
    data["unit"] = str(tree["25834"].pk)
    assert client.post(change_url(membership), data).status_code == 200
    membership.refresh_from_db()
    assert membership.unit == tree["21073"]


# The user form ------------------------------------------------------------------------------------

PRIVILEGES = ('name="is_superuser"', 'name="is_staff"', 'name="groups"', 'name="user_permissions"')


def test_the_user_form_shows_privileges_to_superusers_only(client, world):
    adam = world.users["adam"]
    page = login(client, adam).get(change_url(adam)).content.decode()
    assert not any(field in page for field in PRIVILEGES)
    page = login(client, world.users["root"]).get(change_url(adam)).content.decode()
    assert all(field in page for field in PRIVILEGES)


def test_superuser_on_ones_own_account_is_ignored(client, world):
    adam = world.users["adam"]
    groups = set(adam.groups.all())
    login(client, adam)
    data = form_data(client.get(change_url(adam)))
    extra = Group.objects.create(name="extra")
    data.update(
        is_superuser="on",
        is_staff="on",
        groups=[str(extra.pk)],
        user_permissions=[str(Permission.objects.get(codename="change_indicator").pk)],
        email="adam@example.org",
    )
    response = client.post(change_url(adam), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    adam = User.objects.get(pk=adam.pk)
    assert adam.email == "adam@example.org"  # his own account is his to keep
    assert not adam.is_superuser and adam.is_staff
    assert set(adam.groups.all()) == groups and not adam.user_permissions.exists()


def test_a_new_person_gets_no_privilege_and_a_membership_in_the_province(client, world, tree):
    login(client, world.users["adam"])
    url = reverse("admin:units_user_add")
    page = client.get(url)
    data = form_data(page)
    data.update(username="dan", password1="Mật-khẩu-dài-2024", password2="Mật-khẩu-dài-2024")
    data.update(usable_password="true", is_superuser="on", is_staff="on")
    prefix = page.context["inline_admin_formsets"][0].formset.prefix

    assert client.post(url, data).status_code == 200  # no membership: refused
    assert not User.objects.filter(username="dan").exists()

    data.update({f"{prefix}-0-unit": str(tree["25834"].pk), f"{prefix}-0-role": Role.CLERK})
    assert client.post(url, data).status_code == 200  # a membership in another province: refused
    assert not User.objects.filter(username="dan").exists()

    data[f"{prefix}-0-unit"] = str(tree["21073"].pk)
    assert client.post(url, data).status_code == 302
    dan = User.objects.get(username="dan")
    assert not dan.is_superuser and not dan.is_staff
    assert list(dan.memberships.values_list("unit__code", "role")) == [("21073", Role.CLERK)]


def test_a_person_shared_with_another_province_keeps_what_is_not_the_administrators(client, world, tree):
    alice = world.users["alice"]
    elsewhere = Membership.objects.create(user=alice, unit=tree["25834"], role=Role.VIEWER)
    login(client, world.users["adam"])
    response = client.get(change_url(alice))
    page = response.content.decode()
    assert "Bình Phước" in page and "Lai Hưng" not in page  # the inline lists the province's memberships only
    assert 'name="email"' not in page and 'name="password"' not in page  # the account is read-only
    assert client.get(reverse("admin:auth_user_password_change", args=[alice.pk])).status_code == 403

    data = form_data(response)
    data["email"] = "taken@example.org"
    prefix = response.context["inline_admin_formsets"][0].formset.prefix
    data.update({f"{prefix}-1-unit": str(tree["21073"].pk), f"{prefix}-1-role": Role.LEADER})
    assert client.post(change_url(alice), data).status_code == 302
    alice.refresh_from_db()
    assert alice.email == ""  # unchanged
    assert set(alice.memberships.values_list("unit__code", "role")) == {
        ("21073", Role.CLERK),
        ("21073", Role.LEADER),
        ("25834", Role.VIEWER),
    }

    # The other province's membership named in the inline (as if it had been shown) is out of reach.
    data = form_data(client.get(change_url(alice)))
    data.update({f"{prefix}-0-id": str(elsewhere.pk), f"{prefix}-0-unit": str(tree["25834"].pk)})
    data.update({f"{prefix}-0-role": Role.ADMIN, f"{prefix}-0-DELETE": "on"})
    client.post(change_url(alice), data)
    assert set(alice.memberships.values_list("unit__code", "role")) == {
        ("21073", Role.CLERK),
        ("21073", Role.LEADER),
        ("25834", Role.VIEWER),
    }


def test_an_account_with_more_permissions_than_the_administrator_is_read_only(client, world):
    alice = world.users["alice"]
    alice.user_permissions.add(Permission.objects.get(codename="view_accessattempt"))
    alice.is_active = False  # inactive: the permissions still count, re-activating would hand them over
    alice.save()
    login(client, world.users["adam"])
    page = client.get(change_url(alice)).content.decode()
    assert 'name="is_active"' not in page and 'name="email"' not in page
    assert client.get(reverse("admin:auth_user_password_change", args=[alice.pk])).status_code == 403


def test_superusers_are_out_of_an_administrators_reach(client, world, tree):
    chief = User.objects.create_superuser("chief", "chief@example.org", "pw-123456")
    Membership.objects.create(user=chief, unit=tree["21073"], role=Role.CLERK)
    login(client, world.users["adam"])
    assert "chief" not in client.get(reverse("admin:units_user_changelist")).content.decode()
    assert client.get(change_url(chief)).status_code == 302
    assert client.get(reverse("admin:auth_user_password_change", args=[chief.pk])).status_code == 404
    found = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "units", "model_name": "membership", "field_name": "user", "term": "chief"},
    ).json()["results"]
    assert found == []


# Units --------------------------------------------------------------------------------------------


def test_a_units_parent_cannot_be_set_to_another_provinces_unit(client, world, tree):
    unit = tree["21073"]
    login(client, world.users["adam"])
    data = form_data(client.get(change_url(unit)))
    data["parent"] = str(tree["719"].pk)
    response = client.post(change_url(unit), data)
    assert response.status_code == 200 and "parent" in response.context["adminform"].form.errors
    data["parent"], data["merged_into"] = str(tree["524"].pk), str(tree["25834"].pk)
    response = client.post(change_url(unit), data)
    assert response.status_code == 200 and "merged_into" in response.context["adminform"].form.errors
    unit.refresh_from_db()
    assert unit.parent == tree["524"] and unit.merged_into is None and unit.path.startswith(tree["51"].path)


def test_a_new_unit_goes_under_an_administered_unit(client, world, tree):
    login(client, world.users["adam"])
    url = reverse("admin:units_unit_add")
    data = form_data(client.get(url))
    data.update(code="20999", name="Xã Mới", kind="commune", issuing_authority="UBND", place_name="Mới")
    for parent in ("", str(tree["719"].pk)):  # a new top-level unit, a unit of another province
        data["parent"] = parent
        assert client.post(url, data).status_code == 200
        assert not Unit.objects.filter(code="20999").exists()
    data["parent"] = str(tree["524"].pk)
    assert client.post(url, data).status_code == 302
    assert Unit.objects.get(code="20999").parent == tree["524"]


def test_an_administrator_cannot_move_or_delete_the_top_of_their_subtree(client, world, tree):
    top = tree["51"]
    login(client, world.users["adam"])
    response = client.get(change_url(top))
    assert "parent" not in response.context["adminform"].form.fields  # shown read-only
    data = form_data(response)
    data["parent"] = str(tree["74"].pk)
    assert client.post(change_url(top), data).status_code == 302
    top.refresh_from_db()
    assert top.parent is None and top.path == str(top.pk).zfill(8)


def test_a_district_administrator_cannot_lift_the_district_out_of_the_province(client, world, tree):
    dora = User.objects.create_user("dora", password="pw-123456", is_staff=True)
    Membership.objects.create(user=dora, unit=tree["524"], role=Role.ADMIN)
    units_demo.grant_administrator_permissions(dora)
    dora.user_permissions.add(Permission.objects.get(codename="delete_unit"))
    district = tree["524"]
    login(client, dora)
    data = form_data(client.get(change_url(district)))
    data["parent"] = ""
    assert client.post(change_url(district), data).status_code == 302
    district.refresh_from_db()
    assert district.parent == tree["51"]
    assert client.get(reverse("admin:units_unit_delete", args=[district.pk])).status_code == 403
    assert client.get(reverse("admin:units_unit_delete", args=[tree["21073"].pk])).status_code == 200


# History and revert -------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["reports.report", "units.membership", "units.unit"])
def test_another_provinces_history_is_not_read_nor_reverted(client, world, label):
    obj = world.other[label]
    before = type(obj).objects.filter(pk=obj.pk).values().get()
    version = obj.history.order_by("history_id").first().history_id
    history_url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_history", args=[obj.pk])
    login(client, world.users["adam"])
    assert client.get(history_url).status_code == 404
    assert client.get(history_form_url(obj, version)).status_code == 404
    data = form_data(login(client, world.users["root"]).get(history_form_url(obj, version)))
    login(client, world.users["adam"])
    if label == "units.membership":
        data["unit"] = str(world.own["units.unit"].pk)
    assert client.post(history_form_url(obj, version), data).status_code == 404
    assert type(obj).objects.filter(pk=obj.pk).values().get() == before


def test_a_deleted_membership_keeps_its_history_in_its_province_only(client, world):
    own, other = world.own["units.membership"], world.other["units.membership"]
    own_pk, other_pk = own.pk, other.pk
    own.delete()
    other.delete()
    login(client, world.users["adam"])
    assert client.get(reverse("admin:units_membership_history", args=[own_pk])).status_code == 200
    assert client.get(reverse("admin:units_membership_history", args=[other_pk])).status_code == 404


def test_reverting_a_membership_to_another_province_is_refused(client, world, tree, bob):
    membership = Membership.objects.create(user=world.users["alice"], unit=tree["25834"], role=Role.ADMIN)
    old = membership.history.get().history_id
    membership.unit = tree["21073"]
    membership.save()
    login(client, world.users["adam"])
    response = client.get(history_form_url(membership, old))
    assert response.status_code == 200  # the membership is in the province now; its past is its own
    response = client.post(history_form_url(membership, old), form_data(response) | {"unit": str(tree["25834"].pk)})
    assert response.status_code == 200 and response.context["adminform"].form.errors
    membership.refresh_from_db()
    assert membership.unit == tree["21073"]


def test_a_revert_needs_the_change_permission(client, world):
    report = world.own["reports.report"]
    version = report.history.order_by("history_id").first().history_id
    report.subject = "Đã sửa"
    report.save()
    data = form_data(login(client, world.users["root"]).get(history_form_url(report, version)))
    login(client, world.users["adam"])
    assert client.get(history_form_url(report, version)).status_code == 200  # read-only
    assert client.post(history_form_url(report, version), data).status_code == 403
    assert Report.objects.get(pk=report.pk).subject == "Đã sửa"


def test_a_revert_keeps_a_top_units_place(client, world, tree):
    """A read-only field keeps its stored value in a revert: a district's administrator cannot move it back."""
    dora = User.objects.create_user("dora", password="pw-123456", is_staff=True)
    Membership.objects.create(user=dora, unit=tree["524"], role=Role.ADMIN)
    units_demo.grant_administrator_permissions(dora)
    district = tree["524"]
    district.parent = tree["74"]
    district.save()
    old = district.history.order_by("-history_id").first().history_id
    district.parent = tree["51"]
    district.save()
    login(client, dora)
    response = client.get(history_form_url(district, old))
    assert client.post(history_form_url(district, old), form_data(response)).status_code == 302
    district.refresh_from_db()
    assert district.parent == tree["51"] and district.path.startswith(tree["51"].path)


# National data and groups -------------------------------------------------------------------------


def test_national_data_is_read_only_for_an_administrator_whatever_their_permissions(client, world):
    adam = world.users["adam"]
    adam.user_permissions.add(*Permission.objects.filter(codename__in=["change_indicator", "delete_indicator"]))
    indicator = world.own["indicators.indicator"]
    login(client, adam)
    assert client.get(change_url(indicator)).status_code == 200  # read-only
    data = {"name": "Đổi tên", "code": indicator.code}
    assert client.post(change_url(indicator), data).status_code == 403
    changelist = reverse("admin:indicators_indicator_changelist")
    client.post(changelist, {"action": "retire", "_selected_action": [str(indicator.pk)]})
    indicator.refresh_from_db()
    assert indicator.is_active and indicator.name != "Đổi tên"


def test_groups_are_for_superusers_only(client, world):
    adam = world.users["adam"]
    adam.user_permissions.add(*Permission.objects.filter(content_type__app_label="auth"))
    login(client, adam)
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403
    group = Group.objects.get(name=units_demo.ADMINISTRATORS_GROUP)
    assert client.get(change_url(group)).status_code == 403


# The seeded administrator -------------------------------------------------------------------------


def test_the_seeded_administrator_has_exactly_the_permissions_of_the_role(tree):
    units_demo.seed_people(tree)
    units_demo.seed_people(tree)  # idempotent
    person = User.objects.get(username="admin.quangngai")
    assert person.is_staff and not person.is_superuser
    assert person.get_all_permissions() == set(ADMINISTRATOR_PERMISSIONS)
    assert not person.user_permissions.exists()
    assert Group.objects.get(name=units_demo.ADMINISTRATORS_GROUP).permissions.count() == len(ADMINISTRATOR_PERMISSIONS)
    assert not User.objects.get(username="viewer.quangngai").get_all_permissions()


def test_the_seeded_permissions_are_what_the_matrix_expects(tree):
    """Per registered model: view, add, change, delete as admin_policy.ADMINISTRATOR_MAY says."""
    granted = set(ADMINISTRATOR_PERMISSIONS)
    for label in admin_policy.MODEL_LABELS:
        app_label, model_name = label.split(".")
        for letter, action in (("v", "view"), ("a", "add"), ("c", "change"), ("d", "delete")):
            assert (f"{app_label}.{action}_{model_name}" in granted) is (
                letter in admin_policy.ADMINISTRATOR_MAY[label]
            ), label
