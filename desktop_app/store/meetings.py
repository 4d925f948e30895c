"""Meetings in the database: the year's schedule, the agenda and proposals for it, invited
people, attendance and quorum, minutes with decisions and votes, signing and amendments.

Every function works inside the caller's session (one transaction) and raises
``ValidationError`` with a Russian message, changing nothing, when a rule is broken. The
rules that protect the official record live here, in one place:

* the agenda cannot change after the chair approved it, until the approval is withdrawn;
* nothing of a signed protocol changes, except inside an amendment (a date and a reason),
  which ends with a new signed version; every signed version is kept as printed;
* a decision cannot be recorded as adopted without a quorum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line, clean_text
from desktop_app.domain.meeting import (
    AbsenceReason,
    MeetingForm,
    MeetingStatus,
    ProtocolForm,
    QuarterMeeting,
    QuarterStatus,
    Quorum,
    Vote,
    VoteCount,
    decision_number,
    quarter_statuses,
)
from desktop_app.domain.names import full_name, list_name
from desktop_app.domain.person import PersonFields
from desktop_app.domain.roster import RosterEntry
from desktop_app.domain.vocabulary import BodyKind, QuorumRule, Role
from desktop_app.store.assignments import sync_with_protocol
from desktop_app.store.bodies import get_body_row
from desktop_app.store.models import (
    AgendaItem,
    AgendaProposal,
    Attendance,
    BallotVote,
    Body,
    Decision,
    Invitation,
    Meeting,
    Membership,
    Person,
    ProtocolVersion,
    Speaker,
)
from desktop_app.store.roster import create_person, name_of, roster_on, same_person

# --- the meeting itself -------------------------------------------------------------------


@dataclass
class MeetingFields:
    day: date | None = None
    start: time | None = None
    venue: str = ""
    form: MeetingForm = MeetingForm.IN_PERSON
    number: int | None = None  # None: the next free number of the year
    protocol_form: ProtocolForm = ProtocolForm.FULL
    note: str = ""

    def cleaned(self) -> MeetingFields:
        if self.day is None:
            raise ValidationError("укажите дату заседания", "Дата")
        if self.number is not None and (
            not isinstance(self.number, int) or not 0 < self.number < 10000
        ):
            raise ValidationError("номер — целое число от 1", "Номер")
        return MeetingFields(
            day=self.day,
            start=self.start,
            venue=clean_text(self.venue, "Место проведения", limit=500),
            form=MeetingForm(self.form),
            number=self.number,
            protocol_form=ProtocolForm(self.protocol_form),
            note=clean_text(self.note, "Примечание"),
        )


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise LookupError(f"Заседание с кодом {meeting_id} не найдено")
    return meeting


def next_number(session: Session, body_id: int, year: int) -> int:
    highest = session.scalar(
        select(func.max(Meeting.number)).where(Meeting.body_id == body_id, Meeting.year == year)
    )
    return (highest or 0) + 1


def _check_number_free(
    session: Session, body_id: int, year: int, number: int, meeting_id: int | None
) -> None:
    taken = session.scalar(
        select(Meeting.id).where(
            Meeting.body_id == body_id,
            Meeting.year == year,
            Meeting.number == number,
            Meeting.id != (meeting_id or 0),
        )
    )
    if taken:
        raise ValidationError(f"заседание № {number} в {year} году уже есть", "Номер")


def create_meeting(session: Session, body_id: int, fields: MeetingFields) -> int:
    get_body_row(session, body_id)
    fields = fields.cleaned()
    assert fields.day is not None
    year = fields.day.year
    number = fields.number or next_number(session, body_id, year)
    _check_number_free(session, body_id, year, number, None)
    meeting = Meeting(body_id=body_id, year=year, number=number)
    _fill_meeting(meeting, fields)
    meeting.status = MeetingStatus.PLANNED
    session.add(meeting)
    session.flush()
    meeting.presiding_person_id = _default_presiding(session, meeting)
    return meeting.id


def _fill_meeting(meeting: Meeting, fields: MeetingFields) -> None:
    meeting.day = fields.day
    meeting.start = fields.start
    meeting.venue = fields.venue
    meeting.form = fields.form
    meeting.protocol_form = fields.protocol_form
    meeting.note = fields.note


def meeting_fields(session: Session, meeting_id: int) -> MeetingFields:
    meeting = get_meeting(session, meeting_id)
    return MeetingFields(
        day=meeting.day,
        start=meeting.start,
        venue=meeting.venue,
        form=MeetingForm(meeting.form),
        number=meeting.number,
        protocol_form=ProtocolForm(meeting.protocol_form),
        note=meeting.note,
    )


def update_meeting(session: Session, meeting_id: int, fields: MeetingFields) -> None:
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    fields = fields.cleaned()
    assert fields.day is not None
    year = fields.day.year
    number = fields.number or (
        meeting.number if year == meeting.year else next_number(session, meeting.body_id, year)
    )
    _check_number_free(session, meeting.body_id, year, number, meeting.id)
    day_changed = fields.day != meeting.day
    meeting.year, meeting.number = year, number
    _fill_meeting(meeting, fields)
    if day_changed:
        _drop_attendance_of_non_members(session, meeting)


def delete_meeting(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    if MeetingStatus(meeting.status) is MeetingStatus.SIGNED:
        raise ValidationError(
            f"протокол № {meeting.number} подписан: подписанное заседание не удаляется",
            "Заседание",
        )
    for proposal in session.scalars(
        select(AgendaProposal).where(AgendaProposal.meeting_id == meeting_id)
    ):  # back to «not scheduled»: the proposal is not lost with the meeting
        proposal.status, proposal.meeting_id, proposal.item_id = (
            ProposalStatus.SUBMITTED,
            None,
            None,
        )
    session.delete(meeting)


def is_locked(meeting: Meeting) -> bool:
    """A signed protocol with no amendment open: nothing of it may change."""
    return MeetingStatus(meeting.status) is MeetingStatus.SIGNED and meeting.amendment_on is None


def _ensure_protocol_editable(meeting: Meeting) -> None:
    if is_locked(meeting):
        raise ValidationError(
            f"протокол № {meeting.number} от {format_date(meeting.day)} подписан "
            f"{format_date(meeting.signed_on)}; изменения вносятся только исправлением "
            "(«Внести исправление»: дата и причина)",
            "Протокол",
        )


def _ensure_still_unsigned(meeting: Meeting) -> None:
    """The course of a signed meeting does not go back, not even inside an amendment."""
    if MeetingStatus(meeting.status) is MeetingStatus.SIGNED:
        raise ValidationError(
            f"протокол подписан {format_date(meeting.signed_on)}: статус заседания не "
            "меняется, исправление завершается подписанием новой версии",
            "Статус",
        )


def _ensure_agenda_editable(meeting: Meeting) -> None:
    _ensure_protocol_editable(meeting)
    if meeting.agenda_approved_on is not None and meeting.amendment_on is None:
        raise ValidationError(
            f"повестка утверждена председателем {format_date(meeting.agenda_approved_on)}; "
            "чтобы изменить её, отмените утверждение, а после изменений утвердите снова",
            "Повестка",
        )


# --- the year's schedule ------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    number: int
    year: int
    day: date
    start: time | None
    venue: str
    form: MeetingForm
    status: MeetingStatus
    items: int
    amending: bool

    @property
    def reference(self) -> str:
        return f"{self.number}/{self.year}"


def list_meetings(session: Session, body_id: int, year: int | None = None) -> list[MeetingRow]:
    """A body's meetings (of one year, or all), by date."""
    items = (
        select(AgendaItem.meeting_id, func.count().label("n"))
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Meeting.body_id == body_id)
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, func.coalesce(items.c.n, 0))
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.day, Meeting.number)
    )
    if year is not None:
        query = query.where(Meeting.year == year)
    return [
        MeetingRow(
            id=m.id,
            number=m.number,
            year=m.year,
            day=m.day,
            start=m.start,
            venue=m.venue,
            form=MeetingForm(m.form),
            status=MeetingStatus(m.status),
            items=n,
            amending=m.amendment_on is not None,
        )
        for m, n in session.execute(query)
    ]


def meeting_years(session: Session, body_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Meeting.year).where(Meeting.body_id == body_id).distinct().order_by(Meeting.year)
        )
    )


def _body_since(session: Session, body: Body) -> date | None:
    first_term = session.scalar(
        select(func.min(Membership.start_date)).where(Membership.body_id == body.id)
    )
    candidates = [d for d in (body.act_date, first_term) if d is not None]
    return min(candidates) if candidates else None


def quarter_overview(session: Session, body_id: int, year: int) -> list[QuarterStatus]:
    """The four quarters of the year for the body: its meetings and which are short."""
    body = get_body_row(session, body_id)
    rows = session.execute(
        select(Meeting.id, Meeting.number, Meeting.day, Meeting.status).where(
            Meeting.body_id == body_id, Meeting.year == year
        )
    )
    meetings = [QuarterMeeting(i, n, d, MeetingStatus(s)) for i, n, d, s in rows]
    return quarter_statuses(year, meetings, body.meetings_per_quarter, _body_since(session, body))


def short_quarters(session: Session, year: int) -> dict[int, list[QuarterStatus]]:
    """For every body, the quarters of ``year`` with no meeting held or planned."""
    counts: dict[tuple[int, int], int] = {}
    rows = session.execute(select(Meeting.body_id, Meeting.day).where(Meeting.year == year))
    for body_id, day in rows:
        key = (body_id, (day.month - 1) // 3 + 1)
        counts[key] = counts.get(key, 0) + 1
    since = dict(
        session.execute(
            select(Membership.body_id, func.min(Membership.start_date)).group_by(Membership.body_id)
        ).all()
    )
    result: dict[int, list[QuarterStatus]] = {}
    for body in session.scalars(select(Body)):
        starts = [d for d in (body.act_date, since.get(body.id)) if d is not None]
        fake = [
            QuarterMeeting(0, 0, date(year, 3 * q - 2, 1), MeetingStatus.PLANNED)
            for q in range(1, 5)
            for _ in range(counts.get((body.id, q), 0))
        ]
        statuses = quarter_statuses(
            year, fake, body.meetings_per_quarter, min(starts) if starts else None
        )
        short = [s for s in statuses if s.flagged]
        if short:
            result[body.id] = short
    return result


# --- the agenda ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerRef:
    """A speaker of an item: a person (a member or an invited person) or a typed text."""

    person_id: int | None = None
    text: str = ""


@dataclass
class ItemFields:
    title: str = ""
    materials_by: str = ""
    speakers: Sequence[SpeakerRef] = field(default_factory=list)

    def cleaned(self) -> ItemFields:
        speakers = []
        for ref in self.speakers:
            text = clean_line(ref.text, "Докладчик", limit=500)
            if ref.person_id is None and not text:
                continue
            speakers.append(SpeakerRef(ref.person_id, "" if ref.person_id else text))
        return ItemFields(
            title=clean_text(self.title, "Вопрос повестки", required=True, limit=4000),
            materials_by=clean_text(self.materials_by, "Материалы готовит", limit=1000),
            speakers=speakers,
        )


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise LookupError(f"Вопрос повестки с кодом {item_id} не найден")
    return item


def _set_speakers(session: Session, item: AgendaItem, speakers: Sequence[SpeakerRef]) -> None:
    item.speakers.clear()
    session.flush()
    for position, ref in enumerate(speakers, 1):
        if ref.person_id is not None and session.get(Person, ref.person_id) is None:
            raise ValidationError("такого человека нет в базе", "Докладчик")
        item.speakers.append(Speaker(position=position, person_id=ref.person_id, text=ref.text))


def add_item(session: Session, meeting_id: int, fields: ItemFields) -> int:
    meeting = get_meeting(session, meeting_id)
    _ensure_agenda_editable(meeting)
    fields = fields.cleaned()
    position = len(meeting.items) + 1
    item = AgendaItem(
        position=position, title=fields.title, materials_by=fields.materials_by, heard=""
    )
    meeting.items.append(item)
    session.flush()
    _set_speakers(session, item, fields.speakers)
    return item.id


def add_progress_item(session: Session, meeting_id: int) -> int:
    """Add the item «О ходе исполнения решений …»: the secretary reports, and СЛУШАЛИ is
    filled with the body's assignments on control as of the meeting's day."""
    from desktop_app.store.assignments import progress_item

    meeting = get_meeting(session, meeting_id)
    title, summary = progress_item(session, meeting.body_id, meeting.day)
    secretary = next(
        (e for e in roster_on(session, meeting.body_id, meeting.day) if e.role is Role.SECRETARY),
        None,
    )
    item_id = add_item(
        session,
        meeting_id,
        ItemFields(
            title,
            materials_by=f"секретарь {BodyKind(get_body_row(session, meeting.body_id).kind).genitive}",
            speakers=[SpeakerRef(secretary.person_id)] if secretary else [],
        ),
    )
    update_minutes(session, item_id, summary, "")
    return item_id


def item_fields(session: Session, item_id: int) -> ItemFields:
    item = _item(session, item_id)
    return ItemFields(
        title=item.title,
        materials_by=item.materials_by,
        speakers=[SpeakerRef(s.person_id, s.text) for s in item.speakers],
    )


def update_item(session: Session, item_id: int, fields: ItemFields) -> None:
    item = _item(session, item_id)
    _ensure_agenda_editable(item.meeting)
    fields = fields.cleaned()
    item.title = fields.title
    item.materials_by = fields.materials_by
    _set_speakers(session, item, fields.speakers)


def delete_item(session: Session, item_id: int) -> None:
    item = _item(session, item_id)
    meeting = item.meeting
    _ensure_agenda_editable(meeting)
    for proposal in session.scalars(
        select(AgendaProposal).where(AgendaProposal.item_id == item_id)
    ):
        proposal.status = ProposalStatus.SUBMITTED
        proposal.item_id = None
    meeting.items.remove(item)
    session.flush()
    _renumber(meeting)


def _renumber(meeting: Meeting) -> None:
    # Two passes: positions are not unique in the schema, but keep them tidy 1..n.
    for position, item in enumerate(meeting.items, 1):
        item.position = position


def reorder_items(session: Session, meeting_id: int, item_ids: Sequence[int]) -> None:
    """Put the items in the given order (all of the meeting's items, each once)."""
    meeting = get_meeting(session, meeting_id)
    _ensure_agenda_editable(meeting)
    by_id = {item.id: item for item in meeting.items}
    if sorted(item_ids) != sorted(by_id):
        raise ValidationError("порядок должен включать все вопросы повестки", "Повестка")
    for position, item_id in enumerate(item_ids, 1):
        by_id[item_id].position = position
    session.flush()
    session.expire(meeting, ["items"])


def move_item(session: Session, item_id: int, offset: int) -> None:
    """Move an item up (−1) or down (+1) in the agenda."""
    item = _item(session, item_id)
    ids = [i.id for i in item.meeting.items]
    index = ids.index(item_id)
    target = max(0, min(len(ids) - 1, index + offset))
    ids.insert(target, ids.pop(index))
    reorder_items(session, item.meeting_id, ids)


def approve_agenda(session: Session, meeting_id: int, approved_on: date) -> None:
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if not meeting.items:
        raise ValidationError("в повестке нет ни одного вопроса", "Повестка")
    if approved_on is None:
        raise ValidationError("укажите дату утверждения", "Дата утверждения")
    meeting.agenda_approved_on = approved_on
    if MeetingStatus(meeting.status) is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.AGENDA_APPROVED


def withdraw_approval(session: Session, meeting_id: int) -> None:
    """Open an approved agenda for changes; it then needs approving again."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    _ensure_still_unsigned(meeting)
    if MeetingStatus(meeting.status) is MeetingStatus.HELD:
        raise ValidationError(
            "заседание уже проведено: повестка проведенного заседания не меняется",
            "Повестка",
        )
    meeting.agenda_approved_on = None
    meeting.status = MeetingStatus.PLANNED


# --- proposals for the agenda -----------------------------------------------------------


class ProposalStatus:
    SUBMITTED = "submitted"  # waiting for the chair's decision
    ACCEPTED = "accepted"  # an item of the agenda
    DEFERRED = "deferred"  # moved to a later meeting (or to «later», no meeting yet)

    LABELS = {SUBMITTED: "на рассмотрении", ACCEPTED: "включено в повестку", DEFERRED: "перенесено"}


@dataclass(frozen=True)
class ProposalRow:
    id: int
    title: str
    proposed_by: str
    person_id: int | None
    proposed_on: date
    status: str
    meeting_id: int | None
    meeting_reference: str

    @property
    def status_label(self) -> str:
        return ProposalStatus.LABELS[self.status]


def add_proposal(
    session: Session,
    body_id: int,
    title: str,
    proposed_on: date | None,
    person_id: int | None = None,
    meeting_id: int | None = None,
) -> int:
    get_body_row(session, body_id)
    if proposed_on is None:
        raise ValidationError("укажите дату предложения", "Дата")
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError("такого человека нет в базе", "Кто предложил")
    proposal = AgendaProposal(
        body_id=body_id,
        meeting_id=meeting_id,
        person_id=person_id,
        proposed_on=proposed_on,
        title=clean_text(title, "Предложение", required=True, limit=4000),
        status=ProposalStatus.SUBMITTED,
    )
    session.add(proposal)
    session.flush()
    return proposal.id


def _proposal(session: Session, proposal_id: int) -> AgendaProposal:
    proposal = session.get(AgendaProposal, proposal_id)
    if proposal is None:
        raise LookupError(f"Предложение с кодом {proposal_id} не найдено")
    return proposal


def accept_proposal(session: Session, proposal_id: int, meeting_id: int) -> int:
    """Put the proposal on the meeting's agenda as a new item; returns the item's id."""
    proposal = _proposal(session, proposal_id)
    if proposal.status == ProposalStatus.ACCEPTED:
        raise ValidationError("предложение уже включено в повестку", "Предложение")
    speakers = [SpeakerRef(proposal.person_id)] if proposal.person_id else []
    item_id = add_item(session, meeting_id, ItemFields(title=proposal.title, speakers=speakers))
    proposal.status = ProposalStatus.ACCEPTED
    proposal.meeting_id = meeting_id
    proposal.item_id = item_id
    return item_id


def defer_proposal(session: Session, proposal_id: int, meeting_id: int | None) -> None:
    """Move the proposal to a later meeting (or to no meeting yet)."""
    proposal = _proposal(session, proposal_id)
    if proposal.status == ProposalStatus.ACCEPTED:
        raise ValidationError(
            "предложение уже в повестке: сначала удалите этот вопрос из повестки",
            "Предложение",
        )
    proposal.status = ProposalStatus.DEFERRED
    proposal.meeting_id = meeting_id


def delete_proposal(session: Session, proposal_id: int) -> None:
    proposal = _proposal(session, proposal_id)
    if proposal.status == ProposalStatus.ACCEPTED:
        raise ValidationError(
            "предложение уже в повестке: сначала удалите этот вопрос из повестки",
            "Предложение",
        )
    session.delete(proposal)


def list_proposals(
    session: Session, body_id: int, meeting_id: int | None = None
) -> list[ProposalRow]:
    """The body's proposals: for one meeting plus those not yet scheduled, or all."""
    query = (
        select(AgendaProposal, Person, Meeting)
        .outerjoin(Person, AgendaProposal.person_id == Person.id)
        .outerjoin(Meeting, AgendaProposal.meeting_id == Meeting.id)
        .where(AgendaProposal.body_id == body_id)
        .order_by(AgendaProposal.proposed_on, AgendaProposal.id)
    )
    if meeting_id is not None:
        query = query.where(
            (AgendaProposal.meeting_id == meeting_id) | AgendaProposal.meeting_id.is_(None)
        )
    return [
        ProposalRow(
            id=p.id,
            title=p.title,
            proposed_by=list_name(name_of(person)) if person else "",
            person_id=p.person_id,
            proposed_on=p.proposed_on,
            status=p.status,
            meeting_id=p.meeting_id,
            meeting_reference=f"№ {m.number} от {format_date(m.day)}" if m else "",
        )
        for p, person, m in session.execute(query)
    ]


# --- invited people -----------------------------------------------------------------------


@dataclass(frozen=True)
class InvitationRow:
    id: int
    person_id: int
    name: str  # «Петров П.П.»
    full_name: str
    position: str
    organisation: str


def invite(
    session: Session,
    meeting_id: int,
    *,
    person_id: int | None = None,
    person: PersonFields | None = None,
    position: str = "",
    organisation: str = "",
) -> int:
    """Invite an existing person (by id) or a new one to the meeting."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if person_id is None:
        if person is None:
            raise ValidationError("укажите приглашенного", "Приглашенный")
        person = person.cleaned()
        position = position or person.position
        organisation = organisation or person.organisation
        same = same_person(session, person)
        if same is not None and same in _member_ids(session, meeting):
            person_id = same  # a member typed by name: refused below, nobody created
        else:
            person_id = create_person(session, person)
    elif session.get(Person, person_id) is None:
        raise ValidationError("такого человека нет в базе", "Приглашенный")
    if person_id in _member_ids(session, meeting):
        raise ValidationError(
            "это член органа на дату заседания: отметьте его в явке, а не в приглашенных",
            "Приглашенный",
        )
    exists = session.scalar(
        select(Invitation.id).where(
            Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
        )
    )
    if exists:
        raise ValidationError("этот человек уже приглашен на заседание", "Приглашенный")
    invitation = Invitation(
        meeting_id=meeting_id,
        person_id=person_id,
        position=clean_line(position, "Должность", limit=1000),
        organisation=clean_line(organisation, "Организация", limit=1000),
    )
    session.add(invitation)
    session.flush()
    return invitation.id


def remove_invitation(session: Session, invitation_id: int) -> None:
    invitation = session.get(Invitation, invitation_id)
    if invitation is None:
        return
    meeting = get_meeting(session, invitation.meeting_id)
    _ensure_protocol_editable(meeting)
    session.delete(invitation)


def _invitation_row(invitation: Invitation, person: Person) -> InvitationRow:
    return InvitationRow(
        invitation.id,
        person.id,
        list_name(name_of(person)),
        full_name(name_of(person)),
        invitation.position,
        invitation.organisation,
    )


def invitations(session: Session, meeting_id: int) -> list[InvitationRow]:
    rows = session.execute(
        select(Invitation, Person)
        .join(Person, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == meeting_id)
        .order_by(Invitation.id)
    )
    return [_invitation_row(i, p) for i, p in rows]


def earlier_invitees(session: Session, body_id: int, limit: int = 200) -> list[InvitationRow]:
    """People invited to the body's earlier meetings, latest invitation first, each once:
    the secretary picks them again instead of typing."""
    latest = (
        select(Invitation.person_id, func.max(Invitation.id).label("last_id"))
        .join(Meeting, Invitation.meeting_id == Meeting.id)
        .where(Meeting.body_id == body_id)
        .group_by(Invitation.person_id)
        .subquery()
    )
    rows = session.execute(
        select(Invitation, Person)
        .join(latest, Invitation.id == latest.c.last_id)
        .join(Person, Invitation.person_id == Person.id)
        .order_by(Invitation.id.desc())
        .limit(limit)
    )
    return [_invitation_row(i, p) for i, p in rows]


# --- attendance, presiding, quorum ----------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    entry: RosterEntry
    name: str  # «Хмелева К.В.»
    present: bool | None  # None: not marked yet
    reason: AbsenceReason | None
    note: str

    @property
    def reason_label(self) -> str:
        if self.reason is None:
            return ""
        if self.reason is AbsenceReason.OTHER and self.note:
            return self.note
        label = self.reason.label
        return f"{label} ({self.note})" if self.note else label


def members_on_day(session: Session, meeting: Meeting) -> list[RosterEntry]:
    return roster_on(session, meeting.body_id, meeting.day)


def _member_ids(session: Session, meeting: Meeting) -> set[int]:
    """The people on the roster on the meeting's date (one query, no names, no sorting:
    it is called for every vote and mark)."""
    return set(
        session.scalars(
            select(Membership.person_id).where(
                Membership.body_id == meeting.body_id,
                Membership.start_date <= meeting.day,
                or_(Membership.end_date.is_(None), Membership.end_date > meeting.day),
            )
        )
    )


def _drop_attendance_of_non_members(session: Session, meeting: Meeting) -> None:
    members = _member_ids(session, meeting)
    session.execute(
        delete(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id.not_in(members)
        )
    )


def attendance(session: Session, meeting_id: int) -> list[AttendanceRow]:
    """The roster on the meeting's date with each member's attendance."""
    meeting = get_meeting(session, meeting_id)
    marks = {
        a.person_id: a
        for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    people = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.body_id == meeting.body_id)
        )
    }
    rows = []
    for entry in members_on_day(session, meeting):
        mark = marks.get(entry.person_id)
        rows.append(
            AttendanceRow(
                entry=entry,
                name=list_name(name_of(people[entry.person_id])),
                present=mark.present if mark else None,
                reason=AbsenceReason(mark.reason) if mark and mark.reason else None,
                note=mark.reason_note if mark else "",
            )
        )
    return rows


def set_attendance(
    session: Session,
    meeting_id: int,
    person_id: int,
    present: bool | None,
    reason: AbsenceReason | None = None,
    note: str = "",
) -> None:
    """Mark a member present or absent (with a reason); ``None`` clears the mark."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if person_id not in _member_ids(session, meeting):
        raise ValidationError(
            f"этот человек не входит в состав на {format_date(meeting.day)}", "Явка"
        )
    mark = session.get(Attendance, (meeting_id, person_id))
    if present is None:
        if mark is not None:
            session.delete(mark)
        return
    if not present and reason is None:
        raise ValidationError("укажите причину отсутствия", "Причина")
    note = clean_line(note, "Причина", limit=500)
    if mark is None:
        mark = Attendance(meeting_id=meeting_id, person_id=person_id, present=present)
        session.add(mark)
    mark.present = present
    mark.reason = None if present else AbsenceReason(reason)
    mark.reason_note = "" if present else note
    session.flush()
    if meeting.presiding_person_id == person_id and not present:
        meeting.presiding_person_id = _default_presiding(session, meeting)


def mark_unmarked_present(session: Session, meeting_id: int) -> int:
    """Everyone not yet marked is present (the usual case); returns how many were marked."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    marked = set(
        session.scalars(select(Attendance.person_id).where(Attendance.meeting_id == meeting_id))
    )
    count = 0
    for person_id in _member_ids(session, meeting) - marked:
        session.add(Attendance(meeting_id=meeting_id, person_id=person_id, present=True))
        count += 1
    session.flush()
    return count


def quorum(session: Session, meeting_id: int) -> Quorum:
    meeting = get_meeting(session, meeting_id)
    members = _member_ids(session, meeting)
    present = session.scalar(
        select(func.count()).where(
            Attendance.meeting_id == meeting_id,
            Attendance.present.is_(True),
            Attendance.person_id.in_(members),
        )
    )
    rule = QuorumRule(get_body_row(session, meeting.body_id).quorum_rule)
    return Quorum(len(members), present or 0, rule.required(len(members)))


def presiding_candidates(session: Session, meeting_id: int) -> list[RosterEntry]:
    """The chair and the deputies on the meeting's date who are not marked absent."""
    meeting = get_meeting(session, meeting_id)
    absent = set(
        session.scalars(
            select(Attendance.person_id).where(
                Attendance.meeting_id == meeting_id, Attendance.present.is_(False)
            )
        )
    )
    return [
        e
        for e in members_on_day(session, meeting)
        if e.role in (Role.CHAIR, Role.DEPUTY) and e.person_id not in absent
    ]


def _default_presiding(session: Session, meeting: Meeting) -> int | None:
    candidates = presiding_candidates(session, meeting.id)
    return candidates[0].person_id if candidates else None


def set_presiding(session: Session, meeting_id: int, person_id: int | None) -> None:
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if person_id is not None and person_id not in {
        e.person_id for e in presiding_candidates(session, meeting_id)
    }:
        raise ValidationError(
            "председательствует председатель или, в его отсутствие, заместитель председателя",
            "Председательствующий",
        )
    meeting.presiding_person_id = person_id


# --- minutes: what was heard, said and decided ---------------------------------------------


def update_minutes(session: Session, item_id: int, heard: str, discussion: str) -> None:
    item = _item(session, item_id)
    _ensure_protocol_editable(item.meeting)
    item.heard = clean_text(heard, "СЛУШАЛИ", limit=20000)
    item.discussion = clean_text(discussion, "ВЫСТУПИЛИ", limit=20000)


@dataclass
class DecisionFields:
    text: str = ""
    responsible: str = ""
    deadline: date | None = None
    deadline_text: str = ""
    votes: VoteCount | None = None  # None: the vote is not recorded yet

    def cleaned(self) -> DecisionFields:
        return DecisionFields(
            text=clean_text(self.text, "Решение", required=True, limit=8000),
            responsible=clean_text(self.responsible, "Ответственные", limit=2000),
            deadline=self.deadline,
            deadline_text=clean_line(self.deadline_text, "Срок", limit=200),
            votes=self.votes,
        )


def _decision(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise LookupError(f"Решение с кодом {decision_id} не найдено")
    return decision


def _apply_decision(
    session: Session, decision: Decision, meeting: Meeting, fields: DecisionFields
) -> None:
    fields = fields.cleaned()
    decision.text = fields.text
    decision.responsible = fields.responsible
    decision.deadline = fields.deadline
    decision.deadline_text = "" if fields.deadline else fields.deadline_text
    if MeetingForm(meeting.form) is MeetingForm.CORRESPONDENCE:
        return  # the votes come from the ballots (set_ballot)
    _record_votes(session, decision, meeting, fields.votes)


def _record_votes(
    session: Session, decision: Decision, meeting: Meeting, votes: VoteCount | None
) -> None:
    if votes is None:
        decision.votes_for = decision.votes_against = decision.votes_abstained = None
        decision.adopted = False
        return
    state = quorum(session, meeting.id)
    if not state.reached:
        raise ValidationError(
            f"нельзя записать голосование: {state.describe()}. Отметьте явку членов",
            "Голосование",
        )
    votes.check(state.present)
    decision.votes_for, decision.votes_against, decision.votes_abstained = (
        votes.votes_for,
        votes.against,
        votes.abstained,
    )
    decision.adopted = votes.adopted(state.present)


def add_decision(session: Session, item_id: int, fields: DecisionFields) -> int:
    item = _item(session, item_id)
    _ensure_protocol_editable(item.meeting)
    decision = Decision(position=len(item.decisions) + 1, text="")
    item.decisions.append(decision)
    _apply_decision(session, decision, item.meeting, fields)
    session.flush()
    return decision.id


def decision_fields(session: Session, decision_id: int) -> DecisionFields:
    d = _decision(session, decision_id)
    return DecisionFields(d.text, d.responsible, d.deadline, d.deadline_text, recorded_votes(d))


def recorded_votes(decision: Decision) -> VoteCount | None:
    if decision.votes_for is None:
        return None
    return VoteCount(decision.votes_for, decision.votes_against or 0, decision.votes_abstained or 0)


def update_decision(session: Session, decision_id: int, fields: DecisionFields) -> None:
    decision = _decision(session, decision_id)
    item = _item(session, decision.item_id)
    _ensure_protocol_editable(item.meeting)
    _apply_decision(session, decision, item.meeting, fields)


def delete_decision(session: Session, decision_id: int) -> None:
    decision = _decision(session, decision_id)
    item = _item(session, decision.item_id)
    _ensure_protocol_editable(item.meeting)
    item.decisions.remove(decision)
    session.flush()
    for position, rest in enumerate(item.decisions, 1):
        rest.position = position


def move_decision(session: Session, decision_id: int, offset: int) -> None:
    decision = _decision(session, decision_id)
    item = _item(session, decision.item_id)
    _ensure_protocol_editable(item.meeting)
    ordered = list(item.decisions)
    index = ordered.index(decision)
    ordered.insert(max(0, min(len(ordered) - 1, index + offset)), ordered.pop(index))
    for position, rest in enumerate(ordered, 1):
        rest.position = position
    session.flush()
    session.expire(item, ["decisions"])


def set_ballot(session: Session, decision_id: int, person_id: int, vote: Vote | None) -> None:
    """A member's vote from their опросный лист (correspondence meetings only). A member
    who returned a ballot took part: attendance is marked from the ballots."""
    decision = _decision(session, decision_id)
    meeting_id = _item(session, decision.item_id).meeting_id
    set_member_ballot(session, meeting_id, person_id, {decision_id: vote})


def set_member_ballot(
    session: Session, meeting_id: int, person_id: int, votes: Mapping[int, Vote | None]
) -> None:
    """A member's whole опросный лист at once: decision id → vote (None clears it), with
    the same rules as ``set_ballot`` and one recount at the end."""
    set_ballots(session, meeting_id, {person_id: votes})


def set_ballots(
    session: Session,
    meeting_id: int,
    sheets: Mapping[int, Mapping[int, Vote | None]],
) -> None:
    """Several опросные листы at once (person id → decision id → vote), one recount."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if MeetingForm(meeting.form) is not MeetingForm.CORRESPONDENCE:
        raise ValidationError("опросные листы бывают только у заочного заседания", "Голосование")
    members = _member_ids(session, meeting)
    decisions = set(
        session.scalars(
            select(Decision.id)
            .join(AgendaItem, Decision.item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting.id)
        )
    )
    for person_id, votes in sheets.items():
        if person_id not in members:
            raise ValidationError(
                f"этот человек не входит в состав на {format_date(meeting.day)}", "Голосование"
            )
        if any(decision_id not in decisions for decision_id in votes):
            raise ValidationError("решение относится к другому заседанию", "Голосование")
    for person_id, votes in sheets.items():
        for decision_id, vote in votes.items():
            ballot = session.get(BallotVote, (decision_id, person_id))
            if vote is None:
                if ballot is not None:
                    session.delete(ballot)
            elif ballot is None:
                session.add(
                    BallotVote(decision_id=decision_id, person_id=person_id, vote=Vote(vote))
                )
            else:
                ballot.vote = Vote(vote)
    session.flush()
    voted = set(
        session.scalars(
            select(func.distinct(BallotVote.person_id))
            .join(Decision, BallotVote.decision_id == Decision.id)
            .join(AgendaItem, Decision.item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting.id)
        )
    )
    for person_id in sheets:
        mark = session.get(Attendance, (meeting.id, person_id))
        if person_id in voted and mark is None:
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, present=True))
        elif person_id in voted and mark is not None:
            mark.present, mark.reason, mark.reason_note = True, None, ""
        elif person_id not in voted and mark is not None and mark.present:
            session.delete(mark)
    session.flush()
    _recount_ballots(session, meeting)


def ballots(session: Session, meeting_id: int) -> dict[tuple[int, int], Vote]:
    """(decision id, person id) → vote, for a correspondence meeting."""
    rows = session.execute(
        select(BallotVote)
        .join(Decision, BallotVote.decision_id == Decision.id)
        .join(AgendaItem, Decision.item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting_id)
    )
    return {(b.decision_id, b.person_id): Vote(b.vote) for (b,) in rows}


def _recount_ballots(session: Session, meeting: Meeting) -> None:
    state = quorum(session, meeting.id)
    cast: dict[int, list[Vote]] = {}
    for (decision_id, _person_id), vote in ballots(session, meeting.id).items():
        cast.setdefault(decision_id, []).append(vote)
    for item in meeting.items:
        for decision in item.decisions:
            votes = cast.get(decision.id)
            if not votes:
                decision.votes_for = decision.votes_against = decision.votes_abstained = None
                decision.adopted = False
                continue
            count = VoteCount.of(votes)
            decision.votes_for, decision.votes_against, decision.votes_abstained = (
                count.votes_for,
                count.against,
                count.abstained,
            )
            decision.adopted = state.reached and count.adopted(state.present)


# --- the meeting's course: held, signed, amended ------------------------------------------


def mark_held(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    _ensure_still_unsigned(meeting)
    if meeting.agenda_approved_on is None:
        raise ValidationError("сначала утвердите повестку", "Статус")
    if not any(
        True
        for _ in session.scalars(
            select(Attendance.person_id).where(Attendance.meeting_id == meeting_id).limit(1)
        )
    ):
        raise ValidationError("отметьте явку членов на заседании", "Явка")
    meeting.status = MeetingStatus.HELD


def reopen_held(session: Session, meeting_id: int) -> None:
    """Back to «повестка утверждена» (the meeting was marked held by mistake)."""
    meeting = get_meeting(session, meeting_id)
    _ensure_protocol_editable(meeting)
    if MeetingStatus(meeting.status) is MeetingStatus.HELD:
        meeting.status = MeetingStatus.AGENDA_APPROVED


def _check_ready_to_sign(session: Session, meeting: Meeting) -> None:
    if MeetingStatus(meeting.status).order < MeetingStatus.HELD.order:
        raise ValidationError("подписывается протокол проведенного заседания", "Статус")
    if meeting.presiding_person_id is None:
        raise ValidationError(
            "укажите председательствующего (председатель или заместитель)",
            "Председательствующий",
        )
    if not any(e.role is Role.SECRETARY for e in members_on_day(session, meeting)):
        raise ValidationError(
            f"в составе на {format_date(meeting.day)} нет секретаря, который подпишет протокол",
            "Секретарь",
        )
    for item in meeting.items:
        if not item.decisions:
            raise ValidationError(
                f"по вопросу {item.position} нет ни одного решения (РЕШИЛИ)", "Решения"
            )


def sign_protocol(session: Session, meeting_id: int, signed_on: date | None) -> None:
    """The chair signed the protocol: it is locked, and kept as signed (version 1)."""
    from desktop_app.store.protocol import protocol_data

    meeting = get_meeting(session, meeting_id)
    if MeetingStatus(meeting.status) is MeetingStatus.SIGNED:
        raise ValidationError("протокол уже подписан", "Статус")
    if signed_on is None:
        raise ValidationError("укажите дату подписания", "Дата подписания")
    if signed_on < meeting.day:
        raise ValidationError("протокол не подписывают раньше заседания", "Дата подписания")
    _check_ready_to_sign(session, meeting)
    meeting.status = MeetingStatus.SIGNED
    meeting.signed_on = signed_on
    session.flush()
    session.add(
        ProtocolVersion(
            meeting_id=meeting.id,
            version=1,
            signed_on=signed_on,
            data=protocol_data(session, meeting.id, live=True).to_json(),
        )
    )
    sync_with_protocol(session, meeting.id, signed_on)


def begin_amendment(session: Session, meeting_id: int, made_on: date | None, reason: str) -> None:
    """Open a signed protocol for a correction, with its date and reason."""
    meeting = get_meeting(session, meeting_id)
    if MeetingStatus(meeting.status) is not MeetingStatus.SIGNED:
        raise ValidationError("исправление вносится в подписанный протокол", "Исправление")
    if meeting.amendment_on is not None:
        raise ValidationError("исправление уже начато: подпишите его", "Исправление")
    if made_on is None:
        raise ValidationError("укажите дату исправления", "Дата исправления")
    if meeting.signed_on and made_on < meeting.signed_on:
        raise ValidationError("исправление не может быть раньше подписания", "Дата исправления")
    meeting.amendment_on = made_on
    meeting.amendment_reason = clean_text(reason, "Причина исправления", required=True)


def sign_amendment(session: Session, meeting_id: int) -> int:
    """The corrected protocol is signed: a new version with the amendment's date and reason.
    Returns the version number."""
    from desktop_app.store.protocol import protocol_data

    meeting = get_meeting(session, meeting_id)
    if meeting.amendment_on is None:
        raise ValidationError("исправление не начато", "Исправление")
    _check_ready_to_sign(session, meeting)
    version = (
        session.scalar(
            select(func.max(ProtocolVersion.version)).where(
                ProtocolVersion.meeting_id == meeting_id
            )
        )
        or 0
    ) + 1
    made_on, reason = meeting.amendment_on, meeting.amendment_reason
    data = protocol_data(session, meeting.id, live=True)
    session.add(
        ProtocolVersion(
            meeting_id=meeting.id,
            version=version,
            signed_on=made_on,
            amendment_reason=reason,
            data=data.to_json(),
        )
    )
    meeting.amendment_on = None
    meeting.amendment_reason = ""
    sync_with_protocol(session, meeting.id, made_on)
    return version


@dataclass(frozen=True)
class VersionRow:
    version: int
    signed_on: date
    reason: str  # empty for the original signature

    @property
    def label(self) -> str:
        if not self.reason:
            return f"Подписан {format_date(self.signed_on)}"
        return f"Исправление от {format_date(self.signed_on)}: {self.reason}"


def protocol_versions(session: Session, meeting_id: int) -> list[VersionRow]:
    return [
        VersionRow(v, d, r)
        for v, d, r in session.execute(
            select(
                ProtocolVersion.version,
                ProtocolVersion.signed_on,
                ProtocolVersion.amendment_reason,
            )
            .where(ProtocolVersion.meeting_id == meeting_id)
            .order_by(ProtocolVersion.version)
        )
    ]


def find_meeting(session: Session, body_id: int, number: int, year: int) -> int:
    meeting_id = session.scalar(
        select(Meeting.id).where(
            Meeting.body_id == body_id, Meeting.year == year, Meeting.number == number
        )
    )
    if meeting_id is None:
        raise ValidationError(f"заседания № {number} в {year} году нет", "Заседание")
    return meeting_id


# --- what the meeting window shows ------------------------------------------------------


@dataclass(frozen=True)
class MeetingState:
    id: int
    body_id: int
    number: int
    year: int
    day: date
    start: time | None
    venue: str
    form: MeetingForm
    protocol_form: ProtocolForm
    status: MeetingStatus
    presiding_person_id: int | None
    agenda_approved_on: date | None
    signed_on: date | None
    amendment_on: date | None
    amendment_reason: str

    @property
    def locked(self) -> bool:
        """Signed, no amendment open: everything is read-only."""
        return self.status is MeetingStatus.SIGNED and self.amendment_on is None

    @property
    def agenda_locked(self) -> bool:
        return self.locked or (self.agenda_approved_on is not None and self.amendment_on is None)

    @property
    def title(self) -> str:
        return f"Заседание № {self.number} от {format_date(self.day)}"


def meeting_state(session: Session, meeting_id: int) -> MeetingState:
    m = get_meeting(session, meeting_id)
    return MeetingState(
        id=m.id,
        body_id=m.body_id,
        number=m.number,
        year=m.year,
        day=m.day,
        start=m.start,
        venue=m.venue,
        form=MeetingForm(m.form),
        protocol_form=ProtocolForm(m.protocol_form),
        status=MeetingStatus(m.status),
        presiding_person_id=m.presiding_person_id,
        agenda_approved_on=m.agenda_approved_on,
        signed_on=m.signed_on,
        amendment_on=m.amendment_on,
        amendment_reason=m.amendment_reason,
    )


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: str  # «1.2»
    text: str
    responsible: str
    deadline: date | None
    deadline_text: str
    votes: VoteCount | None
    adopted: bool


@dataclass(frozen=True)
class ItemRow:
    id: int
    number: int
    title: str
    speakers: tuple[str, ...]  # «Хмелева К.В.» or the typed text
    materials_by: str
    heard: str
    discussion: str
    decisions: tuple[DecisionRow, ...]


def agenda_items(session: Session, meeting_id: int) -> list[ItemRow]:
    """The meeting's items with their speakers, minutes and decisions, in order (three
    queries, whatever the number of items: the meeting window reloads it after each
    change)."""
    get_meeting(session, meeting_id)
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position)
        .options(
            selectinload(AgendaItem.speakers).joinedload(Speaker.person),
            selectinload(AgendaItem.decisions),
        )
    )
    rows = []
    for item in items:
        rows.append(
            ItemRow(
                id=item.id,
                number=item.position,
                title=item.title,
                speakers=tuple(
                    list_name(name_of(s.person)) if s.person is not None else s.text
                    for s in item.speakers
                ),
                materials_by=item.materials_by,
                heard=item.heard,
                discussion=item.discussion,
                decisions=tuple(
                    DecisionRow(
                        id=d.id,
                        number=decision_number(item.position, d.position),
                        text=d.text,
                        responsible=d.responsible,
                        deadline=d.deadline,
                        deadline_text=d.deadline_text,
                        votes=recorded_votes(d),
                        adopted=d.adopted,
                    )
                    for d in item.decisions
                ),
            )
        )
    return rows
