"""Load the demo data set. Idempotent: running it twice changes nothing.

Each app contributes a ``demo`` module with a ``seed(stdout)`` function;
they run in dependency order inside one transaction.
"""

from importlib import import_module
from importlib.util import find_spec

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from units.demo import DEMO_PASSWORD

SEEDERS = ["units.demo", "reports.demo", "indicators.demo", "plans.demo", "reports.demo_reports"]


class Command(BaseCommand):
    help = "Create or refresh the demo units, people, periods and reports."

    def handle(self, *args, **options):
        logins = []
        with translation.override("vi"), transaction.atomic():
            for name in SEEDERS:
                if find_spec(name) is None:
                    continue
                result = import_module(name).seed(self.stdout)
                if name == "units.demo":
                    logins = result
        self.stdout.write(self.style.SUCCESS(f"Demo data ready. Logins (password: {DEMO_PASSWORD}):"))
        for login in logins:
            self.stdout.write(f"  {login.username:<20} {login.role:<24} {login.unit}")
