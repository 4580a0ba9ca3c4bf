import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from reports.models import PeriodKind
from reports.periods import add_working_days, create_ad_hoc_period, ensure_period, ensure_year, parse_period_code

D = dt.date


@pytest.mark.parametrize(
    ("code", "kind", "name", "cutoff"),
    [
        ("2023", PeriodKind.YEAR, "năm 2023", (D(2022, 12, 15), D(2023, 12, 14))),
        ("2023-H1", PeriodKind.HALF_YEAR, "6 tháng đầu năm 2023", (D(2022, 12, 15), D(2023, 6, 14))),
        ("2023-H2", PeriodKind.HALF_YEAR, "6 tháng cuối năm 2023", (D(2023, 6, 15), D(2023, 12, 14))),
        ("2023-9M", PeriodKind.NINE_MONTHS, "9 tháng đầu năm 2023", (D(2022, 12, 15), D(2023, 9, 14))),
        ("2023-Q1", PeriodKind.QUARTER, "quý I năm 2023", (D(2022, 12, 15), D(2023, 3, 14))),
        ("2023-Q3", PeriodKind.QUARTER, "quý III năm 2023", (D(2023, 6, 15), D(2023, 9, 14))),
        ("2023-01", PeriodKind.MONTH, "tháng 1 năm 2023", (D(2022, 12, 15), D(2023, 1, 14))),
        ("2023-05", PeriodKind.MONTH, "tháng 5 năm 2023", (D(2023, 4, 15), D(2023, 5, 14))),
    ],
)
@pytest.mark.django_db
def test_standard_periods_follow_nghi_dinh_09(code, kind, name, cutoff):
    period = ensure_period(code)
    assert (period.code, period.kind, period.name) == (code, kind, name)
    assert (period.cutoff_start, period.cutoff_end) == cutoff
    assert period.due_date == add_working_days(cutoff[1], 2)
    assert ensure_period(code).pk == period.pk  # stable: never created twice


def test_due_date_skips_the_weekend():
    assert add_working_days(D(2023, 12, 14), 2) == D(2023, 12, 18)  # Thursday -> Monday
    assert add_working_days(D(2023, 6, 14), 2) == D(2023, 6, 16)  # Wednesday -> Friday


def test_calendar_spans():
    assert parse_period_code("2024-Q1").calendar_span() == (D(2024, 1, 1), D(2024, 3, 31))
    assert parse_period_code("2024-02").calendar_span() == (D(2024, 2, 1), D(2024, 2, 29))


@pytest.mark.parametrize("bad", ["23", "2023-Q5", "2023-13", "2023-H3", "năm 2023", ""])
def test_bad_codes_are_refused_with_a_message(bad):
    with pytest.raises(ValidationError):
        parse_period_code(bad)


@pytest.mark.django_db
def test_a_year_has_twenty_standard_periods_and_ad_hoc_ones_are_named():
    assert len(ensure_year(2024)) == 20
    adhoc = create_ad_hoc_period(
        name="Báo cáo đột xuất PAR INDEX",
        cutoff_start=D(2023, 12, 15),
        cutoff_end=D(2024, 5, 15),
        due_date=D(2024, 5, 20),
    )
    assert adhoc.code == "adhoc-bao-cao-dot-xuat-par-index" and adhoc.kind == PeriodKind.AD_HOC
    with pytest.raises(ValidationError):
        create_ad_hoc_period(name="x", cutoff_start=D(2024, 5, 1), cutoff_end=D(2024, 4, 1), due_date=D(2024, 5, 1))
