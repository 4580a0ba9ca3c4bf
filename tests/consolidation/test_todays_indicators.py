"""Today's shares consolidate as ratios of sums; the online services, facts of each unit, are not summed."""

from decimal import Decimal

from consolidation.engine import consolidate

from .conftest import make_communes, make_report, put


def test_the_new_shares_are_ratios_of_sums_over_the_units(district, h1_2024):
    a, b = make_communes(district, 2)
    put(a, h1_2024, {"dossiers.payments.due": 10, "dossiers.payments.online_dossiers": 9})
    put(b, h1_2024, {"dossiers.payments.due": 40, "dossiers.payments.online_dossiers": 1})
    put(a, h1_2024, {"dossiers.resolved.on_time": 100, "dossiers.results_signed": 100})
    put(b, h1_2024, {"dossiers.resolved.on_time": 300, "dossiers.results_signed": 0})
    put(a, h1_2024, {"feedback.received": 1, "feedback.resolved": 1})
    put(b, h1_2024, {"feedback.received": 3, "feedback.resolved": 0})
    put(a, h1_2024, {"centre.visitors": 1500, "centre.dossiers_received": 900})
    put(b, h1_2024, {"centre.visitors": 650, "centre.dossiers_received": 310})
    put(a, h1_2024, {"procedures.online.full": 7, "procedures.online.partial": 44})
    put(b, h1_2024, {"procedures.online.full": 7, "procedures.online.partial": 44})
    for unit in (a, b):
        make_report(unit, h1_2024)

    result = consolidate(unit=district, period=h1_2024)

    values = result.values
    assert values["dossiers.payments.due"] == 50 and values["dossiers.payments.online_dossiers"] == 10
    # (90 % + 2,5 %) / 2 = 46,25 % would average the percentages; the sums give 10 / 50.
    assert values["dossiers.payments.rate_online"] == Decimal("20.00")
    assert values["dossiers.rate.results_signed"] == Decimal("25.00")  # 100 / 400, not (100 % + 0 %) / 2
    assert values["feedback.rate.resolved"] == Decimal("25.00")  # 1 / 4, not 50 %
    assert values["centre.visitors"] == 2150 and values["centre.dossiers_received"] == 1210
    # Every commune offers the same provincial list online: 51 + 51 services would be no district's figure.
    assert values.get("procedures.online.total") is None
    assert values.get("procedures.online.full") is None


def test_a_stated_payment_share_is_not_aggregated_and_its_unit_is_named(district, h1_2024):
    a, b = make_communes(district, 2)
    put(a, h1_2024, {"dossiers.payments.rate_online_stated": "97.7"})
    put(b, h1_2024, {"dossiers.payments.due": 10, "dossiers.payments.online_dossiers": 5})
    for unit in (a, b):
        make_report(unit, h1_2024)

    result = consolidate(unit=district, period=h1_2024)

    assert result.values["dossiers.payments.rate_online"] == Decimal("50.00")
    assert [u.pk for u in result.unbased_rates["dossiers.payments.rate_online"]] == [a.pk]
