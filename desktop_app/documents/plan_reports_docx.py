"""The plan's documents as DOCX, for a secretary who finishes them in Word: the parts of
:mod:`plan_reports_layout` (the same as the PDF's), Times New Roman 14 pt on the program's
page (the quarterly note on a landscape page), the tables ruled with their header repeated
on every page (:func:`assignments_docx.add_parts`).
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_docx import add_parts
from desktop_app.documents.page import (
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    plain_text,
    setup_docx,
)
from desktop_app.documents.plan_reports_layout import note_name, note_parts, year_name, year_parts
from desktop_app.domain.plan_documents import PlanNoteData, YearReportData

if TYPE_CHECKING:
    from os import PathLike

LANDSCAPE_TEXT_WIDTH_MM = PAGE_HEIGHT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


def _landscape(document: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(PAGE_HEIGHT_MM)
    section.page_height = Mm(PAGE_WIDTH_MM)


def _signature(document: Any, position: str, name: str, width_mm: float) -> None:
    """«Секретарь рабочей группы <tab> Е.В. Проскуракова», the name at the right margin."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    if not (position.strip() or name.strip()):
        return
    for _ in range(2):
        document.add_paragraph().paragraph_format.keep_with_next = True
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"{plain_text(position.strip())}\t{plain_text(name.strip())}")


def build_plan_note_document(data: PlanNoteData) -> Any:
    from docx import Document

    document = Document()
    setup_docx(document, title=note_name(data), author=data.organisation)
    _landscape(document)
    add_parts(document, note_parts(data))
    _signature(document, data.signer_position, data.signer_name, LANDSCAPE_TEXT_WIDTH_MM)
    return document


def build_year_report_document(data: YearReportData) -> Any:
    from docx import Document

    document = Document()
    setup_docx(document, title=year_name(data), author=data.organisation)
    add_parts(document, year_parts(data))
    return document


def _save(document: Any, out: str | PathLike[str] | IO[bytes]) -> None:
    import os

    document.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)


def write_plan_note_docx(data: PlanNoteData, out: str | PathLike[str] | IO[bytes]) -> None:
    _save(build_plan_note_document(data), out)


def write_year_report_docx(data: YearReportData, out: str | PathLike[str] | IO[bytes]) -> None:
    _save(build_year_report_document(data), out)
