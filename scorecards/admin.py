"""Frameworks in the admin: a province's administrator edits its own (scoped by units.admin_scope); the items
are an inline; "copy to next year" makes next year's framework from the selected ones. A framework whose
results were published is read only (its items, maxima and methods are what the decision published)."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from scorecards.frameworks import copy_framework, framework_problems
from scorecards.models import Framework, Item, State
from units.admin_scope import ScopedAdminMixin, ScopedInlineMixin


def published(framework) -> bool:
    """Whether a decision published results of this framework (then nothing in it may change)."""
    return bool(framework and framework.pk and framework.assessments.filter(state=State.PUBLISHED).exists())


class ItemInline(ScopedInlineMixin, admin.TabularInline):
    model = Item
    extra = 0
    fields = ["number", "order", "title", "max_points", "method", "steps", "numerator_code", "denominator_code",
              "thresholds", "guidance"]  # fmt: skip
    fk_name = "framework"

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not published(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not published(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not published(obj)


@admin.register(Framework)
class FrameworkAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    unit_field = "province"
    list_display = ["title", "province", "year", "group", "survey_max_points"]
    list_filter = ["year", "group"]
    list_select_related = ["province"]
    autocomplete_fields = ["province"]
    inlines = [ItemInline]
    actions = ["copy_to_next_year"]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not published(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not published(obj)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        by_number = {i.number: i for i in Item.objects.filter(framework=form.instance)}
        for item in instances:
            by_number[item.number] = item
        for item in sorted(instances, key=lambda i: i.number):
            head = item.number.rpartition(".")[0]
            item.parent = by_number.get(head) if head else None
            if item.parent is not None and item.parent.pk is None:
                item.parent.save()
            item.save()
        for obj in formset.deleted_objects:
            obj.delete()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for problem in framework_problems(form.instance):
            self.message_user(request, problem, messages.WARNING)

    @admin.action(description=_("Copy to next year"))
    def copy_to_next_year(self, request, queryset):
        for framework in queryset.select_related("province"):
            if not self.in_scope(request, framework):
                continue
            try:
                copy = copy_framework(source=framework, year=framework.year + 1)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                continue
            self.message_user(request, _("Created: %(title)s") % {"title": copy.title})
