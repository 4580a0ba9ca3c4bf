"""``manage.py load_units --province 56 [--as-of 2026-01-01] [--no-history]``: a province's official units."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from units import divisions
from units.loading import load_province


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"--as-of takes a date as YYYY-MM-DD, not {text!r}") from error


class Command(BaseCommand):
    help = (
        "Load or refresh a province's official units (codes and names) from the vietnam-provinces package: "
        "the province in force on --as-of (default today) with its communes, and, when the package has them, "
        "the units before 1/7/2025 dissolved and merged on that day. Idempotent; offices are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("--province", required=True, help="official province code, e.g. 56 (Khánh Hòa)")
        parser.add_argument("--as-of", type=_date, default=None, help="YYYY-MM-DD; before 2025-07-01 loads the "
                            "three-tier province of that code")  # fmt: skip
        parser.add_argument("--no-history", action="store_true", help="the current units only, no pre-2025 units")

    def handle(self, *args, province, as_of, no_history, **options):
        try:
            result = load_province(province, as_of=as_of, history=not no_history)
        except divisions.UnknownProvince as error:
            raise CommandError(
                f"No province with code {province} in vietnam-provinces {divisions.PACKAGE_VERSION}."
            ) from error
        except divisions.HistoryUnavailable as error:
            raise CommandError(
                f"vietnam-provinces {divisions.PACKAGE_VERSION} has no list of the units before 1/7/2025 "
                "(it needs version 2026.2 or later, on Python 3.12)."
            ) from error
        self.stdout.write(result.summary())
        if result.unmapped:
            self.stdout.write(f"Old communes without a successor in the conversion table: {', '.join(result.unmapped)}")
