"""Saving a document: the file is written in a worker thread; a long write shows a progress
dialog and the window keeps working; a failure is reported in Russian."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.views import document_files


def test_a_long_write_shows_progress_and_the_window_keeps_working(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []
    ticks: list[int] = []
    workers: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))  # the event loop keeps turning
    timer.start(20)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())

    QTimer.singleShot(800, look)

    def write(path) -> None:
        workers.append(threading.current_thread().name)
        time.sleep(1.2)
        path.write_bytes(b"%PDF")

    target = tmp_path / "Протокол.pdf"
    assert document_files.write_file(parent, target, write)
    timer.stop()
    assert target.read_bytes() == b"%PDF"
    assert workers == ["document-file"]
    assert seen == ["Сохранение «Протокол.pdf»…"]
    assert len(ticks) > 20


def test_a_failed_write_says_why(qtbot, tmp_path, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(document_files, "show_error", lambda parent, text: messages.append(text))

    def refuse(path) -> None:
        raise OSError(13, "Отказано в доступе")

    assert not document_files.write_file(None, tmp_path / "x.pdf", refuse)
    assert messages == [f"Не удалось сохранить файл «{tmp_path / 'x.pdf'}»: Отказано в доступе"]
