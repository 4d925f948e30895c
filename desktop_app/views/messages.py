"""The one place that shows messages to the user.

Message boxes are opened with ``open()``, never ``exec()``, so nothing blocks and tests
simply look for the visible box. ``ask`` calls ``on_yes`` when the user agrees.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setObjectName("message_box")
    box.open()
    return box


def show_error(parent: QWidget | None, text: str, details: str = "") -> QMessageBox:
    return _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "Error"),
        text,
        details,
    )


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, QCoreApplication.applicationName(), text)


def ask(
    parent: QWidget | None, text: str, on_yes: Callable[[], None], yes_text: str | None = None
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.applicationName(),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("question_box")
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def finished(result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
