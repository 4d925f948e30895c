"""The printed documents of a plan of measures, by kind code, and saving them in the
format the user chose by the file's extension (as :mod:`assignment_export` does):

    kind            data             formats
    «plan-note»     PlanNoteData     PDF, XLSX, DOCX
    «year-report»   YearReportData   PDF, DOCX, XLSX

The document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

import os
from typing import IO

from desktop_app.documents.formats import DOCX, PDF, XLSX, DocumentKinds, PrintedDocument, Writer
from desktop_app.domain.dates import format_date
from desktop_app.domain.plan_documents import ROMAN_QUARTERS, PlanNoteData, YearReportData

PlanDocumentData = PlanNoteData | YearReportData


def _writer(kind: str, suffix: str) -> Writer:
    if suffix == XLSX:
        from desktop_app.documents import plan_reports_xlsx as module

        names = {"plan-note": "write_plan_note_xlsx", "year-report": "write_year_report_xlsx"}
    elif suffix == DOCX:
        from desktop_app.documents import plan_reports_docx as module

        names = {"plan-note": "write_plan_note_docx", "year-report": "write_year_report_docx"}
    else:
        from desktop_app.documents import plan_reports_pdf as module

        names = {"plan-note": "write_plan_note_pdf", "year-report": "write_year_report_pdf"}
    return getattr(module, names[kind])


KINDS = DocumentKinds(
    "плана",
    (
        PrintedDocument(
            "plan-note", "Аналитическая информация о выполнении плана", (PDF, XLSX, DOCX)
        ),
        PrintedDocument("year-report", "Отчет о работе за год", (PDF, DOCX, XLSX)),
    ),
    {"plan-note": PlanNoteData, "year-report": YearReportData},
    _writer,
)
PLAN_DOCUMENTS: dict[str, PrintedDocument] = KINDS.documents


def plan_document(kind: str) -> PrintedDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    return KINDS.document(kind)


def plan_document_bytes(kind: str, data: PlanDocumentData, suffix: str = PDF) -> bytes:
    """The document of ``kind`` in the format of ``suffix``, in memory."""
    return KINDS.document_bytes(kind, data, suffix)


def plan_pdf_bytes(kind: str, data: PlanDocumentData) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return KINDS.document_bytes(kind, data, PDF)


def write_plan_document(
    kind: str,
    data: PlanDocumentData,
    target: str | os.PathLike[str] | IO[bytes],
    suffix: str | None = None,
) -> None:
    """Write the document of ``kind`` to a path or a binary stream; the format is the
    path's extension (for a stream, ``suffix`` or the stream's name, or PDF). ValueError
    (a Russian message) for a format the kind has not, before touching the file."""
    KINDS.write(kind, data, target, suffix)


def suggested_file_name(kind: str, data: PlanDocumentData, suffix: str | None = None) -> str:
    """«Аналитическая информация о выполнении плана III кв. 2024 (15.10.2024).pdf»,
    «Отчет о работе за 2024 год.docx»; ``suffix`` defaults to the kind's first format."""
    if isinstance(data, PlanNoteData):
        name = (
            f"Аналитическая информация о выполнении плана {ROMAN_QUARTERS[data.quarter]} кв. "
            f"{data.year} ({format_date(data.as_of)})"
        )
    else:
        name = f"Отчет о работе за {data.year} год"
    return KINDS.file_name(kind, data, name, suffix)
