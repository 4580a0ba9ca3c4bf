"""Consolidated figures for offices that feed other systems.

manage.py consolidate --unit 524 --period 2024-H1 --format json
manage.py consolidate --unit 51 --period 2024 --provisional --format xlsx --output tong-hop.xlsx
manage.py consolidate --national --period 2025-Q2 --scope descendants --kinds commune,ward,township
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from consolidation.completeness import SCOPES
from consolidation.serialise import as_json, as_xlsx, build
from reports.cli import period_by_code, unit_by_code
from units.models import UnitKind


class Command(BaseCommand):
    help = "Print or write the consolidated values, completeness and per-unit breakdown of a unit for a period."

    def add_arguments(self, parser):
        where = parser.add_mutually_exclusive_group(required=True)
        where.add_argument("--unit", help="Official code of the consolidating unit")
        where.add_argument(
            "--national", action="store_true", help="The whole country: every province (and its subtree) for the period"
        )
        parser.add_argument("--period", required=True, help="Period code, e.g. 2024-H1")
        parser.add_argument("--provisional", action="store_true", help="Also count submitted, not yet accepted reports")
        parser.add_argument("--format", choices=["json", "xlsx"], default="json")
        parser.add_argument("--output", help="File to write; default: standard output (json only)")
        parser.add_argument("--scope", choices=SCOPES, default="children")
        parser.add_argument("--kinds", help="Comma-separated unit kinds to count, e.g. commune,ward,township")

    def handle(self, *args, **options):
        unit = None if options["national"] else unit_by_code(options["unit"])
        period = period_by_code(options["period"])
        kinds = [k.strip() for k in options["kinds"].split(",")] if options["kinds"] else None
        unknown = set(kinds or []) - set(UnitKind.values)
        if unknown:
            raise CommandError(f"Unknown unit kinds: {', '.join(sorted(unknown))}.")
        fmt, output = options["format"], options["output"]
        if fmt == "xlsx" and not output:
            raise CommandError("--format xlsx needs --output FILE.")
        with translation.override("vi"):
            c, table = build(
                unit=unit, period=period, provisional=options["provisional"], scope=options["scope"], kinds=kinds
            )
            if fmt == "json":
                text = as_json(c, table)
                if output:
                    with open(output, "w", encoding="utf-8") as f:
                        f.write(text + "\n")
                else:
                    self.stdout.write(text)
            else:
                with open(output, "wb") as f:
                    f.write(as_xlsx(c, table))
        if output:
            self.stderr.write(f"Wrote {output}")
