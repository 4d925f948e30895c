"""The year's meetings of a body, the meeting dialog and the meeting window, driven as a
secretary drives them on the example database."""

from __future__ import annotations

import io
from datetime import date, time, timedelta

import pytest
from helpers_documents import docx_blocks, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_main_window import click_ok
from typing_helpers import type_text

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import MeetingStatus, VoteCount, quarter_of
from desktop_app.domain.vocabulary import Role
from desktop_app.store import meetings as m
from desktop_app.store.roster import roster_on
from desktop_app.views.meetings_tab import quarter_middle

TODAY = date.today()
YEAR = TODAY.year
# A meeting that has taken place, in a year without the example's meetings (they are of 2024).
PAST = date(YEAR - 1 if YEAR - 1 != 2024 else YEAR - 2, 3, 12)


# ----- helpers ---------------------------------------------------------------------------
def visible(name: str) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert found, f"no visible {name}"
    return found[-1]


def wait_visible(qtbot, name: str) -> QWidget:
    qtbot.waitUntil(lambda: visible(name) is not None)
    return visible(name)


def answer(qtbot, yes: bool = True) -> str:
    """Click Yes (or No) in the question box; return its text."""
    box = wait_visible(qtbot, "question_box")
    text = box.text()
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    box.button(button).click()
    return text


def error_text(qtbot) -> str:
    box = wait_visible(qtbot, "message_box")
    text = box.text()
    box.accept()
    return text


def type_date(edit, text: str) -> None:
    """Type ДД.ММ.ГГГГ into a date field as a user does: the digits, section by section."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Home)
    edit.setSelectedSection(edit.Section.DaySection)
    for char in text.replace(".", ""):
        QTest.keyClick(edit, char)


def replace_number(spin, number: int) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(number))


def meetings_tab(window):
    tab = window.meetings_tab
    window.tabs.setCurrentWidget(tab)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Заседания"
    return tab


def table_texts(tab, column: int) -> list[str]:
    return [tab.table.item(row, column).text() for row in range(tab.table.rowCount())]


def plan(database, body_id: int, day: date, **fields) -> int:
    with database.session() as s:
        return m.create_meeting(s, body_id, m.MeetingFields(day=day, **fields))


def chair(database, body_id: int, day: date):
    with database.session() as s:
        return next(e for e in roster_on(s, body_id, day) if e.role is Role.CHAIR)


# ----- the year's schedule -----------------------------------------------------------------
def test_plan_a_meeting_through_the_dialog(qtbot, example_window, database, example_body):
    window = example_window
    body_item = window.body_list.currentItem()
    assert body_item.text().startswith("⚠ ")
    assert f"нет заседания: I, II, III, IV квартал {YEAR}" in body_item.toolTip()
    tab = meetings_tab(window)
    assert tab.year_combo.currentText() == str(YEAR)
    assert all(label.text().startswith("⚠") for label in tab.quarter_labels)
    assert tab.table.rowCount() == 0 and tab.empty_label.isVisible()

    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    dialog = wait_visible(qtbot, "meeting_dialog")
    assert dialog.windowTitle() == "Планирование заседания"
    offered = dialog.widget("day_edit").date().toPython()
    # Every quarter is flagged: the meeting goes into the current one, not before today.
    assert offered == max(quarter_middle(YEAR, quarter_of(TODAY)), TODAY)
    assert dialog.widget("number_spin").value() == 1
    type_date(dialog.widget("day_edit"), f"14.05.{YEAR}")
    QTest.keyClicks(dialog.widget("start_edit"), "10.30")
    type_text(dialog.widget("venue_edit"), "администрация, каб. 305")
    click_ok(dialog)
    assert not dialog.isVisible()

    assert table_texts(tab, tab.DAY) == [f"14.05.{YEAR}"]
    assert table_texts(tab, tab.TIME) == ["10:30"]
    assert table_texts(tab, tab.VENUE) == ["администрация, каб. 305"]
    assert table_texts(tab, tab.STATUS) == ["запланировано"]
    second = tab.quarter_labels[1].text()
    assert not second.startswith("⚠") and f"№\u00a01 — 14.05.{YEAR}, запланировано" in second
    assert tab.quarter_labels[0].text().startswith("⚠")
    assert f"нет заседания: I, III, IV квартал {YEAR}" in window.body_list.currentItem().toolTip()
    with database.session() as s:
        rows = m.list_meetings(s, example_body)
    assert [(r.number, r.day, r.start, r.venue) for r in rows] == [
        (1, date(YEAR, 5, 14), time(10, 30), "администрация, каб. 305")
    ]


def test_body_flag_goes_when_every_quarter_has_a_meeting(
    qtbot, example_window, database, example_body
):
    window = example_window
    for month in (2, 8, 11):
        plan(database, example_body, date(YEAR, month, 10))
    tab = meetings_tab(window)
    tab.refresh()
    assert [label.text().startswith("⚠") for label in tab.quarter_labels] == [
        False,
        True,
        False,
        False,
    ]
    # The flagged quarter offers to plan a meeting in it.
    tab._quarter_link("plan:2")
    dialog = wait_visible(qtbot, "meeting_dialog")
    assert quarter_of(dialog.widget("day_edit").date().toPython()) == 2
    assert dialog.widget("number_spin").value() == 4
    click_ok(dialog)
    assert not window.body_list.currentItem().text().startswith("⚠")
    assert "нет заседания" not in window.body_list.currentItem().toolTip()
    assert not any(label.text().startswith("⚠") for label in tab.quarter_labels)

    # Deleting the meeting of the second quarter brings the flag back.
    tab.table.selectRow(1)
    assert tab.table.item(1, tab.DAY).text().endswith(f".{YEAR}")
    tab.delete_button.click()
    question = answer(qtbot)
    assert question.startswith("Удалить заседание № 4 от ")
    assert tab.table.rowCount() == 3
    assert window.body_list.currentItem().text().startswith("⚠")
    assert f"нет заседания: II квартал {YEAR}" in window.body_list.currentItem().toolTip()


def test_duplicate_number_is_named_and_nothing_stored(
    qtbot, example_window, database, example_body
):
    plan(database, example_body, date(YEAR, 2, 10))
    tab = meetings_tab(example_window)
    tab.plan_action.trigger()
    dialog = wait_visible(qtbot, "meeting_dialog")
    type_date(dialog.widget("day_edit"), f"20.05.{YEAR}")
    assert dialog.widget("number_spin").value() == 2
    replace_number(dialog.widget("number_spin"), 1)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == f"Номер: заседание № 1 в {YEAR} году уже есть"
    # A bad time is named too.
    replace_number(dialog.widget("number_spin"), 2)
    QTest.keyClicks(dialog.widget("start_edit"), "25:00")
    click_ok(dialog)
    assert dialog.error_label.text().startswith("Время: «25:00» — укажите время как ЧЧ:ММ")
    with database.session() as s:
        assert len(m.list_meetings(s, example_body)) == 1
    dialog.reject()


def test_edit_a_meeting_and_a_year_of_its_own(qtbot, example_window, database, example_body):
    meeting = plan(database, example_body, date(YEAR, 2, 10), venue="каб. 1")
    tab = meetings_tab(example_window)
    tab.select_meeting(meeting)
    tab.edit_action.trigger()
    dialog = wait_visible(qtbot, "meeting_dialog")
    assert dialog.windowTitle() == "Сведения о заседании"
    assert dialog.widget("venue_edit").text() == "каб. 1"
    type_date(dialog.widget("day_edit"), f"10.02.{YEAR + 1}")
    click_ok(dialog)
    # The schedule follows the meeting into its new year.
    assert tab.year_combo.currentText() == str(YEAR + 1)
    assert table_texts(tab, tab.DAY) == [f"10.02.{YEAR + 1}"]
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(YEAR))
    tab.year_combo.activated.emit(tab.year_combo.currentIndex())
    assert tab.table.rowCount() == 0


def test_meetings_menu_and_shortcuts(example_window):
    window = example_window
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Заседания")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Запланировать заседание…",
        "&Открыть заседание",
        "&Изменить заседание…",
        "&Удалить заседание…",
    ]
    # A key reaches one command: the window-wide shortcuts are unique (a page's own, like
    # Ins and Del of the assignments' list, act only inside that page).
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    keys = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcutContext() in window_wide
    ]
    assert "Ctrl+M" in keys and len(keys) == len(set(keys)), sorted(keys)
    # The shortcut works from the roster too and shows the meetings.
    window.tabs.setCurrentIndex(0)
    window.meetings_tab.plan_action.trigger()
    assert window.tabs.currentWidget() is window.meetings_tab
    visible("meeting_dialog").reject()


def test_signed_meeting_is_not_deleted(qtbot, example_window, database, example_body):
    meeting = signed_meeting(database, example_body)
    example_window.roster_view.selectRow(0)
    assert example_window.remove_member_action.isEnabled()
    tab = meetings_tab(example_window)
    tab.choose_year(PAST.year)
    tab.select_meeting(meeting)
    # Delete in the schedule is about the meeting, not the (hidden) roster's member.
    assert not example_window.remove_member_action.isEnabled()
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    answer(qtbot)
    assert "подписанное заседание не удаляется" in error_text(qtbot)
    with database.session() as s:
        assert len(m.list_meetings(s, example_body)) == 1


# ----- the meeting window ------------------------------------------------------------------
def signed_meeting(database, body_id: int) -> int:
    meeting = plan(database, body_id, PAST)
    with database.session() as s:
        item = m.add_item(s, meeting, m.ItemFields("О ходе реализации плана"))
        m.approve_agenda(s, meeting, PAST)
        m.mark_unmarked_present(s, meeting)
        m.mark_held(s, meeting)
        m.add_decision(s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(23, 0, 0)))
        m.sign_protocol(s, meeting, PAST)
    return meeting


def open_window(qtbot, window, meeting: int):
    tab = meetings_tab(window)
    with window.database.session() as s:
        tab.choose_year(m.meeting_state(s, meeting).year)
    tab.select_meeting(meeting)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    return wait_visible(qtbot, "meeting_window")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_one_window_per_meeting(qtbot, example_window, database, example_body):
    meeting = plan(database, example_body, PAST, venue="каб. 305", start=time(10))
    window = open_window(qtbot, example_window, meeting)
    assert window.windowTitle().startswith(f"Заседание № 1 от {PAST:%d.%m.%Y} — ")
    assert f"{PAST:%d.%m.%Y}, 10:00, каб. 305" in window.details_label.text()
    assert "Статус: запланировано" in window.details_label.text()
    assert window.quorum_label.text() == "Присутствуют 0 из 23, кворума нет (нужно не менее 12)"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Повестка",
        "Явка и приглашенные",
        "Протокол",
        "Рассылка",
        "Материалы",
    ]
    example_window.meetings_tab.open_action.trigger()
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "meeting_window"]
    assert windows == [window]
    window.tabs.setCurrentIndex(2)
    window.close()
    from PySide6.QtCore import QSettings

    assert int(QSettings().value("meeting_window/tab")) == 2


def test_disabled_actions_say_why(qtbot, example_window, database, example_body):
    meeting = plan(database, example_body, PAST)
    window = open_window(qtbot, example_window, meeting)
    assert window.approve_action.isEnabled()
    assert not window.held_action.isEnabled()
    assert window.held_action.toolTip() == "Сначала утвердите повестку"
    assert not window.sign_action.isEnabled()
    assert window.sign_action.toolTip().startswith("Протокол подписывается после заседания")
    assert not window.withdraw_action.isEnabled()
    assert window.withdraw_action.toolTip() == "Повестка не утверждена"
    assert not window.preview_actions["questionnaire"].isEnabled()
    assert window.preview_actions["questionnaire"].toolTip() == (
        "Опросные листы — только для заочного заседания"
    )
    # An empty agenda is not approved: the store's message is shown.
    window.approve_action.trigger()
    dialog = wait_visible(qtbot, "approve_dialog")
    click_ok(dialog)
    assert dialog.error_label.text() == "Повестка: в повестке нет ни одного вопроса"
    dialog.reject()
    with database.session() as s:
        assert m.meeting_state(s, meeting).status is MeetingStatus.PLANNED


def test_withdraw_the_approval(qtbot, example_window, database, example_body):
    meeting = plan(database, example_body, PAST)
    with database.session() as s:
        m.add_item(s, meeting, m.ItemFields("Вопрос"))
        m.approve_agenda(s, meeting, PAST)
    window = open_window(qtbot, example_window, meeting)
    assert window.agenda_tab.findChild(QWidget, "add_item_button").isEnabled() is False
    window.withdraw_action.trigger()
    assert "председатель утверждает ее снова" in answer(qtbot)
    assert window.approve_action.isEnabled()
    assert window.agenda_tab.findChild(QWidget, "add_item_button").isEnabled()
    assert example_window.meetings_tab.table.item(0, 5).text() == "запланировано"
    with database.session() as s:
        assert m.meeting_state(s, meeting).agenda_approved_on is None


def test_presiding_is_chosen_in_the_header(qtbot, example_window, database, example_body):
    meeting = plan(database, example_body, PAST)
    window = open_window(qtbot, example_window, meeting)
    combo = window.presiding_combo
    assert combo.currentText().endswith("— председатель")
    deputy = next(
        i for i in range(combo.count()) if combo.itemText(i).endswith("заместитель председателя")
    )
    combo.setCurrentIndex(deputy)
    combo.activated.emit(deputy)
    with database.session() as s:
        assert m.meeting_state(s, meeting).presiding_person_id == combo.itemData(deputy)


def test_the_course_of_a_meeting(
    qtbot, example_window, database, example_body, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    meeting = plan(database, example_body, PAST, venue="каб. 305")
    with database.session() as s:
        item = m.add_item(s, meeting, m.ItemFields("О ходе реализации плана мероприятий"))
    window = open_window(qtbot, example_window, meeting)
    tab = example_window.meetings_tab

    # The chair approved the agenda.
    window.approve_action.trigger()
    dialog = wait_visible(qtbot, "approve_dialog")
    assert dialog.date_edit.date().toPython() == TODAY
    type_date(dialog.date_edit, f"{PAST - timedelta(days=5):%d.%m.%Y}")
    click_ok(dialog)
    assert not dialog.isVisible()
    approved = f"{PAST - timedelta(days=5):%d.%m.%Y}"
    assert f"повестка утверждена {approved}" in window.details_label.text()
    assert tab.table.item(0, tab.STATUS).text() == "повестка утверждена"

    # Held only after attendance is marked.
    window.held_action.trigger()
    assert error_text(qtbot) == "Явка: отметьте явку членов на заседании"
    window.show_tab(window.attendance_tab)
    qtbot.mouseClick(
        window.attendance_tab.findChild(QWidget, "mark_rest_button"), Qt.MouseButton.LeftButton
    )
    assert window.quorum_label.text().startswith("Присутствуют 23 из 23, кворум есть")
    window.held_action.trigger()
    assert "Статус: проведено" in window.details_label.text()
    assert tab.table.item(0, tab.STATUS).text() == "проведено"

    # Not signed without a decision: the dialog names the reason and stays open.
    window.sign_action.trigger()
    dialog = wait_visible(qtbot, "sign_dialog")
    type_date(dialog.date_edit, f"{PAST + timedelta(days=2):%d.%m.%Y}")
    click_ok(dialog)
    assert dialog.error_label.text() == "Решения: по вопросу 1 нет ни одного решения (РЕШИЛИ)"
    with database.session() as s:
        decision = m.add_decision(
            s,
            item,
            m.DecisionFields(
                "Информацию принять к сведению",
                deadline=date(YEAR, 6, 30),
                votes=VoteCount(23, 0, 0),
            ),
        )
    click_ok(dialog)
    assert not dialog.isVisible()
    signed = f"{PAST + timedelta(days=2):%d.%m.%Y}"
    assert window.banner.isVisible()
    assert (
        window.banner.text() == f"Протокол подписан {signed}. Изменения — только через исправление"
    )
    assert tab.table.item(0, tab.STATUS).text() == "протокол подписан"

    # Everything is read-only now, and the store refuses a write.
    assert not window.presiding_combo.isEnabled()
    assert not window.details_action.isEnabled()
    assert (
        window.details_action.toolTip() == "Протокол подписан: изменения — только через исправление"
    )
    for tab, button in (
        (window.agenda_tab, "add_item_button"),
        (window.attendance_tab, "mark_rest_button"),
        (window.attendance_tab, "invite_button"),
        (window.minutes_tab, "add_decision_button"),
    ):
        assert not tab.findChild(QWidget, button).isEnabled(), button
    with pytest.raises(ValidationError, match="подписан"):
        with database.session() as s:
            m.update_minutes(s, item, "Другой текст", "")

    # An amendment needs its reason.
    window.amend_action.trigger()
    dialog = wait_visible(qtbot, "amendment_dialog")
    click_ok(dialog)
    assert dialog.error_label.text() == "Причина исправления: обязательное поле не заполнено"
    type_text(dialog.reason_edit, "Опечатка в сроке")
    click_ok(dialog)
    assert not dialog.isVisible()
    assert window.banner.text().startswith("Вносится исправление от ")
    assert "Опечатка в сроке" in window.banner.text()
    assert window.sign_amendment_action.isEnabled()
    with database.session() as s:
        m.update_decision(
            s,
            decision,
            m.DecisionFields(
                "Информацию принять к сведению",
                deadline=date(YEAR, 7, 31),
                votes=VoteCount(23, 0, 0),
            ),
        )
    window.sign_amendment_action.trigger()
    assert "Опечатка в сроке" in answer(qtbot)
    assert window.banner.text().startswith("Протокол подписан")
    assert not window.sign_amendment_action.isEnabled()

    # Two versions, each printable as it was signed.
    window.versions_action.trigger()
    versions = wait_visible(qtbot, "versions_dialog")
    labels = [versions.list.item(i).text() for i in range(versions.list.count())]
    assert labels == [
        f"Версия 1. Подписан {signed}",
        f"Версия 2. Исправление от {TODAY:%d.%m.%Y}: Опечатка в сроке",
    ]
    versions.list.setCurrentRow(0)
    first = versions.preview()
    assert f"30.06.{YEAR}" in pdf_text(io.BytesIO(first.pdf))
    first.reject()
    versions.reject()

    # The protocol in force: preview, then save as Word and as PDF.
    window.preview_actions["protocol"].trigger()
    preview = wait_visible(qtbot, "print_preview")
    text = pdf_text(io.BytesIO(preview.pdf))
    assert "ПРОТОКОЛ" in text and f"31.07.{YEAR}" in text
    preview.reject()
    chosen = {"path": str(tmp_path / "Протокол"), "filter": "Документ Word (*.docx)"}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen["path"], chosen["filter"])
    )
    window.save_actions["protocol"].trigger()
    blocks = docx_blocks(tmp_path / "Протокол.docx")
    assert "ПРОТОКОЛ" in blocks
    chosen.update(path=str(tmp_path / "протокол.pdf"), filter="Документ PDF (*.pdf)")
    window.save_actions["protocol"].trigger()
    assert "ПРОТОКОЛ" in pdf_text(tmp_path / "протокол.pdf")
    assert window.statusBar().currentMessage().startswith("Записано: ")


def test_extract_asks_for_the_item(qtbot, example_window, database, example_body):
    meeting = signed_meeting(database, example_body)
    window = open_window(qtbot, example_window, meeting)
    window.preview_actions["extract"].trigger()
    dialog = wait_visible(qtbot, "extract_dialog")
    assert dialog.item_combo.currentText() == "1. О ходе реализации плана"
    click_ok(dialog)
    preview = wait_visible(qtbot, "print_preview")
    text = pdf_text(io.BytesIO(preview.pdf))
    assert "ВЫПИСКА ИЗ ПРОТОКОЛА" in text and "О ходе реализации плана" in text
    preview.reject()


def test_text_being_typed_is_in_the_printed_protocol(qtbot, example_window, database, example_body):
    """A toolbar click does not take the focus from the editor: the window saves the
    СЛУШАЛИ text being typed before it prints, so the last words are not lost."""
    meeting = plan(database, example_body, PAST)
    with database.session() as s:
        m.add_item(s, meeting, m.ItemFields("О ходе реализации плана"))
    window = open_window(qtbot, example_window, meeting)
    window.show_tab(window.minutes_tab)
    editor = window.minutes_tab.findChild(QWidget, "heard_edit")
    editor.setFocus()
    type_text(editor, "Информацию докладчика")
    data = window.document_data()
    assert data.items[0].heard == "Информацию докладчика"
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].heard == "Информацию докладчика"
