"""Background jobs: a district with a few reports to export, and a worker run the way db_worker runs one."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from pytest_django.plugin import blocking_manager_key

from desk.services import report_create
from reports.models import Period, Report, ReportState, ReportType
from tests.shipped_data import install_shipped_data
from units.models import Unit, UnitKind, User


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def shipped_data(transactional_db):
    """Tests with real worker processes commit their data; the catalogue and outlines must be there."""
    install_shipped_data()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test's final flush, put the shipped data back for the tests that follow."""
    yield
    if "transactional_db" not in getattr(item, "fixturenames", ()) or nextitem is None:
        return
    with item.config.stash[blocking_manager_key].unblock():
        install_shipped_data()


@pytest.fixture
def slow_heartbeat(settings):
    """In a test's own transaction no second connection can write the heartbeat: keep the thread asleep."""
    settings.JOB_HEARTBEAT_SECONDS = 3600


def make_reports(tree, communes: int = 2) -> list:
    """The 2023 reports of Bình Sơn district (524), a draft, and of its first ``communes`` communes, accepted.

    Accepted, so that every reviewer and viewer above reads them (units.access.READS); the district's draft is
    read by its own reviewer, not by the province's.
    """
    user = User.objects.filter(username="maker").first() or User.objects.create_superuser("maker", password="x")
    period, template = Period.objects.get(code="2023"), ReportType.objects.get(code="cchc-year")
    district = tree["524"]
    units = [district, *Unit.objects.filter(parent=district, kind=UnitKind.COMMUNE).order_by("path")[:communes]]
    reports = [report_create(unit=u, period=period, report_type=template, user=user) for u in units]
    Report.objects.filter(pk__in=[r.pk for r in reports[1:]]).update(state=ReportState.ACCEPTED)
    for report in reports[1:]:
        report.refresh_from_db()
    return reports


@pytest.fixture
def district_reports(tree):
    return make_reports(tree)


def run_queued_tasks(worker_id: str = "test-worker") -> int:
    """Take each ready task and run it with django-tasks-db's own Worker.run_task; return how many ran.

    (Worker.run would also close the test's connection between tasks, which a test transaction forbids.)
    """
    worker = Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id=worker_id, excluded_queue_names=[],
    )  # fmt: skip
    ran = 0
    while (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker_id)
        worker.run_task(result)
        ran += 1
    return ran
