"""The program's start-up up to its main window on the screen, replayed step by step as
``desktop_app.views.app.run_gui`` takes them (the command line, the application, logging
and the exception hook, the main window, show and paint), then quit and delete the window
as run_gui does — without opening the database.

benchmarks/run.py times it beside ``COMMISSION_SECRETARY_BENCHMARK_QUIT=shown``: when the
program's own figure includes opening the database (the quit comes too late), this one is
the start-up the user waits for before the window appears. Keep it in step with run_gui.

    python benchmarks/shown_replay.py
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from desktop_app.cli import build_parser

    build_parser().parse_args([])  # what `python -m desktop_app` does first
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from desktop_app.views.app import create_application, setup_logging
    from desktop_app.views.exception_dialog import install_exception_hook
    from desktop_app.views.main_window import MainWindow

    app = create_application()
    install_exception_hook(str(setup_logging()))
    window = MainWindow()
    window.show()
    app.processEvents()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.deleteLater()  # as run_gui: the window goes before the application
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
