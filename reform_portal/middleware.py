import time

from django.conf import settings
from django.contrib import auth, messages
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _


class VietnameseFirstLocaleMiddleware(LocaleMiddleware):
    """Vietnamese unless the user chose another language in the portal.

    Django's LocaleMiddleware follows the browser's Accept-Language, so an officer whose browser is set
    to English would get the English interface without asking for it; here only the language cookie
    (set by the language selector) changes the default.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header from ``settings.PERMISSIONS_POLICY`` (feature → allowed origins).

    Django has a setting for the other security headers but not for this one. An empty list of origins
    refuses the feature everywhere: ``{"camera": []}`` → ``camera=()``.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


SESSION_STARTED = "_session_started"  # when the log-in began (seconds since the epoch)
SESSION_SEEN = "_session_seen"  # the last request that moved the session's expiry forward
REFRESH_SECONDS = 60


class SessionLimitsMiddleware:
    """A log-in ends after ``SESSION_COOKIE_AGE`` seconds without a request, or ``SESSION_MAX_AGE`` after it began.

    The idle limit is Django's own session expiry, moved forward by saving the session; saving it on every
    request (SESSION_SAVE_EVERY_REQUEST) would write the session row on every page, so it is saved at most
    once a minute here. The absolute limit ends even a busy log-in: a stolen session cookie is good for
    a working day at most. Placed after the authentication and message middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault(SESSION_STARTED, now)
            if now - started >= settings.SESSION_MAX_AGE:
                auth.logout(request)
                messages.info(request, _("Your session has ended; please log in again."))
            elif now - session.get(SESSION_SEEN, 0) >= getattr(settings, "SESSION_REFRESH_SECONDS", REFRESH_SECONDS):
                session[SESSION_SEEN] = now  # the session is saved with a new expiry
        return self.get_response(request)
