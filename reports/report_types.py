"""Which report templates a unit may use, and a province's own copy of one.

The national templates (``ReportType.province`` blank) are the standard set every province starts from.
A province that wants another outline or another appendix set copies a template (``copy_for_province``)
and changes its copy; the copy is offered only to the province's units and is the one they owe once a
reporting duty names it (reports.duties). No other province, and no national template, changes.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q, QuerySet
from django.dispatch import Signal

from reform_portal.codes import free_code
from reports.models import OutlineSection, Period, ReportType
from units.models import Unit

# Sent (sender=ReportType, copy=, province=) once a province's copy and its outline exist: the layers above
# point what the copy names at the province's own versions (indicators.province_forms: its forms).
template_copied = Signal()


def usable_by(unit: Unit) -> QuerySet[ReportType]:
    """The active templates ``unit`` may use: the national ones and its own province's."""
    return ReportType.objects.filter(is_active=True).filter(Q(province__isnull=True) | Q(province_id=unit.root_id))


def offered(*, unit: Unit, period: Period) -> list[ReportType]:
    """The templates ``unit`` may open a report with for ``period``, by name (one query)."""
    return [t for t in usable_by(unit).order_by("name", "code") if t.fits(period)]


@transaction.atomic
def copy_for_province(source: ReportType, *, province: Unit) -> ReportType:
    """``province``'s own copy of ``source``, its outline and appendix set included, for its administrator to
    change; ``source`` is left as it is."""
    if province.parent_id is not None:
        raise ValueError("A template is copied for a province.")
    outline = list(source.outline.order_by("order"))
    copy = ReportType.objects.create(
        code=free_code(ReportType, f"{source.code}-{province.code}".lower()),
        name=f"{source.name} ({province.name})",
        province=province,
        subject_pattern=source.subject_pattern,
        intro_pattern=source.intro_pattern,
        closing_pattern=source.closing_pattern,
        period_kinds=list(source.period_kinds),
        appendices=list(source.appendices),
        always_attached=list(source.always_attached),
        is_active=source.is_active,
    )
    OutlineSection.objects.bulk_create(
        OutlineSection(
            report_type=copy,
            order=section.order,
            number=section.number,
            level=section.level,
            title=section.title,
            guidance=section.guidance,
            embed=section.embed,
        )
        for section in outline
    )
    template_copied.send(sender=ReportType, copy=copy, province=province)
    return copy
