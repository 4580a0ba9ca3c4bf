"""Reporting periods: codes, names, default cut-off windows and due dates.

Cut-off windows follow Nghị định 09/2019/NĐ-CP, Điều 12 (chế độ báo cáo
định kỳ), as restated by provincial regulations (e.g. Khánh Hòa QĐ
01/2023/QĐ-UBND, which also sets the deadline: two working days after the
cut-off):

- month: 15th of the previous month to the 14th of the month;
- quarter: 15th of the month before the quarter to the 14th of its last month;
- half-year: 15 December of the previous year to 14 June (second half: 15 June to 14 December);
- nine months: 15 December of the previous year to 14 September;
- year: 15 December of the previous year to 14 December.

The due date is counted in working days after the cut-off: Saturdays, Sundays and Vietnam's public
holidays (Bộ luật Lao động 2019, Điều 112: Tết Dương lịch, five days of Tết Nguyên Đán, Giỗ Tổ Hùng
Vương, 30/4, 1/5, Quốc khánh, with the days off moved by the Government's yearly notices) are not
working days; a Saturday the Government declares a working day in exchange is one. The national
calendar comes from the ``holidays`` package (``holidays.VN``); a province adds its own days off and
working days (``WorkingCalendar``, read from the province's ``ReportingCalendar`` by
``reports.calendars``).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass, field
from functools import lru_cache

import holidays
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from reform_portal.numbers import roman
from reports.models import Period, PeriodKind

# Working days after the cut-off by which a periodic report is due, unless a province sets another count.
DUE_WORKING_DAYS = 2
# The standard kinds of a year, in the order a year's periods are listed and created.
YEAR_KINDS = (PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.QUARTER, PeriodKind.MONTH)

_CODE = re.compile(r"^(?P<year>\d{4})(?:-(?P<part>H[12]|Q[1-4]|9M|0[1-9]|1[0-2]))?$")


@dataclass(frozen=True)
class PeriodSpec:
    kind: PeriodKind
    year: int
    number: int | None = None

    @property
    def code(self) -> str:
        match self.kind:
            case PeriodKind.YEAR:
                return f"{self.year}"
            case PeriodKind.HALF_YEAR:
                return f"{self.year}-H{self.number}"
            case PeriodKind.NINE_MONTHS:
                return f"{self.year}-9M"
            case PeriodKind.QUARTER:
                return f"{self.year}-Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    @property
    def name(self) -> str:
        # Names are document text, printed in Vietnamese whatever the interface language.
        match self.kind:
            case PeriodKind.YEAR:
                return f"năm {self.year}"
            case PeriodKind.HALF_YEAR:
                return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
            case PeriodKind.NINE_MONTHS:
                return f"9 tháng đầu năm {self.year}"
            case PeriodKind.QUARTER:
                return f"quý {roman(self.number)} năm {self.year}"
        return f"tháng {self.number} năm {self.year}"

    def calendar_span(self) -> tuple[dt.date, dt.date]:
        y, n = self.year, self.number
        if self.kind is PeriodKind.YEAR:
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if self.kind is PeriodKind.HALF_YEAR:
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if n == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if self.kind is PeriodKind.NINE_MONTHS:
            return dt.date(y, 1, 1), dt.date(y, 9, 30)
        if self.kind is PeriodKind.QUARTER:
            first = 3 * (n - 1) + 1
            return dt.date(y, first, 1), dt.date(y, first + 2, monthrange(y, first + 2)[1])
        return dt.date(y, n, 1), dt.date(y, n, monthrange(y, n)[1])

    def cutoff_window(self) -> tuple[dt.date, dt.date]:
        """The default data window of Nghị định 09/2019/NĐ-CP, Điều 12."""
        y, n = self.year, self.number
        dec15_before = dt.date(y - 1, 12, 15)
        if self.kind is PeriodKind.YEAR:
            return dec15_before, dt.date(y, 12, 14)
        if self.kind is PeriodKind.HALF_YEAR:
            return (dec15_before, dt.date(y, 6, 14)) if n == 1 else (dt.date(y, 6, 15), dt.date(y, 12, 14))
        if self.kind is PeriodKind.NINE_MONTHS:
            return dec15_before, dt.date(y, 9, 14)
        if self.kind is PeriodKind.QUARTER:
            first, last = 3 * (n - 1) + 1, 3 * n
            return _fifteenth_of_previous_month(y, first), dt.date(y, last, 14)
        return _fifteenth_of_previous_month(y, n), dt.date(y, n, 14)


def _fifteenth_of_previous_month(year: int, month: int) -> dt.date:
    return dt.date(year - 1, 12, 15) if month == 1 else dt.date(year, month - 1, 15)


@lru_cache(maxsize=64)
def _national_calendar(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """Vietnam's public holidays of ``year`` (day -> Vietnamese name) and its weekend days worked in exchange."""
    days = holidays.country_holidays("VN", years=year, language="vi")
    return dict(days), frozenset(day for day in days.weekend_workdays if day.year == year)


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days: Monday to Friday less the national public holidays (Tết included),
    plus a Saturday worked in exchange; a province adds its own ``days_off`` and ``working_days``."""

    days_off: frozenset[dt.date] = field(default_factory=frozenset)
    working_days: frozenset[dt.date] = field(default_factory=frozenset)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        national, worked = _national_calendar(day.year)
        if day in worked:
            return True
        return day.weekday() < 5 and day not in national

    def holiday(self, day: dt.date) -> str:
        """The national holiday's name on ``day`` ("Tết Nguyên Đán" …), or ""."""
        return _national_calendar(day.year)[0].get(day, "")

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """``day`` plus ``count`` working days (``count`` >= 1: the result is always a working day)."""
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day


NATIONAL_CALENDAR = WorkingCalendar()


def add_working_days(day: dt.date, count: int, calendar: WorkingCalendar = NATIONAL_CALENDAR) -> dt.date:
    """``day`` plus ``count`` working days of ``calendar`` (weekends and public holidays skipped)."""
    return calendar.add_working_days(day, count)


def default_due_date(
    cutoff_end: dt.date, calendar: WorkingCalendar = NATIONAL_CALENDAR, working_days: int = DUE_WORKING_DAYS
) -> dt.date:
    """The due date of a periodic report: ``working_days`` working days after its cut-off."""
    return calendar.add_working_days(cutoff_end, working_days)


def year_codes(year: int, kinds=YEAR_KINDS) -> list[str]:
    """The codes of a year's standard periods of ``kinds`` (the year, halves, nine months, quarters, months)."""
    codes = []
    for kind in YEAR_KINDS:
        if kind not in kinds:
            continue
        match kind:
            case PeriodKind.YEAR:
                codes.append(f"{year}")
            case PeriodKind.HALF_YEAR:
                codes += [f"{year}-H1", f"{year}-H2"]
            case PeriodKind.NINE_MONTHS:
                codes.append(f"{year}-9M")
            case PeriodKind.QUARTER:
                codes += [f"{year}-Q{q}" for q in range(1, 5)]
            case PeriodKind.MONTH:
                codes += [f"{year}-{m:02d}" for m in range(1, 13)]
    return codes


def parse_period_code(code: str) -> PeriodSpec:
    match = _CODE.match(code.strip().upper())
    if not match:
        raise ValidationError(
            _("“%(code)s” is not a period code (examples: 2023, 2023-H1, 2023-9M, 2023-Q3, 2023-05)."),
            params={"code": code},
        )
    year, part = int(match["year"]), match["part"]
    if part is None:
        return PeriodSpec(PeriodKind.YEAR, year)
    if part.startswith("H"):
        return PeriodSpec(PeriodKind.HALF_YEAR, year, int(part[1]))
    if part == "9M":
        return PeriodSpec(PeriodKind.NINE_MONTHS, year)
    if part.startswith("Q"):
        return PeriodSpec(PeriodKind.QUARTER, year, int(part[1]))
    return PeriodSpec(PeriodKind.MONTH, year, int(part))


def _new_period(spec: PeriodSpec) -> Period:
    start, end = spec.calendar_span()
    cut_start, cut_end = spec.cutoff_window()
    return Period(
        code=spec.code,
        kind=spec.kind,
        year=spec.year,
        number=spec.number,
        name=spec.name,
        starts_on=start,
        ends_on=end,
        cutoff_start=cut_start,
        cutoff_end=cut_end,
        due_date=default_due_date(cut_end),
    )


def ensure_periods(codes: list[str]) -> list[Period]:
    """The periods with these standard codes, in that order; the missing ones created with their default
    window and due date. One query when all exist; one insert (a period another request created meanwhile
    is kept, not overwritten) and one read back when some are new."""
    specs = [parse_period_code(code) for code in codes]
    found = Period.objects.in_bulk([spec.code for spec in specs], field_name="code")
    missing = [spec for spec in specs if spec.code not in found]
    if missing:
        Period.objects.bulk_create([_new_period(spec) for spec in missing], ignore_conflicts=True)
        found |= Period.objects.in_bulk([spec.code for spec in missing], field_name="code")
    return [found[spec.code] for spec in specs]


def ensure_period(code: str) -> Period:
    """The period with this standard code, created with its default window and due date if new."""
    return ensure_periods([code])[0]


def ensure_year(year: int) -> list[Period]:
    """Every standard period of a year: the year, halves, nine months, quarters, months."""
    return ensure_periods(year_codes(year))


def create_ad_hoc_period(*, name: str, cutoff_start: dt.date, cutoff_end: dt.date, due_date: dt.date) -> Period:
    """An ad-hoc period, e.g. seed 004's "từ 15/12/2023 đến ngày 15/5/2024" requested by a letter."""
    if cutoff_start > cutoff_end:
        raise ValidationError(_("The cut-off window cannot end before it starts."))
    code = f"adhoc-{slugify(name.replace('đ', 'd').replace('Đ', 'D'))}"[:60]
    period, _created = Period.objects.get_or_create(
        code=code,
        defaults={
            "kind": PeriodKind.AD_HOC,
            "year": cutoff_end.year,
            "name": name,
            "starts_on": cutoff_start,
            "ends_on": cutoff_end,
            "cutoff_start": cutoff_start,
            "cutoff_end": cutoff_end,
            "due_date": due_date,
        },
    )
    return period
