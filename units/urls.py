from django.urls import path

from units import views

app_name = "units"

urlpatterns = [
    path("units/<str:code>/", views.unit_detail, name="detail"),
]
