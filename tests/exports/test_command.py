import pytest
from django.core.management import CommandError, call_command


def test_it_writes_the_pdf_and_the_xlsx(report, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    call_command("export_report", "--unit", "21073", "--period", "2023", "--format", "pdf", "--output", str(pdf))
    call_command("export_report", "--unit", "21073", "--period", "2023", "--type", "cchc-year", "--format", "xlsx",
                 "--output", str(xlsx))  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF-1.7")
    assert xlsx.read_bytes().startswith(b"PK")


def test_it_says_when_there_is_no_report(report, tmp_path):
    with pytest.raises(CommandError):
        call_command("export_report", "--unit", "21208", "--period", "2023", "--format", "pdf", "--output",
                     str(tmp_path / "x.pdf"))  # fmt: skip
