"""A body's roster as plain data: who sits in it on a date, in what order it is printed,
and the rules a roster must keep (one chair and one secretary at a time, nobody twice)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import fold
from desktop_app.domain.vocabulary import BodyKind, Gender, Role, Side


@dataclass(frozen=True)
class Term:
    """One membership of one person in one body: [start, end), ``end`` is the day the
    person no longer sits (``None``: still sits)."""

    person_id: int
    role: Role
    start: date
    end: date | None = None
    membership_id: int | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def overlaps(self, other: Term) -> bool:
        return (other.end is None or self.start < other.end) and (
            self.end is None or other.start < self.end
        )


@dataclass(frozen=True)
class RosterEntry:
    """A line of a roster as shown and printed."""

    membership_id: int
    person_id: int
    last_name: str
    first_name: str
    middle_name: str
    gender: Gender | None
    position: str
    organisation: str
    role: Role
    side: Side | None
    start: date
    end: date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(
            part for part in (self.last_name, self.first_name, self.middle_name) if part
        )


@dataclass(frozen=True)
class PrintedRoster:
    """Everything a printed roster shows, in plain data."""

    body_kind: BodyKind
    title: str  # «Состав рабочей группы по реализации ...»
    approval_lines: tuple[str, ...]  # «Утвержден», «распоряжением ...», «от 18.10.2022 № 41-р»
    organisation: str
    as_of: date
    entries: tuple[RosterEntry, ...]  # already in printed order


def surname_key(entry: RosterEntry) -> tuple[str, str, str]:
    """Alphabetical order of Russian names: case-insensitive, ё sorts as е."""
    return (fold(entry.last_name), fold(entry.first_name), fold(entry.middle_name))


def printed_order(entries: Iterable[RosterEntry]) -> list[RosterEntry]:
    """Chair, deputies, secretary, then members, each group alphabetically by surname."""
    return sorted(entries, key=lambda e: (e.role.order, surname_key(e)))


def roster_line(entry: RosterEntry, kind: BodyKind) -> str:
    """«Хмелева Ксения Владимировна — заместитель главы ..., председатель рабочей группы»."""
    parts = [entry.position.strip().rstrip(",;.")] if entry.position.strip() else []
    if entry.role is not Role.MEMBER:
        parts.append(entry.role.in_body(kind))
    text = ", ".join(parts)
    return f"{entry.full_name} — {text}" if text else entry.full_name


def check_term(new: Term, others: Sequence[Term], describe_person) -> None:
    """Raise ValidationError when ``new`` breaks a rule of the roster.

    ``others`` are the body's other memberships (``new`` itself excluded);
    ``describe_person(person_id)`` names a person in a message.
    """
    if new.end is not None and new.end <= new.start:
        raise ValidationError("дата выбытия должна быть позже даты включения", "Дата выбытия")
    for other in others:
        if not other.overlaps(new):
            continue
        if other.person_id == new.person_id:
            raise ValidationError(
                f"{describe_person(new.person_id)} уже входит в состав "
                f"с {other.start:%d.%m.%Y} ({other.role.label})",
                "ФИО",
            )
        if new.role.is_unique and other.role is new.role:
            raise ValidationError(
                f"{new.role.label} у органа может быть только один: "
                f"сейчас это {describe_person(other.person_id)}",
                "Роль",
            )


def missing_roles(roles_present: Iterable[Role]) -> list[Role]:
    """The unique roles nobody holds: a roster must have a chair and a secretary."""
    present = set(roles_present)
    return [role for role in (Role.CHAIR, Role.SECRETARY) if role not in present]
