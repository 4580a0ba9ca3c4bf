"""Issue 13, item 3: a province's own set-up without code and without touching another province — its own
templates (outline, appendix set), the recipients per level — and, per report, a section left out or added
with the numbers closing up."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from desk.services import ReportEdit, report_create, report_save, section_add
from exports.document import official_document
from exports.pdf import render_pdf
from reports.duties import duties, standard_report_type
from reports.locking import StaleVersion
from reports.models import OutlineSection, PeriodKind, Report, ReportingDuty, ReportSection, ReportType
from reports.periods import ensure_period
from reports.report_types import copy_for_province, offered
from tests.exports.conftest import CREATED, pdf_text
from units.demo import grant_administrator_permissions
from units.models import Membership, Role

YEAR = "2023"


@pytest.fixture
def national():
    return ReportType.objects.get(code="cchc-year")


@pytest.fixture
def own(tree, national):
    """Quảng Ngãi's copy, with a section of its own and the statistics appendix only."""
    copy = copy_for_province(national, province=tree["51"])
    last = copy.outline.order_by("order").last()
    OutlineSection.objects.create(report_type=copy, order=last.order + 1, number="XI", level=1,
                                  title="Kết quả thực hiện Đề án 06")  # fmt: skip
    copy.appendices = ["form:phu-luc-1"]
    copy.save()
    return copy


def _edit(report, **changes) -> ReportEdit:
    fields = {name: getattr(report, name) for name in Report.EDIT_FIELDS}
    return ReportEdit(**{**fields, **changes})


def test_a_copy_is_the_provinces_own_and_the_national_template_is_untouched(tree, national, own):
    assert own.province == tree["51"] and own.code == "cchc-year-51"
    assert own.outline.count() == national.outline.count() + 1
    assert national.appendices != own.appendices
    assert "Đề án 06" not in " ".join(national.outline.values_list("title", flat=True))
    period = ensure_period(YEAR)
    assert own in offered(unit=tree["21073"], period=period)  # a commune of Quảng Ngãi
    assert own not in offered(unit=tree["25834"], period=period)  # Bình Dương never sees it
    assert national in offered(unit=tree["25834"], period=period)
    assert standard_report_type(period) == national  # a province's copy is never the national standard
    assert copy_for_province(national, province=tree["51"]).code == "cchc-year-51-2"  # codes stay unique


def test_the_provinces_duty_names_its_template_and_another_province_keeps_the_standard(tree, national, own):
    period = ensure_period(YEAR)
    ReportingDuty.objects.create(unit=tree["51"], unit_kind="commune", period_kind=PeriodKind.YEAR, report_type=own)
    assert duties(unit=tree["51"], period=period).owed(tree["21073"]) == own
    assert duties(unit=tree["74"], period=period).owed(tree["25834"]) == national


def test_another_provinces_template_is_refused(tree, own, alice, carol):
    period = ensure_period(YEAR)
    duty = ReportingDuty(unit=tree["74"], unit_kind="commune", period_kind=PeriodKind.YEAR, report_type=own)
    with pytest.raises(ValidationError) as refused:
        duty.full_clean()
    assert list(refused.value.error_dict) == ["report_type"]
    Membership.objects.create(user=alice, unit=tree["25834"], role=Role.CLERK)
    with pytest.raises(ValidationError):
        report_create(unit=tree["25834"], period=period, report_type=own, user=alice)
    assert not tree["25834"].reports.exists()


def test_a_report_follows_its_provinces_outline_and_appendix_set(tree, own, national, alice):
    report = report_create(unit=tree["21073"], period=ensure_period(YEAR), report_type=own, user=alice)
    titles = list(report.sections.order_by("order").values_list("title", flat=True))
    assert titles[-1] == "Kết quả thực hiện Đề án 06"
    assert official_document(report).report.report_type.appendices == ["form:phu-luc-1"]


def test_recipients_per_level_come_from_the_provinces_setting(tree, national, alice, carol):
    period = ensure_period(YEAR)
    ReportingDuty.objects.create(unit=tree["524"], unit_kind="commune", period_kind=PeriodKind.YEAR,
                                 report_type=national, recipients="Như trên;\n TT Đảng ủy, HĐND xã;\nLưu: VT.")  # fmt: skip
    report = report_create(unit=tree["21073"], period=period, report_type=national, user=alice)
    assert report.recipients == "Như trên;\nTT Đảng ủy, HĐND xã;\nLưu: VT."
    other = report_create(unit=tree["21208"], period=period, report_type=national, user=carol)  # another district
    assert other.recipients == "Như trên;\nLưu: VT."


# Per report: a section left out, a section added -------------------------------------------------


@pytest.fixture
def report(tree, national, alice):
    report = report_create(unit=tree["21073"], period=ensure_period(YEAR), report_type=national, user=alice)
    sections = list(report.sections.order_by("order"))
    edit = _edit(report, sections={s.pk: f"Nội dung mục {s.title}." for s in sections})
    return report_save(report=report, user=alice, edit=edit, version=report.version)


def _printed(report):
    return [(s.number, s.title) for s in official_document(report).sections if s.level == 1]


def test_a_section_left_out_goes_with_its_subsections_and_the_numbers_close_up(report, alice):
    before = _printed(report)
    second = report.sections.filter(level=1).order_by("order")[1]
    under = [s.title for s in report.sections.filter(order__gt=second.order).order_by("order")]
    report = report_save(report=report, user=alice, edit=_edit(report, omitted=frozenset({second.pk})),
                         version=report.version)  # fmt: skip
    after = _printed(report)
    assert len(after) == len(before) - 1
    assert [n for n, _t in after] == [n for n, _t in before[:-1]]  # I, II, III … without a gap
    assert second.title.upper() not in [t for _n, t in after]
    titles = [s.title for s in official_document(report).sections]
    next_main = next(t for t in under if t.upper() in [t2 for _n, t2 in after])
    assert all(t not in titles for t in under[: under.index(next_main)])  # its subsections went with it
    text = pdf_text(render_pdf(report, created=CREATED))
    assert f"Nội dung mục {second.title}." not in text
    # kept in the report, to be put back
    report = report_save(report=report, user=alice, edit=_edit(report, omitted=frozenset()), version=report.version)
    assert _printed(report) == before


def test_a_section_added_after_another_is_numbered_in_print_and_named_by_the_writer(report, alice):
    first_main = report.sections.filter(level=1).order_by("order").first()
    before = _printed(report)
    added = section_add(report=report, user=alice, after=first_main.pk, version=report.version)
    report.refresh_from_db()
    assert added.added and added.level == 1 and added.outline_id is None
    orders = list(report.sections.order_by("order").values_list("order", flat=True))
    assert orders == sorted(set(orders))  # no two sections share a place
    below_first = report.sections.filter(order__gt=first_main.order, order__lt=added.order)
    assert all(s.level > 1 for s in below_first)  # after the sections under the one it follows
    report = report_save(report=report, user=alice, version=report.version,
                         edit=_edit(report, titles={added.pk: "  Kết quả chuyển đổi số  "},
                                    sections={added.pk: "Đã số hóa hồ sơ."}))  # fmt: skip
    after = _printed(report)
    assert after[1] == ("II", "KẾT QUẢ CHUYỂN ĐỔI SỐ")
    assert len(after) == len(before) + 1 and after[2][1] == before[1][1] and after[2][0] == "III"
    assert "II. KẾT QUẢ CHUYỂN ĐỔI SỐ" in pdf_text(render_pdf(report, created=CREATED))


def test_adding_a_section_is_refused_on_a_stale_page_and_titles_only_for_added_sections(report, alice):
    first = report.sections.order_by("order").first()
    with pytest.raises(StaleVersion):
        section_add(report=report, user=alice, after=first.pk, version=report.version - 1)
    assert not report.sections.filter(added=True).exists()
    with pytest.raises(ValidationError):
        report_save(report=report, user=alice, edit=_edit(report, titles={first.pk: "Đổi tên"}), version=report.version)
    first.refresh_from_db()
    assert first.title != "Đổi tên"


def test_the_editor_adds_a_section_and_leaves_one_out(client, report, alice):
    client.force_login(alice)
    url = reverse("desk:edit", args=[report.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data = {k: v for k, v in data.items() if not k.startswith("omit_")}
    second = report.sections.order_by("order")[1]
    data[f"omit_{second.pk}"] = "on"
    first = report.sections.order_by("order").first()
    data["add_after"] = str(first.pk)
    for key in ("cutoff_start", "cutoff_end"):
        data[key] = getattr(report, key).strftime("%d/%m/%Y")
    response = client.post(url, data)
    assert response.status_code == 302 and "#section-" in response["Location"]
    second.refresh_from_db()
    assert second.omitted
    added = ReportSection.objects.get(report=report, added=True)
    page = client.get(url)
    html = page.content.decode()
    assert f'name="title_{added.pk}"' in html and "section-omitted" in html
    assert 'data-testid="omitted-note"' in html


# In the admin ------------------------------------------------------------------------------------


@pytest.fixture
def administrator(adam):
    grant_administrator_permissions(adam)
    return adam


def test_the_administrator_copies_for_the_province_and_changes_only_its_own(client, administrator, national, tree):
    client.force_login(administrator)
    changelist = reverse("admin:reports_reporttype_changelist")
    response = client.post(changelist, {"action": "copy_for_my_province", "_selected_action": [national.pk]})
    assert response.status_code == 302
    copy = ReportType.objects.get(province=tree["51"], code=f"{national.code}-51")
    change = reverse("admin:reports_reporttype_change", args=[copy.pk])
    assert client.get(change).status_code == 200
    national_page = client.get(reverse("admin:reports_reporttype_change", args=[national.pk]))
    assert national_page.status_code == 200 and b'name="name"' not in national_page.content  # read only
    other = copy_for_province(national, province=tree["74"])
    assert client.get(reverse("admin:reports_reporttype_change", args=[other.pk])).status_code == 302  # missing
    listing = client.get(changelist).content.decode()
    assert copy.code in listing and national.code in listing and other.code not in listing
    # A template for no province (national) or for another province cannot be added
    add = reverse("admin:reports_reporttype_add")
    base = {"code": "rieng", "name": "Mẫu riêng", "subject_pattern": "Báo cáo {period}", "period_kinds": '["year"]',
            "appendices": "[]", "is_active": "on", "outline-TOTAL_FORMS": "0", "outline-INITIAL_FORMS": "0"}  # fmt: skip
    for province in ("", str(tree["74"].pk)):
        response = client.post(add, {**base, "province": province})
        assert response.status_code == 200 and not ReportType.objects.filter(code="rieng").exists()
    response = client.post(add, {**base, "province": str(tree["51"].pk)})
    assert response.status_code == 302 and ReportType.objects.get(code="rieng").province == tree["51"]
