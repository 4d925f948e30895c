"""The example loaded into a new database, then the figures of keeping the large database
safe: a backup copy (the online backup, the button «Создать резервную копию»), its check
in the background (``integrity_check``), the quick check on opening, and a restore of a
checked copy and of one never checked. Called by ``run.py`` with its own ``Row`` and
``median_ms``; the work is on files, so each figure is the median of a few runs."""

from __future__ import annotations

import shutil
import tempfile
import time
import traceback
from pathlib import Path

BACKUP_TARGET_MS = 2000.0
RESTORE_TARGET_MS = 5000.0


def _timed(action, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def backup_rows(database_path: Path, Row, median_ms, runs: int = 3) -> tuple[list, list[str]]:
    from desktop_app.domain.backups import BackupKind
    from desktop_app.store.backup import (
        check_database,
        make_backup,
        restore_backup,
        verify_backup,
    )

    rows: list = []
    errors: list[str] = []
    rows.append(_example_row(Row, median_ms))
    size_mb = database_path.stat().st_size / (1024 * 1024)
    work = Path(tempfile.mkdtemp(prefix="secretary-bench-backup-"))
    try:
        folder = work / "copies"
        made = []
        samples = _timed(
            lambda: made.append(make_backup(database_path, folder, BackupKind.MANUAL)), runs
        )
        rows.append(Row(f"backup: a copy of the database ({size_mb:.0f} MB, online backup)",
                        median_ms(samples), BACKUP_TARGET_MS, runs))
        copy = made[-1].path
        samples = _timed(lambda: verify_backup(copy), 1)
        rows.append(Row("backup: its check, integrity_check + SHA-256 (in the background)",
                        median_ms(samples), None, 1))
        samples = _timed(lambda: check_database(database_path, level="quick"), runs)
        rows.append(Row("check: quick_check of the database (on opening up to 64 MB)",
                        median_ms(samples), None, runs))
        target = work / "restored.sqlite3"
        shutil.copy(database_path, target)
        samples = _timed(lambda: restore_backup(target, copy, folder), runs)
        rows.append(Row("restore: a checked copy (checksum while copying, the current kept, "
                        "replaced)", median_ms(samples), RESTORE_TARGET_MS, runs))
        unchecked = work / "unchecked.sqlite3"  # not the program's naming: checked in full
        shutil.copy(copy, unchecked)
        samples = _timed(lambda: restore_backup(target, unchecked, folder), 1)
        rows.append(Row("restore: a copy never checked (integrity_check first)",
                        median_ms(samples), None, 1))
    except Exception:
        errors.append(traceback.format_exc(limit=5))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows, errors


def _example_row(Row, median_ms, runs: int = 3):
    """«Открыть пример» into a new database: the body, its roster, meetings, plans and
    registries in one transaction (a timed test used to hold this figure)."""
    from desktop_app.store.database import Database
    from desktop_app.store.example import load_example

    samples = []
    with tempfile.TemporaryDirectory(prefix="secretary-bench-example-") as folder:
        for attempt in range(runs):
            database = Database(Path(folder) / f"example{attempt}.sqlite3")
            started = time.perf_counter()
            with database.session() as session:
                load_example(session)
            samples.append(time.perf_counter() - started)
            database.close()
    return Row("example: «Открыть пример» into a new database", median_ms(samples), 1000.0, runs)
