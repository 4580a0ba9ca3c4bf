"""Today's indicators (issue 13): loaded with the catalogue, typed on the dossier form, computed and worded."""

from decimal import Decimal

import pytest
from django.urls import reverse

from indicators.models import FormRow, Indicator, Rule, ValueSource
from indicators.narrative import paragraphs, paragraphs_from
from indicators.values import active_indicators, derive, stated_codes, values_by_code

from .conftest import save_all

S = "dossiers.resolved."

# code -> (aggregation, numerator, denominator) of the ratios; the counts are summed, the online services not.
NEW = {
    "procedures.online.total": ("none", None, None),
    "dossiers.payments.due": ("sum", None, None),
    "dossiers.payments.online_dossiers": ("sum", None, None),
    "dossiers.payments.rate_online": ("ratio", "dossiers.payments.online_dossiers", "dossiers.payments.due"),
    "dossiers.results_signed": ("sum", None, None),
    "dossiers.rate.results_signed": ("ratio", "dossiers.results_signed", S + "total"),
    "centre.visitors": ("sum", None, None),
    "centre.dossiers_received": ("sum", None, None),
    "feedback.rate.resolved": ("ratio", "feedback.resolved", "feedback.received"),
}


def test_they_load_with_their_aggregation_and_parts(db):
    loaded = {i.code: i for i in Indicator.objects.filter(code__in=NEW).select_related("numerator", "denominator")}
    assert set(loaded) == set(NEW)
    for code, (aggregation, numerator, denominator) in NEW.items():
        indicator = loaded[code]
        assert indicator.aggregation == aggregation, code
        assert (indicator.numerator.code if indicator.numerator else None) == numerator, code
        assert (indicator.denominator.code if indicator.denominator else None) == denominator, code
        assert indicator.name and indicator.unit_of_measure, code
    assert loaded["procedures.online.total"].value_source == ValueSource.DERIVED
    assert loaded["dossiers.payments.rate_online"].stated.code == "dossiers.payments.rate_online_stated"
    assert {r.code for r in Rule.objects.filter(code__in=["dossiers-payments-online", "dossiers-results-signed"])} == {
        "dossiers-payments-online",
        "dossiers-results-signed",
    }


def test_they_are_rows_of_the_dossier_form(db):
    on_form = set(FormRow.objects.filter(form__code="dossiers").values_list("indicator__code", flat=True))
    assert set(NEW) <= on_form
    assert FormRow.objects.filter(form__code="dossiers", label__contains="Trung tâm Phục vụ hành chính công").exists()


def test_the_clerk_types_them_on_the_dossier_page(client, alice, seed000):
    client.force_login(alice)
    body = client.get(reverse("indicators:form_edit", args=["21073", "2023", "dossiers"])).content.decode()
    for code in ("dossiers.payments.due", "dossiers.payments.online_dossiers", "dossiers.results_signed"):
        assert f'name="v:{code}"' in body
    assert 'name="v:centre.visitors"' in body and 'name="v:centre.dossiers_received"' in body
    assert 'name="v:dossiers.payments.rate_online"' not in body  # computed, never typed
    assert 'name="v:procedures.online.total"' not in body


def test_the_shares_are_computed_from_their_parts_and_beat_a_stated_share(alice, binh_phuoc, y2023):
    figures = {
        "dossiers.payments.rate_online_stated": Decimal("97.7"),
        "dossiers.payments.due": 400,
        "dossiers.payments.online_dossiers": 300,
        S + "early": 1000,
        "dossiers.results_signed": 800,
        "feedback.received": 4,
        "feedback.resolved": 3,
        "procedures.online.full": 7,
        "procedures.online.partial": 44,
        "centre.visitors": 2150,
        "centre.dossiers_received": 1210,
    }
    save_all(unit=binh_phuoc, period=y2023, user=alice, figures=figures)
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.payments.rate_online"] == Decimal("75.00")  # 300 / 400, not the stated 97,7
    assert "dossiers.payments.rate_online" not in stated_codes(v, indicators=active_indicators())
    assert v["dossiers.rate.results_signed"] == Decimal("80.00")
    assert v["feedback.rate.resolved"] == Decimal("75.00")
    assert v["procedures.online.total"] == 51

    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}
    assert text["payments"] == (
        "Có 300/400 hồ sơ có yêu cầu nộp phí, lệ phí được thanh toán trực tuyến, đạt tỷ lệ 75,00\u00a0%."
    )
    assert text["online_services"] == (
        "Tổng số TTHC cung cấp dịch vụ công trực tuyến là 51 thủ tục (trong đó: toàn trình 7 thủ tục, "
        "một phần 44 thủ tục)."
    )
    assert text["centre"] == (
        "Trong kỳ, Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) đón tiếp 2.150 lượt cá nhân, tổ chức đến "
        "giao dịch, tiếp nhận 1.210 hồ sơ."
    )
    assert "lãnh đạo ký số kết quả giải quyết TTHC: 800 kết quả, chiếm tỷ lệ 80,00\u00a0%" in text["digitisation"]
    assert text["feedback"].endswith("đã xử lý 3 phản ánh, kiến nghị, đạt tỷ lệ 75,00\u00a0%.")


@pytest.mark.parametrize(
    ("figures", "absent"),
    [
        ({"centre.dossiers_received": 0}, "đón tiếp"),  # a typed 0 is said, a blank visitor count is not
        ({"dossiers.payments.online_dossiers": 3}, "hồ sơ có yêu cầu nộp phí"),  # no base: no share
        ({"procedures.online.full": 7}, "một phần"),
    ],
)
def test_a_blank_is_left_out_of_the_sentences(db, figures, absent):
    catalogue = active_indicators()
    values = derive(dict.fromkeys(catalogue) | {k: Decimal(v) for k, v in figures.items()}, indicators=catalogue)
    text = " ".join(p.text for p in paragraphs_from(values))
    assert absent not in text
    assert "0\u00a0%" not in text


def test_a_known_count_of_zero_at_the_centre_is_said(db):
    catalogue = active_indicators()
    values = derive(dict.fromkeys(catalogue) | {"centre.dossiers_received": Decimal(0)}, indicators=catalogue)
    (paragraph,) = paragraphs_from(values)
    assert paragraph.text == "Trong kỳ, Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) tiếp nhận 0 hồ sơ."
