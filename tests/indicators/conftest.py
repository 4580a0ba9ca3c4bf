"""Figures of the seeds, stored through the real save service by the clerks who own them."""

import pytest

from desk.services import report_create
from indicators.demo import SEED_000_BINH_PHUOC_2023, SEED_001_NOTES, SEED_001_TINH_CHAU_2023
from indicators.saving import values_save
from indicators.values import form_spec, sheet_version
from reports.models import Period, ReportState, ReportType


@pytest.fixture
def y2023(tree):
    return Period.objects.get(code="2023")


@pytest.fixture
def report(alice, binh_phuoc, y2023):
    """Bình Phước's yearly report for 2023, in draft: its figures may still change."""
    return report_create(
        unit=binh_phuoc, period=y2023, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )


def freeze(report, state=ReportState.SUBMITTED):
    """Put the report in a state where its figures are frozen (as if it had been sent)."""
    report.state = state
    report.save(update_fields=["state"])
    return report


def save_all(*, unit, period, user, figures, notes=None):
    """Save ``figures`` form by form (each code goes to the form that lists it)."""
    results = []
    for form_code in ("dossiers", "staff", "phu-luc-1"):
        spec = form_spec(form_code)
        part = {k: v for k, v in figures.items() if k in spec.entered}
        figures = {k: v for k, v in figures.items() if k not in part}
        if part:
            version = sheet_version(unit=unit, period=period, form=spec.form)
            result = values_save(
                unit=unit,
                period=period,
                user=user,
                form_code=form_code,
                values=part,
                version=version,
                notes={k: v for k, v in (notes or {}).items() if k in part},
            )
            assert result.ok, (result.errors, result.general_errors)
            results.append(result)
    assert figures == {}, f"codes in no form: {sorted(figures)}"
    return results


@pytest.fixture
def seed000(alice, binh_phuoc, y2023):
    save_all(unit=binh_phuoc, period=y2023, user=alice, figures=SEED_000_BINH_PHUOC_2023)
    return binh_phuoc


@pytest.fixture
def seed001(carol, tinh_chau, y2023):
    save_all(unit=tinh_chau, period=y2023, user=carol, figures=SEED_001_TINH_CHAU_2023, notes=SEED_001_NOTES)
    return tinh_chau
