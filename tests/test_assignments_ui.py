"""The page «Контроль исполнения» driven as a secretary drives it: the decisions of the
signed Belovo protocols on control (all overdue today), filters by status, body, source,
responsible and words (typed in Cyrillic, any case, ё = е) that narrow the list and the
count, overdue lines marked, sorting by a click on a header, a long list fetched in pages,
the commands on one assignment (the dialogs of ``assignment_dialogs``), and the printed
and saved list and reminder holding the filtered lines only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from typing_helpers import type_text

from desktop_app.domain.assignment import AssignmentStatus, StatusFilter
from desktop_app.domain.body import BodyFields
from desktop_app.domain.fields import fold
from desktop_app.store import assignments as store
from desktop_app.store.bodies import create_body
from desktop_app.views.assignment_model import (
    CLOSED_COLOUR,
    ID_ROLE,
    OVERDUE_COLOUR,
    AssignmentTableModel,
)
from desktop_app.views.assignments_page import AssignmentsPage

#: The completion popup of the responsible cannot be raised offscreen; a real screen can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

TODAY = date.today()
M = AssignmentTableModel
# The example (protocols № 1–3 of 2024 signed; reports, extensions, a removal, and two
# instructions of the chair): 13 assignments, 8 executed, 1 taken off control, 4 still on
# control, all of them overdue today.
ON_CONTROL, EXECUTED, REMOVED = 4, 8, 1
ALL = ON_CONTROL + EXECUTED + REMOVED
PROTOCOL_2 = "Протокол № 2 от 20.06.2024"
SITE_TEXT = "Разместить информацию о проведении конкурса"  # protocol № 2, item 3.2: extended
MERZLYAKOVA_TEXT = "Представить предложения по включению в План мероприятий на 2025 год"


# ----- set-up ---------------------------------------------------------------------------------
@pytest.fixture
def make_page(qtbot):
    windows: list[QMainWindow] = []

    def make(database) -> AssignmentsPage:
        QSettings().clear()
        window = QMainWindow()
        qtbot.addWidget(window)
        page = AssignmentsPage()
        window.setCentralWidget(page)
        window.resize(1200, 700)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        page.set_database(database)
        windows.append(window)  # kept alive until the test ends
        return page

    return make


@pytest.fixture
def page(make_page, database, example_meetings):
    """The page on the example: protocols № 1–3 of 2024 signed, their decisions on control."""
    return make_page(database)


def second_body(database) -> int:
    with database.session() as session:
        return create_body(
            session,
            BodyFields(
                full_name="Комиссия по снижению неформальной занятости",
                short_name="Комиссия по неформальной занятости",
                organisation="Администрация Беловского городского округа",
            ),
        )


def add(database, body_id: int, text: str, executors: str, deadline: date | None, **kw) -> int:
    given_on = kw.pop("given_on", min(TODAY, deadline or TODAY) - timedelta(days=30))
    with database.session() as session:
        return store.create_assignment(
            session,
            store.AssignmentFields(
                body_id=body_id,
                text=text,
                executors=executors,
                given_on=given_on,
                deadline=deadline,
                source=kw.pop("source", "поручение председателя"),
                **kw,
            ),
        )


def shown_texts(page: AssignmentsPage) -> list[str]:
    model = page.model
    return [model.index(row, M.TEXT).data() for row in range(model.rowCount())]


def shown_ids(page: AssignmentsPage) -> list[int]:
    model = page.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def choose(combo, text: str) -> None:
    """Pick an item of a combo box by its text, as the user does from its list."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def wait_for_count(qtbot, page: AssignmentsPage, text: str) -> None:
    qtbot.waitUntil(lambda: page.count_label.text() == text, timeout=3000)


def type_and_wait(qtbot, page: AssignmentsPage, edit, text: str) -> None:
    """Type into a filter and wait until the list follows (once, after the typing)."""
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        type_text(edit, text)


def focus_table(qtbot, page: AssignmentsPage) -> None:
    """The keyboard in the table, as after a click into it (a closed dialog may have left
    the window inactive)."""
    page.window().activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)


def erase(qtbot, edit) -> None:
    """Select everything typed and delete it, as the user does."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)


def select_text(page: AssignmentsPage, start: str) -> int:
    for row, text in enumerate(shown_texts(page)):
        if text.startswith(start):
            page.table.selectRow(row)
            return page.model.row(row).id
    raise AssertionError(f"no line starting with {start!r}")


def click_header(qtbot, page: AssignmentsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


# ----- driving modal dialogs -------------------------------------------------------------
def run_modal(action: Callable[[], object], *handlers, timeout: float = 10.0):
    """Run ``action`` (which opens modal dialogs) while each handler, in turn, gets the
    modal widget of its object name and plays the secretary in it."""
    pending = list(handlers)
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    done = False
    limit = time.monotonic() + timeout

    def close_all() -> None:
        for _ in range(10):
            widget = QApplication.activeModalWidget()
            if widget is None:
                return
            widget.reject() if isinstance(widget, QDialog) else widget.close()
            QApplication.processEvents()

    def poll() -> None:
        if done:
            return
        QTimer.singleShot(5, poll)
        if time.monotonic() > limit:
            errors.append(AssertionError(f"timed out waiting for {pending[:1]}"))
            close_all()
            return
        widget = QApplication.activeModalWidget()
        if widget is None or not pending or any(widget is old for old in seen):
            return
        name, handler = pending[0]
        if widget.objectName() != name:
            return
        seen.append(widget)
        pending.pop(0)
        try:
            handler(widget)
        except BaseException as error:  # noqa: BLE001 (raised below)
            errors.append(error)
            close_all()

    QTimer.singleShot(0, poll)
    try:
        result = action()
    finally:
        done = True
    if errors:
        raise errors[0]
    assert not pending, f"never shown: {[name for name, _ in pending]}"
    return result


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def ok(dialog: QDialog) -> None:
    from desktop_app.views.forms import StoreDialog

    assert isinstance(dialog, StoreDialog)
    dialog.ok_button().click()
    assert not dialog.isVisible(), dialog.error_label.text()


# ----- the list -------------------------------------------------------------------------------
def test_the_decisions_on_control_are_listed_all_overdue(page, database):
    with database.session() as session:
        expected = store.list_assignments(session, store.AssignmentQuery(today=TODAY), 0, 100)
        counted = {
            status: store.count_assignments(session, store.AssignmentQuery(TODAY, status))
            for status in StatusFilter
        }
    assert counted[StatusFilter.OPEN] == ON_CONTROL == counted[StatusFilter.OVERDUE]
    assert counted[StatusFilter.EXECUTED] == EXECUTED and counted[StatusFilter.ALL] == ALL
    assert page.model.rowCount() == ON_CONTROL
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    assert page.status_combo.currentText() == "на контроле"
    assert page.body_combo.currentText() == "Все органы"
    assert shown_ids(page) == [row.id for row in expected]
    assert [page.model.index(row, M.SOURCE).data() for row in range(ON_CONTROL)] == [
        "Протокол № 3 от 19.09.2024, п. 1.2",
        "Протокол № 2 от 20.06.2024, п. 3.2",
        "Протокол № 1 от 14.03.2024, п. 1.3",
        "поручение председателя рабочей группы от 16.12.2024",
    ]
    # Sorted by the deadline, the earliest first.
    assert [page.model.index(row, M.DEADLINE).data() for row in range(ON_CONTROL)] == [
        "02.12.2024",
        "20.12.2024 ↻",
        "05.01.2025, ежекв.",
        "14.02.2025",
    ]
    # Everything is overdue today: marked in the status column and written in dark red.
    for row in range(ON_CONTROL):
        assert page.model.index(row, M.STATUS).data() == "⚠ просрочено"
        for column in (M.TEXT, M.DEADLINE, M.STATUS):
            colour = page.model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            assert colour == OVERDUE_COLOUR
    # The example has two bodies: the column «Орган» says which; nothing listed is
    # executed: no column «Исполнено».
    assert not page.table.isColumnHidden(M.BODY)
    assert page.table.isColumnHidden(M.CLOSED)
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    assert headers == [
        "Поручение",
        "Источник",
        "Орган",
        "Ответственные",
        "Срок",
        "Статус",
        "Исполнено",
    ]


def test_a_long_text_is_one_line_with_the_full_text_in_the_tooltip(page, database):
    long_text = "Провести\nзаслушивание руководителей организаций, " + "выплачивающих " * 30
    body = page.body_combo.itemData(1)
    new_id = add(database, body, long_text, "Колесник А.В.", TODAY + timedelta(days=40))
    page.refresh()
    row = page.model.row_of(new_id)
    index = page.model.index(row, M.TEXT)
    assert "\n" not in index.data()
    assert index.data().startswith("Провести заслушивание руководителей")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_text.strip()
    assert page.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert not page.table.wordWrap()


def test_marks_overdue_extended_recurring_and_closed_lines(page, database):
    body = page.body_combo.itemData(1)
    future = add(
        database, body, "Подготовить план на 2027 год", "Романов В.В.", TODAY + timedelta(10)
    )
    choose(page.status_combo, "все")
    model = page.model
    assert model.rowCount() == ALL + 1
    # On control within the deadline: no mark, the usual colour.
    row = model.row_of(future)
    assert model.index(row, M.STATUS).data() == "на контроле"
    assert model.index(row, M.TEXT).data(Qt.ItemDataRole.ForegroundRole) is None
    # Executed: the date in «Исполнено» (the report's), greyed, not red.
    assert not page.table.isColumnHidden(M.CLOSED)
    row = select_text(page, "Сформировать список сотрудников для обучения")
    row = model.row_of(row)
    assert model.index(row, M.STATUS).data() == "исполнено"
    assert model.index(row, M.CLOSED).data() == "28.03.2024"
    assert model.index(row, M.TEXT).data(Qt.ItemDataRole.ForegroundRole) == CLOSED_COLOUR
    # Taken off control: no date in «Исполнено».
    row = model.row_of(select_text(page, "Обеспечить в 2024 году выполнение показателя"))
    assert model.index(row, M.STATUS).data() == "снято с контроля"
    assert model.index(row, M.CLOSED).data() == ""
    # The extended deadlines are marked ↻, with a word on hover.
    extended = [r for r in range(model.rowCount()) if model.row(r).extended]
    assert len(extended) == 3
    for row in extended:
        assert model.index(row, M.DEADLINE).data().endswith(" ↻")
        assert "продлевался" in model.index(row, M.DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    row = model.row_of(select_text(page, SITE_TEXT))
    assert model.index(row, M.DEADLINE).data() == "20.12.2024 ↻"
    # The quarterly report: its next deadline, marked; described in full on hover.
    row = model.row_of(select_text(page, "Исполнителям Плана мероприятий представлять"))
    assert model.index(row, M.DEADLINE).data() == "05.01.2025, ежекв."
    assert (
        model.index(row, M.DEADLINE)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("ежеквартально до 5 числа месяца, следующего за отчетным кварталом")
    )
    # The lead executor is told from the co-executors on hover.
    row = model.row_of(select_text(page, MERZLYAKOVA_TEXT))
    tip = model.index(row, M.EXECUTORS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "Мерзлякова М.П. (ответственный)",
        "управление образования Администрации Беловского городского округа (соисполнитель)",
    ]


def test_status_filters_narrow_the_list_and_the_count(qtbot, page, database):
    body = page.body_combo.itemData(1)
    soon = add(database, body, "Представить отчет о конкурсе", "Романов В.В.", TODAY + timedelta(3))
    later = add(database, body, "Подготовить итоги года", "Романов В.В.", TODAY + timedelta(20))
    done = add(database, body, "Направить паспорта проектов", "Сикова Е.А.", TODAY + timedelta(5))
    gone = add(database, body, "Перенести конкурс на IV квартал", "Сикова Е.А.", TODAY)
    with database.session() as session:
        store.report_execution(session, done, store.ReportFields(TODAY, "Направлены письмом"))
        store.remove_from_control(session, gone, TODAY, "конкурс отменен")
    page.refresh()
    assert page.count_label.text() == f"Поручений: {ON_CONTROL + 2}"
    assert not page.reset_button.isEnabled()

    choose(page.status_combo, "просроченные")
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    assert soon not in shown_ids(page) and later not in shown_ids(page)
    assert page.reset_button.isEnabled()

    choose(page.status_combo, "срок подходит")
    assert page.days_spin.isVisible() and page.days_spin.value() == 7
    assert shown_ids(page) == [soon]
    assert page.count_label.text() == "Поручений: 1"
    page.days_spin.setValue(30)
    assert shown_ids(page) == [soon, later]

    choose(page.status_combo, "исполненные")
    assert not page.days_spin.isVisible()
    assert page.count_label.text() == f"Поручений: {EXECUTED + 1}"
    assert done in shown_ids(page)
    assert {page.model.row(r).status for r in range(EXECUTED + 1)} == {AssignmentStatus.EXECUTED}
    choose(page.status_combo, "снятые с контроля")
    assert page.count_label.text() == f"Поручений: {REMOVED + 1}"
    assert gone in shown_ids(page)
    choose(page.status_combo, "все")
    assert page.count_label.text() == f"Поручений: {ALL + 4}"

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.status_combo.currentText() == "на контроле"
    assert page.count_label.text() == f"Поручений: {ON_CONTROL + 2}"
    assert not page.reset_button.isEnabled()


def test_body_and_source_filters(page, database):
    lean = page.body_combo.itemData(1)
    informal = second_body(database)
    kolesnik = add(
        database,
        informal,
        "Провести заслушивание руководителей организаций с низкой заработной платой",
        "Колесник А.В.",
        TODAY - timedelta(days=2),
    )
    page.hide()
    page.show()  # shown again (e.g. from «Сегодня»): the new body is in the filter
    assert page.body_combo.count() == 4  # «Все органы» and the three bodies
    assert page.count_label.text() == f"Поручений: {ON_CONTROL + 1}"
    row = page.model.row_of(kolesnik)
    assert page.model.index(row, M.BODY).data() == "Комиссия по неформальной занятости"

    choose(page.body_combo, "Комиссия по неформальной занятости")
    assert shown_ids(page) == [kolesnik]
    assert page.table.isColumnHidden(M.BODY)  # one body chosen: no column «Орган»
    assert page.table.isColumnHidden(M.BODY)
    page.source_combo.showPopup()
    assert page.source_combo.count() == 1  # no protocols of the commission
    page.source_combo.hidePopup()
    choose(page.body_combo, "Рабочая группа по бережливому управлению")
    assert page.body_id == lean
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    page.source_combo.showPopup()  # the meetings are listed when the list opens
    assert [page.source_combo.itemText(i) for i in range(page.source_combo.count())] == [
        "Любой источник",
        "Протокол № 3 от 19.09.2024 — Рабочая группа по бережливому управлению",
        f"{PROTOCOL_2} — Рабочая группа по бережливому управлению",
        "Протокол № 1 от 14.03.2024 — Рабочая группа по бережливому управлению",
    ]
    page.source_combo.hidePopup()
    choose(page.source_combo, f"{PROTOCOL_2} — Рабочая группа по бережливому управлению")
    assert page.count_label.text() == "Поручений: 1"
    assert shown_texts(page)[0].startswith(SITE_TEXT)
    choose(page.status_combo, "все")
    assert page.count_label.text() == "Поручений: 4"
    sources = [page.model.index(r, M.SOURCE).data() for r in range(4)]
    assert all(source.startswith(PROTOCOL_2) for source in sources)


def test_typing_a_responsible_filters_any_case_and_yo(qtbot, page, database):
    body = page.body_combo.itemData(1)
    yolkina = add(database, body, "Сверить список наставников", "Ёлкина Т.С.", TODAY)
    page.refresh()
    edit = page.responsible_combo.lineEdit()
    type_and_wait(qtbot, page, edit, "мерзлякова")
    wait_for_count(qtbot, page, "Поручений: 1")
    assert shown_texts(page)[0].startswith(MERZLYAKOVA_TEXT)

    erase(qtbot, edit)
    wait_for_count(qtbot, page, f"Поручений: {ON_CONTROL + 1}")
    type_and_wait(qtbot, page, edit, "ЕЛКИНА")  # typed with е and in capitals: finds Ёлкина
    wait_for_count(qtbot, page, "Поручений: 1")
    assert shown_ids(page) == [yolkina]

    # A unit named in part: the department of information technologies and the education
    # department, both «…Администрации Беловского городского округа».
    erase(qtbot, edit)
    type_and_wait(qtbot, page, edit, "отдел информационных")
    wait_for_count(qtbot, page, "Поручений: 1")
    assert shown_texts(page)[0].startswith(SITE_TEXT)

    # The names to choose from: the completion holds every responsible of the database.
    names = page._names.stringList()
    assert "Мерзлякова М.П." in names and "Ёлкина Т.С." in names


def test_choosing_a_responsible_from_the_list_shows_that_one_only(qtbot, page, database):
    body = page.body_combo.itemData(1)
    add(database, body, "Проверить отчеты территорий", "Романова В.В.", TODAY)
    choose(page.status_combo, "все")
    page.responsible_combo.setFocus()
    page._load_responsibles()
    choose(page.responsible_combo, "Романов В.В.")
    # Not Романова В.В.: the name chosen is one executor's whole name (lead or not).
    assert page.count_label.text() == "Поручений: 2"
    executors = [page.model.row(r).executors for r in range(2)]
    assert all("Романов В.В." in names.split("; ") for names in executors)
    assert any(names.startswith("Кирсанова Е.Ю.") for names in executors)  # a co-executor
    # Typed instead: words of a name, each a prefix, so Романова too.
    erase(qtbot, page.responsible_combo.lineEdit())
    type_and_wait(qtbot, page, page.responsible_combo.lineEdit(), "Романов В.В.")
    wait_for_count(qtbot, page, "Поручений: 3")


def test_search_over_texts_and_reports_any_case_yo_and_prefixes(qtbot, page, database):
    body = page.body_combo.itemData(1)
    tree = add(database, body, "Провести ёлочные мероприятия в учреждениях", "Сикова Е.А.", TODAY)
    page.refresh()
    edit = page.search_edit
    type_and_wait(qtbot, page, edit, "ЕЛОЧНЫЕ")  # capitals, е for ё
    wait_for_count(qtbot, page, "Поручений: 1")
    assert shown_ids(page) == [tree]

    erase(qtbot, edit)
    type_and_wait(
        qtbot, page, edit, "самодиагност"
    )  # a prefix of «самодиагностики»: executed, not listed
    wait_for_count(qtbot, page, "Ничего не найдено: измените отбор или нажмите «Сбросить».")
    choose(page.status_combo, "все")
    assert page.count_label.text() == "Поручений: 1"
    assert shown_texts(page)[0].startswith("По итогам самодиагностики")

    erase(qtbot, edit)
    type_and_wait(qtbot, page, edit, "бережливых проект")  # two words, both required
    wait_for_count(qtbot, page, "Поручений: 4")
    assert all("бережливых проект" in text for text in shown_texts(page))

    # Words of an execution report only: «Семинар … проведен 26.06.2024».
    erase(qtbot, edit)
    type_and_wait(qtbot, page, edit, "СЕМИНАР руководител")
    wait_for_count(qtbot, page, "Поручений: 1")
    assert shown_texts(page)[0].startswith("Организовать внутреннее обучение сотрудников")


def test_search_waits_for_the_typing_to_pause(qtbot, page):
    calls = []
    page.model.modelReset.connect(lambda: calls.append(page.search_edit.text()))
    type_and_wait(qtbot, page, page.search_edit, "к")  # one letter: not a filter yet
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    calls.clear()
    type_text(page.search_edit, "онкурс")
    assert calls == []  # nothing queried while typing
    qtbot.waitUntil(lambda: calls == ["конкурс"], timeout=2000)
    assert page.count_label.text() == "Поручений: 1"
    assert shown_texts(page)[0].startswith(SITE_TEXT)


def test_clicking_the_deadline_header_sorts_by_the_store(qtbot, page, database):
    body = page.body_combo.itemData(1)
    undated = add(
        database,
        body,
        "Обеспечить постоянный мониторинг",
        "Сикова Е.А.",
        None,
        deadline_note="постоянно",
    )
    choose(page.status_combo, "все")
    ascending = shown_ids(page)
    assert len(ascending) == ALL + 1
    assert ascending[-1] == undated  # no deadline: after the dated, the overdue first
    assert page.model.index(0, M.DEADLINE).data() == "29.03.2024"

    click_header(qtbot, page, M.DEADLINE)
    assert page.sort == store.Sort.DEADLINE and page.descending
    descending = shown_ids(page)
    deadlines = [page.model.row(r).deadline for r in range(len(descending) - 1)]
    assert deadlines == sorted(deadlines, reverse=True)
    assert page.model.index(0, M.DEADLINE).data() == "14.02.2025"
    assert descending[-1] == undated

    click_header(qtbot, page, M.DEADLINE)
    assert shown_ids(page) == ascending

    click_header(qtbot, page, M.TEXT)
    with database.session() as session:
        by_text = store.list_assignments(
            session,
            store.AssignmentQuery(today=TODAY, status=StatusFilter.ALL, sort=store.Sort.TEXT),
            0,
            100,
        )
    assert shown_ids(page) == [row.id for row in by_text]
    texts = shown_texts(page)
    assert texts[0].startswith("Завершить") and texts[-1].startswith("Установить")

    # «Ответственные» cannot be sorted by: the order and the indicator stay.
    before = shown_ids(page)
    click_header(qtbot, page, M.EXECUTORS)
    assert shown_ids(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == M.TEXT


def test_a_thousand_assignments_are_fetched_in_pages(qtbot, make_page, database, example_body):
    from sqlalchemy import insert

    from desktop_app.store.models import Assignment, AssignmentExecutor

    count = 1050
    start = date(2025, 1, 1)
    with database.session() as session:
        session.execute(
            insert(Assignment),
            [
                {
                    "id": n,
                    "body_id": example_body,
                    "source": f"поручение председателя № {n}",
                    "text": f"Поручение номер {n}",
                    "given_on": start,
                    "deadline": start + timedelta(days=n),
                    "deadline_note": "",
                    "status": AssignmentStatus.ON_CONTROL.value,
                    "removal_reason": "",
                    "search_text": fold(f"Поручение номер {n}"),
                    "executors_text": "романов в.в.",
                }
                for n in range(1, count + 1)
            ],
        )
        session.execute(
            insert(AssignmentExecutor),
            [
                {
                    "assignment_id": n,
                    "position": 0,
                    "name": "Романов В.В.",
                    "name_key": "романов в.в.",
                    "lead": True,
                }
                for n in range(1, count + 1)
            ],
        )
    page = make_page(database)
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore()
    assert page.count_label.text() == (
        "Показано 200 из 1\u00a0050 (прокрутите вниз, чтобы увидеть остальные)"
    )

    page.table.scrollToBottom()  # the view asks for the next page at the end
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    assert page.count_label.text().startswith("Показано 400 из 1\u00a0050")
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        QApplication.processEvents()
    assert page.model.rowCount() == count
    assert page.count_label.text() == "Поручений: 1\u00a0050"
    assert shown_ids(page) == list(range(1, count + 1))  # by the deadline, no line twice

    # A refresh keeps the chosen line (and as many lines as were shown, up to 1 000).
    page.table.selectRow(700)
    page.refresh()
    assert page.selected_id() == 701
    assert page.model.rowCount() == 1000


def test_the_model_passes_the_model_tester(qtmodeltester, page):
    choose(page.status_combo, "все")
    qtmodeltester.check(page.model)


# ----- the commands on one assignment ---------------------------------------------------------
def test_recording_execution_takes_it_off_the_list(qtbot, page, database):
    site = select_text(page, SITE_TEXT)
    assert page.report_action.isEnabled() and not page.return_action.isEnabled()
    assert not page.delete_action.isEnabled()  # from a protocol: taken off control instead

    def report(dialog):
        type_text(dialog.findChild(QWidget, "report_text_edit"), "Информация размещена на сайте")
        ok(dialog)

    with qtbot.waitSignal(page.changed):
        run_modal(page.report_action.trigger, ("report_dialog", report))
    assert site not in shown_ids(page)
    assert page.count_label.text() == f"Поручений: {ON_CONTROL - 1}"
    with database.session() as session:
        assert store.assignment_detail(session, site).status is AssignmentStatus.EXECUTED

    choose(page.status_combo, "исполненные")
    assert page.count_label.text() == f"Поручений: {EXECUTED + 1}"
    select_text(page, SITE_TEXT)
    assert not page.report_action.isEnabled() and page.return_action.isEnabled()
    with qtbot.waitSignal(page.changed):
        run_modal(page.return_action.trigger, ("question_box", answer_yes))
    assert page.count_label.text() == f"Поручений: {EXECUTED}"
    assert site not in shown_ids(page)


def test_a_cancelled_dialog_changes_nothing(qtbot, page):
    select_text(page, SITE_TEXT)
    before = shown_ids(page)
    with qtbot.assertNotEmitted(page.changed):
        run_modal(page.extend_action.trigger, ("extend_dialog", lambda d: d.reject()))
    assert shown_ids(page) == before


def test_new_assignment_by_ins_and_delete_by_del(qtbot, page, database):
    def fill(dialog):
        type_text(dialog.findChild(QWidget, "text_edit"), "Подготовить доклад о ходе исполнения")
        type_text(dialog.findChild(QWidget, "executors_edit"), "Хмелева К.В.")
        ok(dialog)

    focus_table(qtbot, page)
    with qtbot.waitSignal(page.changed):
        run_modal(
            lambda: qtbot.keyClick(page.table, Qt.Key.Key_Insert), ("assignment_dialog", fill)
        )
    new_row = page.selected_row()
    assert new_row is not None and new_row.text == "Подготовить доклад о ходе исполнения"
    assert page.count_label.text() == f"Поручений: {ON_CONTROL + 1}"
    assert page.delete_action.isEnabled()  # given by hand: may be deleted
    focus_table(qtbot, page)

    with qtbot.waitSignal(page.changed):
        run_modal(
            lambda: qtbot.keyClick(page.table, Qt.Key.Key_Delete), ("question_box", answer_yes)
        )
    assert new_row.id not in shown_ids(page)
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"


def test_enter_opens_the_card_and_its_protocol_button_opens_the_meeting(qtbot, page, database):
    assignment_id = select_text(page, SITE_TEXT)
    with database.session() as session:
        meeting_id = store.assignment_detail(session, assignment_id).meeting_id
    focus_table(qtbot, page)

    def open_protocol(card):
        card.findChild(QWidget, "open_protocol_button").click()

    with qtbot.waitSignal(page.open_meeting) as opened:
        run_modal(
            lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return),
            ("assignment_card", open_protocol),
        )
    assert opened.args == [meeting_id]

    # A double click opens it too (pytest-qt sends only the second click's event: the
    # first is clicked before it, as a real double click does).
    index = page.model.index(page.model.row_of(assignment_id), M.TEXT)
    centre = page.table.visualRect(index).center()

    def double_click() -> None:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    run_modal(double_click, ("assignment_card", lambda card: card.reject()))


def test_show_filter_and_open_assignment_from_elsewhere(qtbot, page, database):
    body = page.body_combo.itemData(1)
    soon = add(
        database, body, "Подготовить итоги конкурса", "Мерзлякова М.П.", TODAY + timedelta(2)
    )
    type_text(page.search_edit, "конкурс")
    page.show_filter(status=StatusFilter.OVERDUE, body_id=None)
    assert page.search_edit.text() == ""  # the other filters are reset
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    page.show_filter(responsible="Мерзлякова М.П.")
    assert page.status_combo.currentText() == "на контроле"
    assert page.responsible_combo.currentText() == "Мерзлякова М.П."
    assert sorted(shown_ids(page)) == sorted([soon, select_text(page, MERZLYAKOVA_TEXT)])
    page.show_filter(status=StatusFilter.DUE_SOON, body_id=body)
    assert page.body_combo.currentText() == "Рабочая группа по бережливому управлению"
    assert shown_ids(page) == [soon]

    run_modal(lambda: page.open_assignment(soon), ("assignment_card", lambda c: c.reject()))
    assert page.selected_id() == soon


def test_a_hidden_page_filtered_from_elsewhere_is_queried_once(qtbot, page):
    page.hide()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(page.status))
    page.show_filter(status=StatusFilter.OVERDUE, body_id=None)
    page.show()  # the main window shows it after setting the filter
    assert resets == [StatusFilter.OVERDUE]
    assert page.count_label.text() == f"Поручений: {ON_CONTROL}"
    page.hide()
    page.show()  # shown again later: the list is queried again (it may have changed)
    assert len(resets) == 2


def test_the_menu_actions_follow_the_chosen_line(page):
    actions = page.actions_for_menu()
    names = [action.objectName() if action else None for action in actions]
    assert names == [
        "new_assignment",
        None,
        "open_assignment",
        "report_execution",
        "extend_deadline",
        "remove_from_control",
        "return_to_control",
        "delete_assignment",
        None,
        "print_assignments",
        "save_assignments",
        "reminder",
    ]
    assert [a.text() for a in actions if a][:3] == [
        "&Новое поручение…",
        "&Открыть",
        "Отметить &исполнение…",
    ]
    page.table.clearSelection()
    assert not page.open_action.isEnabled() and not page.report_action.isEnabled()
    assert page.new_action.isEnabled() and page.print_action.isEnabled()
    page.set_database(None)
    assert page.model.rowCount() == 0
    assert not page.new_action.isEnabled() and not page.print_action.isEnabled()


# ----- documents ------------------------------------------------------------------------------
needs_export = pytest.mark.skipif(
    not (Path(__file__).parents[1] / "desktop_app/documents/assignment_export.py").exists(),
    reason="the document registry (helper «docs») is not there yet",
)


def filter_protocol_2(page) -> list[str]:
    """Every assignment of protocol № 2 (one on control, three executed)."""
    choose(page.status_combo, "все")
    page.source_combo.showPopup()
    page.source_combo.hidePopup()
    choose(page.source_combo, f"{PROTOCOL_2} — Рабочая группа по бережливому управлению")
    assert page.count_label.text() == "Поручений: 4"
    return [page.model.row(r).text for r in range(4)]


def other_texts(database, shown: list[str]) -> list[str]:
    with database.session() as session:
        rows = store.list_assignments(
            session, store.AssignmentQuery(today=TODAY, status=StatusFilter.ALL), 0, 100
        )
    return [row.text for row in rows if row.text not in shown]


@needs_export
def test_printing_the_list_shows_the_filtered_lines_only(qtbot, page, database):
    from helpers_documents import normalise, pdf_text

    from desktop_app.views.print_preview import PrintPreviewDialog

    shown = filter_protocol_2(page)
    page.print_action.trigger()
    preview = page.findChild(PrintPreviewDialog)
    assert preview is not None and preview.isVisible()
    import io

    text = pdf_text(io.BytesIO(preview.pdf))
    assert "Перечень поручений по состоянию на" in text  # «все»: the title says no status
    assert "Источник: протокол № 2 от 20.06.2024" in text
    assert "Отбор: все" not in text
    for line in shown:
        assert normalise(line)[:60] in text
    for line in other_texts(database, shown):
        assert normalise(line)[:60] not in text
    preview.reject()


@needs_export
@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_saving_the_list_writes_the_filtered_lines_only(
    page, database, tmp_path, monkeypatch, suffix
):
    from helpers_documents import normalise, pdf_text

    shown = filter_protocol_2(page)
    target = tmp_path / f"перечень{suffix}"
    asked = []

    def save_name(parent, caption, name, filters):
        asked.append((caption, name, filters))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.save_action.trigger()
    assert asked and "PDF" in asked[0][2] and "Excel" in asked[0][2]
    assert target.exists()
    if suffix == ".pdf":
        text = pdf_text(target)
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(target).active
        text = normalise(
            " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
        )
    for line in shown:
        assert normalise(line)[:60] in text
    for line in other_texts(database, shown):
        assert normalise(line)[:60] not in text


@needs_export
def test_reminder_to_the_responsible_of_the_chosen_line(
    qtbot, page, database, tmp_path, monkeypatch
):
    from helpers_documents import pdf_text

    from desktop_app.views.print_preview import PrintPreviewDialog

    select_text(page, MERZLYAKOVA_TEXT)
    dialog = page.reminder()
    assert dialog.name_combo.currentText() == "Мерзлякова М.П."
    assert dialog.reply_edit.date().toPython() == TODAY + timedelta(days=7)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    preview = page.findChild(PrintPreviewDialog)
    import io

    text = pdf_text(io.BytesIO(preview.pdf))
    assert MERZLYAKOVA_TEXT in text
    assert SITE_TEXT not in text  # another responsible's assignment
    preview.reject()

    # Nobody of that name: the dialog says so and stays open.
    dialog = page.reminder()
    dialog.name_combo.setEditText("Петров П.П.")
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Ответственный: у ответственного «Петров П.П.» нет поручений на контроле"
    )
    dialog.reject()

    # Saved as Word.
    target = tmp_path / "напоминание.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = page.reminder()
    dialog.save_button.click()
    assert target.exists()
    from docx import Document

    body = " ".join(p.text for p in Document(str(target)).paragraphs)
    body += " ".join(c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells)
    assert MERZLYAKOVA_TEXT in body
