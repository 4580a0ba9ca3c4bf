"""What the official document says, gathered once for the print template and the Excel writer.

Layout rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, that are about text
rather than looks live here: the blank number and date before issuing, the
leading zeros of the date line, "Kính gửi" with one or several recipients,
the "- …;" list of "Nơi nhận" ending with "- Lưu: VT, …." and the
"(Kèm theo Báo cáo số … ngày … của …)" line of each appendix.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from consolidation.charts import share_chart_svg, trend_chart_svg
from consolidation.memo import reading
from desk.blocks import report_blocks
from exports.tables import SUMMARIES, Table, report_tables
from reform_portal.numbers import format_citation_date, format_document_date, roman
from reports.markup import live_keys, render
from reports.models.reports import numbered_heading

BLANK = "\u2003\u2003"  # room for the number or the day, written in at the issuing step


@dataclass
class Section:
    number: str
    level: int
    title: str
    body: str  # sanitised HTML
    table: Table | None = None
    see_also: str = ""  # "(Chi tiết tại Phụ lục III)" when the table is too wide for the text page
    omitted: bool = False  # left out of this report's document by its writer, with the sections below it
    added: bool = False  # added to this report by its writer (no number of its own: numbered in print)

    @property
    def heading(self) -> str:
        return numbered_heading(self.number, self.level, self.title)


@dataclass
class Appendix:
    number: str  # I, II, …
    table: Table
    figures: list[str] = field(default_factory=list)  # server-rendered SVG charts printed under the table

    @property
    def label(self) -> str:
        return f"Phụ lục {self.number}"


@dataclass
class OfficialDocument:
    report: object
    parent_authority: str
    issuing_authority: list[str]
    number_line: str
    date_line: str
    subject: str
    data_window: str
    addressee_lines: list[str]
    intro: str
    sections: list[Section]
    closing: str
    recipients: list[str]
    signatory_authority: str
    signatory_title: str
    signatory_name: str
    attachment_line: str
    appendices: list[Appendix] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Báo cáo {self.number_line.removeprefix('Số: ').strip()} - {self.subject}"


def _item(line: str) -> str:
    return line.strip().removeprefix("-").strip().rstrip(";.").strip()


def dash_list(lines: list[str]) -> list[str]:
    """["Như trên", "Lưu: VT"] -> ["- Như trên;", "- Lưu: VT."]: the decree's list of recipients."""
    items = [_item(line) for line in lines if _item(line)]
    return [f"- {text}{'.' if index == len(items) - 1 else ';'}" for index, text in enumerate(items)]


def addressee(lines: list[str]) -> list[str]:
    """ "Kính gửi: Sở Nội vụ." for one recipient; several are listed one per line after "Kính gửi:"."""
    items = [_item(line) for line in lines if _item(line)]
    if len(items) == 1:
        return [f"{items[0]}."]
    return dash_list(items)


def date_line(report) -> str:
    """ "Bình Phước, ngày 07 tháng 12 năm 2023"; the day and month blank until the report is issued."""
    place = report.unit.place_name
    if report.issued_on:
        return f"{place}, {format_document_date(report.issued_on)}"
    return f"{place}, ngày{BLANK}tháng{BLANK}năm {report.cutoff_end.year}"


def attachment_line(report) -> str:
    number = report.document_number
    if report.issued_on:
        when = format_document_date(report.issued_on)
    else:
        when = f"ngày{BLANK}tháng{BLANK}năm {report.cutoff_end.year}"
    return f"(Kèm theo Báo cáo số {number} {when} của {report.unit.cited_name})"


# Headings of the third level: the Vietnamese alphabet (Nghị định 30/2020, Phụ lục I: a), b), c), d), đ) …).
LETTERS = tuple("abcdđeghiklmnopqrstuvxy")


def _has_content(section: Section) -> bool:
    return bool(section.body.strip() or section.table is not None)


def _below(sections: list[Section], index: int) -> list[Section]:
    """The sections under ``sections[index]``: those that follow it at a deeper level."""
    below = []
    for other in sections[index + 1 :]:
        if other.level <= sections[index].level:
            break
        below.append(other)
    return below


def closed_up(sections: list[Section]) -> list[Section]:
    """The sections a document prints: a section its writer left out goes with the sections below it, an
    empty heading (no text, no table, nothing below it) is left out, and the numbers of the rest close up
    (I, II …; 1, 2 … within each; a), b) … within each), a section the writer added taking its place in
    them. With nothing left out or added, the outline's own numbers stand."""
    dropped: set[int] = set()
    for index, section in enumerate(sections):
        if section.omitted:
            dropped.update(id(s) for s in [section, *_below(sections, index)])
    present = [s for s in sections if id(s) not in dropped]
    kept = [s for i, s in enumerate(present) if _has_content(s) or any(_has_content(o) for o in _below(present, i))]
    if len(kept) == len(sections) and not any(s.added for s in kept):
        return sections  # nothing left out: the outline's own numbers stand
    counters = [0, 0, 0, 0]
    out = []
    for section in kept:
        if not (section.number or section.added):
            out.append(section)
            continue
        level = min(max(section.level, 1), 3)
        counters[level] += 1
        counters[level + 1 :] = [0] * (len(counters) - level - 1)
        n = counters[level]
        number = roman(n) if level == 1 else str(n) if level == 2 else LETTERS[(n - 1) % len(LETTERS)]
        out.append(replace(section, number=number))
    return out


def appendix_kinds(report) -> list[str]:
    """The template's appendices; a unit with units below it also appends their breakdown and charts."""
    kinds = list(report.report_type.appendices)
    if "breakdown" not in kinds and report.unit.has_units_below:
        kinds.append("breakdown")
    return kinds


def attached(kinds: list[str], tables: dict[str, Table], always: list[str]) -> dict[str, Table]:
    """The appendices a document attaches, of its template's ``kinds``: each one something was reported in,
    and those its template always attaches (``ReportType.always_attached``: the province requires them)
    even with nothing in them.

    "Nothing reported" is the table's provider's ``Table.empty``: a statistical form none of whose rows
    holds an entered figure, a typed answer, a note or a provided figure other than 0
    (``exports.tables.reported``), a Biểu 06 with a blank total row, a task table without tasks, a PAR
    INDEX scorecard not yet published. The numbers (Phụ lục I, II …) are given to what is attached, in
    order and without gaps, and the text's "(Chi tiết tại Phụ lục … kèm theo)" follows them.
    """
    required = set(always or [])
    return {k: tables[k] for k in kinds if k in tables and (not tables[k].empty or k in required)}


def appendix_figures(report, kind: str) -> list[str]:
    """The same SVG charts the consolidation page shows, for the breakdown appendix."""
    if kind != "breakdown":
        return []
    return [
        share_chart_svg(unit=report.unit, period=report.period),
        trend_chart_svg(unit=report.unit, period=report.period),
    ]


def official_document(report) -> OfficialDocument:
    """Everything the template prints for ``report``, with its tables, in a constant number of queries.

    Built inside ``consolidation.memo.reading()``: the text, the tables, the appendices and the charts
    of a district's document share one consolidation of its units instead of computing it for each, and
    the live blocks and the forms read the report's figures once (``desk.figures``).
    """
    with reading():
        return _official_document(report)


def _official_document(report) -> OfficialDocument:
    unit = report.unit
    sections = list(report.sections.order_by("order"))
    texts = [report.intro, report.closing, *(s.body for s in sections)]
    blocks = report_blocks(report) if any(live_keys(text) for text in texts) else {}
    embeds = [s.embed for s in sections if s.embed]
    appendix_list = appendix_kinds(report)
    if "par_index" not in appendix_list and any("[[scorecards." in (text or "") for text in texts):
        appendix_list.append("par_index")  # a text quoting the PAR INDEX result attaches the scorecard
    kinds = [*embeds, *appendix_list]
    built = report_tables(report, kinds)
    # A table nothing was reported in (Table.empty) is not embedded in the text; see attached() for appendices.
    tables = {kind: table for kind, table in built.items() if not table.empty}
    appendix_tables = attached(appendix_list, built, report.report_type.always_attached)
    # A table printed whole in the text is not attached again; a wide one goes to its appendix (the text
    # prints its summary, see section_table).
    printed = [
        k
        for k in appendix_list
        if k in appendix_tables and not (k in embeds and k in tables and not tables[k].landscape)
    ]
    labels = {kind: f"Phụ lục {roman(index)}" for index, kind in enumerate(printed, start=1)}

    def section_table(kind: str) -> tuple[Table | None, str]:
        """A table fits the portrait text page, or is referred to its landscape appendix."""
        table = tables.get(kind) if kind else None
        if table is not None and table.landscape and kind in labels:
            summary = SUMMARIES.get(kind)
            return (summary(table) if summary else None), f"(Chi tiết tại {labels[kind]} kèm theo)"
        return table, ""

    return OfficialDocument(
        report=report,
        parent_authority=unit.header_parent_line,
        issuing_authority=unit.issuing_authority_lines,
        number_line=f"Số: {report.document_number}",
        date_line=date_line(report),
        subject=report.subject,
        data_window=(
            f"(Số liệu từ ngày {format_citation_date(report.cutoff_start)} "
            f"đến ngày {format_citation_date(report.cutoff_end)})"
        ),
        addressee_lines=addressee(report.addressee_lines),
        intro=render(report.intro, mode="print", anchor="intro", blocks=blocks),
        sections=closed_up(
            [
                Section(
                    number=s.number,
                    level=s.level,
                    title=s.title.upper() if s.level == 1 else s.title,
                    body=render(s.body, mode="print", anchor=f"s{s.pk}", blocks=blocks),
                    table=section_table(s.embed)[0],
                    see_also=section_table(s.embed)[1],
                    omitted=s.omitted,
                    added=s.added,
                )
                for s in sections
            ]
        ),
        closing=render(report.closing, mode="print", anchor="closing", blocks=blocks),
        recipients=dash_list(report.recipient_lines),
        signatory_authority=report.signatory_authority.upper(),
        signatory_title=report.signatory_title.upper(),
        signatory_name=report.signatory_name,
        attachment_line=attachment_line(report),
        appendices=[
            Appendix(roman(index), appendix_tables[kind], appendix_figures(report, kind))
            for index, kind in enumerate(printed, start=1)
        ],
    )
