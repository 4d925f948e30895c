"""Test set-up: Qt offscreen before any Qt import, a private data folder and settings,
a fresh database per test, and a helper that types Cyrillic as a user would."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="secretary-tests-")
os.environ["COMMISSION_SECRETARY_HOME"] = _HOME

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop_app.store.database import Database  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _application(qapp):
    """The application as the program sets it up: fonts, Russian translation, style."""
    from PySide6.QtCore import QSettings

    from desktop_app.views.app import create_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _HOME)
    return create_application()


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db = Database(tmp_path / "test.sqlite3")
    yield db
    db.close()


@pytest.fixture
def example_body(database: Database) -> int:
    """The example body with its roster, without meetings (tests add their own)."""
    from desktop_app.store.example import load_example

    with database.session() as session:
        return load_example(session, meetings=False)


@pytest.fixture
def example_meetings(database: Database) -> int:
    """The example body with its four meetings of 2024, as «Открыть пример» loads it."""
    from desktop_app.store.example import load_example

    with database.session() as session:
        return load_example(session)


@pytest.fixture
def window(qtbot, database):
    from PySide6.QtCore import QSettings

    from desktop_app.views.main_window import MainWindow

    QSettings().clear()
    # The automatic copies (at start-up, on exit) have their own tests: test_backup_ui.
    QSettings().setValue("backup/automatic", False)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_database(database.path)
    return main


@pytest.fixture
def example_window(window, example_body):
    """The main window on a database holding the example body."""
    window.refresh_bodies(example_body)
    return window
