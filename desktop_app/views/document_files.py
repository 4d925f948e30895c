"""Printing and saving a document: the print preview of its PDF and the «Сохранить как»
dialog that adds the extension of the format chosen. One place for every window."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop_app.views.messages import show_error

T = TypeVar("T")


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
    """Run ``write(path)`` in a worker thread (a progress dialog shows when it takes more
    than half a second; ``write`` builds from plain data, touching neither Qt nor the
    database); a Russian message on failure. True when written."""
    label = QCoreApplication.translate("DocumentFiles", "Saving «{0}»…").format(path.name)
    try:
        run_with_progress(parent, label, lambda: write(path))
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


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """``work()`` in a worker thread (it must touch neither Qt nor the database); a busy
    progress dialog appears after half a second. Returns its result or raises its error."""
    return run_with_progress_bar(parent, label, lambda _progress: work(), determinate=False)


def run_with_progress_bar(
    parent: QWidget | None,
    label: str,
    work: Callable[[Callable[[float], None]], T],
    *,
    determinate: bool = True,
) -> T:
    """``work(progress)`` in a worker thread; ``progress(fraction)`` (0 to 1) moves the bar
    of a dialog that appears after half a second. The window keeps painting meanwhile."""
    outcome: dict[str, object] = {}
    done = [0.0]

    def progress(fraction: float) -> None:
        done[0] = fraction

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # handed back to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="document-file", daemon=True)
    worker.start()
    worker.join(0.05)
    if worker.is_alive():
        dialog = QProgressDialog(label, "", 0, 100 if determinate else 0, parent)
        dialog.setObjectName("file_progress")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)
        started = time.monotonic()

        def tick() -> None:
            if not worker.is_alive():
                loop.quit()
                return
            if not dialog.isVisible() and time.monotonic() - started >= 0.5:
                dialog.show()  # a busy dialog is never shown by setValue
            if determinate and dialog.isVisible():
                dialog.setValue(min(99, int(done[0] * 100)))

        timer.timeout.connect(tick)
        timer.start()
        if worker.is_alive():
            loop.exec()
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
