"""How the PDF calls WeasyPrint: one fetcher per process, that reads ``data:`` URLs only."""

import pytest

from exports.pdf import render_pdf, url_fetcher

from .conftest import CREATED, pdf_text


def test_the_fetcher_reads_data_urls_and_nothing_else():
    assert url_fetcher() is url_fetcher()  # one per process
    response = url_fetcher().fetch("data:text/plain,rule")
    assert response.read() == b"rule"
    response.close()
    for url in ("file:///etc/hostname", "http://127.0.0.1:5432/", "https://example.org/logo.png"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            url_fetcher().fetch(url)


def test_a_report_renders_through_it(report):
    text = pdf_text(render_pdf(report, created=CREATED))
    assert "BÁO CÁO" in text and "Nơi nhận:" in text
