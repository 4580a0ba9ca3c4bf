from django.urls import path

from desk.views import comments, editing, home, inbox, review

app_name = "desk"

urlpatterns = [
    path("", home.home, name="home"),
    path("digest/", inbox.digest, name="digest"),
    path("u/<str:unit_code>/p/<slug:period_code>/reports/new/", editing.report_new, name="new"),
    path("reports/<int:pk>/", review.report_detail, name="detail"),
    path("reports/<int:pk>/edit/", editing.report_edit, name="edit"),
    path("reports/<int:pk>/preview/", editing.preview, name="preview"),
    path("reports/<int:pk>/move/", review.report_move, name="move"),
    path("reports/<int:pk>/issue/", review.report_issue_view, name="issue"),
    path("reports/<int:pk>/sections/<int:section_pk>/comment/", comments.section_comment, name="section_comment"),
    path("comments/<int:pk>/resolve/", comments.comment_resolve, name="comment_resolve"),
    path("board/<str:unit_code>/<slug:period_code>/", review.board, name="board"),
    path("board/<str:unit_code>/<slug:period_code>/remind/", inbox.remind, name="remind"),
]
