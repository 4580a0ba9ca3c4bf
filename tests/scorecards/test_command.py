"""manage.py par_index: the province's results of a year as JSON for other systems and as the Excel publication."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from scorecards import demo
from units.divisions import history_available

pytestmark = pytest.mark.skipif(not history_available(), reason="needs vietnam-provinces with the pre-2025 list")


@pytest.fixture
def seeded(tree):
    demo.seed()


def test_json_has_the_seed_004_scores_ranks_and_changes(seeded):
    out = io.StringIO()
    call_command("par_index", "--province", "51", "--year", "2023", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert (data["province"], data["year"], data["group"], len(data["units"])) == ("51", 2023, "district", 13)
    binh_son = next(u for u in data["units"] if u["code"] == "524")
    assert binh_son["decision"] == "57/QĐ-UBND" and binh_son["state"] == "published"
    expected = {"points": "82.84", "rank": 6, "ranked": 13, "rank_change": -2, "points_change": "0.29"}
    assert binh_son["total"].items() >= expected.items()
    assert (binh_son["appraised"]["points"], binh_son["sipas"]["points"]) == ("63.26", "19.58")
    assert binh_son["sipas"]["rank_change"] == -6 and binh_son["sipas"]["points_change"] == "-2.58"
    first, second = binh_son["fields"][:2]
    assert (first["share_percent"], first["rank"], first["shared_with"]) == ("87.62", 11, 0)  # half-up, not 87.61
    assert (second["rank"], second["shared_with"], second["rank_change"]) == (1, 12, 9)  # "tăng 9 bậc"


def test_xlsx_is_the_publication_table(seeded, tmp_path):
    path = tmp_path / "par.xlsx"
    out = io.StringIO()
    call_command(
        "par_index", "--province", "51", "--year", "2023", "--format", "xlsx", "--output", str(path), stdout=out
    )
    assert "13" in out.getvalue()
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[2]]
    assert header[3] == "1. Chỉ đạo, điều hành CCHC (10,5)"  # maxima printed the Vietnamese way
    rows = {r[1]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert len(rows) == 13
    binh_son = rows["524"]
    assert binh_son["Xếp hạng"] == 6 and binh_son["Tổng điểm (100)"] == pytest.approx(82.84)
    assert binh_son["Tự đánh giá được thẩm định (72)"] == pytest.approx(63.26)
    assert binh_son["Xếp hạng thẩm định"] == 7 and binh_son["Xếp hạng SIPAS"] == 7
    assert binh_son["Điểm tăng (+) / giảm (−) so với năm trước"] == pytest.approx(0.29)
    assert binh_son["Tăng (+) / giảm (−) bậc so với năm trước"] == -2
    fields = book["Xếp hạng theo lĩnh vực"]
    header = [c.value for c in fields[2]]
    row = next(
        dict(zip(header, r, strict=True)) for r in fields.iter_rows(min_row=3, values_only=True) if r[0] == "524"
    )
    assert row["1. Tỷ lệ (%)"] == pytest.approx(87.62)
    assert (row["2. Xếp hạng"], row["2. Số đơn vị cùng hạng"], row["2. Tăng/giảm bậc"]) == (1, 13, 9)
    assert (row["8. Xếp hạng"], row["8. Tăng/giảm bậc"]) == (8, -7)


def test_an_unknown_framework_is_an_error(seeded):
    with pytest.raises(CommandError, match="No district framework of province 51 for 2030"):
        call_command("par_index", "--province", "51", "--year", "2030")
