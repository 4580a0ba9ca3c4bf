"""The background queue's own rows stay out of the admin.

django-tasks' database backend registers its task results in the admin for any staff user with the
view permission; what a person may see of background work is their own ``jobs.Job`` (its pages check who
started it). Its admin module is imported here first, so that its registration can be withdrawn: the
admin's autodiscovery then finds the module already imported and registers nothing again.
"""

from django.contrib import admin
from django_tasks_db import admin as _tasks_admin  # noqa: F401  (registers DBTaskResult)
from django_tasks_db.models import DBTaskResult

admin.site.unregister(DBTaskResult)
