import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from indicators import stamp
from indicators.models import FormDefinition, FormRow, Indicator, ProcedureField, SheetRevision, Value
from indicators.validation import blocking_findings
from indicators.values import values_by_code
from tests.indicators.conftest import freeze
from units.models import Membership, Role


def url(name, unit="21073", period="2023", *extra):
    return reverse(f"indicators:{name}", args=[unit, period, *extra])


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def test_it_lists_the_forms_with_findings(alice_client, seed000):
    response = alice_client.get(url("forms"))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'data-form="phu-luc-1"' in body and 'data-form="dossiers"' in body and 'data-form="staff"' in body
    assert 'data-rule="staff-part-timers-education-sum"' in body


def test_it_shows_a_form_with_computed_figures(alice_client, seed000):
    response = alice_client.get(url("form_edit", "21073", "2023", "dossiers"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "99,04\u00a0%" in body
    assert 'name="v:dossiers.received.online@ho-tich"' in body
    assert 'name="v:dossiers.rate.on_time"' not in body  # computed, never typed


def test_it_saves_and_redirects(alice_client, binh_phuoc, y2023):
    response = alice_client.post(
        url("form_edit", "21073", "2023", "staff"),
        {"version": "0", "v:staff.officials": "11", "v:staff.civil_servants": "9", "n:staff.officials": "kể cả PCT"},
    )
    assert response.status_code == 302
    assert values_by_code(unit=binh_phuoc, period=y2023)["staff.total"] == 20
    assert Value.objects.get(indicator__code="staff.officials").note == "kể cả PCT"


def test_bad_input_re_renders_with_what_was_typed_and_the_rest_is_saved(alice_client):
    response = alice_client.post(
        url("form_edit", "21073", "2023", "staff"),
        {"version": "0", "v:staff.officials": "mười một", "v:staff.civil_servants": "9"},
    )
    assert response.status_code == 422
    body = response.content.decode()
    assert 'value="mười một"' in body and 'value="9"' in body
    assert "không phải là số" in body
    assert list(Value.objects.values_list("indicator__code", "number")) == [("staff.civil_servants", 9)]
    assert 'name="version" value="1"' in body


def test_a_stale_save_keeps_the_input_and_lists_the_other_change(alice_client):
    alice_client.post(url("form_edit", "21073", "2023", "staff"), {"version": "0", "v:staff.officials": "11"})
    response = alice_client.post(
        url("form_edit", "21073", "2023", "staff"), {"version": "0", "v:staff.officials": "12"}
    )
    assert response.status_code == 409
    body = response.content.decode()
    assert 'data-testid="conflicts"' in body and "— → 11" in body
    assert 'value="12"' in body
    assert 'name="version" value="1"' in body


def test_a_double_post_saves_once(alice_client):
    data = {"version": "0", "v:staff.officials": "11"}
    for _ in range(2):
        assert alice_client.post(url("form_edit", "21073", "2023", "staff"), data).status_code == 302
    assert SheetRevision.objects.count() == 1


def test_wrong_method(alice_client):
    assert alice_client.put(url("form_edit", "21073", "2023", "staff")).status_code == 405
    assert alice_client.get(url("dossier_import")).status_code == 405
    assert alice_client.post(url("forms")).status_code == 405


def test_other_unit_is_not_found(alice_client, tinh_chau):
    assert alice_client.get(url("forms", "21208")).status_code == 404
    response = alice_client.post(url("form_edit", "21208", "2023", "staff"), {"version": "0", "v:staff.officials": "1"})
    assert response.status_code == 404
    assert Value.objects.count() == 0


def test_a_reviewer_reads_but_cannot_change(client, rita, seed000, report):
    client.force_login(rita)
    # While the commune drafts, its figures are its own (units.access.READS): they look missing to her.
    assert client.get(url("form_edit", "21073", "2023", "dossiers")).status_code == 404
    freeze(report)  # sent to her
    response = client.get(url("form_edit", "21073", "2023", "dossiers"))
    assert response.status_code == 200
    assert 'data-testid="read-only"' in response.content.decode()
    assert 'name="v:' not in response.content.decode()
    response = client.post(url("form_edit", "21073", "2023", "staff"), {"version": "2", "v:staff.officials": "1"})
    assert response.status_code == 403


def test_anonymous_users_go_to_login(client, tree):
    assert client.get(url("forms")).status_code == 302


def test_the_form_pages_make_a_constant_number_of_queries(alice_client, seed000, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(form_code):
        stamp.forget()  # each request builds the catalogue (it changes in between): like is compared with like
        with CaptureQueriesContext(connection) as ctx:
            assert alice_client.get(url("form_edit", "21073", "2023", form_code)).status_code == 200
        return len(ctx.captured_queries)

    before = {code: count(code) for code in ("phu-luc-1", "dossiers", "staff")}
    group = Indicator.objects.get(code="survey.responses").group
    for form in FormDefinition.objects.all():
        for i in range(30):
            ind = Indicator.objects.create(
                code=f"extra.{form.code}.{i}", name=f"Extra {i}", unit_of_measure="Lượt", group=group
            )
            FormRow.objects.create(form=form, order=9000 + i, indicator=ind)
    for i in range(10):
        ProcedureField.objects.create(code=f"extra-{i}", name=f"Lĩnh vực {i}", order=100 + i)
    for code, queries in before.items():
        stamp.forget()
        with django_assert_max_num_queries(queries):
            alice_client.get(url("form_edit", "21073", "2023", code))
    with django_assert_max_num_queries(25):
        alice_client.get(url("forms"))


PASTE = "\n".join(
    [
        "STT\tLĩnh vực\tTổng số\tTrực tuyến\tTrực tiếp và BCCI\tTừ kỳ trước\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn\tTổng số\tTrong hạn\tQuá hạn",
        "1\tHộ tịch\t100\t40\t55\t5\t98\t90\t7\t1\t2\t2\t0",
        "2\tChứng thực\t50\t20\t30\t0\t50\t50\t0\t0\t0\t0\t0",
        "3\tĐất đai\t10\tmười\t5\t0\t10\t10\t0\t0\t0\t0\t0",
        "4\tThủy sản\t1\t1\t0\t0\t1\t1\t0\t0\t0\t0\t0",
        "5\tBảo trợ xã hội\t9\t4\t4\t0\t9\t9\t0\t0\t0\t0\t0",
        "\tTổng cộng\t160\t60\t85\t5\t148\t140\t7\t1\t2\t2\t0",
    ]
)


def test_paste_previews_reports_bad_lines_and_saves_nothing(alice_client):
    response = alice_client.post(url("dossier_import"), {"text": PASTE})
    assert response.status_code == 200
    body = response.content.decode()
    assert Value.objects.count() == 0
    assert 'data-line="4"' in body and "“mười” không phải là số" in body
    assert 'data-line="5"' in body and "Thủy sản" in body
    assert 'data-line="6"' in body and "9" in body  # received 9 ≠ 4 + 4 + 0
    assert 'data-line="7"' in body and "160" in body  # the total row against its rows (150)
    assert body.count('data-testid="import-row"') == 2
    preview = response.context["preview"]
    assert [r.field_code for r in preview.rows] == ["ho-tich", "chung-thuc"]


def test_confirming_the_preview_saves_the_rows(alice_client, binh_phuoc, y2023):
    preview = alice_client.post(url("dossier_import"), {"text": PASTE})
    response = alice_client.post(url("dossier_import_confirm"), {"payload": preview.context["payload"]})
    assert response.status_code == 302
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.received.total"] == 150
    assert v["dossiers.received.online"] == 60
    assert v["dossiers.resolved.total"] == 148
    assert Value.objects.get(indicator__code="dossiers.received.direct", breakdown="ho-tich").number == 55


@pytest.mark.parametrize(("unit", "period"), [("21208", "2023"), ("21073", "2023-H1")])
def test_a_preview_confirmed_on_another_units_or_periods_page_is_refused(alice_client, alice, tinh_chau, unit, period):
    Membership.objects.create(user=alice, unit=tinh_chau, role=Role.CLERK)  # alice may edit both communes
    preview = alice_client.post(url("dossier_import"), {"text": PASTE})
    response = alice_client.post(
        url("dossier_import_confirm", unit, period), {"payload": preview.context["payload"]}, follow=True
    )
    body = response.content.decode()
    assert "Bản xem trước này được lập cho đơn vị 21073, kỳ 2023" in body
    assert Value.objects.count() == 0 and SheetRevision.objects.count() == 0


def test_a_tampered_preview_is_refused(alice_client):
    response = alice_client.post(url("dossier_import_confirm"), {"payload": "garbage"})
    assert response.status_code == 302
    assert Value.objects.count() == 0


def _xlsx(rows):
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_upload_is_previewed(alice_client):
    data = _xlsx([["Lĩnh vực", "Tổng"], ["Hộ tịch", 10, 4, 6, 0, 10, 9, 1, 0, 0, 0, 0, 0, 0]])
    response = alice_client.post(url("dossier_import"), {"file": SimpleUploadedFile("bieu06.xlsx", data)})
    assert response.status_code == 200
    assert [r.cells["dossiers.received.online"] for r in response.context["preview"].rows] == [4]


def test_garbage_and_oversize_uploads_are_refused(alice_client, settings):
    response = alice_client.post(
        url("dossier_import"), {"file": SimpleUploadedFile("bieu06.xlsx", b"not a workbook")}, follow=True
    )
    assert "không phải là tệp Excel" in response.content.decode()
    settings.UPLOAD_MAX_BYTES = 100
    data = _xlsx([["Hộ tịch", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]])
    response = alice_client.post(url("dossier_import"), {"file": SimpleUploadedFile("b.xlsx", data)}, follow=True)
    assert "quá lớn" in response.content.decode()
    assert Value.objects.count() == 0


def test_a_warning_can_be_explained(alice_client, seed000, y2023):
    response = alice_client.post(
        url("explanation"),
        {"rule_code": "staff-part-timers-education-sum", "text": "02 trường hợp kiêm nhiệm", "next": "/evil"},
    )
    assert response.status_code == 302 and response["Location"].startswith(url("forms"))

    assert "staff-part-timers-education-sum" not in {f.rule_code for f in blocking_findings(unit=seed000, period=y2023)}


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("v:staff.officials", "=10+1", "không phải là số"),
        ("v:staff.officials", "-1", "không được âm"),
        ("v:staff.officials", "10,5", "số nguyên"),
        ("v:staff.officials", "1e400", "không phải là số"),  # not Vietnamese notation
        ("v:staff.officials", "9.999.999.999.999.999", "quá lớn"),
    ],
)
def test_bad_figures_in_the_web_form_are_not_stored(alice_client, field, typed, message):
    response = alice_client.post(url("form_edit", "21073", "2023", "staff"), {"version": "0", field: typed})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert Value.objects.count() == 0


def test_a_rate_above_100_in_the_web_form_is_not_stored(alice_client):
    response = alice_client.post(
        url("form_edit", "21073", "2023", "phu-luc-1"),
        {"version": "0", "v:procedures.rate.internal_process_approved": "100,5"},
    )
    assert response.status_code == 422
    assert "từ 0 đến 100" in response.content.decode()
    assert Value.objects.count() == 0
