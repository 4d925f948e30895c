"""Backup copies of the database: made, checked, listed, thinned out and restored.

A copy is made with SQLite's online backup (a consistent snapshot of a database in use, not
a copy of a file being written), first into ``<name>.partial`` and renamed when complete,
so an interrupted copy never looks like a copy. The files attached to meetings are stored
under their SHA-256 and never change: the backup folder keeps one shared ``files`` folder
and copies only the new ones.

Next to each copy a small ``<copy>.json`` says what it holds (bodies, meetings, the last
signed protocol), its schema version, and whether ``PRAGMA integrity_check`` found it sound
(with the size and time of the file it checked). The list of copies reads those, and a
restore trusts a check only of the very same file.

Everything here is plain Python (no Qt) and may run in a worker thread: it opens its own
``sqlite3`` connections and never touches the program's SQLAlchemy engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from desktop_app.domain.backups import (
    BackupKind,
    RetentionPolicy,
    backup_name,
    backups_to_keep,
    parse_backup_name,
)
from desktop_app.domain.dates import format_date
from desktop_app.store.database import (
    SCHEMA_HEAD,
    DatabaseError,
    connect_existing,
    known_revisions,
    sqlite_uri,
)
from desktop_app.store.materials import file_sha256, storage_dir

#: ``progress(fraction)`` with a fraction from 0 to 1; called from the working thread.
Progress = Callable[[float], None]

SQLITE_HEADER = b"SQLite format 3\x00"
#: What reading a damaged file raises: SQLite's own errors, and its error messages that
#: quote damaged bytes which are not UTF-8.
UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)
_COPY_BLOCK = 4 << 20


class BackupError(DatabaseError):
    """A copy cannot be made, read or restored; the message is Russian and says why."""


def default_backup_folder(database_path: Path) -> Path:
    """``secretary.sqlite3`` → ``secretary.backups`` beside it."""
    return database_path.with_name(database_path.stem + ".backups")


# ----- what a database file holds ------------------------------------------------------
@dataclass(frozen=True)
class Contents:
    bodies: int
    meetings: int
    last_protocol: str  # «№ 4 от 12.11.2026, Рабочая группа …», or ""

    def describe(self, separator: str = "; ") -> str:
        text = f"органов: {self.bodies}, заседаний: {self.meetings}"
        if self.last_protocol:
            text += f"{separator}последний подписанный протокол: {self.last_protocol}"
        return text


class Verdict(Enum):
    SOUND = "sound"
    MISSING = "missing"
    DAMAGED = "damaged"  # restoring a copy is the way out
    FOREIGN = "foreign"  # not this program's database, or an empty one
    NEWER = "newer"  # made by a newer version of the program


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    problems: tuple[str, ...]
    revision: str | None

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.SOUND

    def describe(self) -> str:
        return "; ".join(self.problems) if self.problems else "ошибок не найдено"


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return _lenient(sqlite3.connect(sqlite_uri(path, "ro"), uri=True))


def _lenient(connection: sqlite3.Connection) -> sqlite3.Connection:
    # A damaged file may hold bytes that are not UTF-8: read them, do not fail on them.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    return connection


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def _has_header(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _revision(connection: sqlite3.Connection) -> str | None:
    if "alembic_version" not in _tables(connection):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def read_contents(connection: sqlite3.Connection) -> Contents:
    tables = _tables(connection)
    bodies = (
        connection.execute("SELECT count(*) FROM body").fetchone()[0] if "body" in tables else 0
    )
    if "meeting" not in tables:
        return Contents(bodies, 0, "")
    meetings = connection.execute("SELECT count(*) FROM meeting").fetchone()[0]
    last = connection.execute(
        "SELECT m.number, m.day, b.short_name FROM meeting m JOIN body b ON b.id = m.body_id "
        "WHERE m.signed_on IS NOT NULL ORDER BY m.day DESC, m.id DESC LIMIT 1"
    ).fetchone()
    protocol = ""
    if last:
        number, day, body = last
        protocol = f"№ {number} от {format_date(date.fromisoformat(day))}, {body}"
    return Contents(bodies, meetings, protocol)


def check_database(path: Path, *, level: str = "full") -> CheckResult:
    """Is the file a sound database of this program? ``level``: «full» runs
    ``integrity_check`` (every page, every index, the links between records), «quick»
    ``quick_check`` (pages and records), «header» reads only the header and the schema."""
    path = Path(path)
    if not path.is_file():
        return CheckResult(Verdict.MISSING, (f"файл «{path}» не найден",), None)
    if not _has_header(path):
        return CheckResult(
            Verdict.DAMAGED, (f"файл «{path.name}» не является базой данных SQLite",), None
        )
    try:
        connection = _lenient(connect_existing(path))
        try:
            tables = _tables(connection)
            revision = _revision(connection)
            if revision is None:
                return CheckResult(
                    Verdict.FOREIGN,
                    (
                        f"файл «{path.name}» — база данных другой программы, а не «Секретаря комиссии»"
                        if tables
                        else f"файл «{path.name}» пуст: в нём нет данных программы",
                    ),
                    None,
                )
            if revision not in known_revisions():
                return CheckResult(
                    Verdict.NEWER,
                    (
                        f"база создана более новой версией программы (версия схемы {revision}); "
                        "обновите программу, чтобы открыть её",
                    ),
                    revision,
                )
            if level != "header":
                pragma = "integrity_check" if level == "full" else "quick_check"
                found = [row[0] for row in connection.execute(f"PRAGMA {pragma}(20)")]
                if found != ["ok"]:
                    return CheckResult(
                        Verdict.DAMAGED, ("файл повреждён: " + "; ".join(found[:5]),), revision
                    )
                if level == "full" and connection.execute("PRAGMA foreign_key_check").fetchone():
                    return CheckResult(
                        Verdict.DAMAGED,
                        ("нарушены связи между записями (foreign_key_check)",),
                        revision,
                    )
        finally:
            connection.close()
    except UNREADABLE as error:
        return CheckResult(
            Verdict.DAMAGED, (f"файл «{path.name}» повреждён или не читается ({error})",), None
        )
    return CheckResult(Verdict.SOUND, (), revision)


class DatabaseDamaged(DatabaseError):
    def __init__(self, path: Path, result: CheckResult) -> None:
        self.path = path
        self.result = result
        super().__init__(
            f"База данных «{path}» повреждена: {result.describe()}. Восстановите её из "
            "последней исправной резервной копии."
        )


def ensure_sound(path: Path, *, level: str = "quick") -> None:
    """Raise ``DatabaseDamaged`` (restoring a copy is the way out) or ``DatabaseError`` (a
    foreign file, a newer program) unless the file is sound or does not exist yet."""
    result = check_database(path, level=level)
    if result.verdict is Verdict.DAMAGED:
        raise DatabaseDamaged(path, result)
    if result.verdict in (Verdict.FOREIGN, Verdict.NEWER):
        raise DatabaseError(f"База данных «{path}» не открыта: {result.describe()}.")


# ----- one copy ----------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: BackupKind | None  # None: a file not made by the program's naming
    size: int
    revision: str | None
    contents: Contents | None
    checked_ok: bool | None  # integrity_check of this very file: True, False, or not yet
    problem: str = ""  # why the file cannot be read, if it cannot

    @property
    def kind_label(self) -> str:
        return self.kind.label if self.kind else "файл"


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _stat_key(path: Path) -> dict:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _write_sidecar(path: Path, data: dict) -> None:
    partial = _sidecar(path).with_suffix(".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(_sidecar(path))


def _read_sidecar(path: Path) -> dict:
    try:
        return json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _describe_file(path: Path) -> dict:
    """Read the copy itself: its schema and what it holds."""
    with _connect_read_only(path) as connection:
        revision = _revision(connection)
        contents = read_contents(connection)
    connection.close()
    return {
        "revision": revision,
        "contents": {
            "bodies": contents.bodies,
            "meetings": contents.meetings,
            "last_protocol": contents.last_protocol,
        },
    }


def backup_info(path: Path) -> BackupInfo:
    """What the copy holds, from its note or, failing that, from the file itself."""
    path = Path(path)
    named = parse_backup_name(path.name)
    stat = path.stat()
    made_at = named.made_at if named else datetime.fromtimestamp(stat.st_mtime)
    data = _read_sidecar(path)
    problem = ""
    if "contents" not in data:
        try:
            if not _has_header(path):
                raise sqlite3.DatabaseError("не база данных SQLite")
            data.update(_describe_file(path))
        except UNREADABLE as error:
            problem = f"файл не читается ({error})"
    checked = data.get("checked") or {}
    same_file = checked.get("size") == stat.st_size and checked.get("mtime_ns") == stat.st_mtime_ns
    contents = Contents(**data["contents"]) if "contents" in data else None
    return BackupInfo(
        path=path,
        made_at=made_at,
        kind=named.kind if named else None,
        size=stat.st_size,
        revision=data.get("revision"),
        contents=contents,
        checked_ok=checked.get("ok") if same_file else None,
        problem=problem,
    )


def _online_backup(source: Path, target: Path, progress: Progress | None) -> None:
    """A consistent copy of a database that may be in use, page by page."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source_connection = connect_existing(source)
    target_connection = sqlite3.connect(partial)
    try:
        pages = source_connection.execute("PRAGMA page_count").fetchone()[0]
        step = max(256, pages // 50)

        def report(_status, remaining, total) -> None:
            if progress and total:
                progress((total - remaining) / total)

        source_connection.backup(target_connection, pages=step, progress=report, sleep=0)
        target_connection.execute("PRAGMA journal_mode=DELETE")
    except UNREADABLE as error:
        target_connection.close()
        partial.unlink(missing_ok=True)
        raise BackupError(f"копия базы «{source.name}» не создана: {error}") from error
    finally:
        source_connection.close()
    target_connection.close()
    _fsync(partial)
    partial.replace(target)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _copy_attachments(source: Path, target: Path) -> int:
    """Copy the stored files ``target`` lacks (they never change: a name is a content)."""
    if not source.is_dir():
        return 0
    copied = 0
    for file in source.rglob("*"):
        if not file.is_file() or file.name.endswith(".part"):
            continue
        destination = target / file.relative_to(source)
        if destination.exists():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".part")
        shutil.copyfile(file, partial)
        partial.replace(destination)
        copied += 1
    return copied


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def make_backup(
    database_path: Path,
    folder: Path,
    kind: BackupKind,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """A copy of the database (and the new attached files) in ``folder``."""
    database_path = Path(database_path)
    folder = Path(folder)
    if not database_path.is_file():
        raise BackupError(f"файл базы данных «{database_path}» не найден")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            f"папка резервных копий «{folder}» недоступна: {error.strerror or error}"
        ) from error
    moment = (now or datetime.now()).replace(microsecond=0)
    n = 0
    while (target := folder / backup_name(database_path.stem, moment, kind, n)).exists():
        n += 1
    try:
        _online_backup(database_path, target, _scaled(progress, 0.0, 0.9))
        _copy_attachments(storage_dir(database_path), folder / "files")
        _write_sidecar(target, {"kind": kind.value, **_describe_file(target)})
    except OSError as error:
        target.unlink(missing_ok=True)
        raise BackupError(f"копия не записана в «{folder}»: {error.strerror or error}") from error
    if progress:
        progress(1.0)
    return backup_info(target)


def backup_to_file(database_path: Path, out: Path, *, progress: Progress | None = None) -> Path:
    """A copy under the name the caller chose (the command line for the task scheduler)."""
    database_path, out = Path(database_path), Path(out)
    if not database_path.is_file():
        raise BackupError(f"файл базы данных «{database_path}» не найден")
    if out.resolve() == database_path.resolve():
        raise BackupError("копия не может заменить саму базу данных: укажите другой файл")
    out.parent.mkdir(parents=True, exist_ok=True)
    _online_backup(database_path, out, progress)
    _copy_attachments(storage_dir(database_path), storage_dir(out))
    return out


def verify_backup(path: Path) -> CheckResult:
    """``integrity_check`` of the copy; the result is noted beside it for this very file."""
    path = Path(path)
    result = check_database(path, level="full")
    data = _read_sidecar(path)
    if "contents" not in data and result.revision is not None:
        try:
            data.update(_describe_file(path))
        except UNREADABLE:
            pass
    data["checked"] = {
        "ok": result.ok,
        "problems": list(result.problems),
        "at": datetime.now().isoformat(timespec="seconds"),
        "sha256": file_sha256(path),
        **_stat_key(path),
    }
    try:
        _write_sidecar(path, data)
    except OSError:
        pass  # a read-only medium: the check stands for this time
    return result


# ----- the folder of copies ------------------------------------------------------------
def list_backups(folder: Path, database_stem: str | None = None) -> list[BackupInfo]:
    """The copies in ``folder`` (of the database ``database_stem``, if given), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        named = parse_backup_name(path.name)
        if database_stem is not None and (named is None or named.database_stem != database_stem):
            continue
        try:
            found.append(backup_info(path))
        except OSError:
            continue  # removed meanwhile
    # Within one second, the file written last is the newer.
    return sorted(found, key=lambda info: (info.made_at, _modified(info.path)), reverse=True)


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def latest_good_backup(folder: Path, database_stem: str) -> BackupInfo | None:
    """The newest copy not known to be damaged and from a program this one can read."""
    known = set(known_revisions())
    for info in list_backups(folder, database_stem):
        if info.checked_ok is not False and not info.problem and info.revision in known:
            return info
    return None


def prune_backups(folder: Path, database_stem: str, policy: RetentionPolicy) -> list[Path]:
    """Delete the automatic copies the policy no longer keeps; returns what was deleted."""
    automatic = [
        info for info in list_backups(folder, database_stem) if info.kind and info.kind.automatic
    ]
    keep = backups_to_keep([info.made_at for info in automatic], policy)
    deleted = []
    for index, info in enumerate(automatic):
        if index in keep:
            continue
        try:
            info.path.unlink()
            _sidecar(info.path).unlink(missing_ok=True)
            deleted.append(info.path)
        except OSError:
            continue  # open elsewhere or read-only: tried again next time
    return deleted


# ----- restore ------------------------------------------------------------------------
def check_backup_for_restore(backup: Path) -> BackupInfo:
    """The copy may replace the database: readable, sound, of a schema this program knows.
    A copy found sound by ``integrity_check`` earlier, with its SHA-256 noted, is trusted
    if it is still the same file: the restore compares the checksum as it copies it. Any
    other copy gets the full check now."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"файл копии «{backup}» не найден")
    info = backup_info(backup)
    noted = (_read_sidecar(backup).get("checked") or {}).get("sha256")
    if info.checked_ok is True and noted:
        result = check_database(backup, level="header")
    elif parse_backup_name(backup.name):
        result = verify_backup(backup)  # noted beside it for the next time
    else:
        result = check_database(backup, level="full")
    if not result.ok:
        raise BackupError(
            f"копия «{backup.name}» не подходит для восстановления: {result.describe()}"
        )
    return backup_info(backup)


def verify_pending(folder: Path, database_stem: str) -> list[Path]:
    """Check the copies of the database not checked yet (the copy made on exit is not
    checked then: the user is leaving); returns those found damaged."""
    damaged = []
    for info in list_backups(folder, database_stem):
        if info.checked_ok is None and not info.problem and not verify_backup(info.path).ok:
            damaged.append(info.path)
    return damaged


def _close_wal(database_path: Path) -> None:
    """Fold the write-ahead log into the file and drop it, so that the file alone is the
    database; a damaged file's log is simply left to the copy made before."""
    try:
        connection = sqlite3.connect(database_path)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
    except UNREADABLE:
        pass


def _keep_damaged(database_path: Path, folder: Path, now: datetime) -> Path:
    """A file the online backup cannot read is kept as it is, with its log."""
    target = folder / backup_name(database_path.stem, now, BackupKind.BEFORE_RESTORE)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(database_path, target)
    for suffix in ("-wal", "-shm"):
        companion = database_path.with_name(database_path.name + suffix)
        if companion.exists():
            shutil.copy2(companion, target.with_name(target.name + suffix))
    return target


def _copy_with_progress(source: Path, target: Path, progress: Progress | None) -> str:
    """Copy ``source`` and return the SHA-256 of what was copied."""
    total = max(source.stat().st_size, 1)
    done = 0
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while block := reader.read(_COPY_BLOCK):
            writer.write(block)
            digest.update(block)
            done += len(block)
            if progress:
                progress(done / total)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest()


@dataclass(frozen=True)
class Restored:
    restored: BackupInfo
    previous: Path | None  # the database as it was, kept as one more copy


def restore_backup(
    database_path: Path,
    backup: Path,
    folder: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the database with the copy ``backup``. The database must be closed (the
    caller holds its lock). The copy is checked and copied beside the database first (its
    checksum compared with the one noted when it was checked); then the current file is
    kept as a copy «перед восстановлением» and replaced atomically (a crash leaves the old
    file or the new one, never a mix); a copy from an older program is then upgraded."""
    from desktop_app.store.database import upgrade

    database_path, backup, folder = Path(database_path), Path(backup), Path(folder)
    if backup.resolve() == database_path.resolve():
        raise BackupError("нельзя восстановить базу данных из неё самой")
    info = check_backup_for_restore(backup)
    if progress:
        progress(0.35)
    incoming = database_path.with_name(database_path.name + ".restoring")
    copied = _copy_with_progress(backup, incoming, _scaled(progress, 0.35, 0.8))
    expected = (_read_sidecar(backup).get("checked") or {}).get("sha256")
    if expected and copied != expected:
        incoming.unlink(missing_ok=True)
        raise BackupError(
            f"копия «{backup.name}» изменилась после проверки (контрольная сумма не совпадает): "
            "файл повреждён на носителе; выберите другую копию"
        )
    moment = (now or datetime.now()).replace(microsecond=0)
    previous = None
    if database_path.exists():
        previous = _keep_current(database_path, folder, moment, _scaled(progress, 0.8, 0.95))
    for suffix in ("-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
    incoming.replace(database_path)
    _copy_attachments(backup.parent / "files", storage_dir(database_path))
    _copy_attachments(storage_dir(backup), storage_dir(database_path))
    if info.revision != SCHEMA_HEAD:
        upgrade(database_path)
    if progress:
        progress(1.0)
    return Restored(info, previous)


def _keep_current(database_path: Path, folder: Path, moment: datetime, progress) -> Path:
    """The database about to be replaced, kept as a copy: a second name of the same file
    when the folder is on the same disk (instant), else a copy; a damaged file as it is."""
    _close_wal(database_path)
    target = folder / backup_name(database_path.stem, moment, BackupKind.BEFORE_RESTORE)
    wal = database_path.with_name(database_path.name + "-wal")
    if not target.exists() and not (wal.exists() and wal.stat().st_size):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.link(database_path, target)
        except OSError:
            pass  # another disk, or a file system without links: copied below
        else:
            try:
                _write_sidecar(
                    target, {"kind": BackupKind.BEFORE_RESTORE.value, **_describe_file(target)}
                )
            except (*UNREADABLE, OSError):
                pass  # a damaged file is kept all the same
            return target
    try:
        return make_backup(
            database_path, folder, BackupKind.BEFORE_RESTORE, now=moment, progress=progress
        ).path
    except BackupError:
        return _keep_damaged(database_path, folder, moment)
