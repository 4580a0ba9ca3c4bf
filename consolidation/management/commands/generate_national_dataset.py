"""Generate the national benchmark data set (34 provinces, ~3,300 communes, 150 indicators, 8 periods).

manage.py generate_national_dataset            # full size
manage.py generate_national_dataset --provinces 2 --communes 60 --periods 2   # a small one
"""

import time

from django.core.management.base import BaseCommand, CommandError

from consolidation.generator import generate


class Command(BaseCommand):
    help = "Create a realistic national data set (units, reports, values, tasks) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--provinces", type=int, default=34)
        parser.add_argument("--communes", type=int, default=3300)
        parser.add_argument("--indicators", type=int, default=150)
        parser.add_argument("--periods", type=int, default=8, choices=range(1, 9))
        parser.add_argument("--tasks-per-unit", type=int, default=10)
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args, **o):
        started = time.perf_counter()
        try:
            stats = generate(
                provinces=o["provinces"], communes=o["communes"], indicators=o["indicators"], periods=o["periods"],
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
