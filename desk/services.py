"""Writing reports: create one for a period, save the clerk's edits.

Services take keyword-only arguments, validate before writing and run in
one transaction (see STYLE.md). Concurrency is optimistic: every save
carries the version the user started from; a save from an older version is
refused and nothing is overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from desk.drafts import first_drafts
from reform_portal.numbers import roman
from reform_portal.text import normalise_newlines
from reports import states
from reports.duties import addressee as report_addressee
from reports.duties import recipients as report_recipients
from reports.locking import ReportFrozen, StaleVersion
from reports.models import Period, PeriodKind, Report, ReportSection, ReportType
from units.access import Action, allowed

SHIFT = 1_000_000  # moves sections out of the way when one is inserted


def next_period_label(period: Period) -> str:
    """How the "phương hướng" heading names the period that follows."""
    match period.kind:
        case PeriodKind.YEAR:
            return f"NĂM {period.year + 1}"
        case PeriodKind.HALF_YEAR:
            return f"6 THÁNG CUỐI NĂM {period.year}" if period.number == 1 else f"NĂM {period.year + 1}"
        case PeriodKind.NINE_MONTHS:
            return f"QUÝ IV NĂM {period.year}"
        case PeriodKind.QUARTER:
            if period.number == 4:
                return f"QUÝ I NĂM {period.year + 1}"
            return f"QUÝ {roman(period.number + 1)} NĂM {period.year}"
        case PeriodKind.MONTH:
            return f"THÁNG {period.number % 12 + 1} NĂM {period.year + (period.number == 12)}"
    return "THỜI GIAN TỚI"


def _fill(pattern: str, *, unit, period: Period) -> str:
    return (
        pattern.replace("{period}", period.name)
        .replace("{next}", next_period_label(period))
        .replace("{unit}", unit.cited_name)
    )


def previous_report(*, unit, report_type: ReportType, before: Period) -> Report | None:
    """The unit's latest report of the same template family for an earlier period."""
    family = report_type.code.rsplit("-", 1)[0] if "-" in report_type.code else report_type.code
    return (
        Report.objects.filter(unit=unit, report_type__code__startswith=family, period__ends_on__lt=before.starts_on)
        .order_by("-period__ends_on")
        .prefetch_related("sections")
        .first()
    )


@transaction.atomic
def report_create(*, unit, period: Period, report_type: ReportType, user, copy_previous: bool = False) -> Report:
    """Open the unit's report for a period, its sections laid out from the template's outline.

    The sections start from last period's text when ``copy_previous`` finds a previous report of the
    same family; otherwise the sections that carry a table start from the generated sentences.
    """
    if not allowed(user, Action.EDIT, unit):
        raise PermissionDenied
    if not report_type.fits(period):
        raise ValidationError(_("This template is not used for this kind of period."))
    if report_type.province_id not in (None, unit.root_id):
        raise ValidationError(_("This template is another province's own."))
    report = _insert_report(_new_report(unit=unit, period=period, report_type=report_type))
    previous = previous_report(unit=unit, report_type=report_type, before=period) if copy_previous else None
    sections = _sections_from_outline(report, previous)
    if previous is None:
        _start_from_generated_sentences(report, sections)
    ReportSection.objects.bulk_create(sections)
    return report


def _new_report(*, unit, period: Period, report_type: ReportType) -> Report:
    """The header, the data window and the signatory as the template and the unit's identity give them."""
    return Report(
        unit=unit,
        period=period,
        report_type=report_type,
        subject=_fill(report_type.subject_pattern, unit=unit, period=period),
        intro=_fill(report_type.intro_pattern, unit=unit, period=period),
        closing=_fill(report_type.closing_pattern, unit=unit, period=period),
        addressee=report_addressee(unit=unit, period=period),  # as the province configured it for the level
        cutoff_start=period.cutoff_start,
        cutoff_end=period.cutoff_end,
        recipients=report_recipients(unit=unit, period=period),  # as the province listed them for the level
        signatory_authority=unit.signatory_authority,
        signatory_title=unit.signatory_title,
        signatory_name=unit.signatory_name,
    )


def _insert_report(report: Report) -> Report:
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError as exc:
        raise ValidationError(_("This unit already has a report of this kind for this period."), code="exists") from exc
    return report


def _sections_from_outline(report: Report, previous: Report | None) -> list[ReportSection]:
    """One section per heading of the outline; a heading the previous report had keeps its text."""
    unit, period = report.unit, report.period
    old_bodies = {s.title.upper(): s.body for s in previous.sections.all()} if previous else {}
    sections = []
    for outline in report.report_type.outline.order_by("order"):
        title = _fill(outline.title, unit=unit, period=period)
        sections.append(
            ReportSection(
                report=report,
                outline=outline,
                order=outline.order,
                number=outline.number,
                level=outline.level,
                title=title,
                guidance=outline.guidance,
                embed=outline.embed,
                body=old_bodies.get(title.upper(), old_bodies.get(outline.title.upper(), "")),
            )
        )
    return sections


def _start_from_generated_sentences(report: Report, sections: list[ReportSection]) -> None:
    drafts = first_drafts(report)
    for section in sections:
        if section.embed in drafts and not section.body:
            section.body = drafts.pop(section.embed)


@dataclass
class ReportEdit:
    subject: str
    addressee: str
    intro: str
    closing: str
    recipients: str
    cutoff_start: dt.date
    cutoff_end: dt.date
    signatory_authority: str
    signatory_title: str
    signatory_name: str
    percent_places: int = 2
    sections: dict[int, str] = field(default_factory=dict)  # section id -> text
    omitted: frozenset[int] | None = None  # the sections left out of the document (None: as they are)
    titles: dict[int, str] = field(default_factory=dict)  # section id -> heading, of sections the clerk added


def report_save(*, report: Report, user, edit: ReportEdit, version: int) -> Report:
    """Save the clerk's edits if the report is still at ``version``; bump the version.

    Refuses (StaleVersion) when another save happened since the user opened
    the page: the caller shows what changed and keeps what the user typed.
    """
    if edit.cutoff_start > edit.cutoff_end:
        raise ValidationError({"cutoff_end": _("The data window cannot end before it starts.")})
    with transaction.atomic():
        locked = Report.objects.select_for_update(of=("self",)).select_related("unit", "period").get(pk=report.pk)
        if not allowed(user, Action.EDIT, locked.unit):
            raise PermissionDenied
        if locked.state not in states.EDITABLE:
            raise ReportFrozen(_("This report cannot be edited in its current state."))
        if locked.version != version:
            raise StaleVersion(
                _("Someone else saved this report while you were editing it. Your text is kept below; compare it "
                  "with their changes, then save again."),
                current=locked,
            )  # fmt: skip
        changed = [name for name in Report.EDIT_FIELDS if getattr(locked, name) != getattr(edit, name)]
        for name in changed:
            setattr(locked, name, getattr(edit, name))
        sections = {s.pk: s for s in locked.sections.select_for_update()}
        unknown = (set(edit.sections) | set(edit.omitted or ()) | set(edit.titles)) - set(sections)
        if unknown or any(not sections[pk].added for pk in edit.titles):
            raise ValidationError(_("The form does not match this report; reload the page."))
        changed_sections: dict[int, set[str]] = {}
        for pk, text in edit.sections.items():
            text = normalise_newlines(text).strip()
            if sections[pk].body != text:
                sections[pk].body = text
                changed_sections.setdefault(pk, set()).add("body")
        for pk, title in edit.titles.items():
            title = " ".join(title.split())
            if title and sections[pk].title != title:
                sections[pk].title = title
                changed_sections.setdefault(pk, set()).add("title")
        for pk, section in sections.items() if edit.omitted is not None else ():
            if section.omitted != (pk in edit.omitted):
                section.omitted = pk in edit.omitted
                changed_sections.setdefault(pk, set()).add("omitted")
        if not changed and not changed_sections:
            return locked
        for pk, names in changed_sections.items():
            sections[pk]._change_reason = f"v{locked.version + 1}"
            sections[pk].save(update_fields=sorted(names))
        locked.version += 1
        locked.save(update_fields=[*changed, "version", "updated_at"])
    return locked


def section_add(*, report: Report, user, after: int, version: int) -> ReportSection:
    """A section the clerk adds to this report only, after section ``after`` and the sections under it, at
    its level, headed "Mục mới" for them to name; the sections after it move down one place. Refused, as a save is, when the
    report changed since ``version`` or can no longer be edited."""
    with transaction.atomic():
        locked = Report.objects.select_for_update(of=("self",)).select_related("unit").get(pk=report.pk)
        if not allowed(user, Action.EDIT, locked.unit):
            raise PermissionDenied
        if locked.state not in states.EDITABLE:
            raise ReportFrozen(_("This report cannot be edited in its current state."))
        if locked.version != version:
            raise StaleVersion(_("Someone else saved this report meanwhile; reload the page."), current=locked)
        ordered = list(locked.sections.order_by("order"))
        index = next((i for i, s in enumerate(ordered) if s.pk == after), None)
        if index is None:
            raise ValidationError(_("The form does not match this report; reload the page."))
        anchor, last = ordered[index], ordered[index]
        for other in ordered[index + 1 :]:  # after the sections under it
            if other.level <= anchor.level:
                break
            last = other
        # Two steps, so that no two sections ever share an order (the constraint is checked row by row).
        later = locked.sections.filter(order__gt=last.order)
        later.update(order=F("order") + SHIFT)
        later.update(order=F("order") - SHIFT + 1)
        section = ReportSection.objects.create(
            report=locked, order=last.order + 1, level=anchor.level, title=_("New section"), added=True
        )
        locked.version += 1
        locked.save(update_fields=["version", "updated_at"])
    report.version = locked.version
    return section


@transaction.atomic
def report_issue(*, report: Report, user, number: int, issued_on: dt.date) -> Report:
    """Give the report its number and date (the issuing step before signing), by the unit's leader."""
    if not allowed(user, Action.APPROVE, report.unit):
        raise PermissionDenied
    if number <= 0:
        raise ValidationError({"number": _("The document number must be a positive whole number.")})
    clash = Report.objects.filter(unit=report.unit, number=number, issued_on__year=issued_on.year).exclude(pk=report.pk)
    if clash.exists():
        raise ValidationError({"number": _("Number %(n)d is already used by another report of this unit this year.")},
                              params={"n": number})  # fmt: skip
    locked = Report.objects.select_for_update().get(pk=report.pk)
    locked.number, locked.issued_on = number, issued_on
    locked.save(update_fields=["number", "issued_on", "updated_at"])
    report.number, report.issued_on = number, issued_on
    return locked
