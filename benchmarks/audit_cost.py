"""What the audit trail costs (figures, not a test): the example loaded with the trail off
(as the program loads it) and with it on; an executor's quarterly reports saved with and
without the trail; the journal's search and a record's history on a trail of
``--entries`` rows.

    .venv/bin/python benchmarks/audit_cost.py [--runs 3] [--entries 200000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from desktop_app.domain.fields import fold  # noqa: E402
from desktop_app.store import audit  # noqa: E402
from desktop_app.store.database import Database  # noqa: E402
from desktop_app.store.example import _load_example, load_example  # noqa: E402
from desktop_app.store.models import AuditEntry, PlanItem, PlanItemExecutor  # noqa: E402
from desktop_app.store.plans import ReportFields, plans, save_report  # noqa: E402


def best(runs: int, work) -> tuple[float, float]:
    """The best wall and processor time of ``runs`` calls of ``work()`` (which may return
    a setup-free callable's own figures)."""
    wall, cpu = [], []
    for _ in range(runs):
        w, c = work()
        wall.append(w)
        cpu.append(c)
    return min(wall), min(cpu)


def timed(call) -> tuple[float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - started, time.process_time() - started_cpu


def example(folder: Path, audited: bool) -> tuple[float, float]:
    database = Database(folder / f"example-{audited}-{time.monotonic_ns()}.sqlite3")
    try:
        with database.session() as session:
            loader = _load_example if audited else load_example
            figures = timed(lambda: loader(session, meetings=True, plans=None))
        with database.session() as session:
            entries = session.query(AuditEntry).count()
        print(f"    example {'with' if audited else 'without'} the trail: {entries} entries")
        return figures
    finally:
        database.close()


def quarter_reports(folder: Path) -> None:
    """One executor's reports for a quarter, saved as the reports' dialog saves them: every
    measure of the plan the executor takes part in, one transaction."""
    database = Database(folder / "reports.sqlite3")
    with database.session() as session:
        body_id = load_example(session)
    with database.session() as session:
        plan = plans(session, body_id)[0]
        rows = session.execute(
            select(PlanItemExecutor.unit_id, PlanItem.id)
            .join(PlanItem, PlanItem.id == PlanItemExecutor.item_id)
            .where(PlanItem.plan_id == plan.id, PlanItem.fact_registry.is_(None))
        ).all()
        plan_id, year = plan.id, plan.first_year
    by_unit: dict[int, list[int]] = {}
    for unit_id, item_id in rows:
        by_unit.setdefault(unit_id, []).append(item_id)
    unit_id, items = max(by_unit.items(), key=lambda pair: len(pair[1]))
    plain = sessionmaker(database.engine, expire_on_commit=False)  # no trail installed

    def save(sessions, quarter: int, fact: float):
        def work():
            with sessions() as session, session.begin():
                for item_id in items:
                    save_report(
                        session,
                        item_id,
                        unit_id,
                        year,
                        quarter,
                        ReportFields(fact=fact, text="Проведено", reported_on=date(year, 10, 3)),
                    )

        return work

    for label, sessions in (("without", plain), ("with", database._sessions)):
        figures = []
        for attempt in range(5):  # a new report, then a change of it, by turns
            figures.append(timed(save(sessions, 1 + attempt % 4, attempt + 1)))
        wall = min(f[0] for f in figures)
        print(
            f"  quarterly reports of one executor ({len(items)} measures of plan {plan_id}) "
            f"{label} the trail: {wall * 1000:.1f} ms"
        )
    database.close()


WORDS = (
    "протокол заседания решение срок исполнитель отчет квартал рабочая группа "
    "бережливое управление администрация отдел экономики образование культура"
).split()


def journal(folder: Path, count: int) -> None:
    database = Database(folder / "journal.sqlite3")
    rng = random.Random(1)
    start = datetime(2016, 1, 1)
    rows = []
    for n in range(count):
        title = f"Протокол № {rng.randint(1, 12)} от {rng.randint(1, 28):02d}.03.20{rng.randint(16, 26)}"
        old = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
        new = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
        rows.append(
            {
                "at": start + timedelta(minutes=n * 25),
                "user": rng.choice(("secretary", "ivanova", "petrov")),
                "body_id": rng.randint(1, 50),
                "subject_kind": audit.MEETING,
                "subject_id": rng.randint(1, 3300),
                "subject_title": title,
                "detail": f"вопрос {rng.randint(1, 10)}",
                "action": "update",
                "field": "Решение",
                "old_value": old,
                "new_value": new,
                "search_text": fold(" ".join((title, old, new))),
            }
        )
    with database.engine.begin() as connection:
        connection.execute(insert(AuditEntry.__table__), rows)
    print(f"  a trail of {count} entries:")
    with database.session() as session:
        for label, call in (
            ("the latest 500", lambda: audit.search(session)),
            ("a common word", lambda: audit.search(session, "РЕШЕНИЕ")),
            ("a rare pair of words", lambda: audit.search(session, "культура протокол № 7")),
            ("nothing found", lambda: audit.search(session, "ёлочка")),
            ("one body", lambda: audit.search(session, "отдел", body_id=7)),
            (
                "a month",
                lambda: audit.search(
                    session, "", date_from=date(2020, 3, 1), date_to=date(2020, 3, 31)
                ),
            ),
            ("a record's history", lambda: audit.history(session, audit.MEETING, 1234)),
        ):
            wall = min(timed(call)[0] for _ in range(3))
            print(f"    {label}: {len(call())} rows in {wall * 1000:.1f} ms")
    database.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--entries", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print("The example «Открыть пример» (best of runs):")
        for audited in (False, True):
            wall, cpu = best(args.runs, lambda audited=audited: example(folder, audited))
            print(
                f"  {'with' if audited else 'without'} the trail: {wall:.3f} s "
                f"({cpu:.3f} s of processor time)"
            )
        quarter_reports(folder)
        journal(folder, args.entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
