"""Production defaults (issue 14, item 6), one module for each thing they defend against.

- test_policy_headers.py: the Content-Security-Policy (no inline script or style) and the
  Permissions-Policy on every kind of page;
- test_sessions.py: a log-in ends after its idle time or its longest lifetime;
- test_secret_key_rotation.py: SECRET_KEY_FALLBACKS keeps log-ins and signed links through a rotation;
- test_lockout.py: log-in lock-out per account and per address, the address behind the TLS proxy;
- test_request_limits.py: request bodies with too many fields or too many bytes;
- test_healthz.py: /healthz;
- test_environment.py: the limits' defaults, set from the environment, and the operations guide naming
  every variable the settings read.

Everything goes through the real middleware and views with the test client (or a fresh ``manage.py``
process where the production settings are read); tests/test_production.py checks the same headers and
/healthz once more under gunicorn with the production settings. Shared helpers are in helpers.py.
"""
