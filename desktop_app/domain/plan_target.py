"""The targets of a plan of measures and their status (issue 5, first slice: the rules;
the plans, their registries and screens come next).

A plan item has a target per year, written in the plan's own words (seeds 002 and 003):

- «Не менее 2 в год», «Не менее 1 проекта в год», «Не менее 2 чел» — at least N a year,
  for each executor unit, not summed;
- «15%», «30 %» — a share in per cent of one count to another (replicated projects of all
  projects carried out);
- «4», «0», «5 пилотных лин-проектов в год» — an exact count a year (0: nothing due);
  «1 в квартал» — a count per quarter (four a year, judged quarter by quarter);
- «До 01.12.2022» — done by a date;
- «Второй квартал 2019 года» — done within a period; «ежемесячно», «ежеквартально»,
  «ежегодно» — done every month, quarter, year;
- «постоянно», «по мере необходимости» — qualitative: reported on, not counted.

``target_status`` says where an executor stands on a day: выполнено, в срок, отставание,
не выполнено. During the year a count is judged against the part of the year that has
passed, by whole quarters (the executors report quarterly), counting only the quarters
in which the executor took part (a unit that joined in the middle of the year owes a part
of the target).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.assignment import Recurrence


class TargetKind(StrEnum):
    AT_LEAST = "at_least"
    SHARE = "share"
    COUNT = "count"
    DATE = "date"
    PERIOD = "period"
    QUALITATIVE = "qualitative"


class TargetStatus(StrEnum):
    DONE = "done"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    TargetStatus.DONE: "выполнено",
    TargetStatus.ON_TRACK: "в срок",
    TargetStatus.BEHIND: "отставание",
    TargetStatus.FAILED: "не выполнено",
}


@dataclass(frozen=True)
class Target:
    """One year's target of a plan item, as the plan words it (``text``)."""

    kind: TargetKind
    text: str
    value: float | None = None  # N for counts, per cent for a share
    unit: str = ""  # «проекта», «чел»
    day: date | None = None  # DATE: the deadline
    start: date | None = None  # PERIOD within a quarter (or a year)
    end: date | None = None
    every: Recurrence | None = None  # PERIOD: ежемесячно / ежеквартально / ежегодно

    def per_year(self) -> float | None:
        """The count a whole year asks for (None when the target is not a count)."""
        if self.kind in (TargetKind.AT_LEAST, TargetKind.COUNT):
            return self.value
        if self.kind is TargetKind.PERIOD and self.every is not None:
            return {Recurrence.MONTHLY: 12, Recurrence.QUARTERLY: 4, Recurrence.YEARLY: 1}[
                self.every
            ]
        return None


_ORDINALS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}
_AT_LEAST = re.compile(r"^не\s+менее\s+(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[а-яё.]*)", re.IGNORECASE)
_SHARE = re.compile(r"^(?P<n>\d+(?:[.,]\d+)?)\s*%")
_PER_QUARTER = re.compile(r"(?:раз\s+)?(?:в\s+квартал|ежеквартально)", re.IGNORECASE)
_COUNT = re.compile(r"^(?P<n>\d+)(?:\s+(?P<rest>.*))?$")
_BY_DATE = re.compile(r"^до\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", re.IGNORECASE)
_QUARTER = re.compile(
    r"^(?P<q>перв|втор|трет|четверт|iv|iii|ii|i|[1-4])\w*[\s-]*(?:й\s+)?квартал\w*\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
_EVERY = {
    "ежемесячно": Recurrence.MONTHLY,
    "ежеквартально": Recurrence.QUARTERLY,
    "ежегодно": Recurrence.YEARLY,
}
_QUALITATIVE = ("постоянно", "по мере необходимости", "по мере проведения", "в течение года")


class TargetError(ValueError):
    """The wording of a target the program does not understand (a Russian message)."""


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_target(text: str) -> Target | None:
    """The target a plan's cell states; None for an empty cell (nothing that year).

    >>> parse_target("Не менее 1 проекта в год").value
    1.0
    """
    words = " ".join((text or "").split())
    if not words or words in ("-", "–", "—"):
        return None
    lowered = words.casefold().replace("ё", "е")
    # «Постоянно не менее 1 чел» (seed 002, 2.2): a count all the year round
    counted = re.sub(r"^постоянно\s+(?=не\s+менее)", "", words, flags=re.IGNORECASE)
    if match := _AT_LEAST.match(counted):
        unit = match["unit"].rstrip(".")
        if unit.casefold() in ("в", "раз"):
            unit = ""
        return Target(TargetKind.AT_LEAST, words, _number(match["n"]), unit)
    if match := _SHARE.match(words):
        return Target(TargetKind.SHARE, words, _number(match["n"]))
    if match := _BY_DATE.match(words):
        try:
            day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError as error:
            raise TargetError(f"«{words}»: такой даты нет") from error
        return Target(TargetKind.DATE, words, day=day)
    if match := _QUARTER.match(words):
        quarter = _ORDINALS[match["q"].casefold()]
        year = int(match["y"])
        if not 1 <= year <= 9999:
            raise TargetError(f"«{words}»: такого года нет")
        start = date(year, quarter * 3 - 2, 1)
        end = _quarter_end(year, quarter)
        return Target(TargetKind.PERIOD, words, start=start, end=end)
    for word, every in _EVERY.items():
        if lowered.startswith(word):
            return Target(TargetKind.PERIOD, words, every=every)
    if any(lowered.startswith(word) for word in _QUALITATIVE):
        return Target(TargetKind.QUALITATIVE, words)
    if match := _COUNT.match(words):
        rest = match["rest"] or ""
        if quarterly := _PER_QUARTER.search(rest):  # «1 в квартал»: four a year, one a quarter
            unit = (rest[: quarterly.start()] + rest[quarterly.end() :]).strip()
            value = float(match["n"]) * 4
            return Target(TargetKind.COUNT, words, value, unit, every=Recurrence.QUARTERLY)
        unit = rest.removesuffix(" в год").strip()
        return Target(TargetKind.COUNT, words, float(match["n"]), unit)
    raise TargetError(
        f"«{words}»: не удалось понять показатель (ожидается, например, «Не менее 2 в год», "
        "«15%», «4», «До 01.12.2022», «Второй квартал 2019 года», «ежеквартально», "
        "«постоянно»)"
    )


def _quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, quarter * 3 + 1, 1) - timedelta(days=1)


# ----- the status ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    """What an executor did in the target's year.

    ``by_quarter``: the count reported (or counted from a registry) per quarter 1-4;
    ``numerator``/``denominator``: a share's two counts to date; ``done_on``: when a dated
    or period measure was carried out; ``reported``: the quarters with a report (for the
    qualitative ones)."""

    by_quarter: Mapping[int, float] = field(default_factory=dict)
    numerator: float = 0
    denominator: float = 0
    done_on: date | None = None
    reported: frozenset[int] = frozenset()

    @property
    def total(self) -> float:
        return float(sum(self.by_quarter.values()))

    def share(self) -> float | None:
        """The share in per cent, None when there is nothing to divide by."""
        return None if not self.denominator else 100.0 * self.numerator / self.denominator


def completed_quarters(year: int, today: date) -> int:
    """How many quarters of ``year`` are over on ``today`` (0 to 4)."""
    if today.year < year:
        return 0
    if today.year > year:
        return 4
    return (today.month - 1) // 3


def active_quarters(year: int, joined: date | None) -> range:
    """The quarters of ``year`` in which an executor that joined on ``joined`` takes part
    (every quarter when it was there before the year)."""
    if joined is None or joined.year < year:
        return range(1, 5)
    if joined.year > year:
        return range(1, 1)
    return range((joined.month - 1) // 3 + 1, 5)


def target_status(
    target: Target, year: int, fact: Fact, today: date, joined: date | None = None
) -> TargetStatus:
    """Where an executor stands on ``today`` against the target of ``year``."""
    over = today > date(year, 12, 31)
    quarters = active_quarters(year, joined)
    if not quarters:
        return TargetStatus.ON_TRACK  # not yet an executor in that year
    passed = sum(1 for q in quarters if q <= completed_quarters(year, today))
    if target.kind is TargetKind.PERIOD and target.every is Recurrence.YEARLY:
        if fact.reported or fact.total > 0 or fact.done_on is not None:
            return TargetStatus.DONE
        return TargetStatus.FAILED if over else TargetStatus.ON_TRACK
    if target.kind is TargetKind.PERIOD and target.every:
        # reported quarterly: a report without a count stands for the whole quarter (three
        # months of a monthly measure, the quarter's one of a quarterly measure)
        whole = (target.per_year() or 4) / 4
        counted = {q: whole for q in fact.reported} | dict(fact.by_quarter)
        fact = Fact(by_quarter=counted, reported=fact.reported, done_on=fact.done_on)
    if target.kind is TargetKind.QUALITATIVE:
        missing = [q for q in quarters if q <= completed_quarters(year, today)]
        missing = [q for q in missing if q not in fact.reported]
        if over:
            return TargetStatus.FAILED if missing else TargetStatus.DONE
        return TargetStatus.BEHIND if missing else TargetStatus.ON_TRACK
    if target.kind is TargetKind.SHARE:
        share = fact.share()
        reached = share is not None and share + 1e-9 >= (target.value or 0)
        if over:
            return TargetStatus.DONE if reached else TargetStatus.FAILED
        if share is None:  # nothing carried out yet to take a share of
            return TargetStatus.BEHIND if passed else TargetStatus.ON_TRACK
        return TargetStatus.ON_TRACK if reached else TargetStatus.BEHIND
    if target.kind is TargetKind.DATE or (target.kind is TargetKind.PERIOD and target.end):
        deadline = target.day if target.kind is TargetKind.DATE else target.end
        if fact.done_on is not None or fact.total > 0:
            return TargetStatus.DONE
        return TargetStatus.FAILED if today > deadline else TargetStatus.ON_TRACK
    required = target.per_year() or 0
    if required <= 0:
        return TargetStatus.DONE  # «0»: nothing is due that year
    owed = math.ceil(required * len(quarters) / 4 - 1e-9)  # a late joiner owes its part
    if fact.total + 1e-9 >= owed:
        return TargetStatus.DONE
    if over:
        return TargetStatus.FAILED
    expected = owed * passed / len(quarters)
    return TargetStatus.ON_TRACK if fact.total + 1e-9 >= expected else TargetStatus.BEHIND
