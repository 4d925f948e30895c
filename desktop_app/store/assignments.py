"""The control of decisions: assignments (поручения) put on control, their reports of
execution, deadline extensions, the lists and the figures of execution discipline.

A decision of a signed protocol with a responsible and a deadline becomes an assignment
when the protocol is signed (``sync_with_protocol``, called by the meeting store); an
amendment updates them. The secretary adds instructions given between meetings by hand.

The lists are fetched in pages (``list_assignments(offset, limit)``) with the same
``AssignmentQuery`` that ``count_assignments`` counts; the full-text search uses the FTS5
index of migration 0004 over the folded text (any case, ё = е).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from desktop_app.domain.assignment import (
    AssignmentLine,
    AssignmentsListData,
    AssignmentStatus,
    Discipline,
    ExecutionReportData,
    Recurrence,
    ReminderData,
    Schedule,
    StatusFilter,
    deadline_text,
    is_overdue,
    parse_deadline_text,
    parse_schedule,
    split_executors,
    status_label,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_text, fold
from desktop_app.domain.meeting import MeetingStatus, decision_number
from desktop_app.store.models import (
    AgendaItem,
    Assignment,
    AssignmentExecutor,
    AssignmentReport,
    Body,
    DeadlineExtension,
    Decision,
    Meeting,
    Person,
)

PAGE_SIZE = 200
TEXT_LIMIT = 10_000


# ----- writing ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AssignmentFields:
    """The form of an assignment given by hand (and what ``assignment_fields`` returns)."""

    body_id: int
    text: str
    executors: str  # «Романов В.В., отдел экономики»: the first is the lead
    given_on: date
    deadline: date | None = None
    schedule: Schedule | None = None  # a recurring deadline; ``deadline`` is then computed
    deadline_note: str = ""  # the deadline in words when there is no date: «постоянно»
    source: str = ""  # «поручение председателя от 12.03.2025»


def _check_fields(session: Session, fields: AssignmentFields) -> tuple[str, list[str], str]:
    if session.get(Body, fields.body_id) is None:
        raise ValidationError("выберите орган", "Орган")
    text_ = clean_text(fields.text, "Поручение", required=True, limit=TEXT_LIMIT)
    executors = split_executors(clean_text(fields.executors, "Ответственные", limit=2000))
    if not executors:
        raise ValidationError("укажите хотя бы одного ответственного", "Ответственные")
    if any(len(name) > 500 for name in executors):
        raise ValidationError("слишком длинное имя ответственного", "Ответственные")
    if fields.given_on is None:
        raise ValidationError("укажите дату поручения", "Дата поручения")
    if fields.deadline is not None and fields.deadline < fields.given_on:
        raise ValidationError("срок не может быть раньше даты поручения", "Срок")
    source = clean_text(fields.source, "Источник", limit=1000)
    clean_text(fields.deadline_note, "Срок", limit=200)
    return text_, executors, source


def _first_deadline(fields: AssignmentFields) -> date | None:
    if fields.schedule is not None:
        return fields.schedule.first_deadline(fields.given_on)
    return fields.deadline


def _set_executors(session: Session, assignment: Assignment, names: list[str]) -> None:
    people = _people_by_short_name(session, names)
    assignment.executors = [
        AssignmentExecutor(
            position=position,
            name=name,
            name_key=fold(name),
            person_id=people.get(name),
            lead=position == 0,
        )
        for position, name in enumerate(names)
    ]


_SHORT_NAME = re.compile(r"([А-ЯЁ][а-яё-]+)\s+([А-ЯЁ])\.\s*([А-ЯЁ])\.")


def _people_by_short_name(session: Session, names: list[str]) -> dict[str, int]:
    """The executors that name one person of the database as «Фамилия И.О.» (alone or in
    brackets after a unit): the reminder letter then addresses them by name."""
    wanted: dict[str, tuple[str, str, str]] = {}
    for name in names:
        matches = _SHORT_NAME.findall(name)
        if len(matches) == 1:
            wanted[name] = matches[0]
    if not wanted:
        return {}
    surnames = {last for last, _, _ in wanted.values()}
    candidates = session.execute(
        select(Person.id, Person.last_name, Person.first_name, Person.middle_name).where(
            Person.last_name.in_(surnames)
        )
    ).all()
    found = {}
    for name, (last, first, middle) in wanted.items():
        ids = [
            row.id
            for row in candidates
            if row.last_name == last
            and row.first_name[:1] == first
            and (row.middle_name or "")[:1] == middle
        ]
        if len(ids) == 1:
            found[name] = ids[0]
    return found


def _reindex(assignment: Assignment) -> None:
    parts = [assignment.text, assignment.source, assignment.deadline_note]
    parts += [executor.name for executor in assignment.executors]
    parts += [report.text for report in assignment.reports]
    parts += [extension.reason for extension in assignment.extensions]
    assignment.search_text = fold("\n".join(part for part in parts if part))
    assignment.executors_text = fold("\n".join(e.name for e in assignment.executors))


def create_assignment(session: Session, fields: AssignmentFields) -> int:
    """An instruction put on control by hand (between meetings)."""
    text_, executors, source = _check_fields(session, fields)
    assignment = Assignment(
        body_id=fields.body_id,
        text=text_,
        source=source,
        given_on=fields.given_on,
        status=AssignmentStatus.ON_CONTROL.value,
    )
    _apply_deadline(assignment, fields)
    _set_executors(session, assignment, executors)
    _reindex(assignment)
    session.add(assignment)
    session.flush()
    return assignment.id


def _apply_deadline(assignment: Assignment, fields: AssignmentFields) -> None:
    schedule = fields.schedule
    assignment.schedule_kind = schedule.kind.value if schedule else None
    assignment.schedule_day = schedule.day if schedule else None
    assignment.schedule_month = schedule.month if schedule else None
    assignment.deadline = _first_deadline(fields)
    assignment.deadline_note = (fields.deadline_note or "").strip()


def get_assignment(session: Session, assignment_id: int) -> Assignment:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise ValidationError("поручение не найдено (возможно, удалено)")
    return assignment


def _schedule(assignment: Assignment) -> Schedule | None:
    if not assignment.schedule_kind:
        return None
    return Schedule(
        Recurrence(assignment.schedule_kind),
        assignment.schedule_day or 1,
        assignment.schedule_month or 1,
    )


def assignment_fields(session: Session, assignment_id: int) -> AssignmentFields:
    assignment = get_assignment(session, assignment_id)
    return AssignmentFields(
        body_id=assignment.body_id,
        text=assignment.text,
        executors=", ".join(executor.name for executor in assignment.executors),
        given_on=assignment.given_on,
        deadline=assignment.deadline,
        schedule=_schedule(assignment),
        deadline_note=assignment.deadline_note,
        source=assignment.source,
    )


def _ensure_on_control(assignment: Assignment) -> None:
    if AssignmentStatus(assignment.status) is not AssignmentStatus.ON_CONTROL:
        raise ValidationError(
            f"поручение уже {AssignmentStatus(assignment.status).label}: "
            "чтобы изменить его, верните его на контроль",
            "Статус",
        )


def update_assignment(session: Session, assignment_id: int, fields: AssignmentFields) -> None:
    """Correct an assignment on control. The text and the responsibles of one that comes
    from a protocol follow the protocol (an amendment), not this form; its deadline, like
    any other, moves only by an extension, which keeps the old date."""
    assignment = get_assignment(session, assignment_id)
    _ensure_on_control(assignment)
    text_, executors, source = _check_fields(session, fields)
    if assignment.decision_id is not None and (
        text_ != assignment.text
        or source != assignment.source
        or fields.body_id != assignment.body_id
    ):
        raise ValidationError(
            "текст и источник поручения из протокола меняются только исправлением протокола",
            "Поручение",
        )
    same_deadline = (
        fields.schedule == _schedule(assignment)
        and (fields.schedule is not None or fields.deadline == assignment.deadline)
        and fields.given_on == assignment.given_on
    )
    if not same_deadline:
        if assignment.reports or assignment.extensions or assignment.decision_id is not None:
            raise ValidationError(
                "срок меняется продлением («Продлить срок…»): старый срок сохраняется", "Срок"
            )
        assignment.given_on = fields.given_on
        _apply_deadline(assignment, fields)
    assignment.deadline_note = (fields.deadline_note or "").strip()
    assignment.body_id = fields.body_id
    assignment.text = text_
    assignment.source = source
    _set_executors(session, assignment, executors)
    _reindex(assignment)


def delete_assignment(session: Session, assignment_id: int) -> None:
    """Delete an assignment entered by mistake. One from a protocol, or one with reports,
    is taken off control instead: the record stays."""
    assignment = get_assignment(session, assignment_id)
    if assignment.decision_id is not None or assignment.meeting_id is not None:
        raise ValidationError(
            "поручение из протокола не удаляется: снимите его с контроля", "Поручение"
        )
    if assignment.reports:
        raise ValidationError(
            "по поручению есть отчеты об исполнении: снимите его с контроля", "Поручение"
        )
    session.delete(assignment)


@dataclass(frozen=True)
class ReportFields:
    reported_on: date
    text: str
    accepted_by: str = ""
    file: Path | None = None  # copied into the storage folder next to the database
    final: bool = True  # a recurring assignment: this report ends the control


def report_execution(
    session: Session, assignment_id: int, report: ReportFields, storage: Path | None = None
) -> None:
    """Record a report of execution. A one-off assignment is then executed on the report's
    date; a recurring one moves to its next deadline unless the report is ``final``."""
    assignment = get_assignment(session, assignment_id)
    _ensure_on_control(assignment)
    if report.reported_on is None:
        raise ValidationError("укажите дату исполнения", "Дата исполнения")
    if report.reported_on < assignment.given_on:
        raise ValidationError("исполнение не может быть раньше поручения", "Дата исполнения")
    if report.reported_on > date.today() + timedelta(days=1):
        raise ValidationError("дата исполнения еще не наступила", "Дата исполнения")
    text_ = clean_text(report.text, "Отчет об исполнении", required=True, limit=TEXT_LIMIT)
    accepted_by = clean_text(report.accepted_by, "Принял", limit=300)
    row = AssignmentReport(
        reported_on=report.reported_on,
        period_deadline=assignment.deadline,
        text=text_,
        accepted_by=accepted_by,
    )
    if report.file is not None:
        if storage is None:
            raise ValueError("a file needs the storage folder")
        from desktop_app.store.materials import store_file

        stored = store_file(storage, report.file)
        row.file_name, row.stored_name = stored.file_name, stored.stored_name
        row.size, row.sha256 = stored.size, stored.sha256
    assignment.reports.append(row)
    schedule = _schedule(assignment)
    if schedule is not None and not report.final:
        assignment.deadline = schedule.next_deadline(assignment.deadline or report.reported_on)
    else:
        assignment.status = AssignmentStatus.EXECUTED.value
        assignment.closed_on = report.reported_on
    _reindex(assignment)


def remove_from_control(session: Session, assignment_id: int, day: date, reason: str) -> None:
    """Take an assignment off control without execution (no longer relevant, superseded)."""
    assignment = get_assignment(session, assignment_id)
    _ensure_on_control(assignment)
    if day is None:
        raise ValidationError("укажите дату", "Дата")
    if day < assignment.given_on:
        raise ValidationError("дата не может быть раньше поручения", "Дата")
    assignment.removal_reason = clean_text(reason, "Основание", required=True, limit=2000)
    assignment.status = AssignmentStatus.REMOVED.value
    assignment.closed_on = day


def return_to_control(session: Session, assignment_id: int) -> None:
    """Undo an execution or a removal recorded by mistake; the reports stay (a recurring
    assignment keeps its deadline: the next report is due on it)."""
    assignment = get_assignment(session, assignment_id)
    status = AssignmentStatus(assignment.status)
    if status is AssignmentStatus.ON_CONTROL:
        raise ValidationError("поручение уже на контроле", "Статус")
    assignment.status = AssignmentStatus.ON_CONTROL.value
    assignment.closed_on = None
    assignment.removal_reason = ""


def extend_deadline(
    session: Session, assignment_id: int, new_deadline: date, decided_on: date, reason: str
) -> None:
    """Move the deadline; the old date and the reason are kept."""
    assignment = get_assignment(session, assignment_id)
    _ensure_on_control(assignment)
    if new_deadline is None:
        raise ValidationError("укажите новый срок", "Новый срок")
    if decided_on is None:
        raise ValidationError("укажите дату решения о продлении", "Дата решения")
    if assignment.deadline is not None and new_deadline <= assignment.deadline:
        raise ValidationError(
            f"новый срок должен быть позже прежнего ({format_date(assignment.deadline)})",
            "Новый срок",
        )
    if new_deadline < assignment.given_on:
        raise ValidationError("срок не может быть раньше даты поручения", "Новый срок")
    assignment.extensions.append(
        DeadlineExtension(
            decided_on=decided_on,
            old_deadline=assignment.deadline,
            new_deadline=new_deadline,
            reason=clean_text(reason, "Причина продления", required=True, limit=2000),
        )
    )
    assignment.deadline = new_deadline
    assignment.deadline_note = ""  # the words of the old deadline no longer hold
    _reindex(assignment)


# ----- from the protocols -------------------------------------------------------------------
def protocol_source(number: int, day: date, decision: str) -> str:
    return f"Протокол № {number} от {format_date(day)}, п. {decision}"


def sync_with_protocol(session: Session, meeting_id: int, day: date) -> None:
    """Put the decisions of a signed protocol on control, or follow its amendment.

    A decision is put on control when it was adopted and names a responsible and a
    deadline (a date, a recurring deadline or a deadline in words). An amendment updates
    the assignments still on control (a changed deadline is recorded as an extension on
    ``day``, the amendment's date) and takes off control those whose decision is gone.
    """
    meeting = session.get(Meeting, meeting_id)
    rows = session.execute(
        select(AgendaItem.position, Decision)
        .join(Decision, Decision.item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, Decision.position)
    ).all()
    existing = {
        assignment.decision_id: assignment
        for assignment in session.scalars(
            select(Assignment).where(Assignment.meeting_id == meeting_id)
        )
    }
    kept: set[int] = set()
    for item_position, decision in rows:
        if not (decision.adopted and decision.responsible.strip()):
            continue
        if decision.deadline is None and not decision.deadline_text.strip():
            continue
        schedule = parse_schedule(decision.deadline_text)
        deadline = decision.deadline
        if deadline is None and schedule is None:
            deadline = parse_deadline_text(decision.deadline_text)
        fields = AssignmentFields(
            body_id=meeting.body_id,
            text=decision.text,
            executors=decision.responsible,
            given_on=meeting.day,
            deadline=deadline,
            schedule=schedule,
            deadline_note="" if decision.deadline else decision.deadline_text.strip(),
            source=protocol_source(
                meeting.number, meeting.day, decision_number(item_position, decision.position)
            ),
        )
        kept.add(decision.id)
        assignment = existing.get(decision.id)
        if assignment is None:
            assignment = Assignment(
                body_id=meeting.body_id,
                decision_id=decision.id,
                meeting_id=meeting_id,
                text=fields.text,
                source=fields.source,
                given_on=fields.given_on,
                status=AssignmentStatus.ON_CONTROL.value,
            )
            _apply_deadline(assignment, fields)
            assignment.protocol_deadline = fields.deadline
            _set_executors(session, assignment, split_executors(fields.executors))
            _reindex(assignment)
            session.add(assignment)
        elif AssignmentStatus(assignment.status) is AssignmentStatus.ON_CONTROL:
            _follow_amendment(session, assignment, fields, day)
    for decision_id, assignment in existing.items():
        if decision_id in kept or assignment.status != AssignmentStatus.ON_CONTROL.value:
            continue
        assignment.status = AssignmentStatus.REMOVED.value
        assignment.closed_on = day
        assignment.removal_reason = (
            f"решение исключено исправлением протокола от {format_date(day)}"
        )
    session.flush()


def _follow_amendment(
    session: Session, assignment: Assignment, fields: AssignmentFields, day: date
) -> None:
    assignment.text = fields.text
    assignment.source = fields.source
    assignment.deadline_note = fields.deadline_note
    names = split_executors(fields.executors)
    if names != [executor.name for executor in assignment.executors]:
        _set_executors(session, assignment, names)
    new_schedule = fields.schedule
    if new_schedule != _schedule(assignment):
        _apply_deadline(assignment, fields)
        assignment.protocol_deadline = fields.deadline
    elif new_schedule is None and fields.deadline != assignment.protocol_deadline:
        assignment.protocol_deadline = fields.deadline
        if fields.deadline is not None and (
            assignment.deadline is None or fields.deadline > assignment.deadline
        ):
            assignment.extensions.append(
                DeadlineExtension(
                    decided_on=day,
                    old_deadline=assignment.deadline,
                    new_deadline=fields.deadline,
                    reason=f"исправление протокола от {format_date(day)}",
                )
            )
        assignment.deadline = fields.deadline
    _reindex(assignment)


# ----- reading one ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ExecutorRow:
    name: str
    lead: bool
    person_id: int | None


@dataclass(frozen=True)
class ReportRow:
    id: int
    reported_on: date
    period_deadline: date | None
    text: str
    accepted_by: str
    file_name: str
    stored_name: str

    @property
    def late(self) -> bool:
        return self.period_deadline is not None and self.reported_on > self.period_deadline


@dataclass(frozen=True)
class ExtensionRow:
    decided_on: date
    old_deadline: date | None
    new_deadline: date
    reason: str

    def describe(self) -> str:
        old = format_date(self.old_deadline) if self.old_deadline else "без срока"
        return (
            f"{format_date(self.decided_on)}: срок продлен с {old} до "
            f"{format_date(self.new_deadline)} ({self.reason})"
        )


@dataclass(frozen=True)
class AssignmentDetail:
    id: int
    body_id: int
    body_name: str
    text: str
    source: str
    meeting_id: int | None
    from_protocol: bool
    given_on: date
    deadline: date | None
    schedule: Schedule | None
    deadline_note: str
    status: AssignmentStatus
    closed_on: date | None
    removal_reason: str
    executors: tuple[ExecutorRow, ...]
    reports: tuple[ReportRow, ...]
    extensions: tuple[ExtensionRow, ...]

    def overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.deadline, today)

    def status_text(self, today: date) -> str:
        return status_label(self.status, self.deadline, today)

    @property
    def deadline_text(self) -> str:
        return deadline_text(self.deadline, self.schedule, self.deadline_note)


def assignment_detail(session: Session, assignment_id: int) -> AssignmentDetail:
    assignment = get_assignment(session, assignment_id)
    body = session.get(Body, assignment.body_id)
    return AssignmentDetail(
        id=assignment.id,
        body_id=assignment.body_id,
        body_name=body.short_name,
        text=assignment.text,
        source=assignment.source,
        meeting_id=assignment.meeting_id,
        from_protocol=assignment.decision_id is not None,
        given_on=assignment.given_on,
        deadline=assignment.deadline,
        schedule=_schedule(assignment),
        deadline_note=assignment.deadline_note,
        status=AssignmentStatus(assignment.status),
        closed_on=assignment.closed_on,
        removal_reason=assignment.removal_reason,
        executors=tuple(
            ExecutorRow(executor.name, executor.lead, executor.person_id)
            for executor in assignment.executors
        ),
        reports=tuple(
            ReportRow(
                report.id,
                report.reported_on,
                report.period_deadline,
                report.text,
                report.accepted_by,
                report.file_name,
                report.stored_name,
            )
            for report in assignment.reports
        ),
        extensions=tuple(
            ExtensionRow(ext.decided_on, ext.old_deadline, ext.new_deadline, ext.reason)
            for ext in assignment.extensions
        ),
    )


# ----- the lists -----------------------------------------------------------------------------
class Sort:
    DEADLINE = "deadline"
    GIVEN = "given_on"
    BODY = "body"
    STATUS = "status"
    TEXT = "text"  # without an index: slow on an unfiltered list of many thousands


@dataclass(frozen=True)
class AssignmentQuery:
    """What a list shows. ``today`` decides what is overdue or due soon."""

    today: date
    status: StatusFilter = StatusFilter.OPEN
    body_id: int | None = None
    meeting_id: int | None = None
    responsible: str = ""  # words of a responsible's name (prefixes, any case, ё = е)
    exact_responsible: bool = False  # ``responsible`` is one executor's whole name
    search: str = ""  # words of the text, the source or the reports (prefixes)
    due_within: int = 7  # days, for StatusFilter.DUE_SOON
    given_from: date | None = None
    given_to: date | None = None
    deadline_to: date | None = None  # the deadline on or before this day
    recurring_only: bool = False  # periodic reports (ежеквартально …)
    sort: str = Sort.DEADLINE
    descending: bool = False


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    body_id: int
    body_name: str
    text: str
    source: str
    meeting_id: int | None
    executors: str  # lead first, «; » between
    given_on: date
    deadline: date | None
    deadline_text: str
    status: AssignmentStatus
    overdue: bool
    status_text: str
    closed_on: date | None
    extended: bool
    schedule: Schedule | None = None  # a recurring deadline


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(search: str) -> str:
    """The FTS5 query of the words typed: each word as a prefix, all of them required."""
    words = _WORD.findall(fold(search))
    return " ".join(f'"{word}"*' for word in words)


def _conditions(query: AssignmentQuery, *, counting: bool = False) -> list:
    today = query.today
    conditions = []
    status = StatusFilter(query.status)  # a combo box may hand back the plain string
    on_control = Assignment.status == AssignmentStatus.ON_CONTROL.value
    if status is StatusFilter.OPEN:
        conditions.append(on_control)
    elif status is StatusFilter.OVERDUE:
        conditions += [on_control, Assignment.deadline < today]
    elif status is StatusFilter.DUE_SOON:
        conditions += [
            on_control,
            Assignment.deadline >= today,
            Assignment.deadline <= today + timedelta(days=max(query.due_within, 0)),
        ]
    elif status is StatusFilter.EXECUTED:
        conditions.append(Assignment.status == AssignmentStatus.EXECUTED.value)
    elif status is StatusFilter.REMOVED:
        conditions.append(Assignment.status == AssignmentStatus.REMOVED.value)
    if query.body_id is not None:
        conditions.append(Assignment.body_id == query.body_id)
    if query.meeting_id is not None:
        conditions.append(Assignment.meeting_id == query.meeting_id)
    if query.given_from is not None:
        conditions.append(Assignment.given_on >= query.given_from)
    if query.given_to is not None:
        conditions.append(Assignment.given_on <= query.given_to)
    if query.deadline_to is not None:
        conditions.append(Assignment.deadline <= query.deadline_to)
    if query.recurring_only:
        conditions.append(Assignment.schedule_kind.is_not(None))
    conditions += _responsible_condition(
        query.responsible, exact=query.exact_responsible, counting=counting
    )
    conditions += _search_condition(query.search, "search_text", counting=counting)
    return conditions


def _search_condition(words: str, column: str, *, counting: bool = False) -> list:
    """The assignments whose ``column`` of the full-text index has every word typed (as a
    prefix); nothing when only punctuation was typed; no condition for an empty text."""
    match = fts_query(words)
    if not match:
        return [False] if words.strip() else []
    # «+assignment.id»: SQLite then walks the list's own index (by deadline) and stops
    # at the page, instead of sorting every hit of a common word; a count looks the hits
    # up by their ids instead.
    parameter = f"match_{column}"
    plus = "" if counting else "+"
    return [
        text(
            f"{plus}assignment.id IN (SELECT rowid FROM assignment_search "
            f"WHERE assignment_search MATCH :{parameter})"
        ).bindparams(bindparam(parameter, f"{column} : ({match})"))
    ]


def _ordering(query: AssignmentQuery) -> list:
    def direction(column):
        return column.desc() if query.descending else column.asc()

    if query.sort == Sort.GIVEN:
        keys = [direction(Assignment.given_on)]
    elif query.sort == Sort.BODY:
        keys = [direction(Body.short_name), Assignment.deadline.asc()]
    elif query.sort == Sort.STATUS:
        keys = [direction(Assignment.status), Assignment.deadline.asc()]
    elif query.sort == Sort.TEXT:
        keys = [direction(Assignment.text)]
    elif query.descending:  # by the index; without a deadline last (NULL is the least)
        keys = [Assignment.deadline.desc()]
    else:  # without a deadline last: see _dated_first
        keys = [Assignment.deadline.asc()]
    return keys + [Assignment.id.desc() if query.descending else Assignment.id.asc()]


def count_assignments(session: Session, query: AssignmentQuery, extra: list = ()) -> int:
    statement = select(func.count(Assignment.id)).where(*_conditions(query, counting=True), *extra)
    return session.scalar(statement) or 0


def list_assignments(
    session: Session, query: AssignmentQuery, offset: int = 0, limit: int = PAGE_SIZE
) -> list[AssignmentRow]:
    """One page of the list, sorted as asked (``limit`` -1: to the end)."""
    statement: Select = (
        select(
            Assignment.id,
            Assignment.body_id,
            Body.short_name,
            Assignment.text,
            Assignment.source,
            Assignment.meeting_id,
            Assignment.given_on,
            Assignment.deadline,
            Assignment.schedule_kind,
            Assignment.schedule_day,
            Assignment.schedule_month,
            Assignment.deadline_note,
            Assignment.status,
            Assignment.closed_on,
        )
        .join(Body, Body.id == Assignment.body_id)
        .where(*_conditions(query))
        .order_by(*_ordering(query))
    )
    if query.sort == Sort.DEADLINE and not query.descending:
        rows = _dated_first(session, query, statement, offset, limit)
    else:
        rows = session.execute(statement.offset(offset).limit(limit)).all()
    ids = [row.id for row in rows]
    executors = _executors_of(session, ids)
    extended = _extended(session, ids)
    result = []
    for row in rows:
        status = AssignmentStatus(row.status)
        schedule = (
            Schedule(Recurrence(row.schedule_kind), row.schedule_day or 1, row.schedule_month or 1)
            if row.schedule_kind
            else None
        )
        result.append(
            AssignmentRow(
                id=row.id,
                body_id=row.body_id,
                body_name=row.short_name,
                text=row.text,
                source=row.source,
                meeting_id=row.meeting_id,
                executors="; ".join(executors.get(row.id, ())),
                given_on=row.given_on,
                deadline=row.deadline,
                deadline_text=deadline_text(row.deadline, schedule, row.deadline_note),
                status=status,
                overdue=is_overdue(status, row.deadline, query.today),
                status_text=status_label(status, row.deadline, query.today),
                closed_on=row.closed_on,
                extended=row.id in extended,
                schedule=schedule,
            )
        )
    return result


def _dated_first(session: Session, query: AssignmentQuery, statement: Select, offset, limit):
    """The page of a list by deadline with the undated assignments («постоянно») after
    the dated ones, so that the overdue come first; each part read along the deadline
    index (ordering by «deadline IS NULL» would sort the whole list instead)."""
    dated = statement.where(Assignment.deadline.is_not(None))
    rows = session.execute(dated.offset(offset).limit(limit)).all()
    if limit >= 0 and len(rows) == limit:
        return rows
    if rows or offset == 0:
        skipped = 0
    else:  # the page starts among the undated: how many dated ones lie before it
        skipped = offset - count_assignments(
            session, query, extra=[Assignment.deadline.is_not(None)]
        )
    undated = statement.where(Assignment.deadline.is_(None)).offset(max(skipped, 0))
    wanted = -1 if limit < 0 else limit - len(rows)
    return rows + session.execute(undated.limit(wanted)).all()


def _executors_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        for assignment_id, name in session.execute(
            select(AssignmentExecutor.assignment_id, AssignmentExecutor.name)
            .where(AssignmentExecutor.assignment_id.in_(chunk))
            .order_by(AssignmentExecutor.assignment_id, AssignmentExecutor.position)
        ):
            names[assignment_id].append(name)
    return names


def _extended(session: Session, ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(ids):
        found.update(
            session.scalars(
                select(DeadlineExtension.assignment_id)
                .where(DeadlineExtension.assignment_id.in_(chunk))
                .distinct()
            )
        )
    return found


def _chunks(ids: list[int], size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def responsibles(session: Session, body_id: int | None = None) -> list[str]:
    """Every responsible once (one spelling per folded name), in alphabetical order, for
    the completion of the filters and the form.

    Of all bodies, the distinct folded names come from the index on ``name_key`` and one
    spelling of each from a lookup in it (≈50 ms on 300 000 executors, against ≈550 ms
    for ``DISTINCT name`` with its sort)."""
    if body_id is None:
        keys = select(AssignmentExecutor.name_key).distinct().subquery()
        spelling = (
            select(AssignmentExecutor.name)
            .where(AssignmentExecutor.name_key == keys.c.name_key)
            .limit(1)
            .scalar_subquery()
        )
        return list(session.scalars(select(spelling).select_from(keys).order_by(keys.c.name_key)))
    statement = (
        select(func.min(AssignmentExecutor.name))
        .join(Assignment, Assignment.id == AssignmentExecutor.assignment_id)
        .where(Assignment.body_id == body_id)
        .group_by(AssignmentExecutor.name_key)
        .order_by(AssignmentExecutor.name_key)
    )
    return list(session.scalars(statement))


def source_meetings(session: Session, body_id: int | None = None) -> list[tuple[int, str]]:
    """The meetings that gave assignments: (id, «Протокол № 3 от 12.09.2024 — группа»)."""
    statement = (
        select(Meeting.id, Meeting.number, Meeting.day, Body.short_name)
        .join(Body, Body.id == Meeting.body_id)
        .where(exists().where(Assignment.meeting_id == Meeting.id))
        .order_by(Meeting.day.desc())
    )
    if body_id is not None:
        statement = statement.where(Meeting.body_id == body_id)
    return [
        (row.id, f"Протокол № {row.number} от {format_date(row.day)} — {row.short_name}")
        for row in session.execute(statement)
    ]


# ----- discipline ----------------------------------------------------------------------------
def _discipline_columns(today: date) -> list:
    """The parts of ``domain.assignment.Discipline`` counted in SQL (the same rule: a
    test compares the two on the same rows)."""
    executed = Assignment.status == AssignmentStatus.EXECUTED.value
    late = and_(
        executed,
        Assignment.deadline.is_not(None),
        Assignment.closed_on > Assignment.deadline,
    )
    on_control = Assignment.status == AssignmentStatus.ON_CONTROL.value
    overdue = and_(on_control, Assignment.deadline < today)

    def count(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return [
        func.count(Assignment.id).label("total"),
        count(and_(executed, ~late)).label("on_time"),
        count(late).label("late"),
        count(Assignment.status == AssignmentStatus.REMOVED.value).label("removed"),
        count(overdue).label("overdue"),
        count(and_(on_control, ~func.coalesce(Assignment.deadline < today, False))).label(
            "pending"
        ),
    ]


def _discipline(row) -> Discipline:
    return Discipline(
        total=row.total,
        on_time=row.on_time,
        late=row.late,
        removed=row.removed,
        overdue=row.overdue,
        pending=row.pending,
    )


@dataclass(frozen=True)
class Period:
    """Assignments put on control (given) from ``start`` to ``end`` inclusive."""

    start: date | None = None
    end: date | None = None

    def conditions(self) -> list:
        conditions = []
        if self.start is not None:
            conditions.append(Assignment.given_on >= self.start)
        if self.end is not None:
            conditions.append(Assignment.given_on <= self.end)
        return conditions

    def describe(self) -> str:
        if self.start and self.end:
            return f"с {format_date(self.start)} по {format_date(self.end)}"
        if self.start:
            return f"с {format_date(self.start)}"
        if self.end:
            return f"по {format_date(self.end)}"
        return "за все время"


def _responsible_condition(
    responsible: str, *, exact: bool = False, counting: bool = False
) -> list:
    if not responsible.strip():
        return []
    if exact:  # by the index on the name («+» for a page: see _search_condition)
        column = Assignment.id if counting else literal_column("+assignment.id")
        return [
            column.in_(
                select(AssignmentExecutor.assignment_id).where(
                    AssignmentExecutor.name_key == fold(" ".join(responsible.split()))
                )
            )
        ]
    return _search_condition(responsible, "executors_text", counting=counting)


def discipline(
    session: Session,
    today: date,
    period: Period = Period(),
    body_id: int | None = None,
    responsible: str = "",
) -> Discipline:
    statement = select(*_discipline_columns(today)).where(
        *period.conditions(), *_responsible_condition(responsible, counting=True)
    )
    if body_id is not None:
        statement = statement.where(Assignment.body_id == body_id)
    return _discipline(session.execute(statement).one())


def discipline_by_body(
    session: Session, today: date, period: Period = Period()
) -> list[tuple[int, str, Discipline]]:
    rows = session.execute(
        select(Body.id, Body.short_name, *_discipline_columns(today))
        .join(Body, Body.id == Assignment.body_id)
        .where(*period.conditions())
        .group_by(Body.id)
        .order_by(Body.short_name)
    )
    return [(row.id, row.short_name, _discipline(row)) for row in rows]


def discipline_by_responsible(
    session: Session, today: date, period: Period = Period(), body_id: int | None = None
) -> list[tuple[str, Discipline]]:
    """By the lead executor (the one who answers for the assignment)."""
    statement = (
        select(
            func.min(AssignmentExecutor.name).label("name"),
            *_discipline_columns(today),
        )
        .join(AssignmentExecutor, AssignmentExecutor.assignment_id == Assignment.id)
        .where(AssignmentExecutor.lead.is_(True), *period.conditions())
        .group_by(AssignmentExecutor.name_key)
        .order_by(AssignmentExecutor.name_key)
    )
    if body_id is not None:
        statement = statement.where(Assignment.body_id == body_id)
    return [(row.name, _discipline(row)) for row in session.execute(statement)]


def discipline_by_quarter(
    session: Session, today: date, period: Period = Period(), body_id: int | None = None
) -> list[tuple[int, int, Discipline]]:
    """(year, quarter, figure) of the assignments given in each quarter, oldest first.

    Counted per month in SQL (the ISO date's first 7 characters: no date functions on
    every row) and added up per quarter here."""
    month = func.substr(Assignment.given_on, 1, 7)
    statement = (
        select(month.label("month"), *_discipline_columns(today))
        .where(*period.conditions())
        .group_by(month)
        .order_by(month)
    )
    if body_id is not None:
        statement = statement.where(Assignment.body_id == body_id)
    quarters: dict[tuple[int, int], Discipline] = {}
    for row in session.execute(statement):
        year, number = int(row.month[:4]), int(row.month[5:7])
        quarters.setdefault((year, (number + 2) // 3), Discipline()).merge(_discipline(row))
    return [(year, quarter, figure) for (year, quarter), figure in sorted(quarters.items())]


# ----- for the documents -------------------------------------------------------------------
def assignment_lines(
    session: Session, query: AssignmentQuery, limit: int | None = None
) -> tuple[AssignmentLine, ...]:
    """The assignments of ``query`` as the documents print them (every page)."""
    rows = list_assignments(session, query, 0, limit if limit is not None else -1)
    ids = [row.id for row in rows]
    reports = _latest_reports(session, ids)
    extensions = _extensions_of(session, ids)
    return tuple(
        AssignmentLine(
            number=number,
            text=row.text,
            source=row.source,
            body=row.body_name,
            executors=tuple(row.executors.split("; ")) if row.executors else (),
            deadline=row.deadline,
            deadline_text=row.deadline_text,
            status=row.status_text,
            overdue=row.overdue,
            closed_on=row.closed_on,
            report=reports.get(row.id, ""),
            extensions=tuple(extension.describe() for extension in extensions.get(row.id, ())),
        )
        for number, row in enumerate(rows, start=1)
    )


def _latest_reports(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(ids):
        for assignment_id, text_ in session.execute(
            select(AssignmentReport.assignment_id, AssignmentReport.text)
            .where(AssignmentReport.assignment_id.in_(chunk))
            .order_by(AssignmentReport.reported_on, AssignmentReport.id)
        ):
            found[assignment_id] = text_
    return found


def _extensions_of(session: Session, ids: list[int]) -> dict[int, list[ExtensionRow]]:
    found: dict[int, list[ExtensionRow]] = defaultdict(list)
    for chunk in _chunks(ids):
        for row in session.scalars(
            select(DeadlineExtension)
            .where(DeadlineExtension.assignment_id.in_(chunk))
            .order_by(DeadlineExtension.id)
        ):
            found[row.assignment_id].append(
                ExtensionRow(row.decided_on, row.old_deadline, row.new_deadline, row.reason)
            )
    return found


def describe_query(session: Session, query: AssignmentQuery) -> tuple[str, ...]:
    """The filters as printed under a list's title."""
    lines = []
    if query.status is StatusFilter.DUE_SOON:
        lines.append(f"Отбор: срок в ближайшие {query.due_within} дн.")
    elif query.status is not StatusFilter.ALL:
        lines.append(f"Отбор: {query.status.label}")
    if query.body_id is not None:
        lines.append(f"Орган: {session.get(Body, query.body_id).full_name}")
    if query.meeting_id is not None:
        meeting = session.get(Meeting, query.meeting_id)
        lines.append(f"Источник: протокол № {meeting.number} от {format_date(meeting.day)}")
    if query.responsible.strip():
        lines.append(f"Ответственный: {query.responsible.strip()}")
    if query.search.strip():
        lines.append(f"Поиск: «{query.search.strip()}»")
    if query.given_from or query.given_to:
        lines.append(
            "Поставлены на контроль: " + Period(query.given_from, query.given_to).describe()
        )
    return tuple(lines)


_LIST_TITLES = {
    StatusFilter.OPEN: "Перечень поручений, находящихся на контроле",
    StatusFilter.OVERDUE: "Перечень просроченных поручений",
    StatusFilter.DUE_SOON: "Перечень поручений, срок исполнения которых наступает",
    StatusFilter.EXECUTED: "Перечень исполненных поручений",
    StatusFilter.REMOVED: "Перечень поручений, снятых с контроля",
    StatusFilter.ALL: "Перечень поручений",
}


def _organisation(session: Session, body_id: int | None) -> str:
    if body_id is not None:
        return session.get(Body, body_id).organisation
    organisations = set(session.scalars(select(Body.organisation).distinct()))
    return organisations.pop() if len(organisations) == 1 else ""


def assignments_list_data(session: Session, query: AssignmentQuery) -> AssignmentsListData:
    """The printed list with the filters applied, and the figures of what it lists."""
    lines = assignment_lines(session, query)
    statement = select(*_discipline_columns(query.today)).where(*_conditions(query, counting=True))
    figures = _discipline(session.execute(statement).one())
    return AssignmentsListData(
        title=_LIST_TITLES[query.status],
        organisation=_organisation(session, query.body_id),
        as_of=query.today,
        filters=describe_query(session, query),
        lines=lines,
        discipline=figures,
    )


@dataclass(frozen=True)
class Signer:
    position: str = ""
    name: str = ""


def body_secretary(session: Session, body_id: int, day: date) -> Signer:
    """The body's secretary on ``day``, who signs letters and reports."""
    from desktop_app.domain.names import signature_name
    from desktop_app.domain.vocabulary import BodyKind, Role
    from desktop_app.store.roster import name_of, roster_on

    for entry in roster_on(session, body_id, day):
        if entry.role is Role.SECRETARY:
            person = session.get(Person, entry.person_id)
            body = session.get(Body, body_id)
            return Signer(
                f"Секретарь {BodyKind(body.kind).genitive}",
                signature_name(name_of(person)),
            )
    return Signer()


def reminder_data(
    session: Session,
    responsible: str,
    today: date,
    body_id: int | None = None,
    respond_by: date | None = None,
) -> ReminderData:
    """A letter to a responsible listing their open assignments (of one body or all)."""
    from desktop_app.domain.names import Case, decline_list_name, guess_gender
    from desktop_app.domain.vocabulary import Gender
    from desktop_app.store.roster import name_of

    name = responsible.strip()
    if not name:
        raise ValidationError("выберите ответственного", "Ответственный")
    query = AssignmentQuery(
        today=today,
        status=StatusFilter.OPEN,
        body_id=body_id,
        responsible=name,
        exact_responsible=True,
    )
    lines = assignment_lines(session, query)
    if not lines:
        raise ValidationError(
            f"у ответственного «{name}» нет поручений на контроле", "Ответственный"
        )
    person_id = session.scalar(
        select(AssignmentExecutor.person_id)
        .where(AssignmentExecutor.name_key == fold(name), AssignmentExecutor.person_id.is_not(None))
        .limit(1)
    )
    person = session.get(Person, person_id) if person_id else None
    if person is not None:
        person_name = name_of(person)
        addressee = decline_list_name(person_name, Case.DATIVE)
        gender = person_name.gender or guess_gender(person.middle_name, person.first_name)
        dear = "Уважаемая" if gender is Gender.FEMALE else "Уважаемый"
        salutation = f"{dear} {person.first_name} {person.middle_name}!".replace(" !", "!")
        position = person.position
        position = position[:1].upper() + position[1:] if position else ""
    else:
        addressee, salutation, position = name, "Уважаемые коллеги!", ""
    sign_body = body_id if body_id is not None else _single_body(lines, session)
    signer = body_secretary(session, sign_body, today) if sign_body is not None else Signer()
    body_name = "рабочей группы (комиссии)"
    organisation = _organisation(session, body_id)
    if sign_body is not None:
        body = session.get(Body, sign_body)
        body_name = body.full_name_genitive or body.full_name
        organisation = body.organisation
    return ReminderData(
        organisation=organisation,
        body_name=body_name,
        addressee=addressee,
        addressee_position=_dative_position(position),
        salutation=salutation,
        day=today,
        respond_by=respond_by,
        lines=lines,
        signer_position=signer.position,
        signer_name=signer.name,
    )


_DATIVE = {
    "начальник": "начальнику",
    "заместитель": "заместителю",
    "директор": "директору",
    "руководитель": "руководителю",
    "председатель": "председателю",
    "глава": "главе",
    "специалист": "специалисту",
    "консультант": "консультанту",
}


def _dative_position(position: str) -> str:
    """«Заместитель Главы … – руководитель аппарата» → «Заместителю Главы … – руководителю
    аппарата»: the first word of each part; other positions are printed as they are."""
    parts = []
    for part in position.split(" – "):
        first, _, rest = part.partition(" ")
        dative = _DATIVE.get(first.casefold())
        if dative is not None:
            if first[:1].isupper():
                dative = dative[:1].upper() + dative[1:]
            part = f"{dative} {rest}".strip()
        parts.append(part)
    return " – ".join(parts)


def _single_body(lines: tuple[AssignmentLine, ...], session: Session) -> int | None:
    names = {line.body for line in lines}
    if len(names) != 1:
        return None
    return session.scalar(select(Body.id).where(Body.short_name == names.pop()))


def execution_report_data(
    session: Session, today: date, period: Period, body_id: int | None = None
) -> ExecutionReportData:
    """«Информация об исполнении поручений» for the assignments given in ``period``."""
    if period.start and period.end and period.start > period.end:
        raise ValidationError("начало периода позже его конца", "Период")
    figures = discipline(session, today, period, body_id)
    by_body = tuple(
        (name, figure)
        for body, name, figure in discipline_by_body(session, today, period)
        if body_id is None or body == body_id
    )
    by_responsible = tuple(discipline_by_responsible(session, today, period, body_id))
    lines = assignment_lines(
        session,
        AssignmentQuery(
            today=today,
            status=StatusFilter.OPEN,
            body_id=body_id,
            given_from=period.start,
            given_to=period.end,
        ),
    )
    signer = body_secretary(session, body_id, today) if body_id is not None else Signer()
    title = "Информация об исполнении поручений"
    if body_id is not None:
        body = session.get(Body, body_id)
        title += f" {body.full_name_genitive or body.full_name}"
    return ExecutionReportData(
        organisation=_organisation(session, body_id),
        title=title,
        start=period.start or _first_given(session, body_id) or today,
        end=period.end or today,
        as_of=today,
        discipline=figures,
        by_body=by_body,
        by_responsible=by_responsible,
        lines=lines,
        signer_position=signer.position,
        signer_name=signer.name,
    )


def _first_given(session: Session, body_id: int | None) -> date | None:
    statement = select(func.min(Assignment.given_on))
    if body_id is not None:
        statement = statement.where(Assignment.body_id == body_id)
    return session.scalar(statement)


PROGRESS_ITEM_TITLE = "О ходе исполнения решений"


def progress_item(session: Session, body_id: int, today: date) -> tuple[str, str]:
    """The agenda item «О ходе исполнения решений …» and its summary (СЛУШАЛИ) listing
    the body's open assignments with their deadlines and latest reports."""
    body = session.get(Body, body_id)
    lines = assignment_lines(
        session, AssignmentQuery(today=today, status=StatusFilter.OPEN, body_id=body_id)
    )
    title = f"{PROGRESS_ITEM_TITLE} {body.full_name_genitive or body.full_name}".strip()
    if not lines:
        return title, "Поручений на контроле нет."
    overdue = sum(line.overdue for line in lines)
    summary = [
        f"На контроле {len(lines)} поруч." + (f", из них просрочено {overdue}." if overdue else ".")
    ]
    for line in lines:
        status = f" — {line.status}" if line.overdue else ""
        report = f" Исполнение: {line.report}" if line.report else ""
        summary.append(
            f"{line.number}. {line.text} ({line.source}; отв. {', '.join(line.executors)}; "
            f"срок {line.deadline_text}){status}.{report}"
        )
    return title, "\n".join(summary)


# ----- the start page ------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingLine:
    meeting_id: int
    body_id: int
    body_name: str
    number: int
    day: date
    sent: int = 0  # copies sent (for unsent protocols: 0)


@dataclass(frozen=True)
class Today:
    """What the start page «Сегодня» lists."""

    day: date
    overdue_count: int
    overdue: list[AssignmentRow]
    due_count: int
    due: list[AssignmentRow]  # on control, deadline within the week
    reports_due: list[AssignmentRow]  # recurring reports due within the week or overdue
    unsigned: list[MeetingLine]  # held, the protocol not signed
    unsent: list[MeetingLine]  # signed, not sent to anyone
    short_quarters: list[tuple[int, str, list[int]]] = field(default_factory=list)


def today_overview(session: Session, today: date, days: int = 7, limit: int = 50) -> Today:
    """The start page in a few queries; each list at most ``limit`` lines (the counts are
    complete)."""
    from desktop_app.store.meetings import short_quarters

    overdue_query = AssignmentQuery(today=today, status=StatusFilter.OVERDUE)
    due_query = AssignmentQuery(today=today, status=StatusFilter.DUE_SOON, due_within=days)
    reports_query = AssignmentQuery(
        today=today,
        status=StatusFilter.OPEN,
        recurring_only=True,
        deadline_to=today + timedelta(days=days),
    )
    unsigned = [
        MeetingLine(row.id, row.body_id, row.short_name, row.number, row.day)
        for row in session.execute(
            select(Meeting.id, Meeting.body_id, Body.short_name, Meeting.number, Meeting.day)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.status == MeetingStatus.HELD.value)
            .order_by(Meeting.day)
            .limit(limit)
        )
    ]
    from desktop_app.store.models import Delivery

    unsent = [
        MeetingLine(row.id, row.body_id, row.short_name, row.number, row.day)
        for row in session.execute(
            select(Meeting.id, Meeting.body_id, Body.short_name, Meeting.number, Meeting.day)
            .join(Body, Body.id == Meeting.body_id)
            .where(
                Meeting.status == MeetingStatus.SIGNED.value,
                ~exists().where(Delivery.meeting_id == Meeting.id),
            )
            .order_by(Meeting.day)
            .limit(limit)
        )
    ]
    short = short_quarters(session, today.year)
    names = dict(session.execute(select(Body.id, Body.short_name)).all())
    return Today(
        day=today,
        overdue_count=count_assignments(session, overdue_query),
        overdue=list_assignments(session, overdue_query, 0, limit),
        due_count=count_assignments(session, due_query),
        due=list_assignments(session, due_query, 0, limit),
        reports_due=list_assignments(session, reports_query, 0, limit),
        unsigned=unsigned,
        unsent=unsent,
        short_quarters=sorted(
            (
                (body_id, names[body_id], [q.quarter for q in quarters])
                for body_id, quarters in short.items()
                if quarters
            ),
            key=lambda entry: entry[1],
        ),
    )


# ----- helper «ui-today»: the years of the discipline page's year chooser ---------------
def given_years(session: Session) -> list[int]:
    """The years from the first assignment given to the last (two lookups in the index on
    ``given_on``: SQLite uses it for a lone min() or max(), not for both at once)."""
    first = session.scalar(select(func.min(Assignment.given_on)))
    last = session.scalar(select(func.max(Assignment.given_on)))
    if first is None or last is None:
        return []
    return list(range(first.year, last.year + 1))
