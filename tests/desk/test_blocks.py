"""Live blocks: a generated paragraph in a section follows the figures until the report is sent."""

import datetime as dt

import pytest
from django.urls import reverse

from desk.blocks import report_blocks
from desk.services import report_create
from desk.workflow import apply_move
from exports.pdf import render_pdf
from plans import demo as plans_demo
from reports.models import ReportState, ReportType
from reports.periods import ensure_period
from tests.desk.conftest import store_dossiers
from tests.exports.conftest import pdf_text


@pytest.fixture
def report(alice, binh_phuoc):
    period = ensure_period("2023")
    report = report_create(
        unit=binh_phuoc, period=period, report_type=ReportType.objects.get(code="cchc-year"), user=alice
    )
    section = report.sections.get(embed="dossiers")
    section.body = "Kết quả giải quyết hồ sơ:\n[[figures.dossiers]]"
    section.save()
    return report


def test_the_paragraph_is_worded_from_the_figures_of_the_moment(client, alice, report, binh_phuoc):
    client.force_login(alice)
    preview = reverse("desk:preview", args=[report.pk])
    text = report.sections.get(embed="dossiers").body

    first = client.post(preview, {"text": text}).content.decode()
    assert 'class="live-block missing" data-key="figures.dossiers"' in first and "chưa có số liệu" in first

    store_dossiers(binh_phuoc, report.period, 1949)
    second = client.post(preview, {"text": text}).content.decode()
    assert 'class="live-block" data-key="figures.dossiers"' in second and "1.949" in second

    store_dossiers(binh_phuoc, report.period, 1950)
    page = client.get(reverse("desk:detail", args=[report.pk])).content.decode()
    assert "1.950" in page and "1.949" not in page
    printed = " ".join(pdf_text(render_pdf(report)).split())
    assert "1.950 hồ sơ" in printed and "[[" not in printed and "chưa có số liệu" not in printed


def test_once_sent_the_wording_is_the_one_that_was_sent(alice, leader, report, binh_phuoc):
    store_dossiers(binh_phuoc, report.period, 1949)
    apply_move(report=report, user=alice, move_name="submit", seen_state=ReportState.DRAFT)
    snapshot = report.transitions.get(action="submit").snapshot
    assert "1.949" in snapshot["blocks"]["figures.dossiers"]

    # A figure changed behind the workflow's back (a data fix by an administrator) does not reword it.
    store_dossiers(binh_phuoc, report.period, 2000)
    assert "1.949" in report_blocks(report)["figures.dossiers"]
    assert "1.949 hồ sơ" in " ".join(pdf_text(render_pdf(report)).split())

    apply_move(report=report, user=leader, move_name="send_back", seen_state=ReportState.PENDING_APPROVAL,
               comment="Kiểm tra lại")  # fmt: skip
    assert "2.000" in report_blocks(report)["figures.dossiers"]  # drafting again: live


def test_copying_last_period_keeps_the_references(alice, report, binh_phuoc):
    store_dossiers(binh_phuoc, report.period, 1949)
    following = report_create(
        unit=binh_phuoc, period=ensure_period("2024"), report_type=ReportType.objects.get(code="cchc-year"),
        user=alice, copy_previous=True,
    )  # fmt: skip
    assert "[[figures.dossiers]]" in following.sections.get(embed="dossiers").body
    assert "figures.dossiers" not in report_blocks(following)  # 2024 has no figures: "chưa có số liệu"


def test_the_report_data_window_dates_the_plan_sentence(report):
    plans_demo.seed()
    assert "đến ngày 14/12/2023" in report_blocks(report)["plans.plan"]  # the period's default cut-off
    report.cutoff_end = dt.date(2023, 11, 25)
    report.save(update_fields=["cutoff_end"])
    assert "đến ngày 25/11/2023" in report_blocks(report)["plans.plan"]


def test_one_figure_is_a_live_block_too(client, alice, report, binh_phuoc):
    store_dossiers(binh_phuoc, report.period, 1949)
    client.force_login(alice)
    edit = client.get(reverse("desk:edit", args=[report.pk])).content.decode()
    assert 'data-text="[[figure:dossiers.received.total]]"' in edit  # the editor offers it
    html = client.post(reverse("desk:preview", args=[report.pk]), {"text": "Tiếp nhận [[figure:dossiers.received.total]] hồ sơ, đúng hạn [[figure:dossiers.rate.on_time]]."}).content.decode()  # fmt: skip
    assert 'data-key="figure:dossiers.received.total">1.949</span> hồ sơ' in html
    assert 'data-key="figure:dossiers.rate.on_time">100,00&nbsp;%</span>' in html  # "%" never wraps alone
