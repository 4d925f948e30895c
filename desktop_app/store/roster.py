"""A body's roster in the database: members on a date, adding, editing, ending terms,
and changes by act. History is never overwritten: leaving ends a term, a new role starts
a new term."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.body import BodyFields
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line, clean_text, fold
from desktop_app.domain.names import Case, PersonName
from desktop_app.domain.person import PersonFields
from desktop_app.domain.roster import (
    PrintedRoster,
    RosterEntry,
    Term,
    check_term,
    printed_order,
)
from desktop_app.domain.vocabulary import ActKind, Gender, Role, Side
from desktop_app.store.bodies import body_fields, get_body_row
from desktop_app.store.models import Membership, Person, RosterAct


@dataclass(frozen=True)
class ActFields:
    kind: ActKind
    number: str
    date: date
    note: str = ""

    def reference(self) -> str:
        return f"{self.kind.label} от {format_date(self.date)} № {self.number}".strip()


@dataclass(frozen=True)
class Join:
    """A person joins the body (an existing person by id, or a new one)."""

    role: Role
    person: PersonFields | None = None
    person_id: int | None = None
    side: Side | None = None


@dataclass(frozen=True)
class Leave:
    membership_id: int


@dataclass(frozen=True)
class ChangeRole:
    membership_id: int
    role: Role
    side: Side | None = None


@dataclass(frozen=True)
class ActSummary:
    id: int
    reference: str
    date: date
    joined: int
    left: int


RosterChange = Join | Leave | ChangeRole


def _current(day: date):
    return (Membership.start_date <= day) & (
        or_(Membership.end_date.is_(None), Membership.end_date > day)
    )


def _entry(membership: Membership, person: Person) -> RosterEntry:
    return RosterEntry(
        membership_id=membership.id,
        person_id=person.id,
        last_name=person.last_name,
        first_name=person.first_name,
        middle_name=person.middle_name,
        gender=Gender(person.gender) if person.gender else None,
        position=person.position,
        organisation=person.organisation,
        role=Role(membership.role),
        side=Side(membership.side) if membership.side else None,
        start=membership.start_date,
        end=membership.end_date,
    )


def roster_on(session: Session, body_id: int, day: date | None = None) -> list[RosterEntry]:
    """The members of the body on ``day`` (today by default), in printed order."""
    day = day or date.today()
    rows = session.execute(
        select(Membership, Person)
        .join(Person, Membership.person_id == Person.id)
        .where(Membership.body_id == body_id, _current(day))
    )
    return printed_order(_entry(m, p) for m, p in rows)


def _terms(session: Session, body_id: int, exclude_id: int | None = None) -> list[Term]:
    query = select(
        Membership.id,
        Membership.person_id,
        Membership.role,
        Membership.start_date,
        Membership.end_date,
    ).where(Membership.body_id == body_id)
    if exclude_id is not None:
        query = query.where(Membership.id != exclude_id)
    return [
        Term(
            person_id=r.person_id,
            role=Role(r.role),
            start=r.start_date,
            end=r.end_date,
            membership_id=r.id,
        )
        for r in session.execute(query)
    ]


def _describer(session: Session):
    def describe(person_id: int) -> str:
        person = session.get(Person, person_id)
        if person is None:
            return "новый член"
        return " ".join(p for p in (person.last_name, person.first_name, person.middle_name) if p)

    return describe


def _fill_person(person: Person, fields: PersonFields) -> None:
    from desktop_app.domain.names import guess_gender

    gender = fields.gender or guess_gender(fields.middle_name, fields.first_name)
    person.last_name = fields.last_name
    person.first_name = fields.first_name
    person.middle_name = fields.middle_name
    person.gender = gender.value if gender else None
    person.position = fields.position
    person.organisation = fields.organisation
    person.phone = fields.phone
    person.email = fields.email
    person.name_genitive = fields.name_genitive
    person.name_dative = fields.name_dative
    person.name_accusative = fields.name_accusative


def person_fields(session: Session, person_id: int) -> PersonFields:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"Человек с кодом {person_id} не найден")
    return PersonFields(
        last_name=person.last_name,
        first_name=person.first_name,
        middle_name=person.middle_name,
        gender=Gender(person.gender) if person.gender else None,
        position=person.position,
        organisation=person.organisation,
        phone=person.phone,
        email=person.email,
        name_genitive=person.name_genitive,
        name_dative=person.name_dative,
        name_accusative=person.name_accusative,
    )


def create_person(session: Session, fields: PersonFields) -> int:
    person = Person()
    _fill_person(person, fields.cleaned())
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, fields: PersonFields) -> None:
    """Edit a person: the change shows in every body the person sits in."""
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"Человек с кодом {person_id} не найден")
    _fill_person(person, fields.cleaned())


def find_people(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """People whose surname starts with ``text`` (case-insensitive, ё = е):
    (id, full name, position), for reusing a person in another body."""
    wanted = fold(text.strip())
    if not wanted:
        return []
    found = []
    # SQLite's lower() is ASCII-only; the surname's first letter narrows the scan.
    first = wanted[0]
    candidates = session.execute(
        select(Person.id, Person.last_name, Person.first_name, Person.middle_name, Person.position)
        .where(
            or_(
                Person.last_name.startswith(first.upper()),
                Person.last_name.startswith(first),
                Person.last_name.startswith("Ё" if first == "е" else first.upper()),
            )
        )
        .order_by(Person.last_name, Person.first_name)
    )
    for row in candidates:
        if fold(row.last_name).startswith(wanted):
            name = " ".join(p for p in (row.last_name, row.first_name, row.middle_name) if p)
            found.append((row.id, name, row.position))
            if len(found) >= limit:
                break
    return found


def _add_term(
    session: Session,
    body_id: int,
    person_id: int,
    role: Role,
    side: Side | None,
    start: date,
    act_id: int | None,
    end: date | None = None,
) -> int:
    term = Term(person_id=person_id, role=role, start=start, end=end)
    check_term(term, _terms(session, body_id), _describer(session))
    membership = Membership(
        body_id=body_id,
        person_id=person_id,
        role=role.value,
        side=side.value if side else None,
        start_date=start,
        end_date=end,
        start_act_id=act_id,
    )
    session.add(membership)
    session.flush()
    return membership.id


def add_member(
    session: Session,
    body_id: int,
    person: PersonFields | int,
    role: Role,
    start: date,
    side: Side | None = None,
    act_id: int | None = None,
) -> int:
    """Add a member: a new person (PersonFields) or an existing one (their id)."""
    get_body_row(session, body_id)
    person_id = person if isinstance(person, int) else create_person(session, person)
    return _add_term(session, body_id, person_id, role, side, start, act_id)


def _membership(session: Session, membership_id: int) -> Membership:
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise LookupError(f"Запись состава {membership_id} не найдена")
    return membership


def update_member(
    session: Session,
    membership_id: int,
    person: PersonFields,
    role: Role,
    start: date,
    side: Side | None = None,
    end: date | None = None,
) -> None:
    """Correct a member's record (a typing mistake, not a change by act)."""
    membership = _membership(session, membership_id)
    term = Term(person_id=membership.person_id, role=role, start=start, end=end)
    check_term(
        term, _terms(session, membership.body_id, exclude_id=membership_id), _describer(session)
    )
    update_person(session, membership.person_id, person)
    membership.role = role.value
    membership.side = side.value if side else None
    membership.start_date = start
    membership.end_date = end


def end_membership(
    session: Session, membership_id: int, end: date, act_id: int | None = None
) -> None:
    """The member leaves the body from ``end`` on; the term stays in the history."""
    membership = _membership(session, membership_id)
    if membership.end_date is not None and membership.end_date <= end:
        raise ValidationError(
            f"член уже выбыл из состава с {format_date(membership.end_date)}", "Дата выбытия"
        )
    if end <= membership.start_date:
        raise ValidationError(
            f"дата выбытия должна быть позже даты включения ({format_date(membership.start_date)})",
            "Дата выбытия",
        )
    membership.end_date = end
    membership.end_act_id = act_id


def delete_membership(session: Session, membership_id: int) -> None:
    """Remove a record entered by mistake; the person is deleted too when nothing else
    refers to them."""
    membership = _membership(session, membership_id)
    person_id = membership.person_id
    session.delete(membership)
    session.flush()
    if (
        session.scalar(select(Membership.id).where(Membership.person_id == person_id).limit(1))
        is None
    ):
        session.delete(session.get(Person, person_id))


def record_act(session: Session, body_id: int, act: ActFields) -> int:
    number = clean_line(act.number, "Номер акта", limit=60)
    if not number:
        raise ValidationError("укажите номер акта", "Номер акта")
    row = RosterAct(
        body_id=body_id,
        kind=ActKind(act.kind).value,
        number=number,
        date=act.date,
        note=clean_text(act.note, "Примечание к акту"),
    )
    session.add(row)
    session.flush()
    return row.id


def apply_roster_change(
    session: Session, body_id: int, act: ActFields, changes: Sequence[RosterChange]
) -> int:
    """Record an act and the changes it makes, all effective on the act's date.

    Leaves and role changes go first, so that a new chair can replace the old one in one
    act. Any broken rule raises ValidationError and, the caller's transaction being rolled
    back, changes nothing.
    """
    if not changes:
        raise ValidationError("акт не вносит ни одного изменения в состав", "Изменения")
    get_body_row(session, body_id)
    act_id = record_act(session, body_id, act)
    day = act.date
    ordered = sorted(
        changes, key=lambda c: 0 if isinstance(c, Leave) else 1 if isinstance(c, ChangeRole) else 2
    )
    for change in ordered:
        if isinstance(change, Leave):
            _end_current(session, body_id, change.membership_id, day, act_id)
        elif isinstance(change, ChangeRole):
            membership = _membership(session, change.membership_id)
            _end_current(session, body_id, change.membership_id, day, act_id)
            _add_term(session, body_id, membership.person_id, change.role, change.side, day, act_id)
    for change in ordered:
        if isinstance(change, Join):
            if change.person_id is not None:
                person_id = change.person_id
            elif change.person is not None:
                person_id = create_person(session, change.person)
            else:
                raise ValidationError("не указан новый член", "ФИО")
            _add_term(session, body_id, person_id, change.role, change.side, day, act_id)
    return act_id


def _end_current(
    session: Session, body_id: int, membership_id: int, day: date, act_id: int
) -> None:
    membership = _membership(session, membership_id)
    if membership.body_id != body_id or not Term(
        membership.person_id, Role(membership.role), membership.start_date, membership.end_date
    ).covers(day):
        raise ValidationError(
            f"{_describer(session)(membership.person_id)} не входит в состав на {format_date(day)}",
            "Изменения",
        )
    if membership.start_date == day:
        raise ValidationError(
            f"{_describer(session)(membership.person_id)} включен(а) в состав в тот же день",
            "Изменения",
        )
    end_membership(session, membership_id, day, act_id)


def list_acts(session: Session, body_id: int) -> list[ActSummary]:
    """The acts of the body's roster, newest first, with how many joined and left."""
    in_body = Membership.body_id == body_id
    joined = dict(
        session.execute(
            select(Membership.start_act_id, func.count())
            .where(in_body, Membership.start_act_id.is_not(None))
            .group_by(Membership.start_act_id)
        ).all()
    )
    left = dict(
        session.execute(
            select(Membership.end_act_id, func.count())
            .where(in_body, Membership.end_act_id.is_not(None))
            .group_by(Membership.end_act_id)
        ).all()
    )
    acts = session.scalars(
        select(RosterAct)
        .where(RosterAct.body_id == body_id)
        .order_by(RosterAct.date.desc(), RosterAct.id.desc())
    )
    return [
        ActSummary(
            act.id,
            ActFields(ActKind(act.kind), act.number, act.date).reference(),
            act.date,
            joined.get(act.id, 0),
            left.get(act.id, 0),
        )
        for act in acts
    ]


def printed_roster(session: Session, body_id: int, day: date | None = None) -> PrintedRoster:
    """Everything the printed roster shows, as it was on ``day``."""
    day = day or date.today()
    body = body_fields(session, body_id)
    entries = roster_on(session, body_id, day)
    latest_act = session.scalar(
        select(RosterAct)
        .where(RosterAct.body_id == body_id, RosterAct.date <= day)
        .order_by(RosterAct.date.desc(), RosterAct.id.desc())
        .limit(1)
    )
    return PrintedRoster(
        body_kind=body.kind,
        title=f"Состав {body.full_name_genitive}",
        approval_lines=_approval_lines(body, latest_act),
        organisation=body.organisation,
        as_of=day,
        entries=tuple(entries),
    )


def _approval_lines(body: BodyFields, latest_act: RosterAct | None) -> tuple[str, ...]:
    """«Утвержден / распоряжением администрации ... / от 18.10.2022 № 41-р» — the act that
    gave the roster its current form (the latest change, else the creating act)."""
    if latest_act is not None:
        kind, number, when = ActKind(latest_act.kind), latest_act.number, latest_act.date
    elif body.act_number or body.act_date:
        kind, number, when = body.act_kind, body.act_number, body.act_date
    else:
        return ()
    instrumental = kind.instrumental
    organisation = _organisation_genitive(body.organisation)
    dated = " ".join(
        part
        for part in (
            f"от {format_date(when)}" if when else "",
            f"№\u00a0{number}" if number else "",
        )
        if part
    )
    return tuple(
        line for line in ("Утвержден", f"{instrumental} {organisation}".strip(), dated) if line
    )


def _organisation_genitive(organisation: str) -> str:
    """«Администрация Беловского городского округа» → «администрации Беловского ...»."""
    if organisation.startswith("Администрация"):
        return "администрации" + organisation[len("Администрация") :]
    return organisation


@dataclass
class ImportResult:
    added: int = 0
    reused: list[str] = field(default_factory=list)


def same_person(session: Session, fields: PersonFields) -> int | None:
    """An existing person with exactly this full name (ё = е, any case), if unique."""

    wanted = fold(fields.full_name)
    matches = [
        person_id
        for person_id, last, first, middle in session.execute(
            select(Person.id, Person.last_name, Person.first_name, Person.middle_name).where(
                Person.first_name == fields.first_name
            )
        )
        if fold(" ".join(p for p in (last, first, middle) if p)) == wanted
    ]
    return matches[0] if len(matches) == 1 else None


def add_members(
    session: Session,
    body_id: int,
    members: Sequence[tuple[PersonFields, Role]],
    start: date,
    act: ActFields | None = None,
) -> ImportResult:
    """Add many members at once (a roster pasted from an act). A person already in the
    database under the same full name is reused, their position updated from the act.
    A bad row raises ValidationError naming it; the caller's transaction then adds nothing.
    """
    act_id = record_act(session, body_id, act) if act is not None else None
    result = ImportResult()
    for row_number, (fields, role) in enumerate(members, start=1):
        try:
            cleaned = fields.cleaned()
            person_id = same_person(session, cleaned)
            if person_id is None:
                person_id = create_person(session, cleaned)
            else:
                person = session.get(Person, person_id)
                if cleaned.position:
                    person.position = cleaned.position
                if cleaned.organisation:
                    person.organisation = cleaned.organisation
                result.reused.append(cleaned.full_name)
            _add_term(session, body_id, person_id, role, None, start, act_id)
        except ValidationError as error:
            raise ValidationError(
                error.message, f"Строка {row_number}, {error.field or 'запись'}"
            ) from None
        result.added += 1
    return result


def name_of(person: Person) -> PersonName:
    """The person's name with their hand-typed case forms, for the names module."""
    return PersonName(
        person.last_name,
        person.first_name,
        person.middle_name,
        Gender(person.gender) if person.gender else None,
        {
            Case.GENITIVE: person.name_genitive,
            Case.DATIVE: person.name_dative,
            Case.ACCUSATIVE: person.name_accusative,
        },
    )
