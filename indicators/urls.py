from django.urls import path

from indicators import views

app_name = "indicators"

urlpatterns = [
    path("u/<str:unit_code>/p/<slug:period_code>/figures/", views.forms, name="forms"),
    path(
        "u/<str:unit_code>/p/<slug:period_code>/figures/dossiers/import/",
        views.dossier_import,
        name="dossier_import",
    ),
    path(
        "u/<str:unit_code>/p/<slug:period_code>/figures/dossiers/import/confirm/",
        views.dossier_import_confirm,
        name="dossier_import_confirm",
    ),
    path("u/<str:unit_code>/p/<slug:period_code>/figures/explanations/", views.explanation, name="explanation"),
    path("u/<str:unit_code>/p/<slug:period_code>/figures/<slug:form_code>/", views.form_edit, name="form_edit"),
]
