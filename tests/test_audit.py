"""The audit trail: every kind of the official record logged with who, when, the old and the
new value in words; a record's history; the journal's search (Cyrillic in any case, ё = е,
by body and dates); nothing logged for what was rolled back or for the example; and the
windows that show it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import AbsenceReason, MeetingForm, VoteCount
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import Role
from desktop_app.store import assignments as a
from desktop_app.store import audit
from desktop_app.store import meetings as m
from desktop_app.store.models import AuditEntry
from desktop_app.store.roster import add_member, end_membership, roster_on, update_person

DAY = date(2023, 3, 15)


def entries(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def changes(rows, field: str) -> list[tuple[str, str, str]]:
    return [(r.action.label, r.old_value, r.new_value) for r in rows if r.field == field]


@pytest.fixture
def meeting(database, example_body) -> int:
    with database.session() as s:
        return m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, start=time(10), venue="каб. 305")
        )


def test_the_example_is_not_logged(database, example_meetings):
    assert entries(database) == 0


def test_a_meeting_is_logged_with_who_when_old_and_new(database, example_body, meeting):
    before = datetime.now().replace(microsecond=0)
    with database.session() as s:
        m.update_meeting(
            s,
            meeting,
            m.MeetingFields(
                day=date(2023, 3, 16), start=time(10), venue="зал № 2", form=MeetingForm.VIDEO
            ),
        )
    with database.session() as s:
        rows = audit.history(s, audit.MEETING, meeting)
    assert changes(rows, "Дата заседания") == [
        ("изменено", "15.03.2023", "16.03.2023"),
        ("создано", "", "15.03.2023"),
    ]
    assert ("изменено", "каб. 305", "зал № 2") in changes(rows, "Место проведения")
    assert changes(rows, "Форма проведения") == [
        ("изменено", "очная", "ВКС"),
        ("создано", "", "очная"),
    ]
    assert ("создано", "", "10:00") in changes(rows, "Время")
    latest = rows[0]
    assert latest.user == audit.current_user() and latest.user
    assert before <= latest.at <= datetime.now()
    assert latest.subject_title == "Протокол № 1 от 16.03.2023"
    assert latest.body_id == example_body


def prepare_held(database, body_id, meeting_id):
    with database.session() as s:
        members = roster_on(s, body_id, DAY)
        chair = next(e for e in members if e.role is Role.CHAIR)
        absent = next(e for e in members if e.role is Role.MEMBER)
        item = m.add_item(
            s,
            meeting_id,
            m.ItemFields("О ходе реализации плана", speakers=[m.SpeakerRef(chair.person_id)]),
        )
        m.approve_agenda(s, meeting_id, date(2023, 3, 1))
        m.set_attendance(s, meeting_id, absent.person_id, False, AbsenceReason.VACATION)
        m.mark_unmarked_present(s, meeting_id)
        m.mark_held(s, meeting_id)
    return item, absent, chair, len(members)


def test_the_protocol_is_logged_item_by_item(database, example_body, meeting):
    item, absent, chair, total = prepare_held(database, example_body, meeting)
    chair_name = f"{chair.last_name} {chair.first_name[0]}.{chair.middle_name[0]}."
    with database.session() as s:
        decision = m.add_decision(
            s,
            item,
            m.DecisionFields(
                text="Информацию принять к сведению.",
                responsible="Иванов И.И.",
                deadline=date(2023, 6, 1),
                votes=VoteCount(total - 1, 0, 0),
            ),
        )
    with database.session() as s:
        fields = m.decision_fields(s, decision)
        fields.deadline = date(2023, 7, 1)
        m.update_decision(s, decision, fields)
        m.sign_protocol(s, meeting, date(2023, 3, 20))
    with database.session() as s:
        rows = audit.history(s, audit.MEETING, meeting)

    def latest(detail: str, field: str):
        return next(r for r in rows if (r.detail, r.field) == (detail, field))

    absence = next(r for r in rows if r.field == "Причина отсутствия")
    assert (absence.action.label, absence.new_value) == ("создано", "отпуск")
    assert (
        absence.detail
        == f"явка: {absent.last_name} {absent.first_name[0]}.{absent.middle_name[0]}."
    )
    deadline = latest("вопрос 1, решение 1.1", "Срок")
    assert (deadline.old_value, deadline.new_value) == ("01.06.2023", "01.07.2023")
    assert latest("вопрос 1, решение 1.1", "За").new_value == str(total - 1)
    assert latest("вопрос 1, решение 1.1", "Принято").new_value == "да"
    assert latest("вопрос 1", "Докладчик").new_value == chair_name
    status = latest("", "Статус")
    assert (status.old_value, status.new_value) == ("проведено", "протокол подписан")
    assert latest("", "Протокол подписан").new_value == "20.03.2023"
    assert latest("редакция 1", "Подписанная редакция").new_value == "1"
    # the decision went on control: the assignment has its own history
    with database.session() as s:
        assignment_id = s.scalar(
            select(a.Assignment.id).where(a.Assignment.decision_id == decision)
        )
        created = audit.history(s, audit.ASSIGNMENT, assignment_id)
    assert ("создано", "", "01.07.2023") in changes(created, "Срок")


def test_speakers_rewritten_unchanged_leave_no_trace(database, example_body, meeting):
    with database.session() as s:
        chair = next(e.person_id for e in roster_on(s, example_body, DAY) if e.role is Role.CHAIR)
        item = m.add_item(s, meeting, m.ItemFields("О плане", speakers=[m.SpeakerRef(chair)]))
    count = entries(database)
    with database.session() as s:
        m.update_item(s, item, m.ItemFields("О плане на 2023 год", speakers=[m.SpeakerRef(chair)]))
    with database.session() as s:
        rows = audit.history(s, audit.MEETING, meeting)
    assert entries(database) == count + 1
    assert (rows[0].field, rows[0].old_value, rows[0].new_value) == (
        "Вопрос повестки",
        "О плане",
        "О плане на 2023 год",
    )


def test_an_assignment_is_logged(database, example_body):
    with database.session() as s:
        assignment_id = a.create_assignment(
            s,
            a.AssignmentFields(
                body_id=example_body,
                text="Подготовить отчет",
                executors="Романов В.В., отдел экономики",
                given_on=date(2025, 1, 10),
                deadline=date(2025, 2, 1),
                source="поручение председателя от 10.01.2025",
            ),
        )
    with database.session() as s:
        a.extend_deadline(s, assignment_id, date(2025, 3, 1), date(2025, 1, 30), "просьба отдела")
    with database.session() as s:
        a.report_execution(
            s, assignment_id, a.ReportFields(date(2025, 2, 25), "Отчет подготовлен и направлен")
        )
    with database.session() as s:
        rows = audit.history(s, audit.ASSIGNMENT, assignment_id)
        title = audit.subject_title(s, audit.ASSIGNMENT, assignment_id)
    assert title == "Поручение: поручение председателя от 10.01.2025"
    assert ("изменено", "01.02.2025", "01.03.2025") in changes(rows, "Срок")
    assert ("создано", "", "просьба отдела") in changes(rows, "Основание продления")
    assert ("изменено", "на контроле", "исполнено") in changes(rows, "Статус")
    report = next(r for r in rows if r.field == "Отчет об исполнении")
    assert report.detail == "отчет от 25.02.2025"
    assert {r.new_value for r in rows if r.field == "Исполнитель"} == {
        "Романов В.В.",
        "отдел экономики",
    }


def test_the_roster_and_a_persons_name_are_logged(database, example_body):
    with database.session() as s:
        membership = add_member(
            s,
            example_body,
            PersonFields(last_name="Ёлкина", first_name="Анна", middle_name="Петровна"),
            Role.MEMBER,
            date(2025, 1, 1),
        )
        person_id = s.get(a.Person, s.get(audit.Membership, membership).person_id).id
    with database.session() as s:
        update_person(
            s,
            person_id,
            PersonFields(last_name="Иванова", first_name="Анна", middle_name="Петровна"),
        )
        end_membership(s, membership, date(2025, 6, 1))
    with database.session() as s:
        rows = audit.history(s, audit.ROSTER, example_body)
    assert ("изменено", "Ёлкина", "Иванова") in changes(rows, "Фамилия")
    assert ("создано", "", "член") in changes(rows, "Роль")
    left = next(r for r in rows if r.field == "Выведен из состава с")
    assert (left.old_value, left.new_value) == ("", "01.06.2025")
    assert left.detail == "Иванова А.П."
    assert left.subject_title.startswith("Состав ")


def plan_item_and_unit(session, body_id):
    from desktop_app.store.plans import plans

    for plan in plans(session, body_id):
        for item in plan.items:
            if item.executors and not item.fact_registry:
                return plan, item, item.executors[0].unit_id
    raise AssertionError("no measure reported on")


def test_a_plan_report_is_logged_and_its_deletion_too(database, example_meetings):
    from desktop_app.store.plans import ReportFields, delete_report, save_report

    with database.session() as s:
        plan, item, unit_id = plan_item_and_unit(s, example_meetings)
        year, item_id = plan.last_year, item.id
    with database.session() as s:
        delete_report(s, item_id, unit_id, year, 3)
        save_report(
            s, item_id, unit_id, year, 3, ReportFields(fact=2, reported_on=date(2024, 10, 3))
        )
    with database.session() as s:
        save_report(
            s, item_id, unit_id, year, 3, ReportFields(fact=3.5, reported_on=date(2024, 10, 4))
        )
    with database.session() as s:
        delete_report(s, item_id, unit_id, year, 3)  # a bulk DELETE in the store
    with database.session() as s:
        rows = audit.history(s, audit.PLAN_ITEM, item_id)
    facts = changes(rows, "Факт")
    assert facts[0] == ("удалено", "3,5", "")
    assert ("изменено", "2", "3,5") in facts
    assert facts[-1] == ("создано", "", "2")
    assert rows[0].detail.endswith(f"III квартал {year}")
    assert rows[0].subject_title.startswith(
        f"План мероприятий {plan.first_year}–{plan.last_year}, п."
    )


def test_a_rolled_back_transaction_leaves_no_log(database, example_body, meeting):
    count = entries(database)
    with pytest.raises(RuntimeError):
        with database.session() as s:
            m.update_meeting(s, meeting, m.MeetingFields(day=DAY, venue="другое место"))
            s.flush()
            raise RuntimeError("the power went off")
    with pytest.raises(ValidationError):
        with database.session() as s:
            m.add_item(s, meeting, m.ItemFields("Вопрос"))
            s.flush()
            m.add_item(s, meeting, m.ItemFields(""))  # refused: the whole transaction goes
    assert entries(database) == count
    with database.session() as s:
        assert m.agenda_items(s, meeting) == []


def test_a_deleted_meeting_keeps_its_history(database, example_body, meeting):
    with database.session() as s:
        m.add_item(s, meeting, m.ItemFields("Вопрос, который удалят"))
    with database.session() as s:
        m.delete_meeting(s, meeting)
    with database.session() as s:
        rows = audit.history(s, audit.MEETING, meeting)
    assert ("удалено", "Вопрос, который удалят", "") in changes(rows, "Вопрос повестки")
    assert ("удалено", "каб. 305", "") in changes(rows, "Место проведения")


def test_the_journal_search(database, example_body, meeting):
    with database.session() as s:
        m.update_meeting(s, meeting, m.MeetingFields(day=DAY, venue="Зал «Ёлочка»"))
    with database.session() as s:
        assert audit.search(s, "ЕЛОЧКА")[0].new_value == "Зал «Ёлочка»"
        assert audit.search(s, "зал ёлочка место")  # every word, anywhere in the row
        assert audit.search(s, "ёлочка", body_id=example_body)
        assert not audit.search(s, "ёлочка", body_id=example_body + 1000)
        assert not audit.search(s, "ёлочка берёзка")
        today = date.today()
        assert audit.search(s, "елочка", date_from=today, date_to=today)
        assert not audit.search(s, "елочка", date_to=today - timedelta(days=1))
        assert not audit.search(s, "елочка", date_from=today + timedelta(days=1))
        assert len(audit.search(s, "", limit=3)) == 3
        assert audit.search(s, "%") == []  # no wildcards


# ----- the windows ---------------------------------------------------------------------------


def _cells(table, column_title: str) -> list[str]:
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(column_title)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_meeting_window_shows_the_history(qtbot, database, example_body, meeting):
    from desktop_app.views.meeting_window import open_meeting_window

    with database.session() as s:
        m.update_meeting(s, meeting, m.MeetingFields(day=DAY, venue="зал № 2"))
    window, _ = open_meeting_window(database, meeting)
    qtbot.addWidget(window)
    assert window.history_action.isEnabled()
    assert window.history_action.text().replace("&", "") == "История изменений…"
    window.history_action.trigger()
    dialog = window.findChild(type(window.show_history()), "history_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_label.text() == "Протокол № 1 от 15.03.2023"
    assert "зал № 2" in _cells(dialog.table, "Стало")
    assert "каб. 305" in _cells(dialog.table, "Было")
    assert _cells(dialog.table, "Кто")[0] == audit.current_user()
    dialog.table.selectRow(_cells(dialog.table, "Стало").index("зал № 2"))
    assert "Было:\nкаб. 305\n\nСтало:\nзал № 2" in dialog.view.detail.toPlainText()
    dialog.grab().save("/tmp/shots6/audit_history.png")


def test_the_journal_from_the_main_window(qtbot, example_window, database):
    from typing_helpers import type_text

    from desktop_app.views.audit_dialog import JournalDialog

    body_id = example_window.body_id
    with database.session() as s:
        meeting_id = m.create_meeting(s, body_id, m.MeetingFields(day=DAY, venue="Зал «Ёлочка»"))
    with database.session() as s:
        m.update_meeting(s, meeting_id, m.MeetingFields(day=DAY, venue="Малый зал"))
    journal_action = example_window.findChild(type(example_window.journal_action), "audit_journal")
    assert journal_action.isEnabled()
    assert journal_action in example_window.service_menu.actions()
    journal_action.trigger()
    dialog = example_window.findChild(JournalDialog, "journal_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.body_combo.currentData() == body_id
    everything = dialog.table.model().rowCount()
    assert everything > 2
    type_text(dialog.search_edit, "ЁЛОЧКА")
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() < everything, timeout=2000)
    assert set(_cells(dialog.table, "Было")) | set(_cells(dialog.table, "Стало")) >= {
        "Зал «Ёлочка»"
    }
    assert all(
        "Ёлочка" in w or "Ёлочка" in o
        for w, o in zip(_cells(dialog.table, "Было"), _cells(dialog.table, "Стало"), strict=True)
    )
    assert "Протокол № 1 от 15.03.2023" in _cells(dialog.table, "Запись")[0]
    assert dialog.count_label.text().startswith("Найдено изменений")
    dialog.from_check.setChecked(True)
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(60))
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 0, timeout=2000)
    assert dialog.count_label.text() == "Ничего не найдено."
    dialog.from_check.setChecked(False)
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() > 0, timeout=2000)
    dialog.resize(1280, 600)
    dialog.grab().save("/tmp/shots6/audit_journal.png")


def test_the_roster_history_from_the_main_window(qtbot, example_window, database):
    from desktop_app.views.audit_dialog import HistoryDialog

    body_id = example_window.body_id
    with database.session() as s:
        add_member(
            s,
            body_id,
            PersonFields(last_name="Новикова", first_name="Ольга", middle_name="Ивановна"),
            Role.MEMBER,
            date(2025, 1, 1),
        )
    example_window.roster_history_action.trigger()
    dialog = example_window.findChild(HistoryDialog, "history_dialog")
    assert dialog is not None
    assert "Новикова О.И." in _cells(dialog.table, "Где")


def test_the_assignment_card_and_the_plan_page_open_their_history(
    qtbot, database, example_meetings
):
    from desktop_app.store.plans import ReportFields, save_report
    from desktop_app.views.assignment_dialogs import AssignmentCard
    from desktop_app.views.audit_dialog import HistoryDialog

    with database.session() as s:
        assignment_id = a.create_assignment(
            s,
            a.AssignmentFields(
                body_id=example_meetings,
                text="Подготовить справку",
                executors="отдел экономики",
                given_on=date(2025, 1, 10),
                deadline=date(2025, 2, 1),
            ),
        )
    card = AssignmentCard(database, assignment_id)
    qtbot.addWidget(card)
    card.buttons["history_button"].click()
    dialog = card.findChild(HistoryDialog)
    assert "Подготовить справку" in _cells(dialog.table, "Стало")

    with database.session() as s:
        plan, item, unit_id = plan_item_and_unit(s, example_meetings)
        item_id = item.id
        save_report(s, item_id, unit_id, plan.last_year, 4, ReportFields(fact=7))
    dialog = HistoryDialog(database, audit.PLAN_ITEM, item_id)
    qtbot.addWidget(dialog)
    assert "7" in _cells(dialog.table, "Стало")


def test_the_trail_itself_cannot_be_edited(database, example_body, meeting):
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(database.path)) as connection:
        for sql in ("UPDATE audit_entry SET new_value = 'подделка'", "DELETE FROM audit_entry"):
            with pytest.raises(sqlite3.IntegrityError, match="журнал изменений не изменяется"):
                connection.execute(sql)
    assert entries(database) > 0
