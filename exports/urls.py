from django.urls import path

from exports import bulk_views, views

app_name = "exports"

urlpatterns = [
    path("reports/<int:pk>/exports/", views.export_list, name="list"),
    path("reports/<int:pk>/exports/<str:fmt>/", views.create, name="create"),
    path("reports/<int:pk>/preview.pdf", views.preview, name="preview"),
    path("exports/<int:pk>/download/", views.download, name="download"),
    path("u/<str:unit_code>/bulk-export/", bulk_views.bulk_export, name="bulk"),
]
