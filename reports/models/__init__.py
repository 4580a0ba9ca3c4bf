from reports.models.periods import Period, PeriodKind

__all__ = ["Period", "PeriodKind"]
