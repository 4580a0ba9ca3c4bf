"""Issue #11, item 4: figures known only in part.

Real reports give a figure only as a total ("giải quyết 5.581 hồ sơ", no split) or as a rate
("thanh toán trực tuyến đạt 97,7 %"). A clerk enters them as stated figures; they stand for the
computed total or rate while its parts are blank, enter the rules, are worded without inventing
a split, and upward a stated total is added while a stated rate is never averaged.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from consolidation.engine import consolidate
from consolidation.figures import report_figures
from consolidation.narrative import stated_text
from indicators.narrative import paragraphs
from indicators.validation import blocking_findings, findings
from indicators.values import active_indicators, partial_codes, stated_codes, values_by_code
from reports.models import Period
from tests.consolidation import conftest as consolidation
from tests.consolidation.conftest import make_communes, make_report, put
from tests.indicators.test_drafts import form_data, form_url, save
from units.models import Membership, Role

R, S, IP = "dossiers.received.", "dossiers.resolved.", "dossiers.in_process."

# Totals only, as a commune that reports the provincial system's totals writes them; they balance:
# 6.061 = 5.581 resolved + 398 in process + 82 withdrawn.
TOTALS_ONLY = {
    R + "stated_total": "6.061",
    S + "stated_total": "5.581",
    IP + "stated_total": "398",
    "dossiers.withdrawn": "82",
}


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


district = consolidation.district


def by_rule(found):
    return {f.rule_code: f for f in found}


def test_a_total_without_its_parts_is_entered_through_the_form_and_stands_for_the_total(
    alice_client, alice, binh_phuoc, y2023
):
    data = form_data(alice_client.get(form_url("dossiers")).content.decode())
    data.update({f"v:{code}": figure for code, figure in TOTALS_ONLY.items()})
    assert alice_client.post(form_url("dossiers"), data).status_code == 302

    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert (v[R + "total"], v[S + "total"], v[IP + "total"]) == (6061, 5581, 398)
    assert v[R + "online"] is None and v[S + "early_or_on_time"] is None  # no invented split
    assert v["dossiers.rate.on_time"] is None and v["dossiers.rate.online"] is None  # nothing to divide
    catalogue = active_indicators()
    assert stated_codes(v, indicators=catalogue) == {R + "total", S + "total", IP + "total"}
    assert not partial_codes(v, indicators=catalogue) & {R + "total", S + "total", IP + "total"}
    # The totals enter the balance rule, which holds; nothing is reported as "0 ≠ 5.581 + 398".
    assert blocking_findings(unit=binh_phuoc, period=y2023) == []

    page = alice_client.get(form_url("dossiers")).content.decode()
    assert 'id="calc-dossiers.resolved.total" data-testid="computed">5.581<' in page

    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}["dossiers"]
    assert text.startswith("Tổng số hồ sơ tiếp nhận trong kỳ là 6.061 hồ sơ;")
    assert "đã giải quyết 5.581 hồ sơ;" in text and "đang giải quyết 398 hồ sơ" in text
    assert " 0 hồ sơ" not in text and "trong đó" not in text


def test_a_stated_total_that_breaks_the_balance_is_reported_with_its_figures(alice, binh_phuoc, y2023):
    assert save(binh_phuoc, y2023, alice, "dossiers", {**TOTALS_ONLY, IP + "stated_total": "400"}).ok
    balance = by_rule(findings(unit=binh_phuoc, period=y2023))["dossiers-received-balance"]
    assert balance.is_error and "6.061 ≠ 5.581 + 400 + 82" in balance.message


def test_a_stated_total_with_its_parts_must_agree_with_them(alice, binh_phuoc, y2023):
    typed = {S + "stated_total": "5.581", S + "early@ho-tich": "5.000", S + "on_time@ho-tich": "500"}
    assert save(binh_phuoc, y2023, alice, "dossiers", typed).ok
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v[S + "total"] == 5500  # the parts count once they are given; the stated total is checked against them
    found = by_rule(findings(unit=binh_phuoc, period=y2023))
    assert "5.581 ≠ 5.000 + 500" in found["dossiers-resolved-stated-total"].message
    assert found["dossiers-resolved-stated-total"].is_error

    assert save(binh_phuoc, y2023, alice, "dossiers", {S + "late@ho-tich": "81"}).ok
    assert "dossiers-resolved-stated-total" not in by_rule(findings(unit=binh_phuoc, period=y2023))


def test_a_blank_side_is_not_zero_in_the_rules(alice, binh_phuoc, y2023):
    # Received is known, nothing else: the balance cannot be checked yet, and is not "1.949 ≠ 0".
    assert save(binh_phuoc, y2023, alice, "dossiers", {R + "online@ho-tich": "1.949"}).ok
    assert "dossiers-received-balance" not in by_rule(findings(unit=binh_phuoc, period=y2023))
    # Once a side is known it is checked, the blank parts of a known side counting as nothing.
    assert save(binh_phuoc, y2023, alice, "dossiers", {S + "early@ho-tich": "1.000"}).ok
    balance = by_rule(findings(unit=binh_phuoc, period=y2023))["dossiers-received-balance"]
    assert "1.949 ≠ 1.000" in balance.message


def test_a_rate_without_its_base_is_entered_and_worded_and_the_computed_rate_wins_when_the_base_is_known(
    alice, binh_phuoc, y2023
):
    stated = {
        S + "stated_total": "5.581",
        "dossiers.rate.on_time_stated": "97,7",
        "dossiers.payments.rate_online_stated": "97,7",
    }
    assert save(binh_phuoc, y2023, alice, "dossiers", stated).ok
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.rate.on_time"] == Decimal("97.7")
    assert "dossiers.rate.on_time" in stated_codes(v, indicators=active_indicators())
    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}
    assert (
        text["dossiers"] == "Trong kỳ, đã giải quyết 5.581 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 97,70\u00a0%."
    )
    assert text["payments"] == "Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí đạt 97,70\u00a0%."

    typed = {S + "early@ho-tich": "5.000", S + "on_time@ho-tich": "400", S + "late@ho-tich": "181"}
    assert save(binh_phuoc, y2023, alice, "dossiers", typed).ok
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.rate.on_time"] == Decimal("96.76")  # 5.400 / 5.581, computed from the counts
    assert "dossiers.rate.on_time" not in stated_codes(v, indicators=active_indicators())


def test_a_stated_rate_above_100_is_refused_beside_its_cell(alice, binh_phuoc, y2023):
    result = save(
        binh_phuoc, y2023, alice, "dossiers", {"dossiers.rate.on_time_stated": "101", S + "stated_total": "9"}
    )
    assert result.errors == {"dossiers.rate.on_time_stated": "Tỷ lệ phải từ 0 đến 100."}
    assert values_by_code(unit=binh_phuoc, period=y2023)[S + "total"] == 9  # the readable cell is kept


@pytest.fixture
def two_communes(district):
    """Two accepted communes: one with every count, one that stated its totals and its rate only."""
    period = Period.objects.get(code="2023")
    counted, stated = make_communes(district, 2)
    for unit in (counted, stated):
        make_report(unit, period)
    put(counted, period, {R + "online": 60, R + "direct": 40, S + "early": 80, S + "on_time": 10, S + "late": 10})
    put(stated, period, {R + "stated_total": 50, S + "stated_total": 50, "dossiers.rate.on_time_stated": 100,
                         "dossiers.rate.online_stated": 30})  # fmt: skip
    return district, period, counted, stated


def test_upward_a_stated_total_is_added_and_a_stated_rate_is_never_averaged(two_communes):
    district, period, _counted, stated = two_communes
    c = consolidate(unit=district, period=period)
    assert c.values[R + "total"] == 150 and c.values[S + "total"] == 150  # 100 + 50 and 100 + 50
    assert c.values[R + "online"] == 60  # the split is what is known: the stated commune has none
    # Rates over the units that gave their base: 90 / 100 on time (not 90/150, not averaged with 100 %).
    assert c.values["dossiers.rate.on_time"] == Decimal("90.00")
    assert c.values["dossiers.rate.online"] == Decimal("60.00")
    assert c.stated_totals == {R + "total": [stated], S + "total": [stated]}
    assert c.unbased_rates == {"dossiers.rate.on_time": [stated], "dossiers.rate.online": [stated]}
    text = stated_text(c)
    assert "1 xã chỉ báo cáo tỷ lệ, không có số liệu gốc (Xã T1)" in text
    assert "1 xã chỉ báo cáo tổng số, không có số chi tiết (Xã T1)" in text

    # The district's own report prints the same: its own stated total adds too.
    put(district, period, {S + "stated_total": 5})
    figures = report_figures(unit=district, period=period)
    assert figures[S + "total"] == 155 and figures["dossiers.rate.on_time"] == Decimal("90.00")


def test_the_consolidation_page_says_which_units_have_no_base(two_communes, client, django_user_model):
    district, period, _counted, _stated = two_communes
    reviewer = django_user_model.objects.create_user("rev-stated", password="x")
    Membership.objects.create(user=reviewer, unit=district, role=Role.REVIEWER)
    client.force_login(reviewer)
    page = client.get(reverse("consolidation:overview", args=[district.code, period.code])).content.decode()
    assert "chỉ báo cáo tỷ lệ, không có số liệu gốc (Xã T1)" in page
