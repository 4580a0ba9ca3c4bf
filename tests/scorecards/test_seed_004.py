"""Seed 004's figures as the province council's appraisal: Bình Sơn 82,84 = 63,26 + 19,58, rank 6/13, and the
seed's per-field ranks and changes from 2022, with the other 12 districts' demo scores."""

from decimal import Decimal as D

import pytest
from django.utils import translation

from scorecards import demo
from scorecards.models import Framework
from scorecards.results import framework_results
from scorecards.scoring import rank_change_phrase, rank_phrase
from units.divisions import history_available

pytestmark = pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list")

# field number -> (points, max, share half-up, rank, shared with, change in places since 2022)
SEED_004 = {
    "1": ("9.2", "10.5", "87.62", 11, 0, 0),
    "2": ("4.5", "4.5", "100.00", 1, 12, 9),
    "3": ("12.06", "12.5", "96.48", 1, 0, 7),
    "4": ("5", "5", "100.00", 1, 12, 12),
    "5": ("9.45", "10", "94.50", 4, 0, 3),
    "6": ("6.45", "9", "71.67", 8, 0, -3),
    "7": ("11.85", "14", "84.64", 7, 0, 4),
    "8": ("4.75", "6.5", "73.08", 8, 0, -7),
}


@pytest.fixture
def results(tree):
    demo.seed()
    framework = Framework.objects.get(province__code="51", year=2023, group="district")
    return framework_results(framework)


def test_binh_son_totals_and_ranks(results, django_assert_max_num_queries):
    binh_son = results.for_unit(results.framework.province.children.get(code="524").pk)
    assert len(results.units) == 13
    assert binh_son.appraised.points == D("63.26") and binh_son.appraised.max_points == D(72)
    assert binh_son.survey.points == D("19.58") and binh_son.survey.max_points == D(28)
    assert binh_son.total.points == D("82.84") == binh_son.appraised.points + binh_son.survey.points
    assert (binh_son.total.rank.position, binh_son.total.rank.of) == (6, 13)
    assert binh_son.appraised.rank.position == 7 and binh_son.survey.rank.position == 7
    assert binh_son.survey.change == -6  # "giảm 6 bậc"
    assert binh_son.total.points_change == D("0.29")
    assert binh_son.appraised.points_change == D("2.87")
    assert binh_son.survey.points_change == D("-2.58")
    assert binh_son.total.change < 0  # more points, yet a lower rank than in 2022
    assert binh_son.self_points > binh_son.appraised.points  # the council lowered three of its own scores


def test_binh_son_fields_as_the_seed(results):
    binh_son = next(r for r in results.units if r.unit.code == "524")
    for field in binh_son.fields:
        points, max_points, share, rank, shared, change = SEED_004[field.item.number]
        standing = field.standing
        assert (standing.points, standing.max_points) == (D(points), D(max_points)), field.item.number
        assert standing.share == D(share), field.item.number
        assert (standing.rank.position, standing.rank.shared_with) == (rank, shared), field.item.number
        assert standing.change == change, field.item.number
    with translation.override("vi"):
        second = binh_son.fields[1].standing
        assert f"{rank_phrase(second.rank, results.peers)}; {rank_change_phrase(second.change, 2022)}" == (
            "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác; tăng 9 bậc so với năm 2022"
        )
        assert rank_phrase(binh_son.fields[0].standing.rank, results.peers) == "xếp hạng 11/13 huyện, thành phố"


def test_lost_points_carry_the_councils_reasons(results):
    binh_son = next(r for r in results.units if r.unit.code == "524")
    finance = binh_son.fields[5]
    assert [lost.item.number for lost in finance.lost] == ["6.1", "6.2", "6.3", "6.4"]
    assert all(lost.reason for lost in finance.lost)
    assert binh_son.fields[1].lost == []  # full marks


def test_results_read_a_constant_number_of_queries(results, django_assert_num_queries):
    # items, assessments and scores of this year and of last year, and last year's framework
    with django_assert_num_queries(7):
        framework_results(results.framework)
    results.framework.assessments.exclude(unit__code__in=["522", "524", "525"]).delete()
    with django_assert_num_queries(7):
        assert len(framework_results(results.framework).units) == 3


def test_the_demo_is_idempotent(results):
    before = [(r.unit.code, r.total.points) for r in results.units]
    demo.seed()
    assert [(r.unit.code, r.total.points) for r in framework_results(results.framework).units] == before


def test_the_demo_copies_2023_to_2024_with_binh_sons_draft(results):
    following = Framework.objects.get(province__code="51", year=2024, group="district")
    assert following.copied_from == results.framework
    assert following.title.endswith("năm 2024")
    assert [(a.unit.code, a.state) for a in following.assessments.select_related("unit")] == [("524", "draft")]
    numbers = list(following.items.order_by("order").values_list("number", "max_points"))
    assert numbers == list(results.framework.items.order_by("order").values_list("number", "max_points"))
