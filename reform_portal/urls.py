from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from reform_portal.health import healthz

admin.site.site_header = _("Administrative reform reporting portal")
admin.site.site_title = _("CCHC reporting")
admin.site.index_title = _("Administration")

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("", include("desk.urls")),
    path("", include("units.urls")),
    path("", include("indicators.urls")),
    path("", include("plans.urls")),
    path("", include("consolidation.urls")),
    path("", include("exports.urls")),
    path("", include("jobs.urls")),
    path("", include("scorecards.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
