"""The documents of a plan of measures as plain data, and their wording (issue 5).

- «Аналитическая информация о выполнении плана мероприятий … за III квартал 2024 г.» (the
  quarterly note, ``PlanNoteData``): a row per measure and executor with the target of the
  year, the fact of the quarter and to date, the status and the words of the reports;
- «Отчет о работе … за 2024 год» (``YearReportData``): the figures a year report quotes
  [seed 000] — meetings held by form, items considered, decisions taken and executed
  [seed 004], plan execution per measure, lean projects, proposals, people trained.

The store builds these (``store.plan_reports``); the writers (``documents.plan_reports_*``)
only set them on the page. Everything here is printed as it stands: Russian.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.assignment import Discipline
from desktop_app.domain.plan import Registry

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_name(year: int, quarter: int) -> str:
    """«III квартал 2024 г.»."""
    return f"{ROMAN_QUARTERS[quarter]} квартал {year}\u00a0г."


def plural(count: int | float, one: str, few: str, many: str) -> str:
    """The noun that goes with ``count``: 1 заседание, 2 заседания, 5 заседаний (a
    fractional count takes the genitive singular: 2,5 человека)."""
    if count != int(count):
        return few
    number = abs(int(count))
    if number % 10 == 1 and number % 100 != 11:
        return one
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return few
    return many


def counted(count: int | float, one: str, few: str, many: str) -> str:
    """«6 заседаний», «1 решение», «21 вопрос»."""
    return f"{format_number(count)}\u00a0{plural(count, one, few, many)}"


def format_number(value: float | int | None) -> str:
    """«3», «2,5», «1\u00a0250»; a dash for None."""
    if value is None:
        return "—"
    if float(value) == int(value):
        return f"{int(value):,}".replace(",", "\u00a0")
    return f"{value:.1f}".replace(".", ",")


def format_share(numerator: float, denominator: float) -> str:
    """«25,0 % (1 из 4)»; a dash when there is nothing to divide by."""
    if not denominator:
        return "—"
    percent = f"{100.0 * numerator / denominator:.1f}".replace(".", ",")
    part, whole = format_number(numerator), format_number(denominator)
    return f"{percent}\u00a0% ({part}\u00a0из\u00a0{whole})"


#: How a note says that a measure's fact is counted from a registry.
REGISTRY_SOURCES = {
    Registry.PROPOSALS: "по реестру предложений по улучшению",
    Registry.LEAN_PROJECTS: "по реестру лин-проектов",
    Registry.LEAN_PILOTS: "по реестру лин-проектов (пилотные проекты)",
    Registry.LEAN_REPLICATIONS: "по реестру лин-проектов (тиражирование)",
    Registry.REPLICATED_SHARE: "по реестру лин-проектов (доля тиражируемых)",
    Registry.TRAINING: "по реестру обучения",
    Registry.TRAINING_EXTERNAL: "по реестру обучения (внешнее обучение)",
    Registry.TRAINING_INTERNAL: "по реестру обучения (внутреннее обучение)",
}


def registry_source(registry: Registry | None) -> str:
    return REGISTRY_SOURCES[registry] if registry is not None else ""


def plan_genitive(title: str) -> str:
    """«План мероприятий, направленных …» → «плана мероприятий, направленных …»; any
    other title in quotes after «плана мероприятий»."""
    title = " ".join(title.split())
    if title[:5].casefold() == "план ":
        return "плана " + title[5:]
    return f"плана мероприятий «{title}»"


def plan_instrumental(title: str) -> str:
    """«Планом мероприятий, направленных …» (the subject of «… предусмотрено»)."""
    title = " ".join(title.split())
    if title[:5].casefold() == "план ":
        return "Планом " + title[5:]
    return f"Планом мероприятий «{title}»"


# ----- the quarterly note ----------------------------------------------------------------------
@dataclass(frozen=True)
class NoteLine:
    """An executor's line of a measure (or the measure's «Всего» line).

    ``quarter`` and ``to_date`` as printed; ``quarter_value``/``to_date_value`` the numbers
    behind them for a counted target (None otherwise), for the spreadsheet."""

    executor: str
    quarter: str
    to_date: str
    status: str = ""  # «выполнено», «отставание» … or empty (judged in total)
    alarm: bool = False  # behind or failed
    info: str = ""  # the words of the quarter's report
    quarter_value: float | None = None
    to_date_value: float | None = None
    reported: bool = True  # a report for the quarter (or the registry counts it)


@dataclass(frozen=True)
class NoteItem:
    """A measure of the note (or a section heading: ``is_section``, no lines)."""

    number: str
    name: str
    target: str = ""
    source: str = ""  # «по реестру предложений по улучшению»
    is_section: bool = False
    lines: tuple[NoteLine, ...] = ()  # one per executor, then «Всего» when judged in total
    status: str = ""
    alarm: bool = False


@dataclass(frozen=True)
class MissingExecutor:
    """An executor that has not reported for the quarter, on how many measures."""

    name: str
    measures: int


@dataclass(frozen=True)
class PlanNoteData:
    organisation: str  # «Администрация Беловского городского округа»
    body_name: str  # the body's full name («Рабочая группа по …»)
    plan_title: str
    approved_by: str  # «распоряжением Администрации … от 18.10.2022 № 41-р»
    year: int
    quarter: int
    as_of: date
    due: date  # the day the quarter's reports were due
    measures: int  # measures with a target in the year
    done: int
    on_track: int
    behind: int
    failed: int
    missing: tuple[MissingExecutor, ...]
    items: tuple[NoteItem, ...]
    signer_position: str = ""
    signer_name: str = ""
    abbreviations: tuple[tuple[str, str], ...] = ()  # («УЭР», «Управление …») of the table

    @property
    def period(self) -> str:
        return quarter_name(self.year, self.quarter)


# ----- the year report -----------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingLine:
    """A meeting held in the year."""

    number: int
    day: date
    form: str  # «очная», «заочная», «ВКС»
    items: int
    decisions: int


@dataclass(frozen=True)
class YearPlanItem:
    """A measure of a plan at the year's end (or as of the day): target, fact, status."""

    number: str
    name: str
    target: str = ""
    source: str = ""
    is_section: bool = False
    facts: tuple[str, ...] = ()  # «УЭР — 3», or the total
    status: str = ""
    alarm: bool = False
    lagging: tuple[str, ...] = ()  # the executors behind or failed, by label


@dataclass(frozen=True)
class YearPlan:
    title: str
    approved_by: str
    years: str  # «2022–2024»
    measures: int
    done: int
    on_track: int
    behind: int
    failed: int
    items: tuple[YearPlanItem, ...]


@dataclass(frozen=True)
class RegistryFigures:
    """The registries' figures of the year (``store.registries.RegistrySummary``)."""

    projects_started: int = 0
    projects_closed: int = 0
    projects_recommended: int = 0
    pilots_started: int = 0
    replications_started: int = 0
    proposals_submitted: int = 0
    proposals_implemented: int = 0
    proposals_rejected: int = 0
    trained_external: int = 0
    trained_internal: int = 0

    @property
    def trained(self) -> int:
        return self.trained_external + self.trained_internal

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.projects_started,
                self.projects_closed,
                self.projects_recommended,
                self.proposals_submitted,
                self.proposals_implemented,
                self.trained,
            )
        )


@dataclass(frozen=True)
class YearReportData:
    organisation: str
    body_name: str  # «Рабочая группа по …»
    body_genitive: str  # «рабочей группы по …»
    year: int
    as_of: date
    meetings: tuple[MeetingLine, ...]
    discipline: Discipline  # assignments put on control in the year [seed 004]
    plans: tuple[YearPlan, ...] = ()
    registries: RegistryFigures = field(default_factory=RegistryFigures)
    signer_position: str = ""
    signer_name: str = ""

    def held(self, form: str | None = None) -> int:
        return sum(1 for m in self.meetings if form is None or m.form == form)

    @property
    def items_considered(self) -> int:
        return sum(m.items for m in self.meetings)

    @property
    def decisions_taken(self) -> int:
        return sum(m.decisions for m in self.meetings)
