"""The «Протокол» tab driven as a secretary drives it: the texts of an item, the decisions
with their votes, the ballots of a correspondence meeting, and a signed protocol."""

from __future__ import annotations

import time as clock
from datetime import date, time

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from test_main_window import click_ok
from typing_helpers import type_text

from desktop_app.domain.meeting import (
    AbsenceReason,
    MeetingForm,
    ProtocolForm,
    Vote,
    VoteCount,
)
from desktop_app.domain.vocabulary import Role
from desktop_app.store import meetings as m
from desktop_app.store.roster import roster_on
from desktop_app.views.meeting_minutes import MinutesTab

DAY = date(2023, 3, 15)


def roster(database, body_id):
    with database.session() as s:
        return roster_on(s, body_id, DAY)


def make_meeting(database, body_id, *, form=MeetingForm.IN_PERSON, protocol=ProtocolForm.FULL):
    """A meeting of two items (the chair and a member speak), every member present."""
    people = roster(database, body_id)
    chair = next(e for e in people if e.role is Role.CHAIR)
    with database.session() as s:
        meeting = m.create_meeting(
            s,
            body_id,
            m.MeetingFields(day=DAY, start=time(10), form=form, protocol_form=protocol),
        )
        first = m.add_item(
            s,
            meeting,
            m.ItemFields(
                "О ходе реализации плана мероприятий", speakers=[m.SpeakerRef(chair.person_id)]
            ),
        )
        second = m.add_item(
            s, meeting, m.ItemFields("Об итогах конкурса", speakers=[m.SpeakerRef(text="Иванов")])
        )
        if form is not MeetingForm.CORRESPONDENCE:
            m.mark_unmarked_present(s, meeting)
    return meeting, first, second


def open_tab(qtbot, database, meeting) -> MinutesTab:
    tab = MinutesTab(database, meeting)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    with database.session() as s:
        tab.refresh(m.meeting_state(s, meeting))
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def state_of(database, meeting):
    with database.session() as s:
        return m.meeting_state(s, meeting)


def choose_item(qtbot, tab: MinutesTab, row: int) -> None:
    entry = tab.items_list.item(row)
    rect = tab.items_list.visualItemRect(entry)
    qtbot.mouseClick(tab.items_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.items_list.currentRow() == row


def tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def table_texts(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def visible_dialog(qtbot, name: str) -> QDialog:
    found = None

    def shown():
        nonlocal found
        found = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
            None,
        )
        assert found is not None

    qtbot.waitUntil(shown)
    return found


def test_heard_text_is_saved_when_another_item_is_chosen(qtbot, database, example_body):
    meeting, first, second = make_meeting(database, example_body)
    tab = open_tab(qtbot, database, meeting)
    assert [tab.items_list.item(r).text() for r in range(2)] == [
        "1. О ходе реализации плана мероприятий",
        "2. Об итогах конкурса",
    ]
    # СЛУШАЛИ shows the speaker as the protocol prints it: in the accusative.
    assert tab.speakers_label.text() == "Хмелеву\u00a0К.В."
    assert not tab.save_button.isEnabled()
    type_text(tab.heard_edit, "Информацию о ходе реализации плана: выполнено 12 из 14")
    type_text(tab.discussion_edit, "Жукова И.И. — об обучении")
    assert tab.save_button.isEnabled()
    assert tab.save_status.text() == "Изменения не сохранены"
    with qtbot.waitSignal(tab.changed):
        choose_item(qtbot, tab, 1)
    assert tab.speakers_label.text() == "Иванов"
    assert tab.heard_edit.toPlainText() == ""
    with database.session() as s:
        fields = {i.id: (i.heard, i.discussion) for i in m.agenda_items(s, meeting)}
    assert fields[first] == (
        "Информацию о ходе реализации плана: выполнено 12 из 14",
        "Жукова И.И. — об обучении",
    )
    choose_item(qtbot, tab, 0)
    assert tab.heard_edit.toPlainText() == "Информацию о ходе реализации плана: выполнено 12 из 14"
    assert not tab.save_button.isEnabled()
    assert fields[second] == ("", "")


def test_ctrl_s_and_hiding_the_tab_save_the_text(qtbot, database, example_body):
    meeting, first, _second = make_meeting(database, example_body)
    tab = open_tab(qtbot, database, meeting)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    type_text(tab.heard_edit, "Доклад о плане")
    qtbot.keyClick(tab.heard_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].heard == "Доклад о плане"
    assert not tab.save_button.isEnabled()
    # The cursor stays where the user types: a save does not reload the editor's text.
    type_text(tab.heard_edit, " и о сроках")
    assert tab.heard_edit.toPlainText() == "Доклад о плане и о сроках"
    # A refresh from the window (another tab changed something) keeps unsaved typing.
    tab.refresh(state_of(database, meeting))
    assert tab.heard_edit.toPlainText() == "Доклад о плане и о сроках"
    tab.hide()
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].heard == "Доклад о плане и о сроках"


def test_add_a_decision_with_a_deadline_and_votes(qtbot, database, example_body):
    meeting, first, _second = make_meeting(database, example_body)
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "decision_dialog")
    w = dialog.widget
    assert w("present_label").text() == "Присутствуют 23 из 23, кворум есть (нужно не менее 12)"
    assert (w("for_spin").value(), w("against_spin").value()) == (23, 0)  # unanimous
    assert not w("no_vote_check").isChecked()
    type_text(w("text_edit"), "Представить аналитическую информацию о выполнении плана")
    type_text(w("responsible_edit"), "Управление экономики")
    tick(qtbot, w("date_deadline_radio"))
    w("deadline_date_edit").setDate(date(2023, 6, 30))
    w("for_spin").setValue(20)
    w("against_spin").setValue(1)
    w("abstained_spin").setValue(1)
    with qtbot.waitSignal(tab.changed):
        click_ok(dialog)
    assert not dialog.isVisible()
    assert table_texts(tab.decisions_view) == [
        [
            "1.1",
            "Представить аналитическую информацию о выполнении плана",
            "Управление экономики",
            "30.06.2023",
            "за 20, против 1, возд. 1",
            "да",
        ]
    ]
    with database.session() as s:
        decision = m.agenda_items(s, meeting)[0].decisions[0]
    assert decision.deadline == date(2023, 6, 30) and decision.responsible == "Управление экономики"
    assert decision.votes == VoteCount(20, 1, 1) and decision.adopted

    # A second decision: a deadline in words, the vote to be recorded later.
    qtbot.mouseClick(tab.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "decision_dialog")
    w = dialog.widget
    type_text(w("text_edit"), "Докладывать о ходе работ")
    type_text(w("deadline_text_edit"), "ежеквартально до 3 числа")
    assert w("text_deadline_radio").isChecked()
    tick(qtbot, w("no_vote_check"))
    assert not w("for_spin").isEnabled()
    click_ok(dialog)
    rows = table_texts(tab.decisions_view)
    assert rows[1][0] == "1.2" and rows[1][3] == "ежеквартально до 3 числа"
    assert rows[1][4:] == ["не голосовали", "—"]

    # Move it up: the numbers follow the order.
    tab.decisions_view.selectRow(1)
    qtbot.mouseClick(tab.decision_up_button, Qt.MouseButton.LeftButton)
    rows = table_texts(tab.decisions_view)
    assert [r[:2] for r in rows] == [
        ["1.1", "Докладывать о ходе работ"],
        ["1.2", "Представить аналитическую информацию о выполнении плана"],
    ]
    assert tab.selected_decision().number == "1.1"

    # Edit it: the dialog shows what is stored.
    qtbot.mouseClick(tab.edit_decision_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "decision_dialog")
    assert dialog.widget("deadline_text_edit").text() == "ежеквартально до 3 числа"
    assert dialog.widget("no_vote_check").isChecked()
    dialog.reject()

    # Delete it after confirming.
    qtbot.mouseClick(tab.delete_decision_button, Qt.MouseButton.LeftButton)
    box = visible_dialog(qtbot, "question_box")
    assert "Удалить решение 1.1" in box.text()
    box.button(box.StandardButton.Yes).click()
    assert [r[0] for r in table_texts(tab.decisions_view)] == ["1.1"]
    with database.session() as s:
        assert len(m.agenda_items(s, meeting)[0].decisions) == 1


def test_without_a_quorum_the_dialog_shows_why_and_stores_nothing(qtbot, database, example_body):
    meeting, first, _second = make_meeting(database, example_body)
    with database.session() as s:
        for entry in roster_on(s, example_body, DAY)[:15]:
            m.set_attendance(s, meeting, entry.person_id, False, AbsenceReason.BUSINESS_TRIP)
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "decision_dialog")
    assert dialog.widget("for_spin").value() == 8
    type_text(dialog.widget("text_edit"), "Принять к сведению")
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "Нельзя записать голосование: Присутствуют 8 из 23, кворума нет "
        "(нужно не менее 12). Отметьте явку членов"
    )
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].decisions == ()
    assert tab.decisions_view.model().rowCount() == 0
    # Without the vote the decision is kept (to be voted later).
    tick(qtbot, dialog.widget("no_vote_check"))
    click_ok(dialog)
    assert not dialog.isVisible()
    assert table_texts(tab.decisions_view)[0][4] == "не голосовали"


def test_short_form_hides_spoke(qtbot, database, example_body):
    meeting, _first, _second = make_meeting(database, example_body, protocol=ProtocolForm.SHORT)
    tab = open_tab(qtbot, database, meeting)
    assert tab.heard_edit.isVisible()
    assert not tab.discussion_edit.isVisible()
    assert tab.short_form_note.isVisible()
    assert "только СЛУШАЛИ и РЕШИЛИ" in tab.short_form_note.text()
    with database.session() as s:
        fields = m.meeting_fields(s, meeting)
        fields.protocol_form = ProtocolForm.FULL
        m.update_meeting(s, meeting, fields)
    tab.refresh(state_of(database, meeting))
    assert tab.discussion_edit.isVisible() and not tab.short_form_note.isVisible()
    assert not tab.ballots_pane.isVisible()  # ballots only for a correspondence meeting


def test_a_meeting_without_items_says_where_to_add_them(qtbot, database, example_body):
    with database.session() as s:
        meeting = m.create_meeting(s, example_body, m.MeetingFields(day=DAY))
    tab = open_tab(qtbot, database, meeting)
    assert tab.empty_label.isVisible()
    assert "добавьте их на вкладке «Повестка»" in tab.empty_label.text()
    assert not tab.panes.isVisible()
    assert tab.save_pending()


def select_cells(view, rows: range, column: int) -> None:
    model = view.model()
    selection = QItemSelection(model.index(rows.start, column), model.index(rows.stop - 1, column))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_correspondence_ballots_change_the_totals(qtbot, database, example_body):
    meeting, first, _second = make_meeting(database, example_body, form=MeetingForm.CORRESPONDENCE)
    with database.session() as s:
        decision = m.add_decision(s, first, m.DecisionFields("Утвердить план"))
    tab = open_tab(qtbot, database, meeting)
    assert tab.ballots_pane.isVisible()
    model = tab.ballots_model
    assert model.rowCount() == 23 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "1.1"
    assert model.index(0, 0).data() == "Хмелева\u00a0К.В."
    assert model.index(0, 1).data() == "—"
    assert table_texts(tab.decisions_view)[0][4:] == ["не голосовали", "—"]
    # The dialog has no vote boxes: the votes come from the ballots.
    tab.decisions_view.selectRow(0)
    qtbot.mouseClick(tab.edit_decision_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "decision_dialog")
    assert not dialog.widget("vote_group").isVisible()
    assert dialog.widget("ballots_note").isVisible()
    dialog.reject()

    select_cells(tab.ballots_view, range(0, 12), 1)
    qtbot.mouseClick(tab.ballot_buttons[0], Qt.MouseButton.LeftButton)  # «за»
    assert table_texts(tab.decisions_view)[0][4:] == ["за 12, против 0, возд. 0", "да"]
    assert model.index(11, 1).data() == "за"
    assert "Листы вернули: 12 из 23." in tab.ballot_totals.text()

    select_cells(tab.ballots_view, range(5, 12), 1)
    qtbot.mouseClick(tab.ballot_buttons[1], Qt.MouseButton.LeftButton)  # «против»
    assert table_texts(tab.decisions_view)[0][4:] == ["за 5, против 7, возд. 0", "нет"]
    assert "1.1: за 5, против 7, возд. 0 — не принято" in tab.ballot_totals.text()

    # One cell through its list: a member's ballot was not returned after all.
    index = model.index(0, 1)
    tab.ballots_view.setCurrentIndex(index)
    tab.ballots_view.edit(index)
    editor = tab.ballots_view.findChild(QComboBox)
    assert editor is not None and editor.currentText() == "за"
    editor.setCurrentIndex(editor.findData(""))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it right after
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "—")
    with database.session() as s:
        votes = m.ballots(s, meeting)
        quorum = m.quorum(s, meeting)
    assert sum(1 for v in votes.values() if v is Vote.FOR) == 4
    assert (decision, roster(database, example_body)[0].person_id) not in votes
    assert quorum.present == 11  # the members who returned a ballot took part
    assert table_texts(tab.decisions_view)[0][4:] == ["за 4, против 7, возд. 0", "нет"]


def test_signed_protocol_is_read_only_until_an_amendment(qtbot, database, example_body):
    meeting, first, second = make_meeting(database, example_body)
    with database.session() as s:
        m.approve_agenda(s, meeting, date(2023, 3, 1))
        m.mark_held(s, meeting)
        for item in (first, second):
            m.add_decision(
                s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(23, 0, 0))
            )
        m.update_minutes(s, first, "Доклад", "")
        m.sign_protocol(s, meeting, date(2023, 3, 16))
    tab = open_tab(qtbot, database, meeting)
    assert tab.heard_edit.isReadOnly() and tab.discussion_edit.isReadOnly()
    assert not tab.add_decision_button.isEnabled()
    tab.decisions_view.selectRow(0)
    assert not tab.edit_decision_button.isEnabled()
    assert not tab.delete_decision_button.isEnabled()
    assert not tab.save_button.isEnabled()
    assert tab.save_status.text() == "Протокол подписан: изменения вносятся только исправлением."
    type_text(tab.heard_edit, "лишнее")
    assert tab.heard_edit.toPlainText() == "Доклад"

    with database.session() as s:
        m.begin_amendment(s, meeting, date(2023, 3, 20), "Опечатка")
    tab.refresh(state_of(database, meeting))
    assert not tab.heard_edit.isReadOnly()
    assert tab.add_decision_button.isEnabled()
    tab.heard_edit.moveCursor(tab.heard_edit.textCursor().MoveOperation.End)
    type_text(tab.heard_edit, " о плане")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].heard == "Доклад о плане"


def test_refresh_is_fast_on_a_large_meeting(qtbot, database, example_body):
    people = roster(database, example_body)
    with database.session() as s:
        meeting = m.create_meeting(s, example_body, m.MeetingFields(day=DAY))
        for number in range(10):
            item = m.add_item(
                s,
                meeting,
                m.ItemFields(
                    f"Вопрос {number + 1}", speakers=[m.SpeakerRef(people[number].person_id)]
                ),
            )
            if number == 0:
                m.mark_unmarked_present(s, meeting)
            for k in range(3):
                m.add_decision(s, item, m.DecisionFields(f"Решение {k}", votes=VoteCount(23, 0, 0)))
    tab = open_tab(qtbot, database, meeting)
    state = state_of(database, meeting)
    timings = []
    for _ in range(5):
        start = clock.perf_counter()
        tab.refresh(state)
        timings.append(clock.perf_counter() - start)
    assert min(timings) < 0.05, timings
    assert tab.items_list.count() == 10


@pytest.fixture(autouse=True)
def _no_open_dialogs():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
