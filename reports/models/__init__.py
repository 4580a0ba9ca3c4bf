from reports.models.duties import ReportingDuty
from reports.models.periods import Period, PeriodKind
from reports.models.reports import OutlineSection, Report, ReportSection, ReportState, ReportType, Transition

__all__ = [
    "OutlineSection",
    "Period",
    "PeriodKind",
    "Report",
    "ReportSection",
    "ReportState",
    "ReportType",
    "ReportingDuty",
    "Transition",
]
