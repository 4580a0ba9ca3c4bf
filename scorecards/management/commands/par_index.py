"""manage.py par_index --province 51 --year 2023 [--group district] --format json|xlsx [--output FILE]"""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from scorecards.models import Framework, UnitGroup
from scorecards.publication import results_data, results_xlsx
from scorecards.results import framework_results


class Command(BaseCommand):
    help = "Print (JSON) or write (Excel) a province's PAR INDEX results of a year: scores, ranks, changes."

    def add_arguments(self, parser):
        parser.add_argument("--province", required=True, help="official code of the province, e.g. 51")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--group", default=UnitGroup.DISTRICT, choices=[g.value for g in UnitGroup])
        parser.add_argument("--format", default="json", choices=["json", "xlsx"])
        parser.add_argument(
            "--output", help="file to write (default: standard output for JSON, par-index-CODE-YEAR.xlsx)"
        )

    def handle(self, *args, **options):
        framework = (
            Framework.objects.select_related("province")
            .filter(province__code=options["province"], year=options["year"], group=options["group"])
            .first()
        )
        if framework is None:
            raise CommandError(
                f"No {options['group']} framework of province {options['province']} for {options['year']}."
            )
        with translation.override("vi"):
            results = framework_results(framework)
            if options["format"] == "json":
                text = json.dumps(results_data(results), ensure_ascii=False, indent=2)
                if options["output"]:
                    with open(options["output"], "w", encoding="utf-8") as handle:
                        handle.write(text + "\n")
                else:
                    self.stdout.write(text)
                return
            path = options["output"] or f"par-index-{options['province']}-{options['year']}.xlsx"
            with open(path, "wb") as handle:
                handle.write(results_xlsx(results))
            self.stdout.write(f"Written: {path} ({len(results.units)} units)")
