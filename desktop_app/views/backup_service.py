"""The automatic backups of the open database: at start-up, once a day while the program is
open and on exit, into the folder of copies, thinned out by the retention policy; each copy
made in the background is then checked (``integrity_check``), which also checks the live
database it was taken from. The settings are the user's (QSettings), one set for every
database: the file names of the copies say whose they are."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from desktop_app.domain.backups import BackupKind, RetentionPolicy

log = logging.getLogger(__name__)

DAILY_INTERVAL = timedelta(hours=24)
CHECK_EVERY_MS = 15 * 60 * 1000


class BackupSettings:
    """Where the copies go and how many are kept (empty folder: beside the database)."""

    def __init__(self) -> None:
        self._settings = QSettings()

    @property
    def automatic(self) -> bool:
        return self._settings.value("backup/automatic", True, type=bool)

    @automatic.setter
    def automatic(self, value: bool) -> None:
        self._settings.setValue("backup/automatic", bool(value))

    @property
    def custom_folder(self) -> str:
        return str(self._settings.value("backup/folder", "") or "")

    @custom_folder.setter
    def custom_folder(self, value: str) -> None:
        self._settings.setValue("backup/folder", value.strip())

    def folder(self, database_path: Path) -> Path:
        from desktop_app.store.backup import default_backup_folder

        custom = self.custom_folder
        return Path(custom) if custom else default_backup_folder(database_path)

    @property
    def policy(self) -> RetentionPolicy:
        default = RetentionPolicy()
        return RetentionPolicy(
            self._settings.value("backup/daily", default.daily, type=int),
            self._settings.value("backup/weekly", default.weekly, type=int),
            self._settings.value("backup/monthly", default.monthly, type=int),
        )

    @policy.setter
    def policy(self, policy: RetentionPolicy) -> None:
        self._settings.setValue("backup/daily", policy.daily)
        self._settings.setValue("backup/weekly", policy.weekly)
        self._settings.setValue("backup/monthly", policy.monthly)


class BackupService(QObject):
    """Runs the automatic copies of ``window.database`` one at a time in a worker thread;
    ``reported`` carries the outcome (a message, and whether it is a problem)."""

    reported = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = BackupSettings()
        self._database_path: Path | None = None
        self._job: threading.Thread | None = None
        self._last_automatic: datetime | None = None  # started by this session
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)

    # ----- which database -------------------------------------------------------------
    def watch(self, database_path: Path | None) -> None:
        """Back up ``database_path`` from now on (``None``: nothing is open for writing).
        Never waits: a copy still being made or checked goes on in the background."""
        self._database_path = database_path
        self._last_automatic = None
        if database_path is None:
            self._timer.stop()
            return
        self._timer.start()
        if self.settings.automatic:
            self._start_when_free(BackupKind.START, database_path)

    def _start_when_free(self, kind: BackupKind, database_path: Path) -> None:
        if self._database_path != database_path:
            return  # another database was opened meanwhile
        if self.busy:
            QTimer.singleShot(1000, lambda: self._start_when_free(kind, database_path))
        else:
            self.start_job(kind)

    @property
    def folder(self) -> Path | None:
        return self.settings.folder(self._database_path) if self._database_path else None

    def backup_if_due(self) -> None:
        """A day after the last automatic copy of this session (no folder to read: it may
        be a slow network share, and this runs on the window's thread)."""
        if self._database_path is None or not self.settings.automatic or self.busy:
            return
        last = self._last_automatic
        if last is None or datetime.now() - last >= DAILY_INTERVAL:
            self.start_job(BackupKind.DAILY)

    # ----- the work --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.is_alive()

    def wait(self) -> None:
        if self._job is not None:
            self._job.join()
            self._job = None

    def start_job(self, kind: BackupKind | None, made: Path | None = None) -> None:
        """In the background: a copy of ``kind`` (or none, to check the copy ``made``),
        its check, and the thinning out of the folder."""
        if self._database_path is None or self.busy:
            return
        path, folder, policy = self._database_path, self.folder, self.settings.policy
        if kind is not None and kind.automatic:
            self._last_automatic = datetime.now()
        self._job = threading.Thread(
            target=self._run, args=(path, folder, policy, kind, made), name="backup", daemon=True
        )
        self._job.start()

    def _run(self, path, folder, policy, kind, made) -> None:
        from desktop_app.store.backup import (
            BackupError,
            make_backup,
            prune_backups,
            verify_backup,
            verify_pending,
        )

        try:
            if kind is not None:
                made = make_backup(path, folder, kind).path
            result = verify_backup(made)
            prune_backups(folder, path.stem, policy)
            verify_pending(folder, path.stem)  # the copy made on exit last time
        except BackupError as error:
            log.warning("automatic backup failed: %s", error)
            self.reported.emit(str(error), True)
            return
        except OSError as error:
            log.warning("automatic backup failed: %s", error)
            self.reported.emit(f"{folder}: {error.strerror or error}", True)
            return
        except Exception as error:  # a worker thread must not die silently
            log.exception("automatic backup failed")
            self.reported.emit(f"{type(error).__name__}: {error}", True)
            return
        if result.ok:
            self.reported.emit(str(made), False)
        else:
            log.error("the backup %s failed its check: %s", made, result.describe())
            self.reported.emit(result.describe(), True)

    def backup_on_exit(self, run_in_foreground) -> None:
        """The copy «при выходе», made while the user watches a progress bar; a copy or
        a check still running in the background is finished first (the program does not
        leave half a file behind)."""
        path = self._database_path if self.settings.automatic else None
        self._database_path = None
        self._timer.stop()
        if path is None and not self.busy:
            return
        from desktop_app.store.backup import make_backup, prune_backups

        folder, policy = (
            (self.settings.folder(path), self.settings.policy) if path else (None, None)
        )

        def work(progress) -> None:
            self.wait()
            if path is not None:
                make_backup(path, folder, BackupKind.EXIT, progress=progress)
                prune_backups(folder, path.stem, policy)

        try:
            run_in_foreground(work)
        except Exception as error:  # the window closes anyway: log it
            log.warning("the backup on exit failed: %s", error)
