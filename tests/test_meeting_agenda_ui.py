"""The «Повестка» tab of the meeting window, driven as a secretary drives it: items typed
in the dialog, moved by keyboard and by drag and drop, an approved agenda that refuses
changes, and the members' proposals put on the agenda or deferred."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from typing_helpers import type_text

from desktop_app.domain.vocabulary import Role
from desktop_app.store import meetings as m
from desktop_app.store.roster import roster_on
from desktop_app.views.agenda_model import AgendaModel, moved_order
from desktop_app.views.meeting_agenda import AgendaTab

DAY = date(2023, 10, 12)
TITLE = (
    "О ходе реализации плана мероприятий по внедрению бережливого управления "
    "за III квартал 2023 года"
)
CENTRE = "представитель АНО «Центр компетенций Кузбасса»"


@pytest.fixture
def meeting(database, example_body) -> int:
    with database.session() as s:
        return m.create_meeting(s, example_body, m.MeetingFields(day=DAY))


@pytest.fixture
def later_meeting(database, example_body, meeting) -> int:
    with database.session() as s:
        return m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 12, 14)))


def open_tab(qtbot, database, meeting_id: int) -> AgendaTab:
    tab = AgendaTab(database, meeting_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    reload(database, tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def reload(database, tab) -> None:
    """What the meeting window does after a change elsewhere (approval, signing)."""
    with database.session() as s:
        tab.refresh(m.meeting_state(s, tab.meeting_id))


def visible(qtbot, name: str) -> QDialog:
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


def click_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def stored_titles(database, meeting_id) -> list[str]:
    with database.session() as s:
        return [row.title for row in m.agenda_items(s, meeting_id)]


def shown_titles(tab) -> list[str]:
    model = tab.model
    return [model.index(r, AgendaModel.TITLE).data() for r in range(model.rowCount())]


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_items(database, meeting_id, *titles) -> list[int]:
    with database.session() as s:
        return [m.add_item(s, meeting_id, m.ItemFields(title)) for title in titles]


# The completer's popup: the offscreen platform cannot raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
def test_items_are_typed_in_the_dialog(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    assert tab.empty_label.isVisible()
    assert tab.count_label.text() == "Вопросов: 0"
    qtbot.mouseClick(tab.add_item_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "agenda_item_dialog")
    assert dialog.windowTitle() == "Новый вопрос повестки"
    type_text(dialog.title_edit, TITLE)
    # A member chosen from the list offered while typing, then a typed text; Enter adds.
    type_text(dialog.speaker_combo.lineEdit(), "хмел")
    popup = dialog.speaker_combo.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.speaker_combo.currentText().startswith("Хмелева\u00a0К.В. — заместитель главы")
    qtbot.keyClick(dialog.speaker_combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.speaker_combo.currentText() == ""
    type_text(dialog.speaker_combo.lineEdit(), CENTRE)
    qtbot.keyClick(dialog.speaker_combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the speaker, it did not close the dialog
    assert len(dialog.speakers()) == 2
    assert dialog.speakers()[0].person_id is not None
    assert dialog.speakers()[1].text == CENTRE
    # The typed text goes first: select it, «Выше».
    dialog.speakers_list.setCurrentRow(1)
    dialog.speaker_up_button.click()
    type_text(dialog.materials_edit, "управление экономики")
    click_ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (row,) = m.agenda_items(s, meeting)
    assert row.title == TITLE
    assert row.speakers == (CENTRE, "Хмелева\u00a0К.В.")
    assert row.materials_by == "управление экономики"
    assert shown_titles(tab) == [TITLE]
    assert tab.model.index(0, AgendaModel.SPEAKERS).data() == f"{CENTRE}\nХмелева\u00a0К.В."
    assert tab.count_label.text() == "Вопросов: 1"
    assert not tab.empty_label.isVisible()

    # Edit: the dialog shows the speakers; remove one, save.
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.edit_item_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "agenda_item_dialog")
    assert dialog.windowTitle() == "Вопрос повестки 1"
    assert dialog.title_edit.toPlainText() == TITLE
    assert len(dialog.speakers()) == 2
    dialog.speakers_list.setCurrentRow(0)
    dialog.remove_speaker_button.click()
    click_ok(dialog)
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].speakers == ("Хмелева\u00a0К.В.",)


def test_empty_title_is_named_and_nothing_stored(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.add_item_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "agenda_item_dialog")
    type_text(dialog.materials_edit, "отдел")
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Вопрос повестки: обязательное поле не заполнено"
    assert stored_titles(database, meeting) == []
    dialog.reject()


def test_an_invited_person_is_offered_as_a_speaker(qtbot, database, example_body, meeting):
    from desktop_app.domain.person import PersonFields

    with database.session() as s:
        m.invite(s, meeting, person=PersonFields("Сидорова", "Анна", "Петровна"))
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.add_item_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "agenda_item_dialog")
    labels = [dialog.speaker_combo.itemText(i) for i in range(dialog.speaker_combo.count())]
    assert len(labels) == 1 + 23 + 1
    assert labels[-1] == "Сидорова\u00a0А.П. — приглашенный"
    type_text(dialog.title_edit, "О конкурсе")
    # Typed in full with an ordinary space: still the invited person, not a text.
    dialog.speaker_combo.setEditText("Сидорова А.П.")
    dialog.add_speaker_button.click()
    click_ok(dialog)
    with database.session() as s:
        assert m.agenda_items(s, meeting)[0].speakers == ("Сидорова\u00a0А.П.",)


def test_reorder_by_keyboard_buttons_and_drag(qtbot, database, example_body, meeting):
    first, second, third = add_items(database, meeting, "Первый", "Второй", "Третий")
    tab = open_tab(qtbot, database, meeting)
    click_row(qtbot, tab.view, 0)
    assert tab.current_item().id == first
    assert not tab.move_up_button.isEnabled() and tab.move_down_button.isEnabled()

    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(database, meeting) == ["Второй", "Первый", "Третий"]
    assert shown_titles(tab) == ["Второй", "Первый", "Третий"]
    assert tab.current_item().id == first  # the selection follows the item
    assert tab.model.index(1, AgendaModel.NUMBER).data() == "2."
    assert tab.view.selectionModel().isRowSelected(1, QModelIndex())

    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(database, meeting) == ["Второй", "Третий", "Первый"]
    assert not tab.move_down_button.isEnabled()
    qtbot.mouseClick(tab.move_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.move_up_button, Qt.MouseButton.LeftButton)
    assert stored_titles(database, meeting) == ["Первый", "Второй", "Третий"]
    assert tab.current_item().id == first
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # at the top
    assert stored_titles(database, meeting) == ["Первый", "Второй", "Третий"]

    # A drag of the third item dropped above the first: what the view hands the model.
    model = tab.model
    data = model.mimeData([model.index(2, c) for c in range(model.columnCount())])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stored_titles(database, meeting) == ["Третий", "Первый", "Второй"]
    assert tab.current_item().id == third
    # Dropped onto an item (the view's «on item» position): before it.
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 1))
    assert stored_titles(database, meeting) == ["Первый", "Третий", "Второй"]
    # Below the last row (row -1 on the viewport): to the end; and moveRows does the same.
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert stored_titles(database, meeting) == ["Третий", "Второй", "Первый"]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert stored_titles(database, meeting) == ["Первый", "Третий", "Второй"]
    assert tab.current_item().id == first
    assert [model.index(r, 0).data() for r in range(3)] == ["1.", "2.", "3."]
    assert second in model.item_ids()


def test_moved_order():
    assert moved_order([1, 2, 3, 4], [4], 0) == [4, 1, 2, 3]
    assert moved_order([1, 2, 3, 4], [1], 4) == [2, 3, 4, 1]
    assert moved_order([1, 2, 3, 4], [1], 2) == [2, 1, 3, 4]
    assert moved_order([1, 2, 3, 4], [2, 3], 0) == [2, 3, 1, 4]


def test_delete_item_asks_first(qtbot, database, example_body, meeting):
    add_items(database, meeting, "Первый", "Второй")
    tab = open_tab(qtbot, database, meeting)
    click_row(qtbot, tab.view, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    box = visible(qtbot, "question_box")
    assert box.text() == "Удалить из повестки вопрос 1 «Первый»?"
    box.button(box.StandardButton.Yes).click()
    assert stored_titles(database, meeting) == ["Второй"]
    assert tab.model.index(0, AgendaModel.NUMBER).data() == "1."


def test_approved_agenda_is_read_only(qtbot, database, example_body, meeting):
    add_items(database, meeting, "Первый", "Второй")
    tab = open_tab(qtbot, database, meeting)
    assert tab.locked_label.isHidden()
    with database.session() as s:
        m.approve_agenda(s, meeting, date(2023, 10, 1))
    reload(database, tab)
    assert tab.locked_label.isVisible()
    assert tab.locked_label.text() == (
        "Повестка утверждена 01.10.2023. Чтобы изменить её, отмените утверждение "
        "(после изменений повестку нужно утвердить снова)."
    )
    click_row(qtbot, tab.view, 0)
    for button in (
        tab.add_item_button,
        tab.delete_item_button,
        tab.move_up_button,
        tab.move_down_button,
    ):
        assert not button.isEnabled()
    assert tab.edit_item_button.isEnabled() and tab.edit_item_button.text() == "Открыть…"
    model = tab.model
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([model.index(1, 0)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stored_titles(database, meeting) == ["Первый", "Второй"]

    # Ctrl+Down asks the store, which refuses with its reason; nothing moves.
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    box = visible(qtbot, "message_box")
    assert box.text().startswith("Повестка: повестка утверждена председателем 01.10.2023")
    box.close()
    assert stored_titles(database, meeting) == ["Первый", "Второй"]

    # The item opens read-only.
    qtbot.mouseClick(tab.edit_item_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "agenda_item_dialog")
    assert dialog.title_edit.isReadOnly()
    assert not dialog.speaker_combo.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    dialog.reject()

    # Withdrawn: editable again.
    with database.session() as s:
        m.withdraw_approval(s, meeting)
    reload(database, tab)
    assert tab.locked_label.isHidden()
    assert tab.add_item_button.isEnabled()


def test_signed_protocol_locks_everything(qtbot, database, example_body, meeting):
    with database.session() as s:
        item = m.add_item(s, meeting, m.ItemFields("Первый"))
        m.add_proposal(s, example_body, "О конкурсе", date(2023, 9, 1))
        m.approve_agenda(s, meeting, date(2023, 10, 1))
        m.mark_unmarked_present(s, meeting)
        m.mark_held(s, meeting)
        m.add_decision(s, item, m.DecisionFields("Принять к сведению"))
        m.sign_protocol(s, meeting, date(2023, 10, 13))
    tab = open_tab(qtbot, database, meeting)
    assert tab.locked_label.text().startswith("Протокол подписан 13.10.2023")
    tab.proposals_view.selectRow(0)
    for button in (
        tab.add_item_button,
        tab.add_proposal_button,
        tab.accept_proposal_button,
        tab.defer_proposal_button,
        tab.delete_proposal_button,
    ):
        assert not button.isEnabled()


def test_proposals_accepted_and_deferred(qtbot, database, example_body, meeting, later_meeting):
    with database.session() as s:
        roster = roster_on(s, example_body, DAY)
        m.add_proposal(s, example_body, "О конкурсе лучших практик", date(2023, 9, 25))
    author = next(e for e in roster if e.role is Role.MEMBER)
    tab = open_tab(qtbot, database, meeting)
    before = tab.proposal_model.rowCount()

    # A proposal typed in: who, when, what.
    qtbot.mouseClick(tab.add_proposal_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "proposal_dialog")
    dialog.author_combo.setCurrentIndex(dialog.author_combo.findData(author.person_id))
    dialog.date_edit.setDate(date(2023, 9, 20))
    type_text(dialog.text_edit, "О создании фабрики процессов")
    assert dialog.meeting_combo.currentData() == meeting
    click_ok(dialog)
    assert not dialog.isVisible()
    assert tab.proposal_model.rowCount() == before + 1
    row = tab.proposal_model.row_of(dialog.proposal_id)
    assert tab.proposal_model.index(row, 0).data() == "20.09.2023"
    assert tab.proposal_model.index(row, 3).data() == "на рассмотрении"

    # «Включить в повестку»: a new item with the author as its speaker.
    tab.proposals_view.selectRow(row)
    assert tab.accept_proposal_button.isEnabled()
    qtbot.mouseClick(tab.accept_proposal_button, Qt.MouseButton.LeftButton)
    with database.session() as s:
        (item,) = m.agenda_items(s, meeting)
    assert item.title == "О создании фабрики процессов"
    assert item.speakers == (
        f"{author.last_name}\u00a0{author.first_name[0]}.{author.middle_name[0]}.",
    )
    assert shown_titles(tab) == ["О создании фабрики процессов"]
    row = tab.proposal_model.row_of(dialog.proposal_id)
    assert tab.proposal_model.index(row, 3).data() == "включено в повестку"
    tab.proposals_view.selectRow(row)
    assert not tab.accept_proposal_button.isEnabled()
    assert not tab.defer_proposal_button.isEnabled()

    # «Перенести…» the other one to the December meeting: it leaves this meeting's list.
    other = next(
        r
        for r in range(tab.proposal_model.rowCount())
        if tab.proposal_model.proposal(r).title == "О конкурсе лучших практик"
    )
    other_id = tab.proposal_model.proposal(other).id
    tab.proposals_view.selectRow(other)
    qtbot.mouseClick(tab.defer_proposal_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "defer_dialog")
    assert dialog.meeting_combo.itemText(0) == "№ 2 от 14.12.2023"
    assert dialog.meeting_combo.itemText(1) == "на более позднее заседание (еще не назначено)"
    click_ok(dialog)
    assert tab.proposal_model.row_of(other_id) == -1
    with database.session() as s:
        deferred = next(p for p in m.list_proposals(s, example_body) if p.id == other_id)
    assert deferred.status == "deferred" and deferred.meeting_id == later_meeting

    # The December meeting's tab lists it; defer it further, to «later».
    later_tab = open_tab(qtbot, database, later_meeting)
    row = later_tab.proposal_model.row_of(other_id)
    assert later_tab.proposal_model.index(row, 3).data() == "перенесено на это заседание"
    later_tab.proposals_view.selectRow(row)
    qtbot.mouseClick(later_tab.defer_proposal_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "defer_dialog")
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.findData(None))
    click_ok(dialog)
    row = later_tab.proposal_model.row_of(other_id)
    assert later_tab.proposal_model.index(row, 3).data() == (
        "перенесено на более позднее заседание"
    )


def test_accepting_into_an_approved_agenda_is_refused(qtbot, database, example_body, meeting):
    add_items(database, meeting, "Первый")
    with database.session() as s:
        proposal = m.add_proposal(s, example_body, "О конкурсе", date(2023, 9, 25))
        m.approve_agenda(s, meeting, date(2023, 10, 1))
    tab = open_tab(qtbot, database, meeting)
    tab.proposals_view.selectRow(tab.proposal_model.row_of(proposal))
    qtbot.mouseClick(tab.accept_proposal_button, Qt.MouseButton.LeftButton)
    box = visible(qtbot, "message_box")
    assert "повестка утверждена председателем 01.10.2023" in box.text()
    assert "отмените утверждение" in box.text()
    box.close()
    assert stored_titles(database, meeting) == ["Первый"]
    with database.session() as s:
        assert next(p for p in m.list_proposals(s, example_body) if p.id == proposal).status == (
            "submitted"
        )


def test_delete_a_proposal(qtbot, database, example_body, meeting):
    with database.session() as s:
        proposal = m.add_proposal(s, example_body, "О конкурсе", date(2023, 9, 25))
    tab = open_tab(qtbot, database, meeting)
    tab.proposals_view.selectRow(tab.proposal_model.row_of(proposal))
    qtbot.mouseClick(tab.delete_proposal_button, Qt.MouseButton.LeftButton)
    box = visible(qtbot, "question_box")
    assert box.text() == "Удалить предложение «О конкурсе»?"
    box.button(box.StandardButton.Yes).click()
    assert tab.proposal_model.row_of(proposal) == -1


def test_changed_is_emitted_after_each_write(qtbot, database, example_body, meeting):
    add_items(database, meeting, "Первый", "Второй")
    tab = open_tab(qtbot, database, meeting)
    click_row(qtbot, tab.view, 0)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)


def test_models_pass_the_model_tester(qtmodeltester, database, example_body, meeting):
    from desktop_app.views.agenda_model import ProposalModel

    add_items(database, meeting, TITLE, "Второй")
    with database.session() as s:
        m.add_proposal(s, example_body, "О конкурсе", date(2023, 9, 25))
        items = m.agenda_items(s, meeting)
        proposals = m.list_proposals(s, example_body, meeting)
    agenda = AgendaModel()
    agenda.set_rows(items)
    agenda.editable = True
    qtmodeltester.check(agenda)
    proposal_model = ProposalModel()
    proposal_model.set_rows(proposals, meeting)
    qtmodeltester.check(proposal_model)


def test_the_item_on_the_progress_of_decisions(qtbot, database, example_meetings):
    """The next meeting's agenda takes «О ходе исполнения решений» filled from the
    assignments on control: the secretary reports and СЛУШАЛИ lists them."""
    with database.session() as s:
        meeting = m.create_meeting(s, example_meetings, m.MeetingFields(day=date(2025, 3, 13)))
        secretary = next(
            e for e in roster_on(s, example_meetings, date(2025, 3, 13)) if e.role is Role.SECRETARY
        )
    tab = open_tab(qtbot, database, meeting)
    assert tab.progress_item_button.text() == "Ход исполнения решений"
    qtbot.mouseClick(tab.progress_item_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    item = tab.current_item()  # the new item is selected
    assert item.title.startswith("О ходе исполнения решений рабочей группы")
    with database.session() as s:
        stored = m.get_meeting(s, meeting).items[0]
        heard, speakers = stored.heard, [sp.person_id for sp in stored.speakers]
    assert speakers == [secretary.person_id]
    lines = heard.splitlines()
    assert lines[0] == "На контроле 4 поруч., из них просрочено 4."
    assert "Протокол № 3 от 19.09.2024, п. 1.2" in heard  # on control
    assert "Протокол № 3 от 19.09.2024, п. 2.2" not in heard  # executed in 2024
