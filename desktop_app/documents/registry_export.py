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
from datetime import date
from typing import IO

from desktop_app.documents.formats import DOCX, PDF, XLSX, DocumentKinds, PrintedDocument, Writer
from desktop_app.domain.dates import MONTHS_GENITIVE, format_date
from desktop_app.domain.registries import GoalData, LeanTableData, PassportData, PassportStage

RegistryDocumentData = PassportData | LeanTableData


def _writer(kind: str, suffix: str) -> Writer:
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


KINDS = DocumentKinds(
    "реестров",
    (
        PrintedDocument("passport", "Паспорт лин-проекта", (PDF, DOCX)),
        PrintedDocument("lean-table", "Общие сведения о проводимых лин-проектах", (PDF, XLSX)),
    ),
    {"passport": PassportData, "lean-table": LeanTableData},
    _writer,
)
REGISTRY_DOCUMENTS: dict[str, PrintedDocument] = KINDS.documents


def registry_document(kind: str) -> PrintedDocument:
    """The document of ``kind``; ValueError (a Russian message) for an unknown kind."""
    return KINDS.document(kind)


def registry_document_bytes(kind: str, data: RegistryDocumentData, suffix: str = PDF) -> bytes:
    """The document of ``kind`` in the format of ``suffix``, in memory."""
    return KINDS.document_bytes(kind, data, suffix)


def registry_pdf_bytes(kind: str, data: RegistryDocumentData) -> bytes:
    """The PDF of the document of ``kind``: what the print preview shows."""
    return KINDS.document_bytes(kind, data, PDF)


def write_registry_document(
    kind: str,
    data: RegistryDocumentData,
    target: str | os.PathLike[str] | IO[bytes],
    suffix: str | None = None,
) -> None:
    """Write the document of ``kind`` to a path or a binary stream; the format is the
    path's extension (for a stream, ``suffix`` or PDF). ValueError (a Russian message)
    for an extension the kind has not, before touching the file."""
    KINDS.write(kind, data, target, suffix)


def suggested_file_name(kind: str, data: RegistryDocumentData, suffix: str | None = None) -> str:
    """«Паспорт лин-проекта Организация приема детей в детский сад.pdf», «Общие сведения
    о лин-проектах УО 01.10.2026.xlsx»."""
    if isinstance(data, PassportData):
        name = f"Паспорт лин-проекта {data.title}".replace("«", " ").replace("»", " ")
    else:
        name = f"Общие сведения о лин-проектах {data.unit_name} {format_date(data.as_of)}"
    return KINDS.file_name(kind, data, name, suffix)


# ----- the wording the formats share ----------------------------------------------------------
BLANK_DAY = "«___» __________ ____ г."


def day_words(day: date | None) -> str:
    """«15» ноября 2022 г.; the form's blank when there is no date."""
    if day is None:
        return BLANK_DAY
    return f"«{day.day:02d}» {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


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
