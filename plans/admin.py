from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from plans.models import Document, Plan, ReformField, Task
from units.admin import ScopedAdminMixin


@admin.register(ReformField)
class ReformFieldAdmin(admin.ModelAdmin):
    list_display = ["order", "code", "name", "is_active"]
    list_editable = ["is_active"]
    ordering = ["order"]


class TaskInline(admin.TabularInline):
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
