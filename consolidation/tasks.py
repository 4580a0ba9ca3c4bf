"""Background tasks of the consolidation app (Django's task API; run by `manage.py db_worker`)."""

from django_tasks import TaskContext, task

from consolidation import generator_job
from jobs import runner


@task(takes_context=True)
def generate_national_dataset(context: TaskContext, job_id: int) -> None:
    """The national benchmark data set (consolidation.generator), as a job with a progress bar."""
    runner.run(job_id, str(context.task_result.id), generator_job.generate_dataset)
