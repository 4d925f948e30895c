"""The «Рассылка» and «Материалы» tabs driven as a secretary drives them: copies of the
signed protocol to the members, and files attached to the meeting or an item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton
from test_main_window import click_ok
from test_meeting_minutes_ui import make_meeting, state_of, table_texts, tick, visible_dialog
from typing_helpers import type_text

from desktop_app.domain.meeting import DistributionMethod, VoteCount
from desktop_app.store import distribution, materials
from desktop_app.store import meetings as m
from desktop_app.views import meeting_materials
from desktop_app.views.meeting_distribution import DistributionTab
from desktop_app.views.meeting_materials import MaterialsTab


def sign(database, meeting, items) -> None:
    with database.session() as s:
        m.approve_agenda(s, meeting, date(2023, 3, 1))
        m.mark_held(s, meeting)
        for item in items:
            m.add_decision(
                s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(23, 0, 0))
            )
        m.sign_protocol(s, meeting, date(2023, 3, 16))


def open_tab(qtbot, cls, database, meeting):
    tab = cls(database, meeting)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.refresh(state_of(database, meeting))
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture(autouse=True)
def _no_open_dialogs():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


# ----- distribution -----------------------------------------------------------------------


def test_copies_are_sent_only_after_signing(qtbot, database, example_body):
    meeting, first, second = make_meeting(database, example_body)
    tab = open_tab(qtbot, DistributionTab, database, meeting)
    assert tab.note_label.isVisible()
    assert "после того, как его подпишет председатель" in tab.note_label.text()
    assert not tab.send_all_button.isEnabled() and not tab.add_button.isEnabled()
    assert tab.summary_label.text() == "Отправлено членам: 0 из 23"

    sign(database, meeting, (first, second))
    tab.refresh(state_of(database, meeting))
    assert not tab.note_label.isVisible()
    assert tab.send_all_button.isEnabled()
    qtbot.mouseClick(tab.send_all_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "send_to_all_dialog")
    assert dialog.date_edit.date().toPython() == date.today()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(DistributionMethod.PAPER))
    with qtbot.waitSignal(tab.changed):
        click_ok(dialog)
    assert not dialog.isVisible()
    rows = table_texts(tab.deliveries_view)
    assert len(rows) == 23
    assert rows[0][1:3] == ["на бумаге", date.today().strftime("%d.%m.%Y")]
    assert tab.summary_label.text() == "Отправлено членам: 23 из 23"
    assert tab.status_label.text().startswith("Отмечена отправка копий членам: 23.")

    # Again: nobody is added twice.
    qtbot.mouseClick(tab.send_all_button, Qt.MouseButton.LeftButton)
    click_ok(visible_dialog(qtbot, "send_to_all_dialog"))
    assert tab.deliveries_view.model().rowCount() == 23
    assert tab.status_label.text() == "Копия уже отправлена всем членам: никто не добавлен."
    with database.session() as s:
        assert len(distribution.deliveries(s, meeting)) == 23


def test_a_recipient_who_is_not_a_member_and_a_deletion(qtbot, database, example_body):
    meeting, first, second = make_meeting(database, example_body)
    sign(database, meeting, (first, second))
    tab = open_tab(qtbot, DistributionTab, database, meeting)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "delivery_dialog")
    assert dialog.person_combo.count() == 23
    type_text(dialog.recipient_edit, "Прокуратура г. Белово")
    assert dialog.other_radio.isChecked()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(DistributionMethod.SED))
    dialog.date_edit.setDate(date(2023, 3, 1))  # before the meeting: refused, dialog stays
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Дата: копия не может уйти раньше заседания"
    dialog.date_edit.setDate(date(2023, 3, 17))
    type_text(dialog.note_edit, "исх. № 12-345")
    click_ok(dialog)
    assert table_texts(tab.deliveries_view) == [
        ["Прокуратура г. Белово", "СЭД", "17.03.2023", "исх. № 12-345"]
    ]
    assert tab.summary_label.text() == "Отправлено членам: 0 из 23"

    # A member chosen from the list counts towards the members.
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, "delivery_dialog")
    tick(qtbot, dialog.person_radio)
    dialog.person_combo.setCurrentIndex(0)
    click_ok(dialog)
    assert tab.summary_label.text() == "Отправлено членам: 1 из 23"
    assert "Хмелева К.В." in [row[0] for row in table_texts(tab.deliveries_view)]

    tab.deliveries_view.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = visible_dialog(qtbot, "question_box")
    box.button(box.StandardButton.Yes).click()
    with database.session() as s:
        assert len(distribution.deliveries(s, meeting)) == 1


# ----- materials --------------------------------------------------------------------------


def stored_files(database) -> list[Path]:
    storage = materials.storage_dir(database.path)
    return sorted(p for p in storage.rglob("*") if p.is_file()) if storage.exists() else []


def test_attach_a_file_that_stays_after_the_original_is_deleted(
    qtbot, database, example_body, tmp_path, monkeypatch
):
    meeting, first, _second = make_meeting(database, example_body)
    tab = open_tab(qtbot, MaterialsTab, database, meeting)
    source = tmp_path / "Доклад о плане.pptx"
    source.write_bytes(b"slides" * 500)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(source)], ""))
    )
    assert [tab.target_combo.itemText(i) for i in range(tab.target_combo.count())] == [
        "к заседанию",
        "к вопросу 1: О ходе реализации плана мероприятий",
        "к вопросу 2: Об итогах конкурса",
    ]
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    rows = table_texts(tab.materials_view)
    assert [row[:3] for row in rows] == [["Доклад о плане.pptx", "к заседанию", "3\u00a0КБ"]]
    assert tab.status_label.text() == "Приложено: Доклад о плане.pptx"
    source.unlink()
    files = stored_files(database)
    assert len(files) == 1 and files[0].read_bytes() == b"slides" * 500

    # The same file to an item: attaching it twice to one meeting is refused.
    source.write_bytes(b"slides" * 500)
    tab.target_combo.setCurrentIndex(1)
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    box = visible_dialog(qtbot, "message_box")
    assert "уже приложен к заседанию" in box.text()
    box.accept()
    other = tmp_path / "Справка.docx"
    other.write_bytes(b"report")
    tab.attach_files([other], tab.target_combo.currentData())
    assert [row[:3] for row in table_texts(tab.materials_view)][1] == [
        "Справка.docx",
        "1",
        "1\u00a0КБ",
    ]
    with database.session() as s:
        assert [r.item_id for r in materials.materials(s, meeting)] == [None, first]


def test_open_save_and_remove(qtbot, database, example_body, tmp_path, monkeypatch):
    meeting, _first, _second = make_meeting(database, example_body)
    source = tmp_path / "План.pdf"
    source.write_bytes(b"%PDF-1.4 plan")
    tab = open_tab(qtbot, MaterialsTab, database, meeting)
    tab.attach_files([source])
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    tab.materials_view.selectRow(0)
    tab.materials_view.setFocus()
    qtbot.keyClick(tab.materials_view, Qt.Key.Key_Return)
    stored = stored_files(database)[0]
    assert opened == [QUrl.fromLocalFile(str(stored))]
    assert opened[0].toLocalFile().startswith(str(materials.storage_dir(database.path)))

    target = tmp_path / "копия.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"%PDF-1.4 plan"

    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = visible_dialog(qtbot, "question_box")
    assert "Убрать «План.pdf»" in box.text()
    box.button(box.StandardButton.Yes).click()
    assert tab.materials_view.model().rowCount() == 0
    with database.session() as s:
        assert materials.materials(s, meeting) == []


def test_a_big_file_is_copied_by_a_worker_and_stays_attachable_after_signing(
    qtbot, database, example_body, tmp_path, monkeypatch
):
    meeting, first, second = make_meeting(database, example_body)
    sign(database, meeting, (first, second))
    monkeypatch.setattr(meeting_materials, "BIG_FILE", 1024)
    monkeypatch.setattr(meeting_materials, "CHUNK", 64 * 1024)
    content = bytes(range(256)) * 12_000  # 3 MB
    source = tmp_path / "Видео совещания.mp4"
    source.write_bytes(content)
    tab = open_tab(qtbot, MaterialsTab, database, meeting)
    assert state_of(database, meeting).locked
    tab.attach_files([source], second)
    assert tab.busy and not tab.attach_button.isEnabled()
    qtbot.waitUntil(lambda: tab.materials_view.model().rowCount() == 1, timeout=10_000)
    assert not tab.busy and tab.attach_button.isEnabled()
    assert table_texts(tab.materials_view)[0][:3] == ["Видео совещания.mp4", "2", "2,9\u00a0МБ"]
    files = stored_files(database)
    assert len(files) == 1 and files[0].read_bytes() == content  # no «.part» left behind
    assert files[0].suffix == ".mp4"

    # Cancelled: nothing is recorded and no partial copy stays.
    monkeypatch.setattr(meeting_materials, "CHUNK", 512)  # slow enough to cancel midway
    other = tmp_path / "Другое видео.mp4"
    other.write_bytes(content[::-1])
    tab.attach_files([other])
    tab._progress.findChild(QPushButton).click()  # «Отмена»
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    box = visible_dialog(qtbot, "message_box")
    assert "отменено" in box.text()
    box.accept()
    assert tab.materials_view.model().rowCount() == 1
    assert len(stored_files(database)) == 1
