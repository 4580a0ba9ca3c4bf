"""A report's data window against its issue date: a warning for the clerk, never a refusal.

A report counts the figures of its data window (thời gian chốt số liệu); issued before the window ends
(the window 15/12/2024–14/3/2025 of a report dated 07/3/2025), it speaks of days that had not yet come.
The clerk may have a reason (a report requested early), so the portal says so where the window or the
date is set (the editor's save, the issuing step) and on the report's page, and saves either way.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from reform_portal.numbers import format_date
from reports.models import Report


def window_warnings(report: Report) -> list[str]:
    """What is wrong with the report's data window given its issue date (empty when nothing is)."""
    if report.issued_on is None or report.cutoff_end is None or report.cutoff_end <= report.issued_on:
        return []
    return [
        _(
            "The data window ends on %(end)s, after the issue date %(issued)s: the report would count days "
            "after it is issued. Check the data window or the issue date."
        )
        % {"end": format_date(report.cutoff_end), "issued": format_date(report.issued_on)}
    ]
