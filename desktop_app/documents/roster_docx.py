"""The printed roster as DOCX, for secretaries who finish documents in Word: the same
structure as the PDF (approval block at the top right, centred bold title, a borderless
two-column table of names and positions, «Члены рабочей группы:»), Times New Roman 14 pt.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.page import (
    APPROVAL_BLOCK_WIDTH_MM,
    TEXT_WIDTH_MM,
    plain_text,
    setup_docx,
)
from desktop_app.documents.roster_pdf import ENTRY_GAP_PT, NAME_COLUMN_MM, RosterLine, roster_layout
from desktop_app.domain.roster import PrintedRoster

if TYPE_CHECKING:
    from os import PathLike


def _no_indent(paragraph: Any) -> None:
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.left_indent = Pt(0)


_AFTER_CELL_MARGINS = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", *_AFTER_CELL_MARGINS)


def _table_without_borders(table: Any) -> None:
    """No borders, no cell margin on the left (text aligns with the page margin), fixed
    column widths, and rows that never split across pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    # tblPr children have a fixed order in the schema (Word rejects the file otherwise).
    tbl_pr.insert_element_before(borders, *_AFTER_BORDERS)
    margins = OxmlElement("w:tblCellMar")
    for edge, twips in (("top", 0), ("left", 0), ("bottom", 0), ("right", 113)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.insert_element_before(margins, *_AFTER_CELL_MARGINS)
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        cant_split = OxmlElement("w:cantSplit")
        tr_pr.append(cant_split)


def _add_entries_table(document: Any, lines: list[RosterLine]) -> Any:
    from docx.shared import Mm, Pt

    name_width = Mm(NAME_COLUMN_MM)
    text_width = Mm(TEXT_WIDTH_MM - NAME_COLUMN_MM)
    table = document.add_table(rows=len(lines), cols=2)
    table.autofit = False
    table.columns[0].width = name_width
    table.columns[1].width = text_width
    for row, line in zip(table.rows, lines, strict=True):
        name_cell, text_cell = row.cells
        name_cell.width = name_width
        text_cell.width = text_width

        name = name_cell.paragraphs[0]
        _no_indent(name)
        name.paragraph_format.space_after = Pt(ENTRY_GAP_PT)
        run = name.add_run(plain_text(line.surname))
        if line.given_names:
            run.add_break()
            name.add_run(plain_text(line.given_names))

        text = text_cell.paragraphs[0]
        _no_indent(text)
        text.paragraph_format.space_after = Pt(ENTRY_GAP_PT)
        text.add_run(plain_text(line.text))
    _table_without_borders(table)
    return table


def _add_paragraph(document: Any, text: str, *, bold: bool = False) -> Any:
    paragraph = document.add_paragraph()
    _no_indent(paragraph)
    if text:
        run = paragraph.add_run(plain_text(text))
        if bold:
            run.bold = True
    return paragraph


def build_roster_document(roster: PrintedRoster) -> Any:
    """The roster as a python-docx Document (not saved)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    setup_docx(document, title=roster.title, author=roster.organisation)
    # The default template starts with no paragraph; python-docx 1.x adds none either.

    for line in roster.approval_lines:
        paragraph = _add_paragraph(document, line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.left_indent = Mm(TEXT_WIDTH_MM - APPROVAL_BLOCK_WIDTH_MM)
        paragraph.paragraph_format.keep_with_next = True
    if roster.approval_lines:
        _add_paragraph(document, "")

    title = _add_paragraph(document, roster.title, bold=True)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.keep_with_next = True
    _add_paragraph(document, "").paragraph_format.keep_with_next = True

    leaders, members = roster_layout(roster)
    if leaders:
        _add_entries_table(document, leaders)
    if members:
        heading = _add_paragraph(document, roster.body_kind.members_heading, bold=True)
        heading.paragraph_format.keep_with_next = True
        if leaders:
            heading.paragraph_format.space_before = Pt(8)
        heading.paragraph_format.space_after = Pt(ENTRY_GAP_PT)
        _add_entries_table(document, members)
    return document


def write_roster_docx(roster: PrintedRoster, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the printed roster as a DOCX to a path or a binary file object."""
    import os

    document = build_roster_document(roster)
    document.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
