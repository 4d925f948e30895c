"""The writer that tests/test_crash_safety.py kills: a zygote that imports the store once
and forks a child per command; the child writes to the database through the real store
functions until it is killed (SIGKILL) by the test.

    python tests/crash_writer.py DATABASE

Commands come on stdin, one a line: ``MODE RUN SEED [FOLDER]``; ``quit`` ends the zygote.

* ``mix``    — short transactions of every kind (a member, a decision with the minutes, a
  quarterly plan report, an assignment with its report of execution) and now and then a
  long one;
* ``bulk``   — only long transactions: a whole plan of measures (what ``import plan``
  stores) or a new commission with a roster of ``BULK_MEMBERS`` people by one act;
* ``backup`` — online backups of the database into FOLDER, one after another;
* ``create`` — a new database FOLDER (a file name here): every migration, then the example.

The zygote answers ``started PID`` once the child runs and ``ended PID STATUS`` once it is
gone. The child writes to the same stdout, one line per transaction, with ``os.write``
(unbuffered, so a line is never lost with the process):

    begin KIND MARKER KEY       before the transaction starts
    committing KIND MARKER KEY  all written (flushed), the COMMIT comes next
    commit KIND MARKER KEY      right after ``database.session()`` committed

MARKER (``crash-r<RUN>-s<SEQ>``) is stored in the records the transaction writes, so the
test finds them again with plain sqlite3; KEY names the record a transaction overwrites
(the minutes of an agenda item, a plan report of an executor for a quarter) or ``-``.

POSIX only (``os.fork``). A fork never inherits an open database connection: the zygote
reads what the children need and closes its engine before the first fork.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sqlite3
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.body import BodyFields
from desktop_app.domain.person import PersonFields
from desktop_app.domain.plan import PlanData
from desktop_app.domain.vocabulary import ActKind, BodyKind, Role
from desktop_app.store import assignments, bodies, meetings, plans, roster
from desktop_app.store.database import Database
from desktop_app.store.example import load_example_data
from desktop_app.store.example_plans import example_plans
from desktop_app.store.models import Meeting, Plan, PlanItem, PlanItemExecutor

BULK_MEMBERS = 40
BACKUP_PAGES_PER_STEP = 8


@dataclasses.dataclass(frozen=True)
class Context:
    """What the children write to, read once by the zygote."""

    body_id: int
    agenda_items: tuple[int, ...]  # the items of a meeting not signed yet
    plan_executors: tuple[tuple[int, int, int, int], ...]  # item, unit, first, last year
    plan: PlanData  # the plan a long transaction stores again under a new title


def read_context(path: Path) -> Context:
    database = Database(path)
    try:
        with database.session() as session:
            body_id = session.scalar(
                select(Meeting.body_id).where(Meeting.status == "held").limit(1)
            )
            meeting_id = session.scalar(
                select(Meeting.id).where(Meeting.status == "held").order_by(Meeting.id).limit(1)
            )
            items = tuple(row.id for row in meetings.agenda_items(session, meeting_id))
            executors = tuple(
                session.execute(
                    select(
                        PlanItemExecutor.item_id,
                        PlanItemExecutor.unit_id,
                        Plan.first_year,
                        Plan.last_year,
                    )
                    .join(PlanItem, PlanItem.id == PlanItemExecutor.item_id)
                    .join(Plan, Plan.id == PlanItem.plan_id)
                    .where(Plan.body_id == body_id)
                    .order_by(PlanItemExecutor.item_id, PlanItemExecutor.unit_id)
                ).all()
            )
    finally:
        database.close()
    short_name = load_example_data()["body"]["short_name"]
    plan = next(data for body, data in example_plans() if body == short_name)
    if not items or not executors:
        raise RuntimeError("the database has no held meeting or no plan with executors")
    return Context(body_id, items, executors, plan)


# ----- one transaction of each kind -------------------------------------------------------------
# Each ``draw_*`` picks what to write and returns the key of the record the transaction
# overwrites (or "-") with the function that writes it in a session.
def draw_member(ctx: Context, rng: random.Random, marker: str):
    person = PersonFields(
        last_name=rng.choice(["Петров", "Сидоров", "Кузнецов", "Романов"]),
        first_name=rng.choice(["Иван", "Олег", "Павел"]),
        middle_name="Сергеевич",
        position=marker,
        organisation="администрация Беловского городского округа",
    )

    def write(session) -> None:
        roster.add_member(session, ctx.body_id, person, Role.MEMBER, date(2025, 1, 15))

    return "-", write


def draw_decision(ctx: Context, rng: random.Random, marker: str):
    item_id = rng.choice(ctx.agenda_items)
    fields = meetings.DecisionFields(
        text=f"Принять к сведению информацию ({marker}).",
        responsible="Отдел экономики",
        deadline_text="до 01.03.2025",
    )

    def write(session) -> None:
        meetings.add_decision(session, item_id, fields)
        meetings.update_minutes(session, item_id, f"Доклад {marker}", f"Обсуждение {marker}")

    return str(item_id), write


def draw_plan_report(ctx: Context, rng: random.Random, marker: str):
    item_id, unit_id, first, last = rng.choice(ctx.plan_executors)
    year, quarter = rng.randint(first, last), rng.randint(1, 4)
    fields = plans.ReportFields(fact=float(rng.randint(0, 50)), text=f"Отчет {marker}")

    def write(session) -> None:
        plans.save_report(session, item_id, unit_id, year, quarter, fields)

    return f"{item_id}/{unit_id}/{year}/{quarter}", write


def draw_assignment(ctx: Context, rng: random.Random, marker: str):
    fields = assignments.AssignmentFields(
        body_id=ctx.body_id,
        text=f"Представить информацию {marker}",
        executors="Отдел экономики, Управление образования",
        given_on=date(2025, 1, 10),
        deadline=date(2025, 3, 1),
        source="поручение председателя",
    )
    report = assignments.ReportFields(reported_on=date(2025, 2, 1), text=f"Исполнено {marker}")

    def write(session) -> None:
        assignment_id = assignments.create_assignment(session, fields)
        assignments.report_execution(session, assignment_id, report)

    return "-", write


def _letters(marker: str) -> str:
    """The digits of a marker as letters (a name holds letters only)."""
    return "".join("абвгдежзик"[int(c)] if c.isdigit() else "" for c in marker).capitalize()


def draw_roster_act(ctx: Context, rng: random.Random, marker: str):
    """A long transaction: a new commission with its roster of many people, as pasted
    from the act that creates it (a body of its own, so the roster stays of a real size)."""
    body = BodyFields(
        kind=BodyKind.COMMISSION,
        full_name=f"Комиссия по проверке {marker}",
        short_name=marker,
        organisation="Администрация Беловского городского округа",
        place="г. Белово",
        act_kind=ActKind.ORDER,
        act_number=marker,
        act_date=date(2025, 2, 3),
    )
    people = [
        (
            PersonFields(
                # a name of its own: add_members would take a namesake for the same person
                last_name=f"{rng.choice(['Новиков', 'Орлов', 'Волков'])}-{_letters(marker)}",
                first_name=rng.choice(["Иван", "Олег", "Павел"]),
                middle_name=f"Петрович{'а' * number}",
                position=marker,
            ),
            Role.CHAIR if number == 0 else Role.MEMBER,
        )
        for number in range(BULK_MEMBERS)
    ]
    act = roster.ActFields(ActKind.ORDER, marker, date(2025, 2, 3), "Создание комиссии")

    def write(session) -> None:
        body_id = bodies.create_body(session, body)
        roster.add_members(session, body_id, people, date(2025, 2, 3), act)

    return "-", write


def draw_plan(ctx: Context, rng: random.Random, marker: str):
    """A long transaction: a whole plan of measures, as ``import plan`` stores it."""
    data = dataclasses.replace(ctx.plan, title=marker)

    def write(session) -> None:
        plans.create_plan(session, ctx.body_id, data)

    return "-", write


DRAWS = {
    "member": draw_member,
    "decision": draw_decision,
    "plan_report": draw_plan_report,
    "assignment": draw_assignment,
    "roster_act": draw_roster_act,
    "plan": draw_plan,
}
MIX = ["member"] * 3 + ["decision"] * 3 + ["plan_report"] * 3 + ["assignment"] * 2
MIX += ["roster_act", "plan"]
BULK = ["roster_act", "plan"]


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def write_forever(path: Path, ctx: Context, mode: str, run: int, seed: int) -> None:
    rng = random.Random(seed)
    database = Database(path)
    kinds = MIX if mode == "mix" else BULK
    sequence = 0
    while True:
        kind = rng.choice(kinds)
        marker = f"crash-r{run}-s{sequence}"
        key, write = DRAWS[kind](ctx, rng, marker)
        _say(f"begin {kind} {marker} {key}")
        with database.session() as session:
            write(session)
            session.flush()  # what the commit does first; so the line below marks the COMMIT
            _say(f"committing {kind} {marker} {key}")
        _say(f"commit {kind} {marker} {key}")
        sequence += 1


def back_up_forever(path: Path, folder: Path, run: int) -> None:
    """Online backups one after another, through the program's own ``backup_to_file``
    (a copy is written under a temporary name and renamed when whole)."""
    try:
        from desktop_app.store.backup import backup_to_file
    except ImportError:  # before store/backup.py: plain SQLite online backup, the same way
        backup_to_file = _plain_backup
    sequence = 0
    while True:
        marker = f"crash-r{run}-s{sequence}"
        target = folder / f"{marker}.sqlite3"
        _say(f"begin backup {marker} {target.name}")
        backup_to_file(path, target)
        _say(f"commit backup {marker} {target.name}")
        sequence += 1


def _plain_backup(path: Path, target: Path) -> Path:
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(path)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy, pages=BACKUP_PAGES_PER_STEP)
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)
    return target


def create_database(path: Path) -> None:
    """What the program does with a new file: the schema from nothing (every migration),
    then the example, as ``demo`` does."""
    from desktop_app.store.example import load_example

    _say(f"begin create {path.name} -")
    database = Database(path)
    _say(f"committing create {path.name} -")
    with database.session() as session:
        load_example(session)
    _say(f"commit create {path.name} -")
    while True:  # wait for the kill
        time.sleep(1)


def _child(path: Path, ctx: Context, words: list[str]) -> None:
    mode, run, seed = words[0], int(words[1]), int(words[2])
    try:
        if mode == "backup":
            back_up_forever(path, Path(words[3]), run)
        elif mode == "create":
            create_database(Path(words[3]))
        else:
            write_forever(path, ctx, mode, run, seed)
    except BaseException:  # the test shows what broke the writer
        for line in traceback.format_exc().splitlines():
            _say(f"error {line}")
        os._exit(1)


def main() -> int:
    path = Path(sys.argv[1])
    ctx = read_context(path)
    _say("ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        pid = os.fork()
        if pid == 0:
            _child(path, ctx, words)
            os._exit(0)
        _say(f"started {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"ended {pid} {os.waitstatus_to_exitcode(status)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
