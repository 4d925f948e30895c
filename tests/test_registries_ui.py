"""The page «Реестры» driven as the secretary drives it: filtering and searching the
registries, adding and changing a proposal, a lean project (its passport) and training,
refusals in Russian that change nothing, deleting, the passport and the table of lean
projects previewed and saved."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from helpers_documents import docx_blocks, pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from registries_fixtures import ensure_registries
from typing_helpers import type_text

from desktop_app.domain.plan import ProposalStatus
from desktop_app.store import registries as r
from desktop_app.store.models import ImprovementProposal, LeanProject, Training
from desktop_app.views.registries_page import RegistriesPage

TODAY = date(2026, 11, 22)


@pytest.fixture
def page(qtbot, database, example_body):
    with database.session() as session:
        units = ensure_registries(session, example_body)
    widget = RegistriesPage()
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.set_body(database, example_body)
    widget.resize(1200, 700)
    widget.show()
    widget.units_by_short = units
    return widget


def shown(table) -> list[list[str]]:
    model = table.model
    return [
        [model.item(row, column).text() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in the list"
    combo.setCurrentIndex(index)


def select_row(table, first_cell_starts: str, column: int = 0) -> None:
    for index, row in enumerate(shown(table)):
        if row[column].startswith(first_cell_starts):
            table.table.selectRow(index)
            return
    raise AssertionError(first_cell_starts)


def test_the_page_shows_the_three_registries_in_russian(page) -> None:
    tabs = page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Предложения по улучшению",
        "Лин-проекты",
        "Обучение",
    ]
    assert page.proposals.count_label.text() == "Показано: 23 из 23"
    headers = [
        page.projects.model.horizontalHeaderItem(c).text()
        for c in range(page.projects.model.columnCount())
    ]
    assert headers[:3] == ["Лин-проект", "Исполнитель", "Направление деятельности"]
    statuses = {row[6] for row in shown(page.projects)}
    assert statuses == {"подготовка паспорта", "реализуется", "завершен", "прекращен"}


def test_filters_and_search_narrow_the_rows_at_once(qtbot, page) -> None:
    table = page.proposals
    choose(table.unit_combo, "КСЗН")
    assert {row[2] for row in shown(table)} == {"КСЗН"}
    assert len(shown(table)) == 4
    choose(table.year_combo, "2024")
    assert [row[0] for row in shown(table)] == ["6/2024"]
    choose(table.unit_combo, "Все исполнители")
    choose(table.status_combo, "отклонено")
    assert [row[0] for row in shown(table)] == ["6/2024"]
    choose(table.year_combo, "Все годы")
    assert len(shown(table)) == 3
    choose(table.status_combo, "Все")
    type_text(table.search_edit, "принтер")
    assert [row[0] for row in shown(table)] == ["4/2026"]
    assert table.count_label.text() == "Показано: 1 из 23"

    projects = page.projects
    choose(projects.status_combo, "рекомендованные к тиражированию")
    assert len(shown(projects)) == 3
    choose(projects.status_combo, "Все")
    choose(projects.year_combo, "2022")
    assert [row[1] for row in shown(projects)] == ["УЭР"]  # the first pilot only
    choose(projects.year_combo, "2024")
    titles = [row[0] for row in shown(projects)]
    assert any(title.startswith("Организация приема детей") for title in titles)  # ran on


def test_a_proposal_is_added_and_a_bad_one_refused(qtbot, database, page) -> None:
    changes = []
    page.changed.connect(lambda: changes.append(1))
    with database.session() as session:
        before = session.query(ImprovementProposal).count()
    qtbot.mouseClick(page.proposals.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Новое предложение по улучшению"
    choose(dialog.unit_combo, "Управление образования Администрации Беловского городского округа")
    type_text(dialog.number_edit, "5/2026")
    type_text(dialog.text_edit, "Вести электронную очередь в детские сады")
    dialog.submitted_edit.setDate(QDate(2026, 11, 10))
    dialog.decided.check.setChecked(True)
    dialog.decided.edit.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Автор: обязательное поле не заполнено"
    assert dialog.focusWidget() is dialog.author_edit
    type_text(dialog.author_edit, "Лукина Татьяна Викторовна")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert "для принятого, реализованного или отклоненного" in dialog.error_label.text()
    with database.session() as session:
        assert session.query(ImprovementProposal).count() == before
    choose(dialog.status_combo, "реализовано")
    type_text(dialog.effect_edit, "очередь видна родителям")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert changes
    with database.session() as session:
        stored = r.proposal_data(session.get(ImprovementProposal, dialog.saved_id))
    assert stored.status is ProposalStatus.IMPLEMENTED
    assert (stored.author, stored.number, stored.decided_on) == (
        "Лукина Татьяна Викторовна",
        "5/2026",
        date(2026, 11, 20),
    )
    assert page.proposals.selected_id() == dialog.saved_id
    assert shown(page.proposals)[0][:6] == [
        "5/2026",
        "10.11.2026",
        "УО",
        "Лукина Татьяна Викторовна",
        "Вести электронную очередь в детские сады",
        "реализовано",
    ]


def test_a_new_lean_project_is_entered_as_its_passport(qtbot, database, page) -> None:
    qtbot.mouseClick(page.projects.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    choose(dialog.unit_combo, "МБУ «Информационно-методический центр г.Белово»")
    type_text(dialog.title_edit, "Сокращение сроков подготовки олимпиад")
    choose(dialog.sector_combo, "Образование")
    dialog.kind_group.button(2).click()  # a replication
    assert dialog.replicates_combo.isEnabled() and dialog.replicates_edit.isEnabled()
    choose(dialog.replicates_combo, "Организация приема детей в детский сад")
    assert not dialog.replicates_edit.isEnabled()
    type_text(dialog.customer_edit, "Трофимова Наталья Ивановна")
    type_text(dialog.justification_edit, "1. Долго.")
    qtbot.mouseClick(
        dialog.findChild(type(page.passport_button), "lean_goal_add"), Qt.MouseButton.LeftButton
    )
    for column, text in enumerate(["Срок подготовки", "дн.", "30", "10,5", ""]):
        dialog.goals_table.item(0, column).setText(text)
    # closing without the passport agreed: refused on the tab of the terms
    dialog.tabs.setCurrentIndex(0)
    closing = dialog.stage_rows[8]
    closing.check.setChecked(True)
    closing.start.setDate(QDate(2026, 12, 20))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith(
        "Этап 1. Согласование паспорта лин-проекта: сначала укажите дату"
    )
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Сроки"
    assert dialog.status_label.text() == "Статус на 22.11.2026: подготовка паспорта"
    dialog.stage_rows[0].check.setChecked(True)
    dialog.stage_rows[0].start.setDate(QDate(2026, 11, 2))
    assert dialog.status_label.text() == "Статус на 22.11.2026: реализуется"
    with database.session() as session:
        count = session.query(LeanProject).count()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    with database.session() as session:
        assert session.query(LeanProject).count() == count + 1
        data = r.lean_project_data(session, dialog.saved_id)
        original = session.get(LeanProject, data.replicates_id)
    assert original.title == "Организация приема детей в детский сад"
    assert not data.pilot
    assert [(g.indicator, g.measure, g.current_value, g.target_value) for g in data.goals] == [
        ("Срок подготовки", "дн.", 30, 10.5)
    ]
    assert [(s.stage, s.start) for s in data.stages] == [
        (1, date(2026, 11, 2)),
        (9, date(2026, 12, 20)),
    ]
    row = next(
        row
        for row in shown(page.projects)
        if row[0].startswith("Сокращение сроков подготовки олимпиад")
    )
    assert row[1:7] == [
        "ИМЦ",
        "Образование",
        "тиражирование",
        "02.11.2026",
        "20.12.2026",
        "реализуется",
    ]


def test_a_project_is_changed_and_a_bad_figure_named(qtbot, database, page) -> None:
    select_row(page.projects, "Организация рабочего пространства")
    qtbot.mouseClick(page.projects.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == "Паспорт лин-проекта"
    assert dialog.status_label.text() == "Статус на 22.11.2026: завершен"
    dialog.goals_table.item(1, 4).setText("семь")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Цель 2, достигнуто: «семь» — не число"
    assert dialog.tabs.currentIndex() == 1
    dialog.goals_table.item(1, 4).setText("6")
    dialog.tabs.setCurrentIndex(3)
    dialog.recommended.check.setChecked(True)
    dialog.recommended.edit.setDate(QDate(2026, 3, 12))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    with database.session() as session:
        data = r.lean_project_data(session, dialog.saved_id)
    assert data.goals[1].reached_value == 6
    assert data.recommended_on == date(2026, 3, 12)
    row = next(row for row in shown(page.projects) if row[0].startswith("Организация рабочего"))
    assert row[7] == "12.03.2026"


def test_training_is_added_and_deleted_after_the_question(qtbot, database, page) -> None:
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.trainings.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.provider_edit.text() == "АНО «Центр компетенций Кузбасса»"
    choose(dialog.kind_combo, "внутреннее")
    assert dialog.provider_edit.text() == ""
    type_text(dialog.person_edit, "Морозова Татьяна Петровна")
    type_text(dialog.course_edit, "Картирование процесса")
    type_text(dialog.provider_edit, "Петрова С.М.")
    dialog.date_edit.setDate(QDate(2026, 11, 13))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert shown(page.trainings)[0][:4] == [
        "13.11.2026",
        "Морозова Татьяна Петровна",
        "УЭР",
        "внутреннее",
    ]
    page.trainings.select(dialog.saved_id)
    qtbot.mouseClick(page.trainings.delete_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "question_box")
    assert box.isVisible() and "Удалить выбранную запись об обучении?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    with database.session() as session:
        assert session.get(Training, dialog.saved_id) is None
    assert all(row[1] != "Морозова Татьяна Петровна" for row in shown(page.trainings))


def test_the_passport_is_previewed_and_saved(qtbot, monkeypatch, tmp_path, page) -> None:
    assert not page.passport_button.isEnabled()
    select_row(page.projects, "Сокращение сроков назначения мер социальной поддержки")
    assert page.passport_button.isEnabled()
    qtbot.mouseClick(page.passport_button, Qt.MouseButton.LeftButton)
    preview = page.preview
    assert preview.isVisible()
    text = pdf_text(BytesIO(preview.pdf))
    assert "УТВЕРЖДАЮ" in text and "С.В. Гусарова" in text
    preview.reject()
    target = tmp_path / "паспорт.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(page.passport_save_button, Qt.MouseButton.LeftButton)
    blocks = docx_blocks(target)
    assert blocks[0] == "УТВЕРЖДАЮ"
    assert "«Сокращение сроков назначения мер социальной поддержки" in " ".join(blocks)


def test_the_lean_table_records_the_assessment_and_is_saved(
    qtbot, monkeypatch, tmp_path, database, page
) -> None:
    from openpyxl import load_workbook

    page.tabs.setCurrentIndex(1)
    choose(page.projects.unit_combo, "КСЗН")
    qtbot.mouseClick(page.lean_table_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert (
        dialog.unit_combo.currentText()
        == "Комитет социальной защиты населения Беловского городского округа"
    )
    assert dialog.latest_label.text() == "распространение 60 %, уровень культуры 6 (на 01.10.2026)"
    assert not dialog.share_spin.isEnabled()
    dialog.record_check.setChecked(True)
    dialog.share_spin.setValue(65)
    dialog.level_spin.setValue(7)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    text = pdf_text(BytesIO(page.preview.pdf))
    assert "Комитет социальной защиты населения" in text
    assert "по состоянию на «22» ноября 2026 г." in text
    assert "бережливого производства: 65 %." in text and "до 10): 7." in text
    page.preview.reject()
    with database.session() as session:
        latest = r.latest_assessment(session, page.units_by_short["КСЗН"], TODAY)
    assert (latest.assessed_on, latest.practice_share, latest.culture_level) == (TODAY, 65, 7)

    target = tmp_path / "сведения.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(page.lean_table_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.date_edit.setDate(QDate(2024, 1, 1))
    assert dialog.latest_label.text() == "распространение 15 %, уровень культуры 2 (на 31.12.2023)"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = [row for row in load_workbook(target).active.iter_rows(values_only=True) if any(row)]
    by_label = {row[0]: row for row in rows}
    assert by_label["Социальная сфера"][1:3] == (1, 0)  # started in 2023, closed in 2024
    assert "Оценка степени распространения бережливого производства: 15 %." in by_label
