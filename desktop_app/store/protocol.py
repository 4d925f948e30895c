"""The plain data every document of a meeting is built from (``domain.protocol``).

A signed protocol prints from the version kept when it was signed (or last amended), never
from the live rows: a person renamed or a roster changed years later does not change a
signed document. The distribution list is the only live part: copies are sent after signing.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.meeting import (
    MeetingForm,
    MeetingStatus,
    ProtocolForm,
    decision_number,
)
from desktop_app.domain.names import Case, decline_list_name, list_name, signature_name
from desktop_app.domain.protocol import (
    Amendment,
    Ballot,
    Decision,
    Delivery,
    Invitee,
    Item,
    Member,
    ProtocolData,
    Signatory,
    Speaker,
)
from desktop_app.domain.vocabulary import BodyKind, QuorumRule, Role
from desktop_app.store.bodies import get_body_row
from desktop_app.store.meetings import (
    attendance,
    ballots,
    get_meeting,
    invitations,
    recorded_votes,
)
from desktop_app.store.models import Delivery as DeliveryRow
from desktop_app.store.models import Person, ProtocolVersion
from desktop_app.store.roster import name_of


def protocol_data(
    session: Session, meeting_id: int, *, live: bool = False, version: int | None = None
) -> ProtocolData:
    """The meeting's documents' data. A signed protocol gives its kept version (the last,
    or ``version``); ``live`` builds it from the rows as they are now."""
    meeting = get_meeting(session, meeting_id)
    signed = MeetingStatus(meeting.status) is MeetingStatus.SIGNED
    if version is not None or (signed and not live and meeting.amendment_on is None):
        query = select(ProtocolVersion.data).where(ProtocolVersion.meeting_id == meeting_id)
        if version is None:
            query = query.order_by(ProtocolVersion.version.desc()).limit(1)
        else:
            query = query.where(ProtocolVersion.version == version)
        kept = session.scalar(query)
        if kept is None:
            raise LookupError(f"Версии {version} протокола нет")
        return replace(ProtocolData.from_json(kept), distribution=_deliveries(session, meeting_id))
    return _live_data(session, meeting_id)


def _deliveries(session: Session, meeting_id: int) -> tuple[Delivery, ...]:
    from desktop_app.domain.meeting import DistributionMethod

    rows = session.scalars(
        select(DeliveryRow)
        .where(DeliveryRow.meeting_id == meeting_id)
        .order_by(DeliveryRow.sent_on, DeliveryRow.id)
    )
    return tuple(
        Delivery(r.recipient, DistributionMethod(r.method).label, r.sent_on, r.note) for r in rows
    )


def _live_data(session: Session, meeting_id: int) -> ProtocolData:
    meeting = get_meeting(session, meeting_id)
    body = get_body_row(session, meeting.body_id)
    kind = BodyKind(body.kind)
    marks = attendance(session, meeting_id)
    people = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_([row.entry.person_id for row in marks]))
        )
    }
    members = tuple(
        Member(
            person_id=row.entry.person_id,
            name=row.name,
            full_name=row.entry.full_name,
            address=" ".join(x for x in (row.entry.first_name, row.entry.middle_name) if x),
            gender=name_of(people[row.entry.person_id]).effective_gender,
            position=row.entry.position,
            role=row.entry.role,
            present=row.present,
            absence=row.reason_label,
        )
        for row in marks
    )
    presiding = _signatory(session, meeting.presiding_person_id, marks, kind)
    secretary = next((row for row in marks if row.entry.role is Role.SECRETARY), None)
    secretary_sign = Signatory(
        "Секретарь",
        signature_name(name_of(people[secretary.entry.person_id])) if secretary else "",
        f"Секретарь {kind.genitive}",
    )
    votes = ballots(session, meeting_id) if meeting.form == MeetingForm.CORRESPONDENCE else {}
    items = tuple(_item_data(session, item) for item in meeting.items)
    ballots_data = ()
    if votes:
        numbers = {
            d.id: decision_number(item.position, d.position)
            for item in meeting.items
            for d in item.decisions
        }
        ballots_data = tuple(
            Ballot(
                row.name,
                tuple(
                    (numbers[decision_id], vote)
                    for (decision_id, person_id), vote in sorted(
                        votes.items(), key=lambda kv: numbers[kv[0][0]]
                    )
                    if person_id == row.entry.person_id
                ),
            )
            for row in marks
            if any(person_id == row.entry.person_id for _, person_id in votes)
        )
    kept = session.execute(
        select(ProtocolVersion.signed_on, ProtocolVersion.amendment_reason)
        .where(ProtocolVersion.meeting_id == meeting_id, ProtocolVersion.version > 1)
        .order_by(ProtocolVersion.version)
    ).all()
    amendments = [Amendment(d, r) for d, r in kept]
    if meeting.amendment_on is not None:
        amendments.append(Amendment(meeting.amendment_on, meeting.amendment_reason))
    return ProtocolData(
        organisation=body.organisation,
        body_kind=kind,
        body_name=body.full_name,
        body_genitive=body.full_name_genitive or body.full_name,
        city=body.place,
        number=meeting.number,
        day=meeting.day,
        start=meeting.start,
        venue=meeting.venue,
        form=MeetingForm(meeting.form),
        protocol_form=ProtocolForm(meeting.protocol_form),
        status=MeetingStatus(meeting.status),
        presiding=presiding,
        secretary=secretary_sign,
        members=members,
        quorum_required=QuorumRule(body.quorum_rule).required(len(members)),
        invited=tuple(
            Invitee(i.name, i.full_name, i.position, i.organisation)
            for i in invitations(session, meeting_id)
        ),
        items=items,
        agenda_approved_on=meeting.agenda_approved_on,
        signed_on=meeting.signed_on,
        ballots=ballots_data,
        distribution=_deliveries(session, meeting_id),
        amendments=tuple(amendments),
    )


def _signatory(session: Session, person_id: int | None, marks, kind: BodyKind) -> Signatory:
    person = session.get(Person, person_id) if person_id else None
    if person is None:
        return Signatory("Председательствующий", "", "")
    role = next((row.entry.role for row in marks if row.entry.person_id == person_id), None)
    title = "Председатель" if role is Role.CHAIR else "Председательствующий"
    position = Role.CHAIR.in_body(kind) if role is Role.CHAIR else Role.DEPUTY.in_body(kind)
    return Signatory(title, signature_name(name_of(person)), position[:1].upper() + position[1:])


def _item_data(session: Session, item) -> Item:
    speakers = []
    for speaker in item.speakers:
        if speaker.person is not None:
            name = name_of(speaker.person)
            speakers.append(
                Speaker(
                    list_name(name),
                    decline_list_name(name, Case.ACCUSATIVE),
                    speaker.person.position,
                )
            )
        else:
            speakers.append(Speaker(speaker.text, speaker.text))
    decisions = tuple(
        Decision(
            number=decision_number(item.position, d.position),
            text=d.text,
            responsible=d.responsible,
            deadline=d.deadline,
            deadline_text=d.deadline_text,
            votes=recorded_votes(d),
            adopted=d.adopted,
        )
        for d in item.decisions
    )
    return Item(
        number=item.position,
        title=item.title,
        speakers=tuple(speakers),
        materials_by=item.materials_by,
        heard=item.heard,
        discussion=item.discussion,
        decisions=decisions,
    )
