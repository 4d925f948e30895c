"""The backups as the secretary sees them: the menu «Сервис», a copy now, the automatic
copies at start-up and on exit, restore from the list, a damaged database at opening, and
the second program that is offered read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.domain.backups import BackupKind
from desktop_app.store.backup import default_backup_folder, list_backups, make_backup
from desktop_app.store.database import Database
from desktop_app.store.instance_lock import InstanceLock


def _boxes(name: str) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def _box(qtbot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(_boxes(name)), timeout=5000)
    return _boxes(name)[-1]


def _close_boxes() -> None:
    for box in _boxes("message_box"):
        box.close()


def _members(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM membership").fetchone()[0]
    connection.close()
    return count


@pytest.fixture
def new_window(qtbot):
    """A main window not yet on any database, with the automatic copies on."""
    from desktop_app.views.main_window import MainWindow

    QSettings().clear()
    made = []

    def make(automatic: bool = True):
        QSettings().setValue("backup/automatic", automatic)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.backup_service.wait()


def test_the_service_menu_speaks_russian(window):
    titles = [a.text() for a in window.service_menu.actions() if a.text()]
    assert window.service_menu.title() == "С&ервис"
    assert titles[:4] == [
        "&Создать резервную копию",
        "&Восстановить из копии…",
        "&Резервное копирование…",
        "&Проверить базу данных",
    ]


def test_back_up_now_makes_a_copy_and_checks_it(qtbot, window, example_body):
    window.backup_now_action.trigger()
    box = _box(qtbot, "message_box")
    assert "Резервная копия сохранена" in box.text()
    folder = default_backup_folder(window.database.path)
    copies = list_backups(folder, window.database.path.stem)
    assert [c.kind for c in copies] == [BackupKind.MANUAL]
    assert copies[0].contents.bodies == 1
    window.backup_service.wait()  # the check runs in the background
    assert list_backups(folder, window.database.path.stem)[0].checked_ok is True
    box.close()


def test_copies_at_start_up_and_on_exit(qtbot, new_window, database, example_body):
    window = new_window(automatic=True)
    assert window.open_database(database.path)
    window.backup_service.wait()
    folder = default_backup_folder(database.path)
    assert [c.kind for c in list_backups(folder, database.path.stem)] == [BackupKind.START]
    window.close()
    kinds = {c.kind for c in list_backups(folder, database.path.stem)}
    assert BackupKind.EXIT in kinds
    # the start-up copy of the same day is thinned out by the default policy
    assert len(list_backups(folder, database.path.stem)) == 1


def test_a_daily_copy_is_made_when_the_last_is_a_day_old(qtbot, new_window, database):
    from datetime import datetime, timedelta

    window = new_window(automatic=True)
    folder = default_backup_folder(database.path)
    make_backup(database.path, folder, BackupKind.START, now=datetime.now() - timedelta(days=2))
    QSettings().setValue("backup/automatic", False)  # no start-up copy this time
    assert window.open_database(database.path)
    QSettings().setValue("backup/automatic", True)
    window.backup_service.backup_if_due()
    window.backup_service.wait()
    kinds = [c.kind for c in list_backups(folder, database.path.stem)]
    assert kinds[0] is BackupKind.DAILY
    window.backup_service.backup_if_due()  # not due again
    window.backup_service.wait()
    assert len(list_backups(folder, database.path.stem)) == 2


def test_settings_choose_the_folder_and_the_number_of_copies(qtbot, window, tmp_path):
    from desktop_app.views.backup_dialogs import BackupSettingsDialog

    window.backup_settings_action.trigger()
    dialog = window.findChild(BackupSettingsDialog)
    assert dialog.isVisible()
    assert dialog.folder.placeholderText().endswith("test.backups")
    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.daily.setValue(3)
    dialog.accept()
    settings = window.backup_service.settings
    assert settings.policy.daily == 3 and settings.policy.weekly == 4
    assert settings.folder(window.database.path) == tmp_path / "usb"
    window.backup_now_action.trigger()
    _box(qtbot, "message_box").close()
    assert len(list_backups(tmp_path / "usb", "test")) == 1


def test_restore_from_the_list_brings_the_copy_back(qtbot, window, example_body):
    from desktop_app.views.backup_dialogs import RestoreDialog

    path = window.database.path
    folder = default_backup_folder(path)
    make_backup(path, folder, BackupKind.MANUAL)
    members = _members(path)
    with window.database.session() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM membership"))
    assert _members(path) == 0

    window.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 1
    contents = dialog.table.item(0, 3).text()
    assert "органов: 1" in contents
    assert dialog.table.item(0, 1).text() == "создана вручную"
    dialog.restore_button.click()
    question = _box(qtbot, "question_box")
    assert "Заменить базу данных" in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    box = _box(qtbot, "message_box")
    assert "восстановлена из копии" in box.text()
    assert _members(path) == members
    assert window.database is not None and window.body_list.count() == 1
    kinds = [c.kind for c in list_backups(folder, path.stem)]
    assert BackupKind.BEFORE_RESTORE in kinds
    box.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 30), 4096):
        data[offset + 8 : offset + 300] = b"\xff" * 292
    path.write_bytes(bytes(data))


def test_a_damaged_database_offers_the_latest_copy(qtbot, new_window, tmp_path):
    from desktop_app.store.example import load_example

    path = tmp_path / "secretary.sqlite3"
    database = Database(path)
    with database.session() as session:
        load_example(session, meetings=False)
    database.close()
    members = _members(path)
    make_backup(path, default_backup_folder(path), BackupKind.EXIT)
    _damage(path)

    window = new_window(automatic=False)
    assert not window.open_database(path)
    box = _box(qtbot, "damaged_database")
    assert "повреждён" in box.text() and "Последняя копия" in box.text()
    assert window.database is None
    box.findChild(type(box.buttons()[0]), "restore_latest").click()
    info = _box(qtbot, "message_box")
    assert "восстановлена" in info.text()
    assert window.database is not None and window.database.path == path
    assert _members(path) == members
    kept = [
        c
        for c in list_backups(default_backup_folder(path), path.stem)
        if c.kind is BackupKind.BEFORE_RESTORE
    ]
    assert kept, "the damaged file is kept among the copies"
    info.close()


def test_a_newer_database_is_refused_with_a_message(qtbot, new_window, database):
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    window = new_window(automatic=False)
    assert not window.open_database(database.path)
    box = _box(qtbot, "message_box")
    assert "более новой версией программы" in box.text()
    assert window.database is None
    box.close()


def test_the_second_program_is_offered_read_only(qtbot, new_window, database, example_body):
    other = InstanceLock(database.path)
    other.acquire()  # the first program
    try:
        window = new_window(automatic=True)
        assert not window.open_database(database.path)
        question = _box(qtbot, "question_box")
        assert "уже открыта в другой программе" in question.text()
        assert "только для чтения" in question.text()
        question.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: window.database is not None)
        assert window.database.read_only
        assert "только чтение" in window.windowTitle()
        assert window.findChild(type(window._read_only_label), "read_only_label").isVisible()
        assert window.body_list.count() == 1  # everything can be seen
        assert not window.restore_action.isEnabled()
        # the roster's commands are off; a change that gets through is refused with the
        # reason, and nothing is written
        window.refresh_bodies(example_body)
        assert window.print_action.isEnabled()
        for action in (
            window.edit_body_action,
            window.add_member_action,
            window.change_roster_action,
            window.new_body_action,
        ):
            assert not action.isEnabled(), action.objectName()
        from PySide6.QtWidgets import QLineEdit

        from desktop_app.views.body_dialog import BodyDialog

        dialog = BodyDialog(window.database, example_body, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.findChild(QLineEdit, "place_edit").setText("Novokuznetsk")
        dialog.ok_button().click()
        assert dialog.isVisible()
        assert "только для чтения" in dialog.error_label.text()
        dialog.reject()
        window.close()
        assert not list_backups(default_backup_folder(database.path), database.path.stem)
    finally:
        other.release()


def test_copies_of_a_read_only_database_are_not_made_automatically(qtbot, new_window, database):
    other = InstanceLock(database.path)
    other.acquire()
    try:
        window = new_window(automatic=True)
        assert window.open_database(database.path, read_only=True)
        window.close()
        assert not default_backup_folder(database.path).exists()
    finally:
        other.release()


def test_check_the_database_says_it_is_sound(qtbot, window):
    window.check_database_action.trigger()
    box = _box(qtbot, "message_box")
    assert "исправна" in box.text()
    box.close()


def test_the_restore_dialog_lists_newest_first_and_marks_damaged(qtbot, window, tmp_path):
    from datetime import datetime

    from desktop_app.store.backup import verify_backup
    from desktop_app.views.backup_dialogs import RestoreDialog

    path = window.database.path
    folder = default_backup_folder(path)
    old = make_backup(path, folder, BackupKind.START, now=datetime(2026, 11, 1, 9, 0))
    verify_backup(old.path)
    new = make_backup(path, folder, BackupKind.DAILY, now=datetime(2026, 11, 2, 9, 0))
    _damage_copy = bytearray(new.path.read_bytes())
    _damage_copy[4096 + 8 : 4096 + 200] = b"\xff" * 192
    new.path.write_bytes(bytes(_damage_copy))
    verify_backup(new.path)
    dialog = RestoreDialog(folder, path.stem, window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "02.11.2026 09:00"
    assert dialog.table.item(0, 4).text() == "повреждена"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.table.item(1, 4).text() == "исправна"
    assert dialog.restore_button.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_database_damaged_during_work_points_to_the_copies(qtbot, window):
    """A query on a file damaged under the program: a Russian message with the way out,
    not a stack trace for the administrator."""
    import sys

    from sqlalchemy import text

    from desktop_app.views.app import setup_logging
    from desktop_app.views.exception_dialog import damage_of, install_exception_hook

    damaged = window.database.path.with_name("damaged.sqlite3")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    broken = Database(damaged, migrate=False)
    previous = sys.excepthook
    install_exception_hook(str(setup_logging()))
    try:
        try:
            with broken.session() as session:
                session.execute(text("SELECT count(*) FROM body"))
        except Exception:
            error = sys.exc_info()
            assert damage_of(error[1]) is not None
            sys.excepthook(*error)
    finally:
        sys.excepthook = previous
        broken.close()
    box = _box(qtbot, "message_box")
    assert "Файл базы данных повреждён" in box.text()
    assert "Восстановить из копии" in box.text()
    assert damage_of(RuntimeError("malformed")) is None  # only SQLite's own errors
    box.close()


def test_a_copy_now_does_not_wait_for_the_background_check(qtbot, window):
    """The check of a large copy runs for seconds in the background: «Создать резервную
    копию» meanwhile makes its copy at once instead of freezing the window until then."""
    import threading

    release = threading.Event()
    busy = threading.Thread(target=release.wait, daemon=True)
    busy.start()
    window.backup_service._job = busy  # a background check still running
    try:
        window.backup_now_action.trigger()
        box = _box(qtbot, "message_box")
        assert "Резервная копия сохранена" in box.text()
        assert busy.is_alive()
        box.close()
    finally:
        release.set()
        busy.join()


def test_the_window_appears_before_the_database_layer_is_imported():
    """The main window is shown before the database opens (start-up speed): the backup
    commands it carries must not pull SQLAlchemy, the store or the audit trail in."""
    import subprocess
    import sys

    code = (
        "import sys; import desktop_app.views.main_window\n"
        "late = [m for m in ('sqlalchemy', 'desktop_app.store.backup', 'desktop_app.store.audit')"
        " if m in sys.modules]\n"
        "print(late)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
