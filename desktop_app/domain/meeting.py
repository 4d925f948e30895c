"""Meetings in the users' own terms: forms, statuses, attendance, votes, quorum and the
quarters a body must meet in. Plain Python: the store and the views both use it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from desktop_app.domain.errors import ValidationError


class MeetingForm(StrEnum):
    IN_PERSON = "in_person"
    CORRESPONDENCE = "correspondence"
    VIDEO = "video"

    @property
    def label(self) -> str:
        return _FORM_LABELS[self][0]

    @property
    def phrase(self) -> str:
        """«состоится в очной форме»."""
        return _FORM_LABELS[self][1]


_FORM_LABELS = {
    MeetingForm.IN_PERSON: ("очная", "в очной форме"),
    MeetingForm.CORRESPONDENCE: ("заочная", "в заочной форме (опросным порядком)"),
    MeetingForm.VIDEO: ("ВКС", "в режиме видео-конференц-связи"),
}


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    AGENDA_APPROVED = "agenda_approved"
    HELD = "held"
    SIGNED = "signed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def order(self) -> int:
        return list(MeetingStatus).index(self)


_STATUS_LABELS = {
    MeetingStatus.PLANNED: "запланировано",
    MeetingStatus.AGENDA_APPROVED: "повестка утверждена",
    MeetingStatus.HELD: "проведено",
    MeetingStatus.SIGNED: "протокол подписан",
}


class ProtocolForm(StrEnum):
    FULL = "full"
    SHORT = "short"

    @property
    def label(self) -> str:
        return "полная" if self is ProtocolForm.FULL else "краткая"


class AbsenceReason(StrEnum):
    VACATION = "vacation"
    BUSINESS_TRIP = "business_trip"
    ILLNESS = "illness"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ABSENCE_LABELS[self]


_ABSENCE_LABELS = {
    AbsenceReason.VACATION: "отпуск",
    AbsenceReason.BUSINESS_TRIP: "командировка",
    AbsenceReason.ILLNESS: "болезнь",
    AbsenceReason.OTHER: "иная причина",
}


class Vote(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAINED = "abstained"

    @property
    def label(self) -> str:
        return _VOTE_LABELS[self]


_VOTE_LABELS = {Vote.FOR: "за", Vote.AGAINST: "против", Vote.ABSTAINED: "воздержался"}


class DistributionMethod(StrEnum):
    EMAIL = "email"
    PAPER = "paper"
    SED = "sed"

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    DistributionMethod.EMAIL: "электронная почта",
    DistributionMethod.PAPER: "на бумаге",
    DistributionMethod.SED: "СЭД",
}


class SpeakerKind(StrEnum):
    """Who a speaker of an agenda item is: a member, an invited person or a typed text."""

    PERSON = "person"
    TEXT = "text"


# --- numbers ------------------------------------------------------------------------------


def decision_number(item_number: int, position: int) -> str:
    """The decisions of item 2 are numbered 2.1, 2.2 ..."""
    return f"{item_number}.{position}"


def meeting_reference(number: int, year: int) -> str:
    """«3/2023»: how a meeting is named on the command line and in lists."""
    return f"{number}/{year}"


def parse_meeting_reference(text: str) -> tuple[int, int]:
    """«3/2023» → (3, 2023); a Russian message otherwise."""
    number, _, year = text.strip().partition("/")
    if not (
        re.fullmatch("[0-9]{1,6}", number) and re.fullmatch("[0-9]{4}", year) and int(number) > 0
    ):
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise ValidationError(
            f"«{shown}» — укажите заседание как номер/год, например 3/2023", "Заседание"
        )
    return int(number), int(year)


def parse_time(text: str) -> time | None:
    """«10:00», «9.30» → time; empty → None; a Russian message otherwise."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    hours, _, minutes = text.partition(":")
    if re.fullmatch("[0-9]{1,2}", hours) and re.fullmatch("[0-9]{0,2}", minutes):
        h, m = int(hours), int(minutes or 0)
        if 0 <= h < 24 and 0 <= m < 60:
            return time(h, m)
    shown = text if len(text) <= 40 else text[:39] + "…"
    raise ValidationError(f"«{shown}» — укажите время как ЧЧ:ММ, например 10:00", "Время")


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


# --- quarters -----------------------------------------------------------------------------


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> date:
    """The last day of the quarter."""
    if quarter == 4:
        return date(year, 12, 31)
    return date.fromordinal(quarter_start(year, quarter + 1).toordinal() - 1)


QUARTER_NAMES = ("I квартал", "II квартал", "III квартал", "IV квартал")


@dataclass(frozen=True)
class QuarterMeeting:
    meeting_id: int
    number: int
    day: date
    status: MeetingStatus


@dataclass(frozen=True)
class QuarterStatus:
    """What a body has in one quarter of a year: its meetings and whether it is short."""

    year: int
    quarter: int
    meetings: tuple[QuarterMeeting, ...]
    required: int  # meetings per quarter the body's act asks for
    applies: bool  # False for quarters before the body existed

    @property
    def name(self) -> str:
        return f"{QUARTER_NAMES[self.quarter - 1]} {self.year}"

    @property
    def held(self) -> int:
        return sum(1 for m in self.meetings if m.status.order >= MeetingStatus.HELD.order)

    @property
    def flagged(self) -> bool:
        """No meeting held or planned (fewer than the body's rule asks)."""
        return self.applies and len(self.meetings) < self.required

    def describe(self) -> str:
        if not self.applies:
            return "орган еще не создан"
        if not self.meetings:
            return "нет заседания" if self.required else "заседания не требуются"
        parts = [
            f"№\u00a0{m.number} — {m.day.strftime('%d.%m.%Y')}, {m.status.label}"
            for m in self.meetings
        ]
        return "; ".join(parts)


def quarter_statuses(
    year: int,
    meetings: list[QuarterMeeting],
    required: int,
    body_since: date | None,
) -> list[QuarterStatus]:
    """The four quarters of ``year`` for a body that exists since ``body_since``."""
    result = []
    for quarter in range(1, 5):
        inside = tuple(
            sorted(
                (m for m in meetings if m.day.year == year and quarter_of(m.day) == quarter),
                key=lambda m: (m.day, m.number),
            )
        )
        applies = body_since is None or body_since <= quarter_end(year, quarter)
        result.append(QuarterStatus(year, quarter, inside, required, applies))
    return result


# --- quorum and votes -------------------------------------------------------------------


@dataclass(frozen=True)
class Quorum:
    members: int  # members on the roster on the meeting's date
    present: int
    required: int

    @property
    def reached(self) -> bool:
        return self.members > 0 and self.present >= self.required

    def describe(self) -> str:
        """«Присутствуют 14 из 23, кворум есть (нужно не менее 12)»."""
        state = "кворум есть" if self.reached else "кворума нет"
        return (
            f"Присутствуют {self.present} из {self.members}, {state} "
            f"(нужно не менее {self.required})"
        )


@dataclass(frozen=True)
class VoteCount:
    votes_for: int
    against: int
    abstained: int

    @property
    def total(self) -> int:
        return self.votes_for + self.against + self.abstained

    def adopted(self, voters: int) -> bool:
        """Adopted by a majority of the members taking part (present or having voted)."""
        return self.votes_for > voters / 2

    def check(self, voters: int) -> None:
        for value, field in (
            (self.votes_for, "За"),
            (self.against, "Против"),
            (self.abstained, "Воздержались"),
        ):
            if not isinstance(value, int):
                raise ValidationError("число голосов — целое число", field)
            if value < 0:
                raise ValidationError("число голосов не может быть отрицательным", field)
        if self.total > voters:
            raise ValidationError(
                f"голосов {self.total}, а голосующих членов {voters}", "Голосование"
            )

    def describe(self) -> str:
        """«за — 12, против — нет, воздержались — 1»; unanimity is said as such."""
        if self.votes_for and not self.against and not self.abstained:
            return f"«за» — {self.votes_for} (единогласно)"

        def count(value: int) -> str:
            return str(value) if value else "нет"

        return (
            f"«за» — {count(self.votes_for)}, «против» — {count(self.against)}, "
            f"«воздержались» — {count(self.abstained)}"
        )

    @classmethod
    def of(cls, votes: list[Vote]) -> VoteCount:
        return cls(votes.count(Vote.FOR), votes.count(Vote.AGAINST), votes.count(Vote.ABSTAINED))
