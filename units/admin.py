from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from units import access
from units.models import Membership, Unit, User


class ScopedAdminMixin:
    """Staff who are not superusers manage only the units they administer."""

    unit_field = "unit"

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        prefix = f"{self.unit_field}__" if self.unit_field else ""
        return qs.filter(access.units_q(request.user, access.Action.ADMINISTER, prefix=prefix))


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["unit"]


@admin.register(Unit)
class UnitAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    unit_field = ""
    list_display = ["indented_name", "code", "kind", "place_name", "document_code_suffix", "dissolved_on"]
    list_filter = ["kind", "dissolved_on"]
    search_fields = ["name", "code", "short_name"]
    autocomplete_fields = ["parent", "merged_into"]
    readonly_fields = ["path", "depth"]
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


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "full_name", "position", "email", "is_active", "is_staff"]
    search_fields = ["username", "full_name", "email"]
    fieldsets = (*BaseUserAdmin.fieldsets, (_("Position"), {"fields": ["full_name", "position"]}))

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        units = access.units_where(request.user, access.Action.ADMINISTER)
        return qs.filter(memberships__unit__in=units).distinct()


@admin.register(Membership)
class MembershipAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["user", "unit", "role"]
    list_filter = ["role", "unit__kind"]
    search_fields = ["user__username", "user__full_name", "unit__name", "unit__code"]
    autocomplete_fields = ["user", "unit"]
