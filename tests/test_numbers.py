import datetime as dt
from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

from reform_portal import numbers as n


def test_grouping_and_decimal_comma():
    assert n.format_number(1949) == "1.949"
    assert n.format_number(5356443) == "5.356.443"
    assert n.format_number(Decimal("99.04")) == "99,04"
    assert n.format_number(Decimal("2.50"), 2) == "2,50"
    assert n.format_number(-1234) == "-1.234"
    assert n.format_number(None) == ""


def test_rates_round_half_up_never_bankers():
    assert n.ratio_percent(1863, 1881) == Decimal("99.04")
    assert n.ratio_percent(1, 8) == Decimal("12.50")
    assert n.round_half_up(Decimal("0.125"), 2) == Decimal("0.13")  # banker's rounding would give 0.12
    assert n.ratio_percent(Decimal("9.2"), Decimal("10.5")) == Decimal("87.62")  # seed 004 truncated to 87,61
    assert n.ratio_percent(1, 0) is None
    assert n.format_percent(n.ratio_percent(1863, 1881)) == "99,04\u00a0%"


def test_dates_as_documents_write_them():
    day = dt.date(2023, 5, 24)
    assert n.format_date(day) == "24/5/2023"
    assert n.format_long_date(day) == "ngày 24 tháng 5 năm 2023"
    assert n.format_document_date(dt.date(2023, 2, 4)) == "ngày 04 tháng 02 năm 2023"
    assert n.format_document_date(dt.date(2023, 12, 7)) == "ngày 07 tháng 12 năm 2023"
    assert n.format_citation_date(dt.date(2023, 2, 22)) == "22/02/2023"
    assert n.format_citation_date(dt.date(2023, 3, 6)) == "06/3/2023"


def test_django_localisation_uses_the_project_formats():
    with translation.override("vi"):
        out = Template("{{ n }}|{{ n|vn_number }}|{{ d }}|{{ f }}").render(
            Context({"n": 1234567, "d": dt.date(2023, 5, 4), "f": 99.5})
        )
    # Ids and years print plainly; figures are grouped explicitly.
    assert out == "1234567|1.234.567|4/5/2023|99,5"
    with translation.override("vi"):
        from django import forms

        field = forms.DateField()
        assert field.clean("05/04/2023") == dt.date(2023, 4, 5)


def test_template_filters():
    out = Template("{{ v|vn_number }} {{ r|vn_percent }} {{ d|vn_long_date }}").render(
        Context({"v": 11137, "r": Decimal("44.8"), "d": dt.date(2023, 12, 7)})
    )
    assert out == "11.137 44,80\u00a0% ngày 7 tháng 12 năm 2023"
