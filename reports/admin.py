"""The report kernel in the admin, scoped by ``units.admin_scope``.

Periods and report templates are national data: superusers change them, unit administrators may read
them. Reports belong to a unit: a unit administrator reads those of the units they administer (the
seeded permissions give no change: reports are written and moved through the workflow in the portal).
Reporting duties (who must file which report) are a province's setting: its administrator edits those
of the units they administer. So is the province's reporting calendar (``reports.calendars``): its due-date
rule and its own days off, and the due dates of the periods it opened, which its administrator may move.
"""

import datetime as dt

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from reports.calendars import open_periods, refresh_due_dates
from reports.models import (
    CalendarDay,
    OutlineSection,
    Period,
    PeriodDeadline,
    Report,
    ReportingCalendar,
    ReportingDuty,
    ReportSection,
    ReportType,
    Transition,
)
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

    list_display = ["unit", "unit_kind", "period_kind", "report_type", "addressee"]
    list_filter = ["period_kind", "unit_kind"]
    list_select_related = ["unit", "report_type"]
    search_fields = ["unit__name", "unit__code"]
    autocomplete_fields = ["unit"]
    empty_value_display = _("files no report")


class CalendarDayInline(ScopedInlineMixin, admin.TabularInline):
    model = CalendarDay
    extra = 1
    fields = ["day", "day_off", "name"]


@admin.register(ReportingCalendar)
class ReportingCalendarAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """A province's due-date rule and its own days off or working days; saving it moves the due dates
    still to come that were not set by hand. Its action opens this year's and next year's periods."""

    unit_field = "province"
    list_display = ["province", "due_working_days"]
    list_select_related = ["province"]
    autocomplete_fields = ["province"]
    inlines = [CalendarDayInline]
    actions = ["open_years"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_due_dates(province=form.instance.province)

    def delete_model(self, request, obj):
        province = obj.province
        super().delete_model(request, obj)
        refresh_due_dates(province=province)

    @admin.action(description=_("Open the periods of this year and the next"))
    def open_years(self, request, queryset):
        year = dt.date.today().year
        for calendar in queryset.select_related("province"):
            for opened_year in (year, year + 1):
                try:
                    opened = open_periods(province=calendar.province, year=opened_year)
                except ValidationError as exc:
                    self.message_user(request, " ".join(exc.messages), messages.ERROR)
                    continue
                self.message_user(
                    request,
                    ngettext(
                        "%(province)s, %(year)s: %(count)d period open.",
                        "%(province)s, %(year)s: %(count)d periods open.",
                        len(opened.periods),
                    )
                    % {"province": calendar.province.name, "year": opened_year, "count": len(opened.periods)},
                )


@admin.register(PeriodDeadline)
class PeriodDeadlineAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """The periods a province opened (manage.py open_periods, or its first user of the year) and their due
    dates there. A due date changed here is set by hand: the calendar no longer moves it."""

    unit_field = "province"
    list_display = ["period", "province", "window", "due_date", "set_by_hand"]
    list_filter = ["period__year", "period__kind", "set_by_hand"]
    list_select_related = ["province", "period"]
    search_fields = ["period__code", "period__name", "province__name", "province__code"]
    fields = ["province", "period", "window", "due_date", "set_by_hand"]
    readonly_fields = ["province", "period", "window"]

    @admin.display(description=_("data window"))
    def window(self, obj):
        return f"{obj.period.cutoff_start:%d/%m/%Y} – {obj.period.cutoff_end:%d/%m/%Y}"

    def has_add_permission(self, request):
        return False  # opened from the province's calendar, never typed

    def save_model(self, request, obj, form, change):
        if "due_date" in form.changed_data:
            obj.set_by_hand = True
        super().save_model(request, obj, form, change)
