"""The limits the production settings read from the environment, their defaults, and the operations guide
(docs/OPERATIONS.md) naming every variable the settings read, so that an operator can set each of them."""

import re

from tests.security.helpers import ROOT, manage_py_shell

LIMITS = (
    "from django.conf import settings as s; "
    "print(s.SESSION_COOKIE_AGE, s.SESSION_MAX_AGE, s.AXES_FAILURE_LIMIT, s.AXES_IP_FAILURE_LIMIT, "
    "s.DATA_UPLOAD_MAX_NUMBER_FIELDS, s.SESSION_SAVE_EVERY_REQUEST)"
)


def test_limits_default_to_eight_idle_hours_and_can_be_set_from_the_environment():
    assert manage_py_shell(LIMITS).split() == ["28800", "43200", "5", "15", "1000", "False"]
    assert manage_py_shell(
        LIMITS, DJANGO_SESSION_IDLE_MINUTES="30", DJANGO_SESSION_MAX_HOURS="9", AXES_FAILURE_LIMIT="3",
        AXES_IP_FAILURE_LIMIT="40", DATA_UPLOAD_MAX_NUMBER_FIELDS="2000",
    ).split() == ["1800", "32400", "3", "40", "2000", "False"]  # fmt: skip


def test_the_operations_guide_names_every_environment_variable_the_settings_read():
    settings_source = (ROOT / "reform_portal" / "settings.py").read_text()
    read = set(re.findall(r'env(?:str|bool|int|list)\("([A-Z_]+)"', settings_source))
    guide = (ROOT / "docs" / "OPERATIONS.md").read_text()
    assert len(read) > 30
    assert sorted(name for name in read if f"`{name}`" not in guide) == []
