"""The protocol as DOCX, for secretaries who finish the wording in Word: the blocks of
:mod:`protocol_layout` (the same as the PDF's) as Word paragraphs, Times New Roman 14 pt.

Word's own means are used, so the file stays easy to edit: the two ends of a line (date
and number, signatures) are split by a right tab stop at the right margin; a list entry
«Хмелева К.В. — заместитель ...» hangs from a tab stop at its name column; an empty line
is an empty paragraph; the annex starts with «page break before».
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.page import (
    APPROVAL_BLOCK_WIDTH_MM,
    BODY_LEADING,
    FIRST_LINE_INDENT_MM,
    TEXT_WIDTH_MM,
    plain_text,
    setup_docx,
)
from desktop_app.documents.protocol_layout import (
    ENTRY_NAME_COLUMN_MM,
    Block,
    Kind,
    document_name,
    protocol_blocks,
)
from desktop_app.domain.protocol import ProtocolData

if TYPE_CHECKING:
    from os import PathLike


def _add_block(document: Any, block: Block) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.left_indent = Pt(0)
    text = plain_text(block.text)
    bold = False
    match block.kind:
        case Kind.ORGANISATION | Kind.TITLE:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bold = True
        case Kind.CENTRED:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        case Kind.KEYWORD:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            bold = True
        case Kind.FLUSH:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        case Kind.PARAGRAPH:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
        case Kind.APPROVAL:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt.left_indent = Mm(TEXT_WIDTH_MM - APPROVAL_BLOCK_WIDTH_MM)
        case Kind.TWO_ENDS:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
            text = f"{text}\t{plain_text(block.right)}"
        case Kind.ENTRY:
            column = Mm(block.column_mm or ENTRY_NAME_COLUMN_MM)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt.left_indent = column
            fmt.first_line_indent = -column
            fmt.tab_stops.add_tab_stop(column)
            if block.right:
                text = f"{text}\t{plain_text(block.right)}"
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
    if block.keep_with_next:
        fmt.keep_with_next = True
    if block.gap_before:
        fmt.space_before = Pt(BODY_LEADING / 2)
    return paragraph


def add_blocks(document: Any, blocks: list[Block]) -> None:
    """Append the blocks to a python-docx Document, one paragraph each."""
    page_break = False
    for block in blocks:
        if block.kind is Kind.PAGE_BREAK:
            page_break = True
            continue
        paragraph = _add_block(document, block)
        if page_break:
            paragraph.paragraph_format.page_break_before = True
            page_break = False


def build_protocol_document(data: ProtocolData) -> Any:
    """The protocol as a python-docx Document (not saved)."""
    from docx import Document

    document = Document()
    setup_docx(document, title=document_name(data), author=data.organisation)
    add_blocks(document, protocol_blocks(data))
    return document


def write_protocol_docx(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the protocol as a DOCX to a path or a binary file object."""
    import os

    document = build_protocol_document(data)
    document.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
