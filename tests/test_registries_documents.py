"""The registries' documents read back: the lean-project passport (PDF, DOCX) with the
«УТВЕРЖДАЮ» block at the right, the table «Общие сведения о проводимых лин-проектах»
(PDF, XLSX) in the order of appendix 1 of seed 003, and both from the command line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from helpers_documents import MM, docx_blocks, pdf_fonts, pdf_text, pdf_text_runs
from registries_fixtures import ensure_registries

from desktop_app.cli import main
from desktop_app.documents.page import MARGIN_LEFT_MM, TEXT_WIDTH_MM
from desktop_app.documents.registry_export import (
    registry_document_bytes,
    suggested_file_name,
    write_registry_document,
)
from desktop_app.domain.plan import LEAN_SECTORS, LEAN_STAGES
from desktop_app.store import registries as r

TODAY = date(2026, 11, 22)
HOUSING = "Сокращение сроков назначения мер социальной поддержки"


@pytest.fixture
def belovo(database, example_body):
    with database.session() as session:
        units = ensure_registries(session, example_body)
        rows = r.lean_projects(session, example_body)
        housing = next(row for row in rows if row.title.startswith(HOUSING))
        passport = r.passport_data(session, housing.id, TODAY)
        table = r.lean_table(session, units["УЭР"], TODAY)
    return example_body, units, housing.id, passport, table


def test_the_passport_pdf_is_the_form_of_appendix_2_filled_in(belovo) -> None:
    *_, passport, _ = belovo
    pdf = registry_document_bytes("passport", passport, ".pdf")
    text = pdf_text(BytesIO(pdf))
    for words in (
        "УТВЕРЖДАЮ",
        "Председатель Комитета социальной защиты населения Беловского городского округа",
        "С.В. Гусарова",
        "ПАСПОРТ ЛИН-ПРОЕКТА",
        "(наименование структурного подразделения)",
        "(название лин-проекта)",
        "Направление деятельности: Социальная сфера; пилотный лин-проект.",
        "Общие данные:",
        "Заказчик: Гусарова Светлана Владимировна",
        "Обоснование:",
        "Цели и эффекты:",
        "Эффекты:",
        "Сроки:",
        "1. Согласование паспорта лин-проекта – «01» марта 2023 г.",
        "9. Закрытие лин-проекта («29» марта 2024 г.)",
        "Статус лин-проекта на 22.11.2026: завершен.",
        "Рекомендован к тиражированию 20.06.2024",
        "Результаты лин-проекта",
        "Было",
        "Стало",
    ):
        assert words in text, words
    for stage in LEAN_STAGES:
        assert f"{stage.number}. {stage.name}" in text
    assert all(pdf_fonts(BytesIO(pdf)).values())  # Cyrillic fonts embedded
    # «УТВЕРЖДАЮ» in the right part of the page, the title centred under it
    runs = pdf_text_runs(BytesIO(pdf), 0)
    approve = next(run for run in runs if run[0].startswith("УТВЕРЖДАЮ"))
    title = next(run for run in runs if run[0].startswith("ПАСПОРТ"))
    block_left = (MARGIN_LEFT_MM + TEXT_WIDTH_MM - 80) * MM
    assert approve[1] == pytest.approx(block_left, abs=2)
    assert approve[2] > title[2]


def test_a_passport_in_preparation_keeps_the_blanks_of_the_form(belovo) -> None:
    *_, passport, _ = belovo
    blank = replace(
        passport,
        customer="",
        customer_position="",
        stages=tuple(replace(stage, start=None, end=None) for stage in passport.stages),
        before_text="",
        after_text="",
        results="",
        recommended_text="",
    )
    text = pdf_text(BytesIO(registry_document_bytes("passport", blank)))
    assert "(должность руководителя заказчика лин-проекта)" in text
    assert "1. Согласование паспорта лин-проекта – «___» __________ ____ г." in text
    assert "Результаты лин-проекта" not in text


def test_the_passport_docx_has_the_approval_at_the_right_and_the_four_parts(belovo) -> None:
    from docx import Document
    from docx.shared import Mm

    *_, passport, _ = belovo
    data = registry_document_bytes("passport", passport, ".docx")
    blocks = docx_blocks(BytesIO(data))
    assert blocks[0] == "УТВЕРЖДАЮ"
    assert "С.В. Гусарова" in blocks[2]
    document = Document(BytesIO(data))
    indent = document.paragraphs[0].paragraph_format.left_indent
    assert abs(indent - Mm(TEXT_WIDTH_MM - 80)) < Mm(1)
    assert "ПАСПОРТ ЛИН-ПРОЕКТА" in blocks
    grid = next(block for block in blocks if block.startswith("Общие данные:"))
    assert "Обоснование: 1. Срок назначения" in grid
    terms = next(block for block in blocks if block.startswith("Цели и эффекты:"))
    assert "Сроки: 1. Согласование паспорта лин-проекта – «01» марта 2023 г." in terms
    goals = document.tables[0].cell(1, 0).tables[0]
    rows = [[cell.text for cell in row.cells] for row in goals.rows]
    assert rows[0] == [
        "Наименование цели, единицы измерения",
        "Текущий показатель",
        "Целевой показатель",
    ]
    assert ["Время ожидания в очереди, мин", "40", "15"] in rows
    assert any(block.startswith("Было | Стало") for block in blocks)
    assert "Наиболее значимые результаты: срок назначения" in " ".join(blocks)


def test_the_lean_table_pdf_lists_the_sectors_of_appendix_1(belovo) -> None:
    *_, table = belovo
    text = pdf_text(BytesIO(registry_document_bytes("lean-table", table)))
    assert text.startswith("Общие сведения о проводимых лин-проектах")
    assert "Управление экономического развития Администрации Беловского городского округа" in text
    assert "по состоянию на «22» ноября 2026 г." in text
    positions = []
    for sector in LEAN_SECTORS:
        label = "Промышленность, всего" if sector == "Промышленность" else sector
        positions.append(text.index(label))
    assert positions == sorted(positions)
    assert text.index("в том числе") < text.index("добыча полезных ископаемых")
    assert "Итого 2 1" in text
    assert "Оценка степени распространения бережливого производства: 55 %." in text
    assert "до 10): 5." in text


def test_the_lean_table_xlsx_has_numbers_and_text_that_never_becomes_a_formula(
    database, belovo
) -> None:
    from openpyxl import load_workbook

    body, units, *_ = belovo
    with database.session() as session:
        project_id = next(
            row.id
            for row in r.lean_projects(session, body)
            if row.title.startswith("Сокращение сроков подготовки ответов на обращения граждан")
            and row.unit_id == units["УЭР"]
        )
        data = r.lean_project_data(session, project_id)
        r.save_lean_project(
            session, body, replace(data, results='=HYPERLINK("http://x","y")'), project_id
        )
        table = r.lean_table(session, units["УЭР"], TODAY)
    sheet = load_workbook(BytesIO(registry_document_bytes("lean-table", table, ".xlsx"))).active
    rows = [row for row in sheet.iter_rows(values_only=True) if any(row)]
    labels = [row[0] for row in rows]
    start = labels.index("Государственное управление")
    assert labels[start : start + 10] == [
        "Государственное управление",
        "Муниципальное управление",
        "Правопорядок",
        "Предпринимательство",
        "Потребительский рынок",
        "Инвестиции",
        "Здравоохранение",
        "Промышленность, всего",
        "в том числе",
        "добыча полезных ископаемых",
    ]
    by_label = {row[0]: row for row in rows}
    assert by_label["Промышленность, всего"][1:3] == (1, 0)
    assert by_label["добыча полезных ископаемых"][1:3] == (1, 0)
    assert by_label["Итого"][1:3] == (2, 1)
    result_cell = next(
        cell
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and "HYPERLINK" in cell.value
    )
    assert result_cell.data_type == "s"
    assert result_cell.row == by_row_of(sheet, "Муниципальное управление")
    assert any(str(label).startswith("Оценка степени распространения") for label in labels)


def by_row_of(sheet, label: str) -> int:
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == label)


def test_a_document_is_saved_in_the_formats_of_its_kind_only(tmp_path, belovo) -> None:
    *_, passport, table = belovo
    assert suggested_file_name("passport", passport).endswith(".pdf")
    assert suggested_file_name("lean-table", table, ".xlsx") == (
        "Общие сведения о лин-проектах Управление экономического развития "
        "Администрации Беловского городского округа 22.11.2026.xlsx"
    )
    with pytest.raises(ValueError, match="PDF|pdf"):
        write_registry_document("passport", passport, tmp_path / "паспорт.xlsx")
    assert not (tmp_path / "паспорт.xlsx").exists()
    write_registry_document("passport", passport, tmp_path / "Паспорт.DOCX")
    assert docx_blocks(tmp_path / "Паспорт.DOCX")[0] == "УТВЕРЖДАЮ"


# ----- the command line -----------------------------------------------------------------------
def test_the_passport_and_the_lean_table_from_the_command_line(
    database, belovo, tmp_path, capsys
) -> None:
    _, _, project_id, *_ = belovo
    passport = tmp_path / "паспорт.docx"
    assert (
        main(
            [
                "export",
                "passport",
                "--db",
                str(database.path),
                "--project",
                str(project_id),
                "--date",
                "22.11.2026",
                "--out",
                str(passport),
            ]
        )
        == 0
    )
    assert "Статус лин-проекта на 22.11.2026: завершен." in docx_blocks(passport)
    table = tmp_path / "сведения.pdf"
    assert (
        main(
            [
                "export",
                "lean-table",
                "--db",
                str(database.path),
                "--unit",
                "уэр",
                "--body",
                "Рабочая группа по бережливому управлению",
                "--date",
                "01.01.2024",
                "--out",
                str(table),
            ]
        )
        == 0
    )
    text = pdf_text(table)
    assert "по состоянию на «01» января 2024 г." in text
    assert "Итого 1 1" in text  # the pilot of 2022 closed in 2023; mining not yet started
    assert "Самооценка по состоянию на 31.12.2023." in text
    assert "записан" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["passport", "--project", "999999", "--out", "p.pdf"], "не найден"),
        (["passport", "--project", "1", "--out", "p.xlsx"], "PDF"),
        (
            ["lean-table", "--unit", "Отдел кадров", "--date", "01.01.2024", "--out", "t.pdf"],
            "Исполнитель «Отдел кадров» не найден",
        ),
        (["lean-table", "--unit", "УО", "--date", "2024-01-01", "--out", "t.pdf"], "ДД.ММ.ГГГГ"),
    ],
)
def test_the_command_line_says_what_is_wrong_in_russian(
    database, belovo, tmp_path, capsys, arguments, words
) -> None:
    kind, *rest = arguments
    out = rest.index("--out") + 1
    rest[out] = str(tmp_path / rest[out])
    code = main(["export", kind, "--db", str(database.path), *rest])
    assert code != 0
    error = capsys.readouterr().err
    assert words.lower() in error.lower()
    assert not (tmp_path / arguments[-1]).exists()
