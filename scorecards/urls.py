from django.urls import path

from scorecards import views

app_name = "scorecards"

urlpatterns = [
    path("par-index/", views.index, name="index"),
    path("par-index/<int:pk>/", views.ranking, name="ranking"),
    path("par-index/<int:pk>/xlsx/", views.ranking_xlsx, name="ranking_xlsx"),
    path("par-index/<int:pk>/sipas/", views.survey, name="survey"),
    path("par-index/<int:pk>/publish/", views.publish, name="publish"),
    path("par-index/<int:pk>/u/<str:code>/", views.assessment, name="assessment"),
    path("par-index/<int:pk>/u/<str:code>/self/", views.save_self, name="save_self"),
    path("par-index/<int:pk>/u/<str:code>/move/", views.move, name="move"),
    path("par-index/<int:pk>/u/<str:code>/appraise/", views.appraise, name="appraise"),
    path("par-index/<int:pk>/u/<str:code>/evidence/<int:score_pk>/", views.evidence, name="evidence"),
    path("par-index/<int:pk>/u/<str:code>/file/<int:evidence_pk>/", views.evidence_file, name="evidence_file"),
]
