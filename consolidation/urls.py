app_name = "consolidation"

urlpatterns = []
