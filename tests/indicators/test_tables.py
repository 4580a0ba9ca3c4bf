from decimal import Decimal

from indicators.saving import values_save
from indicators.tables import dossier_table, form_table


def test_the_appendix_table_of_seed_001(seed001, y2023):
    table = form_table(unit=seed001, period=y2023, form_code="phu-luc-1")
    rows = {r.indicator_code: r for r in table.rows if r.indicator_code}
    assert rows["dossiers.rate.on_time"].display == "97,09\u00a0%"  # 3.369 / 3.470
    assert rows["dossiers.rate.on_time"].value == Decimal("97.09")
    assert rows["survey.responses"].display == "1.032"
    assert rows["direction.dialogue"].display == "1 (Có)"
    # 7.2 prints a row per answer (seed 001): the note on the answer's row
    answered = next(r for r in table.rows if r.unit_of_measure == "Liên thông 3 cấp = 2")
    assert (answered.display, answered.note) == ("2", "Có đủ thiết bị để họp trực tuyến")
    groups = [r for r in table.rows if r.is_group]
    assert groups[0].stt == "1" and groups[0].label == "Công tác chỉ đạo điều hành CCHC"
    assert next(r for r in groups if r.stt == "2.").consolidating_office == "Phòng Tư pháp tổng hợp"
    assert rows["plan.tasks.planned"].value_source == "provided"


def test_the_dossier_table_rows_and_total(alice, binh_phuoc, y2023):
    values_save(
        unit=binh_phuoc,
        period=y2023,
        user=alice,
        form_code="dossiers",
        values={
            "dossiers.received.online@ho-tich": "10",
            "dossiers.received.direct@ho-tich": "5",
            "dossiers.resolved.early@ho-tich": "14",
            "dossiers.resolved.late@ho-tich": "1",
            "dossiers.received.online@chung-thuc": "20",
            "dossiers.resolved.on_time@chung-thuc": "20",
        },
        version=0,
    )
    table = dossier_table(unit=binh_phuoc, period=y2023)
    rows = {r.field_code: r for r in table.rows}
    assert rows["ho-tich"].cells["dossiers.received.total"] == 15
    assert rows["ho-tich"].cells["dossiers.resolved.total"] == 15
    assert table.total.cells["dossiers.received.total"] == 35
    assert table.total.cells["dossiers.resolved.total"] == 35
    assert table.total.display["dossiers.received.online"] == "30"
    assert table.fields_entered
    assert [g for g, _n in table.column_groups][:3] == [
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết",
    ]
