"""The «Явка и приглашенные» tab, driven as a secretary drives it: absences with reasons
and the quorum line that follows (down to no quorum), Space and «mark the rest present»,
the presiding deputy, invited people typed or picked again, and a member refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from typing_helpers import clear_and_type, type_text

from desktop_app.domain.meeting import AbsenceReason, MeetingForm
from desktop_app.store import meetings as m
from desktop_app.views.attendance_model import AttendanceModel
from desktop_app.views.meeting_attendance import AttendanceTab

DAY = date(2023, 10, 12)


@pytest.fixture
def meeting(database, example_body) -> int:
    with database.session() as s:
        return m.create_meeting(s, example_body, m.MeetingFields(day=DAY))


def open_tab(qtbot, database, meeting_id: int) -> AttendanceTab:
    tab = AttendanceTab(database, meeting_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    with database.session() as s:
        tab.refresh(m.meeting_state(s, meeting_id))
    tab.show()
    qtbot.waitExposed(tab)
    return tab


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


def select_rows(tab, rows) -> None:
    model = tab.model
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    tab.view.selectionModel().setCurrentIndex(
        model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, AttendanceModel.NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cell(tab, row: int, column: int) -> str:
    return tab.model.index(row, column).data()


def mark_absent(qtbot, tab, rows, reason: AbsenceReason, note: str = "") -> None:
    select_rows(tab, rows)
    qtbot.mouseClick(tab.mark_absent_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "absence_dialog")
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(reason.value))
    if note:
        type_text(dialog.note_edit, note)
    click_ok(dialog)
    assert not dialog.isVisible()


def stored_quorum(database, meeting):
    with database.session() as s:
        return m.quorum(s, meeting)


def test_absences_with_reasons_and_the_quorum_line(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    assert tab.model.rowCount() == 23
    assert tab.quorum_label.text() == "Присутствуют 0 из 23, кворума нет (нужно не менее 12)"
    assert not tab.quorum_label.property("reached")
    assert "более половины членов" in tab.quorum_label.toolTip()
    assert cell(tab, 0, AttendanceModel.PRESENCE) == "не отмечен"
    assert tab.presiding_label.text() == "Председательствует: Хмелева\u00a0К.В. (председатель)"

    qtbot.mouseClick(tab.mark_rest_button, Qt.MouseButton.LeftButton)
    assert tab.quorum_label.text() == "Присутствуют 23 из 23, кворум есть (нужно не менее 12)"
    assert tab.quorum_label.property("reached")
    assert stored_quorum(database, meeting).present == 23
    assert not tab.mark_rest_button.isEnabled()

    # The chair is away on business: a deputy presides.
    mark_absent(qtbot, tab, [0], AbsenceReason.BUSINESS_TRIP)
    assert cell(tab, 0, AttendanceModel.PRESENCE) == "отсутствовал"
    assert cell(tab, 0, AttendanceModel.REASON) == "командировка"
    assert tab.quorum_label.text().startswith("Присутствуют 22 из 23, кворум есть")
    assert tab.presiding_label.text() == (
        "Председательствует: Мерзлякова\u00a0М.П. (заместитель председателя)"
        " — председатель Хмелева\u00a0К.В. отсутствует"
    )

    # Ten more, with another reason typed as a note: 12 present, still a quorum.
    mark_absent(qtbot, tab, range(13, 23), AbsenceReason.OTHER, "областное совещание")
    assert cell(tab, 13, AttendanceModel.REASON) == "областное совещание"
    assert tab.quorum_label.text() == "Присутствуют 12 из 23, кворум есть (нужно не менее 12)"
    # One more on vacation: the quorum is lost, the line turns into a warning.
    mark_absent(qtbot, tab, [12], AbsenceReason.VACATION)
    assert tab.quorum_label.text() == "Присутствуют 11 из 23, кворума нет (нужно не менее 12)"
    assert not tab.quorum_label.property("reached")
    assert "#fff4e0" in tab.quorum_label.styleSheet()
    assert tab.marks_label.text() == "Отсутствуют: 12; не отмечены: 0"
    with database.session() as s:
        rows = {r.entry.person_id: r for r in m.attendance(s, meeting)}
        quorum = m.quorum(s, meeting)
    assert quorum.present == 11 and not quorum.reached
    marked = [rows[tab.model.attendance(r).entry.person_id] for r in (0, 12, 13)]
    assert [r.reason for r in marked] == [
        AbsenceReason.BUSINESS_TRIP,
        AbsenceReason.VACATION,
        AbsenceReason.OTHER,
    ]
    assert marked[2].note == "областное совещание"

    # Space on an absent member: present again, the quorum is back.
    click_row(qtbot, tab, 12)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert cell(tab, 12, AttendanceModel.PRESENCE) == "присутствовал"
    assert cell(tab, 12, AttendanceModel.REASON) == ""
    assert tab.quorum_label.text().startswith("Присутствуют 12 из 23, кворум есть")
    assert tab.model.attendance(12).entry.person_id in tab.selected_person_ids()


def test_space_checkbox_and_mark_the_rest(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    click_row(qtbot, tab, 5)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert cell(tab, 5, AttendanceModel.PRESENCE) == "присутствовал"
    assert tab.model.index(5, AttendanceModel.PRESENCE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert tab.quorum_label.text().startswith("Присутствуют 1 из 23")
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # again: the mark is taken off
    assert cell(tab, 5, AttendanceModel.PRESENCE) == "не отмечен"
    assert tab.quorum_label.text().startswith("Присутствуют 0 из 23")

    # The check box (what a click on it does): present.
    index = tab.model.index(7, AttendanceModel.PRESENCE)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert cell(tab, 7, AttendanceModel.PRESENCE) == "присутствовал"

    # Two absent, then everyone else present; the absent stay absent.
    mark_absent(qtbot, tab, [1, 2], AbsenceReason.ILLNESS)
    qtbot.mouseClick(tab.mark_rest_button, Qt.MouseButton.LeftButton)
    assert tab.quorum_label.text() == "Присутствуют 21 из 23, кворум есть (нужно не менее 12)"
    assert [cell(tab, r, AttendanceModel.REASON) for r in (1, 2)] == ["болезнь", "болезнь"]
    with database.session() as s:
        rows = m.attendance(s, meeting)
    assert sum(1 for r in rows if r.present) == 21
    assert all(r.present is not None for r in rows)

    # «Снять отметку» for one member.
    select_rows(tab, [3])
    qtbot.mouseClick(tab.clear_mark_button, Qt.MouseButton.LeftButton)
    assert cell(tab, 3, AttendanceModel.PRESENCE) == "не отмечен"
    assert tab.marks_label.text() == "Отсутствуют: 2; не отмечены: 1"


def test_invite_a_new_person_then_pick_them_again(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "invite_dialog")
    type_text(dialog.last_name_edit, "Сидорова")
    type_text(dialog.first_name_edit, "Анна")
    type_text(dialog.middle_name_edit, "Петровна")
    type_text(dialog.position_edit, "директор")
    type_text(dialog.organisation_edit, "АНО «Центр компетенций Кузбасса»")
    click_ok(dialog)
    assert not dialog.isVisible()
    assert tab.invitation_model.rowCount() == 1
    assert tab.invitation_model.index(0, 0).data() == "Сидорова Анна Петровна"
    with database.session() as s:
        (first,) = m.invitations(s, meeting)
        second_meeting = m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 12, 14)))
    assert first.organisation == "АНО «Центр компетенций Кузбасса»"

    # The next meeting: she is offered; typing filters, Enter takes her.
    tab2 = open_tab(qtbot, database, second_meeting)
    qtbot.mouseClick(tab2.invite_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "invite_dialog")
    assert dialog.earlier_group.isVisible()
    assert "Сидорова Анна Петровна" in [r.full_name for r in dialog.visible_earlier()]
    type_text(dialog.filter_edit, "сидор")
    assert [r.full_name for r in dialog.visible_earlier()] == ["Сидорова Анна Петровна"]
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.last_name_edit.text() == "Сидорова" and dialog.last_name_edit.isReadOnly()
    assert dialog.position_edit.text() == "директор"
    assert dialog.organisation_edit.text() == "АНО «Центр компетенций Кузбасса»"
    clear_and_type(dialog.position_edit, "генеральный директор")
    click_ok(dialog)
    assert not dialog.isVisible()
    with database.session() as s:
        (again,) = m.invitations(s, second_meeting)
    assert again.person_id == first.person_id  # the same person, not a twin
    assert again.position == "генеральный директор"
    assert tab2.invitation_model.index(0, 1).data() == "генеральный директор"

    # «Удалить из приглашенных» asks, then removes.
    tab2.invitations_view.selectRow(0)
    qtbot.mouseClick(tab2.remove_invitation_button, Qt.MouseButton.LeftButton)
    box = visible(qtbot, "question_box")
    assert box.text() == "Удалить Сидорова Анна Петровна из приглашенных на заседание?"
    box.button(box.StandardButton.Yes).click()
    assert tab2.invitation_model.rowCount() == 0
    with database.session() as s:
        assert m.invitations(s, second_meeting) == []


def test_another_person_after_a_pick(qtbot, database, example_body, meeting):
    from desktop_app.domain.person import PersonFields

    with database.session() as s:
        earlier = m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 6, 1)))
        m.invite(s, earlier, person=PersonFields("Сидорова", "Анна", "Петровна"))
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "invite_dialog")
    dialog.earlier_list.setCurrentRow(0)
    dialog._pick_item(dialog.earlier_list.item(0))
    assert dialog.person_id is not None and dialog.new_person_button.isVisible()
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    assert dialog.person_id is None and dialog.last_name_edit.text() == ""
    assert not dialog.last_name_edit.isReadOnly()
    type_text(dialog.last_name_edit, "Лапин")
    type_text(dialog.first_name_edit, "Олег")
    click_ok(dialog)
    with database.session() as s:
        assert [r.full_name for r in m.invitations(s, meeting)] == ["Лапин Олег"]


def test_inviting_a_member_is_refused(qtbot, database, example_body, meeting):
    tab = open_tab(qtbot, database, meeting)
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    dialog = visible(qtbot, "invite_dialog")
    type_text(dialog.last_name_edit, "Хмелева")
    type_text(dialog.first_name_edit, "Ксения")
    type_text(dialog.middle_name_edit, "Владимировна")
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Приглашенный: это член органа на дату заседания: отметьте его в явке, а не в приглашенных"
    )
    with database.session() as s:
        assert m.invitations(s, meeting) == []
    assert tab.invitation_model.rowCount() == 0
    dialog.reject()


def test_correspondence_attendance_follows_the_ballots(qtbot, database, example_body):
    with database.session() as s:
        meeting = m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, form=MeetingForm.CORRESPONDENCE)
        )
    tab = open_tab(qtbot, database, meeting)
    header = tab.model.headerData(
        AttendanceModel.PRESENCE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Голосовал (опросный лист)"
    assert tab.explanation_label.isVisible()
    assert "опросный лист" in tab.explanation_label.text()
    assert not tab.mark_rest_button.isVisible() and not tab.mark_absent_button.isVisible()
    assert cell(tab, 0, AttendanceModel.PRESENCE) == "не голосовал"
    index = tab.model.index(0, AttendanceModel.PRESENCE)
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    click_row(qtbot, tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    with database.session() as s:
        assert m.quorum(s, meeting).present == 0


def test_signed_protocol_attendance_is_read_only(qtbot, database, example_body, meeting):
    with database.session() as s:
        item = m.add_item(s, meeting, m.ItemFields("Первый"))
        m.approve_agenda(s, meeting, date(2023, 10, 1))
        m.mark_unmarked_present(s, meeting)
        m.mark_held(s, meeting)
        m.add_decision(s, item, m.DecisionFields("Принять к сведению"))
        m.sign_protocol(s, meeting, date(2023, 10, 13))
    tab = open_tab(qtbot, database, meeting)
    assert tab.explanation_label.text().startswith("Протокол подписан 13.10.2023")
    click_row(qtbot, tab, 0)
    for widget in (
        tab.mark_present_button,
        tab.mark_absent_button,
        tab.clear_mark_button,
        tab.mark_rest_button,
        tab.invite_button,
    ):
        assert not widget.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert cell(tab, 0, AttendanceModel.PRESENCE) == "присутствовал"
    assert stored_quorum(database, meeting).present == 23


def test_models_pass_the_model_tester(qtmodeltester, database, example_body, meeting):
    from desktop_app.domain.person import PersonFields
    from desktop_app.views.attendance_model import InvitationModel

    with database.session() as s:
        m.set_attendance(s, meeting, m.attendance(s, meeting)[0].entry.person_id, True)
        m.invite(s, meeting, person=PersonFields("Сидорова", "Анна"), organisation="АНО")
        rows = m.attendance(s, meeting)
        invited = m.invitations(s, meeting)
    attendance = AttendanceModel()
    attendance.set_rows(rows, correspondence=False)
    qtmodeltester.check(attendance)
    invitations = InvitationModel()
    invitations.set_rows(invited)
    qtmodeltester.check(invitations)
