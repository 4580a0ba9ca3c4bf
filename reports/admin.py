"""The report kernel in the admin, scoped by ``units.admin_scope``.

Periods are national data: superusers change them, unit administrators may read them. Report templates
are national (superusers') or a province's own (its administrator's, copied from a national one). Reports belong to a unit: a unit administrator reads those of the units they administer (the
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
from reports.report_types import copy_for_province
from units import access
from units.admin_scope import NationalAdminMixin, ScopedAdminMixin, ScopedInlineMixin


@admin.register(Period)
class PeriodAdmin(NationalAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "kind", "cutoff_start", "cutoff_end", "due_date"]
    list_filter = ["kind", "year"]
    search_fields = ["code", "name"]


def _may_change_template(request, report_type) -> bool:
    """National templates are superusers'; a province's own are its administrator's (the queryset scopes)."""
    return request.user.is_superuser or report_type is None or report_type.province_id is not None


class OutlineInline(ScopedInlineMixin, admin.TabularInline):
    """The outline of a template: changed with the template it belongs to, by whoever may change that."""

    model = OutlineSection
    extra = 1
    fields = ["order", "number", "level", "title", "guidance", "embed"]

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and _may_change_template(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _may_change_template(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _may_change_template(request, obj)


@admin.register(ReportType)
class ReportTypeAdmin(ScopedAdminMixin, SimpleHistoryAdmin):
    """Templates and their outlines, without code. The national ones (no province) are the standard set:
    superusers change them, everyone reads them. A province's administrator copies one for the province
    ("Copy for my province") and changes the copy: its outline, its appendix set, its wording; the
    province's reporting duties then name it. Another province's templates stay out of sight."""

    unit_field = "province"
    list_display = ["code", "name", "province", "period_kinds", "is_active"]
    list_filter = ["is_active"]
    list_select_related = ["province"]
    search_fields = ["code", "name"]
    inlines = [OutlineInline]
    actions = ["copy_for_my_province"]

    def get_queryset(self, request):
        own = super().get_queryset(request)
        if request.user.is_superuser:
            return own
        return own | ReportType.objects.filter(province__isnull=True)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _may_change_template(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _may_change_template(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "province":
            field.queryset = field.queryset.filter(parent__isnull=True)
            field.required = not request.user.is_superuser  # a province administrator's template is theirs
        return field

    @admin.action(description=_("Copy for my province"))
    def copy_for_my_province(self, request, queryset):
        provinces = list(access.units_where(request.user, access.Action.ADMINISTER).filter(parent__isnull=True))
        if not provinces:
            self.message_user(request, _("Only a province's administrator copies a template for the province."),
                              messages.WARNING)  # fmt: skip
            return
        for source in queryset:
            for province in provinces:
                copy = copy_for_province(source, province=province)
                self.message_user(request, _("Created: %(name)s (%(code)s)") % {"name": copy.name, "code": copy.code})


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
    fields = ["unit", "unit_kind", "period_kind", "report_type", "addressee", "recipients"]
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
