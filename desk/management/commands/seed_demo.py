"""Load the demo data set. Idempotent: running it twice changes nothing.

Each app's ``demo.seed(stdout)`` runs in the order of the layers (units and periods first, the
reports last) inside one transaction.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from desk import demo as desk_demo
from indicators import demo as indicators_demo
from plans import demo as plans_demo
from reports import demo as reports_demo
from scorecards import demo as scorecards_demo
from units import demo as units_demo


class Command(BaseCommand):
    help = "Create or refresh the demo units, people, periods and reports."

    def handle(self, *args, **options):
        with translation.override("vi"), transaction.atomic():
            logins = units_demo.seed(self.stdout)
            for seeder in (reports_demo, indicators_demo, plans_demo, scorecards_demo, desk_demo):
                seeder.seed(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready. Logins (password: {units_demo.DEMO_PASSWORD}):"))
        for login in logins:
            self.stdout.write(f"  {login.username:<20} {login.role:<24} {login.unit}")
