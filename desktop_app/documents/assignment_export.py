"""The printed documents of the control of decisions, by kind code, and saving them in the
format the user chose by the file's extension (as :mod:`meeting_export` does for the
documents of a meeting).

    kind                 data                   formats
    «assignments»        AssignmentsListData    PDF, XLSX
    «reminder»           ReminderData           PDF, DOCX
    «execution-report»   ExecutionReportData    PDF, XLSX

The document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

import os
from typing import IO

from desktop_app.documents.formats import DOCX, PDF, XLSX, DocumentKinds, PrintedDocument, Writer
from desktop_app.domain.assignment import (
    AssignmentsListData,
    ExecutionReportData,
    ReminderData,
)
from desktop_app.domain.dates import format_date

AssignmentDocumentData = AssignmentsListData | ReminderData | ExecutionReportData


def _writer(kind: str, suffix: str) -> Writer:
    if suffix == XLSX:
        from desktop_app.documents import assignments_xlsx

        return {
            "assignments": assignments_xlsx.write_assignments_xlsx,
            "execution-report": assignments_xlsx.write_execution_report_xlsx,
        }[kind]
    if suffix == DOCX:
        from desktop_app.documents.assignments_docx import write_reminder_docx

        return write_reminder_docx
    from desktop_app.documents import assignments_pdf

    return {
        "assignments": assignments_pdf.write_assignments_pdf,
        "reminder": assignments_pdf.write_reminder_pdf,
        "execution-report": assignments_pdf.write_execution_report_pdf,
    }[kind]


KINDS = DocumentKinds(
    "контроля поручений",
    (
        PrintedDocument("assignments", "Перечень поручений на контроле", (PDF, XLSX)),
        PrintedDocument("reminder", "Напоминание об исполнении поручений", (PDF, DOCX)),
        PrintedDocument("execution-report", "Информация об исполнении поручений", (PDF, XLSX)),
    ),
    {
        "assignments": AssignmentsListData,
        "reminder": ReminderData,
        "execution-report": ExecutionReportData,
    },
    _writer,
)
ASSIGNMENT_DOCUMENTS: dict[str, PrintedDocument] = KINDS.documents


def assignment_document(kind: str) -> PrintedDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    return KINDS.document(kind)


def assignment_document_bytes(kind: str, data: AssignmentDocumentData, suffix: str = PDF) -> bytes:
    """The document of ``kind`` in the format of ``suffix``, in memory."""
    return KINDS.document_bytes(kind, data, suffix)


def assignment_pdf_bytes(kind: str, data: AssignmentDocumentData) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return KINDS.document_bytes(kind, data, PDF)


def write_assignment_document(
    kind: str,
    data: AssignmentDocumentData,
    target: str | os.PathLike[str] | IO[bytes],
    suffix: str | None = None,
) -> None:
    """Write the document of ``kind`` to a path or a binary stream.

    The format is the path's extension (any case); for a stream, ``suffix`` («.xlsx»), or
    the extension of the stream's file name, or PDF. Raises ValueError (a Russian message
    naming the allowed formats) for an unknown kind or an extension the kind has not,
    before touching the file; OSError when the file cannot be written (open in Excel).
    """
    KINDS.write(kind, data, target, suffix)


def suggested_file_name(kind: str, data: AssignmentDocumentData, suffix: str | None = None) -> str:
    """«Поручения на контроле 22.11.2026.pdf», «Напоминание Проскураковой Е.В.
    22.11.2026.docx», «Информация об исполнении поручений 01.01.2026-30.09.2026.pdf»;
    ``suffix`` defaults to the kind's first format."""
    if isinstance(data, AssignmentsListData):
        name = f"Поручения на контроле {format_date(data.as_of)}"
    elif isinstance(data, ReminderData):
        name = f"Напоминание {data.addressee.strip()} {format_date(data.day)}"
    else:
        name = (
            f"Информация об исполнении поручений {format_date(data.start)}-{format_date(data.end)}"
        )
    return KINDS.file_name(kind, data, name, suffix)
