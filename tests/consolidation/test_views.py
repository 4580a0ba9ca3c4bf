import json

import pytest
from django.urls import reverse

from consolidation.models import ConsolidationRun
from reports.models import ReportState

from .conftest import make_report, put

S = ReportState


@pytest.fixture
def filled(binh_son, h1_2024):
    communes = list(binh_son.children.filter(kind__in=["commune", "township"]).order_by("code")[:3])
    for i, unit in enumerate(communes):
        put(unit, h1_2024, {"dossiers.received.online": 10 * (i + 1), "dossiers.received.direct": 10,
                            "dossiers.resolved.on_time": 9, "dossiers.resolved.late": 1})  # fmt: skip
    make_report(communes[0], h1_2024)
    make_report(communes[1], h1_2024, S.SUBMITTED)
    return communes


def url(name, unit="524", period="2024-H1", *extra):
    return reverse(f"consolidation:{name}", args=[unit, period, *extra])


def test_it_shows_the_consolidation_to_the_district_reviewer(client, rita, filled):
    client.force_login(rita)
    r = client.get(url("overview"))
    assert r.status_code == 200
    html = r.content.decode()
    for testid in ("completeness", "breakdown-table", "share-chart", "trend-chart", "figures", "paragraphs"):
        assert f'data-testid="{testid}"' in html
    assert "2/22" in html  # submitted of expected: the 22 communes; the district office does not report
    assert filled[2].name in html  # a missing commune is named
    assert 'data-testid="provisional-badge"' not in html


def test_it_marks_the_provisional_consolidation(client, rita, filled):
    client.force_login(rita)
    html = client.get(url("overview") + "?provisional=1&kinds=communes&sort=dossiers.rate.online&dir=desc").content
    html = html.decode()
    assert 'data-testid="provisional-badge"' in html
    assert "tạm tính" in html
    # Sorted by online share, highest first: the second commune (20/30) before the first (10/20).
    assert html.index(f'data-unit="{filled[1].code}"') < html.index(f'data-unit="{filled[0].code}"')


def test_a_commune_clerk_cannot_see_it(client, alice, filled):
    client.force_login(alice)
    assert client.get(url("overview")).status_code == 404
    assert client.get(url("overview", "21073")).status_code == 403


def test_a_reviewer_of_another_district_cannot_see_it(client, tree, filled, h1_2024):
    from units.models import Membership, Role, User

    bob = User.objects.create_user("bob", password="pw-123456")
    Membership.objects.create(user=bob, unit=tree["522"], role=Role.REVIEWER)
    client.force_login(bob)
    assert client.get(url("overview")).status_code == 404
    assert client.get(url("export", "524", "2024-H1", "json")).status_code == 404
    assert client.post(url("recalculate")).status_code == 404


def test_the_province_reviewer_consolidates_the_province_not_the_district(client, paula, filled):
    client.force_login(paula)
    assert client.get(url("overview", "51")).status_code == 200
    # She reads the district's consolidation (issue 16), without its recalculate button, and may not recalculate it.
    page = client.get(url("overview", "524"))
    assert page.status_code == 200 and 'data-testid="recalculate"' not in page.content.decode()
    assert client.post(url("recalculate", "524")).status_code == 403


def test_anonymous_users_go_to_the_login_page(client, filled):
    r = client.get(url("overview"))
    assert r.status_code == 302 and "login" in r["Location"]


def test_wrong_methods_are_refused(client, rita, filled):
    client.force_login(rita)
    assert client.post(url("overview")).status_code == 405
    assert client.get(url("recalculate")).status_code == 405


def test_recalculate_stores_a_run_and_redirects(client, rita, filled, binh_son):
    client.force_login(rita)
    r = client.post(url("recalculate"))
    assert r.status_code == 302 and r["Location"] == url("overview")
    assert ConsolidationRun.objects.filter(unit=binh_son).count() == 1


def test_the_export_gives_the_same_data_as_the_command(client, rita, filled):
    client.force_login(rita)
    r = client.get(url("export", "524", "2024-H1", "json"))
    data = json.loads(r.content)
    assert data["values"]["dossiers.received.online"] == "10"
    assert data["completeness"]["accepted"] == 1
    x = client.get(url("export", "524", "2024-H1", "xlsx") + "?provisional=1")
    assert x.status_code == 200 and x.content[:2] == b"PK"
    assert client.get(url("export", "524", "2024-H1", "csv")).status_code == 404


def test_the_page_makes_a_constant_number_of_queries(client, rita, filled, django_assert_max_num_queries):
    client.force_login(rita)
    client.get(url("overview"))
    with django_assert_max_num_queries(60):
        client.get(url("overview"))
