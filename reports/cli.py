"""What every management command does with its --unit and --period arguments."""

from django.core.management.base import CommandError

from reports.models import Period
from units.models import Unit


def unit_by_code(code: str) -> Unit:
    unit = Unit.objects.filter(code=code).first()
    if unit is None:
        raise CommandError(f"No unit with code {code!r}.")
    return unit


def period_by_code(code: str) -> Period:
    period = Period.objects.filter(code=code).first()
    if period is None:
        raise CommandError(f"No period with code {code!r}.")
    return period


def unit_and_period(options) -> tuple[Unit, Period]:
    return unit_by_code(options["unit"]), period_by_code(options["period"])
