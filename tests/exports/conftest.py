"""A realistic report of Bình Phước (alice's commune) to export, and helpers to read what comes out."""

import datetime as dt
import io
import subprocess
from decimal import Decimal

import pytest

from desk.services import report_create
from reports.models import Period, ReportType
from tests.plans.factories import plan, task

CREATED = dt.datetime(2023, 12, 7, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def report(alice, binh_phuoc):
    from indicators.models import Indicator, Value

    report = report_create(
        unit=binh_phuoc,
        period=Period.objects.get(code="2023"),
        report_type=ReportType.objects.get(code="cchc-year"),
        user=alice,
    )
    report.addressee = "Phòng Nội vụ huyện Bình Sơn"
    report.recipients = "Như trên;\nTT Đảng ủy, HĐND xã;\nLưu: VT."
    report.signatory_authority, report.signatory_title = "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    report.signatory_name = "Ngô Văn Vương"
    report.save()
    first = report.sections.order_by("order").first()
    first.body = (
        "Đã ban hành Kế hoạch số 18/KH-UBND ngày 22/02/2023 về tuyên truyền cải cách hành chính[^1].\n"
        "- Hoàn thành 28/28 nhiệm vụ.\n[^1]: Quyết định số 690/QĐ-UBND ngày 30/12/2022."
    )
    first.save()
    received = Indicator.objects.get(code="dossiers.received.online")
    Value.objects.create(unit=binh_phuoc, period=report.period, indicator=received, number=Decimal(1949))
    # One task in the commune's plan, so the task table has something to print (an empty one is left out).
    task(plan(binh_phuoc), "procedures", deadline="30/06/2023", completed_on="15/06/2023")
    return report


def pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def pdf_reader(data: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(data))
