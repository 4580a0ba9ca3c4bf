"""Issue 16, item 5 (server side; the sticky labels and the phone's cards are in tests/e2e/test_review_desk.py):
the paste help and the importer follow the grid's columns, every figures page leads back to its report, the
sheet says how often it was saved instead of "phiên bản 0", and the offline template's sheet keeps its
diacritics."""

import io
import re

from django.urls import reverse
from openpyxl import load_workbook

from indicators.importing import parse_dossier_table, read_lines_from_text
from indicators.offline import OLD_SHEET_TITLES, SHEET_TITLE, read_upload, write_template
from tests.clients import client_for

GRID_PASTE = "\n".join(
    [
        "STT\tLĩnh vực\tTổng số\tTrực tuyến\tTrực tiếp\tBưu chính công ích\tTừ kỳ trước\tTổng số\tTrước hạn\tĐúng hạn"
        "\tQuá hạn\tTổng số\tTrong hạn\tQuá hạn",
        "1\tHộ tịch\t100\t40\t50\t5\t5\t98\t90\t7\t1\t2\t2\t0",
        "2\tChứng thực\t50\t20\t30\t0\t0\t50\t50\t0\t0\t0\t0\t0",
    ]
)
PROVINCIAL_PASTE = "1\tHộ tịch\t100\t40\t55\t5\t98\t90\t7\t1\t2\t2\t0"


def test_the_grids_columns_are_read_with_postal_dossiers_apart(tree):
    preview = parse_dossier_table(read_lines_from_text(GRID_PASTE))
    assert preview.problems == []
    values = preview.values()
    assert values["dossiers.received.direct@ho-tich"] == 50 and values["dossiers.received.postal@ho-tich"] == 5
    assert values["dossiers.received.carried_over@ho-tich"] == 5


def test_the_provincial_export_is_still_read_with_postal_counted_as_direct(tree):
    preview = parse_dossier_table(read_lines_from_text(PROVINCIAL_PASTE))
    assert preview.problems == []
    values = preview.values()
    assert values["dossiers.received.direct@ho-tich"] == 55 and values["dossiers.received.postal@ho-tich"] == 0


def test_a_grid_line_whose_parts_do_not_add_up_is_refused(tree):
    wrong = GRID_PASTE.replace("\t100\t40\t50\t5\t5", "\t100\t40\t50\t9\t5")
    preview = parse_dossier_table(read_lines_from_text(wrong))
    assert [line for line, _reason in preview.problems] == [2] and "Hộ tịch" not in str(preview.values())


def test_the_paste_help_names_the_grids_columns(alice, binh_phuoc, tree):
    page = client_for(alice).get(reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "dossiers"]))
    text = page.content.decode()
    help_text = text[text.index('data-testid="dossier-import"') :]
    assert "trực tiếp, qua dịch vụ bưu chính công ích" in help_text
    headers = re.findall(r"<th class=\"[^\"]*\">([^<]+)</th>", text[: text.index("</thead>")])
    assert "Trực tiếp" in headers and "Bưu chính công ích" in headers


def test_every_figures_page_leads_back_to_the_report_and_says_how_often_it_was_saved(report, alice, binh_phuoc):
    client = client_for(alice)
    back = reverse("desk:detail", args=[report.pk])
    for url in (
        reverse("indicators:forms", args=[binh_phuoc.code, "2023"]),
        reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "dossiers"]),
        reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "phu-luc-1"]),
    ):
        page = client.get(url).content.decode()
        assert f'href="{back}" data-testid="back-to-report"' in page, url
        assert "phiên bản 0" not in page and "phiên bản 1" not in page, url
    sheet = client.get(reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "staff"])).content.decode()
    assert "chưa lưu lần nào" in sheet
    client.post(
        reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "staff"]),
        {"version": "0", "v:staff.officials": "12"},
    )
    sheet = client.get(reverse("indicators:form_edit", args=[binh_phuoc.code, "2023", "staff"])).content.decode()
    assert "đã lưu 1 lần" in sheet


def test_the_offline_templates_sheet_keeps_its_diacritics_and_old_templates_are_read(alice, binh_phuoc, y2023):
    data = write_template(unit=binh_phuoc, period=y2023)
    workbook = load_workbook(io.BytesIO(data))
    assert SHEET_TITLE == "Số liệu" and SHEET_TITLE in workbook.sheetnames
    workbook[SHEET_TITLE].title = OLD_SHEET_TITLES[0]  # a template downloaded before the rename
    old = io.BytesIO()
    workbook.save(old)
    old.seek(0)
    old.name = "so-lieu.xlsx"
    read_upload(old, unit=binh_phuoc, period=y2023)  # refused with a ValidationError if not recognised
