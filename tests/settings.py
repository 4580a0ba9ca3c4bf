"""Test settings: the production settings, fed the few environment values tests need."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key")
os.environ.setdefault("DJANGO_PLAIN_STATIC", "1")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "*")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "0")
# Playwright's sync API runs an event loop in the test thread; the ORM calls made there are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

from reform_portal.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
# Connections of the live server's threads must not outlive a test, or the test database cannot be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, as in production: with an in-memory database Django hands the live server's threads the test's
    # one connection, so two requests at once (a double click) are not isolated from each other.
    # pytest-django adds the xdist worker's suffix (_gw0, _gw1 …) to the name. TEST_SQLITE_NAME keeps two
    # runs in one checkout apart.
    (BASE_DIR / "tmp").mkdir(exist_ok=True)  # noqa: F405
    name = os.environ.get("TEST_SQLITE_NAME", "test-db")
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "tmp" / f"{name}.sqlite3")}  # noqa: F405

# The idle timeout is stamped on a session at most once a minute (reform_portal.middleware); on a loaded
# machine a minute can pass inside one test and add a write to a page whose queries it counts. Within a
# test, the first request's stamp is enough; tests/security/test_sessions.py sets its own interval where it
# matters.
SESSION_REFRESH_SECONDS = 24 * 3600
