"""What waits on a person now, across periods and report types: the home page's inbox.

Every list is scoped through ``units.access`` in SQL; the number of queries does not grow with the number
of units (tests/desk/test_inbox.py counts them with 2 and 20 units).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from desk.models import Reminder
from reports import states
from reports.calendars import due_dates, existed_during, province_id_of
from reports.duties import Duties, duties
from reports.models import Period, PeriodKind, Report, ReportState, ReportType, Transition
from units import access
from units.access import Action
from units.models import Role, Unit

DUE_SOON_DAYS = 7  # a report due within this many days is "due soon"
LATE_WINDOW_DAYS = 400  # how far back an unsent report still counts as late (the last year's periods)
KINDS = [PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR, PeriodKind.AD_HOC]

APPROVE, REVIEW, RETURNED, LATE, DUE_SOON = "approve", "review", "returned", "late", "due_soon"
KIND_ORDER = [RETURNED, APPROVE, REVIEW, LATE, DUE_SOON]


@dataclass
class InboxItem:
    kind: str  # one of KIND_ORDER
    unit: Unit
    period: Period
    due_date: dt.date
    since: dt.date  # waiting since (for a late report: its due date)
    url: str
    today: dt.date
    report_type: ReportType | None = None
    report_id: int | None = None
    reason: str = ""  # a returned report: why
    missing: list[Unit] = field(default_factory=list)  # a reviewer's group: the units that owe the report
    reviewing: Unit | None = None  # a reviewer's group: the unit they report to
    reminded: list[Reminder] = field(default_factory=list)  # reminders the unit received for the period

    @property
    def age(self) -> int:
        """Days waiting (for a late report: days overdue)."""
        return max((self.today - self.since).days, 0)

    @property
    def days_left(self) -> int:
        return max((self.due_date - self.today).days, 0)

    @property
    def overdue(self) -> bool:
        return self.due_date < self.today


@dataclass
class Inbox:
    items: list[InboxItem]

    def of(self, kind: str) -> list[InboxItem]:
        return [i for i in self.items if i.kind == kind]

    @property
    def groups(self) -> list[tuple[str, list[InboxItem]]]:
        return [(kind, self.of(kind)) for kind in KIND_ORDER if self.of(kind)]

    def __len__(self) -> int:
        return len(self.items)


def _local_date(at: dt.datetime | None, default: dt.date) -> dt.date:
    return timezone.localtime(at).date() if at else default


def _with_due_dates(reports: list[Report]) -> dict[tuple[int, int], dt.date]:
    return due_dates({(province_id_of(r.unit), r.period) for r in reports})


def _report_items(*, user, today: dt.date) -> list[InboxItem]:
    """Reports waiting on the user's decision or work: to approve, to review, returned. Two queries."""
    if user.is_superuser:  # the inbox is a member's: the whole country is not waiting on a superuser
        return []
    last_return = Transition.objects.filter(report=OuterRef("pk"), to_state=ReportState.RETURNED).order_by("-at", "-pk")
    wanted = (
        (access.units_q(user, Action.APPROVE, prefix="unit__") & Q(state=ReportState.PENDING_APPROVAL))
        | (access.units_q(user, Action.REVIEW, prefix="unit__") & Q(state=ReportState.SUBMITTED))
        | (access.units_q(user, Action.EDIT, prefix="unit__") & Q(state=ReportState.RETURNED))
    )
    reports = list(
        Report.objects.filter(wanted)
        .select_related("unit__parent", "period", "report_type")
        .annotate(moved_at=Max("transitions__at"), reason=Subquery(last_return.values("comment")[:1]))
        .order_by("pk")
    )
    due = due_dates({(province_id_of(r.unit), r.period) for r in reports})
    items = []
    for r in reports:
        common = dict(
            unit=r.unit,
            period=r.period,
            due_date=due[province_id_of(r.unit), r.period_id],
            since=_local_date(r.moved_at, today),
            today=today,
            report_type=r.report_type,
            report_id=r.pk,
        )
        if r.state == ReportState.PENDING_APPROVAL:
            items.append(InboxItem(APPROVE, url=reverse("desk:detail", args=[r.pk]), **common))
        elif r.state == ReportState.SUBMITTED:  # the reviewer's inbox leads to the board
            board = reverse("desk:board", args=[r.unit.parent.code, r.period.code]) + "?status=submitted"
            items.append(InboxItem(REVIEW, url=board, **common))
        else:
            items.append(InboxItem(RETURNED, url=reverse("desk:detail", args=[r.pk]), reason=r.reason or "", **common))
    return items


def _window_periods(today: dt.date) -> list[Period]:
    """Periods whose reports may be due soon or late now (a margin on the national date: provinces differ)."""
    return list(
        Period.objects.filter(
            kind__in=KINDS,
            cutoff_start__lte=today,
            due_date__gte=today - dt.timedelta(days=LATE_WINDOW_DAYS),
            due_date__lte=today + dt.timedelta(days=DUE_SOON_DAYS + 31),
        ).order_by("due_date", "code")
    )


def _duties_by_period(periods: list[Period]) -> dict[int, Duties]:
    """The country's duties for each period: two queries per period kind, not per period or unit."""
    result: dict[int, Duties] = {}
    read: dict[str, Duties] = {}
    for period in periods:
        if period.kind not in read:
            read[period.kind] = duties(unit=None, period=period)
        result[period.pk] = read[period.kind].at(period)
    return result


def _owed_status(units: list[Unit], periods: list[Period], today: dt.date):
    """For each (unit, period) in which the unit owes a report it has not sent and whose due date is in the
    window: (unit, period, owed type, its report or None, due date). Five queries or so, whatever the units."""
    if not units or not periods:
        return []
    by_period = _duties_by_period(periods)
    reports: dict[tuple[int, int, int], Report] = {}
    for r in Report.objects.filter(unit__in=[u.pk for u in units], period__in=periods).only(
        "pk", "unit_id", "period_id", "report_type_id", "state"
    ):
        reports[r.unit_id, r.period_id, r.report_type_id] = r
    due = due_dates({(province_id_of(u), p) for u in units for p in periods})
    found = []
    for period in periods:
        owed_duties = by_period[period.pk]
        for unit in units:
            if not existed_during(unit, period):
                continue
            owed = owed_duties.owed(unit)
            if owed is None:
                continue
            report = reports.get((unit.pk, period.pk, owed.pk))
            if report is not None and report.state in states.SENT:
                continue
            due_date = due[province_id_of(unit), period.pk]
            if due_date < today - dt.timedelta(days=LATE_WINDOW_DAYS) or due_date > today + dt.timedelta(
                days=DUE_SOON_DAYS
            ):
                continue
            found.append((unit, period, owed, report, due_date))
    return found


def _reminders(units: list[Unit], periods: list[Period]) -> dict[tuple[int, int], list[Reminder]]:
    result: dict[tuple[int, int], list[Reminder]] = defaultdict(list)
    if units and periods:
        rows = Reminder.objects.filter(unit__in=[u.pk for u in units], period__in=periods).select_related("sent_by")
        for r in rows.order_by("-sent_at"):
            result[r.unit_id, r.period_id].append(r)
    return result


def _reporter_due_items(*, user, today: dt.date, periods: list[Period]) -> list[InboxItem]:
    """The user's own units' reports due soon or late, not yet sent upward, with the reminders received."""
    units = {m.unit.pk: m.unit for m in access.memberships_of(user) if m.role in (Role.CLERK, Role.LEADER)}
    units = list(units.values())
    owed = _owed_status(units, periods, today)
    reminded = _reminders(units, periods) if owed else {}
    items = []
    for unit, period, report_type, report, due_date in owed:
        if report is not None:
            url = reverse("desk:detail", args=[report.pk])
        elif access.allowed(user, Action.EDIT, unit):
            url = reverse("desk:new", args=[unit.code, period.code])
        else:
            url = reverse("units:detail", args=[unit.code])
        items.append(
            InboxItem(
                LATE if due_date < today else DUE_SOON,
                unit=unit,
                period=period,
                due_date=due_date,
                since=due_date if due_date < today else today,
                url=url,
                today=today,
                report_type=report_type,
                report_id=report.pk if report else None,
                reminded=reminded.get((unit.pk, period.pk), []),
            )
        )
    return items


def _reviewer_due_items(*, user, today: dt.date, periods: list[Period]) -> list[InboxItem]:
    """For each unit the user reviews and each period: the units below it that owe a report due soon or late
    and have not sent it, as one item leading to the board."""
    reviewing = {u.pk: u for u in access.reviewed_units(user)}
    if not reviewing:
        return []
    below = list(Unit.objects.filter(parent_id__in=list(reviewing)).order_by("path"))
    below = [u for u in below if access.allowed(user, Action.REVIEW, u)]
    groups: dict[tuple[int, int], list] = defaultdict(list)
    owed = _owed_status(below, periods, today)
    for unit, period, report_type, _report, due_date in owed:
        groups[unit.parent_id, period.pk].append((unit, period, report_type, due_date))
    reminded = _reminders(below, periods) if owed else {}
    items = []
    for (parent_id, _period_id), rows in groups.items():
        parent = reviewing[parent_id]
        unit, period, report_type, due_date = rows[0]
        items.append(
            InboxItem(
                LATE if due_date < today else DUE_SOON,
                unit=parent,
                period=period,
                due_date=due_date,
                since=due_date if due_date < today else today,
                url=reverse("desk:board", args=[parent.code, period.code]),
                today=today,
                report_type=report_type,
                missing=[row[0] for row in rows],
                reviewing=parent,
                # the reminders already sent to the units that still owe, latest first
                reminded=sorted(
                    (r for row in rows for r in reminded.get((row[0].pk, period.pk), [])),
                    key=lambda r: r.sent_at,
                    reverse=True,
                ),
            )
        )
    return items


def inbox(*, user, today: dt.date) -> Inbox:
    """What waits on ``user`` now: reports to approve, to review, returned to them, reports due soon and late.

    Soonest due first within each kind."""
    periods = _window_periods(today)
    items = _report_items(user=user, today=today)
    items += _reporter_due_items(user=user, today=today, periods=periods)
    items += _reviewer_due_items(user=user, today=today, periods=periods)
    items.sort(key=lambda i: (KIND_ORDER.index(i.kind), i.due_date, i.unit.path, i.period.code))
    return Inbox(items)
