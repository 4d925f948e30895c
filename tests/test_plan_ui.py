"""The body's tab «План мероприятий», driven as a secretary drives it: choose the plan and the
year, read the tree's texts and colours, filter it, enter a quarter's reports and see the
statuses change and the list of who has not reported shrink; change a measure, the
executors, delete the plan; the chart; the start page's section of reports owed."""

from __future__ import annotations

from datetime import date

import pytest
from plan_ui_fixtures import TODAY, belovo_plan, make_belovo
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select
from typing_helpers import type_text

from desktop_app.domain.plan import PlanData, PlanItemData, UnitData
from desktop_app.domain.plan_target import TargetStatus
from desktop_app.store import plans as store
from desktop_app.store.models import PlanItem, PlanReport
from desktop_app.views.plan_model import (
    ITEM_ID_ROLE,
    STATUS_BACKGROUNDS,
    STATUS_COLOURS,
    STATUS_ROLE,
    PlanTreeModel,
)
from desktop_app.views.plan_page import PlanPage
from desktop_app.views.today_page import TodayPage

M = PlanTreeModel


# ----- helpers ------------------------------------------------------------------------------
@pytest.fixture
def belovo(database, monkeypatch) -> dict:
    monkeypatch.setattr(PlanPage, "today", lambda self: TODAY)
    monkeypatch.setattr(TodayPage, "today", lambda self: TODAY)
    with database.session() as session:
        return make_belovo(session)


@pytest.fixture
def plan_window(window, belovo):
    """The main window on the body's plan tab."""
    window.refresh_bodies(belovo["body"])
    window.tabs.setCurrentWidget(window.plan_page)
    QApplication.processEvents()
    return window


def text(model, row: int, column: int, parent: QModelIndex | None = None) -> str:
    return model.index(row, column, parent or QModelIndex()).data() or ""


def top_numbers(model) -> list[str]:
    return [text(model, row, M.NUMBER) for row in range(model.rowCount())]


def item_index(model, number: str) -> QModelIndex:
    for row in range(model.rowCount()):
        if text(model, row, M.NUMBER) == number:
            return model.index(row, 0)
    raise LookupError(number)


def executor_row(model, number: str, label: str) -> tuple[int, QModelIndex]:
    parent = item_index(model, number)
    for row in range(model.rowCount(parent)):
        if text(model, row, M.NAME, parent) == label:
            return row, parent
    raise LookupError(f"{number} {label}")


def executor_cell(model, number: str, label: str, column: int) -> QModelIndex:
    row, parent = executor_row(model, number, label)
    return model.index(row, column, parent)


def open_dialog(parent, name: str) -> QDialog:
    QApplication.processEvents()
    found = [d for d in parent.findChildren(QDialog, name) if d.isVisible()]
    assert found, name
    return found[-1]


def answer_yes() -> None:
    QApplication.processEvents()
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "question_box" and w.isVisible()
    )
    box.button(QMessageBox.StandardButton.Yes).click()


def type_into_cell(qtbot, table, row: int, column: int, value: str) -> None:
    """Double-click the cell, type, press Enter — as the user does."""
    qtbot.waitUntil(table.isVisible)
    item = table.item(row, column)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, (row, column, table.state())
    editor = editors[0]
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, value)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.item(row, column).text() == value, [
        (r, c, table.item(r, c).text())
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c).text() == value
    ]


def report_row(dialog, number: str) -> int:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, dialog.NUMBER).text() == number:
            return row
    raise LookupError(number)


def stored_reports(database, item_id: int, unit_id: int) -> dict[int, PlanReport]:
    with database.session() as session:
        rows = session.scalars(
            select(PlanReport).where(PlanReport.item_id == item_id, PlanReport.unit_id == unit_id)
        ).all()
        session.expunge_all()
    return {row.quarter: row for row in rows}


# ----- the tab ------------------------------------------------------------------------------
def test_the_tab_shows_the_plan_of_the_current_year(plan_window, belovo):
    page = plan_window.plan_page
    assert plan_window.tabs.tabText(plan_window.tabs.currentIndex()) == "План мероприятий"
    assert page.plan_combo.count() == 1
    assert page.plan_combo.currentText().startswith(
        "2022–2024 · План мероприятий, направленных на внедрение"
    )
    years = [page.year_combo.itemText(i) for i in range(page.year_combo.count())]
    assert years == ["2022", "2023", "2024"]
    assert page.year_combo.currentText() == "2024"  # today is in 2024
    # 1.2 failed (five units did not send by 01.06), 1.3 behind, 1.5 behind (no project to
    # take a share of), 2.1 behind (nobody trained), 2.4 behind (no reports), 3.2 on track
    # (2 of 4 after two quarters), 3.4 behind (nothing yet).
    assert page.summary_label.text() == (
        "Мероприятий с показателем на 2024 год: 7. Выполнено: 0, в срок: 1, "
        "отставание: 5, не выполнено: 1."
    )
    model = page.model
    assert top_numbers(model) == [
        "1",
        "1.1",
        "1.2",
        "1.3",
        "1.5",
        "2",
        "2.1",
        "2.4",
        "3",
        "3.2",
        "3.4",
    ]
    section = item_index(model, "1")
    assert section.siblingAtColumn(M.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert model.rowCount(section) == 0
    # 1.1 has a target in 2022 only: no executors' lines, said so
    no_target = item_index(model, "1.1")
    assert model.rowCount(no_target) == 0
    assert no_target.siblingAtColumn(M.STATUS).data() == "нет показателя"


def test_the_tree_reads_like_the_plan_with_statuses_in_colour(plan_window, belovo):
    model = plan_window.plan_page.model
    measure = item_index(model, "1.3")
    assert measure.siblingAtColumn(M.NAME).data() == (
        "Предоставление и реализация предложений по улучшению"
    )
    assert measure.siblingAtColumn(M.TARGET).data() == "Не менее 4 в год"
    assert [measure.siblingAtColumn(c).data() for c in (M.Q1, M.Q2, M.Q3, M.Q4)] == [
        "3",
        "3",
        "",
        "",
    ]
    assert measure.siblingAtColumn(M.TO_DATE).data() == "6"
    assert measure.siblingAtColumn(M.STATUS).data() == "отставание"
    labels = [text(model, row, M.NAME, measure) for row in range(model.rowCount(measure))]
    assert labels == ["УЭР", "УО", "КСЗН", "ОИТ", "ИМЦ", "СНД"]

    on_track = executor_cell(model, "1.3", "УЭР", M.STATUS)
    assert on_track.data() == "в срок"
    assert on_track.data(STATUS_ROLE) == TargetStatus.ON_TRACK
    assert on_track.data(Qt.ItemDataRole.ForegroundRole) is None  # neutral
    assert executor_cell(model, "1.3", "УЭР", M.TARGET).data() == "Не менее 4 в год"
    assert executor_cell(model, "1.3", "УЭР", M.TO_DATE).data() == "2"
    behind = executor_cell(model, "1.3", "КСЗН", M.STATUS)
    assert behind.data() == "отставание"
    assert (
        behind.data(Qt.ItemDataRole.ForegroundRole).color() == STATUS_COLOURS[TargetStatus.BEHIND]
    )
    assert (
        behind.data(Qt.ItemDataRole.BackgroundRole).color()
        == STATUS_BACKGROUNDS[TargetStatus.BEHIND]
    )
    # СНД has not reported: a dash in each quarter that is over, said so in the tooltip
    missing = executor_cell(model, "1.3", "СНД", M.Q1)
    assert missing.data() == "—"
    assert missing.data(Qt.ItemDataRole.ToolTipRole) == "Нет отчета за квартал"
    assert executor_cell(model, "1.3", "СНД", M.Q3).data() == ""  # not over yet
    # the report's words in the tooltips
    assert executor_cell(model, "1.3", "УО", M.Q2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Подано предложение по улучшению процесса приема документов, 2 кв. (УО)"
    )
    assert "II квартал: Подано предложение" in executor_cell(model, "1.3", "УО", M.NAME).data(
        Qt.ItemDataRole.ToolTipRole
    )

    done = executor_cell(model, "1.2", "УО", M.STATUS)
    assert done.data() == "выполнено"
    assert done.data(Qt.ItemDataRole.ForegroundRole).color() == STATUS_COLOURS[TargetStatus.DONE]
    assert executor_cell(model, "1.2", "УО", M.TO_DATE).data() == "20.05.2024"
    assert executor_cell(model, "1.2", "УО", M.Q2).data() == "✓"
    failed = item_index(model, "1.2").siblingAtColumn(M.STATUS)
    assert failed.data() == "не выполнено"
    assert (
        failed.data(Qt.ItemDataRole.ForegroundRole).color() == STATUS_COLOURS[TargetStatus.FAILED]
    )
    # an exact count for the executors together: judged on the item, not per executor
    assert item_index(model, "3.2").siblingAtColumn(M.STATUS).data() == "в срок"
    assert executor_cell(model, "3.2", "УЭР", M.STATUS).data() == ""
    # counted from a registry: no dashes for missing reports, the registry in the tooltip
    assert executor_cell(model, "2.1", "УО", M.Q1).data() == ""
    assert "обученные сотрудники (внешнее обучение)" in item_index(model, "2.1").siblingAtColumn(
        M.TARGET
    ).data(Qt.ItemDataRole.ToolTipRole)
    # the measures that need attention are open, the one on track is closed
    tree = plan_window.plan_page.tree
    assert tree.isExpanded(item_index(model, "1.3"))
    assert not tree.isExpanded(item_index(model, "3.2"))


def test_another_year_and_the_filter(plan_window, belovo):
    page = plan_window.plan_page
    model = page.model
    page.year_combo.setCurrentIndex(page.year_combo.findText("2022"))
    page.year_combo.activated.emit(page.year_combo.currentIndex())
    assert item_index(model, "1.3").siblingAtColumn(M.TARGET).data() == "Не менее 2 в год"
    assert item_index(model, "1.1").siblingAtColumn(M.TARGET).data() == "постоянно"
    # 2022 is over: nothing was reported, so every measure failed
    assert page.summary_label.text() == (
        "Мероприятий с показателем на 2022 год: 7. Выполнено: 0, в срок: 0, "
        "отставание: 0, не выполнено: 7."
    )
    page.year_combo.setCurrentIndex(page.year_combo.findText("2024"))
    page.year_combo.activated.emit(page.year_combo.currentIndex())

    combo = page.filter_combo
    combo.setCurrentIndex(combo.findText("только отставание и невыполнение"))
    combo.activated.emit(combo.currentIndex())
    assert top_numbers(model) == ["1", "1.2", "1.3", "1.5", "2", "2.1", "2.4", "3", "3.4"]
    combo.setCurrentIndex(combo.findText("УО"))
    combo.activated.emit(combo.currentIndex())
    assert "3.2" not in top_numbers(model)  # УЭР alone
    assert "1.3" in top_numbers(model)
    index = item_index(model, "1.3")
    assert [text(model, r, M.NAME, index) for r in range(model.rowCount(index))] == ["УО"]
    assert page.tree.isExpanded(index)
    combo.setCurrentIndex(combo.findText("все мероприятия"))
    combo.activated.emit(combo.currentIndex())
    assert "3.2" in top_numbers(model)


# ----- the reports of a quarter -----------------------------------------------------------
def test_entering_a_quarters_reports(qtbot, plan_window, belovo, database):
    page = plan_window.plan_page
    qtbot.mouseClick(page.reports_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, "quarter_reports_dialog")
    assert dialog.quarter_combo.currentText().startswith("II квартал 2024")
    assert dialog.due_label.text() == (
        "Отчеты за II квартал 2024 г. представляются до 05.07.2024. Срок прошел."
    )
    missing = [dialog.missing_list.item(r).text() for r in range(dialog.missing_list.count())]
    assert missing == [
        "УЭР — мероприятий: 3",  # 1.2, 2.4 and 3.4
        "КСЗН — мероприятий: 1",  # 1.2
        "ОИТ — мероприятий: 2",
        "ИМЦ — мероприятий: 2",
        "СНД — мероприятий: 2",
        "ЦКК — мероприятий: 1",  # 2.4
    ]
    assert dialog.missing_title.text() == "⚠ Не отчитались за II квартал (6), срок — 05.07.2024:"

    # КСЗН is chosen from the list of those who owe a report
    kszn = dialog.missing_list.item(1)
    qtbot.mouseClick(
        dialog.missing_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.missing_list.visualItemRect(kszn).center(),
    )
    assert dialog.unit_combo.currentText() == (
        "Комитет социальной защиты населения Беловского городского округа"
    )
    numbers = [dialog.table.item(r, dialog.NUMBER).text() for r in range(dialog.table.rowCount())]
    assert numbers == ["1.2", "1.3", "1.5", "2.1"]
    row = report_row(dialog, "1.3")
    assert dialog.table.item(row, dialog.FACT).text() == "0"
    # a registry's measure: its fact is not typed
    registry_row = report_row(dialog, "2.1")
    assert not dialog.table.item(registry_row, dialog.FACT).flags() & Qt.ItemFlag.ItemIsEditable

    # a wrong number changes nothing and says where
    type_into_cell(qtbot, dialog.table, row, dialog.FACT, "два")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Пункт 1.3: Факт: ожидается число"
    unit, item_13 = belovo["units"]["КСЗН"], belovo["items"]["1.3"]
    assert stored_reports(database, item_13, unit)[2].fact == 0

    type_into_cell(qtbot, dialog.table, row, dialog.FACT, "2")
    type_into_cell(
        qtbot, dialog.table, row, dialog.TEXT, "Внедрено предложение «Электронная очередь»"
    )
    done_row = report_row(dialog, "1.2")
    type_into_cell(qtbot, dialog.table, done_row, dialog.DONE, "15.05.2024")
    type_into_cell(qtbot, dialog.table, done_row, dialog.TEXT, "Предложения направлены в УЭР")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible()

    # stored …
    report = stored_reports(database, item_13, unit)[2]
    assert (report.fact, report.text) == (2, "Внедрено предложение «Электронная очередь»")
    assert report.reported_on == TODAY
    assert stored_reports(database, belovo["items"]["1.2"], unit)[2].done_on == date(2024, 5, 15)
    # … КСЗН has left the list of those who owe …
    missing = [dialog.missing_list.item(r).text() for r in range(dialog.missing_list.count())]
    assert len(missing) == 5 and not any(line.startswith("КСЗН") for line in missing)
    # … and the tab shows the new statuses
    model = page.model
    assert executor_cell(model, "1.3", "КСЗН", M.STATUS).data() == "в срок"
    assert executor_cell(model, "1.3", "КСЗН", M.Q2).data() == "2"
    assert executor_cell(model, "1.2", "КСЗН", M.STATUS).data() == "выполнено"
    assert executor_cell(model, "1.3", "КСЗН", M.Q2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Внедрено предложение «Электронная очередь»"
    )

    # clearing a report deletes it
    type_into_cell(qtbot, dialog.table, row, dialog.FACT, "")
    type_into_cell(qtbot, dialog.table, row, dialog.TEXT, "")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert 2 not in stored_reports(database, item_13, unit)
    assert 1 in stored_reports(database, item_13, unit)
    assert executor_cell(model, "1.3", "КСЗН", M.Q2).data() == "—"

    # another quarter: the I quarter's reports of КСЗН
    dialog.quarter_combo.setCurrentIndex(0)
    dialog.quarter_combo.activated.emit(0)
    assert dialog.quarter == 1
    assert dialog.table.item(report_row(dialog, "1.3"), dialog.FACT).text() == "0"
    dialog.done(0)


def test_switching_executor_saves_what_was_typed(qtbot, plan_window, belovo, database):
    page = plan_window.plan_page
    dialog = page.open_reports(2, belovo["units"]["СНД"])
    row = report_row(dialog, "1.3")
    type_into_cell(qtbot, dialog.table, row, dialog.FACT, "1")
    dialog.choose_unit(belovo["units"]["УО"])
    assert dialog.unit_combo.currentData() == belovo["units"]["УО"]
    assert stored_reports(database, belovo["items"]["1.3"], belovo["units"]["СНД"])[2].fact == 1
    dialog.done(0)


def test_a_double_click_on_an_executor_opens_its_reports(qtbot, plan_window, belovo):
    page = plan_window.plan_page
    index = executor_cell(page.model, "1.3", "ИМЦ", M.NAME)
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(page, "quarter_reports_dialog")
    assert dialog.unit_id == belovo["units"]["ИМЦ"]
    assert dialog.quarter == 2  # the quarter being collected on 15.08.2024
    dialog.done(0)


# ----- the plan's commands -----------------------------------------------------------------
def test_editing_a_measure(plan_window, belovo, database):
    page = plan_window.plan_page
    page.tree.setCurrentIndex(item_index(page.model, "3.4"))
    dialog = page.edit_item()
    assert dialog.name_edit.toPlainText().startswith("Проведение муниципального конкурса")
    assert dialog.target_edits[2022].text() == ""
    dialog.target_edits[2024].setText("Не менее 2 в год")
    dialog.target_edits[2022].setText("как получится")
    dialog.ok_button().click()
    assert dialog.isVisible()  # a target the program does not understand
    assert "2022 год" in dialog.error_label.text()
    dialog.target_edits[2022].clear()
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert item_index(page.model, "3.4").siblingAtColumn(M.TARGET).data() == "Не менее 2 в год"
    with database.session() as session:
        data = store.plan_data(session, belovo["plan"])
    assert next(i for i in data.items if i.number == "3.4").targets == {
        2023: "1",
        2024: "Не менее 2 в год",
    }


def test_editing_a_measure_keeps_its_reports(plan_window, belovo, database):
    page = plan_window.plan_page
    page.tree.setCurrentIndex(item_index(page.model, "1.3"))
    dialog = page.edit_item()
    dialog.target_edits[2024].setText("Не менее 3 в год")
    dialog.ok_button().click()
    assert executor_cell(page.model, "1.3", "УЭР", M.TO_DATE).data() == "2"


def test_the_executors_of_the_body(qtbot, plan_window, belovo, database):
    page = plan_window.plan_page
    dialog = page.edit_units()
    assert dialog.table.rowCount() == 7
    assert dialog.table.item(3, dialog.SHORT).text() == "ОИТ"
    assert dialog.table.item(3, dialog.JOINED).text() == "01.07.2023"
    qtbot.mouseClick(dialog.findChild(QPushButton, "add_unit_button"), Qt.MouseButton.LeftButton)
    unit = open_dialog(dialog, "unit_dialog")
    type_text(unit.name_edit, "Отдел архитектуры")
    type_text(unit.short_edit, "ОА")
    unit.left_check.setChecked(True)
    unit.joined_check.setChecked(True)
    unit.joined_edit.setDate(unit.joined_edit.date().addDays(10))
    unit.ok_button().click()
    assert unit.isVisible()
    assert unit.error_label.text() == "Выбыл: исполнитель не может выбыть раньше, чем включен"
    unit.left_check.setChecked(False)
    unit.ok_button().click()
    assert not unit.isVisible()
    assert dialog.table.rowCount() == 8
    assert dialog.table.item(7, dialog.NAME).text() == "Отдел архитектуры"
    # a new executor of no measure is not in the filter; deleting it asks first
    dialog.table.selectRow(7)
    dialog.delete_unit()
    answer_yes()
    assert dialog.table.rowCount() == 7
    with database.session() as session:
        assert len(store.units(session, belovo["body"])) == 7
    dialog.accept()


def test_deleting_the_plan(plan_window, belovo, database):
    page = plan_window.plan_page
    page.delete_plan()
    answer_yes()
    with database.session() as session:
        assert store.plans(session, belovo["body"]) == []
    assert page.plan_combo.count() == 0
    assert page.empty_box.isVisible()
    assert page.empty_label.text().startswith("У органа пока нет плана мероприятий")
    assert not page.reports_button.isEnabled()


def test_the_plan_goes_to_excel_and_back(plan_window, belovo, database, tmp_path, monkeypatch):
    from desktop_app.views import plan_import

    page = plan_window.plan_page
    menu = page.plan_button.menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == [
        "&Изменить пункт…",
        "Ис&тория отчетов по пункту…",
        "Исп&олнители…",
        "&Импорт плана из Excel…",
        "&Сохранить план в Excel…",
        "&Шаблон плана (Excel)…",
        "&Удалить план…",
    ]
    target = tmp_path / "план.xlsx"
    monkeypatch.setattr(plan_import, "ask_save_path", lambda *args, **kwargs: target)
    page.export_action.trigger()
    assert target.exists()
    with database.session() as session:
        before = store.plan_data(session, belovo["plan"])
    page.delete_plan()
    answer_yes()
    monkeypatch.setattr(
        plan_import.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "")),
    )
    page.import_action.trigger()
    assert page.plan_combo.count() == 1
    assert top_numbers(page.model)[:4] == ["1", "1.1", "1.2", "1.3"]
    with database.session() as session:
        (plan,) = store.plans(session, belovo["body"])
        assert store.plan_data(session, plan.id).items == before.items


def test_the_documents_of_the_plan(plan_window, belovo, tmp_path, monkeypatch):
    import openpyxl

    from desktop_app.views import document_files

    page = plan_window.plan_page
    menu = page.documents_button.menu()
    assert [action.text() for action in menu.actions()] == [
        "&Аналитическая информация за квартал…",
        "&Отчет о работе за год…",
    ]
    dialog = page.document("plan-note")
    assert dialog.quarter_combo.currentData() == 2
    assert dialog.year_combo.currentText() == "2024"
    dialog.ok_button().click()
    preview = open_dialog(page, "print_preview")
    assert "Аналитическая информация" in preview.windowTitle()
    preview.done(0)

    target = tmp_path / "записка.xlsx"
    monkeypatch.setattr(document_files, "ask_save_path", lambda *args, **kwargs: target)
    dialog = page.document("plan-note")
    dialog.findChild(QPushButton, "document_save_button").click()
    assert target.exists()
    sheet = openpyxl.load_workbook(target).active
    words = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "II квартал 2024" in words or "II кв" in words
    assert "Предоставление и реализация предложений по улучшению" in words

    dialog = page.document("year-report")
    assert dialog.quarter_combo.isHidden()
    dialog.ok_button().click()
    preview = open_dialog(page, "print_preview")
    preview.done(0)


def test_the_registries_tab(plan_window, belovo):
    tabs = plan_window.tabs
    names = [tabs.tabText(index) for index in range(tabs.count())]
    assert names[-2:] == ["План мероприятий", "Реестры"]


# ----- the chart ----------------------------------------------------------------------------
def test_the_chart_of_progress(plan_window, belovo):
    page = plan_window.plan_page
    bars = {bar.label.split()[0]: bar for bar in page.chart.bars}
    assert list(bars) == ["1.3", "1.5", "2.1", "3.2", "3.4"]  # the counted measures
    # 1.3: УЭР, УО, ИМЦ 2 of 4, the other three 0 → a mean of 25 %
    assert bars["1.3"].percent == pytest.approx(25.0)
    assert bars["1.3"].status is TargetStatus.BEHIND
    assert "УЭР: 50\u00a0%" in bars["1.3"].tip
    assert bars["3.2"].percent == pytest.approx(50.0)
    assert page.chart.expected == 50.0  # two quarters of four are over
    page.chart_combo.setCurrentIndex(1)
    page.chart_combo.activated.emit(1)
    labels = [bar.label for bar in page.chart.bars]
    assert labels == ["УЭР", "УО", "КСЗН", "ОИТ", "ИМЦ", "СНД"]
    assert page.chart_title.text().startswith("Выполнение по исполнителям в 2024 году")
    image = page.chart.grab().toImage()
    assert image.width() > 300


# ----- the start page ---------------------------------------------------------------------
def test_the_start_page_lists_who_owes_a_report(qtbot, window, belovo, database):
    window.refresh_bodies(belovo["body"], show=False)
    window.show_today_page()
    page = window.today_page
    section = page.plan_reports
    assert section.title.text() == "<b>Ожидаются отчеты по плану мероприятий (6)</b>"
    tree = section.list
    rows = [
        [tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())
    ]
    assert rows[1] == [
        "⚠ 05.07.2024",
        "II квартал 2024 года",
        "КСЗН",
        "Рабочая группа по бережливому управлению (план)",
    ]
    assert tree.topLevelItem(1).foreground(0).color().name() == "#a40000"
    assert "Мероприятий без отчета: 1" in tree.topLevelItem(1).toolTip(0)
    # a click opens the body's plan on that quarter's reports of that executor
    item = tree.topLevelItem(1)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    assert window.current_page() is window.body_panel
    assert window.tabs.currentWidget() is window.plan_page
    dialog = open_dialog(window.plan_page, "quarter_reports_dialog")
    assert (dialog.quarter, dialog.unit_id) == (2, belovo["units"]["КСЗН"])
    row = report_row(dialog, "1.2")
    dialog.table.item(row, dialog.DONE).setText("28.06.2024")
    assert dialog.save()
    dialog.done(0)
    window.show_today_page()
    assert page.plan_reports.list.topLevelItemCount() == 5


# ----- speed ----------------------------------------------------------------------------------
def test_a_large_plan_shows_every_measure_and_executor(qtbot, window, database, monkeypatch):
    """40 measures × 20 executors with two quarters of reports: every line is there (the
    speed of the tab is a benchmark: benchmarks/plan_figures.py)."""
    from desktop_app.domain.body import BodyFields
    from desktop_app.store.bodies import create_body

    monkeypatch.setattr(PlanPage, "today", lambda self: TODAY)
    names = [f"Отдел № {n} Администрации городского округа" for n in range(1, 21)]
    items = [
        PlanItemData(
            number=f"1.{n}",
            name=f"Мероприятие {n} плана по внедрению бережливого управления",
            executors=tuple(names),
            targets={2024: "Не менее 4 в год" if n % 2 else "ежеквартально"},
        )
        for n in range(1, 41)
    ]
    data = PlanData("План", 2024, 2024, items=tuple(items), units=tuple(map(UnitData, names)))
    with database.session() as session:
        body_id = create_body(session, BodyFields(full_name="рабочая группа", short_name="Г"))
        plan_id = store.create_plan(session, body_id, data)
        item_ids = session.scalars(select(PlanItem.id).where(PlanItem.plan_id == plan_id)).all()
        unit_ids = [unit.id for unit in store.units(session, body_id)]
        session.add_all(
            PlanReport(
                item_id=item_id,
                unit_id=unit_id,
                year=2024,
                quarter=quarter,
                fact=1,
                text="Исполнено",
                reported_on=date(2024, 7, 1),
            )
            for item_id in item_ids
            for unit_id in unit_ids
            for quarter in (1, 2)
        )
    window.refresh_bodies(body_id)
    window.tabs.setCurrentWidget(window.plan_page)
    page = window.plan_page
    page.refresh()
    QApplication.processEvents()
    assert page.model.rowCount() == 40
    assert page.model.rowCount(page.model.index(0, 0)) == 20


def test_belovo_plan_data_is_valid():
    """The tests' plan is one the store accepts (so the tests above test the screens)."""
    from desktop_app.domain.plan import check_plan

    assert check_plan(belovo_plan()) == []
    assert ITEM_ID_ROLE != STATUS_ROLE
