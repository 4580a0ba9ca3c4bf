"""The scorecard's arithmetic, as plain functions on Decimals: scoring one item, shares, ranks and their wording.

Shares are rounded half-up (``reform_portal.numbers``): 9,2 of 10,5 points is 87,62 %, where a spreadsheet
that truncates prints 87,61. Ranks are the competition ranking the provinces publish: units with equal
points share a rank and the next unit's rank counts them all (1, 1, 3).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from reform_portal.numbers import format_number, ratio_percent, round_half_up, to_decimal

ZERO = Decimal(0)


def points(value) -> Decimal | None:
    """A score as typed or stored, to two places half-up; None when blank."""
    dec = to_decimal(value)
    return None if dec is None else round_half_up(dec, 2)


def check_points(value, max_points: Decimal) -> Decimal | None:
    """A typed score, refused when negative or above the item's maximum."""
    dec = to_decimal(value) if not isinstance(value, str) else to_decimal(value.strip().replace(",", "."))
    if isinstance(value, str) and value.strip() and dec is None:
        raise ValidationError(_("“%(value)s” is not a number of points."), params={"value": value})
    if dec is None:
        return None
    if dec < 0 or dec > max_points:
        raise ValidationError(
            _("The score must be between 0 and %(max)s points."), params={"max": format_number(max_points)}
        )
    if dec != round_half_up(dec, 2):
        raise ValidationError(_("A score has at most two decimals."))
    return round_half_up(dec, 2)


def check_method_points(value, *, method: str, max_points: Decimal, steps: Sequence[Sequence] = ()) -> Decimal | None:
    """A typed score checked against its item's scoring: a yes-or-no item scores 0 or its maximum, a
    stepped item one of its steps' points, any other between 0 and its maximum (``check_points``)."""
    dec = check_points(value, max_points)
    if dec is None:
        return None
    if method == "yes_no" and dec not in (ZERO, max_points):
        raise ValidationError(
            _("A yes-or-no item scores 0 or %(max)s points."), params={"max": format_number(max_points)}
        )
    allowed = sorted({points(step[1]) for step in steps}, reverse=True) if method == "steps" else []
    if allowed and dec not in allowed:
        raise ValidationError(
            _("This item scores one of its steps: %(points)s points."),
            params={"points": "; ".join(format_number(a) for a in allowed)},
        )
    return dec


def score_yes_no(done: bool, max_points: Decimal) -> Decimal:
    return max_points if done else ZERO


def score_steps(steps: Sequence[Sequence], chosen: int) -> Decimal:
    """The points of the chosen step ([label, points] rows)."""
    return points(steps[chosen][1])


def threshold_points(percent: Decimal | None, thresholds: Sequence[Sequence]) -> Decimal | None:
    """The points of the highest threshold [lowest percentage, points] the percentage reaches; None if unknown."""
    if percent is None:
        return None
    for lowest, pts in sorted(((Decimal(str(a)), Decimal(str(b))) for a, b in thresholds), reverse=True):
        if percent >= lowest:
            return round_half_up(pts, 2)
    return ZERO


def score_ratio(
    numerator, denominator, thresholds: Sequence[Sequence], max_points: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None]:
    """(the percentage half-up, its points) of numerator / denominator; (None, None) without a denominator.

    Without thresholds the points are in proportion: the percentage of ``max_points``, half-up.
    """
    percent = ratio_percent(numerator, denominator)
    if percent is None:
        return None, None
    if not thresholds:
        return percent, round_half_up(min(percent, Decimal(100)) * max_points / 100, 2)
    return percent, threshold_points(percent, thresholds)


def share(got: Decimal | None, max_points: Decimal | None) -> Decimal | None:
    """got / max as a percentage, half-up to two places (87,62 for 9,2/10,5)."""
    return ratio_percent(got, max_points)


def truncated_share(got: Decimal, max_points: Decimal) -> Decimal:
    """What a spreadsheet that cuts the decimals gives (87,61 for 9,2/10,5): for comparison only."""
    return (got * 100 / max_points).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


@dataclass(frozen=True)
class Rank:
    position: int  # 1 = best
    of: int  # how many are ranked
    shared_with: int  # how many others hold the same position


def ranks(values: Mapping[Hashable, Decimal | None]) -> dict[Hashable, Rank]:
    """Competition ranks of the known values (higher is better); equal values share the rank."""
    known = {key: value for key, value in values.items() if value is not None}
    ordered = sorted(known.values(), reverse=True)
    counts: dict[Decimal, int] = {}
    for value in ordered:
        counts[value] = counts.get(value, 0) + 1
    first: dict[Decimal, int] = {}
    for index, value in enumerate(ordered, start=1):
        first.setdefault(value, index)
    return {key: Rank(first[value], len(ordered), counts[value] - 1) for key, value in known.items()}


def rank_phrase(rank: Rank, peers: str) -> str:
    """ "xếp hạng 11/13 huyện, thành phố" or, shared, "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác"."""
    if rank.shared_with:
        return _("ranked %(position)d, sharing place %(position)d with %(others)d other %(peers)s") % {
            "position": rank.position,
            "others": rank.shared_with,
            "peers": peers,
        }
    return _("ranked %(position)d/%(of)d %(peers)s") % {"position": rank.position, "of": rank.of, "peers": peers}


def rank_change(previous: int | None, now: int | None) -> int | None:
    """Places gained (positive) or lost (negative) since last year."""
    if previous is None or now is None:
        return None
    return previous - now


def rank_change_phrase(change: int | None, previous_year: int) -> str:
    """ "tăng 9 bậc so với năm 2022", "giảm 3 bậc …", "giữ nguyên thứ hạng …"; "" when last year is unknown."""
    if change is None:
        return ""
    if change > 0:
        return _("up %(places)d places on %(year)d") % {"places": change, "year": previous_year}
    if change < 0:
        return _("down %(places)d places on %(year)d") % {"places": -change, "year": previous_year}
    return _("the same place as in %(year)d") % {"year": previous_year}


def points_change_text(delta: Decimal | None) -> str:
    """+0,29 / −2,58 / 0 (the points gained or lost since last year)."""
    if delta is None:
        return ""
    if delta > 0:
        return f"+{format_number(delta)}"
    if delta < 0:
        return f"\u2212{format_number(-delta)}"
    return "0"
