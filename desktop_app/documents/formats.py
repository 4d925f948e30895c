"""What the registries of printed documents share (:mod:`meeting_export`,
:mod:`assignment_export`): a document kind with its formats and the filter of its «Сохранить
как» dialog, the check of the format a file name asks for, and the write in one go.

A document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

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
