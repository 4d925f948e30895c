"""Bad input typed into the real dialogs: the roster pasted or loaded from a file (cp1251,
a BOM, a binary file, control characters, duplicate lines), the member and the body
forms, and the executors' quarterly reports on a plan (31.02.2023, «nan», a megabyte).
The user sees a Russian message naming the field or the line, and nothing is stored."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from bad_input_helpers import MEGABYTE, dump
from PySide6.QtWidgets import QApplication, QMessageBox
from test_main_window import click_ok, open_dialog
from typing_helpers import type_text

from desktop_app.domain.body import BodyFields
from desktop_app.store.bodies import create_body
from desktop_app.store.roster import roster_on

ROSTER = (
    "Иванов Иван Иванович – глава округа, председатель рабочей группы;\n"
    "Петрова Анна Сергеевна – заместитель главы, секретарь рабочей группы;\n"
    "Члены рабочей группы:\n"
    "Сидоров Петр Павлович – начальник отдела;\n"
)


@pytest.fixture
def paste(qtbot, window, database):
    with database.session() as session:
        body_id = create_body(
            session, BodyFields(full_name="рабочая группа по проверке", short_name="Проверка")
        )
    window.refresh_bodies(body_id)
    dialog = open_dialog(qtbot, window.paste_roster_action, "paste_roster_dialog")
    yield dialog, body_id
    dialog.reject()


def _question():
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "question_box" and w.isVisible()
        ),
        None,
    )


# ----- the roster from a file -----------------------------------------------------------------
FILES = [
    ("состав.txt", ROSTER.replace("\n", "\r\n").encode("cp1251"), "Windows-1251"),
    ("состав.txt", codecs.BOM_UTF8 + ROSTER.encode(), "UTF-8"),
    ("состав.txt", ROSTER.encode("utf-16"), "UTF-16"),
    (
        "состав.csv",
        "Фамилия;Имя;Отчество;Должность\r\nИванов;Иван;Иванович;глава округа, председатель "
        "рабочей группы\r\nПетрова;Анна;Сергеевна;заместитель главы, секретарь рабочей "
        "группы\r\nСидоров;Петр;Павлович;начальник отдела\r\n".encode("cp1251"),
        "Windows-1251",
    ),
]
NOT_TEXT = [
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "Файл: это архив ZIP (документ Word .docx"),
    (b"%PDF-1.7\n" + bytes(50), "Файл: это документ PDF, а не текст"),
    (bytes(range(256)) * 4, "Файл: не удалось определить кодировку файла"),
    (b"", "Файл: файл пуст"),
    (codecs.BOM_UTF8 + b"  \r\n", "Файл: файл пуст"),
    (b"x" * (3 * 1024 * 1024), "Файл: файл слишком большой для текста"),
]


def test_a_roster_file_in_any_office_encoding_fills_the_table(qtbot, paste, database, tmp_path):
    dialog, body_id = paste
    for name, data, encoding in FILES:
        path = tmp_path / name
        path.write_bytes(data)
        assert dialog.load_file(path)
        assert dialog.file_label.text() == f"Загружено из «{name}» (кодировка {encoding})"
        assert dialog.table.rowCount() == 3
        assert [dialog.table.item(r, 0).text() for r in range(3)] == [
            "Иванов",
            "Петрова",
            "Сидоров",
        ]
        assert dialog.problems_label.text() == "Распознано: 3"
    click_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as session:
        roster = roster_on(session, body_id)
    assert sorted(e.last_name for e in roster) == ["Иванов", "Петрова", "Сидоров"]
    assert {e.last_name: e.role.value for e in roster}["Иванов"] == "chair"


def test_a_file_that_is_not_text_is_refused_and_the_text_kept(qtbot, paste, database, tmp_path):
    dialog, _ = paste
    dialog.text_edit.setPlainText("уже вставленный текст")
    before = dump(database.path)
    for data, message in NOT_TEXT:
        path = tmp_path / "состав.txt"
        path.write_bytes(data)
        assert not dialog.load_file(path)
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text().startswith(message), dialog.error_label.text()
        assert dialog.text_edit.toPlainText() == "уже вставленный текст"
    assert dump(database.path) == before


def test_a_missing_file_is_said_in_russian(paste, tmp_path):
    dialog, _ = paste
    assert not dialog.load_file(tmp_path / "нет такого.txt")
    assert dialog.error_label.text().startswith("Не удалось прочитать файл «нет такого.txt»")


def test_unrecognised_lines_need_a_confirmation_and_no_adds_nothing(qtbot, paste, database):
    dialog, body_id = paste
    dialog.text_edit.setPlainText(
        ROSTER + "Кузнецова Мария Ивановна – специалист\x07 отдела;\n"
        "Сидоров Петр Павлович – начальник отдела;\n"
    )
    dialog.parse()
    assert dialog.table.rowCount() == 3
    assert dialog.problems_label.text().splitlines() == [
        "Строка 5: текст содержит недопустимый управляющий символ U+0007 (знак 38): удалите его",
        "Строка 6: «Сидоров Петр Павлович» уже указан(а) в строке 4",
    ]
    before = dump(database.path)
    click_ok(dialog)
    qtbot.waitUntil(lambda: _question() is not None)
    box = _question()
    assert box.text() == (
        "Некоторые строки текста не распознаны (2), см. список под текстом. Добавить только "
        "распознанных (3)?"
    )
    box.button(QMessageBox.StandardButton.No).click()
    assert dialog.isVisible()
    assert dump(database.path) == before
    click_ok(dialog)
    qtbot.waitUntil(lambda: _question() is not None)
    _question().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as session:
        assert len(roster_on(session, body_id)) == 3


def test_a_bad_cell_typed_into_the_table_names_the_row(qtbot, paste, database):
    dialog, _ = paste
    dialog.text_edit.setPlainText(ROSTER)
    dialog.parse()
    dialog.table.item(1, 3).setText(MEGABYTE)
    before = dump(database.path)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Строка 2, Должность: слишком длинный текст: 1048576 знаков, допустимо не больше 1000"
    )
    dialog.table.item(1, 3).setText('=HYPERLINK("http://x","y")')
    dialog.table.item(2, 0).setText("Сидоров\u202e")
    click_ok(dialog)
    assert dialog.error_label.text().startswith(
        "Строка 3, Фамилия: текст содержит недопустимый управляющий символ U+202E"
    )
    assert dump(database.path) == before


# ----- the member and the body forms ----------------------------------------------------------
MEMBER_INPUT = [
    ("last_name_edit", "Петрова\x1b[31m", "Фамилия: текст содержит недопустимый"),
    ("last_name_edit", '=HYPERLINK("http://x","y")', "Фамилия: допустимы только буквы"),
    ("position_edit", "начальник\u202eотдела", "Должность: текст содержит недопустимый"),
    # a line edit keeps at most 32 767 characters of a pasted megabyte
    ("position_edit", MEGABYTE, "Должность: слишком длинный текст: 32767 знаков"),
    ("email_edit", "anna@", "Эл. почта: адрес должен иметь вид"),
]


def test_bad_member_input_is_named_and_nothing_stored(qtbot, window, database, example_body):
    window.refresh_bodies(example_body)
    dialog = open_dialog(qtbot, window.add_member_action, "member_dialog")
    type_text(dialog.widget("first_name_edit"), "Анна")
    before = dump(database.path)
    for widget, text, message in MEMBER_INPUT:
        for name, good in (
            ("last_name_edit", "Петрова"),
            ("position_edit", ""),
            ("email_edit", ""),
        ):
            dialog.widget(name).setText(good)
        edit = dialog.widget(widget)
        edit.clear()
        if text.isprintable() and len(text) < 100:
            type_text(edit, text)
        else:
            edit.setText(text)  # pasted
        click_ok(dialog)
        assert dialog.isVisible()
        assert dialog.error_label.text().startswith(message), dialog.error_label.text()
    assert dump(database.path) == before
    dialog.reject()


def test_bad_body_input_is_named_and_nothing_stored(qtbot, window, database):
    dialog = open_dialog(qtbot, window.new_body_action, "body_dialog")
    type_text(dialog.widget("full_name_edit"), "межведомственная комиссия")
    dialog.widget("short_name_edit").setText("МВК\x00")
    before = dump(database.path)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith(
        "Краткое наименование: текст содержит недопустимый управляющий символ U+0000"
    )
    dialog.widget("short_name_edit").setText("МВК")
    dialog.widget("genitive_edit").setPlainText("Я" * 2001)
    click_ok(dialog)
    assert dialog.error_label.text() == (
        "Наименование в родительном падеже: слишком длинный текст: 2001 знаков, допустимо не "
        "больше 2000"
    )
    assert dump(database.path) == before
    dialog.reject()


# ----- the quarterly reports on a plan -------------------------------------------------------
@pytest.fixture
def reports_dialog(qtbot, database):
    from plan_document_fixtures import PLAN

    from desktop_app.store import plans
    from desktop_app.views.plan_dialogs import QuarterReportsDialog

    with database.session() as session:
        body_id = create_body(
            session, BodyFields(full_name="рабочая группа по проверке", short_name="Проверка")
        )
        plan_id = plans.create_plan(session, body_id, PLAN)
        unit_id = next(u.id for u in plans.units(session, body_id) if u.short_name == "УЭР")
    dialog = QuarterReportsDialog(database, plan_id, 2024, 3, unit_id, today=date(2024, 10, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog._dirty = False
    dialog.reject()


REPORTS = [
    ("DONE", "31.02.2023", "Исполнено: «31.02.2023» — такой даты нет в календаре"),
    ("DONE", "2024-09-30", "Исполнено: «2024-09-30» — не дата в формате ДД.ММ.ГГГГ"),
    ("DONE", "01.01.2025", "Исполнено: дата исполнения позже конца квартала"),
    ("FACT", "nan", "Факт: ожидается число от 0 до 1 000 000"),
    ("FACT", "inf", "Факт: ожидается число от 0 до 1 000 000"),
    ("FACT", "-1", "Факт: ожидается число от 0 до 1 000 000"),
    ("FACT", "1e400", "Факт: ожидается число от 0 до 1 000 000"),
    ("FACT", "два", "Факт: ожидается число"),
    ("FACT", "=1+2", "Факт: ожидается число"),
    ("TEXT", "Выполнено\x07", "Текст отчета: текст содержит недопустимый управляющий символ"),
    ("TEXT", MEGABYTE, "Текст отчета: слишком длинный текст: 1048576 знаков"),
]


def test_a_bad_report_is_named_and_nothing_stored(reports_dialog, database):
    dialog = reports_dialog
    row = next(r for r, line in enumerate(dialog.lines) if line.registry is None)
    before = dump(database.path)
    for column, text, message in REPORTS:
        for other in (dialog.FACT, dialog.DONE, dialog.TEXT):
            dialog.table.item(row, other).setText("1" if other == dialog.FACT else "")
        dialog.table.item(row, getattr(dialog, column)).setText(text)
        assert not dialog.save()
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text().startswith(
            f"Пункт {dialog.lines[row].number}: {message}"
        ), dialog.error_label.text()[:200]
    assert dump(database.path) == before
    dialog.table.item(row, dialog.TEXT).setText('=HYPERLINK("http://x","y")')
    assert dialog.save()  # a formula is words in a report: stored as typed
    assert dump(database.path) != before
