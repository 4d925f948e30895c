"""The main window driven as a secretary drives it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from typing_helpers import type_text

from desktop_app.store.roster import roster_on
from desktop_app.views.forms import to_qdate


def open_dialog(qtbot, action, name: str) -> QDialog:
    action.trigger()
    dialog = None

    def shown():
        nonlocal dialog
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
            None,
        )
        assert dialog is not None

    qtbot.waitUntil(shown)
    return dialog


def click_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def visible_names(window) -> list[str]:
    proxy = window.roster_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_empty_database_offers_the_example(qtbot, window, database):
    assert window.stack.currentIndex() == 0
    qtbot.mouseClick(window.example_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1
    # Belovo's working group (chosen) and Novokuznetsk's, the body of the second plan
    assert window.body_list.count() == 2
    names = visible_names(window)
    assert len(names) == 23
    assert names[0] == "Хмелева Ксения Владимировна"
    assert "41-р" in window.body_title.text()
    assert window.count_label.text() == "Членов: 23"
    assert window.warning_label.isHidden()


def test_add_member_as_a_user(qtbot, window, database, example_body):
    window.refresh_bodies(example_body)
    dialog = open_dialog(qtbot, window.add_member_action, "member_dialog")
    type_text(dialog.widget("last_name_edit"), "Петрова")
    type_text(dialog.widget("first_name_edit"), "Анна")
    type_text(dialog.widget("middle_name_edit"), "Сергеевна")
    type_text(dialog.widget("position_edit"), "начальник отдела кадров")
    assert dialog.widget("accusative_edit").placeholderText() == "Петрову Анну Сергеевну"
    click_ok(dialog)
    assert not dialog.isVisible()
    assert "Петрова Анна Сергеевна" in visible_names(window)
    with database.session() as session:
        stored = [e for e in roster_on(session, example_body) if e.last_name == "Петрова"]
    assert stored[0].position == "начальник отдела кадров"
    assert stored[0].gender.value == "female"


def test_bad_member_input_is_named_and_nothing_stored(qtbot, window, database, example_body):
    window.refresh_bodies(example_body)
    dialog = open_dialog(qtbot, window.add_member_action, "member_dialog")
    type_text(dialog.widget("first_name_edit"), "Анна")
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Фамилия: обязательное поле не заполнено"
    assert dialog.widget("last_name_edit").hasFocus() or not dialog.isActiveWindow()
    type_text(dialog.widget("last_name_edit"), "Петрова")
    dialog.widget("role_combo").setCurrentIndex(dialog.widget("role_combo").findData("chair"))
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith(
        "Роль: председатель у органа может быть только один"
    )
    with database.session() as session:
        assert len(roster_on(session, example_body)) == 23
    dialog.reject()


def test_filter_is_instant_and_ignores_case_and_yo(qtbot, window, example_body):
    window.refresh_bodies(example_body)
    type_text(window.filter_edit, "жуков")
    assert visible_names(window) == ["Жуков Иван Николаевич"]
    window.filter_edit.clear()
    type_text(window.filter_edit, "соловьёв")
    assert visible_names(window) == ["Соловьев Денис Александрович"]
    window.filter_edit.clear()
    type_text(window.filter_edit, "территориального управления")
    assert len(visible_names(window)) == 6
    assert window.count_label.text() == "6 из 23"


def test_sorting_by_name(qtbot, window, example_body):
    window.refresh_bodies(example_body)
    window.roster_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = visible_names(window)
    assert names[0].startswith("Гусарова") and names[-1].startswith("Яворская")


def test_roster_on_a_past_date_and_missing_roles(qtbot, window, example_body):
    window.refresh_bodies(example_body)
    window.date_edit.setDate(to_qdate(date(2022, 10, 17)))
    assert visible_names(window) == []
    assert window.warning_label.isVisible()
    assert "нет председателя" in window.warning_label.text()


def test_change_roster_by_act(qtbot, window, database, example_body):
    window.refresh_bodies(example_body)
    dialog = open_dialog(qtbot, window.change_roster_action, "roster_change_dialog")
    dialog.act_date_edit.setDate(to_qdate(date(2024, 2, 1)))
    type_text(dialog.act_number_edit, "12-р")
    row = next(r for r, e in enumerate(dialog.members) if e.last_name == "Жуков")
    dialog.set_change(row, "leave")
    click_ok(dialog)
    assert not dialog.isVisible()
    window.date_edit.setDate(to_qdate(date(2024, 2, 1)))
    assert "Жуков Иван Николаевич" not in visible_names(window)
    window.date_edit.setDate(to_qdate(date(2024, 1, 31)))
    assert "Жуков Иван Николаевич" in visible_names(window)
    assert window.acts_table.item(0, 1).text() == "распоряжение от 01.02.2024 № 12-р"


def test_remove_member_ends_the_term(qtbot, window, database, example_body):
    window.refresh_bodies(example_body)
    row = visible_names(window).index("Жуков Иван Николаевич")
    window.roster_view.selectRow(row)
    dialog = open_dialog(qtbot, window.remove_member_action, "remove_member_dialog")
    dialog.end_edit.setDate(to_qdate(date(2023, 5, 1)))
    click_ok(dialog)
    window.date_edit.setDate(to_qdate(date(2023, 5, 1)))
    assert "Жуков Иван Николаевич" not in visible_names(window)
    window.date_edit.setDate(to_qdate(date(2023, 4, 30)))
    assert "Жуков Иван Николаевич" in visible_names(window)


def test_new_body_dialog(qtbot, window, database):
    dialog = open_dialog(qtbot, window.new_body_action, "body_dialog")
    type_text(dialog.widget("full_name_edit"), "межведомственная комиссия по легализации")
    assert (
        dialog.widget("genitive_edit").toPlainText() == "межведомственной комиссии по легализации"
    )
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Краткое наименование: обязательное поле не заполнено"
    type_text(dialog.widget("short_name_edit"), "МВК")
    click_ok(dialog)
    assert not dialog.isVisible()
    assert window.body_list.currentItem().text() == "⚠ МВК"
    assert window.warning_label.isVisible()


def test_about_and_messages_do_not_block(qtbot, window):
    window.about_action.trigger()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "Секретарь комиссии" in box.text()
    box.accept()


def test_window_state_is_remembered(qtbot, window):
    from PySide6.QtCore import QSettings

    window.resize(900, 600)
    window.close()
    assert QSettings().value("main_window/geometry") is not None
    assert QSettings().value("database/last") == str(window.database.path)
