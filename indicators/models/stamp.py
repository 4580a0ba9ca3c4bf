"""The catalogue's version (one row, a new token per change) and the querysets that say a bulk write changed it."""

from __future__ import annotations

from django.db import models
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

# Sent by the catalogue's querysets after a bulk write (update, bulk_create, bulk_update), which sends no
# post_save: indicators.stamp bumps the catalogue's version on it as on post_save and post_delete.
catalogue_changed = Signal()


class CatalogueQuerySet(models.QuerySet):
    """The catalogue models' querysets: a bulk write says that the catalogue changed (``catalogue_changed``)."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return rows

    def bulk_create(self, *args, **kwargs):
        objs = super().bulk_create(*args, **kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return objs

    def bulk_update(self, *args, **kwargs):
        rows = super().bulk_update(*args, **kwargs)
        catalogue_changed.send(sender=self.model, using=self.db)
        return rows


class CatalogueStamp(models.Model):
    """The version of the catalogue (indicators, groups, fields, forms, rules): one row, a new token per change.

    Each process keeps the catalogue it built under the token it read (``indicators.stamp``) and builds it
    again when the row holds another token, which any change writes in the change's transaction. A token,
    not a counter: a change rolled back must not give a later change the same version.
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("catalogue version")
        verbose_name_plural = _("catalogue versions")

    def __str__(self) -> str:
        return self.token
