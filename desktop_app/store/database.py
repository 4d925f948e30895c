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

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.resources import migrations_path

SCHEMA_HEAD = "0005"


class DatabaseError(Exception):
    """The file cannot be used as a database; the message is Russian and says why."""


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def stored_revision(path: Path) -> str | None:
    """The Alembic revision of the file, ``None`` for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
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
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"Файл «{path}» не является базой данных программы или повреждён ({error})."
        ) from error
    return row[0] if row else None


def known_revisions() -> list[str]:
    """The revisions of the migration scripts that ship with this program, oldest first."""
    versions = migrations_path() / "versions"
    return sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))


def upgrade(path: Path) -> None:
    """Bring the file to ``SCHEMA_HEAD``; refuse a file from a newer program."""
    revision = stored_revision(path)
    if revision == SCHEMA_HEAD:
        return
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"База данных «{path}» создана более новой версией программы "
            f"(версия схемы {revision}). Обновите программу, чтобы открыть этот файл."
        )
    run_alembic_upgrade(path)


def run_alembic_upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)


class Database:
    """An open database file; hand out a short-lived session per operation."""

    def __init__(self, path: Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if migrate:
            upgrade(self.path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
