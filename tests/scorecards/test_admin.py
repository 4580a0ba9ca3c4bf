"""The frameworks in the admin: the province administrator copies its own framework to next year; another
province's framework is out of reach."""

import pytest
from django.urls import reverse

from scorecards.demo import build_framework
from scorecards.models import Framework, Item
from units.demo import grant_administrator_permissions

ROWS = [("1", "Chỉ đạo, điều hành", "2", None, None), ("1.1", "Kế hoạch năm", "2", "yes_no", None)]


@pytest.fixture
def frameworks(tree):
    return {
        code: build_framework(
            province=tree[code], year=2024, group="district", title=f"Bộ chỉ số {code} năm 2024", survey="28", rows=ROWS
        )
        for code in ("51", "74")
    }


def test_copy_to_next_year_from_the_admin(client, adam, frameworks):
    grant_administrator_permissions(adam)
    client.force_login(adam)
    url = reverse("admin:scorecards_framework_changelist")
    client.post(url, {"action": "copy_to_next_year", "_selected_action": [f.pk for f in frameworks.values()]})
    copy = Framework.objects.get(province__code="51", year=2025)
    assert copy.title == "Bộ chỉ số 51 năm 2025" and copy.copied_from == frameworks["51"]
    assert list(Item.objects.filter(framework=copy).values_list("number", flat=True).order_by("number")) == ["1", "1.1"]
    assert not Framework.objects.filter(province__code="74", year=2025).exists()  # not his province
    page = client.post(url, {"action": "copy_to_next_year", "_selected_action": [frameworks["51"].pk]}, follow=True)
    assert "đã có bộ chỉ số năm 2025" in page.content.decode()  # refused, nothing duplicated
    assert Framework.objects.filter(province__code="51", year=2025).count() == 1


def test_the_inline_sets_parents_from_the_numbers(client, adam, frameworks):
    grant_administrator_permissions(adam)
    client.force_login(adam)
    framework = frameworks["51"]
    items = list(Item.objects.filter(framework=framework).order_by("number"))
    data = {
        "province": framework.province_id, "year": 2024, "group": "district", "title": framework.title,
        "survey_max_points": "28", "items-TOTAL_FORMS": "3", "items-INITIAL_FORMS": "2",
        "items-MIN_NUM_FORMS": "0", "items-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    for index, item in enumerate(items):
        data |= {f"items-{index}-id": item.pk, f"items-{index}-framework": framework.pk, f"items-{index}-number": item.number,
                 f"items-{index}-order": item.order, f"items-{index}-title": item.title,
                 f"items-{index}-max_points": "2" if item.number == "1" else "1", f"items-{index}-method": item.method,
                 f"items-{index}-steps": "[]", f"items-{index}-thresholds": "[]"}  # fmt: skip
    data |= {"items-2-framework": framework.pk, "items-2-number": "1.2", "items-2-order": 3, "items-2-title": "Báo cáo",
             "items-2-max_points": "1", "items-2-method": "manual", "items-2-steps": "[]", "items-2-thresholds": "[]"}  # fmt: skip
    response = client.post(reverse("admin:scorecards_framework_change", args=[framework.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    new = Item.objects.get(framework=framework, number="1.2")
    assert new.parent.number == "1"
    # versioned: the item's earlier maximum is kept in its history
    changed = Item.objects.get(framework=framework, number="1.1")
    assert [float(v) for v in changed.history.order_by("history_id").values_list("max_points", flat=True)] == [2, 1]


def test_a_published_framework_is_read_only(client, adam, frameworks, tree):
    from scorecards.models import State
    from scorecards.services import open_assessment

    grant_administrator_permissions(adam)
    client.force_login(adam)
    framework = frameworks["51"]
    assessment = open_assessment(framework=framework, unit=tree["524"])
    change = reverse("admin:scorecards_framework_change", args=[framework.pk])
    assert 'name="_save"' in client.get(change).content.decode()  # a draft's framework is still edited
    assessment.state = State.PUBLISHED
    assessment.save()
    page = client.get(change)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()  # shown, not editable
    data = {"province": framework.province_id, "year": 2024, "group": "district", "title": "Đổi tên",
            "survey_max_points": "30", "items-TOTAL_FORMS": "0", "items-INITIAL_FORMS": "0"}  # fmt: skip
    assert client.post(change, data).status_code == 403
    delete = reverse("admin:scorecards_framework_delete", args=[framework.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    framework.refresh_from_db()
    assert framework.title == "Bộ chỉ số 51 năm 2024" and framework.items.count() == 2
    # copying it to next year is still possible
    url = reverse("admin:scorecards_framework_changelist")
    client.post(url, {"action": "copy_to_next_year", "_selected_action": [framework.pk]})
    assert Framework.objects.filter(province__code="51", year=2025).exists()
