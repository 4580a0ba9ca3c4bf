"""The unit tree (any depth, with the history of mergers), users and roles.

The tree is stored as a materialized path: each unit's ``path`` is its
ancestors' ids and its own, each zero-padded to PATH_STEP digits. All
descendants of a unit are then one indexed range query on ``path``; the
path holds only digits, so the range means the same under every collation.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q, Value
from django.db.models.functions import Concat, Length, Substr
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

PATH_STEP = 8


# The words a unit's name starts with, longest first ("thị xã" before "xã").
LEVEL_WORDS = ("thành phố", "thị trấn", "thị xã", "phường", "quận", "huyện", "tỉnh", "xã")


class UnitKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    PROVINCE_AGENCY = "province_agency", _("Provincial agency")
    DISTRICT = "district", _("District")
    DISTRICT_OFFICE = "district_office", _("District office")
    COMMUNE = "commune", _("Commune")
    WARD = "ward", _("Ward")
    TOWNSHIP = "township", _("Township")

    @classmethod
    def commune_level(cls) -> list[str]:
        return [cls.COMMUNE, cls.WARD, cls.TOWNSHIP]


class UnitQuerySet(models.QuerySet):
    def descendants_of(self, unit: Unit, *, include_self: bool = False) -> UnitQuerySet:
        """Every unit under ``unit`` at any depth: one range scan on the path index."""
        lower = unit.path if include_self else unit.path + "0"
        return self.filter(path__gte=lower, path__lt=unit.path_upper_bound)

    def subtrees(self, units) -> UnitQuerySet:
        """Units in the subtree of any of ``units`` (each included)."""
        condition = Q(pk__in=[])
        for unit in units:
            condition |= Q(path__gte=unit.path, path__lt=unit.path_upper_bound)
        return self.filter(condition)

    def existing_between(self, start: dt.date, end: dt.date) -> UnitQuerySet:
        """Units that existed at some time in [start, end] (before a merger, after founding)."""
        return self.filter(
            Q(established_on__isnull=True) | Q(established_on__lte=end),
            Q(dissolved_on__isnull=True) | Q(dissolved_on__gt=start),
        )

    def existing_on(self, day: dt.date) -> UnitQuerySet:
        return self.existing_between(day, day)


class Unit(models.Model):
    code = models.CharField(
        _("official code"),
        max_length=32,
        unique=True,
        help_text=_("The unit's official code (mã đơn vị hành chính); every URL and command uses it."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. Xã Bình Phước, Phòng Nội vụ huyện Bình Sơn"))
    short_name = models.CharField(
        _("short name"), max_length=200, blank=True, help_text=_("As cited in documents, e.g. UBND xã Tịnh Châu")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent unit"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=255, editable=False, db_index=True)
    depth = models.PositiveSmallIntegerField(editable=False, default=0)

    # Document identity, printed in every header (Nghị định 30/2020, Phụ lục I).
    parent_authority = models.CharField(
        _("parent authority line"), max_length=200, blank=True, help_text=_("e.g. UBND HUYỆN BÌNH SƠN")
    )
    issuing_authority = models.TextField(
        _("issuing authority lines"),
        max_length=300,
        help_text=_("Upper case, one line per printed line, e.g. ỦY BAN NHÂN DÂN, then XÃ BÌNH PHƯỚC on the next line"),
    )
    place_name = models.CharField(_("place name for the date line"), max_length=100)
    document_code_suffix = models.CharField(_("document code suffix"), max_length=30, default="BC-UBND")
    signatory_authority = models.CharField(
        _("signatory authority"), max_length=100, blank=True, help_text=_("e.g. TM. ỦY BAN NHÂN DÂN")
    )
    signatory_title = models.CharField(_("signatory title"), max_length=100, blank=True, help_text=_("e.g. CHỦ TỊCH"))
    signatory_name = models.CharField(_("signatory name"), max_length=100, blank=True)

    established_on = models.DateField(_("established on"), null=True, blank=True)
    dissolved_on = models.DateField(
        _("dissolved on"), null=True, blank=True, help_text=_("First day the unit no longer exists.")
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_from",
    )

    history = HistoricalRecords()
    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["path"]
        indexes = [
            # LIKE-free prefix search works with the plain index; this one
            # also serves ``path__startswith`` on PostgreSQL.
            models.Index(fields=["path"], name="unit_path_pattern_idx", opclasses=["varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        """Save, keeping this unit's path and its subtree's paths true (one UPDATE when it moves)."""
        _save_with_path(self, super().save, *args, **kwargs)

    def clean(self):
        _validate_parent(self)

    @cached_property
    def has_units_below(self) -> bool:
        """A district or province: it consolidates the units below into its own report."""
        return self.children.exists()

    @property
    def path_upper_bound(self) -> str:
        """The smallest path greater than every path in this subtree."""
        return str(int(self.path) + 1).zfill(len(self.path))

    @property
    def root_id(self) -> int:
        """The id of the province this unit belongs to (the unit with no unit above it; its own for one)."""
        return int(self.path[:PATH_STEP])

    @property
    def ancestor_ids(self) -> list[int]:
        return [int(self.path[i : i + PATH_STEP]) for i in range(0, len(self.path) - PATH_STEP, PATH_STEP)]

    def ancestors(self) -> UnitQuerySet:
        return Unit.objects.filter(pk__in=self.ancestor_ids).order_by("path")

    def descendants(self, *, include_self: bool = False) -> UnitQuerySet:
        return Unit.objects.descendants_of(self, include_self=include_self)

    def is_ancestor_of(self, other: Unit) -> bool:
        return other.path.startswith(self.path) and other.path != self.path

    def existed_on(self, day: dt.date) -> bool:
        return (self.established_on is None or self.established_on <= day) and (
            self.dissolved_on is None or self.dissolved_on > day
        )

    @property
    def is_commune_level(self) -> bool:
        return self.kind in UnitKind.commune_level()

    @property
    def issuing_authority_lines(self) -> list[str]:
        """The header's authority lines as entered, one per line ("A / B" on one line is read as two: the
        field was a single line before)."""
        text = self.issuing_authority
        if "\n" not in text.strip():
            text = text.replace(" / ", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]

    @property
    def is_peoples_committee(self) -> bool:
        """A People's Committee (of a province, district or commune) issues in its own name."""
        return self.kind in (UnitKind.PROVINCE, UnitKind.DISTRICT, *UnitKind.commune_level())

    @property
    def header_parent_line(self) -> str:
        """The line above the authority in a document's header (Nghị định 30/2020, Phụ lục I, ô số 1):
        an office under a committee prints it ("UBND HUYỆN BÌNH SƠN" above "PHÒNG NỘI VỤ"); a People's
        Committee prints none, whatever is stored (seeds 000 and 001)."""
        return "" if self.is_peoples_committee else self.parent_authority

    @property
    def cited_name(self) -> str:
        return self.short_name or self.name

    @property
    def level_word(self) -> str:
        """How documents name the unit's level, from its name: "huyện", "thành phố", "thị xã", "xã" … or ""."""
        name = self.name.lower()
        return next((word for word in LEVEL_WORDS if name.startswith(word + " ")), "")


class User(AbstractUser):
    """A person. What they may do comes from their memberships, never from flags."""

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    position = models.CharField(
        _("position"), max_length=150, blank=True, help_text=_("e.g. Công chức Văn phòng - Thống kê")
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return str(self)


class Role(models.TextChoices):
    CLERK = "clerk", _("Clerk")
    LEADER = "leader", _("Leader")
    REVIEWER = "reviewer", _("Reviewer")
    VIEWER = "viewer", _("Viewer")
    ADMIN = "admin", _("Administrator")


class Membership(models.Model):
    user = models.ForeignKey(User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_membership_role")]
        ordering = ["unit__path", "role"]

    def __str__(self) -> str:
        return f"{self.user} · {self.unit} · {self.get_role_display()}"


class OfficeRole(models.TextChoices):
    """The office a catalogue group names by its role ("cơ quan tư pháp"), never by one province's name."""

    JUSTICE = "justice", _("Justice")
    OFFICE = "office", _("Office of the People's Committee")
    HOME_AFFAIRS = "home-affairs", _("Home affairs")
    FINANCE_PLANNING = "finance-planning", _("Finance and planning")
    CULTURE = "culture", _("Culture, information and digital government")


class OfficeLevel(models.TextChoices):
    """Whose offices a report's notes name: the district's (a district and its communes, before 1/7/2025) or
    the province's (a commune directly under its province, since 1/7/2025)."""

    DISTRICT = "district", _("District offices (a district and its communes)")
    PROVINCE = "province", _("Provincial offices (communes directly under the province)")


class OfficeName(models.Model):
    """What a province's documents call the office of one role at one level ("Phòng Tư pháp tổng hợp");
    without a row the national wording holds (``units.wording``). ``{cấp}`` stands for the district's level
    word ("Phòng TC-KH {cấp} tổng hợp" reads "… thành phố …" in a city)."""

    province = models.ForeignKey(
        Unit,
        verbose_name=_("province"),
        on_delete=models.CASCADE,
        related_name="office_names",
        help_text=_("A unit with no unit above it."),
    )
    role = models.CharField(_("office role"), max_length=30, choices=OfficeRole.choices)
    level = models.CharField(_("level"), max_length=20, choices=OfficeLevel.choices)
    name = models.CharField(
        _("name printed"),
        max_length=200,
        blank=True,
        help_text=_(
            "As the Ghi chú column of the statistical appendix prints it, e.g. “Phòng Tư pháp tổng hợp”; "
            "{cấp} is the level word of the district or province whose offices they are. Blank: no note."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("office name")
        verbose_name_plural = _("office names")
        ordering = ["province__path", "level", "role"]
        constraints = [
            models.UniqueConstraint(fields=["province", "role", "level"], name="unique_office_name_per_role_level")
        ]

    def __str__(self) -> str:
        return f"{self.province} · {self.get_level_display()} · {self.get_role_display()}"

    def clean(self):
        if self.province_id and self.province.parent_id is not None:
            raise ValidationError({"province": _("Choose a province: a unit with no unit above it.")})


# Keeping the materialized path true -----------------------------------------------------------


def _own_segment(unit: Unit) -> str:
    return str(unit.pk).zfill(PATH_STEP)


def _validate_parent(unit: Unit) -> None:
    parent = unit.parent
    if parent is None or unit.pk is None:
        return
    if parent.pk == unit.pk or (unit.path and parent.path.startswith(unit.path)):
        raise ValidationError({"parent": _("A unit cannot be placed under itself or one of its own units.")})


def _save_with_path(unit: Unit, save, *args, **kwargs) -> None:
    """Save ``unit`` and keep its path, and its subtree's paths, consistent."""
    with transaction.atomic():
        _validate_parent(unit)
        creating = unit.pk is None
        if creating:
            unit.path = ""
            save(*args, **kwargs)
            old_path = ""
        else:
            # Read the stored path: the in-memory one may predate a move of an ancestor.
            old_path = Unit.objects.select_for_update().values_list("path", flat=True).get(pk=unit.pk)
        parent_path = Unit.objects.values_list("path", flat=True).get(pk=unit.parent_id) if unit.parent_id else ""
        new_path = parent_path + _own_segment(unit)
        unit.path = new_path
        unit.depth = len(new_path) // PATH_STEP - 1
        if new_path != old_path:
            Unit.objects.filter(pk=unit.pk).update(path=new_path, depth=unit.depth)
            if old_path:
                _rewrite_subtree(old_path, new_path)
        if not creating:
            kwargs.pop("force_insert", None)
            save(*args, **kwargs)


def _rewrite_subtree(old_prefix: str, new_prefix: str) -> None:
    upper = str(int(old_prefix) + 1).zfill(len(old_prefix))
    descendants = Unit.objects.filter(path__gt=old_prefix, path__lt=upper)
    descendants.update(
        path=Concat(Value(new_prefix), Substr("path", len(old_prefix) + 1)),
        depth=(Length("path") - len(old_prefix) + len(new_prefix)) / PATH_STEP - 1,
    )
