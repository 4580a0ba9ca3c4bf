"""First drafts of the sections that carry a table: the generated sentences as live blocks.

A commune's "kế hoạch" section starts with the plan sentence and its dossier section with the dossier
sentence; a district or province (a unit with units below) starts from the consolidation instead:
completeness and tasks, then the district-wide dossier figures. Each is a reference (``[[plans.plan]]``),
worded from the figures whenever the report is shown or printed (desk.blocks).
"""

from __future__ import annotations

from desk.blocks import current_blocks
from reports.models import Report

# embed of a section -> paragraph keys, for a unit without / with units below
KEYS = {
    "task_summary": (["plans.plan"], ["consolidation.completeness", "consolidation.tasks", "plans.plan"]),
    "dossiers": (["figures.dossiers"], ["consolidation.dossiers"]),
}


def first_drafts(report: Report) -> dict[str, str]:
    """Section embed -> text, for the sections this report's generated sentences can start."""
    consolidating = report.unit.has_units_below
    available = current_blocks(report)
    drafts = {}
    for embed, (own_keys, consolidated_keys) in KEYS.items():
        keys = consolidated_keys if consolidating else own_keys
        references = [f"[[{key}]]" for key in keys if key in available]
        if references:
            drafts[embed] = "\n".join(references)
    return drafts
