"""Who got a copy of a signed protocol, when and how (seed 002 §3.12: «Копия протокола
направляется секретарем ... всем членам»)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line
from desktop_app.domain.meeting import DistributionMethod, MeetingStatus
from desktop_app.domain.names import list_name
from desktop_app.store.meetings import get_meeting, members_on_day
from desktop_app.store.models import Delivery, Person
from desktop_app.store.roster import name_of


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    recipient: str
    person_id: int | None
    method: DistributionMethod
    sent_on: date
    note: str


def _signed_meeting(session: Session, meeting_id: int):
    meeting = get_meeting(session, meeting_id)
    if MeetingStatus(meeting.status) is not MeetingStatus.SIGNED:
        raise ValidationError(
            "копии рассылаются после подписания протокола председателем", "Рассылка"
        )
    return meeting


def add_delivery(
    session: Session,
    meeting_id: int,
    *,
    method: DistributionMethod,
    sent_on: date | None,
    person_id: int | None = None,
    recipient: str = "",
    note: str = "",
) -> int:
    meeting = _signed_meeting(session, meeting_id)
    if sent_on is None:
        raise ValidationError("укажите дату отправки", "Дата")
    if sent_on < meeting.day:
        raise ValidationError("копия не может уйти раньше заседания", "Дата")
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise ValidationError("такого человека нет в базе", "Кому")
        recipient = recipient or list_name(name_of(person))
    delivery = Delivery(
        meeting_id=meeting_id,
        person_id=person_id,
        recipient=clean_line(recipient, "Кому", required=True, limit=500),
        method=DistributionMethod(method),
        sent_on=sent_on,
        note=clean_line(note, "Примечание", limit=500),
    )
    session.add(delivery)
    session.flush()
    return delivery.id


def send_to_all_members(
    session: Session, meeting_id: int, method: DistributionMethod, sent_on: date | None
) -> int:
    """A copy to every member on the meeting's date who has none yet; returns how many."""
    meeting = _signed_meeting(session, meeting_id)
    already = set(
        session.scalars(select(Delivery.person_id).where(Delivery.meeting_id == meeting_id))
    )
    added = 0
    for entry in members_on_day(session, meeting):
        if entry.person_id in already:
            continue
        add_delivery(session, meeting_id, method=method, sent_on=sent_on, person_id=entry.person_id)
        added += 1
    return added


def delete_delivery(session: Session, delivery_id: int) -> None:
    delivery = session.get(Delivery, delivery_id)
    if delivery is not None:
        session.delete(delivery)


def deliveries(session: Session, meeting_id: int) -> list[DeliveryRow]:
    rows = session.scalars(
        select(Delivery)
        .where(Delivery.meeting_id == meeting_id)
        .order_by(Delivery.sent_on, Delivery.id)
    )
    return [
        DeliveryRow(d.id, d.recipient, d.person_id, DistributionMethod(d.method), d.sent_on, d.note)
        for d in rows
    ]
