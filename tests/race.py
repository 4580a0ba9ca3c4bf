"""Two sides of a race, each on its own thread and database connection (PostgreSQL race tests).

``Worker`` runs one side's real code on the thread's own connection and hands its result or exception
back to the test; ``wait_until_blocked`` waits until a worker waits for a row lock another transaction
holds (pg_locks), so a test can order the two sides deterministically.
"""

import threading
import time

import pytest
from django.db import connection

TIMEOUT = 30


class Worker(threading.Thread):
    """Runs ``work`` on the thread's own database connection; keeps its result or exception."""

    def __init__(self, work):
        super().__init__(daemon=True)
        self.work, self.result, self.error, self.pid = work, None, None, None
        self.connected = threading.Event()

    def run(self):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                self.pid = cursor.fetchone()[0]
            self.connected.set()
            self.result = self.work()
        except BaseException as exc:  # handed to the test thread by outcome()
            self.error = exc
        finally:
            self.connected.set()
            connection.close()

    def outcome(self):
        self.join(TIMEOUT)
        assert not self.is_alive(), "the worker is still blocked"
        if self.error is not None:
            raise self.error
        return self.result


def wait_until_blocked(worker: Worker) -> None:
    """Wait until the worker's connection waits for a lock another transaction holds."""
    assert worker.connected.wait(TIMEOUT)
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert worker.is_alive(), f"the worker finished without waiting: {worker.error or worker.result}"
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_locks WHERE pid = %s AND NOT granted", [worker.pid])
            if cursor.fetchone():
                return
        time.sleep(0.02)
    pytest.fail("the worker never waited for the lock")
