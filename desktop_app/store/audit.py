"""The audit trail of the official record: who (the OS user) changed what, when, the old
and the new value, for the protocols, the decisions on control, the rosters and the plans'
facts; and the Russian message of the database's refusal to change a signed protocol.

Recording happens here, in one place, below every store function: SQLAlchemy's mapper
events note each INSERT, UPDATE and DELETE of an audited row while a session flushes
(with the attribute history: the old values), ``after_flush`` turns them into rows in
human Russian (dates ДД.ММ.ГГГГ, codes by their labels, people by name), and
``before_commit`` writes them, in the transaction of the change: nothing is logged that
is not committed, nothing committed is missing from the log. Within one transaction the
changes of a field are joined into one (first old value, last new value), and rows deleted
and created again with the same values (the speakers of an item, the executors of an
assignment, rewritten whole by the store) leave no trace.

``install(engine, sessions)`` is called by ``Database``; sessions made elsewhere are not
recorded. ``audit_paused(session)`` switches recording off for a block: the example
loader uses it, since the example is not anybody's official record.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, column, event, func, insert, literal_column, or_, select, table
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.util import identity_key

from desktop_app.domain.assignment import AssignmentStatus, Recurrence
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import fold
from desktop_app.domain.meeting import (
    AbsenceReason,
    MeetingForm,
    MeetingStatus,
    ProtocolForm,
    Vote,
    decision_number,
)
from desktop_app.domain.names import PersonName, full_name, list_name
from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, QuorumRule, Role, Side
from desktop_app.store.models import (
    AUDIT_SEARCH_INDEX,
    AgendaItem,
    Assignment,
    AssignmentExecutor,
    AssignmentReport,
    Attendance,
    AuditEntry,
    BallotVote,
    Body,
    DeadlineExtension,
    Decision,
    ExecutorUnit,
    Invitation,
    Meeting,
    Membership,
    Person,
    Plan,
    PlanItem,
    PlanReport,
    ProtocolVersion,
    RosterAct,
    Speaker,
)

# What a history is of (``AuditEntry.subject_kind``).
MEETING = "meeting"
ASSIGNMENT = "assignment"
ROSTER = "roster"  # subject_id: the body
PERSON = "person"
PLAN_ITEM = "plan_item"

#: The text of the database's refusal (the triggers of migration 0006).
SIGNED_PROTOCOL_REFUSAL = "подписанный протокол не изменяется"
SIGNED_PROTOCOL_MESSAGE = (
    "протокол подписан: изменения вносятся только исправлением "
    "(«Внести исправление»: дата и причина)"
)

_RAW = "audit_raw"  # session.info: the events of the flush under way
_ROWS = "audit_rows"  # session.info: the rows of the transaction, written at commit
_PAUSED = "audit_paused"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"

    @property
    def label(self) -> str:
        return {"insert": "создано", "update": "изменено", "delete": "удалено"}[self.value]


# ----- who ------------------------------------------------------------------------------------
_user: str | None = None


def current_user() -> str:
    """The name the user logged on to the computer with."""
    global _user
    if _user is None:
        try:
            _user = getpass.getuser()
        except Exception:  # noqa: BLE001 (no pwd entry, no variables: still record the change)
            _user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return _user


# ----- how values read --------------------------------------------------------------------------
Formatter = Callable[[Any, "_Resolver"], str]


def _text(value: Any, _r: _Resolver) -> str:
    return "" if value is None else str(value)


def _date(value: Any, _r: _Resolver) -> str:
    return format_date(value) if isinstance(value, date) else _text(value, _r)


def _time(value: Any, _r: _Resolver) -> str:
    return value.strftime("%H:%M") if isinstance(value, time) else _text(value, _r)


def _bool(value: Any, _r: _Resolver) -> str:
    return "" if value is None else ("да" if value else "нет")


def _number(value: Any, _r: _Resolver) -> str:
    if value is None:
        return ""
    if float(value) == int(value):
        return str(int(value))
    return f"{value:g}".replace(".", ",")


def _label(kind: type[StrEnum]) -> Formatter:
    def show(value: Any, r: _Resolver) -> str:
        if value is None or value == "":
            return ""
        try:
            return kind(value).label  # type: ignore[attr-defined]
        except ValueError:
            return str(value)

    return show


def _person(value: Any, r: _Resolver) -> str:
    return "" if value is None else r.person_name(value)


def _act(value: Any, r: _Resolver) -> str:
    return "" if value is None else r.act_title(value)


# ----- where: the record a change belongs to -----------------------------------------------------
@dataclass(frozen=True)
class Place:
    body_id: int | None
    kind: str
    subject_id: int
    title: str
    detail: str = ""


class _Resolver:
    """Finds the records a change belongs to: in the session first, else in the database
    (a query per record, not per change; cached for the flush)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._names: dict[int, str] = {}

    def get(self, cls: type, pk: Any) -> Any:
        if pk is None:
            return None
        obj = self.session.identity_map.get(identity_key(cls, pk))
        if obj is None:
            obj = self.session.get(cls, pk)
        return obj

    def person_name(self, person_id: int) -> str:
        if person_id not in self._names:
            p = self.get(Person, person_id)
            self._names[person_id] = (
                list_name(PersonName(p.last_name, p.first_name, p.middle_name), nbsp=False)
                if p is not None
                else f"код {person_id}"
            )
        return self._names[person_id]

    def act_title(self, act_id: int) -> str:
        act = self.get(RosterAct, act_id)
        return _act_title(act) if act is not None else f"акт с кодом {act_id}"

    # the subjects
    def meeting(self, meeting_id: int, detail: str = "") -> Place:
        m = self.get(Meeting, meeting_id)
        if m is None:
            return Place(None, MEETING, meeting_id, f"Заседание с кодом {meeting_id}", detail)
        return Place(m.body_id, MEETING, m.id, _meeting_title(m), detail)

    def item(self, item_id: int, detail: Callable[[int], str]) -> Place:
        item = self.get(AgendaItem, item_id)
        if item is None:
            return Place(None, MEETING, 0, f"Вопрос повестки с кодом {item_id}", detail(0))
        return self.meeting(item.meeting_id, detail(item.position))

    def decision(self, decision_id: int, tail: str = "") -> Place:
        d = self.get(Decision, decision_id)
        if d is None:
            return Place(None, MEETING, 0, f"Решение с кодом {decision_id}", tail)
        return self.item(d.item_id, lambda n: f"решение {decision_number(n, d.position)}" + tail)

    def roster(self, body_id: int, detail: str = "") -> Place:
        body = self.get(Body, body_id)
        if body is None:
            return Place(body_id, ROSTER, body_id, f"Состав органа с кодом {body_id}", detail)
        return Place(body_id, ROSTER, body_id, _roster_title(body), detail)

    def assignment(self, assignment_id: int, detail: str = "") -> Place:
        a = self.get(Assignment, assignment_id)
        if a is None:
            return Place(None, ASSIGNMENT, assignment_id, f"Поручение с кодом {assignment_id}")
        return Place(a.body_id, ASSIGNMENT, a.id, _assignment_title(a), detail)

    def plan_item(self, item_id: int, detail: str = "") -> Place:
        item = self.get(PlanItem, item_id)
        plan = self.get(Plan, item.plan_id) if item is not None else None
        if item is None or plan is None:
            return Place(None, PLAN_ITEM, item_id, f"Пункт плана с кодом {item_id}", detail)
        return Place(
            plan.body_id,
            PLAN_ITEM,
            item.id,
            f"План мероприятий {plan.first_year}–{plan.last_year}, п. {item.number}",
            detail,
        )

    def unit_name(self, unit_id: int) -> str:
        unit = self.get(ExecutorUnit, unit_id)
        return (unit.short_name or unit.name) if unit is not None else f"исполнитель {unit_id}"


def _meeting_title(m: Any) -> str:
    return f"Протокол № {m.number} от {format_date(m.day)}"


def _roster_title(body: Any) -> str:
    try:
        kind = BodyKind(body.kind).genitive
    except ValueError:
        kind = "органа"
    return f"Состав {kind} «{body.short_name}»"


def _assignment_title(a: Any) -> str:
    if a.source:
        return f"Поручение: {a.source}"
    text = " ".join((a.text or "").split())
    return f"Поручение от {format_date(a.given_on)}: {text[:80]}{'…' if len(text) > 80 else ''}"


def _act_title(act: Any) -> str:
    try:
        kind = ActKind(act.kind).label
    except ValueError:
        kind = "акт"
    number = f" № {act.number}" if act.number else ""
    return f"{kind} от {format_date(act.date)}{number}"


_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


# ----- what is recorded ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Spec:
    fields: dict[str, tuple[str, Formatter]]
    place: Callable[[Any, _Resolver], Place]
    inserts: bool = True
    deletes: bool = True
    rewritten: bool = False  # deleted and created again whole by the store


def _v(obj: Any, key: str) -> Any:
    """A column's value without loading anything (a deleted row is not there to load)."""
    return sa_inspect(obj).dict.get(key)


def _fields(**labelled: tuple[str, Formatter] | str) -> dict[str, tuple[str, Formatter]]:
    return {k: (v, _text) if isinstance(v, str) else v for k, v in labelled.items()}


SPECS: dict[type, _Spec] = {
    Meeting: _Spec(
        _fields(
            number=("Номер", _number),
            day=("Дата заседания", _date),
            start=("Время", _time),
            venue="Место проведения",
            form=("Форма проведения", _label(MeetingForm)),
            protocol_form=("Вид протокола", _label(ProtocolForm)),
            status=("Статус", _label(MeetingStatus)),
            presiding_person_id=("Председательствующий", _person),
            agenda_approved_on=("Повестка утверждена", _date),
            signed_on=("Протокол подписан", _date),
            amendment_on=("Исправление от", _date),
            amendment_reason="Причина исправления",
            note="Примечание",
        ),
        lambda m, r: Place(_v(m, "body_id"), MEETING, _v(m, "id"), _meeting_title(m)),
    ),
    AgendaItem: _Spec(
        _fields(
            position=("Номер вопроса", _number),
            title="Вопрос повестки",
            materials_by="Материалы готовит",
            heard="СЛУШАЛИ",
            discussion="ВЫСТУПИЛИ",
        ),
        lambda i, r: r.meeting(_v(i, "meeting_id"), f"вопрос {_v(i, 'position')}"),
    ),
    Speaker: _Spec(
        _fields(person_id=("Докладчик", _person), text="Докладчик"),
        lambda s, r: r.item(_v(s, "item_id"), lambda n: f"вопрос {n}"),
        rewritten=True,
    ),
    Decision: _Spec(
        _fields(
            position=("Номер решения", _number),
            text="Решение",
            responsible="Ответственные",
            deadline=("Срок", _date),
            deadline_text="Срок (словами)",
            votes_for=("За", _number),
            votes_against=("Против", _number),
            votes_abstained=("Воздержались", _number),
            adopted=("Принято", _bool),
        ),
        lambda d, r: r.item(
            _v(d, "item_id"),
            lambda n: f"вопрос {n}, решение {decision_number(n, _v(d, 'position'))}",
        ),
    ),
    BallotVote: _Spec(
        _fields(vote=("Голос (опросный лист)", _label(Vote))),
        lambda b, r: r.decision(_v(b, "decision_id"), f", {r.person_name(_v(b, 'person_id'))}"),
    ),
    Attendance: _Spec(
        _fields(
            present=("Присутствовал", _bool),
            reason=("Причина отсутствия", _label(AbsenceReason)),
            reason_note="Причина (пояснение)",
        ),
        lambda a, r: r.meeting(_v(a, "meeting_id"), f"явка: {r.person_name(_v(a, 'person_id'))}"),
    ),
    Invitation: _Spec(
        _fields(position="Должность", organisation="Организация"),
        lambda i, r: r.meeting(
            _v(i, "meeting_id"), f"приглашен: {r.person_name(_v(i, 'person_id'))}"
        ),
    ),
    ProtocolVersion: _Spec(
        _fields(
            version=("Подписанная редакция", _number),
            signed_on=("Дата подписания", _date),
            amendment_reason="Причина исправления",
        ),
        lambda v, r: r.meeting(_v(v, "meeting_id"), f"редакция {_v(v, 'version')}"),
        deletes=True,
    ),
    Assignment: _Spec(
        _fields(
            source="Источник",
            text="Текст поручения",
            given_on=("Дата поручения", _date),
            deadline=("Срок", _date),
            protocol_deadline=("Срок по протоколу", _date),
            schedule_kind=("Периодичность", _label(Recurrence)),
            schedule_day=("День срока", _number),
            schedule_month=("Месяц срока", _number),
            deadline_note="Срок (словами)",
            status=("Статус", _label(AssignmentStatus)),
            closed_on=("Снято с контроля", _date),
            removal_reason="Основание снятия",
        ),
        lambda a, r: Place(_v(a, "body_id"), ASSIGNMENT, _v(a, "id"), _assignment_title(a)),
    ),
    AssignmentExecutor: _Spec(
        _fields(name="Исполнитель", lead=("Ответственный исполнитель", _bool)),
        lambda e, r: r.assignment(_v(e, "assignment_id"), "исполнители"),
        rewritten=True,
    ),
    AssignmentReport: _Spec(
        _fields(
            reported_on=("Дата отчета", _date),
            period_deadline=("Отчет за срок", _date),
            text="Отчет об исполнении",
            accepted_by="Принял",
            file_name="Файл отчета",
        ),
        lambda rep, r: r.assignment(
            _v(rep, "assignment_id"), f"отчет от {format_date(_v(rep, 'reported_on'))}"
        ),
    ),
    DeadlineExtension: _Spec(
        _fields(
            decided_on=("Дата решения", _date),
            old_deadline=("Прежний срок", _date),
            new_deadline=("Новый срок", _date),
            reason="Основание продления",
        ),
        lambda x, r: r.assignment(_v(x, "assignment_id"), "продление срока"),
    ),
    Body: _Spec(
        _fields(
            kind=("Вид органа", _label(BodyKind)),
            full_name="Полное наименование",
            short_name="Краткое наименование",
            organisation="Организация",
            act_kind=("Вид акта о создании", _label(ActKind)),
            act_number="Номер акта о создании",
            act_date=("Дата акта о создании", _date),
            quorum_rule=("Кворум", _label(QuorumRule)),
        ),
        lambda b, r: Place(
            _v(b, "id"), ROSTER, _v(b, "id"), _roster_title(b), "сведения об органе"
        ),
    ),
    Membership: _Spec(
        _fields(
            role=("Роль", _label(Role)),
            side=("Сторона", _label(Side)),
            start_date=("В составе с", _date),
            end_date=("Выведен из состава с", _date),
            start_act_id=("Акт о включении", _act),
            end_act_id=("Акт о выводе", _act),
        ),
        lambda m, r: r.roster(_v(m, "body_id"), r.person_name(_v(m, "person_id"))),
    ),
    RosterAct: _Spec(
        _fields(
            kind=("Вид акта", _label(ActKind)),
            number="Номер акта",
            date=("Дата акта", _date),
            note="Содержание акта",
        ),
        lambda a, r: r.roster(_v(a, "body_id"), "акты о составе"),
    ),
    Person: _Spec(
        _fields(
            last_name="Фамилия",
            first_name="Имя",
            middle_name="Отчество",
            gender=("Пол", _label(Gender)),
            position="Должность",
            organisation="Организация",
        ),
        lambda p, r: Place(
            None,
            PERSON,
            _v(p, "id"),
            full_name(PersonName(p.last_name, p.first_name, p.middle_name)),
        ),
        inserts=False,  # a new person is recorded as the membership or invitation it came with
        deletes=False,
    ),
    PlanReport: _Spec(
        _fields(
            fact=("Факт", _number),
            base=("Всего (база)", _number),
            done_on=("Дата исполнения", _date),
            text="Текст отчета",
            reported_on=("Дата отчета", _date),
        ),
        lambda rep, r: r.plan_item(
            _v(rep, "item_id"),
            f"{r.unit_name(_v(rep, 'unit_id'))}, "
            f"{_QUARTERS.get(_v(rep, 'quarter'), '?')} квартал {_v(rep, 'year')}",
        ),
    ),
}


# ----- recording ----------------------------------------------------------------------------------
@dataclass
class _Event:
    obj: Any
    action: AuditAction
    changes: dict[str, tuple[Any, Any]]  # field -> (old, new), raw values


def _recording(session: Session | None) -> list | None:
    if session is None or session.info.get(_PAUSED):
        return None
    return session.info.get(_RAW)


def _on_insert(_mapper, _connection, target) -> None:
    raw = _recording(sa_inspect(target).session)
    if raw is not None and SPECS[type(target)].inserts:
        values = sa_inspect(target).dict
        raw.append(
            _Event(
                target,
                AuditAction.INSERT,
                {k: (None, values.get(k)) for k in SPECS[type(target)].fields},
            )
        )


def _on_update(_mapper, _connection, target) -> None:
    raw = _recording(sa_inspect(target).session)
    if raw is None:
        return
    attrs = sa_inspect(target).attrs
    changes = {}
    for key in SPECS[type(target)].fields:
        history = attrs[key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = (old, new)
    if changes:
        raw.append(_Event(target, AuditAction.UPDATE, changes))


def _on_delete(_mapper, _connection, target) -> None:
    raw = _recording(sa_inspect(target).session)
    if raw is not None and SPECS[type(target)].deletes:
        values = sa_inspect(target).dict
        raw.append(
            _Event(
                target,
                AuditAction.DELETE,
                {k: (values.get(k), None) for k in SPECS[type(target)].fields},
            )
        )


def _before_flush(session: Session, _context, _instances) -> None:
    if not session.info.get(_PAUSED) and _RAW not in session.info:
        session.info[_RAW] = []


def _after_flush(session: Session, _context) -> None:
    raw = session.info.get(_RAW)
    if raw:
        session.info.setdefault(_ROWS, []).extend(_resolve(session, raw))
        raw.clear()


def _identity(obj: Any) -> tuple:
    state = sa_inspect(obj)
    return (type(obj), state.identity or state.mapper.primary_key_from_instance(obj))


def _resolve(session: Session, events: list[_Event]) -> list[dict]:
    """The events of a flush in words: one row per changed field, not yet joined."""
    resolver = _Resolver(session)
    rows = []
    with session.no_autoflush:
        for event_ in events:
            spec = SPECS[type(event_.obj)]
            place = spec.place(event_.obj, resolver)
            for key, (old, new) in event_.changes.items():
                label, show = spec.fields[key]
                rows.append(
                    {
                        "object": _identity(event_.obj),
                        "rewritten": spec.rewritten,
                        "action": event_.action,
                        "body_id": place.body_id,
                        "subject_kind": place.kind,
                        "subject_id": place.subject_id,
                        "subject_title": place.title,
                        "detail": place.detail,
                        "key": key,
                        "field": label,
                        "old_value": show(old, resolver),
                        "new_value": show(new, resolver),
                    }
                )
    return rows


def _joined(rows: list[dict]) -> list[dict]:
    """The rows of a transaction, each field's changes joined: an object's first old value
    and last new value, nothing for what was created and deleted within it, nothing for a
    row of a rewritten list deleted and created again as it was."""
    actions: dict[tuple, list[AuditAction]] = {}
    by_field: dict[tuple, list[dict]] = {}
    for row in rows:
        actions.setdefault(row["object"], []).append(row["action"])
        by_field.setdefault((row["object"], row["key"]), []).append(row)
    result = []
    for (obj, _field), changes in by_field.items():
        existed = actions[obj][0] is not AuditAction.INSERT
        exists = actions[obj][-1] is not AuditAction.DELETE
        first, last = changes[0], changes[-1]
        row = dict(last)
        if existed and exists:
            row["action"], row["old_value"] = AuditAction.UPDATE, first["old_value"]
            if row["old_value"] == row["new_value"]:
                continue
        elif exists:
            row["action"], row["old_value"] = AuditAction.INSERT, ""
            if not row["new_value"]:
                continue
        elif existed:
            row.update(action=AuditAction.DELETE, old_value=first["old_value"], new_value="")
            if not row["old_value"]:
                continue
            # the place as it was (a deleted row's place is read before it went)
            for key in ("body_id", "subject_kind", "subject_id", "subject_title", "detail"):
                row[key] = first[key]
        else:
            continue
        result.append(row)
    # A rewritten list: a row deleted and one created with the same words cancel out.
    created: dict[tuple, list[dict]] = {}
    for row in result:
        if row["rewritten"] and row["action"] is AuditAction.INSERT:
            created.setdefault(_same(row, "new_value"), []).append(row)
    dropped: set[int] = set()
    for row in result:
        if row["rewritten"] and row["action"] is AuditAction.DELETE:
            twins = created.get(_same(row, "old_value"))
            if twins:
                dropped.update((id(row), id(twins.pop())))
    return [row for row in result if id(row) not in dropped]


def _same(row: dict, value: str) -> tuple:
    return (row["subject_kind"], row["subject_id"], row["detail"], row["field"], row[value])


def _before_commit(session: Session) -> None:
    if session.info.get(_PAUSED):
        return
    if session.new or session.dirty or session.deleted:
        session.flush()
    rows = session.info.pop(_ROWS, None)
    if not rows:
        return
    user = current_user()
    at = datetime.now()  # one moment for the transaction: its rows stay together, in order
    entries = []
    for row in _joined(rows):
        action = AuditAction(row["action"])
        entries.append(
            {
                "at": at,
                "user": user,
                "body_id": row["body_id"],
                "subject_kind": row["subject_kind"],
                "subject_id": row["subject_id"],
                "subject_title": row["subject_title"],
                "detail": row["detail"],
                "action": action.value,
                "field": row["field"],
                "old_value": row["old_value"],
                "new_value": row["new_value"],
                "search_text": fold(
                    " ".join(
                        (
                            user,
                            row["subject_title"],
                            row["detail"],
                            action.label,
                            row["field"],
                            row["old_value"],
                            row["new_value"],
                        )
                    )
                ),
            }
        )
    if entries:
        session.connection().execute(insert(AuditEntry.__table__), entries)


def _forget(session: Session, *_args) -> None:
    session.info.pop(_ROWS, None)
    session.info.pop(_RAW, None)


def _bulk_delete(state) -> Any:
    """``session.execute(delete(Model).where(...))`` of an audited model: the rows are read
    first and recorded as deleted."""
    if not state.is_delete or state.bind_mapper is None:
        return None
    cls = state.bind_mapper.class_
    session = state.session
    if cls not in SPECS or session.info.get(_PAUSED) or not SPECS[cls].deletes:
        return None
    where = state.statement.whereclause
    query = select(cls) if where is None else select(cls).where(where)
    doomed = session.scalars(query).all()
    events = [
        _Event(obj, AuditAction.DELETE, {k: (_v(obj, k), None) for k in SPECS[cls].fields})
        for obj in doomed
    ]
    rows = _resolve(session, events) if events else []
    result = state.invoke_statement()
    session.info.setdefault(_ROWS, []).extend(rows)
    return result


def _map_refusal(context) -> Exception | None:
    """The triggers' refusal to change a signed protocol, as a Russian ValidationError."""
    original = context.original_exception
    if isinstance(original, sqlite3.DatabaseError) and SIGNED_PROTOCOL_REFUSAL in str(original):
        return ValidationError(SIGNED_PROTOCOL_MESSAGE, "Протокол")
    return None


_mapper_events_installed = False


def install(engine: Engine, sessions: sessionmaker) -> None:
    """Record the changes made in the sessions of ``sessions``; turn the database's refusal
    to change a signed protocol into a ``ValidationError``."""
    global _mapper_events_installed
    if not _mapper_events_installed:
        for cls in SPECS:
            event.listen(cls, "after_insert", _on_insert)
            event.listen(cls, "after_update", _on_update)
            event.listen(cls, "after_delete", _on_delete)
        _mapper_events_installed = True
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "after_soft_rollback", _forget)
    event.listen(sessions, "do_orm_execute", _bulk_delete)
    event.listen(engine, "handle_error", _map_refusal)


@contextmanager
def audit_paused(session: Session) -> Iterator[None]:
    """Nothing done in the block is recorded (the example's loading: it is nobody's
    official record). The block's changes are flushed before recording resumes."""
    before = session.info.get(_PAUSED, False)
    session.info[_PAUSED] = True
    try:
        yield
        session.flush()
    finally:
        session.info[_PAUSED] = before


# ----- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    body_id: int | None
    body_name: str
    subject_kind: str
    subject_id: int
    subject_title: str
    detail: str
    action: AuditAction
    field: str
    old_value: str
    new_value: str

    @property
    def where(self) -> str:
        """«Протокол № 3 от 12.03.2024, вопрос 2, решение 2.1»."""
        return ", ".join(part for part in (self.subject_title, self.detail) if part)


def _rows(session: Session, query) -> list[AuditRow]:
    query = query.add_columns(Body.short_name).outerjoin(Body, Body.id == AuditEntry.body_id)
    return [
        AuditRow(
            e.id,
            e.at,
            e.user,
            e.body_id,
            name or "",
            e.subject_kind,
            e.subject_id,
            e.subject_title,
            e.detail,
            AuditAction(e.action),
            e.field,
            e.old_value,
            e.new_value,
        )
        for e, name in session.execute(query)
    ]


def subject_title(session: Session, subject_kind: str, subject_id: int) -> str:
    """The record's title as the history names it («Протокол № 3 от 12.03.2024»)."""
    r = _Resolver(session)
    if subject_kind == MEETING:
        return r.meeting(subject_id).title
    if subject_kind == ASSIGNMENT:
        return r.assignment(subject_id).title
    if subject_kind == ROSTER:
        return r.roster(subject_id).title
    if subject_kind == PLAN_ITEM:
        return r.plan_item(subject_id).title
    if subject_kind == PERSON:
        person = r.get(Person, subject_id)
        if person is not None:
            return full_name(PersonName(person.last_name, person.first_name, person.middle_name))
    return f"Запись с кодом {subject_id}"


def history(session: Session, subject_kind: str, subject_id: int) -> list[AuditRow]:
    """Every recorded change of one record, the latest first. A roster's history includes
    the changes of its members' names and positions."""
    condition = (AuditEntry.subject_kind == subject_kind) & (AuditEntry.subject_id == subject_id)
    if subject_kind == ROSTER:
        members = select(Membership.person_id).where(Membership.body_id == subject_id)
        condition = or_(
            condition,
            (AuditEntry.subject_kind == PERSON) & AuditEntry.subject_id.in_(members),
        )
    query = select(AuditEntry).where(condition).order_by(AuditEntry.at.desc(), AuditEntry.id)
    return _rows(session, query)


def search(
    session: Session,
    text: str = "",
    body_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """The journal: the latest changes (up to ``limit``) whose words hold every word of
    ``text`` (any case, ё = е, any part of a word), of one body and within the dates if
    given. Words of three letters or more are looked up in the trigram index
    ``audit_search`` (migration 0006), read newest first so that the search stops at
    ``limit``; shorter ones («№», «3») are checked in the rows found."""
    words = fold(text).split()
    indexed = [w for w in words if len(w) >= 3]
    query = select(AuditEntry)
    if indexed:
        index = table(AUDIT_SEARCH_INDEX, column("rowid"))
        phrase = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
        query = (
            query.join(index, index.c.rowid == AuditEntry.id)
            .where(literal_column(AUDIT_SEARCH_INDEX).op("MATCH")(phrase))
            .order_by(index.c.rowid.desc())
        )
    else:
        query = query.order_by(AuditEntry.id.desc())
    for word in words:
        if len(word) < 3:
            query = query.where(func.instr(AuditEntry.search_text, word) > 0)
    if body_id is not None:
        query = query.where(AuditEntry.body_id == body_id)
    if date_from is not None:
        query = query.where(AuditEntry.at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        query = query.where(AuditEntry.at <= datetime.combine(date_to, time.max))
    rows = _rows(session, query.limit(limit))
    # newest transaction first, the rows of one transaction in the order they were made
    return sorted(rows, key=lambda r: (-r.at.timestamp(), r.id))
