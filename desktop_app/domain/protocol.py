"""A meeting as its documents print it: plain, frozen data with every name already in the
form the document needs. The store builds it (``store.meetings.protocol_data``); the
document builders (protocol, agenda, notice, extract, attendance sheet, опросный лист,
distribution sheet) only lay it out. A signed protocol keeps this data as JSON, so a signed
version prints the same years later, whatever happens to the roster and the names."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, time
from enum import StrEnum
from functools import cache
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from desktop_app.domain.meeting import (
    MeetingForm,
    MeetingStatus,
    ProtocolForm,
    Vote,
    VoteCount,
)
from desktop_app.domain.vocabulary import BodyKind, Gender, Role

#: With more present members than this, the protocol gives their count and attaches the list.
PRESENT_LIST_LIMIT = 15


@dataclass(frozen=True)
class Member:
    """A member of the body on the meeting's date."""

    person_id: int
    name: str  # «Хмелева К.В.» (non-breaking spaces)
    full_name: str  # «Хмелева Ксения Владимировна»
    address: str  # «Ксения Владимировна»: how a letter addresses them
    gender: Gender | None
    position: str  # «заместитель Главы Беловского городского округа по экономике ...»
    role: Role
    present: bool | None = None  # None: attendance not marked yet
    absence: str = ""  # «отпуск», «командировка», ...


@dataclass(frozen=True)
class Invitee:
    name: str  # «Петров П.П.»
    full_name: str
    position: str
    organisation: str


@dataclass(frozen=True)
class Speaker:
    name: str  # «Хмелева К.В.» (or the typed text)
    heard: str  # «Хмелеву К.В.»: after СЛУШАЛИ (accusative)
    position: str = ""


@dataclass(frozen=True)
class Decision:
    number: str  # «1.1»
    text: str
    responsible: str = ""
    deadline: date | None = None
    deadline_text: str = ""  # «ежеквартально до 3 числа» when there is no single date
    votes: VoteCount | None = None
    adopted: bool = False

    @property
    def deadline_label(self) -> str:
        if self.deadline:
            return self.deadline.strftime("%d.%m.%Y")
        return self.deadline_text


@dataclass(frozen=True)
class Ballot:
    """One member's votes in a correspondence meeting (from their опросный лист)."""

    member: str  # «Хмелева К.В.»
    votes: tuple[tuple[str, Vote], ...]  # (decision number, vote)


@dataclass(frozen=True)
class Item:
    number: int
    title: str  # «О ходе реализации ...»
    speakers: tuple[Speaker, ...] = ()
    materials_by: str = ""  # who prepares the materials
    heard: str = ""  # the summary after СЛУШАЛИ
    discussion: str = ""  # ВЫСТУПИЛИ (full form only)
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True)
class Signatory:
    title: str  # «Председатель», «Председательствующий», «Секретарь»
    name: str  # «К.В. Хмелева» (signature form)
    position: str = ""  # for the certification of an extract


@dataclass(frozen=True)
class Delivery:
    recipient: str
    method: str  # «электронная почта», «на бумаге», «СЭД»
    sent_on: date | None
    note: str = ""


@dataclass(frozen=True)
class Amendment:
    made_on: date
    reason: str


@dataclass(frozen=True)
class ProtocolData:
    organisation: str  # «Администрация Беловского городского округа»
    body_kind: BodyKind
    body_name: str  # «рабочая группа по реализации ...» (nominative, as in the act)
    body_genitive: str  # «рабочей группы по реализации ...»
    city: str  # «г. Белово»
    number: int
    day: date
    start: time | None
    venue: str  # «каб. 305, ул. Советская, 21»
    form: MeetingForm
    protocol_form: ProtocolForm
    status: MeetingStatus
    presiding: Signatory
    secretary: Signatory
    members: tuple[Member, ...]  # the whole roster on the day, in printed order
    quorum_required: int
    invited: tuple[Invitee, ...] = ()
    items: tuple[Item, ...] = ()
    agenda_approved_on: date | None = None
    signed_on: date | None = None
    ballots: tuple[Ballot, ...] = ()
    distribution: tuple[Delivery, ...] = ()
    amendments: tuple[Amendment, ...] = ()  # those made before this version was signed

    @property
    def heading(self) -> str:
        """«заседания рабочей группы по реализации ...»."""
        genitive = self.body_genitive
        return f"заседания {genitive[:1].lower()}{genitive[1:]}"

    @property
    def present(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.present)

    @property
    def absent(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.present is False)

    @property
    def present_as_list(self) -> bool:
        """Names in the protocol itself; with more than 15 present, a count and an annex."""
        return len(self.present) <= PRESENT_LIST_LIMIT

    def item(self, number: int) -> Item:
        for item in self.items:
            if item.number == number:
                return item
        raise KeyError(number)

    # --- the JSON a signed version is kept as -----------------------------------------

    def to_json(self) -> str:
        return json.dumps(_encode(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ProtocolData:
        return _decode(cls, json.loads(text))


def _encode(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


_type_hints = cache(get_type_hints)  # the same few classes, for every part of every protocol


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, UnionType):
        inner = [a for a in get_args(kind) if a is not type(None)]
        return _decode(inner[0], value)
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if is_dataclass(kind):
        hints = _type_hints(kind)
        return kind(
            **{
                f.name: _decode(hints[f.name], value[f.name])
                for f in fields(kind)
                if f.name in value
            }
        )
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(value)
    return value


__all__ = [
    "PRESENT_LIST_LIMIT",
    "Amendment",
    "Ballot",
    "Decision",
    "Delivery",
    "Invitee",
    "Item",
    "Member",
    "ProtocolData",
    "Signatory",
    "Speaker",
]
