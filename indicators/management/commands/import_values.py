"""Read a filled offline template back: print the changes, the checks, then save all or nothing.

manage.py import_values so-lieu.xlsx --unit 21073 --period 2023 [--user clerk.binhphuoc] [--dry-run]

The save goes through values_save (versions, history, locking) as the given user, who needs
the right to edit the unit; without --user, the first active superuser saves.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from indicators.offline import offline_save, read_upload
from reports.cli import unit_and_period
from units import access
from units.models import User


class Command(BaseCommand):
    help = "Import a filled offline figures template (.xlsx) for a unit and period; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The filled .xlsx template")
        parser.add_argument("--unit", required=True, help="Official code of the unit")
        parser.add_argument("--period", required=True, help="Period code, e.g. 2023")
        parser.add_argument("--user", help="Username recorded as the author of the change")
        parser.add_argument("--dry-run", action="store_true", help="Show the changes and checks; save nothing")

    def _user(self, username, unit):
        if username:
            user = User.objects.filter(username=username, is_active=True).first()
        else:
            user = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if user is None:
            raise CommandError("No such active user; pass --user USERNAME.")
        if not access.allowed(user, access.Action.EDIT, unit):
            raise CommandError(f"{user.username} may not edit the figures of unit {unit.code}.")
        return user

    def handle(self, *args, **options):
        unit, period = unit_and_period(options)
        user = self._user(options["user"], unit)
        with translation.override("vi"):
            try:
                with open(options["file"], "rb") as f:  # read through the upload guard, as a web upload
                    upload = read_upload(f, unit=unit, period=period)
            except OSError as exc:
                raise CommandError(str(exc)) from exc
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages) + " Nothing was saved.") from exc
            for row, reason in upload.problems:
                self.stderr.write(f"row {row}: {reason}")
            if upload.problems:
                raise CommandError(f"{len(upload.problems)} row(s) cannot be read. Nothing was saved.")
            for c in upload.changes:
                self.stdout.write(f"{c.code}\t{c.old or '—'} → {c.new or '—'}\t{c.new_note}")
            for f in upload.findings:
                self.stdout.write(f"{f.severity}\t{f.rule_code}\t{f.message}")
            if options["dry_run"] or not upload.changes:
                self.stderr.write(f"{len(upload.changes)} change(s); nothing saved.")
                return
            problems = offline_save(unit=unit, period=period, user=user, payload=upload.payload())
        if problems:
            for line in problems:
                self.stderr.write(line)
            raise CommandError("Nothing was saved.")
        self.stderr.write(f"Saved {len(upload.changes)} change(s).")
