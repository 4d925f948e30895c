"""Crash safety: the program's process killed (SIGKILL) at random moments while it writes.

A zygote (tests/crash_writer.py) imports the store once and forks a writer per run; the
writer opens the database through ``Database`` and writes through the real store functions
(members, decisions with the minutes, quarterly plan reports, assignments with their
reports, and long transactions: a whole plan of measures, a new commission with a roster of
40 people), reporting each transaction on stdout right after its commit returned. The test
kills it after a random (seeded) delay and checks with plain sqlite3 that

* ``PRAGMA integrity_check`` is ok, ``foreign_key_check`` finds nothing, the full-text
  index of the assignments matches its table;
* every transaction reported as committed — in this run and every run before — is there,
  whole; a transaction never reported is there only if it is the one the kill
  interrupted, and then whole too (all of it or none of it);
* a record a later transaction overwrote holds the last reported value (or the
  interrupted one's);
* the next writer opens the file with ``Database`` and goes on; at the end the test opens
  it through the store, finds the last records and writes again.

``CRASH_RUNS`` (default 300) sets the number of runs, ``CRASH_SEED`` the seed; ``-s`` shows
the figures. Also: kills during an online backup (the live database unharmed, a backup under
its final name always whole), and kills of real ``python -m desktop_app`` command-line
processes (``demo``, ``import plan``): the database sound and the data either all there or
untouched. POSIX only (``os.fork``, ``SIGKILL``).
"""

from __future__ import annotations

import os
import queue
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "win32",
    reason="killing a forked writer needs os.fork and SIGKILL (POSIX only)",
)

RUNS = int(os.environ.get("CRASH_RUNS", "300"))
SEED = int(os.environ.get("CRASH_SEED", "20250214"))
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[1]
BULK_MEMBERS = 40  # crash_writer.BULK_MEMBERS
MARKER = re.compile(r"crash-r\d+-s\d+")
LONG_KINDS = {"roster_act", "plan"}
KEYED_ONLY = {"plan_report"}  # overwritten by the next report for the same quarter


# ----- the databases --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example_file(tmp_path_factory) -> Path:
    """A database with the example (bodies, meetings, plans, registries), loaded once."""
    from desktop_app.store.database import Database
    from desktop_app.store.example import load_example

    path = tmp_path_factory.mktemp("crash-example") / "example.sqlite3"
    database = Database(path)
    with database.session() as session:
        load_example(session)
    database.close()
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.fixture
def example_copy(example_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite3"
    shutil.copyfile(example_file, path)
    return path


def _environment(home: Path) -> dict[str, str]:
    return dict(os.environ, COMMISSION_SECRETARY_HOME=str(home), QT_QPA_PLATFORM="offscreen")


# ----- the zygote -----------------------------------------------------------------------------
@dataclass
class Run:
    """What one killed writer said: its transactions begun and committed."""

    number: int
    mode: str
    begun: list[tuple[str, str, str]] = field(default_factory=list)  # kind, marker, key
    committing: list[tuple[str, str, str]] = field(default_factory=list)
    committed: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    status: int | None = None
    started: float = 0.0
    times: dict[str, float] = field(default_factory=dict)  # last line of each word, s

    @property
    def in_flight(self) -> tuple[str, str, str] | None:
        """The transaction the kill interrupted (begun, never reported committed)."""
        if len(self.begun) > len(self.committed):
            return self.begun[-1]
        return None


class Zygote:
    """tests/crash_writer.py, run with this interpreter (the project's venv)."""

    def __init__(self, path: Path, home: Path) -> None:
        self.stderr = (home / "writer-stderr.txt").open("w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            cwd=ROOT,
            env=_environment(home),
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self._expect("ready", 60)

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put((time.perf_counter(), line.rstrip("\n")))
        self.lines.put((time.perf_counter(), None))

    def _next(self, timeout: float) -> str:
        try:
            self.last_time, line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the writer said nothing for {timeout} s") from None
        if line is None:
            self.stderr.seek(0)
            raise AssertionError(f"the writer ended: {self.stderr.read()[-3000:]}")
        return line

    def _expect(self, word: str, timeout: float) -> str:
        line = self._next(timeout)
        assert line.startswith(word), line
        return line

    def run(
        self, run: Run, seed: int, delay: float, folder: Path | None = None, until: str = ""
    ) -> Run:
        """Fork a writer, let it write for ``delay`` seconds (or, with ``until``, till it
        says that word, at most ``delay`` seconds), kill it (SIGKILL)."""
        command = f"{run.mode} {run.number} {seed}" + (f" {folder}" if folder else "")
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        pid = None
        while pid is None:
            line = self._next(30)
            if line.startswith("started "):
                pid = int(line.split()[1])
                run.started = self.last_time
            else:
                self._take(run, line)
        if until:
            deadline = time.perf_counter() + delay
            while until not in run.times and not run.errors:
                self._take(run, self._next(max(0.001, deadline - time.perf_counter())))
        else:
            time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # it had already ended: its error lines say why
            pass
        while run.status is None:
            line = self._next(60)
            if line.startswith(f"ended {pid} "):
                run.status = int(line.split()[2])
            else:
                self._take(run, line)
        assert not run.errors, "\n".join(run.errors)
        assert run.status == -signal.SIGKILL, f"the writer ended by itself ({run.status})"
        return run

    def _take(self, run: Run, line: str) -> None:
        word, _, rest = line.partition(" ")
        lists = {"begin": run.begun, "committing": run.committing, "commit": run.committed}
        if word in lists:
            lists[word].append(tuple(rest.split(" ")))
            run.times[word] = self.last_time - (run.started or self.last_time)
        else:
            run.errors.append(line)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        else:
            self.process.stdin.close()
        self.reader.join(timeout=10)
        self.process.stdout.close()
        self.stderr.close()


@pytest.fixture
def zygote(example_copy: Path, tmp_path: Path):
    writer = Zygote(example_copy, tmp_path)
    yield writer
    writer.close()


# ----- what the database holds ------------------------------------------------------------------
def _plan_shape() -> tuple[int, int, int]:
    """Items, executors and yearly targets of the plan the long transaction stores."""
    from desktop_app.store.example import load_example_data
    from desktop_app.store.example_plans import example_plans

    short_name = load_example_data()["body"]["short_name"]
    plan = next(data for body, data in example_plans() if body == short_name)
    return (
        len(plan.items),
        sum(len(item.executors) for item in plan.items),
        sum(1 for item in plan.items for text in item.targets.values() if text.strip()),
    )


def soundness_problems(connection: sqlite3.Connection) -> list[str]:
    problems = []
    result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems.append(f"integrity_check: {result[:5]}")
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"foreign_key_check: {broken[:5]}")
    try:
        connection.execute(
            "INSERT INTO assignment_search(assignment_search) VALUES('integrity-check')"
        )
    except sqlite3.DatabaseError as error:
        problems.append(f"the full-text index of assignments: {error}")
    connection.rollback()
    return problems


@dataclass
class Contents:
    """The crash test's records in the database: marker → whether it is whole, and the
    overwritten records: (kind, key) → the marker they hold."""

    whole: dict[str, bool]
    keyed: dict[tuple[str, str], str]


def contents(connection: sqlite3.Connection, kinds: dict[str, str], plan_shape) -> Contents:
    """Read with plain SQL; ``kinds`` tells each marker's kind (from the writers' lines)."""

    def markers(sql: str) -> dict[str, tuple]:
        found: dict[str, tuple] = {}
        for text, *rest in connection.execute(sql):
            match = MARKER.search(text)
            if match:
                found[match.group()] = tuple(rest)
        return found

    people = markers(
        "SELECT p.position, COUNT(DISTINCT p.id), COUNT(m.id) FROM person p "
        "LEFT JOIN membership m ON m.person_id = p.id "
        "WHERE p.position LIKE 'crash-%' GROUP BY p.position"
    )
    acts = markers(
        "SELECT a.number, COUNT(m.id), "
        "(SELECT COUNT(*) FROM body b WHERE b.id = a.body_id AND b.short_name = a.number) "
        "FROM roster_act a LEFT JOIN membership m ON m.start_act_id = a.id "
        "WHERE a.number LIKE 'crash-%' GROUP BY a.id"
    )
    new_bodies = markers("SELECT short_name FROM body WHERE short_name LIKE 'crash-%'")
    decisions = markers(
        "SELECT text, COUNT(*) FROM decision WHERE text LIKE '%crash-r%' GROUP BY text"
    )
    assignment_rows = markers(
        "SELECT a.text, a.status, "
        "(SELECT COUNT(*) FROM assignment_report r WHERE r.assignment_id = a.id "
        " AND r.text = 'Исполнено ' || substr(a.text, length('Представить информацию ') + 1)), "
        "(SELECT COUNT(*) FROM assignment_executor e WHERE e.assignment_id = a.id), "
        "(SELECT COUNT(*) FROM assignment_search s WHERE s.rowid = a.id) "
        "FROM assignment a WHERE a.text LIKE 'Представить информацию crash-%'"
    )
    orphan_reports = markers(
        "SELECT r.text FROM assignment_report r JOIN assignment a ON a.id = r.assignment_id "
        "WHERE r.text LIKE 'Исполнено crash-%' AND a.text NOT LIKE '%crash-%'"
    )
    plan_rows = markers(
        "SELECT p.title, (SELECT COUNT(*) FROM plan_item i WHERE i.plan_id = p.id), "
        "(SELECT COUNT(*) FROM plan_item_executor e JOIN plan_item i ON i.id = e.item_id "
        " WHERE i.plan_id = p.id), "
        "(SELECT COUNT(*) FROM plan_target t JOIN plan_item i ON i.id = t.item_id "
        " WHERE i.plan_id = p.id) FROM \"plan\" p WHERE p.title LIKE 'crash-%'"
    )
    whole: dict[str, bool] = {}
    for marker in {*people, *acts, *new_bodies, *decisions, *assignment_rows, *plan_rows}:
        kind = kinds.get(marker)
        if kind == "member":
            ok = people.get(marker) == (1, 1) and marker not in acts
        elif kind == "roster_act":
            ok = (
                people.get(marker) == (BULK_MEMBERS, BULK_MEMBERS)
                and acts.get(marker) == (BULK_MEMBERS, 1)
                and marker in new_bodies
            )
        elif kind == "decision":
            ok = decisions.get(marker) == (1,)
        elif kind == "assignment":
            ok = assignment_rows.get(marker) == ("executed", 1, 2, 1)
        elif kind == "plan":
            ok = plan_rows.get(marker) == plan_shape
        else:
            ok = False  # a record no writer began
        whole[marker] = ok
    for marker in orphan_reports:
        whole[marker] = False
    keyed: dict[tuple[str, str], str] = {}
    for item_id, heard, discussion in connection.execute(
        "SELECT id, heard, discussion FROM agenda_item WHERE heard LIKE 'Доклад crash-%'"
    ):
        marker = MARKER.search(heard).group()
        # the minutes are written in one statement: both halves name the same transaction
        keyed["decision", str(item_id)] = marker if marker in discussion else f"torn {marker}"
    for item_id, unit_id, year, quarter, text in connection.execute(
        "SELECT item_id, unit_id, year, quarter, text FROM plan_report "
        "WHERE text LIKE 'Отчет crash-%'"
    ):
        keyed["plan_report", f"{item_id}/{unit_id}/{year}/{quarter}"] = MARKER.search(text).group()
    return Contents(whole, keyed)


class Ledger:
    """What must be in the database after each run, and the figures of the test."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.plan_shape = _plan_shape()
        self.kinds: dict[str, str] = {}
        self.committed: set[str] = set()  # known to be in the database
        self.keyed: dict[tuple[str, str], str] = {}
        self.figures: Counter[str] = Counter()
        self.problems: list[str] = []

    def check(self, run: Run) -> None:
        if run.mode == "backup":  # a backup writes nothing into the database
            run = Run(run.number, run.mode, status=run.status)
        for kind, marker, _ in run.begun:
            self.kinds[marker] = kind
        # A plan report replaces the one before it: checked by its key only (below).
        reported = {marker for kind, marker, _ in run.committed if kind not in KEYED_ONLY}
        in_flight = run.in_flight
        expected_keyed = dict(self.keyed)
        for kind, marker, key in run.committed:
            if key != "-":
                expected_keyed[kind, key] = marker

        connection = sqlite3.connect(self.path)
        try:
            problems = soundness_problems(connection)
            found = contents(connection, self.kinds, self.plan_shape)
        finally:
            connection.close()

        present = set(found.whole)
        lost = (self.committed | reported) - present
        allowed = self.committed | reported | ({in_flight[1]} if in_flight else set())
        problems += [f"lost: {marker} ({self.kinds[marker]})" for marker in sorted(lost)]
        lost = set(lost)
        problems += [f"never begun or not the interrupted one: {m}" for m in present - allowed]
        problems += [
            f"partial: {marker} ({self.kinds.get(marker)})"
            for marker, ok in found.whole.items()
            if not ok
        ]
        for key in expected_keyed.keys() | found.keyed.keys():
            got, wanted = found.keyed.get(key), expected_keyed.get(key)
            interrupted = in_flight and (in_flight[0], in_flight[2]) == key
            if got != wanted and not (interrupted and got == in_flight[1]):
                problems.append(f"{key[0]} {key[1]}: holds {got}, the last reported is {wanted}")
                lost.add(f"{wanted} ({key[0]} {key[1]})")

        self.figures["runs"] += 1
        self.figures["transactions reported committed"] += len(run.committed)
        self.figures["lost"] += len(lost)
        if in_flight:
            self.figures["killed inside a transaction"] += 1
            if in_flight[0] in LONG_KINDS:
                self.figures["killed inside a long transaction"] += 1
            if run.committing and run.committing[-1] == in_flight:
                self.figures["killed during the commit"] += 1
            if in_flight[1] in present:
                self.figures["committed, killed before reporting"] += 1
        elif not run.begun:
            self.figures["killed before the first transaction"] += 1
        if problems:
            self.problems.append(f"run {run.number} ({run.mode}): " + "; ".join(problems))
        self.committed = present
        self.keyed = found.keyed

    def report(self, title: str) -> str:
        order = [
            "runs",
            "transactions reported committed",
            "killed inside a transaction",
            "killed inside a long transaction",
            "killed during the commit",
            "committed, killed before reporting",
            "killed before the first transaction",
            "lost",
        ]
        figures = ", ".join(f"{name} {self.figures[name]}" for name in order)
        return f"{title}: {figures}, runs with problems {len(self.problems)}"


# ----- the tests ------------------------------------------------------------------------------
def test_killed_writers_lose_no_committed_transaction(zygote, example_copy, capsys):
    rng = random.Random(SEED)
    ledger = Ledger(example_copy)
    started = time.perf_counter()
    for number in range(RUNS):
        mode = "bulk" if number % 5 == 4 else "mix"
        delay = rng.uniform(0, 0.08) if mode == "mix" else rng.uniform(0, 0.16)
        run = zygote.run(Run(number, mode), rng.randrange(2**32), delay)
        ledger.check(run)
        if ledger.problems:
            break
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n{ledger.report('crash test')} ({elapsed:.1f} s, seed {SEED})")
    assert not ledger.problems, "\n".join(ledger.problems[:5])
    assert ledger.figures["runs"] == RUNS
    assert ledger.figures["lost"] == 0
    # The kills landed where they matter: inside transactions, long ones and the commit.
    if RUNS >= 100:
        assert ledger.figures["killed inside a transaction"] > RUNS // 3
        assert ledger.figures["killed inside a long transaction"] >= 10
        assert ledger.figures["killed during the commit"] >= 3

    _the_program_goes_on(example_copy, ledger)


def _the_program_goes_on(path: Path, ledger: Ledger) -> None:
    """The program opens the file after all the kills, finds what it wrote, writes again."""
    from datetime import date

    from sqlalchemy import select

    from desktop_app.domain.assignment import StatusFilter
    from desktop_app.store import assignments
    from desktop_app.store.database import Database
    from desktop_app.store.models import Meeting

    written = [m for m, kind in ledger.kinds.items() if kind == "assignment"]
    last = max(set(written) & ledger.committed, key=lambda m: [int(n) for n in m[7:].split("-s")])
    database = Database(path)
    try:
        with database.session() as session:
            body_id = session.scalar(select(Meeting.body_id).limit(1))
            found = assignments.list_assignments(
                session,
                assignments.AssignmentQuery(
                    today=date(2025, 3, 1), status=StatusFilter.ALL, search=last
                ),
                limit=-1,
            )
            assert f"Представить информацию {last}" in [row.text for row in found]
            assignments.create_assignment(
                session,
                assignments.AssignmentFields(
                    body_id=body_id,
                    text="Поручение после всех сбоев",
                    executors="Отдел экономики",
                    given_on=date(2025, 3, 1),
                ),
            )
        with database.session() as session:
            query = assignments.AssignmentQuery(
                today=date(2025, 3, 1), status=StatusFilter.ALL, search="после всех сбоев"
            )
            assert len(assignments.list_assignments(session, query)) == 1
    finally:
        database.close()
    connection = sqlite3.connect(path)
    try:
        assert soundness_problems(connection) == []
    finally:
        connection.close()


def test_a_killed_backup_leaves_the_database_and_the_backups_sound(
    zygote, example_copy, tmp_path, capsys
):
    rng = random.Random(SEED + 1)
    ledger = Ledger(example_copy)
    folder = tmp_path / "backups"
    folder.mkdir()
    backups = Counter()
    for number in range(24):
        if number % 2 == 0:
            ledger.check(zygote.run(Run(number, "mix"), rng.randrange(2**32), 0.15))
            continue
        run = zygote.run(Run(number, "backup"), 0, rng.uniform(0, 0.25), folder)
        ledger.check(run)  # the live database: sound, nothing lost, nothing added
        for _, _, name in run.committed:
            backups["complete"] += 1
            problems = _backup_problems(folder / name, ledger)
            assert not problems, f"backup {name}: {problems}"
        if run.in_flight:
            backups["killed during a backup"] += 1
            target = folder / run.in_flight[2]
            if target.exists():  # renamed into place just before the kill: whole
                assert not _backup_problems(target, ledger), target
    with capsys.disabled():
        print(
            f"\nbackup kills: {backups['killed during a backup']} of 12 during a backup, "
            f"{backups['complete']} complete backups checked, between 12 killed writers "
            f"({ledger.figures['transactions reported committed']} transactions); "
            f"lost {ledger.figures['lost']}, problems {len(ledger.problems)}"
        )
    assert not ledger.problems, "\n".join(ledger.problems[:5])
    assert backups["killed during a backup"] >= 6


def _backup_problems(path: Path, ledger: Ledger) -> list[str]:
    """A backup: sound, and a consistent copy of everything committed before it."""
    connection = sqlite3.connect(path)
    try:
        problems = soundness_problems(connection)
        found = contents(connection, ledger.kinds, ledger.plan_shape)
    finally:
        connection.close()
    if set(found.whole) != ledger.committed or not all(found.whole.values()):
        problems.append(
            f"holds {len(found.whole)} records of the crash test, the database "
            f"{len(ledger.committed)}"
        )
    if found.keyed != ledger.keyed:
        problems.append("the overwritten records differ from the database")
    return problems


# ----- a new database and the command line -------------------------------------------------------
def table_counts(path: Path) -> dict[str, int]:
    """Rows of every table of the program (the full-text index's own tables aside)."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()


def _sound(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return soundness_problems(connection)
    finally:
        connection.close()


def _opens(path: Path) -> str | None:
    """``None`` when the program opens the file (finishing an upgrade), else why not."""
    from desktop_app.store.database import Database

    try:
        database = Database(path)
    except Exception as error:  # the finding: what the user would get
        return f"{type(error).__name__}: {str(error).splitlines()[0]}"
    database.close()
    return None


def test_a_writer_killed_while_it_creates_a_database(zygote, example_file, tmp_path, capsys):
    """Killed during the migrations of a new file or the example's load: the file is then
    empty, or the program opens it (finishing the migrations) and it holds all of the
    example or none of it."""
    full = table_counts(example_file)
    calibration = zygote.run(Run(0, "create"), 0, 60, tmp_path / "whole.sqlite3", "commit")
    migrated, loaded = calibration.times["committing"], calibration.times["commit"]
    rng = random.Random(SEED + 2)
    outcomes: Counter[str] = Counter()
    problems = []
    for number in range(1, 7):
        path = tmp_path / f"new-{number}.sqlite3"
        # two thirds of the kills during the migrations, the rest during the example's load
        # (the first third of the migrations' time is Alembic's import: no file yet)
        delay = rng.uniform(migrated / 3, migrated) if number % 3 else rng.uniform(migrated, loaded)
        run = zygote.run(Run(number, "create"), 0, delay, path)
        stage = "migrations" if not run.committing else "example"
        why = _opens(path) if path.exists() else None
        if why:
            problems.append(f"killed at {delay:.2f} s ({stage}): the program refuses it: {why}")
            outcomes["refused"] += 1
            continue
        if not path.exists():
            outcomes[f"{stage}: no file"] += 1
            continue
        problems += [f"killed at {delay:.2f} s: {p}" for p in _sound(path)]
        counts = table_counts(path)
        if counts == full:
            outcomes[f"{stage}: all the example"] += 1
        elif not any(counts.values()) or set(counts.values()) == {0} or _only_schema(counts):
            outcomes[f"{stage}: empty"] += 1
        else:
            problems.append(f"killed at {delay:.2f} s ({stage}): part of the example {counts}")
    with capsys.disabled():
        print(
            f"\nnew database killed 6 times (migrations {migrated:.2f} s, example "
            f"{loaded - migrated:.2f} s): {dict(outcomes)}"
        )
    assert not problems, "\n".join(problems)


def _only_schema(counts: dict[str, int]) -> bool:
    return all(n == 0 for name, n in counts.items() if name != "alembic_version")


def _command(home: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-X", "utf8", "-m", "desktop_app", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_environment(home),
        cwd=ROOT,
    )


def test_killed_command_line_imports_all_or_nothing(example_file, tmp_path, capsys):
    """``python -m desktop_app import plan`` and ``demo`` killed at random moments, two
    at a time (on two files): the database is sound, and holds all of the plan (the
    example) or none of it; the program opens it and ``check`` finds it sound."""
    from desktop_app.documents.plan_xlsx import write_plan_xlsx
    from desktop_app.store.database import Database
    from desktop_app.store.example import load_example_data
    from desktop_app.store.example_plans import example_plans

    body = load_example_data()["body"]["short_name"]
    workbook = tmp_path / "план.xlsx"
    write_plan_xlsx(next(plan for name, plan in example_plans() if name == body), workbook)
    empty = tmp_path / "empty.sqlite3"
    Database(empty).close()
    _checkpoint(empty)
    target = tmp_path / "work.sqlite3"
    shutil.copyfile(example_file, target)

    def commands(demo_file: Path) -> list[tuple[str, ...]]:
        return [
            ("import", "plan", "--db", str(target), "--body", body, "--file", str(workbook)),
            ("demo", "--db", str(demo_file)),
        ]

    durations = [0.0, 0.0]

    def start(delays: list[float | None], demo_file: Path) -> list[int]:
        """Both commands at once; each killed after its delay (None: let it finish)."""
        began = time.perf_counter()
        processes = [_command(tmp_path, *args) for args in commands(demo_file)]
        pending = dict(enumerate(processes))
        while pending:
            now = time.perf_counter() - began
            for index, process in list(pending.items()):
                if process.poll() is not None:
                    durations[index] = now
                    del pending[index]
                elif delays[index] is not None and now >= delays[index]:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    del pending[index]
            time.sleep(0.002)
            if now > 120:
                raise AssertionError("a command ran for 2 minutes")
        codes = []
        for process in processes:
            process.stderr.read()
            process.stderr.close()
            codes.append(process.returncode)
        return codes

    # One undisturbed pair: how long each takes, and what a whole import adds.
    before = table_counts(target)
    shutil.copyfile(empty, tmp_path / "demo-0.sqlite3")
    assert start([None, None], tmp_path / "demo-0.sqlite3") == [0, 0]
    whole_run = list(durations)
    imported = table_counts(target)
    assert imported["plan"] == before["plan"] + 1
    one_plan = {table: imported[table] - before[table] for table in imported}
    full, none = table_counts(tmp_path / "demo-0.sqlite3"), table_counts(empty)

    rng = random.Random(SEED + 3)
    outcomes: Counter[str] = Counter()
    problems = []
    for number in range(1, 6):
        demo_file = tmp_path / f"demo-{number}.sqlite3"
        shutil.copyfile(empty, demo_file)
        before = table_counts(target)
        # the import writes at its very end; the example's load takes the second half
        delays = [rng.uniform(0.6, 1.0) * whole_run[0], rng.uniform(0.4, 1.0) * whole_run[1]]
        codes = start(delays, demo_file)
        for name, path, whole, untouched, code in (
            ("import plan", target, None, before, codes[0]),
            ("demo", demo_file, full, none, codes[1]),
        ):
            problems += [f"{name}: {p}" for p in _sound(path)]
            why = _opens(path)
            if why:
                problems.append(f"{name}: the program refuses the file: {why}")
                continue
            counts = table_counts(path)
            if whole is None:  # the plan: one more, whole, or nothing
                whole = {table: before[table] + one_plan[table] for table in before}
            if counts == whole:
                outcomes[f"{name}: all"] += 1
            elif counts == untouched:
                outcomes[f"{name}: nothing"] += 1
            else:
                changed = {
                    t: (untouched.get(t), n) for t, n in counts.items() if n != untouched.get(t)
                }
                problems.append(f"{name} killed (exit {code}): a part is stored: {changed}")
    check = subprocess.run(
        [sys.executable, "-X", "utf8", "-m", "desktop_app", "check", "--db", str(target)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    with capsys.disabled():
        print(
            f"\ncommand line killed 10 times (import plan {whole_run[0]:.1f} s, demo "
            f"{whole_run[1]:.1f} s undisturbed): {dict(outcomes)}"
        )
    assert not problems, "\n".join(problems)
    assert check.returncode == 0, check.stderr
