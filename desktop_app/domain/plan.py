"""A plan of measures and the registries that feed it (seeds 002 and 003), in plain Python.

A plan (план мероприятий) belongs to a body and covers a span of years. Its items are
numbered in a hierarchy — «1» a section, «1.1» a measure — as the plan prints them (the
Belovo plan numbers two measures «1.2»: the numbers are kept as written, the order is the
position). A measure names its executors (исполнители: departments and institutions, the
body's list of executor units) and has a target per year in the plan's own words
(``domain.plan_target``).

The fact of a measure comes from the executors' quarterly reports, or — when the measure is
linked to a registry — is counted from it: improvement proposals (ППУ), lean projects
(лин-проекты) and training.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_text, printable
from desktop_app.domain.plan_target import Target, TargetError, TargetKind, parse_target


class Registry(StrEnum):
    """Where a measure's fact is counted from (a measure without one takes the reports)."""

    PROPOSALS = "proposals"  # ППУ submitted by the unit in the year (not rejected)
    LEAN_PROJECTS = "lean_projects"  # lean projects started (passport agreed) in the year
    LEAN_PILOTS = "lean_pilots"  # pilot lean projects started in the year
    LEAN_REPLICATIONS = "lean_replications"  # replications started in the year
    REPLICATED_SHARE = "replicated_share"  # replications of all projects started, per cent
    TRAINING = "training"  # people trained in the year, external and internal
    TRAINING_EXTERNAL = "training_external"  # trained outside (АНО «Центр компетенций»)
    TRAINING_INTERNAL = "training_internal"  # trained inside by colleagues

    @property
    def label(self) -> str:
        return _REGISTRY_LABELS[self]


_REGISTRY_LABELS = {
    Registry.PROPOSALS: "предложения по улучшению (поданные, кроме отклоненных)",
    Registry.LEAN_PROJECTS: "лин-проекты (начатые в году)",
    Registry.LEAN_PILOTS: "пилотные лин-проекты (начатые в году)",
    Registry.LEAN_REPLICATIONS: "тиражированные лин-проекты (начатые в году)",
    Registry.REPLICATED_SHARE: "доля тиражируемых лин-проектов, %",
    Registry.TRAINING: "обученные сотрудники (всего)",
    Registry.TRAINING_EXTERNAL: "обученные сотрудники (внешнее обучение)",
    Registry.TRAINING_INTERNAL: "обученные сотрудники (внутреннее обучение)",
}


class ProposalStatus(StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return _PROPOSAL_LABELS[self]


_PROPOSAL_LABELS = {
    ProposalStatus.SUBMITTED: "подано",
    ProposalStatus.ACCEPTED: "принято",
    ProposalStatus.IMPLEMENTED: "реализовано",
    ProposalStatus.REJECTED: "отклонено",
}


#: Направления деятельности (отрасли хозяйства района), appendix 1 of seed 003, in its
#: order. «добыча полезных ископаемых» is printed under «Промышленность, всего» as
#: «в том числе».
LEAN_SECTORS: tuple[str, ...] = (
    "Государственное управление",
    "Муниципальное управление",
    "Правопорядок",
    "Предпринимательство",
    "Потребительский рынок",
    "Инвестиции",
    "Здравоохранение",
    "Промышленность",
    "добыча полезных ископаемых",
    "Агропромышленный комплекс",
    "Строительство",
    "Жилищно-коммунальное хозяйство",
    "Транспорт",
    "Связь",
    "Экология",
    "Служба занятости населения",
    "Многофункциональные центры",
    "Образование",
    "Социальная сфера",
    "Культура",
    "Спорт",
    "Прочие",
)
#: A sector counted inside another one in the appendix-1 table (mining is industry).
SECTOR_PART_OF = {"добыча полезных ископаемых": "Промышленность"}


@dataclass(frozen=True)
class LeanStage:
    number: int
    name: str
    single_day: bool  # «– "__" ____ г.» rather than «с … по …»


#: The ten stages of a lean project as the passport lists them (appendix 2 of seed 003).
LEAN_STAGES: tuple[LeanStage, ...] = (
    LeanStage(1, "Согласование паспорта лин-проекта", True),
    LeanStage(2, "Картирование текущего состояния", False),
    LeanStage(3, "Анализ проблем и потерь", False),
    LeanStage(4, "Составление карты целевого состояния", False),
    LeanStage(5, "Разработка плана мероприятий", False),
    LeanStage(6, "Защита плана мероприятий перед заказчиком", False),
    LeanStage(7, "Внедрение улучшений", False),
    LeanStage(8, "Мониторинг результатов", False),
    LeanStage(9, "Закрытие лин-проекта", True),
    LeanStage(10, "Мониторинг стабильности достигнутых результатов", True),
)
STARTING_STAGE = 1  # the project counts as started when its passport is agreed
CLOSING_STAGE = 9


class LeanStatus(StrEnum):
    PREPARING = "preparing"
    ACTIVE = "active"
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _LEAN_LABELS[self]


_LEAN_LABELS = {
    LeanStatus.PREPARING: "подготовка паспорта",
    LeanStatus.ACTIVE: "реализуется",
    LeanStatus.CLOSED: "завершен",
    LeanStatus.CANCELLED: "прекращен",
}


def lean_status(
    started_on: date | None, closed_on: date | None, cancelled_on: date | None, on: date
) -> LeanStatus:
    """A lean project's status on a day, from the dates of its stages 1 and 9."""
    if cancelled_on is not None and cancelled_on <= on:
        return LeanStatus.CANCELLED
    if closed_on is not None and closed_on <= on:
        return LeanStatus.CLOSED
    if started_on is not None and started_on <= on:
        return LeanStatus.ACTIVE
    return LeanStatus.PREPARING


class TrainingKind(StrEnum):
    EXTERNAL = "external"
    INTERNAL = "internal"

    @property
    def label(self) -> str:
        return "внешнее" if self is TrainingKind.EXTERNAL else "внутреннее"


# ----- a plan as plain data (import, export, the example) ------------------------------------
_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")


#: The longest text of each field of a plan, in characters: the import, the item form and
#: the store all check against these.
TEXT_LIMITS = {
    "title": 2000,
    "approved_by": 1000,
    "number": 40,
    "name": 4000,
    "expected_result": 4000,
    "term": 500,
    "executors_text": 2000,
    "target": 300,
    "unit_name": 500,
    "unit_short_name": 100,
    "unit_group": 1000,
}


def quoted(text: str, limit: int = 80) -> str:
    """Text for a message: a megabyte pasted into a cell is not repeated whole."""
    text = printable(" ".join(str(text).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_number(text: str) -> str:
    """«1.», « 1.1. » → «1», «1.1»; raises ``ValidationError`` for anything else."""
    number = (text or "").strip().rstrip(".")
    if len(number) > TEXT_LIMITS["number"] or not _NUMBER.match(number) or not number.isascii():
        raise ValidationError(f"«{quoted(text)}»: номер пункта пишется как 1, 1.1, 1.1.2", "№")
    return number


def check_text(value: str, label: str, key: str) -> str | None:
    """The Russian problem of one text of a plan (too long, a control character), or
    None; ``key`` names its limit in ``TEXT_LIMITS``."""
    try:
        clean_text(value, label, limit=TEXT_LIMITS[key])
    except ValidationError as error:
        return error.message
    return None


def number_depth(number: str) -> int:
    """«1» → 1 (a section), «1.2» → 2."""
    return number.count(".") + 1


@dataclass(frozen=True)
class UnitData:
    """An executor unit: a department or an institution."""

    name: str
    short_name: str = ""
    group: str = ""  # «Муниципальные учреждения», «Администрация … (отделы, управления, комитет)»
    joined_on: date | None = None
    left_on: date | None = None


@dataclass(frozen=True)
class PlanItemData:
    """A line of a plan: a section (no targets, no executors) or a measure."""

    number: str
    name: str
    expected_result: str = ""
    term: str = ""  # «Сроки» as the plan writes them, when it has that column
    executors_text: str = ""  # «Исполнитель» as the plan writes it
    executors: tuple[str, ...] = ()  # names of the executor units
    targets: dict[int, str] = field(default_factory=dict)  # year → the target's words
    registry: Registry | None = None

    @property
    def is_section(self) -> bool:
        return not self.targets and not self.executors and number_depth(self.number) == 1


@dataclass(frozen=True)
class PlanData:
    title: str
    first_year: int
    last_year: int
    approved_by: str = ""  # «распоряжением Администрации … от 18.10.2022 № 41-Р»
    items: tuple[PlanItemData, ...] = ()
    units: tuple[UnitData, ...] = ()

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


def check_plan(plan: PlanData) -> list[str]:
    """Every problem of a plan as Russian messages (empty when it can be stored)."""
    problems: list[str] = []
    if not plan.title.strip():
        problems.append("Название плана: не заполнено")
    for value, label, key in (
        (plan.title, "Название плана", "title"),
        (plan.approved_by, "Утвержден", "approved_by"),
    ):
        if problem := check_text(value, label, key):
            problems.append(f"{label}: {problem}")
    if not 1990 <= plan.first_year <= plan.last_year <= 2100:
        problems.append(
            f"Годы плана: {plan.first_year}–{plan.last_year} — ожидается начальный год "
            "не позже конечного"
        )
    unit_names = {unit.name for unit in plan.units}
    seen_units: set[str] = set()
    for unit in plan.units:
        if not unit.name.strip():
            problems.append("Исполнители: пустое наименование")
        elif unit.name in seen_units:
            problems.append(f"Исполнители: «{quoted(unit.name)}» указан дважды")
        seen_units.add(unit.name)
        for value, label, key in (
            (unit.name, "наименование", "unit_name"),
            (unit.short_name, "сокращение", "unit_short_name"),
            (unit.group, "группа", "unit_group"),
        ):
            if problem := check_text(value, label, key):
                problems.append(f"Исполнитель «{quoted(unit.name, 40)}», {label}: {problem}")
    for item in plan.items:
        where = f"Пункт {quoted(item.number, 20)}"
        try:
            normalize_number(item.number)
        except ValidationError as error:
            problems.append(f"{where}: {error.message}")
        if not item.name.strip():
            problems.append(f"{where}: не заполнено наименование мероприятия")
        for value, label, key in (
            (item.name, "наименование", "name"),
            (item.expected_result, "ожидаемый результат", "expected_result"),
            (item.term, "сроки", "term"),
            (item.executors_text, "исполнитель", "executors_text"),
        ):
            if problem := check_text(value, label, key):
                problems.append(f"{where}, {label}: {problem}")
        for name in item.executors:
            if name not in unit_names:
                problems.append(f"{where}: исполнитель «{name}» не в списке исполнителей")
        for year, text in item.targets.items():
            if year not in plan.years:
                problems.append(f"{where}: показатель на {year} год вне лет плана")
                continue
            if problem := check_text(text, f"{year} год", "target"):
                problems.append(f"{where}, {year} год: {problem}")
                continue
            try:
                parse_item_target(text, item.registry)
            except TargetError as error:
                problems.append(f"{where}, {year} год: {error}")
    return problems


def parse_item_target(text: str, registry: Registry | None) -> Target | None:
    """A measure's target of a year; a share must be counted from a registry that gives
    one (or from reports with both counts), and a registry that gives a share needs a
    share."""
    target = parse_target(text)
    if target is None:
        return None
    if registry is Registry.REPLICATED_SHARE and target.kind is not TargetKind.SHARE:
        raise TargetError(f"«{text}»: доля тиражируемых проектов задается в процентах")
    return target


# ----- quarterly reports ---------------------------------------------------------------------
def report_due(year: int, quarter: int, report_day: int) -> date:
    """The day an executor's report for a quarter is due: ``report_day`` of the month after
    the quarter (the last day of that month when it is shorter)."""
    month, due_year = quarter * 3 + 1, year
    if month > 12:
        month, due_year = 1, year + 1
    following = date(due_year + (month == 12), month % 12 + 1, 1)
    last_day = (following - date(due_year, month, 1)).days
    return date(due_year, month, min(report_day, last_day))


def last_reported_quarter(today: date) -> tuple[int, int]:
    """The quarter whose reports are being collected on ``today``: the last one that is
    over (in January, the IV quarter of the year before)."""
    quarter = (today.month - 1) // 3
    if quarter == 0:
        return today.year - 1, 4
    return today.year, quarter
