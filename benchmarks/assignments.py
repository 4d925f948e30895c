"""The control of decisions of the large benchmark database: the decisions of its signed
protocols on control as the store puts them there (``store.assignments.sync_with_protocol``
rules), plus instructions given between meetings, up to 200 000 assignments over ten years
of 50 bodies, with their reports of execution and deadline extensions.

Statuses follow the seed's discipline: almost everything older than its deadline is
executed (some late), a few are taken off control, a few hundred are overdue; the recent
ones are on control.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, text

from desktop_app.domain.assignment import (
    AssignmentStatus,
    Recurrence,
    parse_deadline_text,
    parse_schedule,
    split_executors,
)
from desktop_app.domain.fields import fold
from desktop_app.domain.meeting import decision_number
from desktop_app.store.assignments import protocol_source
from desktop_app.store.models import (
    Assignment,
    AssignmentExecutor,
    AssignmentReport,
    DeadlineExtension,
)

UNITS = [
    "управление экономического развития",
    "отдел информационных технологий",
    "управление образования",
    "управление культуры, спорта и молодежной политики",
    "управление социальной защиты населения",
    "комитет по управлению муниципальным имуществом",
    "управление жилищно-коммунального хозяйства",
    "финансовое управление",
    "отдел по труду и занятости",
    "управление архитектуры и градостроительства",
    "юридический отдел",
    "отдел кадров",
    "МКУ «Центр бухгалтерского обслуживания»",
    "МБУ «Информационно-методический центр»",
    "территориальное управление",
]

INSTRUCTIONS = [
    "Подготовить информацию о ходе реализации {topic} к очередному заседанию",
    "Представить предложения по совершенствованию {topic}",
    "Провести анализ исполнения мероприятий по направлению «{topic}» и доложить председателю",
    "Организовать обучение ответственных сотрудников по вопросам {topic}",
    "Разместить информацию о работе по направлению «{topic}» на официальном сайте",
    "Обеспечить представление отчетов исполнителей в установленный срок",
    "Подготовить проект распоряжения о внесении изменений в состав рабочей группы",
    "Направить в адрес исполнителей рекомендации по итогам мониторинга {topic}",
]

TOPICS = [
    "бережливого управления",
    "плана мероприятий",
    "снижения неформальной занятости",
    "охраны труда",
    "развития малого и среднего предпринимательства",
    "социального партнерства",
    "профилактики правонарушений",
    "доступной среды",
]

REPORTS = [
    "Исполнено. Информация направлена письмом от {day}.",
    "Исполнено: отчет рассмотрен на заседании рабочей группы.",
    "Мероприятие проведено {day}, материалы размещены на сайте.",
    "Предложения подготовлены и направлены председателю.",
    "Исполнено частично, остаток работ перенесен в план следующего года.",
]

EXTENSION_REASONS = [
    "по ходатайству исполнителя в связи с перераспределением нагрузки",
    "в связи с переносом сроков обучения",
    "до поступления сведений от подведомственных учреждений",
    "решение председателя рабочей группы",
]


@dataclass
class AssignmentCounts:
    assignments: int = 0
    from_protocols: int = 0
    executed: int = 0
    removed: int = 0
    overdue: int = 0
    on_control: int = 0
    reports: int = 0
    extensions: int = 0

    def describe(self) -> str:
        return (
            f"assignments {self.assignments} ({self.from_protocols} from protocols; "
            f"{self.executed} executed, {self.removed} removed, {self.overdue} overdue, "
            f"{self.on_control} on control), reports {self.reports}, "
            f"extensions {self.extensions}"
        )


class _Writer:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.counts = AssignmentCounts()
        self.assignments: list[dict] = []
        self.executors: list[dict] = []
        self.reports: list[dict] = []
        self.extensions: list[dict] = []

    def add(
        self,
        *,
        body_id: int,
        text_: str,
        source: str,
        given_on: date,
        deadline: date | None,
        names: list[str],
        schedule_kind: str | None = None,
        schedule_day: int | None = None,
        deadline_note: str = "",
        meeting_id: int | None = None,
        decision_id: int | None = None,
    ) -> None:
        rng, today = self.rng, self.today
        given_deadline = deadline  # before an extension: what the protocol said
        assignment_id = len(self.assignments) + 1
        status, closed_on, removal = AssignmentStatus.ON_CONTROL, None, ""
        reports: list[str] = []
        if deadline is not None and rng.random() < 0.05:
            new = deadline + timedelta(days=rng.randint(14, 90))
            self.extensions.append(
                {
                    "assignment_id": assignment_id,
                    "decided_on": min(deadline - timedelta(days=rng.randint(0, 7)), today),
                    "old_deadline": deadline,
                    "new_deadline": new,
                    "reason": rng.choice(EXTENSION_REASONS),
                }
            )
            deadline = new
        if deadline is not None and deadline < today - timedelta(days=20):
            draw = rng.random()
            if draw < 0.965:
                status = AssignmentStatus.EXECUTED
                late = rng.random() < 0.04
                closed_on = deadline + timedelta(
                    days=rng.randint(1, 25) if late else -rng.randint(0, 20)
                )
                closed_on = max(closed_on, given_on)
            elif draw < 0.995:
                status = AssignmentStatus.REMOVED
                closed_on = deadline + timedelta(days=rng.randint(0, 30))
                removal = "утратило актуальность"
            # else: overdue, left on control
        elif deadline is not None and deadline < today and rng.random() < 0.6:
            status = AssignmentStatus.EXECUTED
            closed_on = max(given_on, deadline - timedelta(days=rng.randint(0, 10)))
        if status is AssignmentStatus.EXECUTED:
            report = rng.choice(REPORTS).format(day=closed_on.strftime("%d.%m.%Y"))
            reports.append(report)
            self.reports.append(
                {
                    "assignment_id": assignment_id,
                    "reported_on": closed_on,
                    "period_deadline": deadline,
                    "text": report,
                    "accepted_by": "секретарь рабочей группы",
                    "file_name": "",
                    "stored_name": "",
                    "size": 0,
                    "sha256": "",
                }
            )
        self.assignments.append(
            {
                "id": assignment_id,
                "body_id": body_id,
                "decision_id": decision_id,
                "meeting_id": meeting_id,
                "source": source,
                "text": text_,
                "given_on": given_on,
                "deadline": deadline,
                "protocol_deadline": given_deadline if decision_id is not None else None,
                "schedule_kind": schedule_kind,
                "schedule_day": schedule_day,
                "schedule_month": 1 if schedule_kind else None,
                "deadline_note": deadline_note,
                "status": status.value,
                "closed_on": closed_on,
                "removal_reason": removal,
                "search_text": fold("\n".join([text_, source, deadline_note, *names, *reports])),
                "executors_text": fold("\n".join(names)),
            }
        )
        for position, name in enumerate(names):
            self.executors.append(
                {
                    "assignment_id": assignment_id,
                    "position": position,
                    "name": name,
                    "name_key": fold(name),
                    "person_id": None,
                    "lead": position == 0,
                }
            )
        counts = self.counts
        counts.assignments += 1
        counts.from_protocols += decision_id is not None
        if status is AssignmentStatus.EXECUTED:
            counts.executed += 1
        elif status is AssignmentStatus.REMOVED:
            counts.removed += 1
        elif deadline is not None and deadline < today:
            counts.overdue += 1
        else:
            counts.on_control += 1


def add_assignments(connection, rng: random.Random, today: date, total: int = 200_000):
    """Insert the assignments into the database the connection writes."""
    writer = _Writer(rng, today)
    decisions = connection.execute(
        text(
            "SELECT d.id, d.text, d.responsible, d.deadline, d.deadline_text, d.position,"
            " i.position AS item, m.id AS meeting, m.body_id, m.number, m.day"
            " FROM decision d JOIN agenda_item i ON i.id = d.item_id"
            " JOIN meeting m ON m.id = i.meeting_id"
            " WHERE m.status = 'signed' AND d.adopted AND d.responsible != ''"
            " AND (d.deadline IS NOT NULL OR d.deadline_text != '')"
            " ORDER BY m.day, i.position, d.position"
        )
    ).all()
    for row in decisions:
        day = date.fromisoformat(row.day)
        schedule = parse_schedule(row.deadline_text)
        deadline = date.fromisoformat(row.deadline) if row.deadline else None
        if deadline is None and schedule is None:
            deadline = parse_deadline_text(row.deadline_text)
        if schedule is not None:
            deadline = schedule.first_deadline(day)
            # A recurring report: its deadline moved on with each report.
            while deadline < today - timedelta(days=60) and rng.random() < 0.97:
                deadline = schedule.next_deadline(deadline)
        writer.add(
            body_id=row.body_id,
            text_=row.text,
            source=protocol_source(row.number, day, decision_number(row.item, row.position)),
            given_on=day,
            deadline=deadline,
            names=split_executors(row.responsible),
            schedule_kind=schedule.kind.value if schedule else None,
            schedule_day=schedule.day if schedule else None,
            deadline_note="" if row.deadline else row.deadline_text,
            meeting_id=row.meeting,
            decision_id=row.id,
        )
    bodies = connection.execute(text("SELECT id, act_date FROM body ORDER BY id")).all()
    people = [
        f"{last} {first[:1]}.{middle[:1]}."
        for last, first, middle in connection.execute(
            text("SELECT last_name, first_name, middle_name FROM person LIMIT 600")
        )
    ]
    first_day = today.replace(year=today.year - 10, month=1, day=1)
    span = (today - first_day).days
    while writer.counts.assignments < total:
        body_id = rng.choice(bodies).id
        given_on = first_day + timedelta(days=rng.randint(0, span))
        names = [rng.choice(UNITS)] + ([rng.choice(people)] if rng.random() < 0.5 else [])
        recurring = rng.random() < 0.03
        deadline = given_on + timedelta(days=rng.randint(7, 120))
        writer.add(
            body_id=body_id,
            text_=rng.choice(INSTRUCTIONS).format(topic=rng.choice(TOPICS)),
            source=f"поручение председателя от {given_on.strftime('%d.%m.%Y')}",
            given_on=given_on,
            deadline=deadline,
            names=names,
            schedule_kind=Recurrence.QUARTERLY.value if recurring else None,
            schedule_day=5 if recurring else None,
        )
    for model, rows in (
        (Assignment, writer.assignments),
        (AssignmentExecutor, writer.executors),
        (AssignmentReport, writer.reports),
        (DeadlineExtension, writer.extensions),
    ):
        for start in range(0, len(rows), 20_000):
            connection.execute(insert(model.__table__), rows[start : start + 20_000])
    writer.counts.reports = len(writer.reports)
    writer.counts.extensions = len(writer.extensions)
    connection.execute(text("INSERT INTO assignment_search(assignment_search) VALUES ('optimize')"))
    return writer.counts
