"""Upgrades: a database written by every released version of the program opens in today's
program with nothing lost and nothing changed.

``tests/fixtures/schema/NNNN.sqlite3`` is a file made by the program whose newest
migration was NNNN (see the README there). Each is copied, opened as the program opens a
file (``Database(path)`` upgrades it), and then checked: the file is sound, every row the
old file had is still there with the same values, today's program reads the same rosters,
meetings, kept protocols, assignments and plans as the old program did
(``NNNN.expected.json``, written by the old program itself), and the signed protocol
prints the same text.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers_documents import pdf_text

from desktop_app.cli import main
from desktop_app.domain.assignment import StatusFilter
from desktop_app.store import assignments as assignment_store
from desktop_app.store import meetings as meeting_store
from desktop_app.store import plans as plan_store
from desktop_app.store.assignments import today_overview
from desktop_app.store.bodies import body_fields, find_body, list_bodies
from desktop_app.store.database import SCHEMA_HEAD, Database, known_revisions, stored_revision
from desktop_app.store.materials import materials
from desktop_app.store.plans import missing_reports
from desktop_app.store.protocol import protocol_data
from desktop_app.store.roster import list_acts, person_fields, roster_on

FIXTURES = Path(__file__).parent / "fixtures" / "schema"
BELOVO = "Рабочая группа по бережливому управлению"
SECOND = "ТТК Семёновского округа"

# A migration that changes old rows on purpose is listed here with what it does, e.g.
# {"0007": {"person": "phone normalised"}}; nothing is today.
CHANGED_ON_PURPOSE: dict[str, dict[str, str]] = {}


def _load_maker():
    spec = importlib.util.spec_from_file_location("make_fixture", FIXTURES / "make_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_fixture = _load_maker()


def fixture_revisions() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("[0-9]*.sqlite3"))


def test_every_released_schema_has_a_fixture():
    """A new migration needs its fixture, made by the program of that version."""
    missing = [r for r in known_revisions() if r not in fixture_revisions()]
    assert missing == [], (
        f"no fixture database for schema {missing}: make it with "
        "tests/fixtures/schema/make_fixture.py (see tests/fixtures/schema/README.md)"
    )
    assert set(fixture_revisions()) <= set(known_revisions())


# ----- the old file as it was -----------------------------------------------------------------
@dataclass
class Table:
    columns: list[str]
    key: list[str]  # the primary key's columns; empty: rows compared as a whole
    rows: list[tuple]


def _skipped(name: str, sql: str | None, virtual: set[str]) -> bool:
    """SQLite's own tables and the full-text index (checked by its own integrity check)."""
    if name.startswith("sqlite_") or name == "alembic_version":
        return True
    if sql and sql.upper().startswith("CREATE VIRTUAL TABLE"):
        return True
    return any(name.startswith(f"{v}_") for v in virtual)


def read_tables(path: Path) -> dict[str, Table]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        master = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        virtual = {n for n, sql in master if sql and sql.upper().startswith("CREATE VIRTUAL")}
        tables = {}
        for name, sql in master:
            if _skipped(name, sql, virtual):
                continue
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [row[1] for row in info]
            key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = connection.execute(f'SELECT {quoted} FROM "{name}"').fetchall()
            tables[name] = Table(columns, key, rows)
        return tables
    finally:
        connection.close()


# ----- one upgraded fixture per revision ------------------------------------------------------
@dataclass
class Upgraded:
    revision: str
    path: Path
    storage: Path
    before: dict[str, Table]
    expected: dict[str, Any]
    database: Database


def features_of(revision: str) -> list[str]:
    expected = FIXTURES / f"{revision}.expected.json"
    return json.loads(expected.read_text(encoding="utf-8"))["features"]


def revisions_with(feature: str) -> list[str]:
    """The fixtures whose version holds ``feature`` (meetings, assignments, plans)."""
    return [r for r in fixture_revisions() if feature in features_of(r)]


@pytest.fixture(scope="module")
def upgrades(tmp_path_factory):
    """Each fixture copied and opened (so upgraded) once for the whole module."""
    opened: dict[str, Upgraded] = {}

    def upgrade(revision: str) -> Upgraded:
        if revision not in opened:
            folder = tmp_path_factory.mktemp(f"schema-{revision}")
            path = folder / "secretary.sqlite3"
            shutil.copyfile(FIXTURES / f"{revision}.sqlite3", path)
            storage = folder / "secretary.files"
            if (FIXTURES / f"{revision}.files").is_dir():
                shutil.copytree(FIXTURES / f"{revision}.files", storage)
            before = read_tables(path)
            assert stored_revision(path) == revision
            expected = json.loads(
                (FIXTURES / f"{revision}.expected.json").read_text(encoding="utf-8")
            )
            database = Database(path)  # as the program opens a file: upgraded here
            opened[revision] = Upgraded(revision, path, storage, before, expected, database)
        return opened[revision]

    yield upgrade
    for upgraded in opened.values():
        upgraded.database.close()


every_fixture = pytest.mark.parametrize("revision", fixture_revisions())


@every_fixture
def test_the_committed_file_needs_no_journal(revision):
    """The fixture is one file: written in rollback-journal mode, no -wal or -shm beside."""
    original = FIXTURES / f"{revision}.sqlite3"
    header = original.read_bytes()[:20]
    assert header[:16] == b"SQLite format 3\x00"
    assert (header[18], header[19]) == (1, 1), "WAL mode: checkpoint and set journal_mode=DELETE"
    for extra in ("-wal", "-shm", "-journal"):
        assert not original.with_name(original.name + extra).exists()


@every_fixture
def test_upgraded_to_the_head_and_sound(upgrades, revision):
    upgraded = upgrades(revision)
    assert stored_revision(upgraded.path) == SCHEMA_HEAD
    with upgraded.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        names = set(
            connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            .scalars()
            .all()
        )
        if "assignment_search" in names:  # the full-text index agrees with its rows
            connection.exec_driver_sql(
                "INSERT INTO assignment_search(assignment_search) VALUES ('integrity-check')"
            )


@pytest.mark.parametrize("revision", [r for r in fixture_revisions() if r != SCHEMA_HEAD])
def test_the_old_file_is_backed_up_before_the_upgrade(upgrades, revision):
    """Issue 6, 3: an older database is backed up, then upgraded; the copy is the old file
    with every row (and opens as its old schema, for a restore)."""
    from desktop_app.store.backup import default_backup_folder

    upgraded = upgrades(revision)
    copies = sorted(default_backup_folder(upgraded.path).glob("*.sqlite3"))
    old = [copy for copy in copies if stored_revision(copy) == revision]
    assert len(old) == 1, copies
    kept = read_tables(old[0])
    assert set(kept) == set(upgraded.before)
    for name, table in upgraded.before.items():
        assert kept[name].columns == table.columns, name
        assert Counter(kept[name].rows) == Counter(table.rows), name


@every_fixture
def test_no_row_lost_or_changed(upgrades, revision):
    """Every table of the old file is still there with every row, every old column's value
    the same (new columns may be added)."""
    upgraded = upgrades(revision)
    after = read_tables(upgraded.path)
    allowed = {
        table
        for revision, tables in CHANGED_ON_PURPOSE.items()
        if revision > upgraded.revision
        for table in tables
    }
    problems = []
    for name, old in upgraded.before.items():
        if name in allowed:
            continue
        new = after.get(name)
        if new is None:
            problems.append(f"{name}: the table is gone ({len(old.rows)} rows)")
            continue
        lost_columns = [c for c in old.columns if c not in new.columns]
        if lost_columns:
            problems.append(f"{name}: columns gone: {lost_columns}")
            continue
        positions = [new.columns.index(c) for c in old.columns]
        new_rows = [tuple(row[i] for i in positions) for row in new.rows]
        if len(new.rows) != len(old.rows):
            problems.append(f"{name}: {len(old.rows)} rows before, {len(new.rows)} after")
        if old.key:
            key = [old.columns.index(c) for c in old.key]
            new_by_key = {tuple(r[i] for i in key): r for r in new_rows}
            for row in old.rows:
                row_key = tuple(row[i] for i in key)
                if row_key not in new_by_key:
                    problems.append(f"{name} {row_key}: the row is gone")
                elif new_by_key[row_key] != row:
                    changed = [
                        f"{c}: {a!r} → {b!r}"
                        for c, a, b in zip(old.columns, row, new_by_key[row_key], strict=True)
                        if a != b
                    ]
                    problems.append(f"{name} {row_key}: changed {changed}")
        elif Counter(old.rows) - Counter(new_rows):
            problems.append(f"{name}: rows gone: {list(Counter(old.rows) - Counter(new_rows))}")
    assert problems == []
    assert sum(len(t.rows) for t in upgraded.before.values()) > 50  # the fixture has content


@every_fixture
def test_todays_program_reads_what_the_old_one_read(upgrades, revision):
    """Rosters on dates, acts, meetings with the kept versions of their protocols,
    assignments and plans' statuses: as the program of the fixture's version read them."""
    upgraded = upgrades(revision)
    expected = upgraded.expected
    features = tuple(expected["features"])
    now = make_fixture.summary(upgraded.database, features)
    assert list(now["bodies"]) == list(expected["bodies"])
    for body, old in expected["bodies"].items():
        for part, value in old.items():
            assert now["bodies"][body][part] == value, f"{body}: {part}"
    if "assignments" in features:
        assert len(now["assignments"]) == len(expected["assignments"])
        for new, old in zip(now["assignments"], expected["assignments"], strict=True):
            assert new == old


# ----- spot checks with figures read from the old program's output ----------------------------
@every_fixture
def test_rosters_on_dates(upgrades, revision):
    upgraded = upgrades(revision)
    with upgraded.database.session() as session:
        belovo = find_body(session, BELOVO)
        before = {e.full_name: e.role.value for e in roster_on(session, belovo, date(2024, 12, 31))}
        after = {e.full_name: e.role.value for e in roster_on(session, belovo, date(2025, 2, 1))}
        assert len(before) == len(after) == 23
        assert before["Жуков Иван Николаевич"] == "member"
        assert "Жуков Иван Николаевич" not in after
        assert after["Ёлкина Алёна Семёновна"] == "member"
        assert (before["Колесник Андрей Владимирович"], after["Колесник Андрей Владимирович"]) == (
            "member",
            "deputy",
        )
        assert after["Хмелева Ксения Владимировна"] == "chair"
        assert [(a.reference, a.joined, a.left) for a in list_acts(session, belovo)] == [
            ("распоряжение от 20.01.2025 № 12-р", 2, 2),
            ("распоряжение от 18.10.2022 № 41-р", 23, 0),
        ]
        chair = next(
            e for e in roster_on(session, belovo, date(2025, 2, 1)) if e.role.value == "chair"
        )
        assert person_fields(session, chair.person_id).email == "hmeleva@belovo42.ru"

        second = find_body(session, SECOND)
        assert body_fields(session, second).act_date is None
        entries = {e.full_name: e for e in roster_on(session, second, date(2025, 6, 30))}
        assert sorted(entries) == [
            "Алёшина Наталья Ивановна",
            "Ковалёв Фёдор Ильич",
            "Пак Саша",
            "Семёнов Пётр Фёдорович",
            "Щёкин Артём Олегович",
        ]
        assert entries["Пак Саша"].gender is None
        assert entries["Пак Саша"].side.value == "unions"
        assert entries["Семёнов Пётр Фёдорович"].side is None
        on_2024 = {e.full_name for e in roster_on(session, second, date(2024, 12, 31))}
        assert "Королёва Дарья Андреевна" not in on_2024  # left 01.09.2024 without an act
        assert "Гончаренко Остап Тарасович" in on_2024


@pytest.mark.parametrize("revision", revisions_with("meetings"))
def test_meetings_and_the_amended_protocol(upgrades, revision):
    upgraded = upgrades(revision)
    with upgraded.database.session() as session:
        belovo = find_body(session, BELOVO)
        rows = meeting_store.list_meetings(session, belovo)
        assert [(r.reference, r.status.value) for r in rows] == [
            ("1/2024", "signed"),
            ("2/2024", "signed"),
            ("3/2024", "signed"),
            ("4/2024", "held"),
        ]
        second = meeting_store.find_meeting(session, belovo, 2, 2024)
        versions = meeting_store.protocol_versions(session, second)
        assert [(v.version, v.signed_on) for v in versions] == [
            (1, date(2024, 6, 24)),
            (2, date(2024, 7, 1)),
        ]
        assert versions[1].reason == (
            "уточнен срок исполнения поручения 1.2: 01.10.2024 вместо ошибочно указанного "
            "01.09.2024"
        )

        def deadline_of_1_2(version: int) -> date | None:
            data = protocol_data(session, second, version=version)
            return next(d.deadline for i in data.items for d in i.decisions if d.number == "1.2")

        assert deadline_of_1_2(1) == date(2024, 9, 1)
        assert deadline_of_1_2(2) == date(2024, 10, 1)

        # The materials' rows and their stored files.
        first = meeting_store.find_meeting(session, belovo, 1, 2024)
        last = meeting_store.find_meeting(session, belovo, 4, 2024)
        attached = materials(session, first) + materials(session, last)
        assert [(x.file_name, x.item_number) for x in attached] == [
            ("Справка о ходе реализации плана.txt", None),
            ("Проект решения.txt", 1),
        ]
        for material in attached:
            stored = upgraded.storage / material.stored_name
            assert hashlib.sha256(stored.read_bytes()).hexdigest() in material.stored_name

        planned = meeting_store.list_meetings(session, find_body(session, SECOND))
        assert [(r.reference, r.status.value, r.day) for r in planned] == [
            ("1/2025", "planned", date(2025, 12, 4))
        ]


@pytest.mark.parametrize("revision", revisions_with("meetings"))
def test_the_signed_protocol_prints_the_same_text(upgrades, revision, tmp_path):
    """Both kept versions of protocol 2/2024, printed by today's command line from the
    upgraded file, read back as the old program printed them."""
    upgraded = upgrades(revision)
    for version, text in upgraded.expected["protocol_pdf_text"].items():
        out = tmp_path / f"protocol-{version}.pdf"
        code = main(
            [
                "export",
                "protocol",
                "--db",
                str(upgraded.path),
                "--body",
                BELOVO,
                "--meeting",
                "2/2024",
                "--version",
                version,
                "--out",
                str(out),
            ]
        )
        assert code == 0
        assert pdf_text(out) == text, f"version {version}"
    amended = "01.10.2024 вместо ошибочно указанного 01.09.2024"
    assert amended not in upgraded.expected["protocol_pdf_text"]["1"]
    assert amended in upgraded.expected["protocol_pdf_text"]["2"]


@pytest.mark.parametrize("revision", revisions_with("assignments"))
def test_assignments(upgrades, revision):
    upgraded = upgrades(revision)
    today = date(2025, 11, 1)
    with upgraded.database.session() as session:
        rows = assignment_store.list_assignments(
            session, assignment_store.AssignmentQuery(today, StatusFilter.ALL), limit=-1
        )
        assert Counter(r.status.value for r in rows) == {
            "on_control": 7,
            "executed": 8,
            "removed": 1,
        }
        found = assignment_store.list_assignments(
            session, assignment_store.AssignmentQuery(today, StatusFilter.ALL, search="ёлкина")
        )
        assert [r.text for r in found] == [
            "Подготовить предложения по обучению сотрудников основам бережливого управления "
            "в 2025 году"
        ]
        returned = assignment_store.assignment_detail(session, found[0].id)
        assert returned.status.value == "on_control"
        assert returned.deadline == date(2025, 4, 30)
        assert [(x.old_deadline, x.new_deadline) for x in returned.extensions] == [
            (date(2025, 3, 31), date(2025, 4, 30))
        ]
        quarterly = next(r for r in rows if r.text.startswith("Представлять сведения"))
        detail = assignment_store.assignment_detail(session, quarterly.id)
        assert detail.schedule is not None and detail.deadline == date(2025, 7, 25)
        [report] = detail.reports
        assert report.file_name == "Сведения за I квартал.txt"
        stored = (upgraded.storage / report.stored_name).read_text(encoding="utf-8")
        assert stored.startswith("Сведения о просроченной задолженности")


@pytest.mark.parametrize("revision", revisions_with("plans"))
def test_plans(upgrades, revision):
    upgraded = upgrades(revision)
    with upgraded.database.session() as session:
        second = find_body(session, SECOND)
        [plan] = plan_store.plans(session, second)
        status = plan_store.plan_status(session, plan.id, 2025, date(2025, 12, 31))
        assert [(i.number, i.status and i.status.value) for i in status.items] == [
            ("1", None),
            ("1.1", "on_track"),
            ("1.2", "behind"),
        ]
        belovo = find_body(session, BELOVO)
        assert [(x.first_year, x.last_year) for x in plan_store.plans(session, belovo)] == [
            (2025, 2027),
            (2022, 2024),
        ]


@every_fixture
def test_todays_screens_read_the_upgraded_file(upgrades, revision):
    """What the window shows first reads the old data without an error."""
    upgraded = upgrades(revision)
    with upgraded.database.session() as session:
        assert len(list_bodies(session)) == len(upgraded.expected["bodies"])
        if "assignments" in upgraded.expected["features"]:
            today_overview(session, date(2025, 11, 1))
        if "plans" in upgraded.expected["features"]:
            missing_reports(session, date(2025, 11, 1))
