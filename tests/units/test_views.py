import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.consolidation.conftest import make_communes


def login(client, user):
    client.force_login(user)
    return client


def test_login_page_is_vietnamese_by_default(client, db):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


def test_english_can_be_chosen(client, alice):
    login(client, alice)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("desk:home")).content.decode()
    assert "Reports of" in page and "Báo cáo của" not in page


def test_login_with_password_lands_on_home(client, alice):
    response = client.post(reverse("login"), {"username": "alice", "password": "pw-123456"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("desk:home")
    page = response.content.decode()
    assert "Xã Bình Phước" in page and "Chuyên viên nhập liệu" in page


def test_wrong_password_is_refused_in_vietnamese(client, alice):
    response = client.post(reverse("login"), {"username": "alice", "password": "nope"})
    assert response.status_code == 200
    assert "mật khẩu chính xác" in response.content.decode()


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(reverse("desk:home"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_home_fits_the_role(client, alice, rita, adam, oscar):
    clerk_page = login(client, alice).get(reverse("desk:home")).content.decode()
    assert 'data-testid="reporter-home"' in clerk_page and 'data-testid="reviewer-home"' not in clerk_page
    reviewer_page = login(client, rita).get(reverse("desk:home")).content.decode()
    assert 'data-testid="reviewer-home"' in reviewer_page and 'data-testid="board-link"' in reviewer_page
    assert 'data-testid="reporter-home"' not in reviewer_page
    admin_page = login(client, adam).get(reverse("desk:home")).content.decode()
    assert 'data-testid="admin-home"' in admin_page
    lonely = login(client, oscar).get(reverse("desk:home")).content.decode()
    assert "Bạn chưa thuộc đơn vị nào" in lonely


def test_home_query_count_does_not_grow_with_units(client, rita, tree):
    """A reviewer's home (with its inbox: desk.inbox) takes as many queries for 22 communes as for 42."""
    login(client, rita)
    client.get(reverse("desk:home"))  # the province's first visit of the year opens its periods (reports.calendars)
    with CaptureQueriesContext(connection) as before:
        client.get(reverse("desk:home"))
    make_communes(tree["524"], 20, prefix="H")
    with CaptureQueriesContext(connection) as after:
        client.get(reverse("desk:home"))
    assert len(after.captured_queries) == len(before.captured_queries) <= 25


@pytest.mark.parametrize(
    ("who", "code", "status"),
    [
        ("alice", "21073", 200),
        ("alice", "21208", 404),
        ("alice", "nope", 404),
        ("rita", "21073", 200),
        ("rita", "21208", 404),
        ("oscar", "21073", 404),
    ],
)
def test_unit_page_only_for_who_may_see_it(client, alice, rita, oscar, who, code, status):
    user = {"alice": alice, "rita": rita, "oscar": oscar}[who]
    assert login(client, user).get(reverse("units:detail", args=[code])).status_code == status


def test_unit_page_refuses_post(client, alice):
    assert login(client, alice).post(reverse("units:detail", args=["21073"])).status_code == 405


def test_admin_is_vietnamese_and_scoped(client, adam, tree):
    login(client, adam)
    # Staff with the administrator role see their province's units, not another province's.
    from django.contrib.auth.models import Permission

    adam.user_permissions.set(Permission.objects.filter(content_type__app_label="units"))
    page = client.get("/admin/units/unit/").content.decode()
    assert "Xã Bình Phước" in page and "Xã Lai Hưng" not in page
    assert "Chọn đơn vị để thay đổi" in page


def test_seed_demo_is_idempotent(db):
    from django.core.management import call_command

    from units.models import Membership, Unit, User

    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "clerk.binhphuoc" in out.getvalue()  # the demo logins are printed
    counts = (Unit.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (Unit.objects.count(), User.objects.count(), Membership.objects.count()) == counts
    assert set(Membership.objects.values_list("role", flat=True)) == {"clerk", "leader", "reviewer", "viewer", "admin"}


def test_an_english_browser_still_gets_vietnamese_until_english_is_chosen(client, alice):
    login(client, alice)
    page = client.get(reverse("desk:home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Báo cáo của" in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "Reports of" in client.get(reverse("desk:home")).content.decode()


def test_login_is_throttled_after_repeated_failures(client, alice, settings):
    settings.AXES_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "alice", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "alice", "password": "pw-123456"})
    assert response.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
