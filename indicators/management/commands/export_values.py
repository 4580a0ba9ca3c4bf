"""Write a unit's figures for a period as the .xlsx template clerks fill offline.

manage.py export_values --unit 21073 --period 2023 --output so-lieu.xlsx
"""

from django.core.management.base import BaseCommand
from django.utils import translation

from indicators.offline import write_template
from reports.cli import unit_and_period


class Command(BaseCommand):
    help = "Write the offline figures template (.xlsx) of a unit for a period."

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True, help="Official code of the unit")
        parser.add_argument("--period", required=True, help="Period code, e.g. 2023")
        parser.add_argument("--output", required=True, help="The .xlsx file to write")

    def handle(self, *args, **options):
        unit, period = unit_and_period(options)
        with translation.override("vi"):
            data = write_template(unit=unit, period=period)
        with open(options["output"], "wb") as f:
            f.write(data)
        self.stderr.write(f"Wrote {options['output']}")
