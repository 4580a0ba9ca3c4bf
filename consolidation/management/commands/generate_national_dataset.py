"""Generate the national benchmark data set (34 provinces, ~3,300 communes, 150 indicators, 8 periods).

manage.py generate_national_dataset            # full size
manage.py generate_national_dataset --size 0.1 # the same 34 provinces with a tenth of the communes
manage.py generate_national_dataset --provinces 2 --communes 60 --periods 2   # a small one
"""

import time

from django.core.management.base import BaseCommand, CommandError

from consolidation.generator import generate


class Command(BaseCommand):
    help = "Create a realistic national data set (units, reports, values, tasks) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--provinces", type=int, default=34)
        parser.add_argument("--communes", type=int, default=None, help="default: 3,300 times --size")
        parser.add_argument(
            "--size",
            type=float,
            default=1.0,
            help="the share of the full data set's communes (and so of its values): 0.1 writes a tenth, in minutes",
        )
        parser.add_argument("--indicators", type=int, default=150)
        parser.add_argument("--periods", type=int, default=8, choices=range(1, 9))
        parser.add_argument("--tasks-per-unit", type=int, default=10)
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args, **o):
        if not 0 < o["size"] <= 1:
            raise CommandError("--size is a share of the full data set: more than 0, at most 1.")
        communes = o["communes"] if o["communes"] is not None else max(o["provinces"], round(3300 * o["size"]))
        started = time.perf_counter()
        try:
            stats = generate(
                provinces=o["provinces"], communes=communes, indicators=o["indicators"], periods=o["periods"],
                tasks_per_unit=o["tasks_per_unit"], seed=o["seed"], log=self.stdout.write,
            )  # fmt: skip
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Done in {time.perf_counter() - started:.1f} s: {stats.units} units, {stats.indicators} indicators, "
                f"{stats.reports} reports, {stats.values} values, {stats.tasks} tasks."
            )
        )
