"""The URL matrix (issue 16, item 3): every URL of the portal, for every role, answers what the policy says.

The expectations are written out here by hand, independently of units.access.POLICY and READS: who reads
which report (a reviewer what was sent to it, never a draft below; a viewer what was accepted), who reads
which board and consolidation, who may act. A URL added to the portal without a row here fails
``test_every_url_of_the_portal_is_in_the_matrix``.

The world: Bình Phước (a commune of Bình Sơn district 524, province 51) has a draft for 2023, a report
submitted for 2024 and one accepted for 2022; the district has its own draft for 2023.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from desk.comments import add_comment
from desk.services import report_create
from exports.archive import EXPORTERS
from indicators.comments import add_sheet_comment
from indicators.models import FormDefinition
from jobs.models import Job, JobKind
from plans.models import Document, DocumentType, Plan, PlanKind, ReformField, Task
from reports.models import Report, ReportState, ReportType
from reports.periods import ensure_period
from scorecards.demo import build_framework
from scorecards.models import Assessment, Evidence, State
from scorecards.services import open_assessment
from units.models import User

PEOPLE = ["alice", "leader", "carol", "rita", "paula", "victor", "adam", "oscar"]

# Which reports each person reads (by the world's names), written out by hand.
READS = {
    "alice": {"draft", "sent", "accepted"},  # clerk of the commune: all of its own
    "leader": {"draft", "sent", "accepted"},  # its chairman: all of its own
    "carol": set(),  # another district's commune
    "rita": {"sent", "accepted", "district"},  # district reviewer: what was sent to her, and her own unit's
    "paula": {"sent", "accepted"},  # province reviewer: what was sent up, no draft of a unit below
    "victor": {"accepted"},  # province viewer: what was accepted
    "adam": {"draft", "sent", "accepted", "district"},  # the province's administrator
    "oscar": set(),
}
# Whose unit pages (the unit card, its plan and register) each person opens: the units they see.
SEES = {
    "alice": {"commune"},
    "leader": {"commune"},
    "carol": set(),
    "rita": {"commune", "district"},
    "paula": {"commune", "district", "province"},
    "victor": {"commune", "district", "province"},
    "adam": {"commune", "district", "province"},
    "oscar": set(),
}
# Whose boards and consolidations each person reads (FOLLOW), and where they act on them (CONSOLIDATE).
FOLLOWS = {"rita": {"district"}, "paula": {"district", "province"}, "victor": {"district", "province"}}
CONSOLIDATES = {"rita": {"district"}, "paula": {"province"}}
EDITS = {"alice"}  # the commune's clerk
APPROVES = {"leader"}
REVIEWS_COMMUNE = {"rita"}  # the commune reports to its district
EXPORTS_SUBTREE = {"rita": {"district"}, "paula": {"district", "province"}, "victor": {"district", "province"}}
EXPORTS_SUBTREE["adam"] = {"district", "province"}
APPRAISES = {"paula"}  # the province's council appraises the districts' self-assessments
PUBLISHES = {"paula"}  # and the province publishes its frameworks' results


def reading(report: str, ok: int = 200) -> Callable[[str], int]:
    return lambda who: ok if report in READS[who] else 404


def acting(report: str, doers: set[str], ok: int = 302) -> Callable[[str], int]:
    """Readers who may act get ``ok``, other readers 403, everyone else 404."""
    return lambda who: 404 if report not in READS[who] else ok if who in doers else 403


def unit_page(unit: str, ok: int = 200) -> Callable[[str], int]:
    return lambda who: ok if unit in SEES[who] else 404


def unit_action(unit: str, doers: set[str], ok) -> Callable[[str], int]:
    return lambda who: 404 if unit not in SEES[who] else ok if who in doers else 403


def figures(period_report: str, doers: set[str] | None = None, ok=200) -> Callable[[str], int]:
    """A figures page: 404 unless the person reads the unit's report of that period; then the action."""
    return lambda who: 404 if period_report not in READS[who] else ok if doers is None or who in doers else 403


def following(unit: str, table: dict[str, set[str]], ok=200) -> Callable[[str], int]:
    return lambda who: 404 if unit not in SEES[who] else ok if unit in table.get(who, set()) else 403


ANY_ANSWER = "answers"  # the person is let through: anything but 403, 404 or a server error


@dataclass
class Case:
    name: str
    args: Callable[[dict], list]
    expect: Callable[[str], int | str]
    method: str = "get"
    data: dict | None = None


CASES = [
    Case("desk:home", lambda w: [], lambda who: 200),
    Case("desk:digest", lambda w: [], lambda who: 302, "post"),
    Case("desk:new", lambda w: [w["commune"], "2023"], unit_action("commune", EDITS, 200)),
    Case("desk:detail", lambda w: [w["draft"].pk], reading("draft")),
    Case("desk:detail", lambda w: [w["sent"].pk], reading("sent")),
    Case("desk:detail", lambda w: [w["accepted"].pk], reading("accepted")),
    Case("desk:detail", lambda w: [w["district"].pk], reading("district")),
    Case("desk:edit", lambda w: [w["draft"].pk], acting("draft", EDITS, 200)),
    Case("desk:edit", lambda w: [w["district"].pk], acting("district", set(), 200)),
    Case("desk:preview", lambda w: [w["accepted"].pk], reading("accepted"), "post", {"text": "x"}),
    Case("desk:preview", lambda w: [w["draft"].pk], reading("draft"), "post", {"text": "x"}),
    Case("desk:move", lambda w: [w["sent"].pk], reading("sent", 302), "post"),
    Case("desk:issue", lambda w: [w["draft"].pk], acting("draft", APPROVES), "post"),
    Case(
        "desk:section_comment",
        lambda w: [w["sent"].pk, w["sent"].sections.first().pk],
        acting("sent", REVIEWS_COMMUNE),
        "post",
        {"text": "Bổ sung số liệu."},
    ),
    Case("desk:comment_resolve", lambda w: [w["comment"].pk], acting("sent", EDITS), "post"),
    Case("desk:board", lambda w: [w["district_code"], "2023"], following("district", FOLLOWS)),
    Case("desk:board", lambda w: [w["province_code"], "2023"], following("province", FOLLOWS)),
    Case("desk:remind", lambda w: [w["district_code"], "2023"], following("district", CONSOLIDATES, 302), "post"),
    Case("units:detail", lambda w: [w["district_code"]], unit_page("district")),
    Case("units:detail", lambda w: [w["commune"]], unit_page("commune")),
    Case("indicators:forms", lambda w: [w["commune"], "2023"], figures("draft")),
    Case("indicators:forms", lambda w: [w["commune"], "2022"], figures("accepted")),
    Case("indicators:form_edit", lambda w: [w["commune"], "2023", "dossiers"], figures("draft")),
    Case("indicators:form_edit", lambda w: [w["commune"], "2024", "dossiers"], figures("sent")),
    Case("indicators:form_edit", lambda w: [w["commune"], "2022", "dossiers"], figures("accepted")),
    Case("indicators:form_live", lambda w: [w["commune"], "2023", "dossiers"], figures("draft", EDITS), "post"),
    Case(
        "indicators:dossier_import",
        lambda w: [w["commune"], "2023"],
        figures("draft", EDITS, ANY_ANSWER),
        "post",
    ),
    Case(
        "indicators:dossier_import_confirm",
        lambda w: [w["commune"], "2023"],
        figures("draft", EDITS, ANY_ANSWER),
        "post",
    ),
    Case("indicators:explanation", lambda w: [w["commune"], "2023"], figures("draft", EDITS, ANY_ANSWER), "post"),
    Case(
        "indicators:sheet_comment",
        lambda w: [w["commune"], "2024", "dossiers"],
        figures("sent", REVIEWS_COMMUNE, 302),
        "post",
        {"text": "Xem lại dòng Tư pháp."},
    ),
    Case(
        "indicators:sheet_comment_resolve",
        lambda w: [w["commune"], "2024", w["sheet_comment"].pk],
        figures("sent", EDITS, 302),
        "post",
    ),
    Case("indicators:offline_template", lambda w: [w["commune"], "2023"], figures("draft")),
    Case("indicators:offline_template", lambda w: [w["commune"], "2022"], figures("accepted")),
    Case("indicators:offline_upload", lambda w: [w["commune"], "2023"], figures("draft", EDITS, ANY_ANSWER), "post"),
    Case("indicators:offline_confirm", lambda w: [w["commune"], "2023"], figures("draft", EDITS, ANY_ANSWER), "post"),
    Case("plans:plan", lambda w: [w["commune"], 2023], unit_page("commune")),
    Case("plans:plan_decision", lambda w: [w["commune"], 2023], unit_action("commune", EDITS, 302), "post"),
    Case("plans:task_create", lambda w: [w["commune"], 2023], unit_action("commune", EDITS, ANY_ANSWER), "post"),
    Case("plans:task_import", lambda w: [w["commune"], 2023], unit_action("commune", EDITS, 200)),
    Case("plans:task_edit", lambda w: [w["commune"], 2023, w["task"].pk], unit_action("commune", EDITS, 200)),
    Case(
        "plans:task_complete",
        lambda w: [w["commune"], 2023, w["task"].pk],
        unit_action("commune", EDITS, ANY_ANSWER),
        "post",
    ),
    Case(
        "plans:task_delete",
        lambda w: [w["commune"], 2023, w["task"].pk],
        unit_action("commune", EDITS, ANY_ANSWER),
        "post",
    ),
    Case("plans:documents", lambda w: [w["commune"]], unit_page("commune")),
    Case("plans:document_create", lambda w: [w["commune"]], unit_action("commune", EDITS, ANY_ANSWER), "post"),
    Case("plans:citation_search", lambda w: [w["commune"]], unit_page("commune")),
    Case("plans:document_edit", lambda w: [w["commune"], w["document"].pk], unit_action("commune", EDITS, 200)),
    Case("consolidation:overview", lambda w: [w["district_code"], "2023"], following("district", FOLLOWS)),
    Case("consolidation:overview", lambda w: [w["province_code"], "2023"], following("province", FOLLOWS)),
    Case("consolidation:export", lambda w: [w["district_code"], "2023", "xlsx"], following("district", FOLLOWS)),
    Case("consolidation:export", lambda w: [w["province_code"], "2023", "xlsx"], following("province", FOLLOWS)),
    Case(
        "consolidation:recalculate",
        lambda w: [w["district_code"], "2023"],
        following("district", CONSOLIDATES, 302),
        "post",
    ),
    Case("consolidation:national_dataset", lambda w: [], lambda who: 403),  # superusers only
    Case("exports:list", lambda w: [w["accepted"].pk], reading("accepted")),
    Case("exports:list", lambda w: [w["draft"].pk], reading("draft")),
    Case("exports:create", lambda w: [w["accepted"].pk, "xlsx"], reading("accepted", 302), "post"),
    Case("exports:preview", lambda w: [w["district"].pk], reading("district")),
    Case("exports:download", lambda w: [w["export"].pk], reading("sent")),
    Case("exports:download", lambda w: [w["accepted_export"].pk], reading("accepted")),  # the viewer's too
    Case("exports:bulk", lambda w: [w["district_code"]], following("district", EXPORTS_SUBTREE)),
    Case("jobs:list", lambda w: [], lambda who: 200),
    Case("jobs:detail", lambda w: [w["job"].pk], lambda who: 200 if who == "rita" else 404),
    Case("jobs:status", lambda w: [w["job"].pk], lambda who: 200 if who == "rita" else 404),
    Case("jobs:download", lambda w: [w["job"].pk], lambda who: 404),  # no result file yet, even for her
    # PAR INDEX (scorecards): the province's district framework; the district's self-assessment was sent to it
    Case("scorecards:index", lambda w: [], lambda who: 200),
    Case("scorecards:ranking", lambda w: [w["framework"].pk], unit_page("province")),
    Case("scorecards:ranking_xlsx", lambda w: [w["framework"].pk], unit_page("province")),
    Case("scorecards:survey", lambda w: [w["framework"].pk], unit_action("province", PUBLISHES, 302), "post"),
    Case("scorecards:publish", lambda w: [w["framework"].pk], unit_action("province", PUBLISHES, 302), "post"),
    Case("scorecards:assessment", lambda w: [w["framework"].pk, w["district_code"]], unit_page("district")),
    Case(
        "scorecards:save_self",
        lambda w: [w["framework"].pk, w["district_code"]],
        unit_action("district", set(), 302),
        "post",
    ),
    Case(
        "scorecards:appraise",
        lambda w: [w["framework"].pk, w["district_code"]],
        unit_action("district", APPRAISES, 302),
        "post",
    ),
    Case(
        "scorecards:move",
        lambda w: [w["framework"].pk, w["district_code"]],
        unit_action("district", APPRAISES, 302),
        "post",
        {"move": "return", "comment": "Bổ sung minh chứng."},
    ),
    Case(
        "scorecards:evidence",
        lambda w: [w["framework"].pk, w["district_code"], w["score"].pk],
        unit_action("district", set(), 302),
        "post",
    ),
    Case(
        "scorecards:evidence_file",
        lambda w: [w["framework"].pk, w["district_code"], w["evidence"].pk],
        unit_page("district"),
    ),
]
# Not the portal's own pages: Django's log-in, log-out, language switch and admin (tests/units/test_admin_matrix.py).
OUTSIDE = {"healthz", "login", "logout", "set_language"}


def _names(resolver, namespace="") -> set[str]:
    names = set()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            names |= _names(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(f"{namespace}{entry.name}")
    return names


def test_every_url_of_the_portal_is_in_the_matrix():
    assert _names(get_resolver()) - OUTSIDE == {case.name for case in CASES}


@pytest.fixture
def world(alice, leader, carol, rita, paula, victor, adam, oscar, tree, binh_phuoc, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    root = User.objects.create_superuser("root", password="pw-123456")
    cchc = ReportType.objects.get(code="cchc-year")
    commune, district = binh_phuoc, tree["524"]

    def report(unit, code, state):
        made = report_create(unit=unit, period=ensure_period(code), report_type=cchc, user=root)
        Report.objects.filter(pk=made.pk).update(state=state)
        made.refresh_from_db()
        return made

    w = {
        "commune": commune.code,
        "district_code": district.code,
        "province_code": tree["51"].code,
        "draft": report(commune, "2023", ReportState.DRAFT),
        "sent": report(commune, "2024", ReportState.SUBMITTED),
        "accepted": report(commune, "2022", ReportState.ACCEPTED),
        "district": report(district, "2023", ReportState.DRAFT),
    }
    w["comment"] = add_comment(user=rita, section=w["sent"].sections.first(), text="Bổ sung số liệu.")
    w["sheet_comment"] = add_sheet_comment(
        user=rita, report=w["sent"], form=FormDefinition.objects.get(code="dossiers"), text="Xem lại."
    )
    w["export"] = EXPORTERS["xlsx"](report=w["sent"], user=root)
    w["accepted_export"] = EXPORTERS["xlsx"](report=w["accepted"], user=root)
    plan = Plan.objects.create(unit=commune, year=2023, kind=PlanKind.OWN)
    w["task"] = Task.objects.create(plan=plan, field=ReformField.objects.first(), title="Nhiệm vụ")
    w["document"] = Document.objects.create(
        unit=commune,
        number=7,
        doc_type=DocumentType.PLAN,
        symbol="KH-UBND",
        issued_on=dt.date(2023, 2, 22),
        subject="về CCHC",
    )
    w["job"] = Job.objects.create(kind=JobKind.BULK_EXPORT, title="x", user=rita, unit=district)
    w["framework"] = build_framework(province=tree["51"], year=2023, group="district", title="Bộ chỉ số", survey="28",
                                     rows=[("1", "Chỉ đạo", "1", None, None), ("1.1", "Kế hoạch", "1", "manual", None)])  # fmt: skip
    assessment = open_assessment(framework=w["framework"], unit=district)
    Assessment.objects.filter(pk=assessment.pk).update(state=State.SUBMITTED)
    w["score"] = assessment.scores.get()
    w["evidence"] = Evidence.objects.create(score=w["score"], file=ContentFile(b"%PDF-1.4", name="bien-ban.pdf"),
                                            name="bien-ban.pdf", sha256="0" * 64, uploaded_by=root)  # fmt: skip
    w["people"] = {u.username: u for u in [alice, leader, carol, rita, paula, victor, adam, oscar]}
    return w


def _answer(client, case, world):
    url = reverse(case.name, args=case.args(world))
    if case.method == "post":
        return url, client.post(url, case.data or {})
    return url, client.get(url)


def test_every_url_answers_every_role_as_the_policy_says(world):
    wrong = []
    for who in PEOPLE:
        client = Client()
        client.force_login(world["people"][who])
        for case in CASES:
            url, response = _answer(client, case, world)
            expected = case.expect(who)
            if expected == ANY_ANSWER:
                if response.status_code in (403, 404) or response.status_code >= 500:
                    wrong.append((who, case.method, url, response.status_code, "let through"))
            elif response.status_code != expected:
                wrong.append((who, case.method, url, response.status_code, expected))
    assert wrong == []


def test_anonymous_is_sent_to_log_in_everywhere(world):
    client = Client()
    for case in CASES:
        url, response = _answer(client, case, world)
        if case.name == "consolidation:national_dataset":
            assert response.status_code == 302 and "/accounts/login/" in response.url, url
            continue
        assert response.status_code == 302 and response.url.startswith(reverse("login")), url
