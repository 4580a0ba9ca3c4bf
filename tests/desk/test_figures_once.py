"""Issue #15: the report page reads a report's figures once, and nothing outside a page keeps them."""

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
