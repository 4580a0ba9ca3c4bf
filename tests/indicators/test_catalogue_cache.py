"""The catalogue is built once per process and version (indicators.stamp), and a change is seen on the next request."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from desk.services import report_create
from indicators import stamp
from indicators.models import CatalogueStamp, Indicator, Rule
from indicators.validation import active_rules
from indicators.values import active_indicators, form_spec
from reports.models import ReportType
from reports.periods import ensure_period

CATALOGUE_TABLES = ("indicators_indicator", "indicators_rule", "indicators_formrow", "indicators_formdefinition",
                    "indicators_procedurefield", "indicators_indicatorgroup")  # fmt: skip
FEMALE = "staff.officials.female"


def form_url(unit, form="staff"):
    return reverse("indicators:form_edit", args=[unit.code, "2023", form])


def catalogue_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if any(f'FROM "{table}"' in q["sql"] for table in CATALOGUE_TABLES)]


def stamp_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if 'FROM "indicators_cataloguestamp"' in q["sql"]]


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def test_a_page_reads_the_version_once_and_the_catalogue_not_at_all(alice_client, binh_phuoc, tree):
    alice_client.get(form_url(binh_phuoc))  # this process builds what the page needs
    stamp.builds.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert alice_client.get(form_url(binh_phuoc)).status_code == 200
    assert stamp.builds == {}
    assert catalogue_reads(ctx.captured_queries) == []
    assert len(stamp_reads(ctx.captured_queries)) == 1


def test_a_page_builds_the_catalogue_once_however_often_it_asks(client, rita, binh_son, tree):
    client.force_login(rita)
    stamp.forget()
    stamp.builds.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("consolidation:overview", args=[binh_son.code, "2023"])).status_code == 200
    assert stamp.builds["indicators"] == 1  # the page asks for it in the engine, the breakdown, the chart, …
    assert len([sql for sql in catalogue_reads(ctx.captured_queries) if 'FROM "indicators_indicator"' in sql]) == 1
    assert len(stamp_reads(ctx.captured_queries)) == 1


def test_an_administrators_change_is_seen_on_the_next_request(alice_client, binh_phuoc, tree):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw-123456")
    assert f'name="v:{FEMALE}"' in alice_client.get(form_url(binh_phuoc)).content.decode()
    staff = reverse("admin:indicators_indicator_changelist")
    other = type(alice_client)()
    other.force_login(admin)
    pk = Indicator.objects.get(code=FEMALE).pk
    response = other.post(staff, {"action": "retire", "_selected_action": [pk]})  # a bulk update: no post_save
    assert response.status_code == 302
    assert f'name="v:{FEMALE}"' not in alice_client.get(form_url(binh_phuoc)).content.decode()
    indicator = Indicator.objects.get(code=FEMALE)
    indicator.is_active = True
    indicator.name = "Nữ (đổi tên)"
    indicator.save()
    assert "Nữ (đổi tên)" in alice_client.get(form_url(binh_phuoc)).content.decode()


def test_another_processs_change_is_seen_through_the_version_row(alice_client, binh_phuoc, tree):
    """Another process changes the catalogue and writes a new token; this process's copy is stale until it reads it."""
    alice_client.get(form_url(binh_phuoc))
    table, stamp_table = Indicator._meta.db_table, CatalogueStamp._meta.db_table
    with connection.cursor() as cursor:  # what the other process's transaction writes, without our signals
        cursor.execute(f"UPDATE {table} SET name = %s WHERE code = %s", ["Nữ (từ nơi khác)", FEMALE])
    assert "Nữ (từ nơi khác)" not in alice_client.get(form_url(binh_phuoc)).content.decode()  # built before
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {stamp_table} SET token = %s", ["another-process"])
    assert "Nữ (từ nơi khác)" in alice_client.get(form_url(binh_phuoc)).content.decode()


def test_a_change_rolled_back_is_forgotten(tree):
    before = active_indicators()[FEMALE].name
    with pytest.raises(RuntimeError), transaction.atomic():
        Indicator.objects.filter(code=FEMALE).update(name="rolled back")
        assert active_indicators()[FEMALE].name == "rolled back"
        raise RuntimeError
    assert active_indicators()[FEMALE].name == before


def test_rules_and_forms_follow_the_version_too(tree):
    rule = Rule.objects.filter(is_active=True).first()
    assert rule.code in {r.code for r in active_rules()}
    rows = len(form_spec("staff").rows)
    Rule.objects.filter(pk=rule.pk).update(is_active=False)
    assert rule.code not in {r.code for r in active_rules()}
    form_spec("staff").rows[0].delete()
    assert len(form_spec("staff").rows) == rows - 1


def test_outside_a_request_each_call_reads_the_version_only(tree):
    active_indicators(), active_rules(), form_spec("dossiers")
    stamp.builds.clear()
    with CaptureQueriesContext(connection) as ctx:
        active_indicators()
        active_rules()
        form_spec("dossiers")
    assert catalogue_reads(ctx.captured_queries) == []
    assert len(stamp_reads(ctx.captured_queries)) == 3
    assert stamp.builds["indicators"] == 0


def _pages(alice, rita, binh_phuoc, binh_son):
    """(user, url) of the pages tests/bench/bench_pages.py measures, in the test world."""
    report = report_create(unit=binh_phuoc, period=ensure_period("2023"),
                           report_type=ReportType.objects.get(code="cchc-year"), user=alice)  # fmt: skip
    return {
        "home": (alice, reverse("desk:home")),
        "report page": (alice, reverse("desk:detail", args=[report.pk])),
        "report editor": (alice, reverse("desk:edit", args=[report.pk])),
        "figures form": (alice, form_url(binh_phuoc, "dossiers")),
        "plan page": (alice, reverse("plans:plan", args=[binh_phuoc.code, 2023])),
        "board": (rita, reverse("desk:board", args=[binh_son.code, "2023"])),
        "consolidation": (rita, reverse("consolidation:overview", args=[binh_son.code, "2023"])),
    }


@pytest.mark.parametrize(
    "page", ["home", "report page", "report editor", "figures form", "plan page", "board", "consolidation"]
)
def test_no_page_rebuilds_the_catalogue_within_a_request(client, alice, rita, binh_phuoc, binh_son, tree, page):
    user, url = _pages(alice, rita, binh_phuoc, binh_son)[page]
    client.force_login(user)
    stamp.forget()
    stamp.builds.clear()
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200
    assert all(n == 1 for n in stamp.builds.values())  # each part of the catalogue built at most once
    assert len(stamp_reads(first.captured_queries)) <= 1  # none on a page that shows no figure
    stamp.builds.clear()
    with CaptureQueriesContext(connection) as again:
        assert client.get(url).status_code == 200
    assert stamp.builds == {}  # the next request builds nothing: the version is the same
    assert catalogue_reads(again.captured_queries) == []
    assert len(stamp_reads(again.captured_queries)) <= 1
