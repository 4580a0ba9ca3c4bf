"""Benchmark: the official PDF, Excel and Word files of a ~10-page report (DESIGN.md: PDF < 1.5 s, our code < 10 %).

    .venv/bin/python tests/bench/bench_pdf.py                     # SQLite demo database in /tmp
    .venv/bin/python tests/bench/bench_pdf.py --database-url postgres://postgres@127.0.0.1:5432/portal_pdf

Uses the demo report of Tịnh Châu for 2023 (seed 001's text, its task table and four appendices),
seeding the demo data first if needed. Splits each rendering into our code (queries and tables,
templating, the embedded Excel file) and WeasyPrint (layout and PDF writing), and prints medians; then
the Excel file alone and the Word file (render_docx: the same document written by python-docx).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="sqlite:////tmp/portal_pdf.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    env = {**os.environ, "DATABASE_URL": args.database_url, "DJANGO_SECRET_KEY": "bench",
           "DJANGO_SETTINGS_MODULE": "reform_portal.settings"}  # fmt: skip
    if args.database_url.startswith("postgres"):
        import psycopg

        base, name = args.database_url.rsplit("/", 1)
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    for command in (["migrate", "-v0"], ["seed_demo"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation
    from weasyprint import HTML

    from exports.document import official_document
    from exports.docx import render_docx
    from exports.pdf import render_html, render_pdf
    from exports.xlsx import document_time, render_xlsx, workbook_bytes
    from reports.models import Report

    report = Report.objects.select_related("unit", "period", "report_type").get(unit__code="21208", period__code="2023")
    render_pdf(report)  # warm up fonts and templates

    ours, attached, weasy, totals, excel, word, queries, pages = [], [], [], [], [], [], 0, 0
    for _ in range(args.runs):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as ctx, translation.override("vi"):
            doc = official_document(report)
            html = render_html(doc, created=document_time(report))
        templated = time.perf_counter()
        with translation.override("vi"):
            workbook_bytes(doc, created=report.updated_at)
        middle = time.perf_counter()
        document = HTML(string=html, base_url=str(ROOT)).render()
        document.write_pdf(pdf_variant="pdf/a-3b")
        end = time.perf_counter()
        ours.append(templated - start)
        attached.append(middle - templated)
        weasy.append(end - middle)
        queries, pages = len(ctx.captured_queries), len(document.pages)
        t = time.perf_counter()
        render_pdf(report)
        totals.append(time.perf_counter() - t)
        t = time.perf_counter()
        render_xlsx(report)
        excel.append(time.perf_counter() - t)
        t = time.perf_counter()
        render_docx(report)
        word.append(time.perf_counter() - t)

    ours_ms, weasy_ms = statistics.median(ours) * 1000, statistics.median(weasy) * 1000
    engine = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    print(f"\n{engine}: Tịnh Châu 2023, {pages} pages, median of {args.runs} runs")
    print(f"  render_pdf (signing-ready, Excel attached) {statistics.median(totals) * 1000:8.0f} ms")
    attached_ms = statistics.median(attached) * 1000
    print(f"  {f'our code: data ({queries} queries) + templates':<43}{ours_ms:8.0f} ms")
    print(f"  the attached Excel appendix (openpyxl)     {attached_ms:8.0f} ms")
    print(f"  WeasyPrint (layout, PDF/A)                 {weasy_ms:8.0f} ms")
    share = ours_ms / (ours_ms + attached_ms + weasy_ms) * 100
    print(f"  share of our code (queries, templating)    {share:8.1f} %")
    outside = (ours_ms + attached_ms) / (ours_ms + attached_ms + weasy_ms) * 100
    print(f"  share outside WeasyPrint (ours + Excel)    {outside:8.1f} %")
    print(f"  render_xlsx                                {statistics.median(excel) * 1000:8.0f} ms")
    print(f"  render_docx (Word, python-docx)            {statistics.median(word) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
