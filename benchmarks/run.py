"""The benchmark table: start-up of the program against a bare PySide6 window, and the
roster, filter, body list, past-date and document timings on a large database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--runs 5] [--db FILE]

Without ``--db`` the large database (benchmarks/generate.py: 50 bodies, 5 000 people, ten
years of history) is generated into a temporary folder; with ``--db`` an existing file is
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

STARTUP_RATIO_TARGET = 1.5
INTERACTION_TARGET_MS = 100.0


@dataclass
class Row:
    name: str
    value: float | None  # milliseconds, or the ratio when unit is "×"
    target: float | None = None  # None: informative
    runs: int = 0
    unit: str = "ms"
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "FAILED"
        if self.target is None:
            return ""
        if self.value <= self.target:
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
            target = f"≤ {self.target:g}×"
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


def repeat(action: Callable[[], object], runs: int, settle: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        settle()
        samples.append(time.perf_counter() - started)
    return samples


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

    # Opening a body's roster view.
    window.body_id = largest.id
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

    window.close()
    app.processEvents()
    return rows, []


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
