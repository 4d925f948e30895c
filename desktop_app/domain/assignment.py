"""The control of decisions (поручения): statuses, recurring deadlines, executors and the
figures of execution discipline. Plain Python: the store and the documents use it.

An assignment is *on control* until it is executed or taken off control; an assignment
on control whose deadline has passed is *overdue*. Overdue is not stored: it follows
from the date, so that the lists are right on any day without a nightly job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.dates import MONTHS_GENITIVE, format_date
from desktop_app.domain.errors import ValidationError


class AssignmentStatus(StrEnum):
    """The stored status. «Просрочено» is shown for ON_CONTROL past its deadline."""

    ON_CONTROL = "on_control"
    EXECUTED = "executed"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    AssignmentStatus.ON_CONTROL: "на контроле",
    AssignmentStatus.EXECUTED: "исполнено",
    AssignmentStatus.REMOVED: "снято с контроля",
}

OVERDUE_LABEL = "просрочено"


class StatusFilter(StrEnum):
    """What the lists and ``export assignments --status`` can show."""

    OPEN = "open"  # on control, overdue or not
    OVERDUE = "overdue"
    DUE_SOON = "due"  # on control, deadline within N days from today
    EXECUTED = "executed"
    REMOVED = "removed"
    ALL = "all"

    @property
    def label(self) -> str:
        return _FILTER_LABELS[self]


_FILTER_LABELS = {
    StatusFilter.OPEN: "на контроле",
    StatusFilter.OVERDUE: "просроченные",
    StatusFilter.DUE_SOON: "срок подходит",
    StatusFilter.EXECUTED: "исполненные",
    StatusFilter.REMOVED: "снятые с контроля",
    StatusFilter.ALL: "все",
}


def status_label(status: AssignmentStatus, deadline: date | None, today: date) -> str:
    if is_overdue(status, deadline, today):
        return OVERDUE_LABEL
    return status.label


def is_overdue(status: AssignmentStatus, deadline: date | None, today: date) -> bool:
    return status is AssignmentStatus.ON_CONTROL and deadline is not None and deadline < today


# ----- recurring deadlines ----------------------------------------------------------------
class Recurrence(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def label(self) -> str:
        return _RECURRENCE_LABELS[self]


_RECURRENCE_LABELS = {
    Recurrence.MONTHLY: "ежемесячно",
    Recurrence.QUARTERLY: "ежеквартально",
    Recurrence.YEARLY: "ежегодно",
}


@dataclass(frozen=True)
class Schedule:
    """A recurring deadline: «ежеквартально до 5 числа месяца, следующего за отчетным
    кварталом», «ежемесячно до 3 числа», «ежегодно до 15 января».

    The report for a period is due on ``day`` of the month after the period (for a
    yearly one: ``day`` of ``month`` of the next year).
    """

    kind: Recurrence
    day: int
    month: int = 1  # yearly only

    def __post_init__(self) -> None:
        if not 1 <= self.day <= 28:
            raise ValidationError("число месяца должно быть от 1 до 28", "Срок")
        if not 1 <= self.month <= 12:
            raise ValidationError("месяц должен быть от 1 до 12", "Срок")

    def describe(self) -> str:
        if self.kind is Recurrence.YEARLY:
            return f"ежегодно до {self.day} {MONTHS_GENITIVE[self.month - 1]}"
        if self.kind is Recurrence.QUARTERLY:
            return f"ежеквартально до {self.day} числа месяца, следующего за отчетным кварталом"
        return f"ежемесячно до {self.day} числа месяца, следующего за отчетным"

    def deadlines(self, start: date) -> Iterable[date]:
        """The deadlines after ``start`` (exclusive), in order, without end."""
        if self.kind is Recurrence.YEARLY:
            year = start.year
            while True:
                day = date(year, self.month, self.day)
                if day > start:
                    yield day
                year += 1
        step = 3 if self.kind is Recurrence.QUARTERLY else 1
        # Months whose `day` is a deadline: for quarters, the month after each quarter.
        year, month = start.year, start.month
        if step == 3:
            month = ((month - 1) // 3) * 3 + 1  # the first month of start's quarter
        while True:
            day = date(year, month, self.day)
            if day > start:
                yield day
            month += step
            if month > 12:
                year, month = year + 1, month - 12

    def next_deadline(self, after: date) -> date:
        return next(iter(self.deadlines(after)))

    def first_deadline(self, given_on: date) -> date:
        """The first report is for the period in which the assignment was given."""
        if self.kind is Recurrence.YEARLY:
            end = date(given_on.year, 12, 31)
        else:
            months = 3 if self.kind is Recurrence.QUARTERLY else 1
            last_month = ((given_on.month - 1) // months + 1) * months
            end = (date(given_on.year + last_month // 12, last_month % 12 + 1, 1)) - timedelta(
                days=1
            )
        return self.next_deadline(end)

    def period_of(self, deadline: date) -> str:
        """The period whose report is due on ``deadline``: «III квартал 2024 года»."""
        previous = deadline.replace(day=1) - timedelta(days=1)
        if self.kind is Recurrence.YEARLY:
            return f"{deadline.year - 1} год"
        if self.kind is Recurrence.QUARTERLY:
            quarter = (previous.month - 1) // 3
            return f"{('I', 'II', 'III', 'IV')[quarter]} квартал {previous.year} года"
        return f"{_MONTH_NAMES[previous.month - 1]} {previous.year} года"


_MONTH_NAMES = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)

_RECURRING = re.compile(
    r"(?P<kind>ежемесячно|ежеквартально|ежегодно)\D*?(?:до|не позднее)\s+(?P<day>\d{1,2})"
    r"(?:-?го)?\s*(?P<month>[а-яё]+)?",
    re.IGNORECASE,
)


def parse_schedule(text: str) -> Schedule | None:
    """A recurring deadline in the words of a protocol, or None when the text is not one.

    >>> parse_schedule("ежеквартально до 5 числа месяца, следующего за отчетным кварталом")
    Schedule(kind=<Recurrence.QUARTERLY: 'quarterly'>, day=5, month=1)
    """
    match = _RECURRING.search(text or "")
    if not match:
        return None
    kind = {
        "ежемесячно": Recurrence.MONTHLY,
        "ежеквартально": Recurrence.QUARTERLY,
        "ежегодно": Recurrence.YEARLY,
    }[match["kind"].lower()]
    day = int(match["day"])
    if not 1 <= day <= 28:
        return None
    month = 1
    if kind is Recurrence.YEARLY and match["month"]:
        word = match["month"].lower().replace("ё", "е")
        if word in MONTHS_GENITIVE:
            month = MONTHS_GENITIVE.index(word) + 1
    return Schedule(kind, day, month)


_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_QUARTER = re.compile(r"\b(IV|III|II|I|[1-4])\s*(?:-?й\s*)?квартал\w*\s+(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"\b(\d{4})\s*год", re.IGNORECASE)


def parse_deadline_text(text: str) -> date | None:
    """The date a deadline in words comes to: «до 01.12.2022» → 01.12.2022,
    «I квартал 2025 года» → 31.03.2025, «2025 год» → 31.12.2025; None otherwise."""
    text = text or ""
    if match := _DATE.search(text):
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    try:
        if match := _QUARTER.search(text):
            numeral = match[1].upper()
            quarter = (
                int(numeral) if numeral.isdigit() else ("I", "II", "III", "IV").index(numeral) + 1
            )
            year = int(match[2])
            return (date(year + quarter // 4, quarter * 3 % 12 + 1, 1)) - timedelta(days=1)
        if match := _YEAR.search(text):
            return date(int(match[1]), 12, 31)
    except (ValueError, OverflowError):  # «I квартал 0000 года», «9999 год» …
        return None
    return None


# ----- executors ----------------------------------------------------------------------------
def split_executors(text: str) -> list[str]:
    """The executors named in a decision's «Ответственные», lead first.

    Commas and semicolons separate them, except inside brackets and quotes:
    «управление экономики (Проскуракова Е.В.), МБУ «ИМЦ, г. Белово»» is two.
    """
    names: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text or "":
        if char in "(«":
            depth += 1
        elif char in ")»" and depth:
            depth -= 1
        if char in ",;\n" and depth == 0:
            names.append("".join(current))
            current = []
        else:
            current.append(char)
    names.append("".join(current))
    seen: set[str] = set()
    result = []
    for name in (" ".join(part.split()) for part in names):
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            result.append(name)
    return result


def deadline_text(deadline: date | None, schedule: Schedule | None, text: str = "") -> str:
    """The deadline as a list and a letter print it: the protocol's words when it gave
    the deadline in words («I квартал 2025 года»), else the date."""
    if schedule is not None:
        return schedule.describe() + (
            f" (очередной срок {format_date(deadline)})" if deadline else ""
        )
    if text:
        return text
    if deadline is not None:
        return format_date(deadline)
    return "без срока"


# ----- discipline ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """What discipline needs of one assignment."""

    status: AssignmentStatus
    deadline: date | None
    closed_on: date | None


@dataclass
class Discipline:
    """Execution discipline as the administration counts it [seed 004]: of N assignments
    put on control, M were taken off control (executed or withdrawn) = M / N %.

    The parts: executed on time, executed late, withdrawn, overdue (on control past the
    deadline), on control within the deadline.
    """

    total: int = 0
    on_time: int = 0
    late: int = 0
    removed: int = 0
    overdue: int = 0
    pending: int = 0

    def add(self, outcome: Outcome, today: date) -> None:
        self.total += 1
        if outcome.status is AssignmentStatus.EXECUTED:
            if outcome.deadline and outcome.closed_on and outcome.closed_on > outcome.deadline:
                self.late += 1
            else:
                self.on_time += 1
        elif outcome.status is AssignmentStatus.REMOVED:
            self.removed += 1
        elif is_overdue(outcome.status, outcome.deadline, today):
            self.overdue += 1
        else:
            self.pending += 1

    @property
    def executed(self) -> int:
        return self.on_time + self.late

    @property
    def closed(self) -> int:
        """Taken off control: executed or withdrawn."""
        return self.executed + self.removed

    @property
    def percent(self) -> float | None:
        """The share closed, as in «снято с контроля 6 461, что составило 99,68 %»."""
        return None if self.total == 0 else 100.0 * self.closed / self.total

    @property
    def on_time_percent(self) -> float | None:
        """Of those whose deadline has come (executed or overdue), the share executed
        on time."""
        due = self.executed + self.overdue
        return None if due == 0 else 100.0 * self.on_time / due

    def merge(self, other: Discipline) -> None:
        for name in ("total", "on_time", "late", "removed", "overdue", "pending"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def discipline_of(outcomes: Iterable[Outcome], today: date) -> Discipline:
    figure = Discipline()
    for outcome in outcomes:
        figure.add(outcome, today)
    return figure


def format_percent(value: float | None) -> str:
    """«99,68 %», or a dash when there is nothing to count."""
    if value is None:
        return "—"
    return f"{value:.2f}".replace(".", ",") + " %"


# ----- plain data for the documents ----------------------------------------------------------
@dataclass(frozen=True)
class AssignmentLine:
    """One assignment as the printed list and the letters show it."""

    number: int  # the running number in the list
    text: str
    source: str  # «Протокол № 3 от 12.09.2024, п. 2.1» or a free reference
    body: str  # the body's short name
    executors: tuple[str, ...]  # lead first
    deadline: date | None
    deadline_text: str  # as printed: a date, «ежеквартально до 5 числа…», «без срока»
    status: str  # the status label with «просрочено»
    overdue: bool
    closed_on: date | None = None
    report: str = ""  # the latest execution report
    extensions: tuple[str, ...] = ()  # «срок продлен с 01.10.2024 до 01.12.2024: причина»


@dataclass(frozen=True)
class AssignmentsListData:
    """«Перечень поручений, находящихся на контроле» with the filters applied."""

    title: str
    organisation: str
    as_of: date
    filters: tuple[str, ...]  # «Орган: …», «Ответственный: …» as printed under the title
    lines: tuple[AssignmentLine, ...]
    discipline: Discipline = field(default_factory=Discipline)


@dataclass(frozen=True)
class ReminderData:
    """A reminder letter to a responsible about their open assignments."""

    organisation: str
    body_name: str  # «рабочей группы по внедрению …» (genitive)
    addressee: str  # as printed in the address block: «Проскураковой Е.В.» or a unit
    addressee_position: str  # «Начальнику управления …», may be empty
    salutation: str  # «Уважаемая Елена Викторовна!» or «Уважаемые коллеги!»
    day: date
    respond_by: date | None
    lines: tuple[AssignmentLine, ...]
    signer_position: str
    signer_name: str  # «К.В. Хмелева»


@dataclass(frozen=True)
class ExecutionReportData:
    """«Информация об исполнении поручений» for a period: the figures and the list."""

    organisation: str
    title: str
    start: date
    end: date
    as_of: date
    discipline: Discipline
    by_body: tuple[tuple[str, Discipline], ...]
    by_responsible: tuple[tuple[str, Discipline], ...]
    lines: tuple[AssignmentLine, ...]
    signer_position: str = ""
    signer_name: str = ""
