"""The documents of the control of decisions as PDF: the list of assignments on control
and the report on their execution for a period (landscape A4: their tables are wide), and
the reminder letter to a responsible (portrait A4, the program's letter page).

The wording and the tables come from :mod:`assignments_layout`; this module only sets them
in reportlab. The text blocks are set as the protocol's (:func:`protocol_pdf.block_flowables`);
the ruled tables by :mod:`paged_table`, which lays each row out once and draws a page of
rows under the repeated header: a list of 2 000 assignments (over 600 pages) builds in
about a second and a half.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_layout import (
    ADDRESSEE_WIDTH_MM,
    NO_LINES,
    REPORT_BODIES_HEADING,
    REPORT_RESPONSIBLE_HEADING,
    SENDER_WIDTH_MM,
    Cell,
    LetterHead,
    LetterPart,
    Table,
    discipline_paragraphs,
    discipline_summary,
    figures_table,
    list_name,
    list_table,
    open_table,
    reminder_name,
    reminder_parts,
    report_name,
    report_open_heading,
    report_period_line,
)
from desktop_app.documents.fonts import SERIF
from desktop_app.documents.page import (
    BODY_FONT_SIZE,
    BODY_LEADING,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    TEXT_WIDTH_MM,
    build_pdf,
    mm_to_pt,
    plain_text,
    styles,
)
from desktop_app.documents.paged_table import Face, Grid, Padding, paged_table
from desktop_app.documents.protocol_layout import (
    BLANK,
    Block,
    Kind,
    centred,
    flush,
    keyword,
    paragraph,
)
from desktop_app.documents.protocol_pdf import block_flowables, text_paragraph
from desktop_app.domain.assignment import (
    AssignmentsListData,
    ExecutionReportData,
    ReminderData,
)
from desktop_app.domain.dates import format_date

if TYPE_CHECKING:
    from os import PathLike

    from reportlab.lib.styles import ParagraphStyle

#: Tables are set a size smaller than the text (ГОСТ allows 12-14 pt); the source of an
#: assignment and its extensions smaller still, in italics.
TABLE_FONT_SIZE = 12.0
TABLE_LEADING = 13.8
NOTE_FONT_SIZE = 10.0
NOTE_LEADING = 11.5
TABLE_PADDING_PT = 3.0
#: Overdue in a dark red: it reads as a strong black on a black-and-white printer.
ALARM_COLOUR = "#8b0000"

# The landscape page: the program's margins, the sheet turned.
LANDSCAPE_WIDTH_MM = PAGE_HEIGHT_MM
LANDSCAPE_HEIGHT_MM = PAGE_WIDTH_MM
LANDSCAPE_TEXT_WIDTH_MM = LANDSCAPE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 257 mm


# --- ruled tables -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CellFaces:
    text: Face
    centred: Face
    bold: Face
    bold_centred: Face
    alarm: Face  # bold, centred, dark red: «просрочено»
    note: Face  # smaller, italic: the source, the extensions
    header: Face  # bold, centred


@lru_cache(maxsize=1)
def cell_faces() -> CellFaces:
    from desktop_app.documents.fonts import SERIF_BOLD, SERIF_ITALIC, register_fonts

    register_fonts()
    text = Face(SERIF, TABLE_FONT_SIZE, TABLE_LEADING)
    bold = Face(SERIF_BOLD, TABLE_FONT_SIZE, TABLE_LEADING)
    return CellFaces(
        text=text,
        centred=replace(text, centred=True),
        bold=bold,
        bold_centred=replace(bold, centred=True),
        alarm=replace(bold, centred=True, colour=ALARM_COLOUR),
        note=Face(SERIF_ITALIC, NOTE_FONT_SIZE, NOTE_LEADING, space_before=NOTE_GAP_PT),
        header=replace(bold, centred=True),
    )


#: Space between the executors of one cell, so that each reads apart.
LINE_GAP_PT = 2.0
NOTE_GAP_PT = 2.0
TABLE_PADDING = Padding(TABLE_PADDING_PT, TABLE_PADDING_PT, TABLE_PADDING_PT, TABLE_PADDING_PT + 1)


def _cell_text(text: str) -> str:
    """User text for a cell: control characters dropped, non-breaking spaces put in."""
    return plain_text(text, tie=" " in text)


@lru_cache(maxsize=16)
def _with_gap(face: Face) -> Face:
    return replace(face, space_before=LINE_GAP_PT)


def cell_runs(spec: Cell, *, bold: bool = False) -> list[tuple[str, Face]]:
    """A cell as runs of text: its lines, then its notes. ``bold`` sets the whole cell in
    bold (a row of totals)."""
    faces = cell_faces()
    plain = faces.bold if bold else faces.text
    plain_centred = faces.bold_centred if bold else faces.centred
    other = plain_centred if spec.centred else plain
    if spec.alarm:
        first = faces.alarm
    elif bold or spec.bold_first:
        first = faces.bold_centred if spec.centred else faces.bold
    else:
        first = other
    gap = _with_gap(other)
    runs = []
    for index, line in enumerate(spec.lines):
        # A text typed in several paragraphs keeps its line breaks.
        for piece, text in enumerate(_paragraphs(line)):
            face = first if index == 0 else (gap if piece == 0 else other)
            runs.append((_cell_text(text), face))
    runs += [(_cell_text(text), faces.note) for note in spec.notes for text in _paragraphs(note)]
    return runs


def _paragraphs(text: str) -> list[str]:
    if "\n" not in text and "\r" not in text:
        return [text]
    return [part for part in text.splitlines() if part.strip()] or [""]


def ruled_table(spec: Table) -> Any:
    """A table with ruled cells, the header repeated on every page; a row never splits
    unless it is taller than a page (:mod:`paged_table`)."""
    faces = cell_faces()
    header = [[(_cell_text(text), faces.header)] for text in spec.header]
    first_total = len(spec.rows) - spec.total_rows
    rows = [
        [cell_runs(c, bold=index >= first_total) for c in row]
        for index, row in enumerate(spec.rows)
    ]
    widths = [mm_to_pt(w) for w in spec.widths_mm]
    return paged_table(Grid(header, rows, widths, TABLE_PADDING))


@lru_cache(maxsize=1)
def _keep_with_first_row_class() -> type:
    from reportlab.platypus import KeepTogether
    from reportlab.platypus.doctemplate import FrameBreak

    class KeepWithFirstRow(KeepTogether):
        """A heading and a table: on this page if the heading, the table's header and its
        first row fit, else from the next page (reportlab's KeepTogether would move the
        whole table whenever it does not fit)."""

        def __init__(self, flowables: list[Any], need: float) -> None:
            super().__init__(flowables)
            self._need = need

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            content = list(self._content)
            frame = getattr(self, "_frame", None)
            at_top = frame is not None and getattr(frame, "_atTop", False)
            if self._need > avail_height and not at_top:
                content.insert(0, FrameBreak())
            return content

    return KeepWithFirstRow


def with_heading(heading: list[Any], table: Any) -> Any:
    """The heading on the page of the table's header and first row."""
    width = table.grid.width
    height = sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() for f in heading)
    need = height + table.getSpaceBefore() + table.head_height()
    return _keep_with_first_row_class()([*heading, table], need)


@lru_cache(maxsize=1)
def _small_flush_style() -> ParagraphStyle:
    """Table-size text at the left margin (the filters, the summary under the list)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "assignments-small",
        parent=styles().body,
        fontSize=TABLE_FONT_SIZE,
        leading=TABLE_LEADING,
    )


def _small(texts: Iterable[str], *, space_before: float = 0.0) -> list[Any]:
    flowables = [text_paragraph(text, _small_flush_style()) for text in texts]
    if flowables:
        flowables[0].spaceBefore = space_before
    return flowables


# --- the list of assignments on control -------------------------------------------------------

LEAD_NOTE = (
    "Примечание. Если ответственных несколько, первым указан и выделен полужирным шрифтом "
    "ответственный исполнитель."
)


def list_heading_blocks(data: AssignmentsListData) -> list[Block]:
    blocks = []
    if data.organisation.strip():
        blocks += [
            Block(Kind.ORGANISATION, data.organisation.strip().upper(), keep_with_next=True),
            Block(Kind.BLANK, keep_with_next=True),
        ]
    blocks += [
        Block(Kind.TITLE, data.title.strip(), keep_with_next=True),
        centred(f"по состоянию на {format_date(data.as_of)}"),
    ]
    return blocks


def list_flowables(data: AssignmentsListData) -> list[Any]:
    story = block_flowables(list_heading_blocks(data))
    story += _small(data.filters, space_before=BODY_LEADING / 2)
    if not data.lines:
        story += block_flowables([BLANK, flush(NO_LINES)])
    else:
        table = ruled_table(list_table(data.lines))
        table.spaceBefore = BODY_LEADING / 2
        story.append(table)
        if any(len(line.executors) > 1 for line in data.lines):
            story += _small([LEAD_NOTE], space_before=TABLE_LEADING / 2)
    if data.discipline.total:
        story += _small([discipline_summary(data.discipline)], space_before=TABLE_LEADING)
    return story


def write_assignments_pdf(data: AssignmentsListData, out: str | PathLike[str] | IO[bytes]) -> None:
    """«Перечень поручений, находящихся на контроле» (landscape A4)."""
    build_pdf(
        out,
        list_flowables(data),
        title=list_name(data),
        author=data.organisation,
        landscape=True,
    )


# --- the execution report ---------------------------------------------------------------------


#: The signer's position wraps within this width at the left of a landscape page.
SIGNER_POSITION_WIDTH_MM = 120.0


def landscape_signature(position: str, name: str) -> list[Any]:
    """«Секретарь рабочей группы … Е.В. Проскуракова»: the position at the left margin,
    the name at the right margin of the landscape page, on the position's last line."""
    if not (position.strip() or name.strip()):
        return []
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    left = styles().cell
    right = ParagraphStyle("assignments-signer", parent=left, alignment=TA_RIGHT)
    gap = LANDSCAPE_TEXT_WIDTH_MM - SIGNER_POSITION_WIDTH_MM - 60.0
    table = _borderless(
        [[text_paragraph(position.strip(), left), "", text_paragraph(name.strip(), right)]],
        (SIGNER_POSITION_WIDTH_MM, gap, 60.0),
        valign="BOTTOM",
    )
    table.spaceBefore = 2 * BODY_LEADING
    return [table]


def report_flowables(data: ExecutionReportData) -> list[Any]:
    """The title and period, the figures in words, the tables by body and by responsible,
    the list of the assignments still on control, the signature."""
    period = report_period_line(data)
    blocks = []
    if data.organisation.strip():
        blocks += [
            Block(Kind.ORGANISATION, data.organisation.strip().upper(), keep_with_next=True),
            Block(Kind.BLANK, keep_with_next=True),
        ]
    blocks.append(Block(Kind.TITLE, data.title.strip(), keep_with_next=True))
    if period:
        blocks.append(Block(Kind.TITLE, period, keep_with_next=True))
    blocks += [centred(f"(по состоянию на {format_date(data.as_of)})", keep=False), BLANK]
    blocks += [
        paragraph(text) for text in discipline_paragraphs(data.discipline, data.start, data.end)
    ]
    story = block_flowables(blocks)

    sections = []
    if data.by_body:
        total = data.discipline if len(data.by_body) > 1 else None
        sections.append((REPORT_BODIES_HEADING, figures_table("Орган", data.by_body, total)))
    if data.by_responsible:
        table = figures_table("Ответственный", data.by_responsible)
        sections.append((REPORT_RESPONSIBLE_HEADING, table))
    if data.lines:
        sections.append((report_open_heading(data), open_table(data.lines)))
    signature = landscape_signature(data.signer_position, data.signer_name)
    for index, (heading, table) in enumerate(sections):
        caption = block_flowables([BLANK, keyword(heading)])
        caption[-1].keepWithNext = 0
        flowable = ruled_table(table)
        flowable.spaceBefore = BODY_LEADING / 2
        if index == len(sections) - 1:
            # The signature never stands alone on a page: the last row goes with it.
            width = mm_to_pt(LANDSCAPE_TEXT_WIDTH_MM)
            flowable.tail = sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() for f in signature)
        story.append(with_heading(caption, flowable))
    return story + signature


def write_execution_report_pdf(
    data: ExecutionReportData, out: str | PathLike[str] | IO[bytes]
) -> None:
    """«Информация об исполнении поручений за период …» (landscape A4)."""
    build_pdf(
        out,
        report_flowables(data),
        title=report_name(data),
        author=data.organisation,
        landscape=True,
    )


# --- the reminder letter ----------------------------------------------------------------------


def _borderless(rows: list[list[Any]], widths_mm: tuple[float, ...], *, valign: str = "TOP") -> Any:
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    table = PdfTable(rows, colWidths=[mm_to_pt(w) for w in widths_mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, BODY_FONT_SIZE, BODY_LEADING),
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def letter_head_flowable(head: LetterHead) -> Any:
    """The sender's block and the addressee's block side by side."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer

    st = styles()
    sender_style = ParagraphStyle("letter-sender", parent=st.title, keepWithNext=0)
    left_style = ParagraphStyle("letter-left", parent=st.cell)
    sender = [
        text_paragraph(head.sender, sender_style),
        Spacer(1, BODY_LEADING),
        text_paragraph(
            head.reference, ParagraphStyle("letter-ref", parent=left_style, alignment=TA_CENTER)
        ),
        Spacer(1, BODY_LEADING),
        text_paragraph(head.subject, left_style),
    ]
    addressee = [text_paragraph(line, left_style) for line in head.addressee]
    gap = TEXT_WIDTH_MM - SENDER_WIDTH_MM - ADDRESSEE_WIDTH_MM
    return _borderless([[sender, "", addressee]], (SENDER_WIDTH_MM, gap, ADDRESSEE_WIDTH_MM))


def letter_flowables(parts: list[LetterPart]) -> list[Any]:
    """The parts of a letter as flowables: the text blocks as the protocol sets them, the
    head and the tables between them (an empty line before one is space above it; the
    text that keeps with a table stays on the page of its first row)."""
    from reportlab.platypus import Spacer

    story: list[Any] = []
    blocks: list[Block] = []
    for part in parts:
        if isinstance(part, Block):
            blocks.append(part)
            continue
        flowables = block_flowables(blocks)
        blocks = []
        space = 0.0
        if flowables and isinstance(flowables[-1], Spacer):
            space = flowables.pop().height
        if isinstance(part, LetterHead):
            head = letter_head_flowable(part)
            head.spaceBefore = space
            story += [*flowables, head]
            continue
        table = ruled_table(part)
        table.spaceBefore = space
        kept: list[Any] = []
        while flowables and flowables[-1].keepWithNext:
            kept.insert(0, flowables.pop())
        for flowable in kept:
            flowable.keepWithNext = 0
        story += flowables
        story.append(with_heading(kept, table) if kept else table)
    return story + block_flowables(blocks)


def write_reminder_pdf(data: ReminderData, out: str | PathLike[str] | IO[bytes]) -> None:
    """The reminder letter to a responsible about their open assignments (portrait A4)."""
    build_pdf(
        out,
        letter_flowables(reminder_parts(data)),
        title=reminder_name(data),
        author=data.organisation,
    )
