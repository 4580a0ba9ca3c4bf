"""The catalogue in the admin: superusers add or retire indicators, forms, rules and fields without code.

The catalogue is national data (``units.admin_scope.NationalAdminMixin``): unit administrators may read
it, only superusers change it. Values and explanations belong to a unit: a unit administrator reads
those of the units they administer; figures are typed and explained on the entry pages.
"""

from django.contrib import admin
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
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin


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


class FormRowInline(NationalAdminMixin, admin.TabularInline):
    model = FormRow
    extra = 1
    autocomplete_fields = ["indicator"]
    fields = ["order", "stt", "label", "indicator", "is_group_header", "consolidating_office"]


@admin.register(FormDefinition)
class FormDefinitionAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "title", "breakdown", "order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "title"]
    inlines = [FormRowInline]
    actions = [retire, reactivate]


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
