"""Saving a document to a file whose format the user chose by its extension.

The document is built in memory first and written in one go, so a failure while building
never leaves a half-written file (or clobbers the previous one).
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import IO

from desktop_app.domain.roster import PrintedRoster

ROSTER_FORMATS = (".pdf", ".docx", ".xlsx")

#: The filter string of a «Сохранить как» dialog for the roster.
ROSTER_FILE_FILTER = "Документ PDF (*.pdf);;Документ Word (*.docx);;Книга Excel (*.xlsx)"


def _unknown_format(path: Path, allowed: tuple[str, ...]) -> ValueError:
    listed = ", ".join(allowed)
    if not path.suffix:
        return ValueError(f"Не указан формат файла: допустимы {listed}")
    return ValueError(f"Неизвестный формат файла «{path.suffix}»: допустимы {listed}")


def _roster_writer(suffix: str) -> Callable[[PrintedRoster, IO[bytes]], None] | None:
    if suffix == ".pdf":
        from desktop_app.documents.roster_pdf import write_roster_pdf

        return write_roster_pdf
    if suffix == ".docx":
        from desktop_app.documents.roster_docx import write_roster_docx

        return write_roster_docx
    if suffix == ".xlsx":
        from desktop_app.documents.roster_xlsx import write_roster_xlsx

        return write_roster_xlsx
    return None


def write_roster(roster: PrintedRoster, path: Path) -> None:
    """Write the roster to ``path`` as PDF, DOCX or XLSX, by the extension (any case).

    Raises ValueError (a Russian message) for any other extension, before touching the
    file; OSError when the file cannot be written (open in Word, no rights).
    """
    path = Path(path)
    writer = _roster_writer(path.suffix.lower())
    if writer is None:
        raise _unknown_format(path, ROSTER_FORMATS)
    buffer = BytesIO()
    writer(roster, buffer)
    path.write_bytes(buffer.getvalue())
