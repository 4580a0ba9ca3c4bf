"""A task for the runner's tests: it only waits, so the heartbeat has time to beat."""

import time

from django_tasks import TaskContext, task

from jobs import runner


def _wait(run: runner.Run) -> None:
    run.progress(total=2, done=1, current="waiting")
    time.sleep(1.2)


@task(takes_context=True)
def wait_a_little(context: TaskContext, job_id: int) -> None:
    runner.run(job_id, str(context.task_result.id), _wait)
