"""The Qt application: fonts, translations, style, logging, the exception hook, and the
main window shown first and filled right after (the window appears at once)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.resources import (
    default_database_path,
    log_path,
    resource_path,
    ui_path,
)

TRANSLATION_FILE = "commission_secretary_ru.qm"
UI_FONTS = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")


def setup_logging() -> Path:
    import logging
    from logging.handlers import RotatingFileHandler

    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_translations(app: QApplication) -> list[QTranslator]:
    """Our Russian translation and Qt's own (the buttons of standard dialogs)."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", TRANSLATION_FILE))):
        app.installTranslator(ours)
        translators.append(ours)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load("qtbase_ru", qt_translations):
        app.installTranslator(qtbase)
        translators.append(qtbase)
    return translators


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with everything the views expect; reuses a running one (tests)."""
    app = QApplication.instance() or QApplication(argv or [APP_ID])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    for font in UI_FONTS:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", font)))
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        # No system fonts there: the shipped one has Cyrillic.
        app.setFont(QFont("Liberation Sans", 10))
    style = ui_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app._translators = install_translations(app)  # kept alive with the application
    return app


def run_gui(db_path: Path | None) -> int:
    from desktop_app.views.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    app.processEvents()  # the window is painted before the database work starts
    # benchmarks/run.py times the start-up: «shown» stops here, with the window on the
    # screen; «ready» quits once the database is open and the roster shown.
    moment = os.environ.get("COMMISSION_SECRETARY_BENCHMARK_QUIT")
    if moment == "shown":
        return _close(window, 0)
    from desktop_app.views.exception_dialog import install_exception_hook

    install_exception_hook(str(setup_logging()))
    path = Path(db_path) if db_path else default_database_path()
    if moment == "ready":
        window.database_opened.connect(lambda _path: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(0, lambda: window.open_database(path))
    return _close(window, app.exec())


def _close(window, code: int) -> int:
    """Delete the window while the application still exists: left to Python's clean-up,
    the application may go first and the process crashes on exit. A background copy
    still running is waited for (the window's close waits for it too; quitting without
    closing it must not leave half a file)."""
    window.backup_service.wait()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
