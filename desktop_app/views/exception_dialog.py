"""The exception hook: an unexpected error is logged to the user's data folder and shown
in a Russian dialog whose details can be copied for the administrator."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class ExceptionDialog(QDialog):
    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exception_dialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "The program ran into an unexpected error. Your data is safe: the last "
                "operation was cancelled. Copy the details below and send them to your "
                "administrator. The details are also written to the log file:\n{0}"
            ).format(log_file)
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


#: What SQLite says when the file itself is broken (a disk failure, a power cut on a disk
#: that lies about writes): the way out is a copy, not the administrator.
_DAMAGE_WORDS = ("malformed", "not a database", "disk i/o error", "database corrupt")


def damage_of(error: BaseException | None) -> str | None:
    """SQLite's words if ``error`` (or what caused it) says the database file is damaged."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        text = str(getattr(error, "orig", None) or error).lower()
        if isinstance(error, sqlite3.DatabaseError) or "sqlite" in type(error).__module__:
            if any(word in text for word in _DAMAGE_WORDS):
                return text
        error = error.__cause__ or error.__context__ or getattr(error, "orig", None)
    return None


def install_exception_hook(log_file: str) -> None:
    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Необработанная ошибка:\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        parent = QApplication.activeWindow()
        damage = damage_of(value)
        if damage is not None:
            from desktop_app.views.messages import show_error

            show_error(
                parent,
                QCoreApplication.translate(
                    "ExceptionDialog",
                    "The database file is damaged ({0}). The operation was cancelled. "
                    "Restore the database from the latest sound backup: «Service» → "
                    "«Restore from a backup».",
                ).format(damage),
                details,
            )
            return
        dialog = ExceptionDialog(details, log_file, parent)
        dialog.open()

    sys.excepthook = hook
