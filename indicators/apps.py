from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Statistics")

    def ready(self):
        # The catalogue is built once per process and version (indicators.stamp); every change bumps the version.
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_migrate, post_save

        from indicators import stamp
        from indicators.models import catalogue_changed

        for model in stamp.CATALOGUE_MODELS:
            post_save.connect(stamp.bump, sender=model, dispatch_uid=f"catalogue-save-{model.__name__}")
            post_delete.connect(stamp.bump, sender=model, dispatch_uid=f"catalogue-delete-{model.__name__}")
            catalogue_changed.connect(stamp.bump, sender=model, dispatch_uid=f"catalogue-bulk-{model.__name__}")
        post_migrate.connect(stamp.bump_after_migrate, sender=self, dispatch_uid="catalogue-migrate")
        request_started.connect(stamp.request_started, dispatch_uid="catalogue-request-started")
        request_finished.connect(stamp.request_finished, dispatch_uid="catalogue-request-finished")

        # A province's copied template names the province's own copies of the forms, and no template names
        # another province's (indicators.province_forms).
        from indicators.province_forms import check_template_forms, point_copied_template
        from reports.models.reports import template_checked
        from reports.report_types import template_copied

        template_copied.connect(point_copied_template, dispatch_uid="province-forms-template-copied")
        template_checked.connect(check_template_forms, dispatch_uid="province-forms-template-checked")
