"""Issue 13, item 3: a province's own statistical forms. A province copies a national form (Phụ lục I) and drops,
relabels, reorders or adds rows of its copy; its units' reports print the copy, another province's the national
form; the province's administrator changes only its own copies (indicators.province_forms, indicators.admin)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import load_workbook

from desk.services import report_create
from exports.document import official_document
from exports.pdf import render_pdf
from exports.xlsx import workbook_bytes
from indicators import stamp
from indicators.entry import forms_overview
from indicators.models import FormDefinition, FormRow, Indicator
from indicators.province_forms import copy_for_province, unit_forms
from indicators.values import form_spec
from reports.models import ReportType
from reports.periods import ensure_period
from reports.report_types import copy_for_province as copy_template
from tests.consolidation.conftest import put
from tests.exports.conftest import CREATED, pdf_text
from units.demo import grant_administrator_permissions
from units.models import Membership, Role, User

YEAR = "2023"
RELABELLED = "Phiếu khảo sát của tỉnh"


@pytest.fixture
def national():
    return FormDefinition.objects.get(code="phu-luc-1")


@pytest.fixture
def template(tree):
    """Quảng Ngãi's own year template, copied before its form: it attaches the national Phụ lục I."""
    return copy_template(ReportType.objects.get(code="cchc-year"), province=tree["51"])


@pytest.fixture
def own(tree, national, template):
    """Quảng Ngãi's Phụ lục I: "Hình thức khảo sát" dropped, the survey row relabelled, the dialogue row (1.4)
    moved to the top."""
    copy, switched = copy_for_province(national, province=tree["51"])
    assert template in switched  # and the demo's own commune template (reports.demo)
    rows = {r.indicator.code: r for r in copy.rows.filter(indicator__isnull=False).select_related("indicator")}
    rows["survey.method"].delete()
    rows["survey.responses"].label = RELABELLED
    rows["survey.responses"].save()
    rows["direction.dialogue"].order = 1
    rows["direction.dialogue"].save()
    return copy


@pytest.fixture
def bob(tree):
    user = User.objects.create_user("bob", password="pw-123456")
    Membership.objects.create(user=user, unit=tree["25834"], role=Role.CLERK)
    return user


def _labels(code):
    return [r.display_label for r in form_spec(code).rows if r.indicator_id]


def test_a_copy_is_the_provinces_own_and_the_national_form_is_untouched(tree, national, own):
    assert own.province == tree["51"] and own.based_on == national and own.code == "phu-luc-1-51"
    national_rows = list(national.rows.order_by("order", "id"))
    assert own.rows.count() == len(national_rows) - 1
    assert national.rows.filter(indicator__code="survey.method").exists()
    labels = _labels("phu-luc-1")
    assert RELABELLED not in labels and "Số lượng phiếu khảo sát" in labels
    assert _labels(own.code)[0] == "Tổ chức đối thoại về TTHC của UBND cấp xã"
    assert "Hình thức khảo sát" not in _labels(own.code) and RELABELLED in _labels(own.code)
    assert copy_for_province(national, province=tree["51"])[0].code == "phu-luc-1-51-2"  # codes stay unique
    with pytest.raises(ValueError):
        copy_for_province(own, province=tree["51"])  # a province copies a national form
    with pytest.raises(ValueError):
        copy_for_province(national, province=tree["524"])  # for a province, not a district


def test_the_provinces_templates_name_its_copy_and_no_other_template_changes(tree, national, template, own):
    template.refresh_from_db()
    assert template.appendices == ["form:phu-luc-1-51", "task_summary", "dossiers", "form:staff"]
    later = copy_template(ReportType.objects.get(code="cchc-quarter"), province=tree["51"])
    assert "form:phu-luc-1-51" in later.appendices and "form:phu-luc-1" not in later.appendices
    assert "form:phu-luc-1" in ReportType.objects.get(code="cchc-year").appendices  # the national template
    other = copy_template(ReportType.objects.get(code="cchc-year"), province=tree["74"])
    assert "form:phu-luc-1" in other.appendices  # Bình Dương has no copy: the national form


def _printed(unit, user, report_type):
    report = report_create(unit=unit, period=ensure_period(YEAR), report_type=report_type, user=user)
    put(unit, report.period, {"survey.responses": 120, "survey.method": 1, "direction.dialogue": 1})
    return report


def test_a_provinces_copy_changes_its_communes_printed_appendix_and_not_another_provinces(
    tree, own, template, alice, bob
):
    mine = _printed(tree["21073"], alice, ReportType.objects.get(pk=template.pk))
    theirs = _printed(tree["25834"], bob, ReportType.objects.get(code="cchc-year"))
    assert next(a.table.key for a in official_document(mine).appendices) == "form:phu-luc-1-51"
    assert next(a.table.key for a in official_document(theirs).appendices) == "form:phu-luc-1"

    text = pdf_text(render_pdf(mine, created=CREATED))
    assert RELABELLED in text and "Hình thức khảo sát" not in text
    assert text.index("Tổ chức đối thoại về TTHC") < text.index("Kế hoạch CCHC")  # moved to the top
    other = pdf_text(render_pdf(theirs, created=CREATED))
    assert RELABELLED not in other and "Hình thức khảo sát" in other
    assert other.index("Kế hoạch CCHC") < other.index("Tổ chức đối thoại về TTHC")

    sheet = load_workbook(io.BytesIO(workbook_bytes(official_document(mine), created=CREATED))).worksheets[0]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert RELABELLED in cells and "Hình thức khảo sát" not in cells


def test_a_row_added_for_another_indicator_prints_in_the_provinces_report(tree, own, template, alice):
    extra = Indicator.objects.get(code="plan.directing_documents")
    FormRow.objects.create(form=own, order=9999, stt="8.", label="Văn bản chỉ đạo riêng của tỉnh", indicator=extra)
    report = _printed(tree["21073"], alice, ReportType.objects.get(pk=template.pk))
    assert "Văn bản chỉ đạo riêng của tỉnh" in pdf_text(render_pdf(report, created=CREATED))


def test_the_figures_pages_show_the_provinces_copy_and_refuse_another_provinces(client, tree, own, alice, bob):
    period = ensure_period(YEAR)
    assert [f.code for f in unit_forms(tree["21073"])] == ["phu-luc-1-51", "dossiers", "staff"]
    assert [f.code for f in unit_forms(tree["25834"])] == ["phu-luc-1", "dossiers", "staff"]
    summaries, _found = forms_overview(unit=tree["21073"], period=period)
    assert (
        summaries[0].form == own
        and summaries[0].expected < forms_overview(unit=tree["25834"], period=period)[0][0].expected
    )  # one entered row dropped
    client.force_login(alice)
    page = client.get(reverse("indicators:form_edit", args=["21073", period.code, own.code]))
    assert page.status_code == 200 and RELABELLED in page.content.decode()
    client.force_login(bob)
    assert client.get(reverse("indicators:form_edit", args=["25834", period.code, own.code])).status_code == 404
    listing = client.get(reverse("indicators:forms", args=["25834", period.code])).content.decode()
    assert own.code not in listing


def test_the_figures_pages_show_the_form_the_units_report_prints(tree, own, template, alice, carol):
    period = ensure_period(YEAR)
    report_create(unit=tree["21073"], period=period, report_type=ReportType.objects.get(pk=template.pk), user=alice)
    report_create(unit=tree["21208"], period=period, report_type=ReportType.objects.get(code="cchc-year"), user=carol)
    assert [f.code for f in unit_forms(tree["21073"], period=period)] == ["phu-luc-1-51", "dossiers", "staff"]
    # a commune of the same province whose report keeps the national template: the national form
    assert [f.code for f in unit_forms(tree["21208"], period=period)] == ["phu-luc-1", "dossiers", "staff"]
    assert [f.code for f in unit_forms(tree["21208"])][0:1] == ["phu-luc-1-51"]  # no period: the province's setting


def test_a_template_cannot_attach_another_provinces_form(tree, own, template):
    other = copy_template(ReportType.objects.get(code="cchc-year"), province=tree["74"])
    national = ReportType.objects.get(code="cchc-year")
    for refused in (other, national):
        refused.appendices = ["form:phu-luc-1-51", "task_summary"]
        with pytest.raises(ValidationError) as error:
            refused.full_clean()
        assert list(error.value.error_dict) == ["appendices"] and "phu-luc-1-51" in str(error.value)
        section = refused.outline.order_by("order").first()
        section.embed = "form:phu-luc-1-51"
        with pytest.raises(ValidationError):
            section.full_clean()
    template.refresh_from_db()
    template.full_clean()  # its own copy
    section = template.outline.order_by("order").first()
    section.embed = "form:phu-luc-1-51"
    section.full_clean()


def test_a_change_to_a_copy_is_seen_by_the_next_reading(own):
    with stamp.once():
        form_spec(own.code)
    built = stamp.builds[f"form:{own.code}"]
    with stamp.once():
        form_spec(own.code)
    assert stamp.builds[f"form:{own.code}"] == built  # kept while nothing changes
    row = own.rows.get(label=RELABELLED)
    row.label = "Phiếu khảo sát"
    row.save()
    with stamp.once():
        assert "Phiếu khảo sát" in [r.display_label for r in form_spec(own.code).rows]
    own.rows.filter(pk=row.pk).update(label="Phiếu khảo sát (đợt 2)")  # a bulk write
    with stamp.once():
        assert "Phiếu khảo sát (đợt 2)" in [r.display_label for r in form_spec(own.code).rows]


# In the admin ------------------------------------------------------------------------------------


@pytest.fixture
def administrator(adam):
    grant_administrator_permissions(adam)
    return adam


def _change_data(form, rows):
    data = {f: getattr(form, f) for f in ("code", "title", "description", "breakdown", "order")}
    data.update(is_active="on", province=str(form.province_id or ""), based_on=str(form.based_on_id or ""))
    data.update({"rows-TOTAL_FORMS": str(len(rows)), "rows-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        data.update({f"rows-{i}-id": str(row.pk), f"rows-{i}-form": str(form.pk), f"rows-{i}-order": str(row.order),
                     f"rows-{i}-stt": row.stt, f"rows-{i}-label": row.label,
                     f"rows-{i}-indicator": str(row.indicator_id or ""),
                     f"rows-{i}-consolidating_office": row.consolidating_office})  # fmt: skip
        if row.is_group_header:
            data[f"rows-{i}-is_group_header"] = "on"
    return data


def test_the_administrator_copies_a_form_and_changes_only_its_own(client, administrator, tree, national, template):
    client.force_login(administrator)
    changelist = reverse("admin:indicators_formdefinition_changelist")
    response = client.post(changelist, {"action": "copy_for_my_province", "_selected_action": [national.pk]})
    assert response.status_code == 302
    copy = FormDefinition.objects.get(province=tree["51"], code="phu-luc-1-51")
    template.refresh_from_db()
    assert template.appendices[0] == "form:phu-luc-1-51"

    # Its copy, rows inline: a row relabelled and one dropped
    change = reverse("admin:indicators_formdefinition_change", args=[copy.pk])
    assert client.get(change).status_code == 200
    rows = list(copy.rows.order_by("order", "id"))
    data = _change_data(copy, rows)
    survey = next(i for i, r in enumerate(rows) if r.indicator_id and r.indicator.code == "survey.responses")
    data[f"rows-{survey}-label"] = RELABELLED
    data[f"rows-{survey + 1}-DELETE"] = "on"
    response = client.post(change, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert copy.rows.count() == len(rows) - 1 and copy.rows.filter(label=RELABELLED).exists()

    # The national form: read only, and a forged save changes nothing
    national_change = reverse("admin:indicators_formdefinition_change", args=[national.pk])
    page = client.get(national_change)
    assert page.status_code == 200 and b'name="title"' not in page.content
    national_rows = list(national.rows.order_by("order", "id"))
    forged = _change_data(national, national_rows)
    forged["title"] = "Đổi tên"
    assert client.post(national_change, forged).status_code == 403
    national.refresh_from_db()
    assert national.title != "Đổi tên" and national.rows.count() == len(national_rows)
    client.post(changelist, {"action": "retire", "_selected_action": [national.pk, copy.pk]})
    national.refresh_from_db()
    copy.refresh_from_db()
    assert national.is_active and not copy.is_active  # only its own retired

    # Another province's copy: out of sight
    other, _switched = copy_for_province(national, province=tree["74"])
    assert client.get(reverse("admin:indicators_formdefinition_change", args=[other.pk])).status_code == 302
    listing = client.get(changelist).content.decode()
    assert copy.code in listing and national.code in listing and other.code not in listing
    # A national form or another province's cannot be added
    add = reverse("admin:indicators_formdefinition_add")
    base = {"code": "rieng", "title": "Biểu riêng", "order": "0", "is_active": "on", "rows-TOTAL_FORMS": "0",
            "rows-INITIAL_FORMS": "0"}  # fmt: skip
    for province in ("", str(tree["74"].pk)):
        response = client.post(add, {**base, "province": province})
        assert response.status_code == 200 and not FormDefinition.objects.filter(code="rieng").exists()
    response = client.post(add, {**base, "province": str(tree["51"].pk)})
    assert response.status_code == 302 and FormDefinition.objects.get(code="rieng").province == tree["51"]
