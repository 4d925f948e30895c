"""The page «Исполнительская дисциплина»: the figures shown equal a hand count of
assignments made through the store, per body, per responsible, per quarter, and the
execution report of the period is printed and saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_documents import pdf_text
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from desktop_app.domain.body import BodyFields
from desktop_app.store.assignments import (
    AssignmentFields,
    ReportFields,
    create_assignment,
    remove_from_control,
    report_execution,
)
from desktop_app.store.bodies import create_body

TODAY = date.today()
YEAR = TODAY.year - 1  # a whole year in the past: every deadline of it has come
LEAN = "Рабочая группа по бережливому управлению"
INFORMAL = "Комиссия по занятости"


def d(month: int, day: int) -> date:
    return date(YEAR, month, day)


#: (body, given on, executors (lead first), deadline, what became of it)
#: «on time» / «late» with the report's date, «removed» with the day, None: on control.
PLAN = [
    ("lean", d(2, 10), "Романов В.В.", d(3, 1), ("report", d(2, 25))),  # on time
    ("lean", d(2, 10), "Романов В.В.", d(3, 1), ("report", d(3, 1))),  # on time: that day
    ("lean", d(2, 10), "Романов В.В.", d(3, 15), ("report", d(4, 2))),  # late
    ("lean", d(2, 10), "Сидоров А.А.", d(3, 20), ("remove", d(3, 10))),  # removed
    ("lean", d(2, 10), "Романов В.В.", d(4, 30), None),  # overdue
    ("lean", d(8, 5), "Сидоров А.А.", d(9, 1), ("report", d(8, 30))),  # on time
    ("lean", d(8, 5), "Романов В.В.", d(9, 15), ("report", d(9, 10))),  # on time
    ("lean", d(8, 5), "Сидоров А.А., Романов В.В.", d(10, 1), None),  # overdue
    ("informal", d(11, 10), "Петрова А.С.", d(12, 1), ("report", d(11, 20))),  # on time
    ("informal", d(11, 12), "Петрова А.С.", TODAY + timedelta(days=60), None),  # pending
]


@pytest.fixture
def figures(database, example_body) -> dict[str, int]:
    """The assignments of PLAN, made as the secretary makes them (through the store)."""
    with database.session() as session:
        informal = create_body(
            session,
            BodyFields(
                full_name="комиссия по снижению неформальной занятости населения",
                short_name=INFORMAL,
                act_date=date(YEAR - 1, 1, 10),
            ),
        )
        bodies = {"lean": example_body, "informal": informal}
        for number, (body, given_on, executors, deadline, outcome) in enumerate(PLAN, 1):
            assignment = create_assignment(
                session,
                AssignmentFields(
                    body_id=bodies[body],
                    text=f"Поручение {number}",
                    executors=executors,
                    given_on=given_on,
                    deadline=deadline,
                ),
            )
            if outcome and outcome[0] == "report":
                report_execution(session, assignment, ReportFields(outcome[1], "Исполнено"))
            elif outcome:
                remove_from_control(session, assignment, outcome[1], "утратило актуальность")
    return bodies


@pytest.fixture
def page(qtbot, figures, window):
    window.show_discipline()
    page = window.discipline_page
    assert window.current_page() is page
    return page


def choose(combo, data) -> None:
    """Choose an item of a combo box as the user does (the ``activated`` signal)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def table_rows(table) -> list[list[str]]:
    return [
        [
            table.item(row, column).text().replace("\u00a0", " ")
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def headline(page) -> str:
    return page.headline.text().replace("\u00a0", " ")


def test_the_figure_of_a_body_equals_the_hand_count(page, figures):
    choose(page.year_combo, YEAR)
    choose(page.body_combo, figures["lean"])
    # 4 executed on time, 1 late, 1 removed, 2 overdue: closed 6 of 8.
    assert headline(page) == (
        "<h3>Из 8 поручений, поставленных на контроль, снято с контроля 6, "
        "что составило 75,00 %.</h3>"
    )
    assert page.details.text().replace("\u00a0", " ") == (
        f"Поставлены на контроль с 01.01.{YEAR} по 31.12.{YEAR}. Исполнено в срок: 4, "
        "с нарушением срока: 1; снято с контроля без исполнения: 1; просрочено: 2; "
        "на контроле, срок не наступил: 0."
    )
    assert table_rows(page.body_table) == [[LEAN, "8", "4", "1", "6", "2", "2", "75,00 %"]]
    # By the lead executor: Романов 3 in time, 1 late, 1 overdue; Сидоров 1, 1 removed, 1.
    assert page.tables.tabText(1) == "По ответственным"
    page.tables.tabBar().setCurrentIndex(1)
    assert table_rows(page.responsible_table) == [
        ["Романов В.В.", "5", "3", "1", "4", "1", "1", "80,00 %"],
        ["Сидоров А.А.", "3", "1", "0", "2", "1", "1", "66,67 %"],
    ]
    choose(page.part_combo, 3)  # the III quarter: read again while in view
    assert table_rows(page.responsible_table) == [
        ["Романов В.В.", "1", "1", "0", "1", "0", "0", "100,00 %"],
        ["Сидоров А.А.", "2", "1", "0", "1", "1", "1", "50,00 %"],
    ]


def test_every_body_and_the_table_by_body(page, figures):
    choose(page.year_combo, YEAR)
    choose(page.body_combo, None)
    assert page.body_combo.currentText() == "Все органы"
    assert headline(page) == (
        "<h3>Из 10 поручений, поставленных на контроль, снято с контроля 7, "
        "что составило 70,00 %.</h3>"
    )
    assert table_rows(page.body_table) == [
        [INFORMAL, "2", "1", "0", "1", "0", "1", "50,00 %"],
        [LEAN, "8", "4", "1", "6", "2", "2", "75,00 %"],
    ]
    headers = [
        page.body_table.horizontalHeaderItem(column).text().replace("\n", " ")
        for column in range(page.body_table.columnCount())
    ]
    assert headers == [
        "Орган",
        "Поставлено на контроль",
        "Исполнено в срок",
        "С нарушением срока",
        "Снято с контроля",
        "Просрочено",
        "На контроле",
        "% исполнения",
    ]
    # Sorted by a figure when its header is clicked: by the share, highest first.
    page.body_table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in table_rows(page.body_table)] == [LEAN, INFORMAL]


def test_a_quarter_and_a_custom_period(page, figures):
    choose(page.year_combo, YEAR)
    choose(page.body_combo, figures["lean"])
    choose(page.part_combo, 1)
    assert page.part_combo.currentText() == "I квартал"
    assert headline(page) == (
        "<h3>Из 5 поручений, поставленных на контроль, снято с контроля 4, "
        "что составило 80,00 %.</h3>"
    )
    choose(page.part_combo, 2)
    assert headline(page) == (
        f"<h3>Поручения на контроль с 01.04.{YEAR} по 30.06.{YEAR} не ставились.</h3>"
    )
    assert not page.print_button.isEnabled()
    # «С … по …»: only the day of one assignment — the singular.
    choose(page.body_combo, None)
    choose(page.year_combo, "custom")
    assert page.from_edit.isVisible() and not page.part_combo.isVisible()
    page.to_edit.setDate(d(11, 11))
    page.from_edit.setDate(d(11, 10))
    assert headline(page) == (
        "<h3>Из 1 поручения, поставленного на контроль, снято с контроля 1, "
        "что составило 100,00 %.</h3>"
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the tooltip
def test_the_chart_has_a_bar_per_quarter(page, figures):
    choose(page.year_combo, YEAR)
    choose(page.body_combo, None)
    chart = page.chart
    assert [(bar.year, bar.quarter) for bar in chart.bars] == [(YEAR, q) for q in (1, 2, 3, 4)]
    assert [bar.figure.total for bar in chart.bars] == [5, 0, 3, 2]
    assert [bar.figure.closed for bar in chart.bars] == [4, 0, 2, 1]
    assert len(chart.bar_rects()) == 4
    # The counts of a quarter on hover.
    rect = chart.bar_rects()[0]
    point = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    assert chart.bar_at(point) == 0
    tip = chart.tooltip(0).replace("\u00a0", " ")
    assert tip.splitlines() == [
        f"I квартал {YEAR} года",
        "Поставлено на контроль: 5",
        "Исполнено в срок: 2",
        "Исполнено с нарушением срока: 1",
        "Снято с контроля без исполнения: 1",
        "Просрочено: 1",
        "На контроле, срок не наступил: 0",
        "Снято с контроля: 4 (80,00 %)",
    ]
    assert chart.tooltip(1) == f"II квартал {YEAR} года: поручения на контроль не ставились"
    event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text().replace("\u00a0", " ").startswith(f"I квартал {YEAR} года")
    QToolTip.hideText()
    # All the years: from the first quarter with assignments to the last.
    choose(page.year_combo, None)
    assert [(bar.year, bar.quarter) for bar in chart.bars] == [(YEAR, q) for q in (1, 2, 3, 4)]
    assert headline(page).startswith("<h3>Из 10 поручений")
    # A quarter chosen: the year's four bars, that one marked.
    choose(page.year_combo, YEAR)
    choose(page.part_combo, 3)
    assert len(chart.bars) == 4 and chart.chosen == (YEAR, 3)


def test_years_offered_and_the_latest_chosen(qtbot, figures, window):
    window.show_discipline()
    page = window.discipline_page
    years = [page.year_combo.itemData(i) for i in range(page.year_combo.count())]
    assert years[0] is None and years[-1] == "custom"
    assert YEAR in years and TODAY.year in years
    assert page.year_combo.currentData() == YEAR  # nothing given this year yet
    assert page.body_combo.count() == 3  # all, and the two bodies


def test_figures_follow_a_change_made_elsewhere(qtbot, page, figures, database, window):
    choose(page.year_combo, YEAR)
    choose(page.body_combo, figures["informal"])
    assert headline(page).endswith("что составило 50,00 %.</h3>")
    window.show_assignments()
    with database.session() as session:
        from desktop_app.store.assignments import AssignmentQuery, list_assignments

        pending = list_assignments(
            session, AssignmentQuery(today=TODAY, body_id=figures["informal"])
        )[0].id
        report_execution(session, pending, ReportFields(TODAY, "Исполнено"))
    window.assignments_page.changed.emit()  # as after a report recorded on the list
    window.show_discipline()
    assert headline(page).endswith("что составило 100,00 %.</h3>")


def test_print_and_save_the_execution_report(qtbot, page, figures, tmp_path, monkeypatch):
    from desktop_app.views.print_preview import PrintPreviewDialog

    choose(page.year_combo, YEAR)
    choose(page.body_combo, figures["lean"])
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    preview = page.findChild(PrintPreviewDialog)
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle().endswith("Информация об исполнении поручений")
    printed = pdf_text(__import__("io").BytesIO(preview.pdf))
    assert "Из 8 поручений, поставленных на контроль" in printed
    assert "75,00 %" in printed
    preview.reject()

    target = tmp_path / "отчет.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    saved = pdf_text(target)
    assert "Из 8 поручений, поставленных на контроль" in saved
    assert f"с 01.01.{YEAR} по 31.12.{YEAR}" in saved
