"""The printed roster («Состав рабочей группы ...») as PDF: the annex to the act that created
the body, laid out as such annexes are.

    Утвержден                                 <- the approval block, top right
    распоряжением администрации
    Беловского городского округа
    от 18.10.2022 № 41-р

            Состав рабочей группы по ...      <- centred, bold

    Хмелева              — заместитель главы ..., председатель рабочей группы;
    Ксения Владимировна
    ... deputies, secretary ...
    Члены рабочей группы:                     <- bold
    Гусарова             — председатель Комитета ...;
    Светлана Владимировна
    ...                  — ... .                <- the last entry ends with a full stop

The layout (which entries go where, the text of each column) is plain data shared with the
DOCX writer: :func:`roster_layout`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.fonts import SERIF
from desktop_app.documents.page import (
    BODY_FONT_SIZE,
    BODY_LEADING,
    TEXT_WIDTH_MM,
    blank_line,
    build_pdf,
    mm_to_pt,
    para_text,
    styles,
)
from desktop_app.domain.roster import PrintedRoster, RosterEntry, roster_line
from desktop_app.domain.vocabulary import BodyKind, Role

if TYPE_CHECKING:
    from os import PathLike

#: The width of the name column of a roster; the rest of the text width holds the position.
NAME_COLUMN_MM = 55.0
#: Extra space below each entry (pt), so that entries read apart.
ENTRY_GAP_PT = 3.0


@dataclass(frozen=True)
class RosterLine:
    """One entry of a printed roster as its two columns show it."""

    surname: str  # «Хмелева»: the first line of the name column
    given_names: str  # «Ксения Владимировна» (with «;» when the text column is empty)
    text: str  # «— заместитель главы ..., председатель рабочей группы;»
    role: Role


def entry_text(entry: RosterEntry, kind: BodyKind) -> str:
    """«— должность, роль» (no terminator) or «» when there is nothing to say."""
    line = roster_line(entry, kind)
    name = entry.full_name
    rest = line[len(name) :] if line.startswith(name) else line
    return rest.strip()


def roster_layout(roster: PrintedRoster) -> tuple[list[RosterLine], list[RosterLine]]:
    """The leadership (chair, deputies, secretary) and the members, in the order given,
    each line with its terminator: «;», and «.» after the very last entry."""
    entries = list(roster.entries)
    leaders: list[RosterLine] = []
    members: list[RosterLine] = []
    for index, entry in enumerate(entries):
        terminator = "." if index == len(entries) - 1 else ";"
        text = entry_text(entry, roster.body_kind)
        given = " ".join(part for part in (entry.first_name, entry.middle_name) if part).strip()
        surname = entry.last_name.strip()
        if text:
            text += terminator
        elif given:
            given += terminator
        else:
            surname += terminator
        line = RosterLine(surname=surname, given_names=given, text=text, role=entry.role)
        (members if entry.role is Role.MEMBER else leaders).append(line)
    return leaders, members


def _name_markup(line: RosterLine) -> str:
    if line.given_names:
        return f"{para_text(line.surname)}<br/>{para_text(line.given_names)}"
    return para_text(line.surname)


def _entries_table(lines: list[RosterLine]) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell = styles().cell
    name_width = mm_to_pt(NAME_COLUMN_MM)
    text_width = mm_to_pt(TEXT_WIDTH_MM) - name_width
    rows = [
        [Paragraph(_name_markup(line), cell), Paragraph(para_text(line.text), cell)]
        for line in lines
    ]
    table = Table(rows, colWidths=[name_width, text_width], hAlign="LEFT", splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                # The cells hold Paragraphs; the cell font only matters to reportlab, which
                # otherwise puts an unused, unembedded Helvetica in the PDF's resources.
                ("FONT", (0, 0), (-1, -1), SERIF, BODY_FONT_SIZE, BODY_LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), ENTRY_GAP_PT),
            ]
        )
    )
    return table


@lru_cache(maxsize=1)
def _members_heading_style() -> Any:
    """The bold heading, half a line below the leadership (no gap when it opens a page:
    reportlab drops spaceBefore at the top of a frame, unlike a Spacer)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "roster-members-heading",
        parent=styles().heading,
        spaceBefore=BODY_LEADING / 2,
        spaceAfter=ENTRY_GAP_PT,
    )


def roster_flowables(roster: PrintedRoster) -> list[Any]:
    """The roster as reportlab flowables (for a document that prints it as an annex)."""
    from reportlab.platypus import KeepTogether, Paragraph

    st = styles()
    story: list[Any] = []
    approval = [Paragraph(para_text(text), st.approval) for text in roster.approval_lines]
    if approval:
        story += [KeepTogether(approval), blank_line()]
    story += [Paragraph(para_text(roster.title), st.title), blank_line()]

    leaders, members = roster_layout(roster)
    if leaders:
        story.append(_entries_table(leaders))
    if members:
        heading = Paragraph(para_text(roster.body_kind.members_heading), _members_heading_style())
        # The heading never stays alone at the foot of a page: it goes with the first member.
        story.append(KeepTogether([heading, _entries_table(members[:1])]))
        if len(members) > 1:
            story.append(_entries_table(members[1:]))
    return story


def write_roster_pdf(roster: PrintedRoster, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the printed roster as a PDF to a path or a binary file object."""
    build_pdf(
        out,
        roster_flowables(roster),
        title=roster.title,
        author=roster.organisation,
        subject=f"Состав по состоянию на {roster.as_of:%d.%m.%Y}",
    )
