"""One program at a time writes a database file.

The program holds an operating-system lock on ``<database>.lock`` while the database is open
for writing. The lock dies with the process (a crash, a power cut), so a stale lock never
blocks anyone; the file itself only says who holds it (user, computer, process, since when)
so the second program can tell the user. The file is left in place when released: deleting
a lock file races with a process that has just opened it.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.dates import format_date_time
from desktop_app.store.audit import current_user
from desktop_app.store.database import DatabaseError

#: The byte locked on Windows lies past the information, which stays readable.
_LOCKED_BYTE = 1 << 16


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: datetime | None

    def describe(self) -> str:
        since = f", с {format_date_time(self.since)}" if self.since else ""
        return f"пользователь {self.user}, компьютер {self.host}{since}"


class DatabaseInUse(DatabaseError):
    """Another program holds the database; the message is Russian."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        who = f" ({holder.describe()})" if holder else ""
        super().__init__(f"база данных «{path.name}» уже открыта в другой программе{who}")


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


class InstanceLock:
    def __init__(self, database_path: Path) -> None:
        self.database_path = Path(database_path)
        self.path = lock_path(self.database_path)
        self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        """Hold the lock, or raise ``DatabaseInUse`` naming who holds it."""
        if self._file is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stream = open(self.path, "a+b")  # never truncate a lock someone may hold
        try:
            _lock(stream)
        except OSError:
            stream.close()
            raise DatabaseInUse(self.database_path, self.holder()) from None
        info = {
            "user": current_user() or "неизвестный пользователь",
            "host": platform.node() or "неизвестный компьютер",
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        stream.seek(0)
        stream.truncate()
        stream.write(json.dumps(info, ensure_ascii=False).encode("utf-8"))
        stream.flush()
        self._file = stream

    def release(self) -> None:
        stream, self._file = self._file, None
        if stream is None:
            return
        try:
            stream.seek(0)
            stream.truncate()
            stream.flush()
            _unlock(stream)
        finally:
            stream.close()

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as its file says (``None`` when unknown)."""
        try:
            with open(self.path, "rb") as stream:
                info = json.loads(stream.read(4096).decode("utf-8"))
            since = datetime.fromisoformat(info["since"]) if info.get("since") else None
            return LockHolder(str(info["user"]), str(info["host"]), int(info["pid"]), since)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(stream) -> None:
        stream.seek(_LOCKED_BYTE)
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(stream) -> None:
        stream.seek(_LOCKED_BYTE)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock, not fcntl/lockf: its lock belongs to the open file, so a second open in the
    # same process conflicts too (and the tests can show it).
    def _lock(stream) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(stream) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)
