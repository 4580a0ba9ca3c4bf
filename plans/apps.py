from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("Reform plans and documents")

    def ready(self):
        # Appendix items 1.1/1.2 (tasks planned, done, …) are figures of the statistics catalogue whose
        # value source is "provided": the plans app computes them. Imported here, once the apps are loaded.
        from indicators.providers import register_provider
        from plans.summary import appendix_figures

        register_provider("plans", appendix_figures)
