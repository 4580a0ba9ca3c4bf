"""manage.py par_index --province 51 --year 2023 [--group district] --format json|xlsx [--output FILE]"""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from scorecards.models import Framework, UnitGroup
from scorecards.publication import publication_filename, publication_xlsx, results_data
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
        if options["format"] == "json":
            with translation.override("vi"):
                text = json.dumps(results_data(framework_results(framework)), ensure_ascii=False, indent=2)
            if options["output"]:
                with open(options["output"], "w", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            else:
                self.stdout.write(text)
            return
        content, units = publication_xlsx(framework)
        path = options["output"] or publication_filename(framework)
        with open(path, "wb") as handle:
            handle.write(content)
        self.stdout.write(f"Written: {path} ({units} units)")
