"""The registries of a plan of measures as plain data (seeds 002 and 003): what a form
enters and the store keeps — an improvement proposal, a lean project with its passport, a
person trained, a unit's own assessment — and what the documents print: the passport
(appendix 2 of seed 003) and «Общие сведения о проводимых лин-проектах» (appendix 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.plan import LEAN_STAGES, LeanStatus, ProposalStatus, TrainingKind


# ----- what the forms enter ------------------------------------------------------------------
@dataclass(frozen=True)
class ProposalData:
    """A предложение по улучшению (ППУ)."""

    unit_id: int
    author: str
    submitted_on: date
    text: str
    number: str = ""
    status: ProposalStatus = ProposalStatus.SUBMITTED
    decided_on: date | None = None
    effect: str = ""


@dataclass(frozen=True)
class GoalData:
    """A goal of a lean project: «Время ожидания в очереди», «мин», 40 → 15 (reached 12)."""

    indicator: str
    measure: str = ""
    current_value: float | None = None
    target_value: float | None = None
    reached_value: float | None = None


@dataclass(frozen=True)
class StageDates:
    """The dates of a stage (1-10): one (``start``) for stages 1, 9 and 10, a span else."""

    stage: int
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class LeanProjectData:
    """A lean project with its passport. A replication names the project it repeats: from
    the registry (``replicates_id``) or in words (``replicates_text``)."""

    unit_id: int
    title: str
    sector: str
    pilot: bool = False
    replicates_id: int | None = None
    replicates_text: str = ""
    customer: str = ""
    customer_position: str = ""
    process: str = ""
    boundaries: str = ""
    leader: str = ""
    team: str = ""
    justification: str = ""
    effects: str = ""
    goals: tuple[GoalData, ...] = ()
    stages: tuple[StageDates, ...] = ()
    before_text: str = ""
    after_text: str = ""
    results: str = ""
    recommended_on: date | None = None
    recommended_meeting_id: int | None = None
    cancelled_on: date | None = None

    def stage(self, number: int) -> StageDates:
        for stage in self.stages:
            if stage.stage == number:
                return stage
        return StageDates(number)

    @property
    def is_replication(self) -> bool:
        return self.replicates_id is not None or bool(self.replicates_text.strip())


@dataclass(frozen=True)
class TrainingData:
    """A person trained in lean management."""

    unit_id: int
    person: str
    course: str
    trained_on: date
    kind: TrainingKind = TrainingKind.EXTERNAL
    provider: str = ""


@dataclass(frozen=True)
class AssessmentData:
    """A unit's own assessment as of a date (seed 003 §4.5)."""

    unit_id: int
    assessed_on: date
    practice_share: float | None = None  # per cent
    culture_level: int | None = None  # 0-10


# ----- what the documents print --------------------------------------------------------------
@dataclass(frozen=True)
class PassportStage:
    number: int
    name: str
    single_day: bool
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class PassportData:
    """Everything the passport of a lean project prints (appendix 2 of seed 003)."""

    organization: str  # the body's organisation, for the document's properties
    unit_name: str
    title: str
    sector: str
    kind_text: str  # «пилотный лин-проект», «тиражирование лин-проекта «…»»
    customer: str
    customer_position: str
    process: str
    boundaries: str
    leader: str
    team: str
    justification: str
    effects: str
    goals: tuple[GoalData, ...]
    stages: tuple[PassportStage, ...]
    status: LeanStatus
    as_of: date
    before_text: str = ""
    after_text: str = ""
    results: str = ""
    recommended_text: str = ""  # «Рекомендован к тиражированию … 12.12.2023»

    @staticmethod
    def stages_from(stages: tuple[StageDates, ...]) -> tuple[PassportStage, ...]:
        dates = {stage.stage: stage for stage in stages}
        return tuple(
            PassportStage(
                stage.number,
                stage.name,
                stage.single_day,
                dates.get(stage.number, StageDates(stage.number)).start,
                None if stage.single_day else dates.get(stage.number, StageDates(0)).end,
            )
            for stage in LEAN_STAGES
        )


@dataclass(frozen=True)
class LeanTableRow:
    """A line of appendix 1: a sector (or «в том числе» — ``part_of`` names the sector it
    is counted in), its projects and the most significant results."""

    sector: str
    total: int
    completed: int
    results: tuple[str, ...] = ()
    part_of: str = ""

    @property
    def label(self) -> str:
        if self.sector == "Промышленность":
            return "Промышленность, всего"
        return self.sector


@dataclass(frozen=True)
class LeanTableData:
    """«Общие сведения о проводимых лин-проектах» of a unit as of a date."""

    organization: str
    unit_name: str
    as_of: date
    rows: tuple[LeanTableRow, ...]
    practice_share: float | None = None
    culture_level: int | None = None
    assessed_on: date | None = None

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows if not row.part_of)

    @property
    def completed(self) -> int:
        return sum(row.completed for row in self.rows if not row.part_of)
