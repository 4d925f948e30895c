"""The printed documents of the registries, by kind code (as :mod:`assignment_export` does
for the control of decisions), and the wording they share.

    kind          data            formats
    «passport»    PassportData    PDF, DOCX   паспорт лин-проекта (appendix 2 of seed 003)
    «lean-table»  LeanTableData   PDF, XLSX   общие сведения о проводимых лин-проектах
                                              (appendix 1 of seed 003)

The document is built in memory first and written in one go, so a failure while building
never leaves a half-written file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
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
from desktop_app.domain.dates import format_date
from desktop_app.domain.registries import GoalData, LeanTableData, PassportData, PassportStage

RegistryDocumentData = PassportData | LeanTableData

REGISTRY_DOCUMENTS: dict[str, PrintedDocument] = {
    document.kind: document
    for document in (
        PrintedDocument("passport", "Паспорт лин-проекта", (PDF, DOCX)),
        PrintedDocument("lean-table", "Общие сведения о проводимых лин-проектах", (PDF, XLSX)),
    )
}

_DATA_TYPES: dict[str, type] = {"passport": PassportData, "lean-table": LeanTableData}


def registry_document(kind: str) -> PrintedDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    try:
        return REGISTRY_DOCUMENTS[kind]
    except KeyError:
        known = ", ".join(REGISTRY_DOCUMENTS)
        raise ValueError(f"Неизвестный документ реестров «{kind}»: допустимы {known}") from None


def _check_data(kind: str, data: Any) -> None:
    expected = _DATA_TYPES[kind]
    if not isinstance(data, expected):
        raise TypeError(f"{kind}: expected {expected.__name__}, got {type(data).__name__}")


def _writer(kind: str, suffix: str) -> Callable[[Any, IO[bytes]], None]:
    if suffix == XLSX:
        from desktop_app.documents.registry_xlsx import write_lean_table_xlsx

        return write_lean_table_xlsx
    if suffix == DOCX:
        from desktop_app.documents.registry_docx import write_passport_docx

        return write_passport_docx
    from desktop_app.documents import registry_pdf

    return {
        "passport": registry_pdf.write_passport_pdf,
        "lean-table": registry_pdf.write_lean_table_pdf,
    }[kind]


def registry_document_bytes(kind: str, data: RegistryDocumentData, suffix: str = PDF) -> bytes:
    """The document of ``kind`` in the format of ``suffix``, in memory. ValueError (a
    Russian message) for an unknown kind or a format the kind has not; TypeError when
    ``data`` is not the kind's data."""
    document = registry_document(kind)
    suffix = check_format(document, Path(f"документ{suffix}"))
    _check_data(kind, data)
    buffer = BytesIO()
    _writer(kind, suffix)(data, buffer)
    return buffer.getvalue()


def registry_pdf_bytes(kind: str, data: RegistryDocumentData) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return registry_document_bytes(kind, data, PDF)


def write_registry_document(
    kind: str,
    data: RegistryDocumentData,
    target: str | os.PathLike[str] | IO[bytes],
    suffix: str | None = None,
) -> None:
    """Write the document of ``kind`` to a path or a binary stream; the format is the
    path's extension (for a stream, ``suffix`` or PDF). ValueError (a Russian message)
    for an extension the kind has not, before touching the file."""
    save_document(
        registry_document(kind),
        target,
        lambda chosen: registry_document_bytes(kind, data, chosen),
        suffix,
    )


_UNSAFE = re.compile(r'[\\/:*?"<>|«»\x00-\x1f]+')
FILE_NAME_LIMIT = 120


def _file_name(text: str) -> str:
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    if len(name) > FILE_NAME_LIMIT:
        name = name[:FILE_NAME_LIMIT].rsplit(" ", 1)[0].rstrip(" .,") + "…"
    return name


def suggested_file_name(kind: str, data: RegistryDocumentData, suffix: str | None = None) -> str:
    """«Паспорт лин-проекта Организация приема детей в детский сад.pdf», «Общие сведения
    о лин-проектах УО 01.10.2026.xlsx»."""
    document = registry_document(kind)
    _check_data(kind, data)
    if isinstance(data, PassportData):
        name = f"Паспорт лин-проекта {data.title}"
    else:
        name = f"Общие сведения о лин-проектах {data.unit_name} {format_date(data.as_of)}"
    return f"{_file_name(name)}{suffix or document.formats[0]}"


# ----- the wording the formats share ----------------------------------------------------------
_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
BLANK_DAY = "«___» __________ ____ г."


def day_words(day: date | None) -> str:
    """«15» ноября 2022 г.; the form's blank when there is no date."""
    if day is None:
        return BLANK_DAY
    return f"«{day.day:02d}» {_MONTHS[day.month - 1]} {day.year} г."


def stage_line(stage: PassportStage) -> str:
    """«1. Согласование паспорта лин-проекта – «15» ноября 2022 г.», «2. Картирование
    текущего состояния (с «16» ноября 2022 г. по «02» декабря 2022 г.).» as the form
    words them."""
    if stage.number == 1:
        return f"{stage.number}. {stage.name} – {day_words(stage.start)}"
    if stage.single_day:
        return f"{stage.number}. {stage.name} ({day_words(stage.start)})."
    return f"{stage.number}. {stage.name} (с {day_words(stage.start)} по {day_words(stage.end)})."


def figure(value: float | None) -> str:
    """24 → «24», 2.5 → «2,5»; «—» for none."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def goal_name(goal: GoalData) -> str:
    """«Время ожидания в очереди, мин»."""
    return f"{goal.indicator}, {goal.measure}" if goal.measure else goal.indicator


def signature_name(full_name: str) -> str:
    """«Хмелева Ксения Владимировна» → «К.В. Хмелева»; other text as it is."""
    words = full_name.split()
    if len(words) in (2, 3) and all(word[:1].isupper() for word in words):
        return "".join(f"{word[0]}." for word in words[1:]) + " " + words[0]
    return full_name.strip()


def numbered_paragraphs(text: str) -> list[str]:
    """The lines of a text, empty ones dropped («1. …», «2. …» as typed)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def assessment_lines(data: LeanTableData) -> list[str]:
    """The unit's self-assessment under the table (seed 003 §4.5)."""
    share = (
        f"{figure(data.practice_share)} %" if data.practice_share is not None else "не представлена"
    )
    level = str(data.culture_level) if data.culture_level is not None else "не представлена"
    lines = [
        f"Оценка степени распространения бережливого производства: {share}.",
        "Оценка уровня развития бережливой культуры (от 0 — отдельные проекты и единичные "
        f"лидеры — до 10): {level}.",
    ]
    if data.assessed_on is not None:
        lines.append(f"Самооценка по состоянию на {format_date(data.assessed_on)}.")
    return lines


LEAN_TABLE_TITLE = "Общие сведения о проводимых лин-проектах"
LEAN_TABLE_HEADERS = (
    "Направление деятельности (отрасль хозяйства)",
    "Общее количество лин-проектов",
    "Общее количество завершенных лин-проектов",
    "Наиболее значимые результаты, достигнутые в лин-проектах",
)
UNIT_CAPTION = "(наименование структурного подразделения)"
TITLE_CAPTION = "(название лин-проекта)"
