"""Writes to plans, tasks and the document register: verbs with keyword-only arguments.

Each service validates first, then writes in one transaction; the history
row (django-simple-history) commits with the change. Edits carry the
version the user saw: a save based on an older version is refused
(reports.locking.StaleVersion) instead of silently overwriting a colleague's
change.

What a frozen report covers does not change (reports.locking): a change is
refused with reports.locking.ReportFrozen, worded by reports.locking.refusal,
after the reports it could alter are locked (reports.locking.lock_reports,
first thing in the change's transaction), so a change and a submission cannot
interleave.

- A task change is refused when it would change the task table a frozen
  report printed: for each frozen report of the plan's unit in the plan's
  year, the task's row (plan kind, reform field, status at that report's
  cut-off end) must be the same before and after the change; adding or
  deleting a task always changes the table (the planned count).
- A document of the register is frozen while it is dated within the data
  window of a frozen report of its unit (the report counts the unit's
  directing documents of that window, appendix item 1.1, and cites them):
  registering, editing or deleting it is refused, and so is an edit that
  moves another document into such a window. An edit that changes nothing
  writes nothing.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import uuid
from dataclasses import dataclass
from functools import reduce

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from plans.citations import citation
from plans.models import Document, Plan, PlanKind, ReformField, Task
from plans.status import TaskStatus, task_status
from reform_portal.numbers import format_citation_date
from reports.locking import StaleVersion, covering, lock_reports, refusal
from reports.models import Report

# ---------------------------------------------------------------- documents

_NUMBER_SYMBOL = re.compile(r"^\s*(?P<number>\d{1,6})\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?(?P<symbol>[^\s/][^/]*?)\s*$")


def parse_number_symbol(text: str) -> tuple[int, int | None, str]:
    """ "18/KH-UBND" -> (18, None, "KH-UBND"); "01/2023/QĐ-UBND" -> (1, 2023, "QĐ-UBND")."""
    match = _NUMBER_SYMBOL.match(text or "")
    if not match or int(match.group("number")) == 0:
        raise ValidationError(
            _("Write the number and symbol as on the document, e.g. 18/KH-UBND or 01/2023/QĐ-UBND."),
            code="number_symbol",
        )
    year = match.group("year")
    return int(match.group("number")), int(year) if year else None, match.group("symbol").strip()


def _duplicate_message(existing: Document) -> str:
    return _(
        "Number %(number)s is already used in this register in %(year)s: %(citation)s. "
        "Numbers restart each calendar year; check the number or the date."
    ) % {"number": existing.number_text, "year": existing.year, "citation": citation(existing)}


def _validate_document(document: Document) -> None:
    errors = {}
    if not document.symbol.strip():
        errors["symbol"] = _("Enter the symbol, e.g. KH-UBND.")
    if not document.subject.strip():
        errors["subject"] = _("Enter the subject of the document.")
    if document.issued_on and document.issued_on > dt.date.today() + dt.timedelta(days=1):
        errors["issued_on"] = _("A document cannot be issued in the future.")
    if errors:
        raise ValidationError(errors)
    series = Document.series_for(document.doc_type, document.is_normative)
    existing = (
        Document.objects.filter(
            unit=document.unit_id, series=series, year=document.issued_on.year, number=document.number
        )
        .exclude(pk=document.pk)
        .first()
    )
    if existing is not None:
        raise ValidationError({"number": _duplicate_message(existing)}, code="duplicate")


def _save_document(document: Document, user, **kwargs) -> Document:
    document._history_user = user
    try:
        with transaction.atomic():
            document.save(**kwargs)
    except IntegrityError as exc:  # a concurrent save took the number between our check and our insert
        raise ValidationError({"number": _("This number was just taken in this register. Check the number.")}) from exc
    return document


# What a register entry says: the fields the services and the admin's form write.
DOCUMENT_FIELDS = (
    "unit",
    "doc_type",
    "is_normative",
    "number",
    "symbol",
    "issued_on",
    "subject",
    "is_reform_directive",
)

DocumentEntry = tuple[int | None, dt.date | None]  # (unit id, issue date): what places a document in a report


def _dated_reports(entries: list[DocumentEntry]) -> list[Report]:
    """Lock the reports whose data window holds one of the ``entries``; return the frozen ones."""
    which = [Q(unit_id=unit_id) & covering(day) for unit_id, day in entries if unit_id is not None and day]
    return lock_reports(reduce(operator.or_, which)) if which else []


def refuse_if_registered(*entries: DocumentEntry) -> None:
    """ReportFrozen when a frozen report's data window holds a document dated as in ``entries``.

    The entries are a document as stored and as it would be after the change. The reports are
    locked first, so a submission cannot slip in between this check and the write that follows in
    the same transaction.
    """
    for report in _dated_reports(list(entries)):
        raise refusal(report, alters=_("the documents of its period that it counted and cited"))


def _entry(document: Document) -> DocumentEntry:
    return document.unit_id, document.issued_on


def document_check(*, document: Document | None, values: dict) -> dict:
    """What registering (``document`` None) or changing ``document`` to ``values`` would write; refuse what it may not.

    Returns the values that differ from the stored ones (normalised), {} when nothing would change.
    Raises ReportFrozen when a frozen report covers the document before or after the change (the
    reports are locked first: call it inside the transaction that writes), ValidationError per
    field for what the register does not accept (a number already used in its register that year).
    The services call it, and so does the admin's form, so that its page shows the same refusal.
    """
    values = dict(values)
    if "subject" in values:
        values["subject"] = " ".join((values["subject"] or "").split())
    if "symbol" in values:
        values["symbol"] = (values["symbol"] or "").strip()
    stored = {}
    if document is not None:
        stored = {name: getattr(document, name) for name in DOCUMENT_FIELDS}
        values = {name: value for name, value in values.items() if stored[name] != value}
        if not values:
            return {}
    candidate = Document(pk=document.pk if document is not None else None, **(stored | values))
    refuse_if_registered(*([_entry(document)] if document is not None else []), _entry(candidate))
    _validate_document(candidate)
    return values


@transaction.atomic
def document_create(
    *,
    unit,
    user,
    doc_type: str,
    number: int,
    symbol: str,
    issued_on: dt.date,
    subject: str,
    is_normative: bool = False,
    is_reform_directive: bool = False,
) -> Document:
    """Register an issued document; a number already used in its register that year is refused."""
    values = {
        "unit": unit,
        "doc_type": doc_type,
        "number": number,
        "symbol": symbol,
        "issued_on": issued_on,
        "subject": subject,
        "is_normative": is_normative,
        "is_reform_directive": is_reform_directive,
    }
    return _save_document(Document(**document_check(document=None, values=values)), user)


def _lock_document(document: Document, *, changes: dict | None = None, version: int | None) -> Document:
    """The reports the document is dated in, as stored and after ``changes``, locked first; then its row.

    ``version`` is the one the user saw (None: whatever is stored, the admin's delete).
    """
    changes = changes or {}
    seen = Document.objects.get(pk=document.pk)
    unit = changes.get("unit")
    after = (seen.unit_id if unit is None else unit.pk, changes.get("issued_on", seen.issued_on))
    _dated_reports([_entry(seen), after])
    current = Document.objects.select_for_update().get(pk=document.pk)
    if version is not None and current.version != version:
        raise StaleVersion(current=current)
    return current


@transaction.atomic
def document_update(*, document: Document, user, version: int, **changes) -> Document:
    """Save the changed fields (of ``DOCUMENT_FIELDS``) of a document the user saw at ``version``."""
    current = _lock_document(document, changes=changes, version=version)
    changed = document_check(document=current, values=changes)
    if not changed:
        return current  # nothing to save: nothing a report printed changes
    for name, value in changed.items():
        setattr(current, name, value)
    current.version = version + 1  # the row is locked: no one else can increment it now
    _save_document(current, user)
    current.refresh_from_db()
    return current


@transaction.atomic
def document_delete(*, document: Document, user, version: int | None) -> None:
    """Delete a register entry seen at ``version`` (None: as it is now); plans and tasks citing it lose the reference."""
    current = _lock_document(document, version=version)
    refuse_if_registered(_entry(current))
    current._history_user = user
    current.delete()


# ---------------------------------------------------------------- plans and tasks


def plan_get_or_create(*, unit, year: int, assigned: bool = False) -> Plan:
    kind = PlanKind.ASSIGNED if assigned else PlanKind.OWN
    plan, _created = Plan.objects.get_or_create(unit=unit, year=year, kind=kind)
    return plan


@transaction.atomic
def plan_set_decision(*, plan: Plan, user, decision: Document | None) -> Plan:
    if decision is not None and decision.unit_id != plan.unit_id:
        raise ValidationError({"decision": _("Choose a document from this unit's register.")})
    plan.decision = decision
    plan._history_user = user
    plan.save(update_fields=["decision", "updated_at"])
    return plan


TASK_FIELDS = ("field", "title", "owner", "deadline", "completed_on", "evidence", "note")


def validate_task_values(*, plan: Plan, values: dict, today: dt.date | None = None) -> None:
    """Raise ValidationError (per field) for values a task cannot have; the same rules for forms and imports."""
    today = today or dt.date.today()
    errors = {}
    if not (values.get("title") or "").strip():
        errors["title"] = _("Enter what the task is.")
    field = values.get("field")
    if field is None:
        errors["field"] = _("Choose the reform field.")
    deadline, completed = values.get("deadline"), values.get("completed_on")
    earliest = dt.date(plan.year - 1, 1, 1)
    if deadline and deadline < earliest:
        errors["deadline"] = _("The deadline is before the plan's year.")
    if completed and completed > today:
        errors["completed_on"] = _("The completion date cannot be in the future.")
    elif completed and completed < earliest:
        errors["completed_on"] = _("The completion date is before the plan's year.")
    evidence = values.get("evidence")
    if evidence is not None and evidence.unit_id != plan.unit_id:
        errors["evidence"] = _("Choose a document from this unit's register.")
    if errors:
        raise ValidationError(errors)


# ---------------------------------------------------------------- the reports that printed a plan's tasks

TaskRow = tuple[str, int, TaskStatus]  # plan kind, reform field, status at a report's cut-off end


@dataclass(frozen=True)
class _TaskState:
    """What decides a task's row in the printed table."""

    kind: str
    field_id: int
    deadline: dt.date | None
    completed_on: dt.date | None

    @classmethod
    def of(cls, task: Task, plan: Plan) -> _TaskState:
        return cls(plan.kind, task.field_id, task.deadline, task.completed_on)

    def row(self, on: dt.date) -> TaskRow:
        return self.kind, self.field_id, task_status(self, on)


def _sent_reports(plan: Plan) -> list[Report]:
    """Lock the reports of the plan's unit for periods of the plan's year; return the frozen ones."""
    return lock_reports(Q(unit_id=plan.unit_id, period__year=plan.year))


def _refuse_if_printed(reports: list[Report], *, before: _TaskState | None, after: _TaskState | None) -> None:
    """ReportFrozen when the task's row at a sent report's cut-off differs before and after the change.

    ``before`` is None for a new task, ``after`` None for a deleted one: both always change the table.
    """
    for report in reports:
        on = report.cutoff_end
        if (before.row(on) if before else None) != (after.row(on) if after else None):
            raise refusal(report, alters=_("the task table it printed"))


@transaction.atomic
def task_create(*, plan: Plan, user, token: uuid.UUID | None = None, **values) -> Task:
    """Add a task at the end of its field. A repeated ``token`` (double submit) returns the first task."""
    sent = _sent_reports(plan)
    if token is not None:
        existing = Task.objects.filter(plan=plan, client_token=token).first()
        if existing is not None:
            return existing
    validate_task_values(plan=plan, values=values)
    _refuse_if_printed(sent, before=None, after=_TaskState(plan.kind, values["field"].pk, None, None))
    last = Task.objects.filter(plan=plan).order_by("-order").values_list("order", flat=True).first() or 0
    task = Task(plan=plan, client_token=token, order=last + 1, **{k: values.get(k) for k in TASK_FIELDS})
    task.title = task.title.strip()
    task.owner, task.note = (task.owner or "").strip(), (task.note or "").strip()
    task._history_user = user
    try:
        with transaction.atomic():
            task.save()
    except IntegrityError:  # the same token saved concurrently
        return Task.objects.get(plan=plan, client_token=token)
    return task


@transaction.atomic
def task_update(*, task: Task, user, version: int, **values) -> Task:
    """Save the changed values of a task the user saw at ``version``."""
    sent = _sent_reports(task.plan)
    current = Task.objects.select_for_update().select_related("plan").get(pk=task.pk)
    if current.version != version:
        raise StaleVersion(current=current)
    merged = {name: getattr(current, name) for name in TASK_FIELDS} | values
    validate_task_values(plan=current.plan, values=merged)
    after = _TaskState(current.plan.kind, merged["field"].pk, merged["deadline"], merged["completed_on"])
    _refuse_if_printed(sent, before=_TaskState.of(current, current.plan), after=after)
    for name, value in values.items():
        setattr(current, name, value.strip() if isinstance(value, str) else value)
    current.version = version + 1  # the row is locked: no one else can increment it now
    current._history_user = user
    current.save()
    current.refresh_from_db()
    return current


def task_mark_done(*, task: Task, user, version: int, on: dt.date | None) -> Task:
    """Record the completion date (None reopens the task)."""
    return task_update(task=task, user=user, version=version, completed_on=on)


@transaction.atomic
def task_delete(*, task: Task, user, version: int) -> None:
    sent = _sent_reports(task.plan)
    current = Task.objects.select_for_update().select_related("plan").get(pk=task.pk)
    if current.version != version:
        raise StaleVersion(current=current)
    _refuse_if_printed(sent, before=_TaskState.of(current, current.plan), after=None)
    current._history_user = user
    current.delete()


@transaction.atomic
def tasks_import(*, plan: Plan, user, rows: list[dict]) -> list[Task]:
    """Append already-validated rows (plans.imports) to the plan, all or nothing."""
    sent = _sent_reports(plan)
    for values in rows:
        validate_task_values(plan=plan, values=values)
    for values in rows:
        _refuse_if_printed(sent, before=None, after=_TaskState(plan.kind, values["field"].pk, None, None))
    last = Task.objects.filter(plan=plan).order_by("-order").values_list("order", flat=True).first() or 0
    tasks = [
        Task(plan=plan, order=last + i, **{k: values.get(k) for k in TASK_FIELDS}) for i, values in enumerate(rows, 1)
    ]
    for task in tasks:
        task.owner, task.note = task.owner or "", task.note or ""
    # bulk_create skips save(); this helper writes the history rows in the same transaction.
    return bulk_create_with_history(tasks, Task, default_user=user)


def active_fields():
    return ReformField.objects.filter(is_active=True).order_by("order", "code")


def citation_with_date(document: Document) -> str:
    """Short form for lists: "18/KH-UBND · 22/02/2023"."""
    return f"{document.number_and_symbol} · {format_citation_date(document.issued_on)}"
