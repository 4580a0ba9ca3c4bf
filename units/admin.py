"""Units, people and memberships in the admin, scoped by ``units.admin_scope`` (read its docstring first).

What a unit administrator (not a superuser) may do here:

- Units: add units below a unit they administer and change the units of their subtree; a unit's parent
  and "merged into" are chosen among those units, and the top of their own subtree cannot be moved (its
  parent is read-only) or deleted.
- Memberships: only on units of their subtree, with any role, ADMIN included: an administrator may
  appoint administrators inside their own subtree (a successor, a district's administrator), which grants
  nothing beyond what they already administer. A membership outside the subtree is neither listed nor
  shown in a person's form, and cannot be created, changed, reverted or deleted.
- People: those with a membership in their subtree (superusers never). A person's account (names,
  e-mail, active flag, password) is theirs to change only when the person is wholly theirs: every
  membership inside the subtree and no model permission the administrator lacks, so taking over an
  account never gains anything. Anyone else's account is read-only; only their memberships inside the
  subtree can be managed. Superuser status, staff status, groups and model permissions are shown to and
  changed by superusers only. A person created by an administrator starts with at least one membership
  in the subtree (or they could not find them again).
"""

from axes import admin as axes_admin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from units import access, divisions
from units.admin_scope import (
    ScopedAdminMixin,
    ScopedChoicesMixin,
    ScopedInlineMixin,
    SuperuserOnlyAdminMixin,
    administered_unit_ids,
    administers,
)
from units.loading import load_province
from units.models import Membership, OfficeName, Unit, UnitKind, User


def _stored_parent_id(unit):
    return Unit.objects.filter(pk=unit.pk).values_list("parent_id", flat=True).first() if unit.pk else None


def _model_permissions(person) -> set[str]:
    """A person's model permissions, their own and their groups', whether or not they are active now."""
    found = Permission.objects.filter(Q(user=person) | Q(group__user=person)).values_list(
        "content_type__app_label", "codename"
    )
    return {f"{app}.{codename}" for app, codename in found}


# Only superusers manage groups (a group's permissions are every member's permissions).
admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(SuperuserOnlyAdminMixin, BaseGroupAdmin):
    pass


# The log-in lock-out records (django-axes) name people of every province: superusers only. Importing
# axes.admin here registers its models now (it is otherwise imported later, in INSTALLED_APPS order).
for _model, _model_admin in ((AccessAttempt, axes_admin.AccessAttemptAdmin), (AccessLog, axes_admin.AccessLogAdmin),
                             (AccessFailureLog, axes_admin.AccessFailureLogAdmin)):  # fmt: skip
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
        admin.site.register(_model, type(_model_admin.__name__, (SuperuserOnlyAdminMixin, _model_admin), {}))


class MembershipInline(ScopedInlineMixin, admin.TabularInline):
    model = Membership
    unit_field = "unit"
    extra = 1
    autocomplete_fields = ["unit"]

    def get_min_num(self, request, obj=None, **kwargs):
        # A new person gets a membership in the subtree, or their administrator could not find them again.
        return 1 if obj is None and not request.user.is_superuser else super().get_min_num(request, obj, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, validate_min=True, **kwargs)


@admin.register(Unit)
class UnitAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    unit_field = ""
    list_display = ["indented_name", "code", "kind", "place_name", "document_code_suffix", "dissolved_on"]
    list_filter = ["kind", "dissolved_on"]
    search_fields = ["name", "code", "short_name"]
    autocomplete_fields = ["parent", "merged_into"]
    readonly_fields = ["path", "depth"]
    actions = ["load_official_units"]
    fieldsets = [
        (None, {"fields": ["code", "name", "short_name", "kind", "parent"]}),
        (
            _("Document identity"),
            {
                "fields": [
                    "parent_authority",
                    "issuing_authority",
                    "place_name",
                    "document_code_suffix",
                    "signatory_authority",
                    "signatory_title",
                    "signatory_name",
                ]
            },
        ),
        (_("History"), {"fields": ["established_on", "dissolved_on", "merged_into", "path", "depth"]}),
    ]

    @admin.display(description=_("name"), ordering="path")
    def indented_name(self, obj):
        return "— " * obj.depth + obj.name

    def is_scope_top(self, request, unit) -> bool:
        """A unit the user administers whose parent they do not: the top of their subtree (as stored)."""
        if request.user.is_superuser or unit is None or unit.pk not in administered_unit_ids(request):
            return False
        return not administers(request, _stored_parent_id(unit))

    def names_administered_unit(self, request, obj) -> bool:
        # A unit is in scope when placed under an administered unit, or when it is a top left in place.
        if administers(request, obj.parent_id):
            return True
        return self.is_scope_top(request, obj) and obj.parent_id == _stored_parent_id(obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self.is_scope_top(request, obj):
            fields.append("parent")
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent" and not request.user.is_superuser:
            kwargs["required"] = True  # no new top-level units outside a superuser's hands
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self.is_scope_top(request, obj)

    @admin.action(
        description=_("Load the official units of the selected provinces (vietnam-provinces)"),
        permissions=["add", "change"],
    )
    def load_official_units(self, request, queryset):
        """``manage.py load_units`` for the selected provinces, within what the user administers."""
        provinces = [unit for unit in queryset.order_by("code") if unit.kind == UnitKind.PROVINCE]
        if not provinces:
            self.message_user(request, _("Select a province or a centrally governed city."), messages.WARNING)
            return
        in_scope = None if request.user.is_superuser else (lambda unit: administers(request, unit.pk))
        for province in provinces:
            try:
                result = load_province(province.code, may_change=in_scope, reason=f"admin: {request.user.username}")
            except divisions.UnknownProvince:
                self.message_user(
                    request,
                    _("%(code)s %(name)s is not a province of the official list (vietnam-provinces %(version)s).")
                    % {"code": province.code, "name": province.name, "version": divisions.PACKAGE_VERSION},
                    messages.ERROR,
                )
            except PermissionDenied as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
            else:
                self.message_user(request, result.summary(), messages.SUCCESS)


@admin.register(User)
class UserAdmin(ScopedChoicesMixin, BaseUserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "full_name", "position", "email", "is_active", "is_staff"]
    search_fields = ["username", "full_name", "email"]
    fieldsets = (*BaseUserAdmin.fieldsets, (_("Position"), {"fields": ["full_name", "position"]}))
    privilege_fields = ("is_staff", "is_superuser", "groups", "user_permissions")

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        members = Membership.objects.filter(access.units_q(request.user, access.Action.ADMINISTER, prefix="unit__"))
        return qs.filter(pk__in=members.values("user_id")).exclude(is_superuser=True)

    def manages_account(self, request, person) -> bool:
        """Whether the user may change ``person``'s account: all of it is within what they administer."""
        if request.user.is_superuser or person is None:
            return True
        cache = request.__dict__.setdefault("_manages_account", {})
        if person.pk not in cache:
            stored = User.objects.filter(pk=person.pk).first()
            units = Membership.objects.filter(user_id=person.pk).values_list("unit_id", flat=True)
            cache[person.pk] = (
                stored is not None
                and not stored.is_superuser
                and all(administers(request, unit_id) for unit_id in units)
                and _model_permissions(stored) <= request.user.get_all_permissions()
            )
        return cache[person.pk]

    def in_scope(self, request, person) -> bool:
        if person is None or request.user.is_superuser:
            return True
        return self.get_queryset(request).filter(pk=person.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return (
            super().has_delete_permission(request, obj)
            and self.in_scope(request, obj)
            and self.manages_account(request, obj)
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        hidden = set(self.privilege_fields)
        if not self.manages_account(request, obj):
            hidden.add("password")
        kept = []
        for name, options in fieldsets:
            fields = [f for f in options["fields"] if f not in hidden]
            if fields:
                kept.append((name, {**options, "fields": fields}))
        return kept

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if request.user.is_superuser or obj is None:
            return fields
        if not self.manages_account(request, obj):
            return [*fields, *(f for f in flatten_fieldsets(self.get_fieldsets(request, obj)) if f not in fields)]
        return [*fields, "last_login", "date_joined"]

    def get_list_filter(self, request):
        return super().get_list_filter(request) if request.user.is_superuser else ["is_active"]

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            stored = User.objects.filter(pk=obj.pk).first() if change else None
            if stored is not None and not self.manages_account(request, stored):
                return  # a read-only account: only its memberships in the subtree are saved (save_formset)
            obj.is_superuser = stored.is_superuser if stored else False
            obj.is_staff = stored.is_staff if stored else False
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if not request.user.is_superuser:
            rows = [f.instance for f in formset.forms if f.has_changed() and f not in formset.deleted_forms]
            if any(not administers(request, row.unit_id) for row in rows if isinstance(row, Membership)):
                raise PermissionDenied
        super().save_formset(request, form, formset, change)

    def user_change_password(self, request, id, form_url=""):
        person = self.get_object(request, unquote(id))
        if person is not None and not self.manages_account(request, person):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


@admin.register(Membership)
class MembershipAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["user", "unit", "role"]
    list_filter = ["role", "unit__kind"]
    search_fields = ["user__username", "user__full_name", "unit__name", "unit__code"]
    autocomplete_fields = ["user", "unit"]


@admin.register(OfficeName)
class OfficeNameAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """What a province's documents call the office of each role (the Ghi chú of the statistical appendix):
    a province's setting, like its reporting duties and calendar. A province's administrator sees and
    changes only its own province's names; a role and level it names none of print the national wording
    (``units.wording.DEFAULT_NAMES``)."""

    unit_field = "province"
    list_display = ["province", "level", "role", "name"]
    list_filter = ["level", "role"]
    list_select_related = ["province"]
    search_fields = ["province__name", "province__code", "name"]
    autocomplete_fields = ["province"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "province":
            field.queryset = field.queryset.filter(parent__isnull=True)
        return field
