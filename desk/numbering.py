"""A report's number and date, given when the unit's leader approves it, before it goes up (issue 16, item 7).

Offices number and date an outgoing document when its signatory signs it, before sending (Nghị định
30/2020/NĐ-CP, Điều 15: the number is taken from the issuing body's register of outgoing documents, per
year). So the approval that sends a report upward gives it the next free number of the unit's reports of
the year, unless the leader recorded one before (desk.services.report_issue), and today's date unless one
was recorded: the report the unit above receives, its snapshot and its PDF carry them. The number is
written in the unit's register too (``register``), so the văn thư's register holds every number given and
a document registered by hand afterwards cannot take it.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Max
from django.utils import timezone

from plans.models import Document, DocumentType
from reports.models import Report
from units.models import Unit


def next_number(*, unit, year: int, exclude: int | None = None) -> int:
    """The next free number of the unit's reports in ``year``: after its numbered reports and the reports its
    register (plans) holds for the year, whichever is higher."""
    reports = Report.objects.filter(unit=unit, issued_on__year=year, number__isnull=False).exclude(pk=exclude)
    taken = reports.aggregate(n=Max("number"))["n"] or 0
    registered = Document.objects.filter(unit=unit, year=year, series=DocumentType.REPORT).aggregate(n=Max("number"))[
        "n"
    ]
    return max(taken, registered or 0) + 1


def on_approval(report: Report, *, today: dt.date | None = None) -> tuple[int, dt.date]:
    """The number and date the report goes up with: what the leader recorded, else the next free one, today."""
    issued_on = report.issued_on or today or timezone.localdate()
    number = report.number or next_number(unit=report.unit, year=issued_on.year, exclude=report.pk)
    return number, issued_on


def give_number(report: Report, *, user=None) -> None:
    """Inside the approving move's transaction, under its row lock: write the number and date if missing, and
    the register's entry for them.

    The unit's row is locked first, so that two of its reports approved at once do not take the same number.
    """
    Unit.objects.select_for_update().filter(pk=report.unit_id).first()
    number, issued_on = on_approval(report)
    if (report.number, report.issued_on) != (number, issued_on):
        report.number, report.issued_on = number, issued_on
        report.save(update_fields=["number", "issued_on"])
    register(report, user=user)


def register(report: Report, *, user=None) -> Document:
    """The report's entry in its unit's register of reports for the year of its date: created with the
    report's symbol and subject, or the entry already there under that number (the văn thư may have
    registered the report by hand before the leader approved it), which is left as it is."""
    subject = report.subject.strip()
    entry = Document(
        unit=report.unit,
        doc_type=DocumentType.REPORT,
        number=report.number,
        symbol=report.unit.document_code_suffix,
        issued_on=report.issued_on,
        subject=subject[:1].lower() + subject[1:],
    )
    entry.series = Document.series_for(entry.doc_type, entry.is_normative)
    existing = Document.objects.filter(
        unit=report.unit, series=entry.series, year=report.issued_on.year, number=report.number
    ).first()
    if existing is not None:
        return existing
    entry._history_user = user
    entry.save()
    return entry
