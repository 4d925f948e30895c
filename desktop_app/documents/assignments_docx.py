"""The reminder letter as DOCX, for a secretary who finishes it in Word: the parts of
:mod:`assignments_layout` (the same as the PDF's), Times New Roman 14 pt on the program's
page. The text blocks are set as the protocol sets them (:func:`protocol_docx.add_blocks`);
the head is a table without borders (the sender at the left, the addressee at the right),
the assignments a ruled table whose header row repeats on every page.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_layout import (
    ADDRESSEE_WIDTH_MM,
    SENDER_WIDTH_MM,
    Cell,
    LetterHead,
    LetterPart,
    Table,
    reminder_name,
    reminder_parts,
)
from desktop_app.documents.page import TEXT_WIDTH_MM, plain_text, setup_docx
from desktop_app.documents.protocol_docx import add_blocks
from desktop_app.documents.protocol_layout import Block
from desktop_app.domain.assignment import ReminderData

if TYPE_CHECKING:
    from os import PathLike

TABLE_FONT_SIZE = 12.0
NOTE_FONT_SIZE = 10.0
ALARM_COLOUR = "8B0000"
CELL_MARGIN_MM = 1.5


def _set_width(cell: Any, width_mm: float) -> None:
    from docx.shared import Mm

    cell.width = Mm(width_mm)


def _fixed_layout(table: Any, widths_mm: tuple[float, ...]) -> None:
    """Column widths as given (Word otherwise fits them to the text)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table.autofit = False  # <w:tblLayout w:type="fixed"/>
    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        _insert_before(properties, width, "w:jc", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    for column, width_mm in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width_mm)
    for row in table.rows:  # row by row: a column's cells walk the whole table each time
        for cell, width_mm in zip(row.cells, widths_mm, strict=True):
            _set_width(cell, width_mm)


def _cell_paragraph(cell: Any, first: bool) -> Any:
    from docx.shared import Pt

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing = 1.0
    return paragraph


def _run(paragraph: Any, text: str, size: float, **options: Any) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(plain_text(text))
    run.font.size = Pt(size)
    if options.get("bold"):
        run.bold = True
    if options.get("italic"):
        run.italic = True
    if options.get("alarm"):
        run.font.color.rgb = RGBColor.from_string(ALARM_COLOUR)
    return run


def _fill_cell(cell: Any, spec: Cell, *, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    first = True
    for index, line in enumerate(spec.lines):
        paragraph = _cell_paragraph(cell, first)
        first = False
        if spec.centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if index:
            paragraph.paragraph_format.space_before = Pt(2)
        strong = bold or (index == 0 and (spec.bold_first or spec.alarm))
        _run(paragraph, line, TABLE_FONT_SIZE, bold=strong, alarm=index == 0 and spec.alarm)
    for note in spec.notes:
        paragraph = _cell_paragraph(cell, first)
        first = False
        paragraph.paragraph_format.space_before = Pt(2)
        _run(paragraph, note, NOTE_FONT_SIZE, italic=True)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _never_split(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    properties.append(cant_split)


def add_table(document: Any, spec: Table) -> Any:
    """A ruled table: the header row bold, centred and repeated on every page; a row
    never split across pages."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table = document.add_table(rows=1 + len(spec.rows), cols=len(spec.header))
    table.style = document.styles["Table Grid"]
    _fixed_layout(table, spec.widths_mm)
    _cell_margins(table, top=1.0, side=CELL_MARGIN_MM, bottom=1.0)
    header = table.rows[0]
    _repeat_header(header)
    for cell, text in zip(header.cells, spec.header, strict=True):
        paragraph = _cell_paragraph(cell, True)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, text, TABLE_FONT_SIZE, bold=True)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first_total = len(spec.rows) - spec.total_rows
    for index, (row, cells) in enumerate(zip(table.rows[1:], spec.rows, strict=True)):
        _never_split(row)
        for cell, content in zip(row.cells, cells, strict=True):
            _fill_cell(cell, content, bold=index >= first_total)
    return table


def add_letter_head(document: Any, head: LetterHead) -> Any:
    """The sender's block and the addressee's block side by side, without borders."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    gap = TEXT_WIDTH_MM - SENDER_WIDTH_MM - ADDRESSEE_WIDTH_MM
    table = document.add_table(rows=1, cols=3)
    _fixed_layout(table, (SENDER_WIDTH_MM, gap, ADDRESSEE_WIDTH_MM))
    _no_cell_margins(table)
    sender, _, addressee = table.rows[0].cells

    def line(cell: Any, text: str, first: bool, align: Any, bold: bool = False) -> None:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.paragraph_format.first_line_indent = 0
        paragraph.alignment = align
        if text:
            run = paragraph.add_run(plain_text(text))
            run.bold = bold or None

    centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    line(sender, head.sender, True, centre, bold=True)
    line(sender, "", False, centre)
    line(sender, head.reference, False, centre)
    line(sender, "", False, left)
    line(sender, head.subject, False, left)
    for index, text in enumerate(head.addressee or ("",)):
        line(addressee, text, index == 0, left)
    return table


def _no_cell_margins(table: Any) -> None:
    _cell_margins(table, top=0.0, side=0.0, bottom=0.0)


def _cell_margins(table: Any, *, top: float, side: float, bottom: float) -> None:
    """The room between a cell's borders and its text (mm), for every cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for name, value in (("top", top), ("left", side), ("bottom", bottom), ("right", side)):
        element = OxmlElement(f"w:{name}")
        element.set(qn("w:w"), str(round(value / 25.4 * 1440)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    _insert_before(table._tbl.tblPr, margins, "w:tblLook")


def _insert_before(parent: Any, element: Any, *successors: str) -> None:
    """Put ``element`` in ``parent`` before the first of ``successors`` present (Word
    wants the children of a table's properties in the order of the schema)."""
    from docx.oxml.ns import qn

    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)


def add_parts(document: Any, parts: list[LetterPart]) -> None:
    """The parts of a letter in order: text blocks, the head, tables."""
    blocks: list[Block] = []
    for part in parts:
        if isinstance(part, Block):
            blocks.append(part)
            continue
        add_blocks(document, blocks)
        blocks = []
        if isinstance(part, LetterHead):
            add_letter_head(document, part)
        else:
            add_table(document, part)
    add_blocks(document, blocks)


def build_reminder_document(data: ReminderData) -> Any:
    """The reminder letter as a python-docx Document (not saved)."""
    from docx import Document

    document = Document()
    setup_docx(document, title=reminder_name(data), author=data.organisation)
    add_parts(document, reminder_parts(data))
    return document


def write_reminder_docx(data: ReminderData, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the reminder letter as a DOCX to a path or a binary file object."""
    import os

    document = build_reminder_document(data)
    document.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
