"""A plan of measures to and from Excel (documents.plan_xlsx, views.plan_import, the
`import plan` / `export plan` / `export plan-template` commands).

The example plans (Belovo 2022–2024 of seed 002, Novokuznetsk district 2019–2021 of
seed 003) written to XLSX and imported back equal the example data; a bad workbook is
refused whole with every bad cell named by sheet, row and column, and nothing stored."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop_app.documents.plan_xlsx import (
    EXECUTORS,
    FIRST_ITEM_ROW,
    FIRST_YEAR_COLUMN,
    HEADER_ROW,
    LISTS_SHEET,
    PLAN_SHEET,
    UNITS_SHEET,
    PlanFileError,
    read_plan_xlsx,
    write_plan_template,
    write_plan_xlsx,
)
from desktop_app.domain.plan import PlanData, PlanItemData, Registry, UnitData
from desktop_app.store.example_plans import example_plans
from desktop_app.store.models import ExecutorUnit, Plan, PlanItem

BELOVO = "Рабочая группа по бережливому управлению"
NOVOKUZNETSK = "Рабочая группа по созданию производственно-управленческой системы Кузбасса"


def _plans() -> dict[tuple[str, int], PlanData]:
    return {(body, plan.first_year): plan for body, plan in example_plans()}


@pytest.fixture(scope="module")
def shipped() -> dict[tuple[str, int], PlanData]:
    return _plans()


def _xlsx(plan: PlanData) -> bytes:
    out = io.BytesIO()
    write_plan_xlsx(plan, out)
    return out.getvalue()


def _problems(content: bytes) -> list[str]:
    with pytest.raises(PlanFileError) as caught:
        read_plan_xlsx(io.BytesIO(content))
    return caught.value.problems


def _edit(content: bytes, change) -> bytes:
    """The workbook with ``change(workbook)`` applied, as bytes."""
    workbook = load_workbook(io.BytesIO(content))
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _row_of(plan: PlanData, number: str, occurrence: int = 1) -> int:
    rows = [i for i, item in enumerate(plan.items) if item.number == number]
    return FIRST_ITEM_ROW + rows[occurrence - 1]


# ----- the round trip ------------------------------------------------------------------------
@pytest.mark.parametrize("key", [(BELOVO, 2022), (NOVOKUZNETSK, 2019), (BELOVO, 2025)], ids=str)
def test_example_plans_round_trip_through_xlsx(shipped, key) -> None:
    plan = shipped[key]
    back = read_plan_xlsx(io.BytesIO(_xlsx(plan)))
    assert back == plan
    assert back.items[2].targets == plan.items[2].targets  # not vacuous: real targets
    assert any(item.targets for item in back.items)


def test_stored_plans_exported_and_imported_equal_the_example(database, example_meetings):
    """The example as loaded, exported as the secretary would, then imported into a fresh
    body of another database: the same plan, item for item."""
    from desktop_app.domain.body import BodyFields
    from desktop_app.store.bodies import create_body
    from desktop_app.store.database import Database
    from desktop_app.store.plans import create_plan, plan_data

    with database.session() as session:
        stored = [
            plan_data(session, plan_id)
            for plan_id in session.scalars(select(Plan.id).order_by(Plan.id))
        ]
    assert stored == [plan for _, plan in example_plans()]
    other = Database(database.path.with_name("other.sqlite3"))
    try:
        for number, plan in enumerate(stored, start=1):
            with other.session() as session:
                body_id = create_body(
                    session, BodyFields(full_name="рабочая группа", short_name=f"Группа {number}")
                )
                plan_id = create_plan(session, body_id, read_plan_xlsx(io.BytesIO(_xlsx(plan))))
            with other.session() as session:
                assert plan_data(session, plan_id) == plan
    finally:
        other.close()


def test_the_workbook_as_a_person_sees_it(shipped) -> None:
    plan = shipped[BELOVO, 2022]
    workbook = load_workbook(io.BytesIO(_xlsx(plan)))
    assert workbook.sheetnames == [PLAN_SHEET, UNITS_SHEET, LISTS_SHEET]
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    ws = workbook[PLAN_SHEET]
    assert ws["A1"].value == "Наименование плана:" and ws["B1"].value == plan.title
    assert ws["A2"].value == "Утвержден:"
    assert (
        ws["B2"].value
        == "распоряжением Администрации Беловского городского округа от 18.10.2022 № 41-Р"
    )
    assert (ws["B3"].value, ws["D3"].value) == (2022, 2024)
    headers = [cell.value for cell in ws[HEADER_ROW]]
    assert headers == [
        "№",
        "Наименование мероприятия",
        "Ожидаемый результат",
        "Сроки",
        "Исполнитель (как в плане)",
        "Исполнители (из списка, через «;»)",
        "Реестр (из списка)",
        "2022",
        "2023",
        "2024",
    ]
    row = _row_of(plan, "1.3")
    assert ws.cell(row=row, column=1).value == "1.3"
    assert ws.cell(row=row, column=6).value == "УЭР; УО; КСЗН; ОИТ; УАиГ; ИМЦ; МФЦ; СНД"
    assert ws.cell(row=row, column=7).value == Registry.PROPOSALS.label
    assert [ws.cell(row=row, column=c).value for c in range(8, 11)] == [
        "Не менее 2 в год",
        "Не менее 3 в год",
        "Не менее 4 в год",
    ]
    assert ws.cell(row=FIRST_ITEM_ROW, column=2).font.b  # the section «1» in bold
    rules = [rule for rule in ws.data_validations.dataValidation]
    assert any(LISTS_SHEET in (rule.formula1 or "") for rule in rules)
    units = workbook[UNITS_SHEET]
    assert [c.value for c in units[1]] == [
        "Наименование",
        "Сокращение",
        "Группа",
        "Включен",
        "Выбыл",
    ]
    assert units["B8"].value == "МФЦ" and units["D8"].value.date() == date(2023, 7, 1)
    assert units["D8"].number_format == "DD.MM.YYYY"


def test_text_that_looks_like_a_formula_stays_text() -> None:
    plan = PlanData(
        title='=HYPERLINK("http://example.com","план")',
        first_year=2025,
        last_year=2025,
        items=(PlanItemData("1", "=1+1", executors=("=СУММ",), targets={2025: "постоянно"}),),
        units=(UnitData("=СУММ", "=С"),),
    )
    content = _xlsx(plan)
    ws = load_workbook(io.BytesIO(content))[PLAN_SHEET]
    assert ws["B1"].data_type == "s" and ws.cell(row=FIRST_ITEM_ROW, column=2).data_type == "s"
    assert read_plan_xlsx(io.BytesIO(content)) == plan


def test_numbers_and_per_cents_typed_in_excel_are_read_as_the_plan_words_them(shipped) -> None:
    plan = shipped[BELOVO, 2022]

    def type_numbers(workbook) -> None:
        ws = workbook[PLAN_SHEET]
        ws.cell(row=_row_of(plan, "3.2"), column=FIRST_YEAR_COLUMN + 1).value = 4  # a number
        share = ws.cell(row=_row_of(plan, "1.5"), column=FIRST_YEAR_COLUMN + 2)
        share.value, share.number_format = 0.4, "0%"  # 40 % typed as a per cent
        ws.cell(row=_row_of(plan, "2"), column=1).value = 2  # «2» typed as a number

    back = read_plan_xlsx(io.BytesIO(_edit(_xlsx(plan), type_numbers)))
    assert back == plan


# ----- the template ---------------------------------------------------------------------------
def test_the_template_has_the_columns_and_imports_as_an_empty_plan_error(tmp_path) -> None:
    path = tmp_path / "Шаблон.xlsx"
    write_plan_template(path, 2025)
    ws = load_workbook(path)[PLAN_SHEET]
    assert [ws.cell(row=HEADER_ROW, column=c).value for c in range(8, 11)] == [
        "2025",
        "2026",
        "2027",
    ]
    assert ws.cell(row=HEADER_ROW, column=11).value is None
    with pytest.raises(PlanFileError) as caught:
        read_plan_xlsx(path)
    assert caught.value.problems == [
        "Лист «План», строка 1, столбец «Наименование плана»: не заполнено",
        "Лист «План», строка 6: в плане нет ни одного пункта: заполните строки пунктов "
        "начиная с этой",
    ]


def test_a_filled_in_template_imports() -> None:
    out = io.BytesIO()
    write_plan_template(out, 2025, years=2)

    def fill(workbook) -> None:
        ws = workbook[PLAN_SHEET]
        ws["B1"] = "План мероприятий по бережливому управлению"
        rows = [
            ("1", "Организационные мероприятия"),
            (
                "1.1",
                "Обучение сотрудников",
                "",
                "",
                "",
                "УО; КСЗН",
                Registry.TRAINING.label,
                "Не менее 2 чел",
                "Не менее 3 чел",
            ),
            ("1.2", "Аналитическая информация", "", "ежеквартально", "", "УО", "", "4", "4"),
        ]
        for offset, values in enumerate(rows):
            for column, value in enumerate(values, start=1):
                ws.cell(row=FIRST_ITEM_ROW + offset, column=column).value = value or None
        units = workbook[UNITS_SHEET]
        for column, value in enumerate(
            ("Управление образования", "УО", "Администрация", date(2025, 1, 1)), start=1
        ):
            units.cell(row=2, column=column).value = value
        units["A3"], units["B3"] = "Комитет социальной защиты населения", "КСЗН"

    plan = read_plan_xlsx(io.BytesIO(_edit(out.getvalue(), fill)))
    assert (plan.title, plan.first_year, plan.last_year) == (
        "План мероприятий по бережливому управлению",
        2025,
        2026,
    )
    assert [item.number for item in plan.items] == ["1", "1.1", "1.2"]
    assert plan.items[0].is_section
    assert plan.items[1].executors == (
        "Управление образования",
        "Комитет социальной защиты населения",
    )
    assert plan.items[1].registry is Registry.TRAINING
    assert plan.items[2].targets == {2025: "4", 2026: "4"}
    assert plan.units[0] == UnitData(
        "Управление образования", "УО", "Администрация", date(2025, 1, 1)
    )


# ----- bad files --------------------------------------------------------------------------------
def test_every_bad_cell_is_named_by_sheet_row_and_column(shipped) -> None:
    plan = shipped[BELOVO, 2022]
    r13, r15, r21 = _row_of(plan, "1.3"), _row_of(plan, "1.5"), _row_of(plan, "2.1")
    r31, r34 = _row_of(plan, "3.1"), _row_of(plan, "3.4")

    def spoil(workbook) -> None:
        ws = workbook[PLAN_SHEET]
        ws.cell(row=r13, column=1).value = "1..3"  # a bad number
        ws.cell(row=r13, column=FIRST_YEAR_COLUMN + 1).value = "Не менее трех в год"
        ws.cell(row=r15, column=2).value = None  # no name
        ws.cell(row=r15, column=FIRST_YEAR_COLUMN).value = "4"  # a share needs per cents
        ws.cell(row=r21, column=6).value = "УЭР; Управление культуры"  # not on the list
        ws.cell(row=r31, column=7).value = "реестр заседаний"  # not a registry
        ws.cell(row=r34, column=FIRST_YEAR_COLUMN + 1).value = date(2023, 12, 1)
        units = workbook[UNITS_SHEET]
        units["D3"] = "31.02.2023"  # no such day
        units["A11"], units["B11"] = units["A4"].value, "КСЗН-2"  # the same unit twice
        units["E6"] = date(2021, 1, 1)  # left before it joined

    problems = _problems(_edit(_xlsx(plan), spoil))
    assert problems == [
        "Лист «Исполнители», строка 3, столбец «Включен»: «31.02.2023» — ожидается дата ДД.ММ.ГГГГ",
        "Лист «Исполнители», строка 6, столбец «Выбыл»: исполнитель не может выбыть раньше, "
        "чем включен",
        "Лист «Исполнители», строка 11, столбец «Наименование»: «Комитет социальной защиты "
        "населения Беловского городского округа» уже указан в строке 4",
        f"Лист «План», строка {r13}, столбец «№»: «1..3»: номер пункта пишется как 1, 1.1, 1.1.2",
        f"Лист «План», строка {r13}, столбец «2023»: «Не менее трех в год»: не удалось понять "
        "показатель (ожидается, например, «Не менее 2 в год», «15%», «4», «До 01.12.2022», "
        "«Второй квартал 2019 года», «ежеквартально», «постоянно»)",
        f"Лист «План», строка {r15}, столбец «Наименование мероприятия»: не заполнено "
        "наименование мероприятия",
        f"Лист «План», строка {r15}, столбец «2022»: «4»: доля тиражируемых проектов "
        "задается в процентах",
        f"Лист «План», строка {r21}, столбец «{EXECUTORS}»: исполнителя «Управление "
        "культуры» нет на листе «Исполнители»",
        f"Лист «План», строка {r31}, столбец «Реестр (из списка)»: «реестр заседаний» — "
        "выберите из списка: "
        + ", ".join(f"«{registry.label}»" for registry in Registry)
        + " или оставьте пустым",
        f"Лист «План», строка {r34}, столбец «2023»: дата 01.12.2023 без слов — напишите "
        "показатель, например «До 01.12.2023»",
    ]


def test_a_year_column_outside_the_plan_and_bad_years(shipped) -> None:
    plan = shipped[NOVOKUZNETSK, 2019]

    def spoil(workbook) -> None:
        ws = workbook[PLAN_SHEET]
        ws["B3"] = "две тысячи девятнадцатый"
        ws.cell(row=HEADER_ROW, column=FIRST_YEAR_COLUMN + 3).value = "итого"

    assert _problems(_edit(_xlsx(plan), spoil)) == [
        "Лист «План», строка 3, столбец «Первый год»: «две тысячи девятнадцатый» — ожидается "
        "год из четырех цифр",
        "Лист «План», строка 5, столбец «итого»: ожидается год плана",
    ]

    def extra(workbook) -> None:
        workbook[PLAN_SHEET].cell(row=HEADER_ROW, column=FIRST_YEAR_COLUMN + 3).value = 2030

    assert _problems(_edit(_xlsx(plan), extra)) == [
        "Лист «План», строка 5, столбец «2030»: ожидается год плана от 2019 до 2021"
    ]

    def shift(workbook) -> None:
        workbook[PLAN_SHEET]["D3"] = 2020  # the plan now ends before its 2021 column

    assert _problems(_edit(_xlsx(plan), shift)) == [
        "Лист «План», строка 5, столбец «2021»: ожидается год плана от 2019 до 2020"
    ]


def test_not_a_workbook_and_not_the_template(tmp_path) -> None:
    junk = tmp_path / "план.xlsx"
    junk.write_text("это не книга Excel", encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        read_plan_xlsx(junk)
    assert caught.value.problems[0].startswith("Файл не читается как книга Excel (XLSX)")

    other = Workbook()
    other.active.title = "Лист1"
    out = io.BytesIO()
    other.save(out)
    assert _problems(out.getvalue()) == [
        "В книге нет листа «План»: план загружается из шаблона программы («Шаблон плана (Excel)»)",
        "В книге нет листа «Исполнители»: план загружается из шаблона программы («Шаблон "
        "плана (Excel)»)",
    ]


# ----- the window ---------------------------------------------------------------------------------
def _counts(database) -> tuple[int, int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Plan)),
            session.scalar(select(func.count()).select_from(PlanItem)),
            session.scalar(select(func.count()).select_from(ExecutorUnit)),
        )


def test_import_from_the_window_stores_the_plan(qtbot, database, example_body, tmp_path):
    from PySide6.QtWidgets import QWidget

    from desktop_app.store.plans import plan_data
    from desktop_app.views.plan_import import import_plan

    plan = _plans()[NOVOKUZNETSK, 2019]
    path = tmp_path / "план.xlsx"
    path.write_bytes(_xlsx(plan))
    parent = QWidget()
    qtbot.addWidget(parent)
    plan_id = import_plan(parent, database, example_body, path)
    assert plan_id is not None
    with database.session() as session:
        assert plan_data(session, plan_id) == plan
        stored = session.get(Plan, plan_id)
        assert stored.body_id == example_body


def test_a_bad_file_lists_every_problem_and_changes_nothing(
    qtbot, database, example_body, tmp_path
):
    from PySide6.QtWidgets import QLabel, QListWidget, QWidget

    from desktop_app.views.plan_import import PlanProblemsDialog, import_plan

    plan = _plans()[BELOVO, 2022]

    def spoil(workbook) -> None:
        ws = workbook[PLAN_SHEET]
        ws.cell(row=_row_of(plan, "1.1"), column=FIRST_YEAR_COLUMN).value = "иногда"
        ws.cell(row=_row_of(plan, "1.2", 2), column=2).value = None

    path = tmp_path / "план с ошибками.xlsx"
    path.write_bytes(_edit(_xlsx(plan), spoil))
    before = _counts(database)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_plan(parent, database, example_body, path) is None
    dialog = parent.findChild(PlanProblemsDialog, "plan_problems")
    assert dialog is not None and dialog.isVisible()
    heading = dialog.findChild(QLabel, "plan_problems_heading")
    assert heading.text() == (
        "Файл «план с ошибками.xlsx» не загружен, ошибок: 2. Ничего не изменено: исправьте "
        "файл и загрузите его снова."
    )
    lines = dialog.findChild(QListWidget, "plan_problems_list")
    texts = [lines.item(i).text() for i in range(lines.count())]
    assert texts == [
        f"Лист «План», строка {_row_of(plan, '1.1')}, столбец «2022»: «иногда»: не удалось "
        "понять показатель (ожидается, например, «Не менее 2 в год», «15%», «4», "
        "«До 01.12.2022», «Второй квартал 2019 года», «ежеквартально», «постоянно»)",
        f"Лист «План», строка {_row_of(plan, '1.2', 2)}, столбец «Наименование мероприятия»: "
        "не заполнено наименование мероприятия",
    ]
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "\n".join(texts)
    assert _counts(database) == before


def test_export_and_template_from_the_window(
    qtbot, database, example_meetings, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QWidget

    from desktop_app.views.plan_import import export_plan, save_plan_template

    QSettings().clear()
    parent = QWidget()
    qtbot.addWidget(parent)
    offered = []

    def save_name(parent, caption, name, filters):
        offered.append((caption, Path(name).name, filters))
        return str(tmp_path / Path(name).stem), filters  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with database.session() as session:
        plan_id = session.scalar(select(Plan.id).where(Plan.first_year == 2022))
    assert export_plan(parent, database, plan_id)
    assert save_plan_template(parent)
    assert offered[0][1] == "План мероприятий 2022-2024.xlsx"
    assert offered[0][0] == "Сохранение: План мероприятий"
    assert offered[1][1] == "Шаблон плана мероприятий.xlsx"
    assert "Книга Excel (*.xlsx)" in offered[1][2]
    exported = tmp_path / "План мероприятий 2022-2024.xlsx"
    assert read_plan_xlsx(exported) == _plans()[BELOVO, 2022]
    with pytest.raises(PlanFileError):
        read_plan_xlsx(tmp_path / "Шаблон плана мероприятий.xlsx")


# ----- the command line ---------------------------------------------------------------------------
def _run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COMMISSION_SECRETARY_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_command_line_import_export_and_template(tmp_path, database, example_body):
    db = str(database.path)
    template = tmp_path / "шаблон.xlsx"
    result = _run(
        "export", "plan-template", "--year", "2025", "--out", str(template), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert load_workbook(template)[PLAN_SHEET].cell(row=HEADER_ROW, column=8).value == "2025"

    refused = _run(
        "import", "plan", "--db", db, "--body", BELOVO, "--file", str(template), home=tmp_path
    )
    assert refused.returncode == 1
    assert "ничего не изменено" in refused.stderr
    assert "Лист «План», строка 1, столбец «Наименование плана»: не заполнено" in refused.stderr
    assert _counts(database)[0] == 0

    good = tmp_path / "план.xlsx"
    good.write_bytes(_xlsx(_plans()[BELOVO, 2022]))
    result = _run(
        "import", "plan", "--db", db, "--body", BELOVO, "--file", str(good), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "загружен" in result.stdout and "пунктов 18" in result.stdout
    with database.session() as session:
        plan_id = session.scalar(select(Plan.id))
    out = tmp_path / "выгрузка.xlsx"
    result = _run(
        "export", "plan", "--db", db, "--plan", str(plan_id), "--out", str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert read_plan_xlsx(out) == _plans()[BELOVO, 2022]

    wrong = _run(
        "export",
        "plan",
        "--db",
        db,
        "--plan",
        str(plan_id),
        "--out",
        str(tmp_path / "план.pdf"),
        home=tmp_path,
    )
    assert wrong.returncode == 1 and "укажите файл .xlsx" in wrong.stderr
