"""Rotating a leaked SECRET_KEY: with the old key in SECRET_KEY_FALLBACKS log-ins and signed links keep working
during the rotation, and stop once the old key is dropped."""

import pytest
from django.core import signing
from django.test import Client, override_settings

from tests.security.helpers import log_in, manage_py_shell

OLD_KEY, NEW_KEY = "old-" + "k" * 50, "new-" + "k" * 50


def test_a_rotated_secret_key_keeps_log_ins_and_signed_links_while_the_old_one_is_a_fallback(alice, leader):
    active, away = Client(), Client()
    with override_settings(SECRET_KEY=OLD_KEY, SECRET_KEY_FALLBACKS=[]):
        log_in(active, "alice")
        log_in(away, "leader")
        token = signing.dumps({"unit": "21073"}, salt="preview")  # as indicators.previews signs a preview

    with override_settings(SECRET_KEY=NEW_KEY, SECRET_KEY_FALLBACKS=[OLD_KEY]):
        assert active.get("/").status_code == 200  # still logged in; the session is re-signed with the new key
        assert signing.loads(token, salt="preview") == {"unit": "21073"}

    with override_settings(SECRET_KEY=NEW_KEY, SECRET_KEY_FALLBACKS=[]):  # the rotation finished
        assert active.get("/").status_code == 200  # used during the fallback period: carried over
        assert away.get("/").status_code == 302  # not used since: logged out
        with pytest.raises(signing.BadSignature):
            signing.loads(token, salt="preview")


def test_the_fallback_keys_come_from_the_environment():
    printed = manage_py_shell(
        "from django.conf import settings; print(settings.SECRET_KEY_FALLBACKS)",
        DJANGO_SECRET_KEY=NEW_KEY,
        DJANGO_SECRET_KEY_FALLBACKS=f"{OLD_KEY}, older-{'k' * 50}",
    )
    assert printed.strip() == str([OLD_KEY, f"older-{'k' * 50}"])
