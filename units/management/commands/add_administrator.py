"""``manage.py add_administrator --username NAME --unit CODE``: a province's (or any unit's) administrator.

Creates the person if new (without a usable password: set one with ``manage.py changepassword NAME``),
gives staff status and exactly the model permissions of a unit administrator (the group "Quản trị đơn
vị", ``units.admin_scope.ADMINISTRATOR_PERMISSIONS``), and the ADMIN membership of the unit: in the admin
they then reach that unit's subtree only. Idempotent.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from units.demo import grant_administrator_permissions
from units.models import Membership, Role, Unit, User


class Command(BaseCommand):
    help = "Make a person the administrator of a unit (usually a province): staff, the group, the membership."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True)
        parser.add_argument("--unit", required=True, help="official code of the unit, e.g. 56")
        parser.add_argument("--full-name", default="")

    @transaction.atomic
    def handle(self, *args, username, unit, full_name, **options):
        target = Unit.objects.filter(code=unit).first()
        if target is None:
            raise CommandError(f"No unit with code {unit}: load the province first (manage.py load_units).")
        user, created = User.objects.get_or_create(username=username, defaults={"full_name": full_name})
        if created:
            user.set_unusable_password()
        user.is_staff = True
        user.save()
        grant_administrator_permissions(user)
        Membership.objects.get_or_create(user=user, unit=target, role=Role.ADMIN)
        self.stdout.write(f"{username} administers {target.code} {target.name}.")
        if created:
            self.stdout.write(f"Set a password: manage.py changepassword {username}")
