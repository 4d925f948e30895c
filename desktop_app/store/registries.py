"""The registries that feed a plan of measures (seeds 002 and 003): improvement proposals
(ППУ), lean projects with their passports (appendix 2 of seed 003), people trained, and the
units' own assessments of lean practice; the figures of a period
(``registry_summary``) and the table «Общие сведения о проводимых лин-проектах»
(appendix 1 of seed 003, ``lean_table``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line, clean_text
from desktop_app.domain.plan import (
    CLOSING_STAGE,
    LEAN_SECTORS,
    LEAN_STAGES,
    SECTOR_PART_OF,
    STARTING_STAGE,
    LeanStatus,
    ProposalStatus,
    TrainingKind,
    lean_status,
)
from desktop_app.domain.registries import (
    AssessmentData,
    GoalData,
    LeanProjectData,
    LeanTableData,
    LeanTableRow,
    PassportData,
    ProposalData,
    StageDates,
    TrainingData,
)
from desktop_app.store.models import (
    Body,
    ExecutorUnit,
    ImprovementProposal,
    LeanAssessment,
    LeanGoal,
    LeanProject,
    LeanProjectStage,
    Meeting,
    Training,
)
from desktop_app.store.plans import units


# ----- the figures of a period ----------------------------------------------------------------
@dataclass(frozen=True)
class RegistrySummary:
    """What the registries of a body (or of one unit) give for a period.

    A project is started on the date of stage 1 (the passport agreed) and closed on the
    date of stage 9; recommended for replication on ``recommended_on``. Proposals are
    submitted on ``submitted_on`` (all of them, the rejected included); implemented and
    rejected on the day of the decision (the day submitted when it has none).
    """

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


def _count_if(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def registry_summary(
    session: Session, body_id: int, start: date, end: date, unit_id: int | None = None
) -> RegistrySummary:
    """The figures of the registries of ``body_id`` from ``start`` to ``end`` inclusive,
    of one unit when ``unit_id`` is given. Three grouped queries.

    The stages' dates are those of the passport, planned ahead: a closing dated after
    today is counted when the period reaches it — for a year in progress pass
    ``end=today``. A project cancelled before its closing is not counted closed."""

    def within(column) -> object:
        return and_(column >= start, column <= end)

    # proposals
    decided = func.coalesce(ImprovementProposal.decided_on, ImprovementProposal.submitted_on)
    query = select(
        _count_if(within(ImprovementProposal.submitted_on)),
        _count_if(
            and_(ImprovementProposal.status == ProposalStatus.IMPLEMENTED.value, within(decided))
        ),
        _count_if(
            and_(ImprovementProposal.status == ProposalStatus.REJECTED.value, within(decided))
        ),
    ).where(ImprovementProposal.body_id == body_id)
    if unit_id is not None:
        query = query.where(ImprovementProposal.unit_id == unit_id)
    submitted, implemented, rejected = session.execute(query).one()

    # lean projects
    started = aliased(LeanProjectStage)
    closed = aliased(LeanProjectStage)
    is_replication = (LeanProject.replicates_id.is_not(None)) | (LeanProject.replicates_text != "")
    cancelled_before_closing = and_(
        LeanProject.cancelled_on.is_not(None), LeanProject.cancelled_on <= closed.start
    )
    query = (
        select(
            _count_if(within(started.start)),
            _count_if(and_(within(closed.start), ~cancelled_before_closing)),
            _count_if(within(LeanProject.recommended_on)),
            _count_if(and_(LeanProject.pilot.is_(True), within(started.start))),
            _count_if(and_(is_replication, within(started.start))),
        )
        .select_from(LeanProject)
        .outerjoin(
            started, and_(started.project_id == LeanProject.id, started.stage == STARTING_STAGE)
        )
        .outerjoin(closed, and_(closed.project_id == LeanProject.id, closed.stage == CLOSING_STAGE))
        .where(LeanProject.body_id == body_id)
    )
    if unit_id is not None:
        query = query.where(LeanProject.unit_id == unit_id)
    projects = session.execute(query).one()

    # training
    query = select(
        _count_if(and_(Training.kind == "external", within(Training.trained_on))),
        _count_if(and_(Training.kind == "internal", within(Training.trained_on))),
    ).where(Training.body_id == body_id)
    if unit_id is not None:
        query = query.where(Training.unit_id == unit_id)
    external, internal = session.execute(query).one()

    return RegistrySummary(
        projects_started=int(projects[0]),
        projects_closed=int(projects[1]),
        projects_recommended=int(projects[2]),
        pilots_started=int(projects[3]),
        replications_started=int(projects[4]),
        proposals_submitted=int(submitted),
        proposals_implemented=int(implemented),
        proposals_rejected=int(rejected),
        trained_external=int(external),
        trained_internal=int(internal),
    )


# ----- helpers --------------------------------------------------------------------------------
def _unit_of_body(session: Session, body_id: int, unit_id: int | None) -> ExecutorUnit:
    unit = session.get(ExecutorUnit, unit_id) if unit_id is not None else None
    if unit is None or unit.body_id != body_id:
        raise ValidationError("выберите исполнителя из списка органа", "Исполнитель")
    return unit


def _required_day(value: date | None, field: str) -> date:
    if value is None:
        raise ValidationError("дата не указана", field)
    return value


# ----- improvement proposals ------------------------------------------------------------------
def proposals(session: Session, body_id: int) -> list[ImprovementProposal]:
    """The body's proposals, the latest first."""
    return list(
        session.scalars(
            select(ImprovementProposal)
            .where(ImprovementProposal.body_id == body_id)
            .order_by(ImprovementProposal.submitted_on.desc(), ImprovementProposal.id.desc())
        )
    )


def proposal_data(proposal: ImprovementProposal) -> ProposalData:
    return ProposalData(
        unit_id=proposal.unit_id,
        author=proposal.author,
        submitted_on=proposal.submitted_on,
        text=proposal.text,
        number=proposal.number,
        status=ProposalStatus(proposal.status),
        decided_on=proposal.decided_on,
        effect=proposal.effect,
    )


def save_proposal(
    session: Session, body_id: int, data: ProposalData, proposal_id: int | None = None
) -> int:
    """Add a proposal (``proposal_id`` None) or change one. A decision date goes with a
    decision (принято, реализовано, отклонено) and is not before the proposal."""
    _unit_of_body(session, body_id, data.unit_id)
    number = clean_line(data.number, "Номер", limit=40)
    author = clean_line(data.author, "Автор", required=True)
    submitted_on = _required_day(data.submitted_on, "Дата подачи")
    text = clean_text(data.text, "Содержание предложения", required=True, limit=4000)
    effect = clean_text(data.effect, "Эффект", limit=4000)
    status = ProposalStatus(data.status)
    if data.decided_on is not None:
        if status is ProposalStatus.SUBMITTED:
            raise ValidationError(
                "дата решения указывается для принятого, реализованного или отклоненного "
                "предложения",
                "Дата решения",
            )
        if data.decided_on < submitted_on:
            raise ValidationError("решение не может быть раньше подачи предложения", "Дата решения")
    if number:
        clash = session.scalar(
            select(ImprovementProposal.id).where(
                ImprovementProposal.body_id == body_id,
                ImprovementProposal.number == number,
                ImprovementProposal.id != proposal_id,
            )
        )
        if clash is not None:
            raise ValidationError(f"предложение № {number} уже есть в реестре", "Номер")
    if proposal_id is None:
        proposal = ImprovementProposal(body_id=body_id)
        session.add(proposal)
    else:
        proposal = session.get(ImprovementProposal, proposal_id)
        if proposal is None or proposal.body_id != body_id:
            raise ValidationError("предложение не найдено")
    proposal.unit_id = data.unit_id
    proposal.number, proposal.author, proposal.text = number, author, text
    proposal.submitted_on, proposal.status = submitted_on, status.value
    proposal.decided_on, proposal.effect = data.decided_on, effect
    session.flush()
    return proposal.id


def delete_proposal(session: Session, proposal_id: int) -> None:
    proposal = session.get(ImprovementProposal, proposal_id)
    if proposal is not None:
        session.delete(proposal)
        session.flush()


# ----- lean projects --------------------------------------------------------------------------
@dataclass(frozen=True)
class LeanProjectRow:
    """A line of the registry of lean projects."""

    id: int
    unit_id: int
    unit_name: str
    title: str
    sector: str
    pilot: bool
    replicates: str  # the title of the project repeated, or its words; «» for an original
    started_on: date | None
    closed_on: date | None
    cancelled_on: date | None
    recommended_on: date | None
    leader: str

    def status(self, on: date) -> LeanStatus:
        return lean_status(self.started_on, self.closed_on, self.cancelled_on, on)

    @property
    def is_replication(self) -> bool:
        return bool(self.replicates)


def lean_projects(
    session: Session, body_id: int, unit_id: int | None = None
) -> list[LeanProjectRow]:
    """The body's lean projects (of one unit), the latest started first: two queries."""
    started = aliased(LeanProjectStage)
    closed = aliased(LeanProjectStage)
    original = aliased(LeanProject)
    query = (
        select(LeanProject, ExecutorUnit.name, started.start, closed.start, original.title)
        .join(ExecutorUnit, ExecutorUnit.id == LeanProject.unit_id)
        .outerjoin(
            started, and_(started.project_id == LeanProject.id, started.stage == STARTING_STAGE)
        )
        .outerjoin(closed, and_(closed.project_id == LeanProject.id, closed.stage == CLOSING_STAGE))
        .outerjoin(original, original.id == LeanProject.replicates_id)
        .where(LeanProject.body_id == body_id)
    )
    if unit_id is not None:
        query = query.where(LeanProject.unit_id == unit_id)
    rows = [
        LeanProjectRow(
            id=project.id,
            unit_id=project.unit_id,
            unit_name=unit_name,
            title=project.title,
            sector=project.sector,
            pilot=project.pilot,
            replicates=original_title or project.replicates_text,
            started_on=started_on,
            closed_on=closed_on,
            cancelled_on=project.cancelled_on,
            recommended_on=project.recommended_on,
            leader=project.leader,
        )
        for project, unit_name, started_on, closed_on, original_title in session.execute(query)
    ]
    rows.sort(key=lambda row: (row.started_on or date.max, row.id), reverse=True)
    return rows


def lean_project_data(session: Session, project_id: int) -> LeanProjectData:
    project = session.get(LeanProject, project_id)
    if project is None:
        raise ValidationError("лин-проект не найден")
    return LeanProjectData(
        unit_id=project.unit_id,
        title=project.title,
        sector=project.sector,
        pilot=project.pilot,
        replicates_id=project.replicates_id,
        replicates_text=project.replicates_text,
        customer=project.customer,
        customer_position=project.customer_position,
        process=project.process,
        boundaries=project.boundaries,
        leader=project.leader,
        team=project.team,
        justification=project.justification,
        effects=project.effects,
        goals=tuple(
            GoalData(
                goal.indicator,
                goal.measure,
                goal.current_value,
                goal.target_value,
                goal.reached_value,
            )
            for goal in project.goals
        ),
        stages=tuple(
            StageDates(stage.stage, stage.start, stage.end)
            for stage in project.stages
            if stage.start is not None or stage.end is not None
        ),
        before_text=project.before_text,
        after_text=project.after_text,
        results=project.results,
        recommended_on=project.recommended_on,
        recommended_meeting_id=project.recommended_meeting_id,
        cancelled_on=project.cancelled_on,
    )


def _check_stages(stages: tuple[StageDates, ...]) -> dict[int, StageDates]:
    names = {stage.number: stage for stage in LEAN_STAGES}
    dated: dict[int, StageDates] = {}
    for stage in stages:
        if stage.stage not in names:
            raise ValidationError(f"этапа {stage.stage} нет (этапы с 1 по 10)", "Сроки")
        if stage.stage in dated:
            raise ValidationError(f"этап {stage.stage} указан дважды", "Сроки")
        if stage.start is None and stage.end is None:
            continue
        field = f"Этап {stage.stage}. {names[stage.stage].name}"
        if names[stage.stage].single_day:
            if stage.end is not None and stage.end != stage.start:
                raise ValidationError("у этого этапа одна дата", field)
            stage = StageDates(stage.stage, stage.start, None)
        elif stage.start is None or stage.end is None:
            raise ValidationError("укажите дату начала и дату окончания", field)
        elif stage.end < stage.start:
            raise ValidationError("окончание раньше начала", field)
        dated[stage.stage] = stage
    previous: StageDates | None = None
    for number in sorted(dated):
        stage = dated[number]
        if previous is not None and stage.start < previous.start:
            raise ValidationError(
                f"этап не может начаться раньше этапа {previous.stage} "
                f"({format_date(previous.start)})",
                f"Этап {number}. {names[number].name}",
            )
        previous = stage
    if dated and STARTING_STAGE not in dated:
        raise ValidationError(
            "сначала укажите дату согласования паспорта (этап 1)",
            f"Этап 1. {names[STARTING_STAGE].name}",
        )
    return dated


def _number(value: float | None, field: str) -> float | None:
    if value is None:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError("не число", field)
    return float(value)


def save_lean_project(
    session: Session, body_id: int, data: LeanProjectData, project_id: int | None = None
) -> int:
    """Add a lean project (``project_id`` None) or change one, with its goals and stages
    replaced by those of ``data``."""
    _unit_of_body(session, body_id, data.unit_id)
    title = clean_text(data.title, "Название лин-проекта", required=True, limit=1000)
    if data.sector not in LEAN_SECTORS:
        raise ValidationError("выберите направление из списка", "Направление деятельности")
    replicates_text = clean_text(data.replicates_text, "Тиражирование проекта", limit=1000)
    if data.replicates_id is not None:
        original = session.get(LeanProject, data.replicates_id)
        if original is None or original.body_id != body_id:
            raise ValidationError("тиражируемый проект не найден", "Тиражирование проекта")
        if project_id is not None and data.replicates_id == project_id:
            raise ValidationError("проект не может тиражировать сам себя", "Тиражирование проекта")
        replicates_text = ""
    if data.pilot and (data.replicates_id is not None or replicates_text):
        raise ValidationError(
            "пилотный проект не может быть тиражированием другого", "Тиражирование проекта"
        )
    texts = {
        "customer": clean_text(data.customer, "Заказчик", limit=1000),
        "customer_position": clean_text(
            data.customer_position, "Должность руководителя заказчика", limit=1000
        ),
        "process": clean_text(data.process, "Процесс", limit=2000),
        "boundaries": clean_text(data.boundaries, "Границы процесса", limit=2000),
        "leader": clean_text(data.leader, "Руководитель лин-проекта", limit=1000),
        "team": clean_text(data.team, "Команда лин-проекта", limit=4000),
        "justification": clean_text(data.justification, "Обоснование", limit=8000),
        "effects": clean_text(data.effects, "Эффекты", limit=8000),
        "before_text": clean_text(data.before_text, "Было", limit=8000),
        "after_text": clean_text(data.after_text, "Стало", limit=8000),
        "results": clean_text(data.results, "Наиболее значимые результаты", limit=8000),
    }
    goals = []
    for index, goal in enumerate(data.goals, start=1):
        field = f"Цель {index}"
        indicator = clean_text(goal.indicator, field, limit=2000)
        if not indicator:
            raise ValidationError("не указано наименование цели", field)
        goals.append(
            LeanGoal(
                position=index,
                indicator=indicator,
                measure=clean_line(goal.measure, f"{field}, единица измерения", limit=60),
                current_value=_number(goal.current_value, f"{field}, текущий показатель"),
                target_value=_number(goal.target_value, f"{field}, целевой показатель"),
                reached_value=_number(goal.reached_value, f"{field}, достигнуто"),
            )
        )
    stages = _check_stages(data.stages)
    started = stages.get(STARTING_STAGE)
    if data.recommended_on is not None and (started is None or data.recommended_on < started.start):
        raise ValidationError(
            "проект рекомендуют к тиражированию после согласования паспорта",
            "Рекомендован к тиражированию",
        )
    if data.cancelled_on is not None and started is not None and data.cancelled_on < started.start:
        raise ValidationError("прекращен раньше согласования паспорта", "Прекращен")
    if project_id is None:
        project = LeanProject(body_id=body_id)
        session.add(project)
    else:
        project = session.get(LeanProject, project_id)
        if project is None or project.body_id != body_id:
            raise ValidationError("лин-проект не найден")
    project.unit_id, project.title, project.sector = data.unit_id, title, data.sector
    project.pilot = bool(data.pilot)
    project.replicates_id, project.replicates_text = data.replicates_id, replicates_text
    for name, value in texts.items():
        setattr(project, name, value)
    project.recommended_on = data.recommended_on
    project.recommended_meeting_id = data.recommended_meeting_id
    project.cancelled_on = data.cancelled_on
    project.goals = goals
    project.stages = [
        LeanProjectStage(stage=number, start=stage.start, end=stage.end)
        for number, stage in sorted(stages.items())
    ]
    session.flush()
    return project.id


def delete_lean_project(session: Session, project_id: int) -> None:
    """Remove a project; its replications keep its title in words."""
    project = session.get(LeanProject, project_id)
    if project is None:
        return
    for copy in session.scalars(select(LeanProject).where(LeanProject.replicates_id == project_id)):
        copy.replicates_id, copy.replicates_text = None, project.title
    session.delete(project)
    session.flush()


# ----- training -------------------------------------------------------------------------------
def trainings(session: Session, body_id: int) -> list[Training]:
    """The body's people trained, the latest first."""
    return list(
        session.scalars(
            select(Training)
            .where(Training.body_id == body_id)
            .order_by(Training.trained_on.desc(), Training.id.desc())
        )
    )


def training_data(training: Training) -> TrainingData:
    return TrainingData(
        unit_id=training.unit_id,
        person=training.person,
        course=training.course,
        trained_on=training.trained_on,
        kind=TrainingKind(training.kind),
        provider=training.provider,
    )


def save_training(
    session: Session, body_id: int, data: TrainingData, training_id: int | None = None
) -> int:
    _unit_of_body(session, body_id, data.unit_id)
    person = clean_line(data.person, "Сотрудник", required=True)
    course = clean_text(data.course, "Программа обучения", required=True, limit=1000)
    provider = clean_text(data.provider, "Кто обучал", limit=1000)
    trained_on = _required_day(data.trained_on, "Дата обучения")
    kind = TrainingKind(data.kind)
    if training_id is None:
        training = Training(body_id=body_id)
        session.add(training)
    else:
        training = session.get(Training, training_id)
        if training is None or training.body_id != body_id:
            raise ValidationError("запись об обучении не найдена")
    training.unit_id, training.person, training.course = data.unit_id, person, course
    training.kind, training.provider, training.trained_on = kind.value, provider, trained_on
    session.flush()
    return training.id


def delete_training(session: Session, training_id: int) -> None:
    training = session.get(Training, training_id)
    if training is not None:
        session.delete(training)
        session.flush()


# ----- the units' own assessments -------------------------------------------------------------
def assessments(session: Session, unit_id: int) -> list[AssessmentData]:
    """A unit's assessments, the latest first."""
    return [
        AssessmentData(row.unit_id, row.assessed_on, row.practice_share, row.culture_level)
        for row in session.scalars(
            select(LeanAssessment)
            .where(LeanAssessment.unit_id == unit_id)
            .order_by(LeanAssessment.assessed_on.desc())
        )
    ]


def latest_assessment(session: Session, unit_id: int, on: date) -> AssessmentData | None:
    """The unit's assessment as of ``on``: the latest made on or before it."""
    row = session.scalar(
        select(LeanAssessment)
        .where(LeanAssessment.unit_id == unit_id, LeanAssessment.assessed_on <= on)
        .order_by(LeanAssessment.assessed_on.desc())
        .limit(1)
    )
    if row is None:
        return None
    return AssessmentData(row.unit_id, row.assessed_on, row.practice_share, row.culture_level)


def save_assessment(session: Session, data: AssessmentData) -> None:
    """Record a unit's assessment of a day (replacing one of the same day)."""
    if session.get(ExecutorUnit, data.unit_id) is None:
        raise ValidationError("исполнитель не найден", "Исполнитель")
    _required_day(data.assessed_on, "По состоянию на")
    share, level = data.practice_share, data.culture_level
    if level is not None and not (isinstance(level, (int, float)) and math.isfinite(level)):
        raise ValidationError("целое число от 0 до 10", "Уровень бережливой культуры")
    if share is None and level is None:
        raise ValidationError(
            "укажите степень распространения или уровень бережливой культуры",
            "Степень распространения бережливого производства, %",
        )
    if share is not None and not 0 <= share <= 100:
        raise ValidationError(
            "от 0 до 100 процентов", "Степень распространения бережливого производства, %"
        )
    if level is not None and (level != int(level) or not 0 <= level <= 10):
        raise ValidationError("целое число от 0 до 10", "Уровень бережливой культуры")
    row = session.get(LeanAssessment, (data.unit_id, data.assessed_on))
    if row is None:
        row = LeanAssessment(unit_id=data.unit_id, assessed_on=data.assessed_on)
        session.add(row)
    row.practice_share = None if share is None else float(share)
    row.culture_level = None if level is None else int(level)
    session.flush()


def delete_assessment(session: Session, unit_id: int, assessed_on: date) -> None:
    row = session.get(LeanAssessment, (unit_id, assessed_on))
    if row is not None:
        session.delete(row)
        session.flush()


# ----- the documents' data --------------------------------------------------------------------
def lean_table(session: Session, unit_id: int, on: date) -> LeanTableData:
    """«Общие сведения о проводимых лин-проектах» of a unit as of ``on`` (appendix 1 of
    seed 003): per sector in the appendix's order, the projects started by then (passport
    agreed, not cancelled), those closed, and the results of the closed ones; mining is
    counted in industry as well («в том числе»). With the unit's latest assessment."""
    unit = session.get(ExecutorUnit, unit_id)
    if unit is None:
        raise ValidationError("исполнитель не найден", "Исполнитель")
    body = session.get(Body, unit.body_id)
    started = aliased(LeanProjectStage)
    closed = aliased(LeanProjectStage)
    query = (
        select(LeanProject.sector, LeanProject.title, LeanProject.results, closed.start)
        .join(started, and_(started.project_id == LeanProject.id, started.stage == STARTING_STAGE))
        .outerjoin(closed, and_(closed.project_id == LeanProject.id, closed.stage == CLOSING_STAGE))
        .where(
            LeanProject.unit_id == unit_id,
            started.start <= on,
            (LeanProject.cancelled_on.is_(None)) | (LeanProject.cancelled_on > on),
        )
        .order_by(started.start, LeanProject.id)
    )
    totals: dict[str, int] = dict.fromkeys(LEAN_SECTORS, 0)
    completed: dict[str, int] = dict.fromkeys(LEAN_SECTORS, 0)
    results: dict[str, list[str]] = {sector: [] for sector in LEAN_SECTORS}
    for sector, title, result, closed_on in session.execute(query):
        sector = sector if sector in totals else "Прочие"
        done = closed_on is not None and closed_on <= on
        counted_in = [sector] + ([SECTOR_PART_OF[sector]] if sector in SECTOR_PART_OF else [])
        for name in counted_in:
            totals[name] += 1
            completed[name] += done
        if done and result.strip():
            results[sector].append(f"«{title}»: {result.strip()}")
    rows = tuple(
        LeanTableRow(
            sector,
            totals[sector],
            completed[sector],
            tuple(results[sector]),
            SECTOR_PART_OF.get(sector, ""),
        )
        for sector in LEAN_SECTORS
    )
    assessment = latest_assessment(session, unit_id, on)
    return LeanTableData(
        organization=body.organisation if body is not None else "",
        unit_name=unit.name,
        as_of=on,
        rows=rows,
        practice_share=assessment.practice_share if assessment else None,
        culture_level=assessment.culture_level if assessment else None,
        assessed_on=assessment.assessed_on if assessment else None,
    )


def passport_data(session: Session, project_id: int, on: date) -> PassportData:
    """The passport of a lean project as printed on ``on`` (its status of that day)."""
    project = session.get(LeanProject, project_id)
    if project is None:
        raise ValidationError("лин-проект не найден")
    data = lean_project_data(session, project_id)
    unit = session.get(ExecutorUnit, project.unit_id)
    body = session.get(Body, project.body_id)
    if project.pilot:
        kind_text = "пилотный лин-проект"
    elif project.replicates_id is not None:
        original = session.get(LeanProject, project.replicates_id)
        original_unit = session.get(ExecutorUnit, original.unit_id)
        kind_text = f"тиражирование лин-проекта «{original.title}» ({original_unit.name})"
    elif project.replicates_text:
        kind_text = f"тиражирование лин-проекта {project.replicates_text}"
    else:
        kind_text = "лин-проект"
    recommended = ""
    if project.recommended_on is not None and project.recommended_on <= on:
        recommended = f"Рекомендован к тиражированию {format_date(project.recommended_on)}"
        meeting = (
            session.get(Meeting, project.recommended_meeting_id)
            if project.recommended_meeting_id
            else None
        )
        if meeting is not None:
            recommended += f" (протокол заседания от {format_date(meeting.day)} № {meeting.number})"
    stage_of = {stage.stage: stage for stage in data.stages}
    return PassportData(
        organization=body.organisation,
        unit_name=unit.name,
        title=project.title,
        sector=project.sector,
        kind_text=kind_text,
        customer=project.customer,
        customer_position=project.customer_position,
        process=project.process,
        boundaries=project.boundaries,
        leader=project.leader,
        team=project.team,
        justification=project.justification,
        effects=project.effects,
        goals=data.goals,
        stages=PassportData.stages_from(data.stages),
        status=lean_status(
            stage_of.get(STARTING_STAGE, StageDates(0)).start,
            stage_of.get(CLOSING_STAGE, StageDates(0)).start,
            project.cancelled_on,
            on,
        ),
        as_of=on,
        before_text=project.before_text,
        after_text=project.after_text,
        results=project.results,
        recommended_text=recommended,
    )


# ----- the example ----------------------------------------------------------------------------
EXAMPLE_FILE = "registries.json"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def load_example_registries(session: Session, body_id: int) -> None:
    """Fill the registries of the Belovo example body from
    ``resources/example/registries.json``: its units must be there already (the plan's
    executors, by name). Written through the store's own checks."""
    import json

    from desktop_app.resources import resource_path

    data = json.loads(resource_path("example", EXAMPLE_FILE).read_text(encoding="utf-8"))
    unit_ids = {unit.name: unit.id for unit in units(session, body_id)}

    def unit(name: str) -> int:
        if name not in unit_ids:
            raise ValidationError(f"в списке исполнителей органа нет «{name}»", "Исполнитель")
        return unit_ids[name]

    meetings = {
        meeting.day: meeting.id
        for meeting in session.scalars(select(Meeting).where(Meeting.body_id == body_id))
    }
    for row in data["proposals"]:
        save_proposal(
            session,
            body_id,
            ProposalData(
                unit_id=unit(row["unit"]),
                author=row["author"],
                submitted_on=_day(row["submitted_on"]),
                text=row["text"],
                number=row["number"],
                status=ProposalStatus(row["status"]),
                decided_on=_day(row["decided_on"]),
                effect=row["effect"],
            ),
        )
    project_ids: dict[str, int] = {}
    for row in data["lean_projects"]:
        project_ids[row["key"]] = save_lean_project(
            session,
            body_id,
            LeanProjectData(
                unit_id=unit(row["unit"]),
                title=row["title"],
                sector=row["sector"],
                pilot=row.get("pilot", False),
                replicates_id=project_ids[row["replicates"]] if row.get("replicates") else None,
                replicates_text=row.get("replicates_text", ""),
                customer=row["customer"],
                customer_position=row["customer_position"],
                process=row["process"],
                boundaries=row["boundaries"],
                leader=row["leader"],
                team=row["team"],
                justification=row["justification"],
                effects=row["effects"],
                goals=tuple(
                    GoalData(
                        goal["indicator"],
                        goal["measure"],
                        goal["current"],
                        goal["target"],
                        goal["reached"],
                    )
                    for goal in row["goals"]
                ),
                stages=tuple(
                    StageDates(stage["stage"], _day(stage["start"]), _day(stage.get("end")))
                    for stage in row["stages"]
                ),
                before_text=row.get("before_text", ""),
                after_text=row.get("after_text", ""),
                results=row.get("results", ""),
                recommended_on=_day(row.get("recommended_on")),
                recommended_meeting_id=meetings.get(_day(row.get("recommended_meeting_day"))),
                cancelled_on=_day(row.get("cancelled_on")),
            ),
        )
    for row in data["trainings"]:
        save_training(
            session,
            body_id,
            TrainingData(
                unit_id=unit(row["unit"]),
                person=row["person"],
                course=row["course"],
                trained_on=_day(row["trained_on"]),
                kind=TrainingKind(row["kind"]),
                provider=row["provider"],
            ),
        )
    for row in data["assessments"]:
        save_assessment(
            session,
            AssessmentData(
                unit(row["unit"]), _day(row["date"]), row["practice_share"], row["culture_level"]
            ),
        )
