from reports.models.calendar import CalendarDay, PeriodDeadline, ReportingCalendar
from reports.models.comments import ReviewComment
from reports.models.duties import ReportingDuty
from reports.models.periods import Period, PeriodKind
from reports.models.reports import OutlineSection, Report, ReportSection, ReportState, ReportType, Transition

__all__ = [
    "CalendarDay",
    "OutlineSection",
    "Period",
    "PeriodDeadline",
    "PeriodKind",
    "Report",
    "ReportSection",
    "ReportState",
    "ReportType",
    "ReportingCalendar",
    "ReportingDuty",
    "ReviewComment",
    "Transition",
]
