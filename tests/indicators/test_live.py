"""Totals, rates and findings recomputed as the clerk types (the htmx endpoint)."""

import pytest
from django.urls import reverse

from indicators import stamp
from indicators.models import FormDefinition, FormRow, Indicator, ProcedureField, Value
from tests.indicators.conftest import freeze


def live_url(form_code, unit="21073"):
    return reverse("indicators:form_live", args=[unit, "2023", form_code])


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def test_the_page_wires_the_live_update(alice_client, seed000):
    body = alice_client.get(reverse("indicators:form_edit", args=["21073", "2023", "staff"])).content.decode()
    assert 'hx-post="' + live_url("staff") + '"' in body
    assert 'id="calc-staff.total"' in body and 'id="live-status"' in body


def test_staff_totals_follow_what_is_typed(alice_client, seed000):
    response = alice_client.post(live_url("staff"), {"v:staff.officials": "12", "v:staff.civil_servants": "9"})
    assert response.status_code == 200
    body = response.content.decode()
    assert (
        '<span class="d-block text-end" id="calc-staff.total" data-testid="computed" hx-swap-oob="true">21</span>'
        in body
    )
    assert 'id="findings"' in body and 'hx-swap-oob="true"' in body
    assert Value.objects.get(indicator__code="staff.officials", breakdown="").number == 11  # nothing saved


def test_rates_and_grid_totals_follow_what_is_typed(alice_client, seed000):
    response = alice_client.post(
        live_url("dossiers"),
        {
            "v:dossiers.received.online@ho-tich": "100",
            "v:dossiers.received.direct@ho-tich": "50",
            "v:dossiers.resolved.early@ho-tich": "140",
            "v:dossiers.resolved.late@ho-tich": "10",
        },
    )
    body = response.content.decode()
    assert 'id="grid-dossiers.received.total@ho-tich" data-testid="computed" hx-swap-oob="true">150<' in body
    assert 'id="grid-dossiers.received.total" data-testid="computed" hx-swap-oob="true">150<' in body
    assert 'id="calc-dossiers.rate.on_time" data-testid="computed" hx-swap-oob="true">93,33\u00a0%<' in body


def test_unreadable_figures_are_marked_and_the_rest_still_computes(alice_client, seed000):
    response = alice_client.post(live_url("staff"), {"v:staff.officials": "mười", "v:staff.civil_servants": "9"})
    body = response.content.decode()
    assert (
        'id="err-v:staff.officials" class="small text-danger" data-testid="live-error" hx-swap-oob="true">“mười” không phải là số'
        in body
    )
    assert (
        'id="err-v:staff.civil_servants" class="small text-danger" data-testid="live-error" hx-swap-oob="true"></div>'
        in body
    )
    assert 'id="calc-staff.total" data-testid="computed" hx-swap-oob="true">20<' in body  # 11 kept + 9


def test_findings_appear_beside_the_fields_before_saving(alice_client, seed000):
    response = alice_client.post(live_url("staff"), {"v:staff.part_timers": "11"})
    body = response.content.decode()
    assert 'data-rule="staff-part-timers-education-sum"' not in body  # 6 + 3 + 2 = 11 now balances
    response = alice_client.post(live_url("staff"), {"v:staff.officials.female": "30"})
    assert 'data-rule="staff-officials-female"' in response.content.decode()
    assert (
        'name="next" value="/u/21073/p/2023/figures/staff/"'
        in alice_client.post(live_url("staff"), {"v:staff.part_timers": "12"}).content.decode()
    )


def test_live_is_post_only_and_for_editors(alice_client, client, rita, seed000, report):
    assert alice_client.get(live_url("staff")).status_code == 405
    assert alice_client.post(live_url("staff", unit="21208"), {}).status_code == 404
    assert alice_client.post(live_url("nope"), {}).status_code == 404
    client.force_login(rita)
    assert client.post(live_url("staff"), {"v:staff.officials": "1"}).status_code == 404  # a draft's figures
    freeze(report)  # sent to her: she reads the figures, and still may not change them
    assert client.post(live_url("staff"), {"v:staff.officials": "1"}).status_code == 403


def test_live_makes_a_constant_number_of_queries(alice_client, seed000, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    data = {"v:dossiers.received.online@ho-tich": "100", "v:dossiers.withdrawn": "3"}
    stamp.forget()  # both requests build the catalogue (it changes in between): like is compared with like
    with CaptureQueriesContext(connection) as ctx:
        alice_client.post(live_url("dossiers"), data)
    before = len(ctx.captured_queries)
    group = Indicator.objects.get(code="survey.responses").group
    for form in FormDefinition.objects.all():
        for i in range(30):
            ind = Indicator.objects.create(code=f"extra.{form.code}.{i}", name=f"Extra {i}", group=group)
            FormRow.objects.create(form=form, order=9000 + i, indicator=ind)
    for i in range(10):
        ProcedureField.objects.create(code=f"extra-{i}", name=f"Lĩnh vực {i}", order=100 + i)
    stamp.forget()
    with django_assert_max_num_queries(before):
        alice_client.post(live_url("dossiers"), data)


def test_a_typed_total_row_that_disagrees_with_the_field_rows_is_marked(alice_client, seed000):
    response = alice_client.post(
        live_url("dossiers"),
        {"v:dossiers.received.online@ho-tich": "500", "v:dossiers.received.online": "888"},
    )
    body = response.content.decode()
    assert (
        'id="err-v:dossiers.received.online" class="small text-danger" data-testid="live-error" hx-swap-oob="true">Dòng tổng cộng (888)'
        in body
    )
