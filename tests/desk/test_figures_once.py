"""Issue #15: the report page reads a report's figures once, and nothing outside a page keeps them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from desk.figures import figures, read_once
from tests.desk.conftest import store_dossiers


def test_inside_a_page_the_figures_are_computed_once_and_outside_always_afresh(
    report, binh_phuoc, django_assert_num_queries
):
    store_dossiers(binh_phuoc, report.period, 1949)
    with read_once():
        first = figures(report)
        with django_assert_num_queries(0):
            second = figures(report)  # the same dict, no query
        assert first is second and first["dossiers.received.total"] == 1949
    store_dossiers(binh_phuoc, report.period, 1950)
    assert figures(report)["dossiers.received.total"] == 1950  # outside a page: read afresh


@pytest.mark.parametrize("page", ["desk:detail", "desk:edit"])
def test_the_report_page_and_the_editor_read_the_figures_once(client, alice, report, binh_phuoc, page):
    store_dossiers(binh_phuoc, report.period, 1949)
    client.force_login(alice)
    url = reverse(page, args=[report.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    own_values = [q["sql"] for q in ctx.captured_queries if 'FROM "indicators_value"' in q["sql"]]
    assert len(own_values) == 1  # the paragraphs, the key figures and the findings share one reading
