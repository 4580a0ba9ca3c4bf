from django.urls import path

from indicators import views
from indicators.views import comments

app_name = "indicators"

P = "u/<str:unit_code>/p/<slug:period_code>/figures/"

urlpatterns = [
    path(P, views.forms, name="forms"),
    path(P + "dossiers/import/", views.dossier_import, name="dossier_import"),
    path(P + "dossiers/import/confirm/", views.dossier_import_confirm, name="dossier_import_confirm"),
    path(P + "explanations/", views.explanation, name="explanation"),
    path(P + "offline/template.xlsx", views.offline_template, name="offline_template"),
    path(P + "offline/upload/", views.offline_upload, name="offline_upload"),
    path(P + "offline/confirm/", views.offline_confirm, name="offline_confirm"),
    path(P + "comments/<int:pk>/resolve/", comments.sheet_comment_resolve, name="sheet_comment_resolve"),
    path(P + "<slug:form_code>/", views.form_edit, name="form_edit"),
    path(P + "<slug:form_code>/comments/", comments.sheet_comment, name="sheet_comment"),
    path(P + "<slug:form_code>/live/", views.form_live, name="form_live"),
]
