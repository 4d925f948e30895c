"""``--smoke-test``: everything a fresh install needs, on a temporary database, offscreen:
migrations, the example with its meetings, a declension, the roster PDF, a protocol as PDF
and DOCX, a backup checked and restored, and the main window. Prints ``smoke test: ok`` and exits 0, or names the step
that failed and exits 1."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="secretary-smoke-") as folder:
            os.environ["COMMISSION_SECRETARY_HOME"] = folder
            step = "database and migrations"
            from desktop_app.store.database import Database

            database = Database(Path(folder) / "smoke.sqlite3")
            step = "example"
            from desktop_app.store.example import load_example
            from desktop_app.store.roster import printed_roster

            with database.session() as session:
                body_id = load_example(session)
                roster = printed_roster(session, body_id)
            if len(roster.entries) != 23:
                raise RuntimeError(f"example roster has {len(roster.entries)} people, not 23")
            step = "declension"
            from desktop_app.domain.names import Case, PersonName, decline
            from desktop_app.domain.vocabulary import Gender

            declined = decline(
                PersonName("Хмелева", "Ксения", "Владимировна", Gender.FEMALE), Case.ACCUSATIVE
            )
            if declined != "Хмелеву Ксению Владимировну":
                raise RuntimeError(f"declension gives «{declined}»")
            step = "roster PDF"
            from desktop_app.documents.roster_pdf import write_roster_pdf

            pdf = io.BytesIO()
            write_roster_pdf(roster, pdf)
            if not pdf.getvalue().startswith(b"%PDF"):
                raise RuntimeError("the roster PDF is empty")
            step = "protocol PDF and DOCX"
            from desktop_app.documents.meeting_export import write_meeting_document
            from desktop_app.store.meetings import find_meeting
            from desktop_app.store.protocol import protocol_data

            with database.session() as session:
                protocol = protocol_data(session, find_meeting(session, body_id, 1, 2024))
            for suffix in (".pdf", ".docx"):
                document = io.BytesIO()
                write_meeting_document("protocol", protocol, document, suffix=suffix)
                if len(document.getvalue()) < 1000:
                    raise RuntimeError(f"the protocol {suffix} is empty")
            step = "backup, check and restore"
            from desktop_app.domain.backups import BackupKind
            from desktop_app.store.backup import (
                check_database,
                make_backup,
                restore_backup,
                verify_backup,
            )

            copies = Path(folder) / "copies"
            copy = make_backup(database.path, copies, BackupKind.MANUAL)
            if not verify_backup(copy.path).ok or copy.contents.bodies != 2:
                raise RuntimeError(f"the backup is not sound: {copy}")
            database.close()
            restore_backup(database.path, copy.path, copies)
            if not check_database(database.path).ok:
                raise RuntimeError("the restored database is not sound")
            step = "main window"
            from PySide6.QtCore import QSettings

            from desktop_app.views.app import create_application
            from desktop_app.views.main_window import MainWindow

            app = create_application()
            # The user's own settings are not touched by the smoke test.
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
            window = MainWindow()
            window.show()
            if not window.open_database(database.path):
                raise RuntimeError("the window could not open the database")
            app.processEvents()
            if window.roster_model.rowCount() == 0:
                raise RuntimeError("the window shows no roster")
            window.close()
            window.deleteLater()
            app.processEvents()
            del window
            database.close()
    except Exception as error:  # the smoke test reports whatever broke
        print(f"smoke test: FAILED at «{step}»: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("smoke test: ok")
    return 0
