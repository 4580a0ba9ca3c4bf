"""The scorecard's arithmetic: half-up shares, ratio thresholds, competition ranks and their wording."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from scorecards.scoring import (
    Rank,
    check_method_points,
    check_points,
    points_change_text,
    rank_change,
    rank_change_phrase,
    rank_phrase,
    ranks,
    score_ratio,
    share,
    threshold_points,
    truncated_share,
)


@pytest.mark.parametrize(
    ("got", "max_points", "half_up", "truncated"),
    [
        ("9.2", "10.5", "87.62", "87.61"),  # seed 004 prints 87,61
        ("4.75", "6.5", "73.08", "73.07"),  # seed 004 prints 73,07
        ("6.45", "9", "71.67", "71.66"),  # seed 004 prints 71,66
        ("12.06", "12.5", "96.48", "96.48"),
        ("11.85", "14", "84.64", "84.64"),
    ],
)
def test_shares_round_half_up_where_the_seed_truncates(got, max_points, half_up, truncated):
    assert share(D(got), D(max_points)) == D(half_up)
    assert truncated_share(D(got), D(max_points)) == D(truncated)


def test_ratio_thresholds_and_proportional_points():
    steps = [["98", "2"], ["95", "1.5"], ["90", "1"], ["0", "0"]]
    assert score_ratio(985, 1000, steps) == (D("98.50"), D("2.00"))
    assert score_ratio(950, 1000, steps) == (D("95.00"), D("1.50"))
    assert score_ratio(949, 1000, steps) == (D("94.90"), D("1.00"))
    assert score_ratio(10, 1000, steps) == (D("1.00"), D("0.00"))
    assert score_ratio(10, 0, steps) == (None, None)  # no denominator: not scored
    assert threshold_points(D("50"), [["60", "1"]]) == D(0)  # below every threshold


def test_typed_points_are_checked_against_the_maximum():
    assert check_points("1,25", D("1.5")) == D("1.25")
    assert check_points("", D("1.5")) is None
    for bad in ("1,6", "-1", "abc", "0,125"):
        with pytest.raises(ValidationError):
            check_points(bad, D("1.5"))


def test_equal_points_share_a_rank_and_the_next_counts_them():
    found = ranks({"a": D("4.5"), "b": D("4.5"), "c": D("4"), "d": D("3.9"), "e": D("3.9"), "f": None})
    assert found["a"] == Rank(1, 5, 1) and found["b"] == Rank(1, 5, 1)
    assert found["c"] == Rank(3, 5, 0)
    assert found["d"] == found["e"] == Rank(4, 5, 1)
    assert "f" not in found


def test_wording_of_ranks_and_changes():
    with translation.override("vi"):
        assert rank_phrase(Rank(1, 13, 12), "huyện, thành phố") == (
            "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác"
        )
        assert rank_phrase(Rank(11, 13, 0), "huyện, thành phố") == "xếp hạng 11/13 huyện, thành phố"
        assert rank_change_phrase(rank_change(10, 1), 2022) == "tăng 9 bậc so với năm 2022"
        assert rank_change_phrase(rank_change(5, 8), 2022) == "giảm 3 bậc so với năm 2022"
        assert rank_change_phrase(0, 2022) == "giữ nguyên thứ hạng so với năm 2022"
        assert rank_change_phrase(None, 2022) == ""
    assert points_change_text(D("0.29")) == "+0,29"
    assert points_change_text(D("-2.58")) == "\u22122,58"


def test_yes_or_no_and_stepped_items_take_only_their_own_points():
    assert check_method_points("1", method="yes_no", max_points=D(1)) == D(1)
    assert check_method_points("0", method="yes_no", max_points=D(1)) == D(0)
    steps = [["Hoàn thành 100%", "1"], ["Từ 80% đến dưới 100%", "0.5"], ["Dưới 80%", "0"]]
    assert check_method_points("0,5", method="steps", max_points=D(1), steps=steps) == D("0.5")
    assert check_method_points("", method="steps", max_points=D(1), steps=steps) is None
    assert check_method_points("0,7", method="manual", max_points=D(1)) == D("0.7")
    with translation.override("vi"):
        with pytest.raises(ValidationError, match="chỉ được 0 hoặc 1 điểm"):
            check_method_points("0,5", method="yes_no", max_points=D(1))
        with pytest.raises(ValidationError, match="các mức: 1; 0,5; 0 điểm"):
            check_method_points("0,7", method="steps", max_points=D(1), steps=steps)
