"""Plans and the document register in the admin, scoped by ``units.admin_scope``.

Reform fields are national data: superusers change them, unit administrators may read them. Plans,
their tasks and documents belong to a unit: a unit administrator reads those of the units they
administer (the seeded permissions give no change: tasks and documents are kept in the portal, where a
change that would alter a frozen report is refused).
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from plans.models import Document, Plan, ReformField, Task
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin, ScopedInlineMixin


@admin.register(ReformField)
class ReformFieldAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["order", "code", "name", "is_active"]
    list_editable = ["is_active"]
    ordering = ["order"]


class TaskInline(ScopedInlineMixin, admin.TabularInline):
    model = Task
    extra = 0
    fields = ["order", "field", "title", "owner", "deadline", "completed_on"]


@admin.register(Plan)
class PlanAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["unit", "year", "kind", "decision"]
    list_filter = ["year", "kind"]
    search_fields = ["unit__name", "unit__code"]
    raw_id_fields = ["decision"]
    inlines = [TaskInline]


@admin.register(Document)
class DocumentAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = ["__str__", "unit", "doc_type", "issued_on", "is_reform_directive"]
    list_filter = ["doc_type", "year", "is_reform_directive"]
    search_fields = ["subject", "symbol", "unit__name"]
