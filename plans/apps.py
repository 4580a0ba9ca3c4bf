from importlib import import_module
from importlib.util import find_spec

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("Reform plans and documents")

    def ready(self):
        # The statistics app collects figures from providers; register ours when it offers the hook.
        if find_spec("indicators.providers") is None:
            return
        providers = import_module("indicators.providers")
        register = getattr(providers, "register_provider", None)
        if register is not None:
            from plans.summary import appendix_figures

            register("plans", appendix_figures)
