"""Section II of the PAR INDEX report (seed 004), every sentence produced from the scores.

Documents print in Vietnamese whatever the interface language: callers render under
``translation.override("vi")`` (the exports and the command do).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from plans.citations import citation
from reform_portal.numbers import format_number, format_percent
from scorecards.models import Assessment, State
from scorecards.results import Results, Standing, UnitResult, framework_results
from scorecards.scoring import points_change_text, rank_change_phrase, rank_phrase


@dataclass
class FieldParagraph:
    heading: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class SectionTwo:
    opening: str
    summary: str
    fields: list[FieldParagraph]
    survey: str
    change: str


def _standing(standing: Standing, peers: str, previous_year: int) -> str:
    parts = [
        _("scored %(points)s/%(max)s points, %(share)s")
        % {
            "points": format_number(standing.points),
            "max": format_number(standing.max_points),
            "share": format_percent(standing.share),
        }
    ]
    if standing.rank is not None:
        parts.append(rank_phrase(standing.rank, peers))
    text = ", ".join(parts)
    change = rank_change_phrase(standing.change, previous_year)
    return f"{text}; {change}" if change else text


def section_two(results: Results, result: UnitResult) -> SectionTwo:
    framework = results.framework
    year, previous_year = framework.year, framework.year - 1
    peers = results.peers
    decision = result.assessment.decision
    if decision is not None:
        opening = _("The scores below are those of the province's appraisal council, published by %(decision)s.") % {
            "decision": citation(decision)
        }
    else:
        opening = _("The scores below are not yet published by the province.")
    total, appraised, survey = result.total, result.appraised, result.survey
    summary = _(
        "The PAR INDEX %(year)d of %(unit)s: %(total)s/%(total_max)s points, %(total_rank)s. Of these, the "
        "self-assessment as appraised by the council: %(appraised)s/%(appraised_max)s points, %(appraised_rank)s; "
        "the SIPAS survey: %(survey)s/%(survey_max)s points, %(survey_rank)s."
    ) % {
        "year": year,
        "unit": result.unit.name[:1].lower() + result.unit.name[1:],  # "của huyện Bình Sơn"
        "total": format_number(total.points),
        "total_max": format_number(total.max_points),
        "total_rank": rank_phrase(total.rank, peers) if total.rank else "",
        "appraised": format_number(appraised.points),
        "appraised_max": format_number(appraised.max_points),
        "appraised_rank": rank_phrase(appraised.rank, peers) if appraised.rank else "",
        "survey": format_number(survey.points),
        "survey_max": format_number(survey.max_points),
        "survey_rank": rank_phrase(survey.rank, peers) if survey.rank else "",
    }
    fields = []
    for index, field_result in enumerate(result.fields, start=1):
        heading = f"1.{index}. " + _("Field %(title)s: %(standing)s.") % {
            "title": field_result.item.title,
            "standing": _standing(field_result.standing, peers, previous_year),
        }
        reasons = [
            f"{lost.item.number}. {lost.item.title}: {format_number(lost.points, empty='0')}/"
            f"{format_number(lost.item.max_points)}" + (f" – {lost.reason.strip().rstrip('.')}" if lost.reason else "")
            for lost in field_result.lost
        ]
        fields.append(FieldParagraph(heading, reasons))
    survey_text = _("SIPAS: %(standing)s.") % {"standing": _standing(survey, peers, previous_year)}
    if total.points_change is None:
        change = _("There is no result of %(year)d to compare with.") % {"year": previous_year}
    else:
        change = _(
            "Compared with %(previous)d, the index changed by %(total)s points (the appraised self-assessment "
            "%(appraised)s, SIPAS %(survey)s); %(rank)s."
        ) % {
            "previous": previous_year,
            "total": points_change_text(total.points_change),
            "appraised": points_change_text(appraised.points_change),
            "survey": points_change_text(survey.points_change),
            "rank": rank_change_phrase(total.change, previous_year),
        }
    return SectionTwo(opening, summary, fields, survey_text, change)


def section_two_text(results: Results, result: UnitResult) -> str:
    """The section as Markdown-like plain text (paragraphs; "+" bullets), for the report's narrative."""
    section = section_two(results, result)
    lines = [section.opening, "", section.summary, ""]
    for paragraph in section.fields:
        lines.append(paragraph.heading)
        if paragraph.reasons:
            lines.append("")
            lines.append(_("Points lost:"))
            lines += [f"+ {reason}" for reason in paragraph.reasons]
        lines.append("")
    lines += [section.survey, "", section.change]
    return "\n".join(lines).strip() + "\n"


@dataclass(frozen=True)
class Paragraph:
    key: str
    title: str
    text: str


def published_assessment(*, unit, on):
    """The unit's latest PAR INDEX result published by a decision dated on or before ``on``, or None."""
    return (
        Assessment.objects.filter(unit=unit, state=State.PUBLISHED, decision__issued_on__lte=on)
        .select_related("framework__province", "decision")
        .order_by("-framework__year")
        .first()
    )


def paragraphs(*, unit, on) -> list[Paragraph]:
    """Section II of the PAR INDEX report as live blocks (one line each): ``scorecards.opening``,
    ``scorecards.summary``, ``scorecards.field.N`` (with the points lost and the council's reasons),
    ``scorecards.survey``, ``scorecards.change``. Empty when the unit has no published result yet."""
    assessment = published_assessment(unit=unit, on=on)
    if assessment is None:
        return []
    results = framework_results(assessment.framework)
    result = results.for_unit(unit.pk)
    section = section_two(results, result)
    year = assessment.framework.year
    found = [
        Paragraph("scorecards.opening", _("PAR INDEX %(year)d: where the scores come from") % {"year": year},
                  section.opening),
        Paragraph("scorecards.summary", _("PAR INDEX %(year)d: total, appraised and SIPAS") % {"year": year},
                  section.summary),
    ]  # fmt: skip
    for index, paragraph in enumerate(section.fields, start=1):
        text = paragraph.heading
        if paragraph.reasons:
            text += " " + _("Points lost:") + " " + "; ".join(paragraph.reasons) + "."
        found.append(
            Paragraph(
                f"scorecards.field.{index}", _("PAR INDEX %(year)d: field %(n)d") % {"year": year, "n": index}, text
            )
        )
    found.append(Paragraph("scorecards.survey", _("PAR INDEX %(year)d: SIPAS") % {"year": year}, section.survey))
    found.append(Paragraph("scorecards.change", _("PAR INDEX %(year)d: change from last year") % {"year": year},
                           section.change))  # fmt: skip
    return found
