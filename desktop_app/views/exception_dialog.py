"""The exception hook: an unexpected error is logged to the user's data folder and shown
in a Russian dialog whose details can be copied for the administrator."""

from __future__ import annotations

import logging
import sys
import traceback

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


def install_exception_hook(log_file: str) -> None:
    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Необработанная ошибка:\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        parent = QApplication.activeWindow()
        dialog = ExceptionDialog(details, log_file, parent)
        dialog.open()

    sys.excepthook = hook
