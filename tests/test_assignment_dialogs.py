"""The dialogs of one assignment on control, driven as a secretary drives them: a new
instruction typed by hand, the card, a report of execution (with a file), an extension of
the deadline, a removal from control and the return, a deletion; bad input shows the
Russian message in the dialog and stores nothing.

The public functions open their dialogs modally (``exec``) and return what was written, so
``run_modal`` runs them while handlers play the secretary in each dialog in turn.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from test_main_window import click_ok
from typing_helpers import clear_and_type, type_text

from desktop_app.domain.assignment import AssignmentStatus, Recurrence, Schedule, StatusFilter
from desktop_app.domain.dates import format_date
from desktop_app.store import assignments as a
from desktop_app.store.materials import storage_dir
from desktop_app.store.models import Assignment
from desktop_app.views import assignment_dialogs as dialogs
from desktop_app.views.forms import to_qdate

#: Typing a responsible opens the completion popup, which the offscreen platform cannot
#: raise or give the keyboard to; a real screen can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

TODAY = date.today()

LONG_TEXT = (
    "Подготовить и направить в управление экономического развития Администрации "
    "Беловского городского округа сводную информацию о ходе реализации бережливых проектов "
    "в территориальных управлениях пгт Бачатский и пгт Инской с приложением паспортов "
    "проектов и фотоматериалов «до» и «после» внедрения улучшений"
)


# ----- driving modal dialogs ------------------------------------------------------------------
Handler = tuple[str, Callable[[QWidget], None]]


def _close_modals() -> None:
    for _ in range(10):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        QApplication.processEvents()


def run_modal(action: Callable[[], object], *handlers: Handler, timeout: float = 15.0):
    """Run ``action`` (which opens modal dialogs one inside another) while each handler,
    in order, gets the modal dialog of its object name and plays the secretary in it (and
    closes it). A failing handler closes every dialog and its error is raised here."""
    pending = list(handlers)
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    finished = False
    limit = time.monotonic() + timeout

    def poll() -> None:
        if finished:
            return
        QTimer.singleShot(5, poll)  # keeps polling inside a nested dialog's loop
        if time.monotonic() > limit:
            name = pending[0][0] if pending else "the dialogs to close"
            errors.append(AssertionError(f"timed out waiting for {name}"))
            _close_modals()
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
        except BaseException as error:  # noqa: BLE001 (re-raised below)
            errors.append(error)
            _close_modals()

    QTimer.singleShot(0, poll)
    try:
        result = action()
        # A message shown as the action ends (``messages.show_error`` does not block).
        while pending and not errors and time.monotonic() < limit:
            QApplication.processEvents()
            time.sleep(0.002)
    finally:
        finished = True
        QApplication.processEvents()
    if errors:
        raise errors[0]
    assert not pending, f"never shown: {[name for name, _ in pending]}"
    return result


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def cancel(dialog: QDialog) -> None:
    dialog.reject()


def error_text(dialog: QDialog) -> str:
    label = dialog.error_label
    assert label.isVisible(), "no error shown"
    return label.text()


def click_ok_expecting(dialog: QDialog, message: str) -> None:
    """OK refused: the dialog stays open and names the field in Russian."""
    click_ok(dialog)
    assert dialog.isVisible()
    assert error_text(dialog) == message


def has_focus(dialog: QDialog, widget: QWidget) -> bool:
    """The cursor is in ``widget`` (the window need not be active offscreen)."""
    focused = dialog.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def card_texts(card: QDialog) -> list[str]:
    """What the card shows: its visible texts and group titles, top to bottom."""
    shown = [
        (widget, widget.text() if isinstance(widget, QLabel) else widget.title())
        for widget in card.findChildren(QLabel) + card.findChildren(QGroupBox)
        if widget.isVisibleTo(card)
    ]
    shown = [(widget, text) for widget, text in shown if text.strip()]
    shown.sort(key=lambda pair: pair[0].mapTo(card, pair[0].rect().topLeft()).y())
    return [text for _widget, text in shown]


def card_text(card: QDialog) -> str:
    return "\n".join(card_texts(card))


def reports_shown(card: QDialog) -> int:
    return len([f for f in card.findChildren(QFrame, "report_frame") if f.isVisibleTo(card)])


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def later(callable_: Callable[[], None]) -> None:
    """Click a button that opens another modal dialog from inside a handler."""
    QTimer.singleShot(0, callable_)


# ----- data -------------------------------------------------------------------------------------
def open_details(database) -> list[a.AssignmentDetail]:
    with database.session() as session:
        query = a.AssignmentQuery(today=TODAY, status=StatusFilter.OPEN)
        rows = a.list_assignments(session, query, 0, 1000)
        return [a.assignment_detail(session, row.id) for row in rows]


def from_protocol(database, number: int = 0) -> a.AssignmentDetail:
    """A decision of the example's protocols still on control: a date deadline, no
    reports; the ones never extended first."""
    found = [
        d
        for d in open_details(database)
        if d.from_protocol and d.schedule is None and d.deadline is not None and not d.reports
    ]
    found.sort(key=lambda d: (len(d.extensions), d.id))
    assert len(found) > number, "the example has too few assignments of its protocols on control"
    return found[number]


def example_recurring(database) -> a.AssignmentDetail:
    """The example's «ежеквартально до 5 числа…», on control with its quarterly reports."""
    found = [d for d in open_details(database) if d.schedule is not None]
    assert found, "the example has no recurring assignment on control"
    return found[0]


def detail(database, assignment_id: int) -> a.AssignmentDetail:
    with database.session() as session:
        return a.assignment_detail(session, assignment_id)


def count(database) -> int:
    with database.session() as session:
        return session.query(Assignment).count()


def hand_made(database, body_id: int, **changes) -> int:
    fields = a.AssignmentFields(
        body_id=body_id,
        text=changes.pop("text", LONG_TEXT),
        executors=changes.pop("executors", "Романов В.В., Олейникова А.Ф."),
        given_on=changes.pop("given_on", date(2024, 5, 10)),
        deadline=changes.pop("deadline", date(2024, 8, 1)),
        source=changes.pop("source", "поручение председателя от 10.05.2024"),
        **changes,
    )
    with database.session() as session:
        return a.create_assignment(session, fields)


@pytest.fixture
def page(qtbot) -> QWidget:
    """The window the functions are called from (the list of assignments)."""
    widget = QWidget()
    widget.setObjectName("calling_page")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def _no_remembered_acceptor():
    QSettings().remove(dialogs.ACCEPTED_BY_KEY)
    yield
    _close_modals()


# ----- the form ------------------------------------------------------------------------------
def test_secretary_puts_an_instruction_of_the_chair_on_control(qtbot, database, example_meetings):
    def fill(dialog):
        w = dialog.widget
        assert dialog.windowTitle() == "Новое поручение"
        assert not w("body_combo").isEnabled()
        assert w("body_combo").currentText() == "Рабочая группа по бережливому управлению"
        type_text(w("text_edit"), LONG_TEXT)
        type_text(w("source_edit"), "поручение председателя от 10.05.2024")
        w("given_date_edit").setDate(to_qdate(date(2024, 5, 10)))
        type_text(w("executors_edit"), "Романов В.В., Олейникова А.Ф.; Сикова Е.А.")
        w("deadline_date_edit").setDate(to_qdate(date(2024, 8, 1)))
        assert w("date_deadline_radio").isChecked()
        click_ok(dialog)

    before = count(database)
    new_id = run_modal(
        lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
        ("assignment_dialog", fill),
    )
    assert count(database) == before + 1
    stored = detail(database, new_id)
    assert stored.text == LONG_TEXT
    assert stored.source == "поручение председателя от 10.05.2024"
    assert stored.given_on == date(2024, 5, 10)
    assert stored.deadline == date(2024, 8, 1)
    assert [(e.name, e.lead) for e in stored.executors] == [
        ("Романов В.В.", True),
        ("Олейникова А.Ф.", False),
        ("Сикова Е.А.", False),
    ]
    assert stored.status is AssignmentStatus.ON_CONTROL

    def look(card):
        text = card_text(card)
        assert LONG_TEXT in text
        assert "Романов В.В. (ответственный)" in text
        assert "Сикова Е.А. (соисполнитель)" in text
        assert "01.08.2024" in text
        assert "поручение председателя от 10.05.2024" in text
        assert card.findChild(QPushButton, "open_protocol_button") is None  # not from a meeting
        assert button(card, "delete_button").isEnabled()  # typed by hand, no reports
        card.accept()

    assert not run_modal(
        lambda: dialogs.show_assignment(None, database, new_id), ("assignment_card", look)
    )


def test_bad_input_in_the_form_is_named_and_nothing_is_stored(qtbot, database, example_meetings):
    def fill(dialog):
        w = dialog.widget
        click_ok_expecting(dialog, "Поручение: обязательное поле не заполнено")
        assert has_focus(dialog, w("text_edit"))
        type_text(w("text_edit"), "Представить отчет о реализации проектов")
        click_ok_expecting(dialog, "Ответственные: укажите хотя бы одного ответственного")
        assert has_focus(dialog, w("executors_edit"))
        type_text(w("executors_edit"), "Малахов А.Н.")
        w("given_date_edit").setDate(to_qdate(date(2024, 9, 1)))
        w("deadline_date_edit").setDate(to_qdate(date(2024, 8, 31)))
        click_ok_expecting(dialog, "Срок: срок не может быть раньше даты поручения")
        dialog.reject()

    before = count(database)
    assert (
        run_modal(
            lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
            ("assignment_dialog", fill),
        )
        is None
    )
    assert count(database) == before


def test_a_recurring_instruction_reports_for_its_quarter(qtbot, database, example_meetings):
    """Given in May 2024, «ежеквартально до 5 числа»: the first report is the II quarter's,
    due on 05.07.2024; the card lists the report for «II квартал 2024 года»."""

    def fill(dialog):
        w = dialog.widget
        type_text(w("text_edit"), "Представлять информацию о ходе реализации бережливых проектов")
        w("given_date_edit").setDate(to_qdate(date(2024, 5, 10)))
        type_text(w("executors_edit"), "руководители бережливых проектов")
        w("recurring_deadline_radio").setChecked(True)
        w("kind_combo").setCurrentIndex(w("kind_combo").findData(Recurrence.QUARTERLY.value))
        w("day_spin").setValue(5)
        assert not w("month_combo").isVisible()
        assert w("schedule_hint").text() == (
            "ежеквартально до 5 числа месяца, следующего за отчетным кварталом; "
            "очередной отчет — 05.07.2024 (за II квартал 2024 года)"
        )
        click_ok(dialog)

    new_id = run_modal(
        lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
        ("assignment_dialog", fill),
    )
    stored = detail(database, new_id)
    assert stored.schedule is not None and stored.schedule.kind is Recurrence.QUARTERLY
    assert stored.deadline == date(2024, 7, 5)

    def report(dialog):
        assert dialog.period_label.text() == "Отчет за II квартал 2024 года (срок 05.07.2024)"
        assert dialog.final_check.isVisible() and not dialog.final_check.isChecked()
        type_text(dialog.report_edit, "Реализованы 4 проекта из 6, паспорта согласованы")
        click_ok(dialog)

    def look(card):
        later(button(card, "report_button").click)
        qtbot.waitUntil(lambda: reports_shown(card) == 1)
        text = card_text(card)
        assert f"Отчет от {format_date(TODAY)} за II квартал 2024 года (срок 05.07.2024)" in text
        assert "Реализованы 4 проекта из 6, паспорта согласованы" in text
        assert "очередной срок 05.10.2024 — отчет за III квартал 2024 года" in text
        card.accept()

    assert run_modal(
        lambda: dialogs.show_assignment(None, database, new_id),
        ("assignment_card", look),
        ("report_dialog", report),
    )
    stored = detail(database, new_id)
    assert stored.status is AssignmentStatus.ON_CONTROL
    assert stored.deadline == date(2024, 10, 5)
    assert [r.period_deadline for r in stored.reports] == [date(2024, 7, 5)]


def test_a_yearly_deadline_names_its_month(qtbot, database, example_meetings):
    def fill(dialog):
        w = dialog.widget
        w("recurring_deadline_radio").setChecked(True)
        w("kind_combo").setCurrentIndex(w("kind_combo").findData(Recurrence.YEARLY.value))
        assert w("month_combo").isVisible()
        assert not w("day_suffix_label").isVisible()
        w("day_spin").setValue(15)
        w("month_combo").setCurrentIndex(0)
        w("given_date_edit").setDate(to_qdate(date(2024, 3, 1)))
        assert (
            w("schedule_hint")
            .text()
            .startswith("ежегодно до 15 января; очередной отчет — 15.01.2025 (за 2024 год)")
        )
        type_text(w("text_edit"), "Представить годовой отчет")
        type_text(w("executors_edit"), "Хмелева К.В.")
        click_ok(dialog)

    new_id = run_modal(
        lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
        ("assignment_dialog", fill),
    )
    assert detail(database, new_id).deadline == date(2025, 1, 15)


def test_without_a_date_the_deadline_is_in_words(qtbot, database, example_meetings):
    def fill(dialog):
        w = dialog.widget
        type_text(w("text_edit"), "Обеспечить размещение новостей проекта на сайте")
        type_text(w("executors_edit"), "Александрова С.А.")
        type_text(w("deadline_note_edit"), "постоянно")
        assert w("no_deadline_radio").isChecked()  # typing the words chose them
        click_ok(dialog)

    new_id = run_modal(
        lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
        ("assignment_dialog", fill),
    )
    stored = detail(database, new_id)
    assert stored.deadline is None and stored.deadline_note == "постоянно"


def test_an_assignment_from_a_protocol_changes_only_its_responsibles(
    qtbot, database, example_meetings
):
    before = from_protocol(database)

    def fill(dialog):
        w = dialog.widget
        assert w("text_edit").toPlainText() == before.text
        assert w("text_edit").isReadOnly() and w("source_edit").isReadOnly()
        assert not w("deadline_date_edit").isEnabled()
        assert not w("given_date_edit").isEnabled()
        assert "исправлением протокола" in w("dialog_quote").text()
        clear_and_type(w("executors_edit"), "Наруджимова М.В., Гусарова С.В.")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.edit_assignment(None, database, before.id),
        ("assignment_dialog", fill),
    )
    after = detail(database, before.id)
    assert [e.name for e in after.executors] == ["Наруджимова М.В.", "Гусарова С.В."]
    assert (after.text, after.deadline, after.source, after.extensions) == (
        before.text,
        before.deadline,
        before.source,
        before.extensions,
    )


def test_a_hand_made_assignment_is_corrected(qtbot, database, example_meetings):
    assignment_id = hand_made(database, example_meetings)

    def fill(dialog):
        w = dialog.widget
        assert w("text_edit").toPlainText() == LONG_TEXT
        assert not w("dialog_quote").isVisible()
        assert w("deadline_date_edit").isEnabled()
        w("deadline_date_edit").setDate(to_qdate(date(2024, 9, 2)))
        clear_and_type(w("source_edit"), "поручение председателя от 13.05.2024")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.edit_assignment(None, database, assignment_id),
        ("assignment_dialog", fill),
    )
    stored = detail(database, assignment_id)
    assert stored.deadline == date(2024, 9, 2)
    assert stored.source == "поручение председателя от 13.05.2024"
    assert stored.extensions == ()


# ----- the report of execution ------------------------------------------------------------------
def test_a_report_closes_a_one_off_assignment(qtbot, database, example_meetings):
    assignment = from_protocol(database)
    deadline = format_date(assignment.deadline)

    def report(dialog):
        assert dialog.windowTitle() == "Отчет об исполнении"
        assert dialog.period_label.text() == f"Срок: {deadline}"
        assert not dialog.final_check.isVisible()
        assert dialog.date_edit.date() == to_qdate(TODAY)
        type_text(
            dialog.report_edit,
            "Информация размещена в разделе «Бережливый Белово» официального сайта, "
            "письмо от 18.12.2024 № 01-12/901",
        )
        type_text(dialog.accepted_edit, "секретарь Хмелева К.В.")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.record_report(None, database, assignment.id),
        ("report_dialog", report),
    )
    stored = detail(database, assignment.id)
    assert stored.status is AssignmentStatus.EXECUTED
    assert stored.closed_on == TODAY
    assert stored.reports[-1].accepted_by == "секретарь Хмелева К.В."

    def look(card):
        text = card_text(card)
        assert f"исполнено {format_date(TODAY)}" in text
        assert f"Отчет от {format_date(TODAY)} (срок {deadline})" in text
        assert ("с нарушением срока" in text) == (TODAY > assignment.deadline)
        assert "письмо от 18.12.2024 № 01-12/901" in text
        assert "Принял: секретарь Хмелева К.В." in text
        # Executed: only the return to control is offered.
        assert button(card, "return_button").isVisible()
        for name in ("report_button", "extend_button", "remove_button", "edit_button"):
            assert not button(card, name).isVisible(), name
        assert not button(card, "delete_button").isEnabled()
        card.accept()

    run_modal(
        lambda: dialogs.show_assignment(None, database, assignment.id), ("assignment_card", look)
    )


def test_the_acceptor_is_remembered_for_the_next_report(qtbot, database, example_meetings):
    first = from_protocol(database).id
    second = hand_made(database, example_meetings)

    def report(dialog):
        assert dialog.accepted_edit.text() == ""
        type_text(dialog.report_edit, "Исполнено")
        type_text(dialog.accepted_edit, "Хмелева К.В.")
        click_ok(dialog)

    def next_report(dialog):
        assert dialog.accepted_edit.text() == "Хмелева К.В."
        dialog.reject()

    run_modal(lambda: dialogs.record_report(None, database, first), ("report_dialog", report))
    assert not run_modal(
        lambda: dialogs.record_report(None, database, second), ("report_dialog", next_report)
    )
    assert detail(database, second).reports == ()


def test_a_recurring_report_moves_to_the_next_quarter(qtbot, database, example_meetings):
    """«Ежеквартально до 5 числа» given on 14.03.2024: the I quarter's report is due on
    05.04.2024, the II quarter's on 05.07.2024; the last report ends the control."""
    assignment_id = hand_made(
        database,
        example_meetings,
        text="Представлять информацию о выполнении плана мероприятий",
        given_on=date(2024, 3, 14),
        deadline=None,
        schedule=Schedule(Recurrence.QUARTERLY, 5),
    )
    assert detail(database, assignment_id).deadline == date(2024, 4, 5)

    def first(dialog):
        assert dialog.period_label.text() == "Отчет за I квартал 2024 года (срок 05.04.2024)"
        type_text(dialog.report_edit, "Выполнено 14 мероприятий плана из 16")
        dialog.date_edit.setDate(to_qdate(date(2024, 4, 4)))
        click_ok(dialog)

    def second(dialog):
        assert dialog.period_label.text() == "Отчет за II квартал 2024 года (срок 05.07.2024)"
        type_text(dialog.report_edit, "Выполнено 9 мероприятий плана из 9")
        dialog.date_edit.setDate(to_qdate(date(2024, 7, 8)))
        click_ok(dialog)

    def card_after_two(card):
        later(button(card, "report_button").click)
        qtbot.waitUntil(lambda: reports_shown(card) == 2)
        text = card_text(card)
        first_head = "Отчет от 04.04.2024 за I квартал 2024 года (срок 05.04.2024)"
        second_head = "Отчет от 08.07.2024 за II квартал 2024 года (срок 05.07.2024)"
        assert first_head in text and second_head in text
        assert text.index(second_head) < text.index(first_head)  # the latest first
        assert text.count("с нарушением срока") == 1  # 08.07 after 05.07
        assert "очередной срок 05.10.2024 — отчет за III квартал 2024 года" in text
        assert button(card, "report_button").isVisible()  # still on control
        card.accept()

    assert run_modal(
        lambda: dialogs.record_report(None, database, assignment_id), ("report_dialog", first)
    )
    assert run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id),
        ("assignment_card", card_after_two),
        ("report_dialog", second),
    )
    stored = detail(database, assignment_id)
    assert stored.status is AssignmentStatus.ON_CONTROL
    assert stored.deadline == date(2024, 10, 5)

    def last(dialog):
        assert dialog.period_label.text() == "Отчет за III квартал 2024 года (срок 05.10.2024)"
        type_text(dialog.report_edit, "План мероприятий выполнен полностью")
        dialog.final_check.setChecked(True)
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.record_report(None, database, assignment_id), ("report_dialog", last)
    )
    stored = detail(database, assignment_id)
    assert stored.status is AssignmentStatus.EXECUTED
    assert len(stored.reports) == 3


def test_the_example_recurring_assignment_lists_its_quarters(qtbot, database, example_meetings):
    assignment = example_recurring(database)
    schedule = assignment.schedule
    periods = [schedule.period_of(report.period_deadline) for report in assignment.reports]
    assert periods, "the example's recurring assignment has reports"
    expected = schedule.period_of(assignment.deadline)

    def look(card):
        text = card_text(card)
        for period in periods:
            assert f" за {period} (срок " in text
        assert f"отчет за {expected}" in text
        later(button(card, "report_button").click)
        qtbot.waitUntil(lambda: reports_shown(card) == len(periods) + 1)
        card.accept()

    def report(dialog):
        assert dialog.period_label.text() == (
            f"Отчет за {expected} (срок {format_date(assignment.deadline)})"
        )
        type_text(dialog.report_edit, "Информация представлена всеми исполнителями")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.show_assignment(None, database, assignment.id),
        ("assignment_card", look),
        ("report_dialog", report),
    )
    stored = detail(database, assignment.id)
    assert stored.status is AssignmentStatus.ON_CONTROL
    assert stored.deadline == schedule.next_deadline(assignment.deadline)


def test_a_report_without_text_is_refused(qtbot, database, example_meetings):
    assignment = from_protocol(database)

    def report(dialog):
        click_ok_expecting(dialog, "Отчет об исполнении: обязательное поле не заполнено")
        assert has_focus(dialog, dialog.report_edit)
        type_text(dialog.report_edit, "Исполнено")
        dialog.date_edit.setDate(to_qdate(assignment.given_on - timedelta(days=1)))
        click_ok_expecting(dialog, "Дата исполнения: исполнение не может быть раньше поручения")
        dialog.reject()

    assert not run_modal(
        lambda: dialogs.record_report(None, database, assignment.id),
        ("report_dialog", report),
    )
    stored = detail(database, assignment.id)
    assert stored.reports == () and stored.status is AssignmentStatus.ON_CONTROL


def test_an_attached_file_is_kept_beside_the_database_and_opens(
    qtbot, database, example_meetings, tmp_path, monkeypatch
):
    assignment_id = from_protocol(database).id
    source = tmp_path / "Отчет о наставничестве за II квартал 2024 года.docx"
    content = "Отчет о наставничестве: назначены 3 наставника".encode()
    source.write_bytes(content)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )

    def report(dialog):
        assert dialog.file_label.text() == "не приложен"
        button(dialog, "choose_file_button").click()
        assert dialog.file_label.full_text() == source.name
        assert dialog.file_label.text().startswith("Отчет о")  # shortened to fit if need be
        assert dialog.file_label.toolTip() == str(source)
        type_text(dialog.report_edit, "Назначены 3 наставника, отчет прилагается")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.record_report(None, database, assignment_id), ("report_dialog", report)
    )
    source.unlink()  # the stored copy does not depend on the original
    stored = detail(database, assignment_id).reports[-1]
    assert stored.file_name == source.name
    copy = storage_dir(database.path) / stored.stored_name
    assert copy.parent.parent == database.path.with_name("test.files")
    assert copy.read_bytes() == content

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    target = tmp_path / "копия.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def look(card):
        assert f"Файл: {source.name}" in card_text(card)
        button(card, "open_file_button").click()
        button(card, "save_file_button").click()
        card.accept()

    run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id), ("assignment_card", look)
    )
    assert [Path(url.toLocalFile()) for url in opened] == [copy]
    assert target.read_bytes() == content


def test_a_missing_stored_copy_is_reported(
    qtbot, database, example_meetings, tmp_path, monkeypatch
):
    assignment_id = from_protocol(database).id
    source = tmp_path / "отчет.pdf"
    source.write_bytes(b"%PDF-1.4 report")
    with database.session() as session:
        a.report_execution(
            session,
            assignment_id,
            a.ReportFields(TODAY, "Исполнено", file=source),
            storage_dir(database.path),
        )
    stored = detail(database, assignment_id).reports[-1]
    (storage_dir(database.path) / stored.stored_name).unlink()
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: pytest.fail("opened"))
    )
    messages = []

    def message(box):
        messages.append(box.text())
        box.accept()

    def look(card):
        later(button(card, "open_file_button").click)
        qtbot.waitUntil(lambda: bool(messages))
        card.accept()

    run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id),
        ("assignment_card", look),
        ("message_box", message),
    )
    [text] = messages
    assert text.startswith("Сохраненная копия «отчет.pdf» не найдена: ")


# ----- the extension of the deadline -------------------------------------------------------------
def test_an_extension_keeps_the_old_date_and_the_reason(qtbot, database, example_meetings):
    assignment = from_protocol(database)
    old = assignment.deadline
    new = old + timedelta(days=45)
    decided = old - timedelta(days=3)
    reason = (
        "по ходатайству начальника управления экономического развития в связи с переносом "
        "сроков обучения в АНО «Центр компетенций Кузбасса» (письмо от 25.03.2024 № 418)"
    )

    def extend(dialog):
        assert dialog.windowTitle() == "Продление срока"
        current = dialog.findChild(QLabel, "current_deadline_label").text()
        assert current == f"Текущий срок: {format_date(old)}"
        dialog.deadline_edit.setDate(to_qdate(new))
        dialog.decided_edit.setDate(to_qdate(decided))
        type_text(dialog.reason_edit, reason)
        click_ok(dialog)

    def look(card):
        before = len(assignment.extensions)
        later(button(card, "extend_button").click)
        qtbot.waitUntil(lambda: f"→ {format_date(new)}" in card_text(card))
        text = card_text(card)
        assert "Продление срока" in text
        line = f"{format_date(old)} → {format_date(new)}, решение от {format_date(decided)}"
        assert line in text
        assert reason in text
        assert f"{format_date(new)}\nпродлений срока: {before + 1}" in text
        card.accept()

    assert run_modal(
        lambda: dialogs.show_assignment(None, database, assignment.id),
        ("assignment_card", look),
        ("extend_dialog", extend),
    )
    stored = detail(database, assignment.id)
    assert stored.deadline == new
    extension = stored.extensions[-1]
    assert (extension.old_deadline, extension.new_deadline, extension.decided_on) == (
        old,
        new,
        decided,
    )
    assert extension.reason == reason


def test_a_new_deadline_must_be_later_than_the_old(qtbot, database, example_meetings):
    assignment = from_protocol(database)
    old = format_date(assignment.deadline)

    def extend(dialog):
        dialog.deadline_edit.setDate(to_qdate(assignment.deadline))
        type_text(dialog.reason_edit, "по просьбе ответственного")
        click_ok_expecting(dialog, f"Новый срок: новый срок должен быть позже прежнего ({old})")
        assert has_focus(dialog, dialog.deadline_edit)
        dialog.deadline_edit.setDate(to_qdate(assignment.deadline + timedelta(days=30)))
        dialog.reason_edit.clear()
        click_ok_expecting(dialog, "Причина продления: обязательное поле не заполнено")
        assert has_focus(dialog, dialog.reason_edit)
        dialog.reject()

    assert not run_modal(
        lambda: dialogs.extend_deadline(None, database, assignment.id),
        ("extend_dialog", extend),
    )
    stored = detail(database, assignment.id)
    assert stored.extensions == assignment.extensions
    assert stored.deadline == assignment.deadline


def test_the_extension_dialog_lists_earlier_extensions(qtbot, database, example_meetings):
    assignment = from_protocol(database)
    new = assignment.deadline + timedelta(days=30)
    with database.session() as session:
        a.extend_deadline(session, assignment.id, new, assignment.deadline, "по просьбе")

    def extend(dialog):
        history = dialog.findChild(QLabel, "extension_history_label").text()
        assert (
            f"{format_date(assignment.deadline)}: срок продлен с "
            f"{format_date(assignment.deadline)} до {format_date(new)} (по просьбе)"
        ) in history
        label = dialog.findChild(QLabel, "current_deadline_label")
        assert label.text() == f"Текущий срок: {format_date(new)}"
        dialog.reject()

    run_modal(
        lambda: dialogs.extend_deadline(None, database, assignment.id), ("extend_dialog", extend)
    )


# ----- removal, return, deletion ------------------------------------------------------------------
def test_removal_from_control_and_the_return(qtbot, database, example_meetings):
    assignment = from_protocol(database)
    grounds = "решение рабочей группы, протокол № 4 от 12.12.2024: вопрос рассмотрен по существу"

    def remove(dialog):
        click_ok_expecting(dialog, "Основание: обязательное поле не заполнено")
        type_text(dialog.reason_edit, grounds)
        click_ok(dialog)

    def look(card):
        later(button(card, "remove_button").click)
        qtbot.waitUntil(lambda: f"снято с контроля {format_date(TODAY)}" in card_text(card))
        assert grounds in card_text(card)
        assert button(card, "return_button").isVisible()
        assert not button(card, "extend_button").isVisible()
        later(button(card, "return_button").click)
        qtbot.waitUntil(lambda: button(card, "extend_button").isVisible())
        assert "снято с контроля" not in card_text(card)
        assert grounds not in card_text(card)
        card.accept()

    def confirm(box):
        assert box.text().startswith("Вернуть поручение «" + assignment.text[:40])
        assert "Сейчас оно снято с контроля; его отчеты сохранятся." in box.text()
        answer_yes(box)

    assert run_modal(
        lambda: dialogs.show_assignment(None, database, assignment.id),
        ("assignment_card", look),
        ("remove_dialog", remove),
        ("question_box", confirm),
    )
    stored = detail(database, assignment.id)
    assert stored.status is AssignmentStatus.ON_CONTROL and stored.removal_reason == ""


def test_a_refused_return_changes_nothing(qtbot, database, example_meetings):
    assignment_id = from_protocol(database).id
    with database.session() as session:
        a.remove_from_control(session, assignment_id, TODAY, "утратило актуальность")

    def no(box):
        box.button(QMessageBox.StandardButton.No).click()

    assert not run_modal(
        lambda: dialogs.return_to_control(None, database, assignment_id), ("question_box", no)
    )
    assert detail(database, assignment_id).status is AssignmentStatus.REMOVED


def test_an_assignment_typed_by_mistake_is_deleted(qtbot, database, example_meetings):
    assignment_id = hand_made(database, example_meetings, text="Ошибочно введенное поручение")

    def look(card):
        later(button(card, "delete_button").click)

    def confirm(box):
        assert (
            box.text() == "Удалить поручение «Ошибочно введенное поручение»? Это нельзя отменить."
        )
        answer_yes(box)

    assert run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id),
        ("assignment_card", look),
        ("question_box", confirm),
    )
    with database.session() as session:
        assert session.get(Assignment, assignment_id) is None


def test_an_assignment_from_a_protocol_is_not_deleted(qtbot, database, example_meetings, page):
    assignment_id = from_protocol(database).id

    def look(card):
        delete = button(card, "delete_button")
        assert not delete.isEnabled()
        assert delete.toolTip() == "Удалить можно только поручение, введенное вручную и без отчетов"
        card.accept()

    run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id), ("assignment_card", look)
    )

    def message(box):
        assert box.text() == (
            "Поручение: поручение из протокола не удаляется: снимите его с контроля"
        )
        box.accept()

    assert not run_modal(
        lambda: dialogs.delete_assignment(page, database, assignment_id),
        ("question_box", answer_yes),
        ("message_box", message),
    )
    assert detail(database, assignment_id).status is AssignmentStatus.ON_CONTROL


def test_closed_assignments_are_not_reported_on_again(qtbot, database, example_meetings, page):
    assignment_id = from_protocol(database).id
    with database.session() as session:
        a.report_execution(session, assignment_id, a.ReportFields(TODAY, "Исполнено"))

    def message(box):
        assert box.text() == "Поручение уже исполнено: сначала верните его на контроль."
        box.accept()

    assert not run_modal(
        lambda: dialogs.record_report(page, database, assignment_id), ("message_box", message)
    )
    assert len(detail(database, assignment_id).reports) == 1


# ----- the card ---------------------------------------------------------------------------------
def test_the_card_shows_an_overdue_assignment_and_opens_its_protocol(
    qtbot, database, example_meetings
):
    assignment = from_protocol(database)
    assert assignment.deadline < TODAY  # the example's meetings are of 2024
    opened = []

    def look(card):
        text = card_text(card)
        status = card.findChild(QLabel, "card_status")
        days = (TODAY - assignment.deadline).days
        deadline = format_date(assignment.deadline)
        assert status.text() == f"просрочено: срок истек {deadline} (прошло {days} дн.)"
        assert status.property("kind") == "overdue"
        lead, *others = assignment.executors
        assert f"{lead.name} (ответственный)" in text
        for other in others:
            assert f"{other.name} (соисполнитель)" in text
        assert assignment.source.startswith("Протокол № ")
        assert assignment.source in text
        assert "Рабочая группа по бережливому управлению" in text
        assert format_date(assignment.given_on) in text
        assert "Отчетов пока нет" in text
        button(card, "open_protocol_button").click()

    assert not run_modal(
        lambda: dialogs.show_assignment(None, database, assignment.id, open_meeting=opened.append),
        ("assignment_card", look),
    )
    assert opened == [assignment.meeting_id]


def test_the_card_of_an_executed_example_assignment(qtbot, database, example_meetings):
    with database.session() as session:
        query = a.AssignmentQuery(today=TODAY, status=StatusFilter.EXECUTED)
        row = a.list_assignments(session, query, 0, 1)[0]
        executed = a.assignment_detail(session, row.id)

    def look(card):
        text = card_text(card)
        assert f"исполнено {format_date(executed.closed_on)}" in text
        for report in executed.reports:
            assert f"Отчет от {format_date(report.reported_on)}" in text
            assert report.text in text
            assert f"Принял: {report.accepted_by}" in text
        card.accept()

    assert not run_modal(
        lambda: dialogs.show_assignment(None, database, executed.id), ("assignment_card", look)
    )


def test_a_deleted_assignment_is_reported(qtbot, database, example_meetings):
    assignment_id = hand_made(database, example_meetings)
    with database.session() as session:
        a.delete_assignment(session, assignment_id)

    def message(box):
        assert box.text() == "поручение не найдено (возможно, удалено)"
        box.accept()

    assert not run_modal(
        lambda: dialogs.extend_deadline(None, database, assignment_id), ("message_box", message)
    )


def test_the_dialogs_fit_their_texts(qtbot, database, example_meetings):
    """Nothing clipped: every button as wide as its text, the card's texts wrap whole."""
    assignment_id = example_recurring(database).id

    def fits(widget):
        for push in widget.findChildren(QPushButton):
            if push.isVisibleTo(widget):
                assert push.width() >= push.sizeHint().width(), push.text()
        assert widget.width() <= 800

    def look(card):
        fits(card)
        for label in card.findChildren(QLabel):
            if label.isVisibleTo(card) and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
        card.accept()

    def check(dialog):
        fits(dialog)
        dialog.reject()

    run_modal(
        lambda: dialogs.show_assignment(None, database, assignment_id), ("assignment_card", look)
    )
    for action, name in (
        (dialogs.record_report, "report_dialog"),
        (dialogs.extend_deadline, "extend_dialog"),
        (dialogs.remove_from_control, "remove_dialog"),
        (dialogs.edit_assignment, "assignment_dialog"),
    ):
        run_modal(lambda action=action: action(None, database, assignment_id), (name, check))
    run_modal(lambda: dialogs.new_assignment(None, database), ("assignment_dialog", check))


def test_new_assignment_needs_a_body(qtbot, database):
    def message(box):
        assert box.text() == "Сначала создайте комиссию или рабочую группу."
        box.accept()

    assert (
        run_modal(lambda: dialogs.new_assignment(None, database), ("message_box", message)) is None
    )


def test_the_form_chooses_the_body_when_none_is_given(qtbot, database, example_meetings):
    def fill(dialog):
        assert dialog.widget("body_combo").isEnabled()
        cancel(dialog)

    assert (
        run_modal(lambda: dialogs.new_assignment(None, database), ("assignment_dialog", fill))
        is None
    )


def test_completion_adds_a_responsible_to_the_list(qtbot, database, example_meetings):
    def fill(dialog):
        edit = dialog.widget("executors_edit")
        qtbot.waitUntil(lambda: edit.completer() is not None)  # loaded once shown
        completer = edit.completer()
        edit.setText("Романов В.В., олейн")
        assert completer.splitPath(edit.text()) == ["олейн"]
        completer.setCompletionPrefix("олейн")
        assert completer.currentCompletion() == "Романов В.В., Олейникова А.Ф."
        cancel(dialog)

    run_modal(
        lambda: dialogs.new_assignment(None, database, body_id=example_meetings),
        ("assignment_dialog", fill),
    )


def test_the_completion_names_every_responsible_once(database, example_meetings):
    assignment_id = hand_made(database, example_meetings, executors="романов в.в., Ёлкина Е.Е.")
    with database.session() as session:
        names = a.responsibles(session)
        of_body = a.responsibles(session, example_meetings)
    assert detail(database, assignment_id).executors[0].name == "романов в.в."
    folded = [name.casefold().replace("ё", "е") for name in names]
    assert folded == sorted(set(folded))  # once each, alphabetical
    assert set(folded) == {name.casefold().replace("ё", "е") for name in of_body}
    assert "Ёлкина Е.Е." in names


def test_a_big_attached_file_is_copied_in_a_worker_thread(
    qtbot, database, example_meetings, tmp_path, monkeypatch
):
    """A file of 4 MB or more is copied by the materials' worker with a progress dialog,
    so the window keeps painting; the store then finds the copy in place."""
    from desktop_app.views import meeting_materials

    copied_by_worker = []
    original = meeting_materials.CopyJob._run

    def counting_run(job):
        copied_by_worker.append(job.source.name)
        original(job)

    monkeypatch.setattr(meeting_materials.CopyJob, "_run", counting_run)
    assignment_id = from_protocol(database).id
    source = tmp_path / "Презентация итогов.pdf"
    content = bytes(range(256)) * (5 * 4096)  # 5 MB
    source.write_bytes(content)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )

    def report(dialog):
        button(dialog, "choose_file_button").click()
        type_text(dialog.report_edit, "Итоги представлены")
        click_ok(dialog)

    assert run_modal(
        lambda: dialogs.record_report(None, database, assignment_id), ("report_dialog", report)
    )
    assert copied_by_worker == [source.name]
    stored = detail(database, assignment_id).reports[-1]
    assert (storage_dir(database.path) / stored.stored_name).read_bytes() == content
