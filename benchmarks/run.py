"""The benchmark table: start-up of the program against a bare PySide6 window, and the
roster, filter, body list, past-date and document timings on a large database; then the
meetings: a body's list of meetings, opening a meeting (store and window), and the
protocol PDF beside LibreOffice converting the same protocol from DOCX; then the control
of decisions (``control_figures.py``): the lists, the search, the start page, discipline;
then the plans of measures (``plan_figures.py``): a plan's status, who has not reported,
the quarterly note in Excel, the plan tab; then the backups (``backup_figures.py``): a
copy, its check, the quick check, a restore.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--runs 5] [--db FILE]

Without ``--db`` the large database (benchmarks/generate.py: 50 bodies, 5 000 people, ten
years of history and of meetings) is generated into a temporary folder; with ``--db`` an existing file is
reused (and generated there first if it does not exist). The table is printed and written
to BENCHMARKS.md at the project root (``--markdown`` elsewhere, ``--no-markdown`` not at all).

Every figure is the median of several runs, with its target beside it and OK or SLOW.
Benchmarks print figures, they are not tests: the exit code is 0 even when a target is
missed.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app import APP_ID, APP_NAME  # noqa: E402

STARTUP_RATIO_TARGET = 1.5
INTERACTION_TARGET_MS = 100.0
TAB_REFRESH_TARGET_MS = 50.0  # a tab of the meeting window (the contract of the tabs)
PROTOCOL_PDF_TARGET_MS = 80.0
LIBREOFFICE_RATIO_TARGET = 20.0  # the protocol PDF at least this many times faster


@dataclass
class Row:
    name: str
    value: float | None  # milliseconds, or the ratio when unit is "×"
    target: float | None = None  # None: informative
    runs: int = 0
    unit: str = "ms"
    note: str = ""
    at_least: bool = False  # the target is a floor (a speed-up), not a ceiling
    skipped: bool = False  # not measured on this machine (the note says why)

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "SKIPPED"
        if self.value is None:
            return "FAILED"
        if self.target is None:
            return ""
        if (self.value >= self.target) if self.at_least else (self.value <= self.target):
            return "OK"
        return "LEAK" if self.unit == "refs" else "SLOW"

    def cells(self) -> list[str]:
        if self.value is None:
            value = "—"
        elif self.unit == "×":
            value = f"{self.value:.2f}×"
        elif self.unit == "refs":
            value = f"{self.value:g} refs"
        else:
            value = f"{self.value:,.1f} ms".replace(",", " ")
        if self.target is None:
            target = "—"
        elif self.unit == "×":
            target = f"{'≥' if self.at_least else '≤'} {self.target:g}×"
        elif self.unit == "refs":
            target = f"{self.target:g} refs"
        else:
            target = f"≤ {self.target:g} ms"
        return [self.name, value, target, self.verdict, str(self.runs or ""), self.note]


HEADERS = ["measurement", "median", "target", "result", "runs", "note"]


def format_table(rows: list[Row | str]) -> str:
    """A plain-text table; a str in ``rows`` is a section heading."""
    cells = [row.cells() for row in rows if isinstance(row, Row)]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(HEADERS)]
    aligns = ["<", ">", "<", "<", ">", "<"]

    def line(values: list[str]) -> str:
        return "  ".join(f"{v:{a}{w}}" for v, a, w in zip(values, aligns, widths, strict=True))

    out = [line(HEADERS).rstrip(), "  ".join("-" * w for w in widths)]
    for row in rows:
        out.append(f"[{row}]" if isinstance(row, str) else line(row.cells()).rstrip())
    return "\n".join(out)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


# ----- start-up: separate processes ----------------------------------------------------


@dataclass
class Command:
    name: str
    argv: list[str]
    env: dict[str, str]
    after: Callable[[], str] | None = None  # a remark on the run just done, or ""
    samples: list[float] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    error: str = ""

    def row(self, runs: int) -> Row:
        notes = []
        if self.crashes:
            notes.append(f"CRASHED at exit in {len(self.crashes)} of {runs} runs "
                         f"({', '.join(sorted(set(self.crashes)))})")
        for remark in sorted(set(self.remarks)):
            notes.append(f"{remark} in {self.remarks.count(remark)} of {runs} runs")
        value = median_ms(self.samples) if self.samples and not self.error else None
        return Row(self.name, value, None, len(self.samples), note="; ".join(notes))


def time_processes(commands: list[Command], runs: int) -> None:
    """Wall time of each command, ``runs`` times after one warm-up run, the commands taken
    in turn (bare, program, bare, program...) so that a change in the machine's load
    weighs on all of them alike.

    A process killed by a signal after its work (the program crashing while it quits) is
    still timed, and the note says how often it happened; any other failure is an error.
    """
    for attempt in range(runs + 1):
        for command in commands:
            if command.error:
                continue
            started = time.perf_counter()
            try:
                result = subprocess.run(command.argv, cwd=ROOT, env=command.env,
                                        capture_output=True, text=True, timeout=120)
            except subprocess.TimeoutExpired:
                command.error = f"{' '.join(command.argv)}: no exit within 120 s"
                continue
            elapsed = time.perf_counter() - started
            code = result.returncode
            if code > 0 or (code < 0 and "Traceback" in result.stderr):
                tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
                command.error = (f"{' '.join(command.argv)} exited with {code}: "
                                 + " | ".join(tail))
                continue
            remark = command.after() if command.after else ""
            if attempt:  # the first run warms the disk cache and writes the bytecode cache
                command.samples.append(elapsed)
                if code < 0:
                    command.crashes.append(signal_name(-code))
                if remark:
                    command.remarks.append(remark)


def signal_name(number: int) -> str:
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def startup_rows(db: Path, work: Path, runs: int) -> tuple[list[Row], list[str]]:
    base_env = dict(os.environ)
    # The program's QSettings and data folder go to the temporary folder, not the user's.
    base_env["XDG_CONFIG_HOME"] = str(work / "config")
    # Bytecode is cached as in any installation (PyInstaller bundles it, pip compiles it),
    # even where PYTHONDONTWRITEBYTECODE is set; the cache is kept out of the source tree.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    base_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    base_env["COMMISSION_SECRETARY_HOME"] = str(work / "home")
    base_env.pop("COMMISSION_SECRETARY_BENCHMARK_QUIT", None)
    # The automatic copies (a 600 MB copy and its check in the background at each start)
    # are off here: their own figures are in backup_figures.py.
    settings = work / "config" / APP_ID / f"{APP_NAME}.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[backup]\nautomatic=false\n", encoding="utf-8")
    python = sys.executable
    errors = []

    program = [python, "-m", "desktop_app", "--db", str(db)]
    bare = Command("bare PySide6 window: process start → shown",
                   [python, str(ROOT / "benchmarks" / "bare_window.py")], base_env)
    shown = Command("the program: process start → main window shown", program,
                    base_env | {"COMMISSION_SECRETARY_BENCHMARK_QUIT": "shown"})
    ready = Command("the program: process start → large database's roster shown", program,
                    base_env | {"COMMISSION_SECRETARY_BENCHMARK_QUIT": "ready"})
    time_processes([bare, shown, ready], runs)
    errors += [c.error for c in (bare, shown, ready) if c.error]
    bare_row, shown_row, ready_row = (c.row(runs) for c in (bare, shown, ready))

    def ratio(row: Row) -> float | None:
        return row.value / bare_row.value if row.value and bare_row.value else None

    rows = [bare_row, shown_row,
            Row("  the program ÷ bare window", ratio(shown_row), STARTUP_RATIO_TARGET, runs,
                unit="×"),
            ready_row]

    # The first database open, cold, in a fresh process: importing the store (SQLAlchemy)
    # and Database(path), which checks the schema revision (Alembic only when migrating).
    probe = (
        "import sys, time\n"
        "started = time.perf_counter()\n"
        "from desktop_app.store.database import Database\n"
        "imported = time.perf_counter()\n"
        "Database(sys.argv[1]).close()\n"
        "print((imported - started) * 1000, (time.perf_counter() - imported) * 1000)\n"
    )
    imports, opens = [], []
    for _ in range(runs):
        result = subprocess.run([python, "-c", probe, str(db)], cwd=ROOT, env=base_env,
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            errors.append(f"database open probe: {result.stderr.strip()[-300:]}")
            break
        first, second = map(float, result.stdout.split())
        imports.append(first)
        opens.append(second)
    rows.append(Row("first database open: importing the store (SQLAlchemy), cold",
                    statistics.median(imports) if imports else None, None, len(imports)))
    rows.append(Row("first database open: Database(path), migrations check, cold",
                    statistics.median(opens) if opens else None, None, len(opens)))
    return rows, errors


# ----- in process: one QApplication, the main window on the large database ------------

IMMORTAL = (None, True, False)


def keep_singletons_alive() -> None:
    """Python 3.12 made None, True and False immortal; before it, a binding that loses
    references to them (PySide6 6.12.0 does, converting QVariant) ends the process with
    «Fatal Python error: none_dealloc» after enough repaints. Lend them 2**32 references so
    that the benchmark can finish; the «references lost» row still shows the leak."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in IMMORTAL:
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 32


def lost_references(action: Callable[[], object], settle: Callable[[], object],
                    calls: int = 20) -> float:
    """How many references to None the action loses per call (0 when none)."""
    if sys.version_info >= (3, 12):
        return 0.0  # immortal: nothing to lose, sys.getrefcount(None) is constant
    action()
    settle()
    before = sys.getrefcount(None)
    for _ in range(calls):
        action()
        settle()
    return max(0.0, (before - sys.getrefcount(None)) / calls)


_cpu: list[float] = []  # the process's CPU time in each run of the last repeat()


def repeat(action: Callable[[], object], runs: int, settle: Callable[[], object]) -> list[float]:
    samples = []
    _cpu.clear()
    for _ in range(runs):
        cpu = time.process_time()
        started = time.perf_counter()
        action()
        settle()
        samples.append(time.perf_counter() - started)
        _cpu.append(time.process_time() - cpu)
    return samples


def cpu_note(samples: list[float] | None = None) -> str:
    """The median CPU time of the process (all its threads) in the last repeat(), or of
    ``samples``: on a loaded machine the wall time grows, this hardly does."""
    samples = _cpu if samples is None else samples
    return f"CPU {statistics.median(samples) * 1000:.1f} ms" if samples else ""


def in_process_rows(db: Path, work: Path, runs: int) -> tuple[list[Row | str], list[str]]:
    os.environ["XDG_CONFIG_HOME"] = str(work / "config-in-process")
    os.environ["COMMISSION_SECRETARY_HOME"] = str(work / "home-in-process")
    rows: list[Row | str] = []
    many = max(runs, 20)

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(work / "config-in-process"))
    from desktop_app.views.app import create_application
    from desktop_app.views.forms import to_qdate
    from desktop_app.views.main_window import MainWindow

    keep_singletons_alive()
    app = create_application()
    window = MainWindow()
    window.show()
    app.processEvents()
    settle = app.processEvents  # the views repaint: what the user waits for

    started = time.perf_counter()
    if not window.open_database(db):
        raise RuntimeError(f"the window could not open {db}")
    app.processEvents()
    rows.append(Row("first open in the window: open_database (bodies + first roster)",
                    (time.perf_counter() - started) * 1000, None, 1))

    from desktop_app.store.bodies import body_fields, list_bodies
    from desktop_app.store.roster import list_acts, printed_roster, roster_on

    with window.database.session() as session:
        bodies = list_bodies(session)
    largest = max(bodies, key=lambda b: b.member_count)
    rows.append(f"the largest body: «{largest.short_name}», {largest.member_count} members")

    # Opening a body's roster view (the start page is shown when the database opens).
    window.show_body(largest.id)
    window.tabs.setCurrentIndex(0)
    settle()
    window.refresh_roster()
    rows.append(Row("roster view: refresh_roster, largest body",
                    median_ms(repeat(window.refresh_roster, many, settle)), INTERACTION_TARGET_MS,
                    many))
    rows.append(Row("references to None lost per refresh_roster", lost_references(
        window.refresh_roster, settle), 10, 20, unit="refs",
        note="a steady loss ends Python < 3.12 (none_dealloc); a few come and go with caches"
        if sys.version_info < (3, 12) else ""))
    per_body = []
    for body in bodies:
        window.body_id = body.id
        per_body += repeat(window.refresh_roster, 1, settle)
    rows.append(Row(f"roster view: refresh_roster, each of the {len(bodies)} bodies",
                    median_ms(per_body), INTERACTION_TARGET_MS, len(per_body),
                    note=f"slowest {max(per_body) * 1000:.1f} ms"))
    window.body_id = largest.id
    window.refresh_roster()
    today = date.today()
    for name, query in (
        ("  of which body_fields", lambda s: body_fields(s, largest.id)),
        ("  of which roster_on", lambda s: roster_on(s, largest.id, today)),
        ("  of which list_acts", lambda s: list_acts(s, largest.id)),
    ):
        def timed(query=query):
            with window.database.session() as session:
                query(session)

        rows.append(Row(name, median_ms(repeat(timed, many, lambda: None)), None, many))
    with window.database.session() as session:
        acts = len(list_acts(session, largest.id))
    rows[-1].note = f"{acts} acts"

    # Filtering the roster.
    with window.database.session() as session:
        entries = roster_on(session, largest.id, today)
    word = entries[len(entries) // 2].last_name[:5].lower()
    typing = []
    for _ in range(runs):
        window.filter_edit.clear()
        settle()
        for length in range(1, len(word) + 1):
            typing += repeat(lambda n=length: window.filter_edit.setText(word[:n]), 1, settle)
    rows.append(Row(f"filter: typing «{word}», per keystroke", median_ms(typing),
                    INTERACTION_TARGET_MS, len(typing),
                    note=f"{window.roster_proxy.rowCount()} of {window.roster_model.rowCount()}"
                         " rows shown"))
    nothing, cleared = [], []
    for _ in range(many):
        nothing += repeat(lambda: window.filter_edit.setText("щъщъщ"), 1, settle)
        cleared += repeat(window.filter_edit.clear, 1, settle)
    rows.append(Row("filter: a word that matches nothing", median_ms(nothing),
                    INTERACTION_TARGET_MS, many))
    rows.append(Row("filter: clearing it", median_ms(cleared), INTERACTION_TARGET_MS, many))

    # The body list.
    rows.append(Row("body list: refresh_bodies (with the chosen body's roster)",
                    median_ms(repeat(window.refresh_bodies, many, settle)), INTERACTION_TARGET_MS,
                    many))

    def bodies_query():
        with window.database.session() as session:
            list_bodies(session)

    rows.append(Row("  of which list_bodies", median_ms(repeat(bodies_query, many, lambda: None)),
                    None, many))

    # The roster on a past date.
    window.body_id = largest.id
    window.refresh_roster()
    past = date(today.year - 5, today.month, min(today.day, 28))
    days = [past, past - timedelta(days=1)]
    past_samples = []
    for index in range(many):
        day = to_qdate(days[index % 2])
        past_samples += repeat(lambda day=day: window.date_edit.setDate(day), 1, settle)
    rows.append(Row(f"roster on a past date ({past:%d.%m.%Y}): date_edit.setDate",
                    median_ms(past_samples), INTERACTION_TARGET_MS, many,
                    note=f"{window.roster_model.rowCount()} members then"))
    window.date_edit.setDate(to_qdate(today))

    # The documents of the largest body.
    def roster_query():
        with window.database.session() as session:
            return printed_roster(session, largest.id, today)

    rows.append(Row("documents: printed_roster query",
                    median_ms(repeat(roster_query, many, lambda: None)), None, many))
    roster = roster_query()
    from desktop_app.documents.roster_docx import write_roster_docx
    from desktop_app.documents.roster_pdf import write_roster_pdf
    from desktop_app.documents.roster_xlsx import write_roster_xlsx

    for label, writer, target in (("PDF", write_roster_pdf, INTERACTION_TARGET_MS),
                                  ("DOCX", write_roster_docx, None),
                                  ("XLSX", write_roster_xlsx, None)):
        started = time.perf_counter()
        writer(roster, io.BytesIO())
        first = (time.perf_counter() - started) * 1000
        buffer = io.BytesIO()
        samples = repeat(lambda w=writer: w(roster, io.BytesIO()), many, lambda: None)
        writer(roster, buffer)
        rows.append(Row(f"documents: the roster as {label}, after a warm-up", median_ms(samples),
                        target, many, note=f"first call {first:.0f} ms; "
                                           f"{len(buffer.getvalue()) // 1024} KB"))

    errors: list[str] = []
    try:
        more, errors = meeting_rows(app, window, work, runs)
        rows += more
    except Exception:  # the roster's figures are kept when the meetings' part breaks
        errors.append(traceback.format_exc(limit=5))
    try:
        try:
            from benchmarks.control_figures import control_rows
        except ImportError:  # run as a script
            from control_figures import control_rows  # type: ignore[no-redef]

        more, control_errors = control_rows(app, window, many, Row, repeat, median_ms)
        rows += more
        errors += control_errors
    except Exception:
        errors.append(traceback.format_exc(limit=5))
    try:
        try:
            from benchmarks.plan_figures import plan_rows
        except ImportError:  # run as a script
            from plan_figures import plan_rows  # type: ignore[no-redef]

        more, plan_errors = plan_rows(app, window, many, Row, repeat, median_ms)
        rows += more
        errors += plan_errors
    except Exception:
        errors.append(traceback.format_exc(limit=5))
    try:
        try:
            from benchmarks.backup_figures import backup_rows
        except ImportError:  # run as a script
            from backup_figures import backup_rows  # type: ignore[no-redef]

        more, backup_errors = backup_rows(window.database.path, Row, median_ms)
        rows += more
        errors += backup_errors
    except Exception:
        errors.append(traceback.format_exc(limit=5))

    window.close()
    app.processEvents()
    return rows, errors


# ----- meetings: the list of a body's meetings, a meeting opened, the protocol PDF ------


@dataclass(frozen=True)
class MeetingSubjects:
    """What the meeting figures are taken on, chosen from the generated database."""

    body_id: int
    body_name: str
    year: int  # the body's busiest year
    in_year: int
    in_all: int
    years: int
    meeting_id: int  # a signed meeting as near as there is to 10 items, 30 decisions, 25 present
    label: str  # «№ 3 от 15.03.2019, «КДН и ЗП (Белово)»»
    meeting_body_id: int
    items: int
    decisions: int
    present: int
    members: int
    invited: int
    form: str
    protocol_form: str


def meeting_subjects(path: Path) -> MeetingSubjects | None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meeting" not in tables:
            return None
        busiest = connection.execute(
            "SELECT body_id, year, count(*) FROM meeting GROUP BY body_id, year "
            "ORDER BY count(*) DESC, body_id, year LIMIT 1").fetchone()
        if busiest is None:
            return None
        body_id, year, in_year = busiest
        in_all, years = connection.execute(
            "SELECT count(*), count(DISTINCT year) FROM meeting WHERE body_id = ?",
            (body_id,)).fetchone()
        name = connection.execute("SELECT short_name FROM body WHERE id = ?",
                                  (body_id,)).fetchone()[0]
        meeting = connection.execute(
            """
            WITH i AS (SELECT meeting_id, count(*) AS n FROM agenda_item GROUP BY meeting_id),
                 d AS (SELECT a.meeting_id, count(*) AS n FROM decision
                       JOIN agenda_item AS a ON a.id = decision.item_id GROUP BY a.meeting_id),
                 p AS (SELECT meeting_id, sum(present) AS n, count(*) AS total FROM attendance
                       GROUP BY meeting_id)
            SELECT m.id, m.body_id, m.number, m.day, i.n, d.n, p.n, p.total,
                   (SELECT count(*) FROM invitation AS v WHERE v.meeting_id = m.id),
                   m.form, m.protocol_form, b.short_name
            FROM meeting AS m JOIN i ON i.meeting_id = m.id JOIN d ON d.meeting_id = m.id
                 JOIN p ON p.meeting_id = m.id JOIN body AS b ON b.id = m.body_id
            WHERE m.status = 'signed'
            ORDER BY abs(i.n - 10) * 100 + abs(d.n - 30) * 10 + abs(p.n - 25),
                     m.form != 'in_person', m.protocol_form != 'full', m.id
            LIMIT 1
            """).fetchone()
    connection.close()
    if meeting is None:
        return None
    (meeting_id, meeting_body, number, day, items, decisions, present, members, invited,
     form, protocol_form, meeting_body_name) = meeting
    label = f"№ {number} от {date.fromisoformat(day):%d.%m.%Y}, «{meeting_body_name}»"
    return MeetingSubjects(body_id, name, year, in_year, in_all, years, meeting_id, label,
                           meeting_body, items, decisions, present, members, invited, form,
                           protocol_form)


def pdf_pages(content: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-z])", content))


def meeting_rows(app, window, work: Path, runs: int) -> tuple[list[Row | str], list[str]]:
    """The meetings' figures, each part on its own: a part that breaks (a view not written
    yet) is reported and the others are still measured."""
    rows: list[Row | str] = []
    errors: list[str] = []
    many = max(runs, 20)
    settle = app.processEvents
    database = window.database
    subjects = meeting_subjects(database.path)
    if subjects is None:
        return ["meetings: none in the database (generated with --no-meetings?)"], []
    s = subjects

    from desktop_app.store import meetings as store
    from desktop_app.store.protocol import protocol_data

    def store_samples(call: Callable, count: int = many) -> list[float]:
        def once():
            with database.session() as session:
                call(session)

        return repeat(once, count, lambda: None)

    def part(title: str, build: Callable[[], list[Row | str]]) -> None:
        try:
            rows.extend(build())
        except Exception:
            errors.append(f"{title}: {traceback.format_exc(limit=4)}")
            rows.append(Row(title, None, note="broke: see Failures below the table"))

    # ---- the list of a body's meetings -------------------------------------------------
    rows.append(f"meetings of the busiest body: «{s.body_name}», {s.in_year} meetings in "
                f"{s.year}, {s.in_all} in {s.years} years")

    def tab_queries(session):  # what the «Заседания» tab reads (MeetingsTab.refresh)
        store.meeting_years(session, s.body_id)
        store.quarter_overview(session, s.body_id, s.year)
        store.list_meetings(session, s.body_id, s.year)

    def list_store() -> list[Row | str]:
        return [
            Row("meetings list (store): meeting_years + quarter_overview + list_meetings",
                median_ms(store_samples(tab_queries)), INTERACTION_TARGET_MS, many,
                note=f"one year, {s.in_year} meetings"),
            Row("  of which list_meetings, one year",
                median_ms(store_samples(lambda x: store.list_meetings(x, s.body_id, s.year))),
                None, many),
            Row("  of which quarter_overview",
                median_ms(store_samples(lambda x: store.quarter_overview(x, s.body_id, s.year))),
                None, many),
            Row(f"meetings list (store): list_meetings, all {s.years} years",
                median_ms(store_samples(lambda x: store.list_meetings(x, s.body_id))),
                INTERACTION_TARGET_MS, many, note=f"{s.in_all} meetings"),
            Row("body list (store): short_quarters, all bodies",
                median_ms(store_samples(lambda x: store.short_quarters(x, s.year))),
                INTERACTION_TARGET_MS, many, note=f"year {s.year}; the body list shows them"),
        ]

    part("meetings list (store)", list_store)

    def meetings_tab() -> list[Row | str]:
        tab = getattr(window, "meetings_tab", None)
        if tab is None:
            from desktop_app.views.meetings_tab import MeetingsTab

            tab = MeetingsTab()
            tab.resize(1000, 600)
            tab.show()
        else:
            window.tabs.setCurrentWidget(tab)
        settle()
        tab.set_body(database, s.body_id)
        tab.choose_year(s.year)
        settle()
        shown = tab.table.rowCount()
        refresh = median_ms(repeat(tab.refresh, many, settle))
        refresh_cpu = cpu_note()
        other = s.year - 1
        switching, switching_cpu = [], []
        for index in range(many):
            year = other if index % 2 == 0 else s.year
            switching += repeat(lambda y=year: tab.choose_year(y), 1, settle)
            switching_cpu += _cpu
        tab.choose_year(s.year)
        settle()
        return [
            Row("«Заседания» tab: refresh, busiest year", refresh, INTERACTION_TARGET_MS, many,
                note=f"{shown} meetings shown; {refresh_cpu}"),
            Row("«Заседания» tab: choosing another year", median_ms(switching),
                INTERACTION_TARGET_MS, many,
                note=f"{s.year} ↔ {other}; {cpu_note(switching_cpu)}"),
        ]

    part("«Заседания» tab", meetings_tab)

    # ---- a meeting opened ---------------------------------------------------------------
    rows.append(f"a meeting: {s.label}: {s.items} items, {s.decisions} decisions, "
                f"{s.present} of {s.members} members present, {s.invited} invited "
                f"({s.form}, {s.protocol_form} form, signed)")
    mid = s.meeting_id
    calls: list[tuple[str, Callable]] = [
        ("meeting_state", lambda x: store.meeting_state(x, mid)),
        ("agenda_items", lambda x: store.agenda_items(x, mid)),
        ("attendance", lambda x: store.attendance(x, mid)),
        ("quorum", lambda x: store.quorum(x, mid)),
        ("invitations", lambda x: store.invitations(x, mid)),
        ("list_proposals", lambda x: store.list_proposals(x, s.meeting_body_id, mid)),
        ("protocol_data(live=True)", lambda x: protocol_data(x, mid, live=True)),
    ]

    def open_store() -> list[Row | str]:
        def everything(session):
            for _name, call in calls:
                call(session)

        value = median_ms(store_samples(everything))
        out: list[Row | str] = [
            Row(f"open a meeting (store): the {len(calls)} calls below in one session", value,
                INTERACTION_TARGET_MS, many, note=cpu_note())]
        for name, call in calls:
            out.append(Row(f"  of which {name}", median_ms(store_samples(call)), None, many))
        return out

    part("open a meeting (store)", open_store)

    def open_window() -> list[Row | str]:
        from PySide6.QtCore import QEvent

        from desktop_app.views.meeting_window import MeetingWindow

        def close(meeting_window) -> None:
            meeting_window.close()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settle()

        started = time.perf_counter()
        first = MeetingWindow(database, mid, window)
        first.show()
        settle()
        cold = (time.perf_counter() - started) * 1000
        close(first)
        samples, cpu = [], []
        for _ in range(many):
            started_cpu = time.process_time()
            started = time.perf_counter()
            opened = MeetingWindow(database, mid, window)
            opened.show()
            settle()
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            close(opened)
        opened = MeetingWindow(database, mid, window)
        opened.show()
        settle()
        out: list[Row | str] = [
            Row("meeting window: open (build, fill every tab, show)", median_ms(samples),
                INTERACTION_TARGET_MS, many,
                note=f"first open {cold:.0f} ms (imports); {cpu_note(cpu)}"),
            Row("meeting window: refresh (after every change)",
                median_ms(repeat(opened.refresh, many, settle)), INTERACTION_TARGET_MS, many,
                note=cpu_note()),
        ]
        state = opened.state
        for index, tab in enumerate(opened.meeting_tabs):
            title = opened.tabs.tabText(index).replace("&", "")
            value = median_ms(repeat(lambda t=tab: t.refresh(state), many, settle))
            out.append(Row(f"  of which the «{title}» tab: refresh", value,
                           TAB_REFRESH_TARGET_MS, many, note=cpu_note()))
        close(opened)
        return out

    part("meeting window", open_window)

    # ---- the protocol: in process, and LibreOffice from DOCX ------------------------------
    def protocol() -> list[Row | str]:
        from desktop_app.documents.meeting_export import meeting_pdf_bytes, write_meeting_document

        out: list[Row | str] = []
        out.append(Row("protocol_data, the kept version (what printing reads)",
                       median_ms(store_samples(lambda x: protocol_data(x, mid))), None, many))
        with database.session() as session:
            data = protocol_data(session, mid)
        started = time.perf_counter()
        content = meeting_pdf_bytes("protocol", data)
        first = (time.perf_counter() - started) * 1000
        samples = repeat(lambda: meeting_pdf_bytes("protocol", data), many, lambda: None)
        pdf = median_ms(samples)
        pages = pdf_pages(content)
        out.append(Row("documents: the protocol as PDF, after a warm-up", pdf,
                       PROTOCOL_PDF_TARGET_MS, many,
                       note=f"first call {first:.0f} ms; {pages} pages, "
                            f"{len(content) // 1024} KB; {cpu_note()}"))
        docx = work / "protocol.docx"
        started = time.perf_counter()
        write_meeting_document("protocol", data, docx)
        first = (time.perf_counter() - started) * 1000
        docx_samples = repeat(lambda: write_meeting_document("protocol", data, docx), many,
                              lambda: None)
        out.append(Row("documents: the protocol as DOCX, after a warm-up",
                       median_ms(docx_samples), None, many,
                       note=f"first call {first:.0f} ms; {docx.stat().st_size // 1024} KB"))
        out += libreoffice_rows(docx, work, runs, pdf)
        return out

    part("the protocol", protocol)
    return rows, errors


def libreoffice_rows(docx: Path, work: Path, runs: int, pdf_ms: float) -> list[Row]:
    """``soffice --headless --convert-to pdf`` of the protocol's DOCX: whole processes, after a
    warm-up run that creates LibreOffice's profile (in the temporary folder)."""
    import shutil

    name = "LibreOffice headless: the same protocol, DOCX → PDF"
    ratio_name = "  LibreOffice ÷ the program's protocol PDF"
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        why = "soffice not installed (apt-get install libreoffice-writer-nogui)"
        return [Row(name, None, None, 0, note=why, skipped=True),
                Row(ratio_name, None, LIBREOFFICE_RATIO_TARGET, 0, unit="×", at_least=True,
                    note=why, skipped=True)]
    out_dir = work / "libreoffice"
    out_dir.mkdir(exist_ok=True)
    target = out_dir / (docx.stem + ".pdf")
    argv = [soffice, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
            "--norestore", "--nologo", "--nodefault", "--convert-to", "pdf", "--outdir",
            str(out_dir), str(docx)]
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # LibreOffice's own VCL plug-in, headless
    samples = []
    warm_up = 0.0
    count = max(3, runs)
    for attempt in range(count + 1):
        target.unlink(missing_ok=True)
        started = time.perf_counter()
        result = subprocess.run(argv, capture_output=True, text=True, timeout=300, env=env)
        elapsed = time.perf_counter() - started
        if result.returncode != 0 or not target.exists():
            raise RuntimeError(f"{' '.join(argv)} exited with {result.returncode}: "
                               f"{(result.stderr or result.stdout).strip()[-300:]}")
        if attempt:
            samples.append(elapsed)
        else:
            warm_up = elapsed * 1000
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True,
                             timeout=120, env=env).stdout.split()
    version = " ".join(version[:2]) if version else "LibreOffice"
    value = median_ms(samples)
    pages = pdf_pages(target.read_bytes())
    return [Row(name, value, None, count,
                note=f"{version}; warm-up run (new profile) {warm_up:.0f} ms; {pages} pages"),
            Row(ratio_name, value / pdf_ms if pdf_ms else None, LIBREOFFICE_RATIO_TARGET, count,
                unit="×", at_least=True, note="measured side by side in this run")]


# ----- the report ----------------------------------------------------------------------


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # Windows
        return "?"


def machine(load: str) -> dict[str, str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from sqlalchemy import __version__ as sqlalchemy_version

    try:
        cpus = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        cpus = ""
    cpus = cpus or str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                       else os.cpu_count())
    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "load": load,
        "machine": f"{platform.platform()}; nproc {cpus}; {model}".rstrip("; "),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": f"PySide6 {pyside_version}, Qt {qVersion()}, "
              f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}",
        "sqlalchemy": f"SQLAlchemy {sqlalchemy_version}, SQLite {sqlite3.sqlite_version}",
    }


OVERDUE_SQL = (
    "SELECT count(*) FROM assignment WHERE status = 'on_control' AND deadline < date('now')"
)


def database_summary(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        def count(sql: str) -> int:
            return connection.execute(sql).fetchone()[0]

        summary = (
            f"bodies {count('SELECT count(*) FROM body')}, "
            f"people {count('SELECT count(*) FROM person')}, "
            f"acts {count('SELECT count(*) FROM roster_act')}, "
            f"memberships {count('SELECT count(*) FROM membership')} "
            f"({count('SELECT count(*) FROM membership WHERE end_date IS NULL')} current)"
        )
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meeting" in tables:
            signed = "SELECT count(*) FROM meeting WHERE status = 'signed'"
            summary += (
                f", meetings {count('SELECT count(*) FROM meeting')} "
                f"({count(signed)} signed), "
                f"agenda items {count('SELECT count(*) FROM agenda_item')}, "
                f"decisions {count('SELECT count(*) FROM decision')}, "
                f"attendance marks {count('SELECT count(*) FROM attendance')}, "
                f"ballots {count('SELECT count(*) FROM ballot_vote')}, "
                f"deliveries {count('SELECT count(*) FROM delivery')}, "
                f"protocol versions {count('SELECT count(*) FROM protocol_version')}"
            )
        if "assignment" in tables:
            summary += (
                f", assignments {count('SELECT count(*) FROM assignment')} "
                f"({count(OVERDUE_SQL)} overdue), "
                f"reports {count('SELECT count(*) FROM assignment_report')}, "
                f"extensions {count('SELECT count(*) FROM deadline_extension')}"
            )
    connection.close()
    return f"{summary}; {path.stat().st_size / 1_048_576:.1f} MB"


def markdown(table: str, info: dict[str, str], database: str, runs: int, errors: list[str]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `benchmarks/run.py` (`make bench`); run it again to refresh the figures.",
        "Each figure is a median; start-up figures are whole processes (wall time, after one",
        "warm-up run), the others are measured in one process with the main window open on",
        "the large database, the views repainted (`processEvents`) inside each measurement.",
        "LibreOffice's conversion is a whole `soffice --headless --convert-to pdf` process,",
        "timed in the same run as the program's own protocol PDF.",
        "How the figures are taken, and what the SLOW, LEAK and CRASHED ones come from:",
        "`benchmarks/README.md`.",
        "",
        f"- date: {datetime.now():%Y-%m-%d %H:%M}",
        f"- machine: {info['machine']}; load average before the run: {info['load']}",
        f"- python: {info['python']}",
        f"- qt: {info['qt']}",
        f"- database engine: {info['sqlalchemy']}",
        f"- large database: {database}",
        f"- runs: {runs} per start-up figure, max({runs}, 20) per in-process figure",
        "",
        "```text",
        table,
        "```",
    ]
    if errors:
        lines += ["", "Failures:", "", *(f"- {e}" for e in errors)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--db", type=Path, help="reuse this large database (generated if absent)")
    parser.add_argument("--markdown", type=Path, default=ROOT / "BENCHMARKS.md",
                        help="where to write the table (default BENCHMARKS.md)")
    parser.add_argument("--no-markdown", action="store_true", help="only print the table")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    load = load_average()  # other work on the machine skews the figures

    with tempfile.TemporaryDirectory(prefix="commission-bench-") as temp:
        work = Path(temp)
        db = args.db.resolve() if args.db else work / "large.sqlite3"
        generated = "reused"
        if db.exists():
            print(f"Reusing {db}: {database_summary(db)}")
        else:
            # In its own process, so that this one starts cold (nothing imported yet).
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--out", str(db)],
                cwd=ROOT, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                print("The large database could not be generated.")
                return 0
            print(result.stdout.strip())
            generated = f"generated in {elapsed:.1f} s (process wall time)"
            print(f"Generation: {generated}")
        summary = f"{database_summary(db)}, {generated}"

        rows: list[Row | str] = ["start-up (separate processes)"]
        errors: list[str] = []
        try:
            startup, errors = startup_rows(db, work, runs)
            rows += startup
        except Exception:  # a benchmark that breaks is reported, not raised
            errors.append(traceback.format_exc(limit=3))
        rows.append("in process (one QApplication, the main window on the large database)")
        try:
            in_process, more = in_process_rows(db, work, runs)
            rows += in_process
            errors += more
        except Exception:
            errors.append(traceback.format_exc(limit=5))

        table = format_table(rows)
        print()
        print(table)
        for error in errors:
            print(f"FAILED: {error}", file=sys.stderr)
        slow = [r.name.strip() for r in rows if isinstance(r, Row) and r.verdict == "SLOW"]
        if slow:
            print(f"\nSLOW: {'; '.join(slow)}")
        if not args.no_markdown:
            info = machine(load)
            args.markdown.write_text(markdown(table, info, summary, runs, errors),
                                     encoding="utf-8")
            print(f"\nWritten to {args.markdown}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip the interpreter's teardown of the Qt objects: with PySide6 6.12.0 it can crash
    # (see BENCHMARKS.md), and a benchmark exits 0 once its figures are out.
    os._exit(code)
