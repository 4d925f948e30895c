"""Printing and saving a document: the print preview of its PDF and the «Сохранить как»
dialog that adds the extension of the format chosen. One place for every window."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.views.messages import show_error


def preview_pdf(parent: QWidget, pdf: bytes, title: str, file_name: str):
    """Open the print preview (printing, saving as PDF) of ``pdf``; returns the dialog."""
    from desktop_app.views.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(pdf, title, file_name, parent=parent)
    dialog.open()
    return dialog


def ask_save_path(
    parent: QWidget,
    title: str,
    file_name: str,
    file_filter: str,
    formats: tuple[str, ...],
    folder_key: str,
) -> Path | None:
    """Ask where to save; the extension follows the chosen filter when none is typed.
    The folder is remembered under ``folder_key``."""
    settings = QSettings()
    folder = settings.value(folder_key, "")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentFiles", "Save: {0}").format(title),
        str(Path(folder) / file_name) if folder else file_name,
        file_filter,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in formats:
        found = re.search(r"\*(\.\w+)", chosen or "")
        target = target.with_name(target.name + (found.group(1) if found else formats[0]))
    settings.setValue(folder_key, str(target.parent))
    return target


def write_file(parent: QWidget, path: Path, write: Callable[[Path], None]) -> bool:
    """Run ``write(path)``; a Russian message on failure. True when written."""
    try:
        write(path)
    except ValueError as error:
        show_error(parent, str(error))
        return False
    except OSError as error:
        show_error(
            parent,
            QCoreApplication.translate(
                "DocumentFiles", "Could not save the file «{0}»: {1}"
            ).format(path, error.strerror or error),
        )
        return False
    return True
