"""Issue 16, item 4: the consolidation page speaks plainly to reviewers (no indicator codes, no move names, no
JSON button); administrators keep the codes and the JSON export."""

import re

import pytest
from django.urls import reverse

from consolidation.prefill import refresh
from reports.models import ReportState

from .conftest import make_report, put


@pytest.fixture
def recalculated(binh_son, h1_2024, rita):
    commune = binh_son.children.filter(kind="commune").order_by("code").first()
    put(commune, h1_2024, {"dossiers.resolved.on_time": 9, "dossiers.resolved.late": 1})
    make_report(commune, h1_2024, ReportState.ACCEPTED)
    refresh(unit=binh_son, period=h1_2024, trigger="accept", trigger_unit=commune, user=rita)
    return commune


def _page(client, user):
    client.force_login(user)
    return client.get(reverse("consolidation:overview", args=["524", "2024-H1"])).content.decode()


def _visible_text(page: str) -> str:
    return re.sub(r"<[^>]+>", " ", page)


def test_the_reviewer_reads_names_and_percentages_not_codes(client, rita, recalculated):
    page = _page(client, rita)
    changes = page[page.index('data-testid="changes"') :]
    changes = changes[: changes.index("</ul>")]
    assert "báo cáo được tiếp nhận" in changes and "· accept" not in changes
    lines = re.findall(r'data-testid="change-line">([^<]+)<', changes)
    assert lines and all("dossiers." not in line for line in lines)
    assert any("%" in line for line in lines)  # a rate changed: printed with its sign
    assert "dossiers." not in _visible_text(page)
    assert 'data-testid="export-json"' not in page and 'data-testid="export-xlsx"' in page


def test_an_administrator_keeps_the_codes_and_the_json_export(client, django_user_model, recalculated):
    root = django_user_model.objects.create_superuser("root", password="x")
    page = _page(client, root)
    assert 'data-testid="export-json"' in page and "<code" in page
