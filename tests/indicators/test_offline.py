"""The offline xlsx template: round trip, previews, bad files, the two commands."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from indicators.models import SheetRevision, Value
from indicators.offline import FIRST_ROW, META_SHEET, SHEET_TITLE, offline_save, read_upload, write_template
from indicators.saving import values_save
from indicators.values import form_spec, sheet_version, values_by_code
from reports.models import Period


def fill(data: bytes, changes: dict, notes: dict | None = None, *, raw_edit=None) -> bytes:
    """Type into the template's value (E) and note (F) cells, by code, as a clerk in Excel would."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb[SHEET_TITLE]
    for row in ws.iter_rows(min_row=FIRST_ROW):
        code = row[0].value
        if code in changes:
            row[4].value = changes[code]
        if notes and code in notes:
            row[5].value = notes[code]
    if raw_edit:
        raw_edit(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def rows_by_code(data: bytes) -> dict:
    ws = load_workbook(io.BytesIO(data))[SHEET_TITLE]
    return {r[0].value: r for r in ws.iter_rows(min_row=FIRST_ROW) if r[0].value}


def test_the_template_lists_every_indicator_with_locked_structure(seed000, y2023):
    data = write_template(unit=seed000, period=y2023)
    wb = load_workbook(io.BytesIO(data))
    ws = wb[SHEET_TITLE]
    assert ws.protection.sheet and wb[META_SHEET].sheet_state == "veryHidden"
    assert [c.value for c in ws[FIRST_ROW - 1]] == [
        "Mã chỉ tiêu",
        "STT",
        "Chỉ tiêu thống kê",
        "Đơn vị tính",
        "Số liệu",
        "Ghi chú",
    ]
    rows = rows_by_code(data)
    online = rows["dossiers.received.online"]
    assert online[4].value == "888" and online[4].protection.locked is False and online[5].protection.locked is False
    assert online[2].protection.locked  # the label cannot be changed
    rate = rows["dossiers.rate.on_time"]
    assert rate[4].value == "99,04\u00a0%" and rate[4].protection.locked  # computed: shown, locked
    assert rows["dossiers.payments.online_amount"][4].value == "5.662.000"
    assert "21073" in ws["A2"].value and "2023" in ws["A3"].value


def test_an_unchanged_template_changes_nothing(seed000, y2023):
    upload = read_upload(write_template(unit=seed000, period=y2023), unit=seed000, period=y2023)
    assert upload.ok and upload.changes == []


def test_round_trip_saves_every_form_at_once(alice, seed000, y2023):
    revisions = SheetRevision.objects.count()
    data = fill(
        write_template(unit=seed000, period=y2023),
        {
            "dossiers.received.online": "900",
            "staff.officials": 12,
            "feedback.received": 4.0,
            "procedures.integrated": "",
        },
        {"staff.officials": "kể cả Phó Chủ tịch"},
    )
    upload = read_upload(data, unit=seed000, period=y2023)
    assert upload.ok
    changes = {c.code: (c.old, c.new) for c in upload.changes}
    assert changes == {
        "dossiers.received.online": ("888", "900"),
        "staff.officials": ("11", "12"),
        "feedback.received": ("", "4"),
        "procedures.integrated": ("51", ""),
    }
    assert set(upload.forms) == {"dossiers", "staff", "phu-luc-1"}
    assert offline_save(unit=seed000, period=y2023, user=alice, payload=upload.payload()) == []
    v = values_by_code(unit=seed000, period=y2023)
    assert (v["dossiers.received.online"], v["staff.officials"], v["feedback.received"]) == (900, 12, 4)
    assert v["procedures.integrated"] is None
    assert v["dossiers.received.total"] == 1961  # totals recomputed
    assert Value.objects.get(indicator__code="staff.officials", breakdown="").note == "kể cả Phó Chủ tịch"
    assert SheetRevision.objects.count() == revisions + 3
    assert Value.history.filter(indicator__code="staff.officials").count() == 2


def test_decimals_are_read_the_vietnamese_way(alice, binh_phuoc, y2023):
    data = fill(
        write_template(unit=binh_phuoc, period=y2023),
        {"dossiers.payments.online_amount": "5.662.000", "procedures.rate.internal_process_approved": 99.5},
    )
    upload = read_upload(data, unit=binh_phuoc, period=y2023)
    assert {c.code: c.new for c in upload.changes} == {
        "dossiers.payments.online_amount": "5.662.000",
        "procedures.rate.internal_process_approved": "99,50\u00a0%",
    }


def test_a_stale_template_is_refused_whole(alice, seed000, y2023):
    data = fill(write_template(unit=seed000, period=y2023), {"staff.officials": "12", "feedback.received": "3"})
    spec = form_spec("staff")
    values_save(
        unit=seed000,
        period=y2023,
        user=alice,
        form_code="staff",
        values={"staff.civil_servants": "10"},
        version=sheet_version(unit=seed000, period=y2023, form=spec.form),
    )
    upload = read_upload(data, unit=seed000, period=y2023)
    problems = offline_save(unit=seed000, period=y2023, user=alice, payload=upload.payload())
    assert any("tải mẫu mới" in p for p in problems)
    v = values_by_code(unit=seed000, period=y2023)
    assert v["feedback.received"] is None and v["staff.officials"] == 11  # nothing saved, not even the other form


@pytest.mark.parametrize(
    ("code", "typed", "message"),
    [
        ("staff.officials", "mười một", "không phải là số"),
        ("staff.officials", -3, "không được âm"),
        ("staff.officials", "2,5", "số nguyên"),
        ("procedures.rate.internal_process_approved", "101", "từ 0 đến 100"),
        ("staff.officials", "=SUM(E5:E9)", "công thức"),
        ("direction.dialogue", "7", "Chọn một trong"),
    ],
)
def test_bad_cells_are_listed_and_block_the_whole_upload(binh_phuoc, y2023, code, typed, message):
    data = fill(write_template(unit=binh_phuoc, period=y2023), {code: typed, "feedback.received": "2"})
    upload = read_upload(data, unit=binh_phuoc, period=y2023)
    assert not upload.ok
    assert any(message in reason for _row, reason in upload.problems), upload.problems


def test_a_template_for_another_unit_or_period_is_refused(tinh_chau, binh_phuoc, y2023):

    data = write_template(unit=binh_phuoc, period=y2023)
    with pytest.raises(ValidationError, match="21208"):
        read_upload(data, unit=tinh_chau, period=y2023)
    other = Period.objects.exclude(pk=y2023.pk).first()
    with pytest.raises(ValidationError, match="kỳ"):
        read_upload(data, unit=binh_phuoc, period=other)


def _swap_codes(wb):
    ws = wb[SHEET_TITLE]
    a, b = ws.cell(row=FIRST_ROW + 2, column=1), ws.cell(row=FIRST_ROW + 3, column=1)
    a.value, b.value = b.value, a.value


def _forge_token(wb):
    wb[META_SHEET]["A1"] = '{"unit": "21073"}'


def _drop_meta(wb):
    del wb[META_SHEET]


def _insert_row(wb):
    wb[SHEET_TITLE].insert_rows(FIRST_ROW + 4)
    wb[SHEET_TITLE].cell(row=FIRST_ROW + 4, column=1, value="staff.officials")


@pytest.mark.parametrize("edit", [_swap_codes, _forge_token, _drop_meta, _insert_row])
def test_a_tampered_template_is_refused(binh_phuoc, y2023, edit):
    data = fill(write_template(unit=binh_phuoc, period=y2023), {"feedback.received": "2"}, raw_edit=edit)
    with pytest.raises(ValidationError) as exc:
        read_upload(data, unit=binh_phuoc, period=y2023)
    assert "mẫu" in " ".join(exc.value.messages)


def test_garbage_huge_and_bomb_files_are_refused(binh_phuoc, y2023, settings):
    with pytest.raises(ValidationError, match="không phải là tệp Excel"):
        read_upload(b"not a workbook", unit=binh_phuoc, period=y2023)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (40 * 1024 * 1024))
    with pytest.raises(ValidationError, match="quá lớn"):
        read_upload(bomb.getvalue(), unit=binh_phuoc, period=y2023)
    wb = Workbook()
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(ValidationError, match="không phải là mẫu"):
        read_upload(buffer.getvalue(), unit=binh_phuoc, period=y2023)
    settings.UPLOAD_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="quá lớn"):
        read_upload(write_template(unit=binh_phuoc, period=y2023), unit=binh_phuoc, period=y2023)


def test_too_many_rows_are_refused(binh_phuoc, y2023):
    def add_rows(wb):
        ws = wb[SHEET_TITLE]
        for i in range(4000):
            ws.cell(row=FIRST_ROW + 500 + i, column=2, value="x")

    data = fill(write_template(unit=binh_phuoc, period=y2023), {}, raw_edit=add_rows)
    with pytest.raises(ValidationError, match="quá nhiều dòng"):
        read_upload(data, unit=binh_phuoc, period=y2023)


# Commands ---------------------------------------------------------------------------------------


def test_export_then_import_from_the_command_line(alice, seed000, y2023, tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    call_command("export_values", "--unit", "21073", "--period", "2023", "--output", str(path), stderr=io.StringIO())
    path.write_bytes(fill(path.read_bytes(), {"staff.officials": "12"}))
    out = io.StringIO()
    call_command(
        "import_values",
        str(path),
        "--unit",
        "21073",
        "--period",
        "2023",
        "--user",
        "alice",
        stdout=out,
        stderr=io.StringIO(),
    )
    assert "staff.officials\t11 → 12" in out.getvalue()
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 12


def test_import_dry_run_and_refusals(alice, seed000, y2023, tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(fill(write_template(unit=seed000, period=y2023), {"staff.officials": "12"}))
    call_command(
        "import_values",
        str(path),
        "--unit",
        "21073",
        "--period",
        "2023",
        "--user",
        "alice",
        "--dry-run",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 11
    with pytest.raises(CommandError, match="21208"):
        call_command("import_values", str(path), "--unit", "21208", "--period", "2023", "--user", "alice")
    with pytest.raises(CommandError, match="không phải là tệp Excel"):
        bad = tmp_path / "bad.xlsx"
        bad.write_bytes(b"plain text")
        call_command("import_values", str(bad), "--unit", "21073", "--period", "2023", "--user", "alice")
    path.write_bytes(fill(write_template(unit=seed000, period=y2023), {"staff.officials": "=11+1"}))
    with pytest.raises(CommandError, match="cannot be read"):
        call_command(
            "import_values", str(path), "--unit", "21073", "--period", "2023", "--user", "alice", stderr=io.StringIO()
        )
    assert values_by_code(unit=seed000, period=y2023)["staff.officials"] == 11
