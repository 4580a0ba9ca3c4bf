"""Numbers typed as plain text that the report's figures no longer hold (a best-effort check).

Text a clerk types is never a reference: "tiếp nhận 1.913 hồ sơ" stays 1.913 when Biểu 06 later says
1.950, and copying last period's narrative carries last period's numbers. At submission the typed
numbers are compared with the figures the text was written against — the snapshot of the report's last
submission, or, before its first one, the last submission of the unit's previous report (where copied
text comes from) — and with the figures now. A number that equals a figure then, that figure has
changed, and no figure now equals it, is probably stale.

What it cannot catch: a number typed in a first report with nothing sent before it; a stale number that
happens to equal some current figure; numbers below 10, years (2023) and numbers inside dates or
document numbers (22/02/2023, 18/KH-UBND), which it skips to avoid false alarms; rounded or reworded
figures ("gần 2.000 hồ sơ", "44,3 %" for 44,84 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desk.figures import figures
from desk.services import previous_report
from reform_portal.numbers import format_number
from reports.markup import LIVE_RE
from reports.models import Report, Transition

# 1.949 | 99,04 | 1949 — not part of a date (22/02/2023), a document number (18/KH-UBND) or a word.
_NUMBER = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w/]|[.,]\d)")


@dataclass(frozen=True)
class StaleNumber:
    where: str  # the section heading, or the report field's name
    typed: str  # as it stands in the text
    now: str  # what the figure that held it says now ("" when it has none)


def _typed_numbers(text: str) -> list[tuple[str, Decimal]]:
    found = []
    for match in _NUMBER.finditer(LIVE_RE.sub(" ", text or "")):
        whole, fraction = match[1].replace(".", ""), match[2]
        try:
            value = Decimal(f"{whole}.{fraction}" if fraction else whole)
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        if value < 10 or (fraction is None and "." not in match[1] and 1900 <= value <= 2100):
            continue
        found.append((match[0], value))
    return found


def _sent_figures(report: Report) -> dict[str, str]:
    """The figures the report's text was last written against (see the module's docstring)."""
    for source in (report, previous_report(unit=report.unit, report_type=report.report_type, before=report.period)):
        if source is None:
            continue
        snapshot = (
            Transition.objects.filter(report=source).exclude(snapshot={}).order_by("-at", "-pk")
            .values_list("snapshot", flat=True).first()
        )  # fmt: skip
        if snapshot:
            return snapshot.get("figures", {})
    return {}


def stale_numbers(report: Report) -> list[StaleNumber]:
    then = {code: Decimal(text) for code, text in _sent_figures(report).items() if text}
    if not then:
        return []
    now = {code: value for code, value in figures(report).items()
           if isinstance(value, Decimal)}  # fmt: skip
    current = set(now.values())
    changed = {value: code for code, value in then.items() if now.get(code) != value}
    texts = [(section.heading, section.body) for section in report.sections.order_by("order")]
    texts += [(str(Report._meta.get_field(name).verbose_name), getattr(report, name)) for name in ("intro", "closing")]
    found = []
    for where, text in texts:
        for typed, value in _typed_numbers(text):
            if value in changed and value not in current:
                later = now.get(changed[value])
                found.append(StaleNumber(where, typed, format_number(later) if later is not None else ""))
    return found
