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
import re
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from desktop_app.documents.formats import (
    DOCX,
    PDF,
    XLSX,
    PrintedDocument,
    check_format,
    save_document,
)
from desktop_app.domain.assignment import (
    AssignmentsListData,
    ExecutionReportData,
    ReminderData,
)
from desktop_app.domain.dates import format_date

AssignmentDocumentData = AssignmentsListData | ReminderData | ExecutionReportData


ASSIGNMENT_DOCUMENTS: dict[str, PrintedDocument] = {
    document.kind: document
    for document in (
        PrintedDocument("assignments", "Перечень поручений на контроле", (PDF, XLSX)),
        PrintedDocument("reminder", "Напоминание об исполнении поручений", (PDF, DOCX)),
        PrintedDocument("execution-report", "Информация об исполнении поручений", (PDF, XLSX)),
    )
}

_DATA_TYPES: dict[str, type] = {
    "assignments": AssignmentsListData,
    "reminder": ReminderData,
    "execution-report": ExecutionReportData,
}


def assignment_document(kind: str) -> PrintedDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    try:
        return ASSIGNMENT_DOCUMENTS[kind]
    except KeyError:
        known = ", ".join(ASSIGNMENT_DOCUMENTS)
        raise ValueError(
            f"Неизвестный документ контроля поручений «{kind}»: допустимы {known}"
        ) from None


def _check_data(kind: str, data: Any) -> None:
    expected = _DATA_TYPES[kind]
    if not isinstance(data, expected):
        raise TypeError(f"{kind}: expected {expected.__name__}, got {type(data).__name__}")


def _writer(kind: str, suffix: str) -> Callable[[Any, IO[bytes]], None]:
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


def assignment_document_bytes(kind: str, data: AssignmentDocumentData, suffix: str = PDF) -> bytes:
    """The document of ``kind`` in the format of ``suffix`` («.pdf», «.docx», «.xlsx»),
    in memory. ValueError (a Russian message) for an unknown kind or a format the kind
    has not; TypeError when ``data`` is not the kind's data."""
    document = assignment_document(kind)
    suffix = check_format(document, Path(f"документ{suffix}"))
    _check_data(kind, data)
    buffer = BytesIO()
    _writer(kind, suffix)(data, buffer)
    return buffer.getvalue()


def assignment_pdf_bytes(kind: str, data: AssignmentDocumentData) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return assignment_document_bytes(kind, data, PDF)


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
    save_document(
        assignment_document(kind),
        target,
        lambda chosen: assignment_document_bytes(kind, data, chosen),
        suffix,
    )


#: Characters Windows forbids in a file name (and the path separators).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


#: A file name's length without its extension, well within what Windows allows.
FILE_NAME_LIMIT = 120


def _file_name(text: str) -> str:
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    if len(name) > FILE_NAME_LIMIT:
        name = name[:FILE_NAME_LIMIT].rsplit(" ", 1)[0].rstrip(" .,") + "…"
    return name


def suggested_file_name(kind: str, data: AssignmentDocumentData, suffix: str | None = None) -> str:
    """«Поручения на контроле 22.11.2026.pdf», «Напоминание Проскураковой Е.В.
    22.11.2026.docx», «Информация об исполнении поручений 01.01.2026-30.09.2026.pdf»;
    ``suffix`` defaults to the kind's first format."""
    document = assignment_document(kind)
    _check_data(kind, data)
    if isinstance(data, AssignmentsListData):
        name = f"Поручения на контроле {format_date(data.as_of)}"
    elif isinstance(data, ReminderData):
        name = f"Напоминание {data.addressee.strip()} {format_date(data.day)}"
    else:
        name = (
            f"Информация об исполнении поручений {format_date(data.start)}-{format_date(data.end)}"
        )
    return f"{_file_name(name)}{suffix or document.formats[0]}"
