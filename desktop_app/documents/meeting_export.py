"""The printed documents of a meeting, by kind code, and saving them in the format the
user chose by the file's extension (as :mod:`documents.export` does for the roster).

The document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import IO

from desktop_app.documents.formats import DOCX, PDF, PrintedDocument, check_format, save_document
from desktop_app.domain.protocol import ProtocolData

__all__ = [
    "DOCX",
    "MEETING_DOCUMENTS",
    "PDF",
    "MeetingDocument",
    "meeting_document",
    "meeting_document_bytes",
    "meeting_pdf_bytes",
    "suggested_file_name",
    "write_meeting_document",
]


#: The formats of the documents of a meeting (any other is «неизвестный формат»).
_KNOWN = (PDF, DOCX)


@dataclass(frozen=True)
class MeetingDocument(PrintedDocument):
    needs_item: bool = False  # the extract is of one item of the agenda


MEETING_DOCUMENTS: dict[str, MeetingDocument] = {
    document.kind: document
    for document in (
        MeetingDocument("protocol", "Протокол", (PDF, DOCX)),
        MeetingDocument("agenda", "Повестка дня", (PDF,)),
        MeetingDocument("notice", "Извещения членам", (PDF,)),
        MeetingDocument("extract", "Выписка из протокола", (PDF,), needs_item=True),
        MeetingDocument("attendance", "Лист регистрации", (PDF,)),
        MeetingDocument("questionnaire", "Опросные листы", (PDF,)),
        MeetingDocument("distribution", "Лист рассылки", (PDF,)),
    )
}


def meeting_document(kind: str) -> MeetingDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    try:
        return MEETING_DOCUMENTS[kind]
    except KeyError:
        known = ", ".join(MEETING_DOCUMENTS)
        raise ValueError(f"Неизвестный документ заседания «{kind}»: допустимы {known}") from None


def suggested_file_name(kind: str, data: ProtocolData, item: int | None = None) -> str:
    """«Протокол № 3 от 19.10.2023.pdf», «Выписка из протокола № 3 (вопрос 2) ...»."""
    document = meeting_document(kind)
    about = f" № {data.number} от {data.day:%d.%m.%Y}"
    if kind == "extract" and item is not None:
        about = f" № {data.number} от {data.day:%d.%m.%Y} (вопрос {item})"
    return f"{document.title}{about}{document.formats[0]}"


def _writer(
    kind: str, suffix: str, item: int | None, certified_on: date | None
) -> Callable[[ProtocolData, IO[bytes]], None]:
    if kind == "protocol" and suffix == DOCX:
        from desktop_app.documents.protocol_docx import write_protocol_docx

        return write_protocol_docx
    if kind == "protocol":
        from desktop_app.documents.protocol_pdf import write_protocol_pdf

        return write_protocol_pdf
    from desktop_app.documents import meeting_pdf

    if kind == "extract":
        day = certified_on or date.today()
        return lambda data, out: meeting_pdf.write_extract_pdf(data, item, day, out)
    return {
        "agenda": meeting_pdf.write_agenda_pdf,
        "notice": meeting_pdf.write_notices_pdf,
        "attendance": meeting_pdf.write_attendance_pdf,
        "questionnaire": meeting_pdf.write_questionnaires_pdf,
        "distribution": meeting_pdf.write_distribution_pdf,
    }[kind]


def _check_item(data: ProtocolData, item: int | None) -> int:
    if item is None:
        raise ValueError("Для выписки из протокола укажите номер вопроса повестки дня")
    if not any(i.number == item for i in data.items):
        raise ValueError(f"В повестке дня заседания нет вопроса № {item}")
    return item


def meeting_document_bytes(
    kind: str,
    data: ProtocolData,
    suffix: str = PDF,
    *,
    item: int | None = None,
    certified_on: date | None = None,
) -> bytes:
    """The document of ``kind`` in the format of ``suffix`` («.pdf», «.docx»), in memory.

    ValueError (a Russian message) for an unknown kind, a format the kind has not, or an
    extract without an item of the agenda. ``certified_on`` (an extract) defaults to today.
    """
    document = meeting_document(kind)
    suffix = check_format(document, Path(f"документ{suffix}"), _KNOWN)
    if document.needs_item:
        item = _check_item(data, item)
    buffer = BytesIO()
    _writer(kind, suffix, item, certified_on)(data, buffer)
    return buffer.getvalue()


def meeting_pdf_bytes(
    kind: str, data: ProtocolData, item: int | None = None, certified_on: date | None = None
) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return meeting_document_bytes(kind, data, PDF, item=item, certified_on=certified_on)


def write_meeting_document(
    kind: str,
    data: ProtocolData,
    target: str | os.PathLike[str] | IO[bytes],
    *,
    item: int | None = None,
    certified_on: date | None = None,
    suffix: str | None = None,
) -> None:
    """Write the document of ``kind`` to a path or a binary stream.

    The format is the path's extension (any case); for a stream, ``suffix`` («.docx»), or
    the extension of the stream's file name, or PDF. Raises ValueError (a Russian message)
    for an unknown kind, an extension the kind has not, or an extract without its item,
    before touching the file; OSError when the file cannot be written (open in Word).
    """
    save_document(
        meeting_document(kind),
        target,
        lambda chosen: meeting_document_bytes(
            kind, data, chosen, item=item, certified_on=certified_on
        ),
        suffix,
        _KNOWN,
    )
