"""Backups, restore, the integrity check and the lock against a second program: the rules
(domain.backups), the files (store.backup, store.instance_lock) and the command line."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main as cli_main
from desktop_app.domain.backups import (
    BackupKind,
    RetentionPolicy,
    backup_name,
    backups_to_keep,
    parse_backup_name,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.store.backup import (
    BackupError,
    DatabaseDamaged,
    Verdict,
    check_database,
    default_backup_folder,
    ensure_sound,
    latest_good_backup,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
    verify_backup,
)
from desktop_app.store.database import SCHEMA_HEAD, Database, DatabaseError
from desktop_app.store.instance_lock import DatabaseInUse, InstanceLock
from desktop_app.store.models import Body, Meeting

NOW = datetime(2026, 11, 22, 14, 30, 5)


# ----- the rules -----------------------------------------------------------------------
def test_backup_names_say_whose_when_and_why():
    name = backup_name("secretary", NOW, BackupKind.BEFORE_RESTORE)
    assert name == "secretary-2026-11-22_14-30-05-before-restore.sqlite3"
    parsed = parse_backup_name(name)
    assert (parsed.database_stem, parsed.made_at, parsed.kind) == (
        "secretary",
        NOW,
        BackupKind.BEFORE_RESTORE,
    )
    second = parse_backup_name(backup_name("my-base", NOW, BackupKind.START, 2))
    assert (second.database_stem, second.kind) == ("my-base", BackupKind.START)
    assert parse_backup_name("secretary.sqlite3") is None
    assert parse_backup_name("secretary-2026-13-45_99-00-00-start.sqlite3") is None


def test_a_month_of_daily_copies_is_thinned_to_days_weeks_and_months():
    moments = [NOW - timedelta(days=d) for d in range(400)]
    keep = {moments[i] for i in backups_to_keep(moments, RetentionPolicy())}
    days = {m for m in keep if m >= NOW - timedelta(days=6)}
    assert len(days) == 7  # the last seven days, each
    assert NOW in keep
    # one a week for four weeks and one a month for twelve months, overlapping the days
    assert 7 < len(keep) <= 7 + 4 + 12
    months = {(m.year, m.month) for m in keep}
    assert len(months) == 12
    assert min(keep) > NOW - timedelta(days=366)


def test_the_newest_copy_is_kept_even_by_a_policy_of_nothing():
    moments = [NOW - timedelta(hours=h) for h in range(10)]
    assert backups_to_keep(moments, RetentionPolicy(0, 0, 0)) == {0}
    assert backups_to_keep([], RetentionPolicy()) == set()
    assert len(backups_to_keep([NOW, NOW], RetentionPolicy())) == 1  # within one second


def test_several_copies_a_day_keep_the_newest_of_the_day():
    moments = [NOW.replace(hour=h) for h in (8, 12, 18)]
    assert backups_to_keep(moments, RetentionPolicy(7, 0, 0)) == {2}


def test_a_policy_refuses_nonsense():
    with pytest.raises(ValueError):
        RetentionPolicy(-1, 4, 12)


# ----- copies ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example_template(tmp_path_factory) -> Path:
    """The example loaded once; each test gets its own copy."""
    from desktop_app.store.example import load_example

    path = tmp_path_factory.mktemp("template") / "secretary.sqlite3"
    database = Database(path)
    with database.session() as session:
        load_example(session)
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return path


@pytest.fixture
def example_db(example_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "secretary.sqlite3"
    shutil.copy(example_template, path)
    return path


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        counts = tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("body", "meeting", "membership")
        )
    connection.close()
    return counts


def test_a_copy_is_consistent_while_the_database_is_being_written(example_db, tmp_path):
    folder = tmp_path / "copies"
    writer = sqlite3.connect(example_db)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE body SET full_name = 'НЕ СОХРАНЕНО' WHERE id = 1")
    info = make_backup(example_db, folder, BackupKind.MANUAL, now=NOW)
    writer.rollback()
    writer.close()
    assert info.path.name == "secretary-2026-11-22_14-30-05-manual.sqlite3"
    with sqlite3.connect(info.path) as copy:
        names = [row[0] for row in copy.execute("SELECT full_name FROM body")]
    copy.close()
    assert "НЕ СОХРАНЕНО" not in names
    assert not list(folder.glob("*.partial"))
    assert info.contents.bodies == 2 and info.contents.meetings == 4
    assert info.contents.last_protocol.startswith("№ 3 от 19.09.2024")
    assert info.revision == SCHEMA_HEAD
    assert info.checked_ok is None
    assert verify_backup(info.path).ok
    assert list_backups(folder, "secretary")[0].checked_ok is True


def test_a_copy_takes_the_attached_files_once(example_db, tmp_path):
    files = example_db.with_name("secretary.files") / "ab"
    files.mkdir(parents=True)
    (files / "abcdef.pdf").write_bytes(b"%PDF presentation")
    folder = tmp_path / "copies"
    make_backup(example_db, folder, BackupKind.MANUAL, now=NOW)
    stored = folder / "files" / "ab" / "abcdef.pdf"
    assert stored.read_bytes() == b"%PDF presentation"
    stored.write_bytes(b"kept")  # a second copy does not copy it again
    make_backup(example_db, folder, BackupKind.MANUAL, now=NOW)
    assert stored.read_bytes() == b"kept"
    assert len(list_backups(folder, "secretary")) == 2  # same second: a numbered name


def test_an_unreachable_folder_is_a_russian_error(example_db, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="папка резервных копий"):
        make_backup(example_db, blocker / "copies", BackupKind.DAILY)


def test_the_folder_is_thinned_out_but_the_users_copies_stay(example_db, tmp_path):
    folder = tmp_path / "copies"
    for days in range(12):
        make_backup(example_db, folder, BackupKind.START, now=NOW - timedelta(days=days))
    manual = make_backup(example_db, folder, BackupKind.MANUAL, now=NOW - timedelta(days=30))
    deleted = prune_backups(folder, "secretary", RetentionPolicy(3, 0, 0))
    left = list_backups(folder, "secretary")
    assert len(deleted) == 9
    assert [info.made_at for info in left] == [
        NOW,
        NOW - timedelta(days=1),
        NOW - timedelta(days=2),
        NOW - timedelta(days=30),
    ]
    assert manual.path.exists()
    assert not any(
        p.name.endswith(".json") and not p.with_suffix("").exists() for p in folder.iterdir()
    )


def test_restore_brings_back_the_copy_and_keeps_the_current_database(example_db, tmp_path):
    folder = default_backup_folder(example_db)
    copy = make_backup(example_db, folder, BackupKind.MANUAL, now=NOW)
    with sqlite3.connect(example_db) as connection:
        connection.execute("DELETE FROM membership")
    connection.close()
    restored = restore_backup(example_db, copy.path, folder, now=NOW + timedelta(minutes=5))
    assert _counts(example_db)[2] > 0
    assert restored.previous.name == "secretary-2026-11-22_14-35-05-before-restore.sqlite3"
    assert _counts(restored.previous)[2] == 0
    assert check_database(example_db).ok
    database = Database(example_db)  # the program opens it as usual
    with database.session() as session:
        assert session.query(Meeting).count() == 4
    database.close()


def test_restore_from_an_older_program_upgrades_the_copy(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "schema" / "0004.sqlite3"
    if not fixture.exists():
        pytest.skip("the fixture of schema 0004 is not there")
    old_copy = tmp_path / "old.sqlite3"
    shutil.copy(fixture, old_copy)
    database_path = tmp_path / "secretary.sqlite3"
    Database(database_path).close()
    restore_backup(database_path, old_copy, tmp_path / "copies")
    assert check_database(database_path).revision == SCHEMA_HEAD


def _damaged_copy(example_db: Path, target: Path) -> Path:
    data = bytearray(example_db.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 40), page):
        data[offset + 10 : offset + 200] = os.urandom(190)
    target.write_bytes(bytes(data))
    return target


BAD_FILES = {
    "empty": lambda db: b"",
    "text in cp1251": lambda db: "Состав рабочей группы".encode("cp1251"),
    "text with a BOM": lambda db: "\ufeffСостав".encode(),
    "truncated": lambda db: db.read_bytes()[:50_000],
    "a header and nothing": lambda db: b"SQLite format 3\x00" + b"\x00" * 84,
    "an XLSX file": lambda db: b"PK\x03\x04" + os.urandom(2000),
}


@pytest.mark.parametrize("kind", [*BAD_FILES, "damaged pages"])
def test_a_bad_copy_is_refused_and_the_database_stays(example_db, tmp_path, kind):
    bad = tmp_path / "bad.sqlite3"
    if kind == "damaged pages":
        _damaged_copy(example_db, bad)
    else:
        bad.write_bytes(BAD_FILES[kind](example_db))
    before = example_db.read_bytes()
    with pytest.raises(BackupError) as error:
        restore_backup(example_db, bad, tmp_path / "copies")
    assert "не подходит для восстановления" in str(error.value)
    assert example_db.read_bytes() == before
    assert (
        not list((tmp_path / "copies").glob("*.sqlite3"))
        if (tmp_path / "copies").exists()
        else True
    )


def test_a_foreign_or_newer_database_is_refused_for_restore(example_db, tmp_path):
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    connection.close()
    with pytest.raises(BackupError, match="другой программы"):
        restore_backup(example_db, foreign, tmp_path / "copies")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(example_db, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(BackupError, match="более новой версией"):
        restore_backup(example_db, newer, tmp_path / "copies")
    assert check_database(example_db).ok


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset=st.integers(min_value=0, max_value=900_000), noise=st.binary(min_size=1, max_size=64))
def test_a_copy_with_random_damage_never_harms_the_database(example_db, tmp_path, offset, noise):
    """Bytes overwritten anywhere in a copy: it is refused with a Russian message, or (when
    the bytes hit unused space) restored and sound. Never anything else."""
    data = bytearray(example_db.read_bytes())
    offset %= len(data)
    data[offset : offset + len(noise)] = noise
    copy = tmp_path / "noisy.sqlite3"
    copy.write_bytes(bytes(data[: len(example_db.read_bytes())]))
    target = tmp_path / "target.sqlite3"
    shutil.copy(example_db, target)
    before = target.read_bytes()
    try:
        restore_backup(target, copy, tmp_path / "copies")
    except BackupError as error:
        assert "не подходит для восстановления" in str(error)
        assert target.read_bytes() == before
    else:
        assert check_database(target).ok


def test_a_copy_changed_on_its_medium_after_its_check_is_refused(example_db, tmp_path):
    """SQLite keeps no checksums: a flipped byte inside a record passes integrity_check.
    The check of a copy notes its SHA-256, and a restore compares it."""
    folder = tmp_path / "copies"
    copy = make_backup(example_db, folder, BackupKind.MANUAL, now=NOW)
    assert verify_backup(copy.path).ok
    data = bytearray(copy.path.read_bytes())
    at = data.find("Хмелева".encode())
    assert at > 0
    data[at : at + 2] = "Х".encode()[::-1]  # one letter's two bytes swapped
    stat = copy.path.stat()
    copy.path.write_bytes(bytes(data))
    os.utime(copy.path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as bit rot would
    before = example_db.read_bytes()
    with pytest.raises(BackupError, match="контрольная сумма не совпадает"):
        restore_backup(example_db, copy.path, folder)
    assert _counts(example_db) == _counts(copy.path)
    assert example_db.read_bytes()[:100] == before[:100]


def test_copies_not_checked_yet_are_checked_later(example_db, tmp_path):
    from desktop_app.store.backup import verify_pending

    folder = tmp_path / "copies"
    exit_copy = make_backup(example_db, folder, BackupKind.EXIT, now=NOW - timedelta(days=1))
    bad = make_backup(example_db, folder, BackupKind.EXIT, now=NOW)
    _damaged_copy(example_db, bad.path)
    assert verify_pending(folder, "secretary") == [bad.path]
    states = {info.path: info.checked_ok for info in list_backups(folder, "secretary")}
    assert states == {exit_copy.path: True, bad.path: False}
    assert verify_pending(folder, "secretary") == []  # checked once


def test_latest_good_backup_skips_a_damaged_one(example_db, tmp_path):
    folder = tmp_path / "copies"
    good = make_backup(example_db, folder, BackupKind.START, now=NOW - timedelta(days=1))
    verify_backup(good.path)
    bad = make_backup(example_db, folder, BackupKind.START, now=NOW)
    _damaged_copy(example_db, bad.path)
    assert not verify_backup(bad.path).ok
    assert latest_good_backup(folder, "secretary").path == good.path


def test_odd_folder_names_and_network_shares(example_db, tmp_path):
    """Spaces, «#», «?» and Cyrillic in the folder of copies; a share's path as SQLite
    wants it (``Path.as_uri`` gives ``file://server/share``, which SQLite refuses)."""
    from desktop_app.store.database import file_uri

    folder = tmp_path / "Копии #1 ?x"
    odd_db = tmp_path / "база данных.sqlite3"
    shutil.copy(example_db, odd_db)
    copy = make_backup(odd_db, folder, BackupKind.MANUAL, now=NOW)
    assert copy.contents.bodies == 2
    assert verify_backup(copy.path).ok
    restore_backup(odd_db, copy.path, folder)
    assert check_database(odd_db).ok
    assert file_uri("//server/share/Копии/a.sqlite3").startswith("file:////server/share/")
    assert file_uri("C:/Users/a b.sqlite3") == "file:///C:/Users/a%20b.sqlite3"
    assert file_uri("/tmp/x#y") == "file:///tmp/x%23y"


# ----- the check -------------------------------------------------------------------------
def test_check_tells_sound_damaged_foreign_and_newer(example_db, tmp_path):
    assert check_database(example_db).verdict is Verdict.SOUND
    assert check_database(tmp_path / "none.sqlite3").verdict is Verdict.MISSING
    damaged = _damaged_copy(example_db, tmp_path / "damaged.sqlite3")
    result = check_database(damaged)
    assert result.verdict is Verdict.DAMAGED and "повреждён" in result.describe()
    with pytest.raises(DatabaseDamaged, match="Восстановите её из последней исправной"):
        ensure_sound(damaged)
    text = tmp_path / "text.sqlite3"
    text.write_text("not a database")
    assert check_database(text).verdict is Verdict.DAMAGED


def test_a_database_from_a_newer_program_is_refused_with_a_message(example_db):
    with sqlite3.connect(example_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    with pytest.raises(DatabaseError, match="более новой версией программы"):
        Database(example_db)
    with pytest.raises(DatabaseError, match="обновите программу"):
        ensure_sound(example_db)


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path):
    from desktop_app.store.database import run_alembic_upgrade

    path = tmp_path / "old.sqlite3"
    run_alembic_upgrade(path, "0004")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO body (kind, full_name, short_name, act_kind, quorum_rule, report_day, "
            "meetings_per_quarter, full_name_genitive, organisation, place, act_number) "
            "VALUES ('working_group', 'Рабочая группа', 'РГ', 'order', 'more_than_half', 3, 1, "
            "'', '', '', '')"
        )
    connection.close()
    Database(path).close()
    copies = list_backups(default_backup_folder(path), "old")
    assert [c.kind for c in copies] == [BackupKind.BEFORE_UPGRADE]
    assert copies[0].revision == "0004" and copies[0].contents.bodies == 1
    assert check_database(path).revision == SCHEMA_HEAD


# ----- one program at a time --------------------------------------------------------------
def test_the_second_program_is_told_who_has_the_database(tmp_path):
    path = tmp_path / "secretary.sqlite3"
    first = InstanceLock(path)
    first.acquire()
    with pytest.raises(DatabaseInUse) as error:
        InstanceLock(path).acquire()
    assert error.value.holder.pid == os.getpid()
    assert "уже открыта в другой программе" in str(error.value)
    assert "компьютер" in str(error.value)
    first.release()
    with InstanceLock(path):
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_program_leaves_no_lock_behind(tmp_path):
    path = tmp_path / "secretary.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from desktop_app.store.instance_lock import InstanceLock;"
            f"lock = InstanceLock(Path({str(path)!r})); lock.acquire();"
            "print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    try:
        with pytest.raises(DatabaseInUse) as error:
            InstanceLock(path).acquire()
        assert error.value.holder.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()


def test_a_read_only_database_refuses_every_change(example_db):
    database = Database(example_db, read_only=True)
    before = example_db.read_bytes()
    with pytest.raises(ValidationError, match="только для чтения"), database.session() as session:
        session.get(Body, 1).full_name = "Другое"
    from sqlalchemy import text

    with pytest.raises(ValidationError, match="только для чтения"), database.session() as session:
        session.execute(text("DELETE FROM membership"))
    with database.session() as session:
        assert session.query(Meeting).count() == 4  # reading works
    database.close()
    assert _counts(example_db)[2] > 0
    assert example_db.read_bytes() == before


# ----- the command line ------------------------------------------------------------------
def test_cli_backup_check_and_restore(example_db, tmp_path, capsys):
    out = tmp_path / "copy.sqlite3"
    assert cli_main(["backup", "--db", str(example_db), "--out", str(out)]) == 0
    assert "Копия создана" in capsys.readouterr().out
    folder = tmp_path / "scheduled"
    folder.mkdir()
    assert cli_main(["backup", "--db", str(example_db), "--out", str(folder)]) == 0
    assert [c.kind for c in list_backups(folder, "secretary")] == [BackupKind.SCHEDULED]
    capsys.readouterr()

    assert cli_main(["check", "--db", str(example_db)]) == 0
    assert "исправна" in capsys.readouterr().out
    damaged = _damaged_copy(example_db, tmp_path / "damaged.sqlite3")
    assert cli_main(["check", "--db", str(damaged)]) == 1
    error = capsys.readouterr().err
    assert "неисправна" in error and "restore" in error and "Traceback" not in error

    with sqlite3.connect(example_db) as connection:
        connection.execute("DELETE FROM membership")
    connection.close()
    assert cli_main(["restore", "--db", str(example_db), "--from", str(out)]) == 0
    assert "восстановлена" in capsys.readouterr().out
    assert _counts(example_db)[2] > 0


def test_cli_restore_refuses_while_the_program_has_the_database(example_db, tmp_path, capsys):
    out = tmp_path / "copy.sqlite3"
    assert cli_main(["backup", "--db", str(example_db), "--out", str(out)]) == 0
    before = example_db.read_bytes()
    with InstanceLock(example_db):
        assert cli_main(["restore", "--db", str(example_db), "--from", str(out)]) == 1
    assert "уже открыта в другой программе" in capsys.readouterr().err
    assert example_db.read_bytes() == before


def test_cli_backup_refuses_to_overwrite_the_database(example_db, capsys):
    assert cli_main(["backup", "--db", str(example_db), "--out", str(example_db)]) == 1
    assert "не может заменить саму базу" in capsys.readouterr().err
