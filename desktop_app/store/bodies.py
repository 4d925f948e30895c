"""Bodies: create, edit, list, find by id or short name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.body import BodyFields
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.vocabulary import ActKind, BodyKind, QuorumRule, Role
from desktop_app.store.models import Body, Membership


@dataclass(frozen=True)
class BodySummary:
    id: int
    short_name: str
    kind: BodyKind
    member_count: int
    has_chair: bool
    has_secretary: bool


def body_id_by_name(session: Session, short_name: str) -> int | None:
    """SQLite's lower() is ASCII-only, so Cyrillic names are compared in Python."""
    wanted = short_name.strip().casefold()
    for body_id, name in session.execute(select(Body.id, Body.short_name)):
        if name.casefold() == wanted:
            return body_id
    return None


def _check_unique_short_name(session: Session, short_name: str, body_id: int | None) -> None:
    existing = body_id_by_name(session, short_name)
    if existing is not None and existing != body_id:
        raise ValidationError(f"орган «{short_name}» уже есть в базе", "Краткое наименование")


def _apply(body: Body, fields: BodyFields) -> None:
    body.kind = fields.kind.value
    body.full_name = fields.full_name
    body.full_name_genitive = fields.full_name_genitive
    body.short_name = fields.short_name
    body.organisation = fields.organisation
    body.place = fields.place
    body.act_kind = fields.act_kind.value
    body.act_number = fields.act_number
    body.act_date = fields.act_date
    body.quorum_rule = fields.quorum_rule.value
    body.report_day = fields.report_day
    body.meetings_per_quarter = fields.meetings_per_quarter


def create_body(session: Session, fields: BodyFields) -> int:
    fields = fields.cleaned()
    _check_unique_short_name(session, fields.short_name, None)
    body = Body()
    _apply(body, fields)
    session.add(body)
    session.flush()
    return body.id


def update_body(session: Session, body_id: int, fields: BodyFields) -> None:
    fields = fields.cleaned()
    _check_unique_short_name(session, fields.short_name, body_id)
    _apply(get_body_row(session, body_id), fields)


def get_body_row(session: Session, body_id: int) -> Body:
    body = session.get(Body, body_id)
    if body is None:
        raise LookupError(f"Орган с кодом {body_id} не найден")
    return body


def body_fields(session: Session, body_id: int) -> BodyFields:
    body = get_body_row(session, body_id)
    return BodyFields(
        kind=BodyKind(body.kind),
        full_name=body.full_name,
        full_name_genitive=body.full_name_genitive,
        short_name=body.short_name,
        organisation=body.organisation,
        place=body.place,
        act_kind=ActKind(body.act_kind),
        act_number=body.act_number,
        act_date=body.act_date,
        quorum_rule=QuorumRule(body.quorum_rule),
        report_day=body.report_day,
        meetings_per_quarter=body.meetings_per_quarter,
    )


def list_bodies(session: Session, day: date | None = None) -> list[BodySummary]:
    """All bodies by short name, with their current head count and leadership."""
    day = day or date.today()
    current = (Membership.start_date <= day) & (
        or_(Membership.end_date.is_(None), Membership.end_date > day)
    )
    counts = (
        select(
            Membership.body_id,
            func.count().label("members"),
            func.sum(case((Membership.role == Role.CHAIR.value, 1), else_=0)).label("chairs"),
            func.sum(case((Membership.role == Role.SECRETARY.value, 1), else_=0)).label(
                "secretaries"
            ),
        )
        .where(current)
        .group_by(Membership.body_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Body.id,
            Body.short_name,
            Body.kind,
            counts.c.members,
            counts.c.chairs,
            counts.c.secretaries,
        )
        .outerjoin(counts, counts.c.body_id == Body.id)
        .order_by(Body.short_name)
    )
    return [
        BodySummary(
            id=row.id,
            short_name=row.short_name,
            kind=BodyKind(row.kind),
            member_count=row.members or 0,
            has_chair=bool(row.chairs),
            has_secretary=bool(row.secretaries),
        )
        for row in rows
    ]


def find_body(session: Session, reference: str) -> int:
    """A body's id from its id or its short name (as administrators type it)."""
    reference = reference.strip()
    if re.fullmatch("[0-9]{1,15}", reference) and session.get(Body, int(reference)) is not None:
        return int(reference)
    body_id = body_id_by_name(session, reference)
    if body_id is None:
        raise LookupError(
            f"Орган «{reference}» не найден: укажите его код или краткое наименование"
        )
    return body_id


def delete_body(session: Session, body_id: int) -> None:
    """Delete a body entered by mistake; a body with a roster history is kept."""
    if session.scalar(select(Membership.id).where(Membership.body_id == body_id).limit(1)):
        raise ValidationError(
            "у органа есть состав; орган с историей состава удалить нельзя", "Орган"
        )
    session.delete(get_body_row(session, body_id))
