"""Open a year's reporting periods for a province (or every province), with their due dates there.

manage.py open_periods --province 51 --year 2027
manage.py open_periods --all                        # this year, and from 15 December the next (cron)

Idempotent: a second run creates nothing; after a change of the province's calendar it moves the due
dates still to come that were not set by hand. The home page opens the current year by itself when a
province's first user needs it (reports.calendars.open_current_years); this command opens a year ahead
or for a province nobody has used yet.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from reform_portal.numbers import format_date
from reports.calendars import due_dates, open_periods, province_id_of, years_to_open
from reports.cli import unit_by_code
from units.models import Unit


class Command(BaseCommand):
    help = "Create a year's periods for a province from its reporting calendar, with its due dates."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--province", help="Official code of the province, e.g. 51")
        which.add_argument("--all", action="store_true", help="Every province (units with no unit above them)")
        parser.add_argument(
            "--year", type=int, help="Default: this year, and from 15 December also the next (as the home page)"
        )

    def handle(self, *args, **options):
        today = dt.date.today()
        if options["all"]:
            provinces = list(Unit.objects.filter(parent__isnull=True).order_by("code"))
        else:
            provinces = [unit_by_code(options["province"])]
        years = [options["year"]] if options["year"] else years_to_open(today)
        for province in provinces:
            for year in years:
                try:
                    opened = open_periods(province=province, year=year, today=today)
                except ValidationError as exc:
                    raise CommandError(" ".join(exc.messages)) from exc
                self._report(opened)

    def _report(self, opened) -> None:
        province = opened.province
        self.stdout.write(
            f"{province.name} ({province.code}) {opened.year}: {len(opened.periods)} periods "
            f"({', '.join(opened.kinds) or 'no report type uses any period'}); due dates: {opened.created} "
            f"created, {opened.updated} moved, {opened.kept} kept"
        )
        pid = province_id_of(province)
        due = due_dates((pid, p) for p in opened.periods)
        for period in opened.periods:
            self.stdout.write(
                f"  {period.code:<8} {period.name:<28} {format_date(period.cutoff_start)} – "
                f"{format_date(period.cutoff_end)}  due {format_date(due[pid, period.pk])}"
            )
