"""The catalogue in the admin: superusers add or retire indicators, forms, rules and fields without code.

The catalogue is national data (``units.admin_scope.NationalAdminMixin``): unit administrators may read
it, only superusers change it. Forms are the exception: a province's administrator copies a national form
for the province ("Copy for my province", ``indicators.province_forms``) and changes its copy and the copy's
rows; the national forms stay read-only to it and another province's copies out of sight. Values and explanations belong to a unit: a unit administrator reads
those of the units they administer; figures are typed and explained on the entry pages.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from indicators.models import (
    Explanation,
    FormDefinition,
    FormRow,
    Indicator,
    IndicatorGroup,
    ProcedureField,
    Rule,
    Value,
)
from indicators.province_forms import copy_for_province
from units import access
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin, ScopedInlineMixin


@admin.action(description=_("Retire the selected items (keep their history)"), permissions=["change"])
def retire(modeladmin, request, queryset):
    queryset.update(is_active=False)


@admin.action(description=_("Bring the selected items back into use"), permissions=["change"])
def reactivate(modeladmin, request, queryset):
    queryset.update(is_active=True)


@admin.register(IndicatorGroup)
class IndicatorGroupAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "consolidating_office", "order"]
    search_fields = ["code", "name"]


@admin.register(Indicator)
class IndicatorAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "unit_of_measure", "value_type", "aggregation", "value_source", "is_active"]
    list_filter = ["is_active", "value_source", "value_type", "aggregation", "group"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["numerator", "denominator"]
    actions = [retire, reactivate]
    fieldsets = [
        (None, {"fields": ["code", "name", "unit_of_measure", "group", "consolidating_office", "is_active", "order"]}),
        (_("Values"), {"fields": ["value_type", "codes", "breakdown", "value_source"]}),
        (_("Computation and aggregation"), {"fields": ["aggregation", "formula", "numerator", "denominator"]}),
        (None, {"fields": ["description"]}),
    ]


@admin.register(ProcedureField)
class ProcedureFieldAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name"]
    actions = [retire, reactivate]


def _may_change_form(request, form) -> bool:
    """National forms are superusers'; a province's own are its administrator's (the queryset scopes)."""
    return request.user.is_superuser or form is None or form.province_id is not None


def _changeable(request, queryset):
    """Of the selected forms, those the user may change: a province's administrator never a national one."""
    return queryset if request.user.is_superuser else queryset.filter(province__isnull=False)


class FormRowInline(ScopedInlineMixin, admin.TabularInline):
    """The rows of a form: changed with the form they belong to, by whoever may change that."""

    model = FormRow
    extra = 1
    autocomplete_fields = ["indicator"]
    fields = ["order", "stt", "label", "indicator", "is_group_header", "consolidating_office"]

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and _may_change_form(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _may_change_form(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _may_change_form(request, obj)


@admin.register(FormDefinition)
class FormDefinitionAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """The statistical forms (Phụ lục I, Biểu 06, the staff form) and their rows. The national ones (no
    province) are the standard set: superusers change them, everyone reads them. A province's administrator
    copies one for the province ("Copy for my province") and changes the copy: drops, reorders, relabels or
    adds rows; the province's own templates that attached the national form attach the copy. Another
    province's forms stay out of sight."""

    unit_field = "province"
    list_display = ["code", "title", "province", "breakdown", "order", "is_active"]
    list_filter = ["is_active"]
    list_select_related = ["province"]
    search_fields = ["code", "title"]
    fields = ["code", "title", "description", "breakdown", "shares", "order", "is_active", "province", "based_on"]
    inlines = [FormRowInline]
    actions = ["copy_for_my_province", "retire", "reactivate"]

    def get_queryset(self, request):
        own = super().get_queryset(request)
        if request.user.is_superuser:
            return own
        return own | FormDefinition.objects.filter(province__isnull=True)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _may_change_form(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _may_change_form(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "province":
            field.queryset = field.queryset.filter(parent__isnull=True)
            field.required = not request.user.is_superuser  # a province administrator's form is theirs
        elif db_field.name == "based_on":
            field.queryset = field.queryset.filter(province__isnull=True)
        return field

    @admin.action(description=_("Copy for my province"))
    def copy_for_my_province(self, request, queryset):
        provinces = list(access.units_where(request.user, access.Action.ADMINISTER).filter(parent__isnull=True))
        if not provinces:
            self.message_user(request, _("Only a province's administrator copies a form for the province."),
                              messages.WARNING)  # fmt: skip
            return
        for source in queryset.order_by("order", "code"):
            if source.province_id is not None:
                self.message_user(request, _("%(code)s is already a province's own form: copy a national one.")
                                  % {"code": source.code}, messages.WARNING)  # fmt: skip
                continue
            for province in provinces:
                copy, switched = copy_for_province(source, province=province)
                self.message_user(request, _("Created: %(name)s (%(code)s)") % {"name": copy.title, "code": copy.code})
                if switched:
                    names = ", ".join(t.code for t in switched)
                    self.message_user(request, _("Now attached by: %(templates)s") % {"templates": names})

    @admin.action(description=_("Retire the selected items (keep their history)"), permissions=["change"])
    def retire(self, request, queryset):
        _changeable(request, queryset).update(is_active=False)

    @admin.action(description=_("Bring the selected items back into use"), permissions=["change"])
    def reactivate(self, request, queryset):
        _changeable(request, queryset).update(is_active=True)


@admin.register(Rule)
class RuleAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "kind", "severity", "message", "is_active"]
    list_filter = ["is_active", "severity", "kind"]
    exclude = ["blocks_saving"]  # no longer read: no rule refuses a save (indicators.saving)
    search_fields = ["code", "expression", "message"]
    actions = [retire, reactivate]


@admin.register(Value)
class ValueAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["unit", "period", "indicator", "breakdown", "number", "text", "updated_by", "updated_at"]
    list_filter = ["period", "indicator__group"]
    search_fields = ["unit__name", "unit__code", "indicator__code"]
    list_select_related = ["unit", "period", "indicator", "updated_by"]
    readonly_fields = ["unit", "period", "indicator", "breakdown", "updated_by", "updated_at"]

    def has_add_permission(self, request):
        return False  # figures are typed on the entry pages, where they are validated


@admin.register(Explanation)
class ExplanationAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["unit", "period", "rule_code", "author", "created_at"]
    list_filter = ["period"]
    search_fields = ["unit__name", "rule_code", "text"]
    list_select_related = ["unit", "period", "author"]
    readonly_fields = ["unit", "period", "rule_code", "author", "created_at"]
