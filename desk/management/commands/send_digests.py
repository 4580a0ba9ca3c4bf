import datetime as dt

from django.core.management.base import BaseCommand

from desk.digest import send_digests


class Command(BaseCommand):
    help = "Send the daily digest of what waits on them to those who chose it (once a day; run it from cron)."

    def handle(self, *args, **options):
        sent = send_digests(today=dt.date.today())
        self.stdout.write(f"{sent} digest(s) sent")
