from django.contrib import admin

from reports.models import Period


@admin.register(Period)
class PeriodAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "cutoff_start", "cutoff_end", "due_date"]
    list_filter = ["kind", "year"]
    search_fields = ["code", "name"]
