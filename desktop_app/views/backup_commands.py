"""The main window's side of keeping the database safe: opening it (the lock against a
second program, the check, the copy before an upgrade, read-only when it is open
elsewhere), the menu «Сервис» (a copy now, restore, settings, the full check) and the
automatic copies. A mixin of ``MainWindow``: it uses ``self.database``, ``self.statusBar()``
and ``self._open_checked(path, read_only)``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.domain.backups import BackupKind
from desktop_app.domain.dates import format_date_time
from desktop_app.views.messages import ask, show_error, show_info

#: Files up to this size are checked page by page on every opening (a few milliseconds
#: per megabyte); larger ones are checked in the background through their start-up copy.
QUICK_CHECK_LIMIT = 64 * 1024 * 1024


class BackupCommands:
    """Mixed into ``MainWindow``."""

    def _build_backup_actions(self) -> list[QAction | None]:
        from desktop_app.views.backup_service import BackupService

        self.backup_service = BackupService(self)
        self.backup_service.reported.connect(self._backup_reported)
        self._lock = None
        self._read_only_label = QLabel()
        self._read_only_label.setObjectName("read_only_label")
        self._read_only_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.statusBar().addPermanentWidget(self._read_only_label)
        self._read_only_label.hide()
        a = self._action
        self.backup_now_action = a(
            "backup_now",
            QCoreApplication.translate("BackupCommands", "&Back up now"),
            self.backup_now,
            "Ctrl+Shift+B",
        )
        self.restore_action = a(
            "restore_backup",
            QCoreApplication.translate("BackupCommands", "&Restore from a backup…"),
            self.restore_from_backup,
        )
        self.backup_settings_action = a(
            "backup_settings",
            QCoreApplication.translate("BackupCommands", "Backup &settings…"),
            self.edit_backup_settings,
        )
        self.check_database_action = a(
            "check_database",
            QCoreApplication.translate("BackupCommands", "&Check the database"),
            self.check_database_now,
        )
        return [
            self.backup_now_action,
            self.restore_action,
            self.backup_settings_action,
            None,
            self.check_database_action,
        ]

    def _update_backup_actions(self) -> None:
        writable = self.database is not None and not self.database.read_only
        self.backup_now_action.setEnabled(self.database is not None)
        self.restore_action.setEnabled(writable or self._lock is not None)
        self.check_database_action.setEnabled(self.database is not None)

    # ----- opening ---------------------------------------------------------------------
    def _database_in_hand(self, path: Path):
        """Hold ``path``'s lock, or ``None`` when another program holds it: the user is
        then asked whether to open it read-only (``open_database(path, read_only=True)``)."""
        from desktop_app.store.instance_lock import DatabaseInUse, InstanceLock

        if self._lock is not None and self._lock.database_path == path:
            return self._lock
        lock = InstanceLock(path)
        try:
            lock.acquire()
        except DatabaseInUse as error:
            holder = (
                error.holder.describe()
                if error.holder
                else QCoreApplication.translate("BackupCommands", "unknown")
            )
            question = QCoreApplication.translate(
                "BackupCommands",
                "The database «{0}» is already open in another copy of the program ({1}).\n\n"
                "Two programs must not change one database. Open it read-only: you can "
                "see and print everything, but not change it?",
            ).format(path.name, holder)
            ask(
                self,
                question,
                lambda: self.open_database(path, read_only=True),
                QCoreApplication.translate("BackupCommands", "Open read-only"),
            )
            return None
        return lock

    def _prepare(self, path: Path) -> None:
        """Check the file, and copy and upgrade an older one with a progress bar."""
        from desktop_app.store.backup import ensure_sound
        from desktop_app.store.database import needs_upgrade, upgrade
        from desktop_app.views.document_files import run_with_progress_bar

        if path.exists() and path.stat().st_size:
            level = "quick" if path.stat().st_size <= QUICK_CHECK_LIMIT else "header"
            ensure_sound(path, level=level)
        if needs_upgrade(path):
            folder = self.backup_service.settings.folder(path)
            run_with_progress_bar(
                self,
                QCoreApplication.translate(
                    "BackupCommands", "Backing up the database and upgrading it to this version…"
                ),
                lambda progress: upgrade(path, backup_folder=folder, progress=progress),
            )

    def _take_lock(self, lock) -> None:
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock

    def _show_read_only(self, read_only: bool, path: Path) -> None:
        from desktop_app import APP_NAME

        if read_only:
            self.setWindowTitle(
                QCoreApplication.translate("BackupCommands", "{0} — {1} (read-only)").format(
                    APP_NAME, path.name
                )
            )
            self._read_only_label.setText(
                QCoreApplication.translate(
                    "BackupCommands", "Read-only: the database is open elsewhere"
                )
            )
        self._read_only_label.setVisible(read_only)
        self.backup_service.watch(None if read_only else path)
        self._update_backup_actions()

    def _offer_restore(self, path: Path, error) -> None:
        """The file is damaged: say so, and offer the latest sound copy."""
        from desktop_app.store.backup import latest_good_backup

        folder = self.backup_service.settings.folder(path)
        latest = latest_good_backup(folder, path.stem)
        box = QMessageBox(self)
        box.setObjectName("damaged_database")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("BackupCommands", "The database is damaged"))
        text = QCoreApplication.translate(
            "BackupCommands",
            "The database «{0}» cannot be opened: {1}.\n\n"
            "Nothing has been changed in it. The way out is to restore the latest sound "
            "backup; the damaged file will be kept among the copies.",
        ).format(path, error.result.describe())
        if latest is not None:
            text += "\n\n" + QCoreApplication.translate(
                "BackupCommands", "The latest copy: {0} ({1})."
            ).format(format_date_time(latest.made_at), latest.kind_label)
        box.setText(text)
        restore_latest = None
        if latest is not None:
            restore_latest = box.addButton(
                QCoreApplication.translate("BackupCommands", "Restore the latest copy"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            restore_latest.setObjectName("restore_latest")
        choose = box.addButton(
            QCoreApplication.translate("BackupCommands", "Choose a copy…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        choose.setObjectName("choose_copy")
        box.addButton(QMessageBox.StandardButton.Close)

        def finished(_result: int) -> None:
            clicked = box.clickedButton()
            if restore_latest is not None and clicked is restore_latest:
                self._restore(path, latest.path)
            elif clicked is choose:
                self._choose_and_restore(path)

        box.finished.connect(finished)
        box.open()

    # ----- the menu «Сервис» ------------------------------------------------------------
    def backup_now(self) -> None:
        from desktop_app.store.backup import BackupError, make_backup
        from desktop_app.views.document_files import run_with_progress_bar

        if self.database is None:
            return
        path = self.database.path
        folder = self.backup_service.settings.folder(path)
        try:
            info = run_with_progress_bar(
                self,
                QCoreApplication.translate("BackupCommands", "Backing up the database…"),
                lambda progress: make_backup(path, folder, BackupKind.MANUAL, progress=progress),
            )
        except (BackupError, OSError) as error:
            show_error(
                self,
                QCoreApplication.translate("BackupCommands", "The backup was not made: {0}").format(
                    error
                ),
            )
            return
        self.backup_service.start_job(None, made=info.path)  # its check, in the background
        show_info(
            self,
            QCoreApplication.translate("BackupCommands", "The backup is saved:\n{0}").format(
                info.path
            ),
        )

    def restore_from_backup(self) -> None:
        path = self._restorable_path()
        if path is not None:
            self._choose_and_restore(path)

    def _restorable_path(self) -> Path | None:
        if self.database is not None and not self.database.read_only:
            return self.database.path
        if self._lock is not None:  # a damaged database left unopened
            return self._lock.database_path
        return None

    def _choose_and_restore(self, path: Path) -> None:
        from desktop_app.views.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.backup_service.settings.folder(path), path.stem, self)
        dialog.accepted.connect(lambda: self._confirm_restore(path, dialog.chosen))
        dialog.open()

    def _confirm_restore(self, path: Path, info) -> None:
        question = QCoreApplication.translate(
            "BackupCommands",
            "Replace the database «{0}» with the copy of {1} ({2})?\n\n"
            "The current database is kept as one more copy first.",
        ).format(path.name, format_date_time(info.made_at), info.kind_label)
        ask(
            self,
            question,
            lambda: self._restore(path, info.path),
            QCoreApplication.translate("BackupCommands", "Restore"),
        )

    def _restore(self, path: Path, backup: Path) -> bool:
        """Replace the database ``path`` (its lock held) with ``backup`` and open it."""
        from desktop_app.store.database import DatabaseError
        from desktop_app.views.document_files import run_with_progress_bar

        folder = self.backup_service.settings.folder(path)
        self.backup_service.watch(None)
        self._close_database()
        try:
            restored = run_with_progress_bar(
                self,
                QCoreApplication.translate("BackupCommands", "Restoring the database…"),
                lambda progress: self._restore_work(path, backup, folder, progress),
            )
        except (DatabaseError, OSError) as error:
            show_error(
                self,
                QCoreApplication.translate(
                    "BackupCommands", "The database was not restored: {0}"
                ).format(error),
            )
            self.open_database(path)
            return False
        self.open_database(path)
        message = QCoreApplication.translate(
            "BackupCommands", "The database is restored from the copy of {0}."
        ).format(format_date_time(restored.restored.made_at))
        if restored.previous is not None:
            message += "\n" + QCoreApplication.translate(
                "BackupCommands", "The database as it was is kept as the copy «{0}»."
            ).format(restored.previous.name)
        show_info(self, message)
        return True

    def _restore_work(self, path: Path, backup: Path, folder: Path, progress):
        """In the worker thread: a copy still being made or checked finishes first (on
        Windows a file being read cannot be replaced), then the restore."""
        from desktop_app.store.backup import restore_backup

        self.backup_service.wait()
        return restore_backup(path, backup, folder, progress=progress)

    def edit_backup_settings(self) -> None:
        from desktop_app.views.backup_dialogs import BackupSettingsDialog

        path = self.database.path if self.database is not None else None
        dialog = BackupSettingsDialog(self.backup_service.settings, path, self)
        dialog.open()

    def check_database_now(self) -> None:
        from desktop_app.store.backup import check_database
        from desktop_app.views.document_files import run_with_progress

        if self.database is None:
            return
        path = self.database.path
        result = run_with_progress(
            self,
            QCoreApplication.translate("BackupCommands", "Checking the database…"),
            lambda: check_database(path, level="full"),
        )
        if result.ok:
            show_info(
                self,
                QCoreApplication.translate("BackupCommands", "The database «{0}» is sound.").format(
                    path.name
                ),
            )
        else:
            show_error(
                self,
                QCoreApplication.translate(
                    "BackupCommands",
                    "The database «{0}» has errors: {1}.\n\nRestore it from the latest "
                    "sound backup («Service» → «Restore from a backup»).",
                ).format(path.name, result.describe()),
            )

    def _backup_reported(self, message: str, problem: bool) -> None:
        if not problem:
            self.statusBar().showMessage(
                QCoreApplication.translate("BackupCommands", "Backup saved: {0}").format(message),
                8000,
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("BackupCommands", "The backup failed: {0}").format(message)
        )
        show_error(
            self,
            QCoreApplication.translate(
                "BackupCommands",
                "The automatic backup failed: {0}.\n\nCheck the folder of copies "
                "(«Service» → «Backup settings»); if the check found the database damaged, "
                "restore it from the latest sound copy.",
            ).format(message),
        )

    def _backup_on_close(self) -> None:
        from desktop_app.views.document_files import run_with_progress_bar

        self.backup_service.backup_on_exit(
            lambda work: run_with_progress_bar(
                self, QCoreApplication.translate("BackupCommands", "Backing up the database…"), work
            )
        )
        if self._lock is not None:
            self._lock.release()
            self._lock = None
