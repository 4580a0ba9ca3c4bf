"""The PDF is written by WeasyPrint once per content: the same report with the same figures is served from
the cache, byte for byte; any change of what it prints (a figure, a section, the date) writes a new one."""

from decimal import Decimal

import pytest
import weasyprint
from django.core.cache import cache

from exports.pdf import render_pdf

from .conftest import CREATED, pdf_text


@pytest.fixture
def renders(monkeypatch):
    """How many times WeasyPrint laid out a document (the real one, counted)."""
    calls = []
    real = weasyprint.HTML.render

    def counted(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", counted)
    cache.clear()
    return calls


def test_the_same_report_is_laid_out_once_and_gives_the_same_bytes(report, renders):
    first = render_pdf(report, created=CREATED)
    again = render_pdf(report, created=CREATED)
    assert again == first
    assert len(renders) == 1


def test_a_changed_figure_writes_a_new_pdf_with_the_new_figure(report, renders):
    from indicators.models import Value

    before = render_pdf(report, created=CREATED)
    Value.objects.filter(unit=report.unit, period=report.period, indicator__code="dossiers.received.online").update(
        number=Decimal(2024)
    )
    after = render_pdf(report, created=CREATED)
    assert len(renders) == 2 and after != before
    assert "2.024" in pdf_text(after) and "2.024" not in pdf_text(before)


def test_a_changed_section_or_date_writes_a_new_pdf(report, renders):
    import datetime as dt

    before = render_pdf(report, created=CREATED)
    section = report.sections.order_by("order").first()
    section.body += "\nThêm một câu mới về bộ phận một cửa."
    section.save()
    edited = render_pdf(report, created=CREATED)
    assert "Thêm một câu mới về bộ phận một cửa." in " ".join(pdf_text(edited).split())
    later = render_pdf(report, created=CREATED + dt.timedelta(days=1))
    assert len({before, edited, later}) == 3 and len(renders) == 3
