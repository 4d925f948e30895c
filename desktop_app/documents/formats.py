"""What the registries of printed documents share (:mod:`meeting_export`,
:mod:`assignment_export`, :mod:`plan_export`, :mod:`registry_export`): a document kind with
its formats and the filter of its «Сохранить как» dialog, the check of the format a file
name asks for, the write in one go, a safe file name, and ``DocumentKinds`` — a family of
kinds with their data types and writers.

A document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from desktop_app.documents.export import _unknown_format

PDF = ".pdf"
DOCX = ".docx"
XLSX = ".xlsx"

#: The filter of a «Сохранить как» dialog for each format.
FILE_FILTERS = {
    PDF: "Документ PDF (*.pdf)",
    DOCX: "Документ Word (*.docx)",
    XLSX: "Книга Excel (*.xlsx)",
}


@dataclass(frozen=True)
class PrintedDocument:
    """A kind of document the program prints, and the formats it is saved in."""

    kind: str  # «protocol», «assignments» ...
    title: str  # «Протокол»: how the interface names it
    formats: tuple[str, ...]  # extensions, the first is the default

    @property
    def file_filter(self) -> str:
        """The filter string of a «Сохранить как» dialog."""
        return ";;".join(FILE_FILTERS[suffix] for suffix in self.formats)


def check_format(
    document: PrintedDocument, path: Path, known: Iterable[str] = tuple(FILE_FILTERS)
) -> str:
    """The extension of ``path`` in lower case, if ``document`` is made in that format;
    ValueError (a Russian message naming the allowed formats) otherwise: «сохраняется
    только в формате …» for a format of the ``known`` ones (those of the registry),
    «Неизвестный формат файла» for any other."""
    suffix = path.suffix.lower()
    if suffix in document.formats:
        return suffix
    if suffix in known:
        listed = ", ".join(document.formats)
        plural = "ах" if len(document.formats) > 1 else "е"
        raise ValueError(f"«{document.title}» сохраняется только в формат{plural} {listed}")
    raise _unknown_format(path, document.formats)


def stream_suffix(target: IO[bytes], suffix: str | None, default: str) -> str:
    """The format asked for a stream: ``suffix``, or the extension of the stream's file
    name, or ``default``."""
    if suffix is not None:
        return suffix
    name = getattr(target, "name", None)
    return (Path(name).suffix if isinstance(name, str) else "") or default


def save_document(
    document: PrintedDocument,
    target: str | os.PathLike[str] | IO[bytes],
    build: Callable[[str], bytes],
    suffix: str | None = None,
    known: Iterable[str] = tuple(FILE_FILTERS),
) -> None:
    """Build the document with ``build(format)`` and write it to a path or a stream.

    The format is the path's extension (any case); for a stream, ``suffix``, or the
    extension of the stream's file name, or the document's first format. ValueError (a
    Russian message) for a format the document has not, before anything is built or
    written; OSError when the file cannot be written (open in Word, no rights).
    """
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        content = build(check_format(document, path, known))
        path.write_bytes(content)
        return
    chosen = stream_suffix(target, suffix, document.formats[0])
    target.write(build(check_format(document, Path(f"документ{chosen}"), known)))


#: Characters Windows forbids in a file name (and the path separators).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
#: A file name's length without its extension, well within what Windows allows.
FILE_NAME_LIMIT = 120


def safe_file_name(text: str) -> str:
    """``text`` as a file name Windows accepts: forbidden characters out, spaces folded,
    cut at a word within ``FILE_NAME_LIMIT`` characters (with «…»)."""
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    if len(name) > FILE_NAME_LIMIT:
        name = name[:FILE_NAME_LIMIT].rsplit(" ", 1)[0].rstrip(" .,") + "…"
    return name


Writer = Callable[[Any, IO[bytes]], None]


class DocumentKinds:
    """A family of printed documents by kind code (the control of decisions, the plan, the
    registries): each kind's formats, the type of its plain data and its writers; built in
    memory and written in one go."""

    def __init__(
        self,
        family: str,
        documents: Iterable[PrintedDocument],
        data_types: dict[str, type],
        writer: Callable[[str, str], Writer],
    ) -> None:
        self.family = family  # «контроля поручений»: the unknown kind's message
        self.documents = {document.kind: document for document in documents}
        self.data_types = data_types
        self.writer = writer  # (kind, suffix) → the function writing that format

    def document(self, kind: str) -> PrintedDocument:
        """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
        try:
            return self.documents[kind]
        except KeyError:
            known = ", ".join(self.documents)
            raise ValueError(
                f"Неизвестный документ {self.family} «{kind}»: допустимы {known}"
            ) from None

    def check_data(self, kind: str, data: Any) -> None:
        expected = self.data_types[kind]
        if not isinstance(data, expected):
            raise TypeError(f"{kind}: expected {expected.__name__}, got {type(data).__name__}")

    def document_bytes(self, kind: str, data: Any, suffix: str = PDF) -> bytes:
        """The document of ``kind`` in the format of ``suffix`` («.pdf», «.docx», «.xlsx»),
        in memory. ValueError (a Russian message) for an unknown kind or a format the kind
        has not; TypeError when ``data`` is not the kind's data."""
        suffix = check_format(self.document(kind), Path(f"документ{suffix}"))
        self.check_data(kind, data)
        buffer = BytesIO()
        self.writer(kind, suffix)(data, buffer)
        return buffer.getvalue()

    def write(
        self,
        kind: str,
        data: Any,
        target: str | os.PathLike[str] | IO[bytes],
        suffix: str | None = None,
    ) -> None:
        """Write the document of ``kind`` to a path or a binary stream (see
        ``save_document``): ValueError before touching the file for a format the kind has
        not; OSError when the file cannot be written (open in Excel)."""
        save_document(
            self.document(kind),
            target,
            lambda chosen: self.document_bytes(kind, data, chosen),
            suffix,
        )

    def file_name(self, kind: str, data: Any, name: str, suffix: str | None = None) -> str:
        """``name`` made safe, with ``suffix`` or the kind's first format."""
        document = self.document(kind)
        self.check_data(kind, data)
        return f"{safe_file_name(name)}{suffix or document.formats[0]}"
