"""/healthz: is this process able to serve pages? For the reverse proxy and the monitoring.

Cheap on purpose: one ``SELECT 1`` on the database, no log-in, no session, no template, nothing cached
by the proxy. 200 "ok" when the database answers, 503 when it does not (the error goes to the log).
"""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
