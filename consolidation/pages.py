"""What the consolidation page and the board fragment show, computed once per request."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from consolidation.breakdown import breakdown_table
from consolidation.charts import share_chart_html, share_chart_html_of, trend_chart_html
from consolidation.completeness import CHILDREN, DESCENDANTS, SCOPES, completeness
from consolidation.engine import consolidate
from consolidation.narrative import paragraphs
from consolidation.prefill import figures_with_sources, is_live, latest_run
from units.models import UnitKind

OFFICES = [UnitKind.DISTRICT_OFFICE, UnitKind.PROVINCE_AGENCY]
KIND_CHOICES = {
    "all": (_("Every unit that must report"), None),
    "communes": (_("Communes only"), UnitKind.commune_level()),
    "communes_offices": (_("Communes and offices"), [*UnitKind.commune_level(), *OFFICES]),
    "districts_agencies": (_("Districts and agencies"), [UnitKind.DISTRICT, UnitKind.PROVINCE_AGENCY]),
}


@dataclass(frozen=True)
class Options:
    provisional: bool = False
    kinds_key: str = "all"
    scope: str = CHILDREN
    sort: str = ""
    desc: bool = False

    @classmethod
    def from_query(cls, query) -> Options:
        kinds_key = query.get("kinds", "all")
        scope = query.get("scope", CHILDREN)
        return cls(
            provisional=query.get("provisional") == "1",
            kinds_key=kinds_key if kinds_key in KIND_CHOICES else "all",
            scope=scope if scope in SCOPES else CHILDREN,
            sort=query.get("sort", ""),
            desc=query.get("dir") == "desc",
        )

    @property
    def kinds(self):
        return KIND_CHOICES[self.kinds_key][1]

    def query(self, **changes) -> str:
        params = {"provisional": "1" if self.provisional else "", "kinds": self.kinds_key, "scope": self.scope,
                  "sort": self.sort, "dir": "desc" if self.desc else ""}  # fmt: skip
        params.update(changes)
        return "?" + urlencode({k: v for k, v in params.items() if v and not (k == "kinds" and v == "all")
                                and not (k == "scope" and v == CHILDREN)})  # fmt: skip


def overview_context(*, unit, period, options: Options) -> dict:
    c = consolidate(unit=unit, period=period, scope=options.scope, kinds=options.kinds, provisional=options.provisional)
    table = breakdown_table(
        unit=unit, period=period, provisional=options.provisional, scope=options.scope, kinds=options.kinds,
        consolidation=c,
    )  # fmt: skip
    default_view = options.scope == CHILDREN and options.kinds is None
    sort_links = [
        (col, options.query(sort=col.key, dir="" if options.sort == col.key and options.desc else "desc"))
        for col in table.columns
    ]
    export_base = reverse("consolidation:export", args=[unit.code, period.code, "json"])
    return {
        "unit": unit,
        "period": period,
        "options": options,
        "c": c,
        "k": c.completeness,
        "table": table,
        "rows": table.sorted(options.sort or None, options.desc),
        "sort_links": sort_links,
        "name_sort_link": options.query(sort="name", dir="" if options.sort == "name" and options.desc else "desc"),
        "share_svg": share_chart_html(table),  # the SVG, and its figures as a table behind it
        "trend_svg": trend_chart_html(unit=unit, period=period, provisional=options.provisional),
        "paragraphs": paragraphs(unit=unit, period=period, consolidation=c),
        # Own / from units / total only for the consolidation the unit's report uses.
        "figures": figures_with_sources(unit=unit, period=period, live=c if default_view else None),
        "live": is_live(unit=unit, period=period),
        "run": latest_run(unit=unit, period=period),
        "kind_choices": [(key, label, options.query(kinds=key)) for key, (label, _k) in KIND_CHOICES.items()],
        "scope_links": [(s, options.query(scope=s)) for s in (CHILDREN, DESCENDANTS)],
        "provisional_link": options.query(provisional="" if options.provisional else "1"),
        "export_json": export_base + options.query(sort="", dir=""),
        "export_xlsx": export_base[: -len("json")] + "xlsx" + options.query(sort="", dir=""),
    }


def board_summary_context(*, unit, period) -> dict:
    """Completeness and the share chart (kept per version of its figures), for the reviewer board
    (consolidation/_board_summary.html); provisional: submitted reports count too."""
    return {
        "unit": unit,
        "period": period,
        "k": completeness(unit=unit, period=period, provisional=True),
        "share_svg": share_chart_html_of(unit=unit, period=period, provisional=True),
        "overview_url": reverse("consolidation:overview", args=[unit.code, period.code]),
    }
