"""The report kernel in the admin, scoped by ``units.admin_scope``.

Periods and report templates are national data: superusers change them, unit administrators may read
them. Reports belong to a unit: a unit administrator reads those of the units they administer (the
seeded permissions give no change: reports are written and moved through the workflow in the portal).
Reporting duties (who must file which report) are a province's setting: its administrator edits those
of the units they administer.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from reports.models import OutlineSection, Period, Report, ReportingDuty, ReportSection, ReportType, Transition
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin, ScopedInlineMixin


@admin.register(Period)
class PeriodAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "kind", "cutoff_start", "cutoff_end", "due_date"]
    list_filter = ["kind", "year"]
    search_fields = ["code", "name"]


class OutlineInline(NationalAdminMixin, admin.TabularInline):
    model = OutlineSection
    extra = 1
    fields = ["order", "number", "level", "title", "guidance", "embed"]


@admin.register(ReportType)
class ReportTypeAdmin(NationalAdminMixin, admin.ModelAdmin):
    """Administrators edit or add outlines here, without code."""

    list_display = ["code", "name", "period_kinds", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name"]
    inlines = [OutlineInline]


class SectionInline(ScopedInlineMixin, admin.StackedInline):
    model = ReportSection
    extra = 0
    fields = ["order", "number", "level", "title", "body"]


class TransitionInline(ScopedInlineMixin, admin.TabularInline):
    model = Transition
    extra = 0
    can_delete = False
    fields = ["at", "actor", "action", "from_state", "to_state", "comment"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """For support staff; clerks and reviewers work in the portal, where the workflow rules apply."""

    list_display = ["unit", "period", "report_type", "state", "version", "submitted_at"]
    list_filter = ["state", "period__year", "report_type"]
    search_fields = ["unit__name", "unit__code", "subject"]
    readonly_fields = ["state", "version", "submitted_at", "accepted_at"]
    inlines = [SectionInline, TransitionInline]


@admin.register(ReportingDuty)
class ReportingDutyAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """Which units must file which report for which periods (reports.duties): a province's setting, a
    reviewing unit's override, a single unit's exemption. Without a row the national default holds."""

    list_display = ["unit", "unit_kind", "period_kind", "report_type"]
    list_filter = ["period_kind", "unit_kind"]
    list_select_related = ["unit", "report_type"]
    search_fields = ["unit__name", "unit__code"]
    autocomplete_fields = ["unit"]
    empty_value_display = _("files no report")
