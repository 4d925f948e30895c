"""The yardstick of the start-up benchmark: a bare PySide6 main window, started the same way
as the program (same Python, same QT_QPA_PLATFORM), that quits as soon as it is shown.

    python benchmarks/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1200, 760)
    window.show()
    app.processEvents()  # painted, as the program's window is before it opens the database
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
