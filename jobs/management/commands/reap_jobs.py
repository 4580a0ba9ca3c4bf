"""manage.py reap_jobs: retry or fail the background jobs whose worker stopped (no heartbeat)."""

from django.core.management.base import BaseCommand

from jobs.runner import reap


class Command(BaseCommand):
    help = "Queue again (or mark failed) the background jobs whose worker stopped writing its heartbeat."

    def handle(self, *args, **options):
        reaped = reap()
        for job in reaped:
            self.stdout.write(f"job {job.pk} ({job.title}): {job.status}, attempt {job.attempt}/{job.max_attempts}")
        self.stdout.write(f"{len(reaped)} job(s) given up as dead.")
