"""Shared argument handling of export_values and import_values."""

from django.core.management.base import CommandError

from reports.models import Period
from units.models import Unit


def unit_and_period(options):
    unit = Unit.objects.filter(code=options["unit"]).first()
    if unit is None:
        raise CommandError(f"No unit with code {options['unit']!r}.")
    period = Period.objects.filter(code=options["period"]).first()
    if period is None:
        raise CommandError(f"No period with code {options['period']!r}.")
    return unit, period
