"""Check a whole period at once, for offices that review many units.

manage.py validate_reports --period 2023
manage.py validate_reports --period 2023 --unit 524     (the district and every unit below it)

One line per finding: unit, rule, severity, left side, right side, message.
Exits with status 1 when any error is found (warnings alone exit 0).
"""

from django.core.management.base import BaseCommand
from django.utils import translation

from indicators.checks import units_to_check
from indicators.validation import findings
from reports.cli import period_by_code, unit_by_code


class Command(BaseCommand):
    help = "Print every validation finding of a period (one line each); exit non-zero when there are errors."

    def add_arguments(self, parser):
        parser.add_argument("--period", required=True, help="Period code, e.g. 2023 or 2024-H1")
        parser.add_argument("--unit", help="Official unit code; a unit with units below is checked with its subtree")

    def handle(self, *args, **options):
        period = period_by_code(options["period"])
        unit = unit_by_code(options["unit"]) if options["unit"] else None
        errors = warnings = 0
        with translation.override("vi"):
            units = units_to_check(period=period, unit=unit)
            for checked in units:
                for f in findings(unit=checked, period=period):
                    errors += f.is_error
                    warnings += not f.is_error
                    explained = " [explained]" if f.explanation else ""
                    self.stdout.write(
                        f"{checked.code}\t{checked.name}\t{f.rule_code}\t{f.severity}{explained}\t"
                        f"left={f.left}\tright={f.right}\t{f.message}"
                    )
        self.stderr.write(f"{len(units)} unit(s) checked: {errors} error(s), {warnings} warning(s).")
        if errors:
            raise SystemExit(1)
