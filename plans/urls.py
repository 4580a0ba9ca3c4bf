from django.urls import path

from plans.views import documents, imports, plan

app_name = "plans"

urlpatterns = [
    path("u/<str:code>/plans/<int:year>/", plan.plan_page, name="plan"),
    path("u/<str:code>/plans/<int:year>/decision/", plan.plan_decision, name="plan_decision"),
    path("u/<str:code>/plans/<int:year>/tasks/new/", plan.task_create, name="task_create"),
    path("u/<str:code>/plans/<int:year>/tasks/import/", imports.task_import, name="task_import"),
    path("u/<str:code>/plans/<int:year>/tasks/<int:pk>/edit/", plan.task_edit, name="task_edit"),
    path("u/<str:code>/plans/<int:year>/tasks/<int:pk>/complete/", plan.task_complete, name="task_complete"),
    path("u/<str:code>/plans/<int:year>/tasks/<int:pk>/delete/", plan.task_delete, name="task_delete"),
    path("u/<str:code>/documents/", documents.document_list, name="documents"),
    path("u/<str:code>/documents/new/", documents.document_create, name="document_create"),
    path("u/<str:code>/documents/search/", documents.citation_search, name="citation_search"),
    path("u/<str:code>/documents/<int:pk>/edit/", documents.document_edit, name="document_edit"),
]
