"""The database file: opening it, its pragmas, and bringing its schema up to date.

Migrations are Alembic scripts in the top-level ``db/`` folder. Opening a database that is
already at the newest revision does not import Alembic at all (start-up speed); the
revision the program expects is ``SCHEMA_HEAD`` and a test keeps it equal to Alembic's head.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import ValidationError
from desktop_app.resources import migrations_path
from desktop_app.store.audit import install as install_audit

SCHEMA_HEAD = "0006"


class DatabaseError(Exception):
    """The file cannot be used as a database; the message is Russian and says why."""


READ_ONLY_MESSAGE = (
    "база данных открыта только для чтения: она открыта в другой программе. Изменения "
    "можно вносить там или после того, как та программа будет закрыта"
)


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit reported to the user survives a power cut, not only a crash (one disk
    # flush per commit: a few milliseconds; benchmarks/sync_cost.py).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    # No journal_mode here: setting it writes the file's header.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_pragmas)
    return engine


def connect_existing(path: Path) -> sqlite3.Connection:
    """A plain connection to an existing file, to read it. Read-write where the file
    allows: after a crash the file may keep a hot rollback journal, which only a connection
    that may write rolls back (a read-only one fails on it); it never creates a file."""
    try:
        return sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
    except sqlite3.OperationalError:
        return sqlite3.connect(sqlite_uri(path, "ro"), uri=True)


def sqlite_uri(path: Path, mode: str) -> str:
    """SQLite's URI of a file: an empty authority, the path quoted (spaces, «#», «?»,
    Cyrillic), a Windows drive as ``/C:/…`` and a network share as ``////server/share/…``
    (``Path.as_uri`` gives ``file://server/share``, which SQLite refuses)."""
    return file_uri(Path(path).resolve().as_posix()) + f"?mode={mode}"


def file_uri(posix_path: str) -> str:
    """``/tmp/a b`` → ``file:///tmp/a%20b``; ``C:/x`` → ``file:///C:/x``;
    ``//server/share/x`` → ``file:////server/share/x``."""
    if not posix_path.startswith("/"):
        posix_path = "/" + posix_path
    return f"file://{quote(posix_path, safe='/:')}"


def stored_revision(path: Path) -> str | None:
    """The Alembic revision of the file, ``None`` for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = connect_existing(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(
                        f"Файл «{path}» — база данных другой программы, а не «Секретаря комиссии»."
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise DatabaseError(
            f"Файл «{path}» не является базой данных программы или повреждён ({error})."
        ) from error
    return row[0] if row else None


def known_revisions() -> list[str]:
    """The revisions of the migration scripts that ship with this program, oldest first."""
    versions = migrations_path() / "versions"
    return sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))


def needs_upgrade(path: Path) -> bool:
    """The file holds data of an older schema (a new, empty file does not count)."""
    revision = stored_revision(path)
    _refuse_newer(path, revision)
    return revision is not None and revision != SCHEMA_HEAD


def _refuse_newer(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"База данных «{path}» создана более новой версией программы "
            f"(версия схемы {revision}). Обновите программу, чтобы открыть этот файл."
        )


def upgrade(path: Path, *, backup_folder: Path | None = None, progress=None) -> None:
    """Bring the file to ``SCHEMA_HEAD``; refuse a file from a newer program. A file with
    data of an older schema is first copied into ``backup_folder`` (by default the folder
    of copies beside it) as a copy «перед обновлением программы»."""
    revision = stored_revision(path)
    if revision == SCHEMA_HEAD:
        return
    _refuse_newer(path, revision)
    if revision is not None:
        from desktop_app.domain.backups import BackupKind
        from desktop_app.store.backup import default_backup_folder, make_backup

        folder = backup_folder or default_backup_folder(path)
        make_backup(path, folder, BackupKind.BEFORE_UPGRADE, progress=progress)
    run_alembic_upgrade(path)


def run_alembic_upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)


def _refuse_changes(session: Session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise ValidationError(READ_ONLY_MESSAGE, "База данных")


class Database:
    """An open database file; hand out a short-lived session per operation.

    ``read_only``: another program writes the file; every attempt to change something
    ends in a ``ValidationError`` saying so, and SQLite itself refuses writes
    (``query_only``) should anything slip past the session.
    """

    def __init__(
        self,
        path: Path,
        *,
        migrate: bool = True,
        read_only: bool = False,
        backup_folder: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            revision = stored_revision(self.path)
            if revision != SCHEMA_HEAD:
                _refuse_newer(self.path, revision)
                raise DatabaseError(
                    f"База данных «{self.path}» ещё не обновлена до этой версии программы "
                    "и открыта в другой программе: только для чтения её открыть нельзя."
                )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if migrate:
                upgrade(self.path, backup_folder=backup_folder)
        self.engine = make_engine(self.path, read_only=read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_audit(self.engine, self._sessions)  # store.audit: the audit trail
        if read_only:
            event.listen(self._sessions, "before_flush", _refuse_changes)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            if self.read_only and "readonly" in str(error).replace(" ", ""):
                raise ValidationError(READ_ONLY_MESSAGE, "База данных") from error
            raise

    def close(self) -> None:
        self.engine.dispose()
