"""Shared fixtures: the demo tree and one named person per role.

alice  = clerk of Bình Phước (a commune of Bình Sơn district)
leader = chairman of Bình Phước
carol  = clerk of Tịnh Châu (another district's commune: the "other unit")
rita   = reviewer at Bình Sơn district (Phòng Nội vụ)
paula  = reviewer at Quảng Ngãi province (Sở Nội vụ)
victor = viewer at Quảng Ngãi province
adam   = administrator of Quảng Ngãi province
oscar  = a user with no membership at all
"""

import pytest
from pytest_django.plugin import blocking_manager_key

from tests.shipped_data import install_shipped_data
from units.models import Membership, Role, Unit, User


@pytest.fixture
def tree(db):
    from reports import demo as reports_demo
    from units import demo as units_demo

    units_demo.seed_units()
    reports_demo.seed()
    return {u.code: u for u in Unit.objects.all()}


def _person(username, memberships, tree, **extra):
    user = User.objects.create_user(username=username, password="pw-123456", full_name=username.title(), **extra)
    for code, role in memberships:
        Membership.objects.create(user=user, unit=tree[code], role=role)
    return user


@pytest.fixture
def alice(tree):
    return _person("alice", [("21073", Role.CLERK)], tree)


@pytest.fixture
def leader(tree):
    return _person("leader", [("21073", Role.LEADER)], tree)


@pytest.fixture
def carol(tree):
    return _person("carol", [("21208", Role.CLERK)], tree)


@pytest.fixture
def rita(tree):
    return _person("rita", [("524", Role.REVIEWER)], tree)


@pytest.fixture
def paula(tree):
    return _person("paula", [("51", Role.REVIEWER)], tree)


@pytest.fixture
def victor(tree):
    return _person("victor", [("51", Role.VIEWER)], tree)


@pytest.fixture
def adam(tree):
    return _person("adam", [("51", Role.ADMIN)], tree, is_staff=True)


@pytest.fixture
def oscar(tree):
    return _person("oscar", [], tree)


@pytest.fixture
def binh_phuoc(tree):
    return tree["21073"]


@pytest.fixture
def tinh_chau(tree):
    return tree["21208"]


@pytest.fixture
def binh_son(tree):
    return tree["524"]


# Transactional tests (the PostgreSQL race tests) -------------------------------------------------

_ran_with_database = pytest.StashKey[bool]()


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return marker is not None and bool(marker.kwargs.get("transaction"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test's final flush, put the shipped data back for the tests that follow.

    The race tests commit from several threads, so they run outside the usual rolled-back
    transaction and Django empties every table after them, the catalogue included.
    """
    yield
    ran = item.stash.get(_ran_with_database, False)
    if not _is_transactional(item) or not ran or nextitem is None:
        return  # not such a test, skipped, or the last test: the test database is about to go
    with item.config.stash[blocking_manager_key].unblock():
        install_shipped_data()


@pytest.fixture
def shipped_data(request, transactional_db):
    """The catalogue, outlines and reform fields, present even if an earlier transactional test flushed them."""
    install_shipped_data()
    request.node.stash[_ran_with_database] = True
