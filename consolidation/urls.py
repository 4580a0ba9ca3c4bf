from django.urls import path

from consolidation import generator_views, views

app_name = "consolidation"

urlpatterns = [
    path("u/<str:unit_code>/p/<str:period_code>/consolidation/", views.overview, name="overview"),
    path("u/<str:unit_code>/p/<str:period_code>/consolidation/export.<str:fmt>", views.export, name="export"),
    path("u/<str:unit_code>/p/<str:period_code>/consolidation/recalculate/", views.recalculate, name="recalculate"),
    path("national-dataset/", generator_views.national_dataset, name="national_dataset"),
]
