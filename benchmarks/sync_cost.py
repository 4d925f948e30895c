"""What ``PRAGMA synchronous=FULL`` would cost against the program's ``NORMAL`` (WAL mode).

NORMAL in WAL mode survives a killed process (tests/test_crash_safety.py) but a power
cut may lose the last transactions committed before it (never the file's consistency);
FULL syncs the WAL to the disk at every commit, so a committed transaction survives a power
cut too. Figures, not a test:

    .venv/bin/python -X utf8 benchmarks/sync_cost.py [--folder DIR] [--commits 200]

DIR should be on the disk the database lives on (fsync costs what the disk makes it cost:
an SSD well under a millisecond, a hard disk or a network share ten and more).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, select

from desktop_app.store import plans
from desktop_app.store.database import Database
from desktop_app.store.example import load_example
from desktop_app.store.models import Plan, PlanItem, PlanItemExecutor


def _open(path: Path, synchronous: str) -> Database:
    database = Database(path)

    def set_synchronous(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")

    event.listen(database.engine, "connect", set_synchronous)
    database.engine.dispose()
    with database.session() as session:
        got = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    assert got == {"NORMAL": 1, "FULL": 2}[synchronous], got
    return database


def measure(folder: Path, synchronous: str, commits: int) -> dict[str, float]:
    path = folder / f"sync-{synchronous.lower()}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Database(path).close()  # the schema, outside the figures
    database = _open(path, synchronous)
    started = time.perf_counter()
    with database.session() as session:
        load_example(session)
    example = time.perf_counter() - started
    with database.session() as session:
        executors = session.execute(
            select(PlanItemExecutor.item_id, PlanItemExecutor.unit_id, Plan.first_year)
            .join(PlanItem, PlanItem.id == PlanItemExecutor.item_id)
            .join(Plan, Plan.id == PlanItem.plan_id)
        ).all()
    rng = random.Random(1)
    times = []
    for number in range(commits):
        item_id, unit_id, year = rng.choice(executors)
        fields = plans.ReportFields(fact=float(number % 40), text=f"Отчет {number}")
        started = time.perf_counter()
        with database.session() as session:
            plans.save_report(session, item_id, unit_id, year, rng.randint(1, 4), fields)
        times.append(time.perf_counter() - started)
    database.close()
    times.sort()
    return {
        "example": example,
        "median": statistics.median(times),
        "p90": times[int(len(times) * 0.9)],
        "max": times[-1],
    }


def raw_commit(folder: Path, synchronous: str, commits: int = 300) -> float:
    """One row per transaction with plain sqlite3: the commit alone, without the store."""
    import sqlite3

    path = folder / f"raw-{synchronous.lower()}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("CREATE TABLE IF NOT EXISTS t(x)")
    started = time.perf_counter()
    for number in range(commits):
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t VALUES (?)", (number,))
        connection.execute("COMMIT")
    elapsed = (time.perf_counter() - started) / commits
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, help="where to make the databases")
    parser.add_argument("--commits", type=int, default=200)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="sync-cost-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {}
    for _ in range(2):  # twice, alternating, so that neither gets a cold disk alone
        for mode in ("NORMAL", "FULL"):
            result = measure(folder, mode, args.commits)
            best = results.get(mode)
            result["raw"] = raw_commit(folder, mode)
            results[mode] = (
                result if best is None else {k: min(v, best[k]) for k, v in result.items()}
            )
    print(f"folder {folder}, {args.commits} commits of a quarterly plan report each")
    print(
        "| synchronous | a bare SQLite commit | a store commit, median | 90 % | slowest "
        "| the example (one transaction) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for mode, r in results.items():
        print(
            f"| {mode} | {r['raw'] * 1000:.2f} ms | {r['median'] * 1000:.1f} ms | "
            f"{r['p90'] * 1000:.1f} ms | {r['max'] * 1000:.1f} ms | {r['example']:.2f} s |"
        )
    if not args.folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
