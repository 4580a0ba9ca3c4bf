from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsolidationConfig(AppConfig):
    name = "consolidation"
    verbose_name = _("Consolidation")

    def ready(self):
        from django.db.models.signals import post_save

        from consolidation.signals import on_transition_saved
        from reports.models import Transition

        post_save.connect(on_transition_saved, sender=Transition, dispatch_uid="consolidation_transition_saved")
