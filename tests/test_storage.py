"""The default storage writes a file whole or not at all: a process killed while saving leaves nothing
under the file's name (only a .partial/*.part file, swept later). Django's own FileSystemStorage, killed
the same way, leaves half a file: the control that shows the test can fail."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from reform_portal.storage import AtomicFileSystemStorage

ROOT = Path(__file__).resolve().parent.parent

# Saves a 64 MiB file in 1 MiB chunks, one every 0.2 s, saying when the first chunk has gone out.
SLOW_SAVE = textwrap.dedent(
    """
    import sys, time
    import django
    from django.conf import settings
    settings.configure(MEDIA_ROOT=sys.argv[2])
    django.setup()
    from django.core.files.base import File
    from django.core.files.storage import FileSystemStorage
    from reform_portal.storage import AtomicFileSystemStorage

    class Slow(File):
        def __init__(self):
            super().__init__(None, name="x")
            self.size = 64 * 2**20
        def chunks(self, chunk_size=None):
            for n in range(64):
                yield b"%PDF" + bytes(2**20 - 4)
                if n == 0:
                    print("writing", flush=True)
                time.sleep(0.2)

    storage = AtomicFileSystemStorage() if sys.argv[1] == "atomic" else FileSystemStorage()
    storage.save("exports/51/2023/bao-cao.pdf", Slow())
    print("finished", flush=True)
    """
)


def kill_while_saving(kind: str, media: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_SAVE, kind, str(media)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert process.stdout.readline().strip() == "writing"
    time.sleep(0.5)  # a few more chunks
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def test_a_save_killed_half_way_leaves_no_file_under_its_name(tmp_path):
    kill_while_saving("atomic", tmp_path)

    assert not (tmp_path / "exports/51/2023/bao-cao.pdf").exists()
    leftovers = list((tmp_path / ".partial").iterdir())
    assert len(leftovers) == 1 and 0 < leftovers[0].stat().st_size < 64 * 2**20
    storage = AtomicFileSystemStorage(location=tmp_path)
    assert storage.sweep_partials(older_than_seconds=3600) == 0  # it might still be writing
    assert storage.sweep_partials(older_than_seconds=0) == 1
    assert list((tmp_path / ".partial").iterdir()) == []


def test_djangos_own_storage_killed_the_same_way_leaves_half_a_file(tmp_path):
    kill_while_saving("django", tmp_path)

    half = tmp_path / "exports/51/2023/bao-cao.pdf"
    assert half.exists() and 0 < half.stat().st_size < 64 * 2**20


def test_a_save_never_replaces_a_file_of_the_same_name(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path)
    first = storage.save("exports/a.pdf", ContentFile(b"first"))
    second = storage.save("exports/a.pdf", ContentFile(b"second"))

    assert first == "exports/a.pdf" and second != first and second.startswith("exports/a_")
    assert (tmp_path / first).read_bytes() == b"first" and (tmp_path / second).read_bytes() == b"second"
    assert oct((tmp_path / second).stat().st_mode & 0o777) == oct(0o644)
    assert list((tmp_path / ".partial").iterdir()) == []


def test_with_allow_overwrite_it_replaces_in_one_step(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path, allow_overwrite=True)
    storage.save("a.pdf", ContentFile(b"first"))
    assert storage.save("a.pdf", ContentFile(b"second")) == "a.pdf"
    assert (tmp_path / "a.pdf").read_bytes() == b"second"


def test_it_is_the_default_storage():
    assert isinstance(default_storage, AtomicFileSystemStorage)
