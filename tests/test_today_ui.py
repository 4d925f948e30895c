"""The start page «Сегодня» and the navigation of the main window, driven as a secretary
drives them: what is overdue, due, expected and unsigned is listed, and a click on a line
opens the thing itself."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop_app.domain.assignment import Recurrence, Schedule, StatusFilter
from desktop_app.store.assignments import (
    AssignmentFields,
    ReportFields,
    create_assignment,
    report_execution,
)
from desktop_app.store.models import Assignment, Meeting

TODAY = date.today()
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")


# ----- helpers ------------------------------------------------------------------------------
def click_line(qtbot, tree, row: int) -> None:
    """Click a line of a list of the start page as the user does."""
    item = tree.topLevelItem(row)
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def texts(tree, column: int) -> list[str]:
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def visible_top(name: str) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
        None,
    )


def when_shown(name: str, then, tries: int = 200) -> dict:
    """Deal with a modal dialog (run by ``exec()``) once it is shown: ``then(dialog)``
    looks at it and closes it; what it returns is kept under "result"."""
    seen: dict = {}

    def check(left: int = tries) -> None:
        dialog = visible_top(name)
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: check(left - 1))
            return
        seen["result"] = then(dialog)

    QTimer.singleShot(0, check)
    return seen


def overdue_ids(database) -> list[int]:
    """The hand count: on control and the deadline passed, by deadline."""
    with database.session() as session:
        rows = session.execute(
            select(Assignment.id, Assignment.deadline).where(
                Assignment.status == "on_control", Assignment.deadline < TODAY
            )
        ).all()
    return [row.id for row in sorted(rows, key=lambda row: (row.deadline, row.id))]


def add(database, body_id: int, text: str, deadline: date | None, **fields) -> int:
    given_on = fields.pop("given_on", TODAY - timedelta(days=30))
    with database.session() as session:
        return create_assignment(
            session,
            AssignmentFields(
                body_id=body_id,
                text=text,
                executors=fields.pop("executors", "Романов В.В., отдел экономики"),
                given_on=given_on,
                deadline=deadline,
                **fields,
            ),
        )


@pytest.fixture
def today_window(qtbot, example_meetings, window):
    """The main window opened on the example with its meetings: the start page shows."""
    return window


# ----- what the start page lists ---------------------------------------------------------------
def test_start_page_is_shown_when_a_database_with_bodies_opens(today_window, database):
    window = today_window
    page = window.today_page
    assert window.current_page() is page
    assert [window.nav_list.item(row).text() for row in range(window.nav_list.count())] == [
        "Сегодня",
        "Контроль исполнения",
        "Исполнительская дисциплина",
    ]
    assert window.nav_list.currentItem().text() == "Сегодня"
    assert not window.body_list.selectedItems()
    assert page.header.text() == (
        f"<h2>Сегодня, {TODAY:%d.%m.%Y}, {WEEKDAYS[TODAY.weekday()]}</h2>"
    )
    # Every overdue assignment of the signed protocols, by deadline, marked.
    expected = overdue_ids(database)
    assert expected, "the example has overdue assignments"
    assert page.overdue.title.text() == f"<b>Просрочено ({len(expected)})</b>"
    assert page.section_ids("overdue") == expected
    deadlines = texts(page.overdue.list, 0)
    assert all(text.startswith("⚠ ") for text in deadlines)
    first = page.overdue.list.topLevelItem(0)
    assert first.foreground(0).color() == QColor("#a40000")
    with database.session() as session:
        source = session.get(Assignment, expected[0])
        assert first.text(1) == " ".join(source.text.split())
        assert source.source in first.toolTip(1)
    # The protocol of meeting № 4 was not signed.
    assert page.unsigned.title.text() == "<b>Протоколы не подписаны (1)</b>"
    assert texts(page.unsigned.list, 0) == ["№ 4 от 12.12.2024"]
    assert texts(page.unsigned.list, 1) == ["Рабочая группа по бережливому управлению"]
    # The example's meetings are of 2024: no quarter of this year has one (in either body).
    assert texts(page.quarters.list, 0)[0] == "Рабочая группа по бережливому управлению"
    assert texts(page.quarters.list, 1) == ["I, II, III, IV квартал"] * 2
    assert page.quarters.title.text() == f"<b>Нет заседания в квартале {TODAY.year} года</b>"


def test_empty_sections_say_so_calmly(qtbot, database, example_body, window):
    page = window.today_page
    assert window.current_page() is page
    for name, text in (
        ("overdue", "Просроченных поручений нет"),
        ("due", "Поручений со сроком на этой неделе нет"),
        ("reports", "Периодических отчетов в ближайшие дни не ожидается"),
        ("unsigned", "Протоколы всех проведенных заседаний подписаны"),
        ("unsent", "Все подписанные протоколы разосланы"),
    ):
        section = getattr(page, name)
        assert section.empty_label.isVisible() and section.empty_label.text() == text
        assert not section.list.isVisible()
    assert not page.overdue.more_button.isVisible()
    assert page.summary.text() == "Просроченных поручений нет, на этой неделе сроков нет."


def test_missed_deadline_is_overdue_until_its_report(qtbot, database, example_body, window):
    page = window.today_page
    late = add(
        database,
        example_body,
        "Представить отчет о реализации лин-проектов",
        TODAY - timedelta(days=1),
    )
    soon = add(database, example_body, "Подготовить сводную информацию", TODAY + timedelta(days=3))
    later = add(database, example_body, "Провести обучение", TODAY + timedelta(days=30))
    window.show_discipline()
    window.show_today_page()  # shown again: read again
    assert page.section_ids("overdue") == [late]
    assert page.overdue.title.text() == "<b>Просрочено (1)</b>"
    assert texts(page.overdue.list, 0) == [f"⚠ {TODAY - timedelta(days=1):%d.%m.%Y}"]
    assert texts(page.overdue.list, 2) == ["Романов В.В., отдел экономики"]
    assert page.section_ids("due") == [soon]
    assert later not in page.section_ids("due")
    assert page.summary.text().startswith("Просрочено поручений: 1; срок на этой неделе: 1.")

    with database.session() as session:
        report_execution(session, late, ReportFields(TODAY, "Отчет представлен", "Хмелева К.В."))
    window.show_assignments()
    window.show_today_page()
    assert page.section_ids("overdue") == []
    assert page.overdue.empty_label.isVisible()
    assert page.overdue.title.text() == "<b>Просрочено (0)</b>"
    assert page.section_ids("due") == [soon]


def test_periodic_report_expected_from_its_executors(qtbot, database, example_body, window):
    page = window.today_page
    given_on = TODAY - timedelta(days=60)
    schedule = Schedule(Recurrence.MONTHLY, 3)
    monthly = add(
        database,
        example_body,
        "Представлять информацию о ходе реализации плана",
        None,
        schedule=schedule,
        given_on=given_on,
        executors="Проскуракова Е.В., управление образования",
    )
    with database.session() as session:
        row = session.get(Assignment, monthly)
        deadline = row.deadline
    assert deadline < TODAY  # the first report (for the month given in) is overdue
    page.refresh()
    assert monthly in page.section_ids("reports")
    line = page.reports.list.topLevelItem(page.section_ids("reports").index(monthly))
    assert line.text(0) == f"⚠ {deadline:%d.%m.%Y}"
    assert line.text(1) == schedule.period_of(deadline)  # «сентябрь 2026 года»
    assert line.text(2) == "Проскуракова Е.В., управление образования"
    assert "ежемесячно до 3 числа" in line.toolTip(0)


# ----- each line opens the thing ---------------------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_a_protocol_line_opens_the_meeting_window(qtbot, today_window, database):
    page = today_window.today_page
    click_line(qtbot, page.unsigned.list, 0)
    qtbot.waitUntil(lambda: visible_top("meeting_window") is not None)
    meeting_window = visible_top("meeting_window")
    with database.session() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.number == 4))
    assert meeting_window.meeting_id == meeting_id
    assert meeting_window.windowTitle().startswith("Заседание № 4 от 12.12.2024")
    # Signing it there: the start page drops the line and lists its decisions.
    from desktop_app.store.meetings import sign_protocol

    before = len(overdue_ids(database))
    with database.session() as session:
        sign_protocol(session, meeting_id, date(2024, 12, 13))
    meeting_window.changed.emit()
    assert page.unsigned.list.topLevelItemCount() == 0
    assert page.unsigned.empty_label.isVisible()
    assert len(page.section_ids("overdue")) == len(overdue_ids(database)) > before
    meeting_window.close()


def test_an_assignment_line_opens_its_card_on_the_control_page(qtbot, today_window, database):
    window = today_window
    page = window.today_page
    wanted = page.section_ids("overdue")[1]

    def look(card):
        found = (card.assignment_id, window.current_page(), window.assignments_page.selected_id())
        card.findChild(QWidget, "close_button").click()
        return found

    seen = when_shown("assignment_card", look)
    click_line(qtbot, page.overdue.list, 1)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == (wanted, window.assignments_page, wanted)
    assert window.current_page() is window.assignments_page
    assert window.nav_list.currentItem().text() == "Контроль исполнения"


def test_enter_on_a_line_opens_it_and_a_double_click_opens_it_once(qtbot, today_window):
    page = today_window.today_page
    opened: list[int] = []
    page.open_meeting.disconnect()
    page.open_meeting.connect(opened.append)
    tree = page.unsigned.list
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert opened == page.section_ids("unsigned")
    opened.clear()
    point = tree.visualItemRect(tree.topLevelItem(0)).center()
    # What a double click sends: press, release, double click, release.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(opened) == 1
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(opened) == 2


def test_all_overdue_opens_the_filtered_list(qtbot, today_window, database):
    window = today_window
    window.assignments_page.show_filter(status=StatusFilter.EXECUTED)  # a filter set before
    qtbot.mouseClick(window.today_page.overdue.more_button, Qt.MouseButton.LeftButton)
    page = window.assignments_page
    assert window.current_page() is page
    assert page.status is StatusFilter.OVERDUE
    assert page.body_id is None
    assert page.model.total == len(overdue_ids(database))


def test_a_quarter_line_opens_the_body_schedule(qtbot, today_window, example_meetings):
    window = today_window
    click_line(qtbot, window.today_page.quarters.list, 0)
    assert window.current_page() is window.body_panel
    assert window.body_id == example_meetings
    assert window.body_list.currentItem().isSelected()
    assert window.nav_list.selectedItems() == []
    assert window.tabs.currentWidget() is window.meetings_tab
    assert window.meetings_tab.year_combo.currentData() == TODAY.year


# ----- the navigation ----------------------------------------------------------------------------
def test_navigation_between_pages_and_bodies(qtbot, today_window):
    window = today_window
    nav = window.nav_list

    def click(widget, row: int) -> None:
        rect = widget.visualItemRect(widget.item(row))
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(nav, 2)
    assert window.current_page() is window.discipline_page
    click(nav, 1)
    assert window.current_page() is window.assignments_page
    # The roster's commands are for the body in view: not here (Ins is the page's).
    assert not window.add_member_action.isEnabled()
    assert not window.toolbar.isVisible()
    click(window.body_list, 0)
    assert window.current_page() is window.body_panel
    assert nav.selectedItems() == []
    assert window.add_member_action.isEnabled()
    assert window.toolbar.isVisible()
    click(nav, 0)
    assert window.current_page() is window.today_page
    assert window.body_list.selectedItems() == []
    # The body chosen before, clicked again, is shown again.
    click(window.body_list, 0)
    assert window.current_page() is window.body_panel
    # The keys of the navigation.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, page in (
        (Qt.Key.Key_2, window.assignments_page),
        (Qt.Key.Key_3, window.discipline_page),
        (Qt.Key.Key_1, window.today_page),
    ):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
        assert (
            nav.currentItem().text()
            == {
                window.assignments_page: "Контроль исполнения",
                window.discipline_page: "Исполнительская дисциплина",
                window.today_page: "Сегодня",
            }[page]
        )


@pytest.mark.qt_log_ignore(  # offscreen: a popup menu is neither raised nor grabs keys
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_control_menu_holds_the_pages_and_the_list_commands(qtbot, today_window):
    window = today_window
    menu = window.control_menu
    assert next(a.text() for a in window.menuBar().actions() if a.menu() is menu) == "&Контроль"
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["show_today", "show_control", "show_discipline"]
    # The list's commands join when the menu is first opened.
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    letters = [
        re.findall(r"&(?!&)(.)", a.text().replace("&&", ""))
        for a in menu.actions()
        if not a.isSeparator()
    ]
    menu.close()
    keys = [found[0].casefold() for found in letters if found]
    assert len(keys) == len(set(keys)), f"Alt+letter reaches two commands: {sorted(keys)}"
    assert names[:3] == ["show_today", "show_control", "show_discipline"]
    page_actions = [a for a in window.assignments_page.actions_for_menu() if a is not None]
    assert names[3:] == [a.objectName() for a in page_actions]
    # A command of the list shows the list.
    window.show_today_page()
    open_action = window.assignments_page.open_action
    open_action.setEnabled(True)  # as with a line chosen there
    open_action.trigger()
    assert window.current_page() is window.assignments_page


def test_insert_on_the_control_page_is_a_new_assignment(qtbot, today_window):
    window = today_window
    window.show_assignments()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.assignments_page.table.setFocus()
    seen = when_shown("assignment_dialog", lambda dialog: dialog.reject() or True)
    QTest.keyClick(window.assignments_page.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: "result" in seen)
    assert visible_top("member_dialog") is None


def test_new_body_and_example_show_the_body(qtbot, window, database):
    """From the welcome page: the example loaded shows its body, not the start page."""
    qtbot.mouseClick(window.example_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.body_panel
    assert window.body_list.currentItem().isSelected()
    # Reopened: the start page.
    assert window.open_database(database.path)
    assert window.current_page() is window.today_page
    assert window.today_page.section_ids("unsigned")


def test_plan_reports_section_is_calm_without_plans(qtbot, database, window):
    """A body with no plan of measures owes no reports: the section says so."""
    from desktop_app.domain.body import BodyFields
    from desktop_app.store.bodies import create_body

    with database.session() as session:
        body_id = create_body(session, BodyFields(full_name="комиссия", short_name="Комиссия"))
    window.refresh_bodies(body_id, show=False)
    window.show_today_page()
    section = window.today_page.plan_reports
    assert section.title.text() == "<b>Ожидаются отчеты по плану мероприятий (0)</b>"
    assert section.empty_label.isVisible()
    assert section.empty_label.text() == (
        "Все исполнители планов мероприятий отчитались за квартал"
    )
    assert not section.list.isVisible()
