"""Backup copies of the database: their kinds, how they are named, and which are kept.

Plain rules, no files: ``store.backup`` makes, lists, checks and restores the copies.

A copy's file name says which database it is of, when it was made and why:
``secretary-2026-11-22_14-30-05-start.sqlite3``. The automatic copies (at start-up, daily
while the program is open, on exit, by the task scheduler) are thinned out as restic does:
the newest copy of each of the last ``daily`` days that have a copy, of each of the last
``weekly`` weeks and of each of the last ``monthly`` months is kept. The copies the user
asked for and those made before a restore or an upgrade are never deleted by the program.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class BackupKind(Enum):
    START = "start"
    DAILY = "daily"
    EXIT = "exit"
    SCHEDULED = "scheduled"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"

    @property
    def label(self) -> str:
        return {
            BackupKind.START: "при запуске",
            BackupKind.DAILY: "ежедневная",
            BackupKind.EXIT: "при выходе",
            BackupKind.SCHEDULED: "по расписанию",
            BackupKind.MANUAL: "создана вручную",
            BackupKind.BEFORE_RESTORE: "перед восстановлением",
            BackupKind.BEFORE_UPGRADE: "перед обновлением программы",
        }[self]

    @property
    def automatic(self) -> bool:
        """Thinned out by the retention policy."""
        return self in (BackupKind.START, BackupKind.DAILY, BackupKind.EXIT, BackupKind.SCHEDULED)


BACKUP_SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%d_%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)-(?P<kind>[a-z-]+?)(?:-(?P<n>\d+))?\.sqlite3$"
)


def backup_name(database_stem: str, made_at: datetime, kind: BackupKind, n: int = 0) -> str:
    suffix = f"-{n}" if n else ""
    return f"{database_stem}-{made_at.strftime(_STAMP)}-{kind.value}{suffix}{BACKUP_SUFFIX}"


@dataclass(frozen=True)
class BackupName:
    database_stem: str
    made_at: datetime
    kind: BackupKind


def parse_backup_name(file_name: str) -> BackupName | None:
    """What the program's own naming says; ``None`` for a file named otherwise."""
    match = _NAME.match(file_name)
    if not match:
        return None
    try:
        kind = BackupKind(match["kind"])
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(match["stem"], made_at, kind)


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 0 <= value <= 1000:
                raise ValueError(f"хранить копий ({name}): от 0 до 1000")


def _day(moment: datetime) -> date:
    return moment.date()


def _week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, int]:
    return (moment.year, moment.month)


def backups_to_keep(moments: Sequence[datetime], policy: RetentionPolicy) -> set[int]:
    """Of the automatic copies made at ``moments``, the indexes of those the policy keeps
    (of two made within the same second, one). The newest is always kept."""
    newest_first = sorted(range(len(moments)), key=lambda i: moments[i], reverse=True)
    keep: set[int] = set(newest_first[:1])
    for period, count in ((_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly)):
        seen: list[object] = []
        for index in newest_first:
            key = period(moments[index])
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(index)
    return keep
