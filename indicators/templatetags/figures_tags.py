"""The way back from a figures page to the report its figures belong to (issue 16, item 5)."""

from django import template

from reports.models import Report
from units import access

register = template.Library()


@register.inclusion_tag("indicators/_back_to_report.html", takes_context=True)
def back_to_report(context, unit, period):
    """Links to the unit's reports of the period the person reads (units.access.READS). One query."""
    user = context["request"].user
    reports = (
        Report.objects.filter(unit=unit, period=period)
        .filter(access.reports_q(user))
        .select_related("report_type")
        .order_by("report_type__code")
    )
    return {"reports": list(reports)}
