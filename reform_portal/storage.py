"""The default file storage: a file appears under its name whole, or not at all.

Django's FileSystemStorage writes straight into the final name, so a process killed while writing (a
worker stopped with SIGKILL, a machine that loses power) leaves half a PDF where the archive expects a
whole one. Here every save writes into ``<MEDIA_ROOT>/.partial/`` first, flushes it to disk, and only then
links it under its name: ``os.link`` is atomic and never replaces an existing file (another name is
chosen then, as Django does). A killed save leaves at most a ``.partial/*.part`` file, which no row names
and ``sweep_partials()`` removes once it is old.

MEDIA_ROOT may be a volume shared by several machines (NFS, a Docker volume): ``.partial`` lives on the
same file system, so the link is still one atomic step.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from contextlib import suppress

from django.core.files.storage import FileSystemStorage

PARTIAL_DIR = ".partial"
# A file system that cannot hard-link (some network shares): fall back to a rename of the flushed file.
_NO_LINK = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK}


class AtomicFileSystemStorage(FileSystemStorage):
    def _partial_dir(self) -> str:
        path = os.path.join(self.location, PARTIAL_DIR)
        os.makedirs(path, exist_ok=True)
        return path

    def _make_directory(self, directory: str) -> None:
        if self.directory_permissions_mode is None:
            os.makedirs(directory, exist_ok=True)
            return
        old_umask = os.umask(0o777 & ~self.directory_permissions_mode)
        try:
            os.makedirs(directory, self.directory_permissions_mode, exist_ok=True)
        finally:
            os.umask(old_umask)

    def _save(self, name, content):
        full_path = self.path(name)
        self._make_directory(os.path.dirname(full_path))
        fd, partial = tempfile.mkstemp(dir=self._partial_dir(), suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(partial, self.file_permissions_mode or 0o644)
            name = self._publish(partial, name)
        finally:
            with suppress(FileNotFoundError):
                os.unlink(partial)
        return str(name).replace("\\", "/")

    def _publish(self, partial: str, name: str) -> str:
        """Put the finished file under ``name`` (or the next free name) in one step; return the name."""
        while True:
            full_path = self.path(name)
            if self._allow_overwrite:
                os.replace(partial, full_path)
                return name
            try:
                os.link(partial, full_path)
                return name
            except FileExistsError:
                name = self.get_available_name(name)
            except OSError as exc:
                if exc.errno not in _NO_LINK:
                    raise
                if os.path.exists(full_path):
                    name = self.get_available_name(name)
                    continue
                os.rename(partial, full_path)
                return name

    def sweep_partials(self, *, older_than_seconds: float) -> int:
        """Remove the leftovers of killed saves; a save still writing is younger than the limit."""
        removed = 0
        limit = time.time() - older_than_seconds
        directory = os.path.join(self.location, PARTIAL_DIR)
        with suppress(FileNotFoundError):
            for entry in os.scandir(directory):
                if entry.is_file() and entry.name.endswith(".part") and entry.stat().st_mtime < limit:
                    with suppress(FileNotFoundError):
                        os.unlink(entry.path)
                        removed += 1
        return removed
