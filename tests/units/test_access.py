"""Every role × action × unit relation, written out independently of units.access.POLICY."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from desk.services import report_create
from reports import states
from reports.models import Report, ReportState, ReportType
from reports.periods import ensure_period
from units import access
from units.access import Action
from units.models import Unit

A = Action
# Who asks about which unit (by official code) -> the actions that must be allowed.
# Units: 21073 Bình Phước (commune of 524 Bình Sơn, province 51), 21208 Tịnh Châu
# (commune of 522, province 51), 524-PNV (office of 524), 25834 Lai Hưng (province 74).
EXPECTED = {
    "alice": {  # clerk of 21073
        "21073": {A.VIEW, A.EDIT},
        "21208": set(),
        "524": set(),
        "51": set(),
        "25834": set(),
    },
    "leader": {  # leader of 21073
        "21073": {A.VIEW, A.APPROVE},
        "21208": set(),
        "524": set(),
    },
    "rita": {  # reviewer at district 524
        "524": {A.VIEW, A.CONSOLIDATE, A.PUBLISH_SCORES, A.EXPORT_SUBTREE},
        "21073": {A.VIEW, A.REVIEW, A.APPRAISE, A.EXPORT_SUBTREE},
        "524-PNV": {A.VIEW, A.REVIEW, A.APPRAISE, A.EXPORT_SUBTREE},
        "21208": set(),
        "51": set(),
        "25834": set(),
    },
    "paula": {  # reviewer at province 51
        "51": {A.VIEW, A.CONSOLIDATE, A.PUBLISH_SCORES, A.EXPORT_SUBTREE},
        "524": {A.VIEW, A.REVIEW, A.APPRAISE, A.EXPORT_SUBTREE},
        "51-SNV": {A.VIEW, A.REVIEW, A.APPRAISE, A.EXPORT_SUBTREE},
        "21073": {A.VIEW, A.EXPORT_SUBTREE},  # a commune reports to its district, not to the province
        "25834": set(),
    },
    "victor": {  # viewer at province 51
        "51": {A.VIEW, A.EXPORT_SUBTREE},
        "524": {A.VIEW, A.EXPORT_SUBTREE},
        "21073": {A.VIEW, A.EXPORT_SUBTREE},
        "25834": set(),
    },
    "adam": {  # administrator of province 51
        "51": {A.VIEW, A.ADMINISTER, A.EXPORT_SUBTREE},
        "21073": {A.VIEW, A.ADMINISTER, A.EXPORT_SUBTREE},
        "74": set(),
        "25834": set(),
    },
    "oscar": {"21073": set(), "51": set()},
}

# FOLLOW (issue 16): reading a unit's board and consolidation. A reviewer reads those of its unit and of every
# unit below it (acting, CONSOLIDATE, only on its own); a viewer those of its province and every unit below;
# an administrator none (it manages people and units, it does not follow the reporting).
for _who in ("rita", "paula", "victor"):
    for _actions in EXPECTED[_who].values():
        if A.VIEW in _actions:
            _actions.add(A.FOLLOW)


@pytest.fixture
def people(alice, leader, rita, paula, victor, adam, oscar):
    return {u.username: u for u in [alice, leader, rita, paula, victor, adam, oscar]}


def test_every_role_action_and_unit(people, tree):
    for username, units in EXPECTED.items():
        user = people[username]
        for code, allowed_actions in units.items():
            for action in Action:
                expected = action in allowed_actions
                assert access.allowed(user, action, tree[code]) is expected, (username, code, action)


def test_queryset_scoping_agrees_with_allowed(people, tree):
    every_unit = list(Unit.objects.all())
    for user in people.values():
        for action in Action:
            scoped = set(access.units_where(user, action).values_list("code", flat=True))
            one_by_one = {u.code for u in every_unit if access.allowed(user, action, u)}
            assert scoped == one_by_one, (user.username, action)


def test_superuser_may_do_everything(tree, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="x")
    assert all(access.allowed(root, action, tree["25834"]) for action in Action)


def test_inactive_user_may_do_nothing(alice, binh_phuoc):
    alice.is_active = False
    assert not access.allowed(alice, Action.VIEW, binh_phuoc)
    assert not access.units_where(alice).exists()


def test_unit_for_user_hides_other_units_and_refuses_forbidden_actions(alice, rita, tree):
    assert access.unit_for_user(alice, "21073", Action.EDIT) == tree["21073"]
    with pytest.raises(Http404):
        access.unit_for_user(alice, "21208")  # another commune: looks missing
    with pytest.raises(Http404):
        access.unit_for_user(alice, "no-such-code")
    with pytest.raises(PermissionDenied):
        access.unit_for_user(rita, "21073", Action.EDIT)  # visible, but not hers to edit


def test_scope_filters_related_querysets(alice, rita, tree):
    from units.models import Membership

    assert set(access.scope(Membership.objects.all(), alice).values_list("unit__code", flat=True)) <= {"21073"}
    codes = set(
        access.scope(Unit.objects.filter(parent=tree["524"]), rita, unit_field="parent").values_list("code", flat=True)
    )
    assert "21073" in codes


def test_exporting_a_subtree_is_for_those_who_see_the_whole_subtree(people, tree):
    """EXPORT_SUBTREE (a bulk export of a unit and every unit below) only where the user sees all of it.

    Not the other way round: a commune's clerk sees the whole (one-unit) subtree of the commune, and exports
    its report on the report's page, not in a bulk export.
    """
    every_unit = list(Unit.objects.all())
    checked = 0
    for user in people.values():
        for unit in every_unit:
            if access.allowed(user, A.EXPORT_SUBTREE, unit):
                below = [u for u in every_unit if u.path.startswith(unit.path)]
                assert all(access.allowed(user, A.VIEW, u) for u in below), (user.username, unit.code)
                checked += 1
    assert checked > 0


# Which reports each role reads (issue 16): a reviewer what was sent to it, a viewer what was accepted.
S = ReportState
SENT_UP = {S.SUBMITTED, S.ACCEPTED, S.RETURNED}  # sent, and what came back from above
EVERY = set(S)
READS = {  # who -> unit (by fixture name) -> the states of its reports they read
    "alice": {"commune": EVERY, "district": set(), "province": set()},
    "leader": {"commune": EVERY, "district": set(), "province": set()},
    "rita": {"commune": SENT_UP, "district": EVERY, "province": set()},
    "paula": {"commune": SENT_UP, "district": SENT_UP, "province": EVERY},
    "victor": {"commune": {S.ACCEPTED}, "district": {S.ACCEPTED}, "province": SENT_UP},  # its own, once sent
    "adam": {"commune": EVERY, "district": EVERY, "province": EVERY},
    "oscar": {"commune": set(), "district": set(), "province": set()},
}


def test_the_read_states_are_the_reports_apps_sets():
    assert access.READ_STATES[access.Reads.SENT] == states.SENT | {S.RETURNED}  # what it returned, too
    assert access.READ_STATES[access.Reads.ACCEPTED] == {S.ACCEPTED}


def test_who_reads_which_report(people, binh_phuoc, binh_son, tree):
    units = {"commune": binh_phuoc, "district": binh_son, "province": tree["51"]}
    for who, by_unit in READS.items():
        for name, readable in by_unit.items():
            for state in S:
                assert access.may_read(people[who], units[name], state) is (state in readable), (who, name, state)


def test_the_report_filter_agrees_with_may_read(people, binh_phuoc, binh_son, tree, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="x")
    cchc = ReportType.objects.get(code="cchc-year")
    made = []
    for unit in (binh_phuoc, binh_son, tree["51"]):
        for code, state in zip(["2021", "2022", "2023", "2024", "2020"], S, strict=True):
            report = report_create(unit=unit, period=ensure_period(code), report_type=cchc, user=root)
            Report.objects.filter(pk=report.pk).update(state=state)
            made.append((report.pk, unit, state))
    for user in people.values():
        filtered = set(Report.objects.filter(access.reports_q(user)).values_list("pk", flat=True))
        assert filtered == {pk for pk, unit, state in made if access.may_read(user, unit, state)}, user.username


def test_a_viewer_follows_its_province_from_home_and_a_reviewer_its_boards(people, tree):
    assert access.followed_units(people["victor"]) == [tree["51"]]
    assert access.followed_units(people["rita"]) == [] and access.reviewed_units(people["rita"]) == [tree["524"]]
    assert access.followed_units(people["alice"]) == []
