"""Benchmark: a worker's peak memory while the importers refuse hostile uploads (reform_portal.uploads).

    .venv/bin/python tests/bench/bench_uploads.py             # every importer, every attack
    .venv/bin/python tests/bench/bench_uploads.py --contrast  # and openpyxl alone on a 64 MiB bomb

Builds the files of tests/upload_attacks.py (a zip bomb whose sheet unpacks to 1 GiB, the same bomb
with headers that declare 4 KiB, billion laughs, a million rows, a 6 MiB body), writes each to a
temporary file, then hands it to each importer's reading function in a fresh Python process, as
Django hands a view an upload spooled to disk. Each process prints the refusal, the peak of Python's
allocations while refusing (tracemalloc) and the process's peak resident memory (getrusage maxrss)
before and after. No database is needed: every file is refused before one is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024
IMPORTERS = ("dossiers", "offline", "tasks")


def _maxrss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux -> MiB


def child(importer: str, path: str, filename: str) -> None:
    """One refusal in this process; prints one JSON line."""
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_portal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import UploadedFile
    from django.utils import translation

    from indicators import importing, offline
    from plans import imports

    translation.activate("vi")
    read = {
        "dossiers": importing.read_lines_from_xlsx,
        "offline": lambda upload: offline.read_upload(upload, unit=None, period=None),
        "tasks": imports.read_upload,
        "openpyxl": _openpyxl_alone,
    }[importer]
    with open(path, "rb") as file:
        upload = UploadedFile(file=file, name=filename, size=os.path.getsize(path))
        before = _maxrss()
        tracemalloc.start()
        started = time.perf_counter()
        try:
            read(upload)
            outcome = "ACCEPTED"
        except ValidationError as exc:
            outcome = " ".join(exc.messages)
        seconds = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(json.dumps({"outcome": outcome, "traced_peak": peak / MiB, "rss_before": before,
                      "rss_after": _maxrss(), "seconds": seconds}))  # fmt: skip


def _openpyxl_alone(upload) -> None:
    """What reading the first sheet with openpyxl in read-only mode costs without the guard."""
    import io

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(upload.read()), read_only=True, data_only=True)
    for _row in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contrast", action="store_true", help="also read a 64 MiB bomb with openpyxl alone")
    parser.add_argument("--child", nargs=3, metavar=("IMPORTER", "PATH", "NAME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    sys.path.insert(0, str(ROOT))
    from tests import upload_attacks as attack

    started = time.perf_counter()
    files = {
        "zip bomb, sheet unpacks to 1 GiB": ("upload.xlsx", attack.zip_bomb(1024 * MiB)),
        "zip bomb, 1 GiB declared as 4 KiB": ("upload.xlsx", attack.lying_zip_bomb(1024 * MiB)),
        "billion laughs in sharedStrings.xml": ("upload.xlsx", attack.billion_laughs()),
        "external entity in the sheet": ("upload.xlsx", attack.external_entity()),
        "a million rows (.xlsx; not a template)": ("upload.xlsx", attack.million_rows_xlsx()),
        "a million rows (.csv, tasks only)": ("upload.csv", attack.million_rows_csv()),
        "oversize body, 6 MiB": ("upload.xlsx", attack.oversize(6 * MiB)),
    }
    if args.contrast:
        files["64 MiB bomb, openpyxl alone"] = ("upload.xlsx", attack.zip_bomb(64 * MiB))
    print(f"built the files in {time.perf_counter() - started:.1f} s")
    print(
        f"{'attack':38} {'importer':9} {'file':>9} {'traced peak':>12} {'maxrss before → after':>22} {'time':>7}  refusal"
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, (name, data) in files.items():
            path = Path(folder) / name
            path.write_bytes(data)
            importers = ("openpyxl",) if "alone" in label else ("tasks",) if ".csv" in label else IMPORTERS
            for importer in importers:
                result = subprocess.run(
                    [sys.executable, __file__, "--child", importer, str(path), name],
                    cwd=ROOT, capture_output=True, text=True, check=True,
                )  # fmt: skip
                r = json.loads(result.stdout.strip().splitlines()[-1])
                print(
                    f"{label:38} {importer:9} {len(data) / 1024:7.0f} K {r['traced_peak']:9.2f} MiB "
                    f"{r['rss_before']:8.1f} → {r['rss_after']:6.1f} MiB {r['seconds']:6.2f}s  {r['outcome'][:70]}"
                )


if __name__ == "__main__":
    main()
