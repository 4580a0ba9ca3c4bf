"""Issue #11: a draft always saves every readable cell, and a blank is no figure.

Rule errors block the submission, never the save; an unreadable cell (or a Biểu 06 total that
contradicts its rows) is left out alone, reported beside the cell with what was typed; a cleared
cell removes its value and every total and rate built on it; a total with blank parts is marked
as partial; generated sentences leave out what is not known.
"""

import html
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from indicators.live import live_figures
from indicators.models import Sheet, SheetRevision, Value
from indicators.narrative import paragraphs
from indicators.offline import offline_save, read_upload, write_template
from indicators.saving import values_save
from indicators.tables import dossier_table, form_table
from indicators.validation import blocking_findings
from indicators.values import active_indicators, derive, form_spec, partial_codes, sheet_version, values_by_code
from tests.indicators.conftest import save_all
from tests.indicators.test_offline import fill


def marked(element_id: str, display: str, *, oob: bool = False) -> str:
    """A computed figure marked as partial: the asterisk is drawn by the class, its meaning in the title."""
    swap = ' hx-swap-oob="true"' if oob else ""
    return (
        f'<span class="d-block text-end partial-figure" title="thiếu số liệu thành phần" id="{element_id}" '
        f'data-testid="computed"{swap}>{display}</span>'
    )


LEGEND = "Thiếu số liệu thành phần: số này là tổng các số liệu thành phần đã nhập."


def form_url(form_code, unit="21073"):
    return reverse("indicators:form_edit", args=[unit, "2023", form_code])


def live_url(form_code, unit="21073"):
    return reverse("indicators:form_live", args=[unit, "2023", form_code])


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def form_data(body: str) -> dict:
    """What the browser would post from the figure form: every input and select with its value."""
    start, end = body.index('data-testid="figure-form"'), body.index("</form>", body.index('data-testid="figure-form"'))
    form = body[start:end]
    data = {n: html.unescape(v) for n, v in re.findall(r'<input[^>]*? name="([^"]+)" value="([^"]*)"', form)}
    for name, options in re.findall(r'<select[^>]*? name="([^"]+)">(.*?)</select>', form, re.S):
        selected = re.search(r'<option value="([^"]*)" selected>', options)
        data[name] = selected.group(1) if selected else ""
    return data


def findings_panel(body: str) -> str:
    return body[body.index('id="findings"') :]


def save(unit, period, user, form_code, values, **kwargs):
    version = sheet_version(unit=unit, period=period, form=form_spec(form_code).form)
    return values_save(
        unit=unit, period=period, user=user, form_code=form_code, values=values, version=version, **kwargs
    )


def stored(**filters) -> dict:
    return {
        (code, breakdown): number
        for code, breakdown, number in Value.objects.filter(**filters).values_list(
            "indicator__code", "breakdown", "number"
        )
    }


# Item 3: drafts always save -------------------------------------------------------------------------


def test_a_rule_error_saves_every_cell_and_the_findings_panel_lists_it(alice_client, binh_phuoc, y2023):
    data = form_data(alice_client.get(form_url("phu-luc-1")).content.decode())
    data.update(
        {
            "v:institution.legal_docs.flagged": "3",
            "v:institution.legal_docs.handled": "7",  # 7 > 3: an error of the checks
            "v:survey.responses": "1.032",
            "v:procedures.total": "173",
        }
    )
    response = alice_client.post(form_url("phu-luc-1"), data, follow=True)
    assert response.redirect_chain and response.status_code == 200
    assert {code: number for (code, _b), number in stored().items()} == {
        "institution.legal_docs.flagged": 3,
        "institution.legal_docs.handled": 7,
        "survey.responses": 1032,
        "procedures.total": 173,
    }
    assert Sheet.objects.get(form__code="phu-luc-1").version == 1
    body = response.content.decode()
    assert "Đã lưu số liệu." in body
    assert "Có 1 kiểm tra phát hiện lỗi trong số liệu đã lưu" in body
    panel = findings_panel(body)
    assert 'data-rule="legal-docs-handled" data-severity="error"' in panel and "7 &gt; 3" in panel
    assert "legal-docs-handled" in {f.rule_code for f in blocking_findings(unit=binh_phuoc, period=y2023)}


def test_after_a_save_with_an_unreadable_cell_the_findings_are_those_of_what_is_stored(alice_client, binh_phuoc):
    data = form_data(alice_client.get(form_url("phu-luc-1")).content.decode())
    data.update(
        {
            "v:institution.legal_docs.flagged": "3",
            "v:institution.legal_docs.handled": "7",
            "v:survey.responses": "một nghìn",
        }
    )
    response = alice_client.post(form_url("phu-luc-1"), data)
    assert response.status_code == 422
    body = response.content.decode()
    assert 'value="một nghìn"' in body and "“một nghìn” không phải là số." in body
    assert "Các số liệu khác đã được lưu." in body
    assert 'data-rule="legal-docs-handled"' in findings_panel(body)  # stored now, so listed now
    assert set(stored()) == {("institution.legal_docs.flagged", ""), ("institution.legal_docs.handled", "")}
    assert 'name="version" value="1"' in body  # the page carries the saved version: saving again is not stale


def test_two_unreadable_cells_are_counted_two_and_each_is_marked_with_what_was_typed(alice_client, binh_phuoc):
    data = form_data(alice_client.get(form_url("staff")).content.decode())
    data.update({"v:staff.officials": "mười một", "v:staff.civil_servants": "9", "v:staff.part_timers": "1O"})
    response = alice_client.post(form_url("staff"), data)
    assert response.status_code == 422
    body = response.content.decode()
    assert "Có 2 số liệu không đọc được nên chưa được lưu" in body
    for name, typed in (("v:staff.officials", "mười một"), ("v:staff.part_timers", "1O")):
        beside = rf'name="{name}" value="{typed}"[^>]*>\s*<div class="invalid-feedback" data-testid="field-error">“{typed}” không phải là số.'
        assert re.search(beside, body), name
    assert body.count('data-testid="field-error"') == 2
    assert stored() == {("staff.civil_servants", ""): 9}
    assert SheetRevision.objects.count() == 1 and Sheet.objects.get(form__code="staff").version == 1


def test_a_biểu_06_page_counts_unreadable_cells_apart_from_contradicting_totals(alice_client, seed000, y2023):
    """Seed 000 typed the total row alone: the page posts those totals back with the typed field rows."""
    data = form_data(alice_client.get(form_url("dossiers")).content.decode())
    data.update(
        {
            "v:dossiers.received.online@ho-tich": "abc",
            "v:dossiers.received.direct@ho-tich": "x",
            "v:dossiers.received.postal@ho-tich": "3",
        }
    )
    live = alice_client.post(live_url("dossiers"), data).content.decode()
    assert live.startswith("Có 2 số liệu chưa đọc được;")  # not 9: the 7 totals are another matter
    assert "Có 7 ô dòng tổng cộng đã nhập khác tổng các dòng lĩnh vực." in live
    response = alice_client.post(form_url("dossiers"), data)
    assert response.status_code == 422
    body = response.content.decode()
    assert "Có 2 số liệu không đọc được nên chưa được lưu" in body
    assert "Có 7 ô dòng tổng cộng đã nhập khác tổng các dòng lĩnh vực nên không được lưu" in body
    assert 'value="abc"' in body and 'value="x"' in body
    # The readable row is saved and the total row is the sum of the rows, the contradicting totals aside.
    assert "Dòng tổng cộng (888) khác tổng các dòng lĩnh vực (0)." in body
    v = values_by_code(unit=seed000, period=y2023)
    assert v["dossiers.received.postal"] == 3 and v["dossiers.received.online"] is None
    assert v["dossiers.payments.online_count"] == 500  # a figure of the form outside the grid is untouched


def test_a_stale_save_still_writes_nothing_and_keeps_the_cell_messages(alice, binh_phuoc, y2023):
    assert save(binh_phuoc, y2023, alice, "staff", {"staff.officials": "11"}).ok
    stale = values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="staff",
        values={"staff.officials": "12", "staff.civil_servants": "chín"},
        version=0,
    )
    assert not stale.saved and stale.conflicts and "staff.civil_servants" in stale.errors
    assert stored() == {("staff.officials", ""): 11}


def test_the_offline_template_no_longer_refuses_because_of_a_rule(alice, binh_phuoc, y2023):
    data = fill(
        write_template(unit=binh_phuoc, period=y2023),
        {"institution.legal_docs.flagged": "3", "institution.legal_docs.handled": "7"},
    )
    upload = read_upload(data, unit=binh_phuoc, period=y2023)
    assert upload.ok and "legal-docs-handled" in {f.rule_code for f in upload.findings}
    assert offline_save(unit=binh_phuoc, period=y2023, user=alice, payload=upload.payload()) == []
    assert values_by_code(unit=binh_phuoc, period=y2023)["institution.legal_docs.handled"] == 7


def test_the_offline_template_stays_all_or_nothing_for_a_cell_values_save_leaves_out(alice, seed000, y2023):
    """read_upload refuses unreadable rows before the preview; a payload that still carries one saves nothing."""
    payload = {
        "forms": {
            "staff": {"values": {"staff.officials": "12"}, "notes": {}, "version": 1},
            "dossiers": {"values": {"dossiers.withdrawn": "năm mươi"}, "notes": {}, "version": 1},
        }
    }
    problems = offline_save(unit=seed000, period=y2023, user=alice, payload=payload)
    assert problems == ["dossiers.withdrawn: “năm mươi” không phải là số."]
    v = values_by_code(unit=seed000, period=y2023)
    assert (v["staff.officials"], v["dossiers.withdrawn"]) == (11, 56)  # nothing saved, not even the staff form


# Item 2: blank is not zero --------------------------------------------------------------------------


def test_clearing_a_cell_deletes_its_value_with_history_unless_a_note_stays(alice, binh_phuoc, y2023):
    assert save(binh_phuoc, y2023, alice, "staff", {"staff.officials": "11"}, notes={"staff.officials": "kể cả PCT"}).ok
    assert save(binh_phuoc, y2023, alice, "staff", {"staff.officials": ""}).ok  # the note stays: the row stays
    value = Value.objects.get()
    assert value.number is None and value.note == "kể cả PCT"
    assert values_by_code(unit=binh_phuoc, period=y2023)["staff.total"] is None
    assert save(binh_phuoc, y2023, alice, "staff", {"staff.officials": ""}, notes={"staff.officials": ""}).ok
    assert not Value.objects.exists()
    last = Value.history.order_by("-history_date", "-history_id").first()
    assert last.history_type == "-" and last.history_user == alice
    assert SheetRevision.objects.order_by("-version").first().changes[0]["new"] == "—"


def test_clearing_the_last_biểu_06_cell_blanks_the_total_row_in_the_store_and_on_the_page(
    alice_client, alice, binh_phuoc, y2023
):
    assert save(binh_phuoc, y2023, alice, "dossiers", {"dossiers.received.online@ho-tich": "7"}).ok
    assert values_by_code(unit=binh_phuoc, period=y2023)["dossiers.received.online"] == 7
    page = alice_client.get(form_url("dossiers")).content.decode()
    assert 'id="grid-dossiers.received.online" data-testid="computed">7<' in page
    data = form_data(page)
    assert data["v:dossiers.received.online@ho-tich"] == "7"
    data["v:dossiers.received.online@ho-tich"] = ""
    live = alice_client.post(live_url("dossiers"), data).content.decode()
    assert 'id="grid-dossiers.received.online" data-testid="computed" hx-swap-oob="true"><' in live
    assert 'id="calc-dossiers.received.total" data-testid="computed" hx-swap-oob="true">—<' in live
    assert alice_client.post(form_url("dossiers"), data).status_code == 302
    assert stored() == {}  # the field row and the total row it made are both gone
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert v["dossiers.received.online"] is None and v["dossiers.received.total"] is None
    page = alice_client.get(form_url("dossiers")).content.decode()
    assert 'name="v:dossiers.received.online" value=""' in page  # the total row is typed again, and blank
    assert 'id="calc-dossiers.received.total" data-testid="computed">—<' in page


def test_clearing_a_biểu_06_cell_drops_it_from_the_total_row_and_the_rates(alice_client, alice, binh_phuoc, y2023):
    rows = {"online": (7, 1), "direct": (3, 10), "postal": (0, 0), "carried_over": (0, 0)}
    typed = {
        f"dossiers.received.{column}@{field}": str(figure)
        for column, figures in rows.items()
        for field, figure in zip(("ho-tich", "chung-thuc"), figures, strict=True)
    }
    assert save(binh_phuoc, y2023, alice, "dossiers", typed).ok
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert (v["dossiers.received.online"], v["dossiers.received.total"]) == (8, 21)
    assert v["dossiers.rate.online"] == Decimal("38.10")
    data = form_data(alice_client.get(form_url("dossiers")).content.decode())
    data["v:dossiers.received.online@ho-tich"] = ""
    live = alice_client.post(live_url("dossiers"), data).content.decode()
    assert 'id="grid-dossiers.received.online" data-testid="computed" hx-swap-oob="true">1<' in live
    assert 'id="calc-dossiers.rate.online" data-testid="computed" hx-swap-oob="true">7,14\u00a0%<' in live
    assert alice_client.post(form_url("dossiers"), data).status_code == 302
    assert stored()[("dossiers.received.online", "")] == 1  # the stored total row
    assert ("dossiers.received.online", "ho-tich") not in stored()
    v = values_by_code(unit=binh_phuoc, period=y2023)
    assert (v["dossiers.received.online"], v["dossiers.received.total"]) == (1, 14)
    assert v["dossiers.rate.online"] == Decimal("7.14")
    page = alice_client.get(form_url("dossiers")).content.decode()
    assert 'id="grid-dossiers.received.online" data-testid="computed">1<' in page
    assert 'id="grid-dossiers.received.total" data-testid="computed">14<' in page
    assert 'id="calc-dossiers.rate.online" data-testid="computed">7,14\u00a0%<' in page
    # Hộ tịch now misses its online figure: its row total is the sum of what is known, marked.
    assert marked("grid-dossiers.received.total@ho-tich", "3") in page


def test_the_dossier_sentence_leaves_out_a_blank_figure_and_keeps_a_typed_zero(alice, binh_phuoc, y2023):
    figures = {
        "dossiers.received.online": 10,
        "dossiers.received.direct": 5,
        "dossiers.received.postal": 0,
        "dossiers.received.carried_over": 0,
        "dossiers.resolved.late": 0,  # typed; early and on time are blank: resolved is not known
        "dossiers.in_process.within_deadline": 0,
        "dossiers.in_process.overdue": 0,
    }
    save_all(unit=binh_phuoc, period=y2023, user=alice, figures=figures)
    assert values_by_code(unit=binh_phuoc, period=y2023)["dossiers.resolved.total"] == 0  # partial: blank parts
    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}["dossiers"]
    assert "đã giải quyết 0 hồ sơ" not in text and "đã giải quyết" not in text
    assert text == (
        "Tổng số hồ sơ tiếp nhận trong kỳ là 15 hồ sơ (trong đó: trực tuyến 10 hồ sơ, trực tiếp 5 hồ sơ); "
        "đang giải quyết 0 hồ sơ. "
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 66,67\u00a0% so với tổng số hồ sơ được tiếp nhận mới trong kỳ."
    )
    save_all(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        figures={"dossiers.resolved.early": 0, "dossiers.resolved.on_time": 0},
    )
    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}["dossiers"]
    assert "đã giải quyết 0 hồ sơ" in text  # every part typed as 0: a real 0


def test_a_blank_satisfaction_level_is_not_said_to_have_no_rating(alice, binh_phuoc, y2023):
    figures = {"satisfaction.very_satisfied": 5, "satisfaction.satisfied": 0}
    save_all(unit=binh_phuoc, period=y2023, user=alice, figures=figures)
    text = {p.key: p.text for p in paragraphs(unit=binh_phuoc, period=y2023)}["satisfaction"]
    assert "không có lượt đánh giá mức độ “Hài lòng”" in text
    assert "Bình thường" not in text and "Không hài lòng" not in text


# Partial totals ---------------------------------------------------------------------------------------


def test_a_total_with_blank_parts_is_the_sum_of_the_known_parts_and_is_partial(db):
    catalogue = active_indicators()
    some = derive({"dossiers.received.online": 5, "dossiers.received.direct": 2}, indicators=catalogue)
    assert some["dossiers.received.total"] == 7
    partial = partial_codes(some, indicators=catalogue)
    assert {"dossiers.received.new", "dossiers.received.total", "dossiers.rate.online"} <= partial
    assert "dossiers.resolved.total" not in partial  # blank, not partial
    every = {f"dossiers.received.{k}": 1 for k in ("online", "direct", "postal", "carried_over")}
    assert not partial_codes(derive(every, indicators=catalogue), indicators=catalogue) & {
        "dossiers.received.new",
        "dossiers.received.total",
        "dossiers.rate.online",
    }
    assert partial_codes(derive({}, indicators=catalogue), indicators=catalogue) == set()


def test_a_partial_total_is_marked_on_the_entry_pages_and_in_the_tables(alice_client, seed000, y2023):
    # Seed 000 has no postal figure and no "on time" split: its received and resolved totals are partial.
    rows = {r.indicator_code: r for r in form_table(unit=seed000, period=y2023, form_code="phu-luc-1").rows}
    assert rows["dossiers.rate.on_time"].partial and rows["dossiers.rate.on_time"].display == "99,04\u00a0%"
    assert not rows["survey.responses"].partial
    assert dossier_table(unit=seed000, period=y2023).total.partial >= {"dossiers.received.total"}
    body = alice_client.get(form_url("dossiers")).content.decode()
    assert marked("calc-dossiers.received.total", "1.949") in body
    assert LEGEND in body
    body = alice_client.get(form_url("phu-luc-1")).content.decode()
    assert marked("calc-dossiers.rate.on_time", "99,04\u00a0%") in body
    assert LEGEND in body
    body = alice_client.get(form_url("staff")).content.decode()
    assert '<span class="d-block text-end" id="calc-staff.total" data-testid="computed">20</span>' in body
    assert 'data-testid="partial-legend"></p>' in body


def test_the_live_page_marks_a_partial_total_and_unmarks_it_once_every_part_is_typed(alice_client, seed000, y2023):
    live = live_figures(unit=seed000, period=y2023, form_code="dossiers", data={"v:dossiers.received.postal": "0"})
    assert "dossiers.received.total" not in live.partial  # every part of the received total is typed now
    assert "dossiers.rate.on_time" in live.partial  # "on time" is still blank
    body = alice_client.post(live_url("dossiers"), {"v:dossiers.resolved.on_time": "0"}).content.decode()
    assert (
        '<span class="d-block text-end" id="calc-dossiers.rate.on_time" data-testid="computed" hx-swap-oob="true">'
        in body
    )
    assert marked("calc-dossiers.received.total", "1.949", oob=True) in body
    assert LEGEND in body
