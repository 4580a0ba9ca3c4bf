"""The PAR INDEX pages: who sees what, the self-assessment and appraisal forms through HTTP, query counts."""

from io import BytesIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from scorecards import demo, services
from scorecards.models import Framework, Item, Score, State
from units.divisions import history_available
from units.models import Membership, Role, User

pytestmark = pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list")


@pytest.fixture
def seeded(tree):
    demo.seed()
    return Framework.objects.get(province__code="51", year=2023, group="district")


def _person(name, code, role, tree):
    user = User.objects.create_user(name, password="pw-123456", full_name=name)
    Membership.objects.create(user=user, unit=tree[code], role=role)
    return user


def test_ranking_page_for_the_province_and_query_count(client, seeded, paula, django_assert_max_num_queries):
    client.force_login(paula)
    url = reverse("scorecards:ranking", args=[seeded.pk])
    with django_assert_max_num_queries(16):
        response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('data-testid="rank-row"') == 13
    assert "82,84" in page and "Huyện Bình Sơn" in page


def test_other_province_and_outsiders_see_nothing(client, seeded, oscar, tree):
    stranger = _person("bdreviewer", "74", Role.REVIEWER, tree)
    for user in (oscar, stranger):
        client.force_login(user)
        assert client.get(reverse("scorecards:ranking", args=[seeded.pk])).status_code == 404
        assert client.get(reverse("scorecards:assessment", args=[seeded.pk, "524"])).status_code == 404


def test_a_district_sees_its_own_published_result_and_not_others(client, seeded, rita):
    client.force_login(rita)
    own = client.get(reverse("scorecards:assessment", args=[seeded.pk, "524"]))
    assert own.status_code == 200
    page = own.content.decode()
    assert "57/QĐ-UBND" in page and "82,84" in page and "Giải ngân vốn đầu tư công" in page
    # each field's result worded as the seed words it, then the appraised part, SIPAS and the total
    standings = page[page.index('data-testid="standings"') :]
    assert "9,2/10,5" in standings and "87,62\u00a0%" in standings and "xếp hạng 11/13 huyện, thành phố" in standings
    assert "xếp hạng 1, chung vị thứ 1 với 12 huyện, thành phố khác" in standings
    assert "tăng 9 bậc so với năm 2022" in standings and "giảm 6 bậc so với năm 2022" in standings
    assert "82,84/100" in standings and "+0,29; giảm 2 bậc so với năm 2022" in standings
    assert client.get(reverse("scorecards:assessment", args=[seeded.pk, "522"])).status_code == 404
    assert client.get(reverse("scorecards:ranking", args=[seeded.pk])).status_code == 404


def test_assessment_page_queries_do_not_grow_with_items(client, seeded, rita, django_assert_max_num_queries):
    client.force_login(rita)
    url = reverse("scorecards:assessment", args=[seeded.pk, "524"])
    with django_assert_max_num_queries(25) as first:
        client.get(url)
    Item.objects.filter(framework=seeded, number__in=["8.3", "8.4"]).delete()  # fewer items, same queries
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(url)


def test_self_assessment_and_appraisal_through_the_pages(client, tree):
    demo.seed()
    framework = Framework.objects.get(province__code="51", year=2023, group="district")
    clerk = _person("clerk524", "524", Role.CLERK, tree)
    chair = _person("chair524", "524", Role.LEADER, tree)
    council = _person("council51", "51", Role.REVIEWER, tree)
    assessment = framework.assessments.get(unit__code="524")
    assessment.state = State.DRAFT  # a fresh year's draft: the demo's is published
    assessment.save()
    url = reverse("scorecards:assessment", args=[framework.pk, "524"])
    client.force_login(clerk)
    assert client.get(url).status_code == 200
    item = Item.objects.get(framework=framework, number="1.5")
    bad = client.post(reverse("scorecards:save_self", args=[framework.pk, "524"]),
                      {"version": assessment.version, f"points-{item.pk}": "9"}, follow=True)  # fmt: skip
    assert "Điểm phải từ 0 đến 1,5" in bad.content.decode()
    client.post(reverse("scorecards:save_self", args=[framework.pk, "524"]),
                {"version": assessment.version, f"points-{item.pk}": "1,5", f"note-{item.pk}": "Có sáng kiến"})  # fmt: skip
    assert Score.objects.get(assessment=assessment, item=item).self_points == 1.5
    assert client.post(reverse("scorecards:move", args=[framework.pk, "524"]), {"move": "approve"}).status_code == 403
    client.post(reverse("scorecards:move", args=[framework.pk, "524"]), {"move": "submit", "state": "draft"})
    client.force_login(chair)
    client.post(
        reverse("scorecards:move", args=[framework.pk, "524"]), {"move": "approve", "state": "pending_approval"}
    )
    assessment.refresh_from_db()
    assert assessment.state == State.SUBMITTED
    client.force_login(council)
    page = client.get(url).content.decode()
    assert 'data-testid="appraise-form"' in page
    appraise = reverse("scorecards:appraise", args=[framework.pk, "524"])
    refused = client.post(appraise, {f"appraised-{item.pk}": "1"}, follow=True).content.decode()
    assert "Hãy ghi lý do" in refused
    client.post(appraise, {f"appraised-{item.pk}": "1", f"reason-{item.pk}": "Sáng kiến chưa được công nhận"})
    score = Score.objects.get(assessment=assessment, item=item)
    assert (score.appraised_points, score.appraisal_reason) == (1, "Sáng kiến chưa được công nhận")
    assert services.moves_for(council, assessment)[0].name == "return"
    # the page lists the change, who made it and why (the demo's own writes, made by nobody, are not listed)
    client.force_login(clerk)
    page = client.get(url).content.decode()
    history = page[page.index('data-testid="history"') :]
    assert "council51" in history and "1,2 → 1" in history and "Sáng kiến chưa được công nhận" in history
    assert history.count('data-testid="history-row"') == len(services.measured_ratios(assessment)) + 1


def test_wrong_methods(client, seeded, paula):
    client.force_login(paula)
    assert client.get(reverse("scorecards:publish", args=[seeded.pk])).status_code == 405
    assert client.post(reverse("scorecards:ranking", args=[seeded.pk])).status_code == 405


def test_the_fields_chart_compares_with_the_groups_mean(client, seeded, rita):
    from scorecards.charts import field_means
    from scorecards.results import framework_results

    means = field_means(framework_results(seeded))
    assert means["2"] == 100 and means["4"] == 100  # every district had full marks
    client.force_login(rita)
    page = client.get(reverse("scorecards:assessment", args=[seeded.pk, "524"])).content.decode()
    assert 'data-testid="fields-chart"' in page and "<svg" in page and "87,62" in page


def test_ranking_and_index_queries_do_not_grow_with_units(client, seeded, paula, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(paula)

    def count(url):
        client.get(url)  # the first request of a session writes it
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    ranking, index = reverse("scorecards:ranking", args=[seeded.pk]), reverse("scorecards:index")
    before = count(ranking)
    seeded.assessments.exclude(unit__code__in=["522", "524"]).delete()  # 13 units -> 2
    with django_assert_num_queries(before):
        client.get(ranking)
    before = count(index)
    Framework.objects.filter(year=2022).delete()  # 2 frameworks -> 1
    with django_assert_num_queries(before):
        client.get(index)


def test_the_rank_over_the_years(client, seeded, rita, django_assert_num_queries):
    from scorecards.charts import rank_history

    binh_son = seeded.assessments.get(unit__code="524").unit
    with django_assert_num_queries(2):
        history = rank_history(seeded, binh_son)
    assert [(year, rank.position, rank.of) for year, rank in history] == [(2022, 4, 13), (2023, 6, 13)]
    client.force_login(rita)
    page = client.get(reverse("scorecards:assessment", args=[seeded.pk, "524"])).content.decode()
    assert 'data-testid="rank-chart"' in page and "6/13" in page


def test_a_ratio_names_its_figures_and_thresholds_and_guidance_is_shown(client, seeded, rita):
    item = Item.objects.get(framework=seeded, number="3.2.1")
    item.guidance = "Tính trên hồ sơ đã giải quyết trong năm."
    item.save()
    client.force_login(rita)
    page = client.get(reverse("scorecards:assessment", args=[seeded.pk, "524"])).content.decode()
    assert "Số hồ sơ giải quyết trước và đúng hạn</span> / <span" in page  # the catalogue's names, not codes
    assert "≥98 % → 2; ≥95 % → 1,5; ≥90 % → 1; ≥0 % → 0" in page
    assert "Tính trên hồ sơ đã giải quyết trong năm." in page


def test_ranking_page_downloads_the_excel_publication_of_the_command(client, seeded, paula, tmp_path):
    client.force_login(paula)
    page = client.get(reverse("scorecards:ranking", args=[seeded.pk])).content.decode()
    url = reverse("scorecards:ranking_xlsx", args=[seeded.pk])
    assert f'href="{url}"' in page
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="par-index-51-2023.xlsx"'
    path = tmp_path / "command.xlsx"
    call_command("par_index", "--province", "51", "--year", "2023", "--format", "xlsx", "--output", str(path))
    downloaded, written = load_workbook(BytesIO(response.content)), load_workbook(path)
    assert downloaded.sheetnames == written.sheetnames == ["PAR INDEX 2023", "Xếp hạng theo lĩnh vực"]
    for name in written.sheetnames:
        assert list(downloaded[name].values) == list(written[name].values)
    rows = {r[1]: r for r in downloaded.worksheets[0].iter_rows(min_row=3, values_only=True)}
    assert rows["524"][0] == 6 and len(rows) == 13
