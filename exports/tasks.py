"""Background tasks of the exports app (Django's task API; run by `manage.py db_worker`)."""

from django_tasks import TaskContext, task

from exports import bulk
from jobs import runner


@task(takes_context=True)
def export_subtree(context: TaskContext, job_id: int) -> None:
    """Export every report of a unit's subtree for a period (exports.bulk.export_subtree)."""
    runner.run(job_id, str(context.task_result.id), bulk.export_subtree)
