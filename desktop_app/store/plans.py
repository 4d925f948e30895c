"""Plans of measures in the database: executor units, plans and their items, the
executors' quarterly reports, and where every measure stands (``plan_status``).

A measure's fact is counted from a registry when the item names one
(``domain.plan.Registry``), otherwise from the quarterly reports. «Не менее N» applies to
each executor; an exact count and a share to the executors together; a dated, period or
qualitative measure to each executor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_text
from desktop_app.domain.meeting import quarter_end, quarter_start
from desktop_app.domain.plan import (
    STARTING_STAGE,
    PlanData,
    PlanItemData,
    ProposalStatus,
    Registry,
    UnitData,
    check_plan,
    last_reported_quarter,
    normalize_number,
    parse_item_target,
    report_due,
)
from desktop_app.domain.plan_target import (
    Fact,
    Target,
    TargetKind,
    TargetStatus,
    target_status,
)
from desktop_app.store.models import (
    Body,
    ExecutorUnit,
    ImprovementProposal,
    LeanProject,
    LeanProjectStage,
    Plan,
    PlanItem,
    PlanItemExecutor,
    PlanReport,
    PlanTarget,
    Training,
)


class PlanError(ValidationError):
    """A plan that cannot be stored: every problem, in Russian."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# ----- executor units -------------------------------------------------------------------------
def units(session: Session, body_id: int) -> list[ExecutorUnit]:
    return list(
        session.scalars(
            select(ExecutorUnit)
            .where(ExecutorUnit.body_id == body_id)
            .order_by(ExecutorUnit.position, ExecutorUnit.id)
        )
    )


def unit_data(unit: ExecutorUnit) -> UnitData:
    return UnitData(unit.name, unit.short_name, unit.group_name, unit.joined_on, unit.left_on)


def save_unit(session: Session, body_id: int, data: UnitData, unit_id: int | None = None) -> int:
    """Add a unit (``unit_id`` None) or change one; the name is unique within the body."""
    name = clean_text(data.name, "Наименование", required=True, limit=500)
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        raise ValidationError("исполнитель не может выбыть раньше, чем включен", "Выбыл")
    clash = session.scalar(
        select(ExecutorUnit.id).where(
            ExecutorUnit.body_id == body_id, ExecutorUnit.name == name, ExecutorUnit.id != unit_id
        )
    )
    if clash is not None:
        raise ValidationError(f"исполнитель «{name}» уже есть в списке", "Наименование")
    if unit_id is None:
        position = session.scalar(
            select(func.coalesce(func.max(ExecutorUnit.position), 0)).where(
                ExecutorUnit.body_id == body_id
            )
        )
        unit = ExecutorUnit(body_id=body_id, position=position + 1)
        session.add(unit)
    else:
        unit = session.get(ExecutorUnit, unit_id)
        if unit is None or unit.body_id != body_id:
            raise ValidationError("исполнитель не найден")
    unit.name = name
    unit.short_name = clean_text(data.short_name, "Сокращение", limit=100)
    unit.group_name = clean_text(data.group, "Группа", limit=1000)
    unit.joined_on, unit.left_on = data.joined_on, data.left_on
    session.flush()
    return unit.id


def delete_unit(session: Session, unit_id: int) -> None:
    """Remove a unit that nothing refers to; one with registry entries cannot go."""
    unit = session.get(ExecutorUnit, unit_id)
    if unit is None:
        return
    for model, what in (
        (ImprovementProposal, "предложения по улучшению"),
        (LeanProject, "лин-проекты"),
        (Training, "записи об обучении"),
    ):
        if session.scalar(select(func.count()).where(model.unit_id == unit_id)):
            raise ValidationError(
                f"у исполнителя «{unit.name}» есть {what}; укажите дату выбытия вместо удаления"
            )
    session.delete(unit)
    session.flush()


def _unit_ids_by_name(session: Session, body_id: int, wanted: list[UnitData]) -> dict[str, int]:
    """The ids of the named units, adding the ones the body does not have yet."""
    existing = {unit.name: unit.id for unit in units(session, body_id)}
    for data in wanted:
        if data.name not in existing:
            existing[data.name] = save_unit(session, body_id, data)
    return existing


# ----- plans ----------------------------------------------------------------------------------
def plans(session: Session, body_id: int) -> list[Plan]:
    return list(
        session.scalars(
            select(Plan).where(Plan.body_id == body_id).order_by(Plan.first_year.desc(), Plan.id)
        )
    )


def get_plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise ValidationError("план не найден")
    return plan


def create_plan(session: Session, body_id: int, data: PlanData) -> int:
    """Store a whole plan (from an import, the example or a form); its units join the
    body's list. Nothing is stored when anything is wrong (``PlanError`` lists it all)."""
    problems = check_plan(data)
    if problems:
        raise PlanError(problems)
    unit_ids = _unit_ids_by_name(session, body_id, list(data.units))
    plan = Plan(
        body_id=body_id,
        title=data.title.strip(),
        first_year=data.first_year,
        last_year=data.last_year,
        approved_by=data.approved_by.strip(),
    )
    session.add(plan)
    session.flush()
    for position, item in enumerate(data.items, start=1):
        _add_item(session, plan.id, position, item, unit_ids)
    session.flush()
    return plan.id


def _add_item(
    session: Session, plan_id: int, position: int, item: PlanItemData, unit_ids: dict[str, int]
) -> PlanItem:
    row = PlanItem(plan_id=plan_id, position=position)
    _fill_item(row, item, unit_ids)
    session.add(row)
    return row


def _fill_item(row: PlanItem, item: PlanItemData, unit_ids: dict[str, int]) -> None:
    """Set a line's words, targets and executors; the targets and executors it keeps stay
    the same rows (so do the reports on the measure)."""
    row.number = normalize_number(item.number)
    row.name = item.name.strip()
    row.expected_result = item.expected_result.strip()
    row.term = item.term.strip()
    row.executors_text = item.executors_text.strip()
    row.fact_registry = item.registry.value if item.registry else None
    wanted = {year: " ".join(text.split()) for year, text in item.targets.items() if text.strip()}
    kept_targets = {target.year: target for target in row.targets if target.year in wanted}
    for year, text in wanted.items():
        kept_targets.setdefault(year, PlanTarget(year=year)).text = text
    row.targets = [kept_targets[year] for year in sorted(wanted)]
    kept = {executor.unit_id: executor for executor in row.executors}
    executors = []
    for position, name in enumerate(item.executors, start=1):
        executor = kept.get(unit_ids[name]) or PlanItemExecutor(unit_id=unit_ids[name])
        executor.position = position
        executors.append(executor)
    row.executors = executors


def delete_plan(session: Session, plan_id: int) -> None:
    session.delete(get_plan(session, plan_id))
    session.flush()


def plan_data(session: Session, plan_id: int) -> PlanData:
    """A stored plan as plain data (the export, and the test that an import equals it)."""
    plan = get_plan(session, plan_id)
    names = {unit.id: unit for unit in units(session, plan.body_id)}
    used: dict[int, ExecutorUnit] = {}
    items = []
    for row in plan.items:
        executors = [names[e.unit_id] for e in row.executors]
        used.update((unit.id, unit) for unit in executors)
        items.append(
            PlanItemData(
                number=row.number,
                name=row.name,
                expected_result=row.expected_result,
                term=row.term,
                executors_text=row.executors_text,
                executors=tuple(unit.name for unit in executors),
                targets={target.year: target.text for target in row.targets},
                registry=Registry(row.fact_registry) if row.fact_registry else None,
            )
        )
    return PlanData(
        title=plan.title,
        first_year=plan.first_year,
        last_year=plan.last_year,
        approved_by=plan.approved_by,
        items=tuple(items),
        units=tuple(unit_data(unit) for unit in sorted(used.values(), key=_unit_order)),
    )


def _unit_order(unit: ExecutorUnit) -> tuple[int, int]:
    return unit.position, unit.id


def replace_item(session: Session, item_id: int, data: PlanItemData) -> None:
    """Change a line of a plan (its number, words, executors, targets, registry)."""
    item = session.get(PlanItem, item_id)
    if item is None:
        raise ValidationError("пункт плана не найден")
    plan = get_plan(session, item.plan_id)
    body_units = {unit.name: unit for unit in units(session, plan.body_id)}
    probe = PlanData(
        title=plan.title,
        first_year=plan.first_year,
        last_year=plan.last_year,
        items=(data,),
        units=tuple(unit_data(body_units[name]) for name in data.executors if name in body_units),
    )
    problems = check_plan(probe)
    if problems:
        raise PlanError(problems)
    _fill_item(item, data, {name: unit.id for name, unit in body_units.items()})
    session.flush()


# ----- quarterly reports ----------------------------------------------------------------------
@dataclass(frozen=True)
class ReportFields:
    fact: float | None = None
    base: float | None = None  # for a share: the count the fact is a part of
    done_on: date | None = None
    text: str = ""
    reported_on: date | None = None


def save_report(
    session: Session, item_id: int, unit_id: int, year: int, quarter: int, fields: ReportFields
) -> None:
    """An executor's report on a measure for a quarter (a second one replaces the first)."""
    item = session.get(PlanItem, item_id)
    if item is None:
        raise ValidationError("пункт плана не найден")
    if unit_id not in {e.unit_id for e in item.executors}:
        raise ValidationError("этот исполнитель не указан в пункте плана", "Исполнитель")
    plan = get_plan(session, item.plan_id)
    if not plan.first_year <= year <= plan.last_year:
        raise ValidationError(f"план охватывает {plan.first_year}–{plan.last_year} годы", "Год")
    if quarter not in (1, 2, 3, 4):
        raise ValidationError("квартал — от 1 до 4", "Квартал")
    for value, name in ((fields.fact, "Факт"), (fields.base, "Всего")):
        if value is not None and not 0 <= value <= 1_000_000:  # NaN too
            raise ValidationError("ожидается число от 0 до 1 000 000", name)
    if fields.base is not None and fields.fact is not None and fields.fact > fields.base:
        raise ValidationError("часть не может быть больше целого", "Факт")
    text = clean_text(fields.text, "Текст отчета", limit=20000)
    if fields.fact is None and fields.done_on is None and not text:
        raise ValidationError("укажите факт, дату исполнения или текст отчета", "Факт")
    if fields.done_on is not None and fields.done_on > quarter_end(year, quarter):
        raise ValidationError("дата исполнения позже конца квартала", "Исполнено")
    report = session.scalar(
        select(PlanReport).where(
            PlanReport.item_id == item_id,
            PlanReport.unit_id == unit_id,
            PlanReport.year == year,
            PlanReport.quarter == quarter,
        )
    )
    if report is None:
        report = PlanReport(item_id=item_id, unit_id=unit_id, year=year, quarter=quarter)
        session.add(report)
    report.fact, report.base, report.done_on = fields.fact, fields.base, fields.done_on
    report.text = text
    report.reported_on = fields.reported_on or date.today()
    session.flush()


def delete_report(session: Session, item_id: int, unit_id: int, year: int, quarter: int) -> None:
    session.execute(
        delete(PlanReport).where(
            PlanReport.item_id == item_id,
            PlanReport.unit_id == unit_id,
            PlanReport.year == year,
            PlanReport.quarter == quarter,
        )
    )
    session.flush()


def reports(
    session: Session, plan_id: int, year: int, quarter: int | None = None
) -> dict[tuple[int, int, int], PlanReport]:
    """(item id, unit id, quarter) → the report, for a plan's year (or one quarter)."""
    query = (
        select(PlanReport)
        .join(PlanItem, PlanReport.item_id == PlanItem.id)
        .where(PlanItem.plan_id == plan_id, PlanReport.year == year)
    )
    if quarter is not None:
        query = query.where(PlanReport.quarter == quarter)
    return {(r.item_id, r.unit_id, r.quarter): r for r in session.scalars(query)}


# ----- counting from the registries -------------------------------------------------------------
def registry_counts(
    session: Session, registry: Registry, unit_ids: list[int], year: int
) -> dict[int, dict[int, float]]:
    """unit id → quarter → the count a registry gives for ``year``."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if registry is Registry.PROPOSALS:
        day = ImprovementProposal.submitted_on
        query = select(ImprovementProposal.unit_id, day).where(
            ImprovementProposal.status != ProposalStatus.REJECTED.value
        )
    elif registry in (Registry.TRAINING, Registry.TRAINING_EXTERNAL, Registry.TRAINING_INTERNAL):
        day = Training.trained_on
        query = select(Training.unit_id, day)
        if registry is not Registry.TRAINING:
            kind = "external" if registry is Registry.TRAINING_EXTERNAL else "internal"
            query = query.where(Training.kind == kind)
    else:
        day = LeanProjectStage.start
        query = select(LeanProject.unit_id, day).join(
            LeanProjectStage,
            and_(
                LeanProjectStage.project_id == LeanProject.id,
                LeanProjectStage.stage == STARTING_STAGE,
            ),
        )
        if registry is Registry.LEAN_PILOTS:
            query = query.where(LeanProject.pilot.is_(True))
        elif registry is Registry.LEAN_REPLICATIONS:
            query = query.where(
                (LeanProject.replicates_id.is_not(None)) | (LeanProject.replicates_text != "")
            )
    counts: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    unit_column = query.selected_columns[0]
    for unit_id, day_value in session.execute(
        query.where(unit_column.in_(unit_ids), day >= start, day <= end)
    ):
        counts[unit_id][(day_value.month - 1) // 3 + 1] += 1
    return counts


def _registry_facts(
    session: Session, registry: Registry, unit_ids: list[int], year: int
) -> dict[int, Fact]:
    if registry is Registry.REPLICATED_SHARE:
        replicated = registry_counts(session, Registry.LEAN_REPLICATIONS, unit_ids, year)
        started = registry_counts(session, Registry.LEAN_PROJECTS, unit_ids, year)
        return {
            unit_id: Fact(
                by_quarter=dict(replicated.get(unit_id, {})),
                numerator=sum(replicated.get(unit_id, {}).values()),
                denominator=sum(started.get(unit_id, {}).values()),
            )
            for unit_id in unit_ids
        }
    counts = registry_counts(session, registry, unit_ids, year)
    return {unit_id: Fact(by_quarter=dict(counts.get(unit_id, {}))) for unit_id in unit_ids}


# ----- where the plan stands ----------------------------------------------------------------
PER_EXECUTOR = (TargetKind.AT_LEAST, TargetKind.DATE, TargetKind.PERIOD, TargetKind.QUALITATIVE)
_WORST_FIRST = (
    TargetStatus.FAILED,
    TargetStatus.BEHIND,
    TargetStatus.ON_TRACK,
    TargetStatus.DONE,
)


@dataclass(frozen=True)
class ExecutorStatus:
    unit_id: int
    name: str
    short_name: str
    fact: Fact
    status: TargetStatus | None  # None: nothing to judge (no target, or judged in total)
    reported: frozenset[int]  # quarters with a report
    texts: dict[int, str] = field(default_factory=dict)  # quarter → the report's words

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class ItemStatus:
    item_id: int
    number: str
    name: str
    is_section: bool
    target: Target | None
    target_text: str
    registry: Registry | None
    executors: list[ExecutorStatus]
    total: Fact  # the executors together
    status: TargetStatus | None  # the item's: its worst executor's, or its total's

    @property
    def per_executor(self) -> bool:
        return self.target is not None and self.target.kind in PER_EXECUTOR


@dataclass(frozen=True)
class PlanStatus:
    plan_id: int
    title: str
    year: int
    today: date
    items: list[ItemStatus]

    def counts(self) -> dict[TargetStatus, int]:
        """How many measures are in each status (the plan's summary line)."""
        result = dict.fromkeys(TargetStatus, 0)
        for item in self.items:
            if item.status is not None:
                result[item.status] += 1
        return result


def worst_status(statuses: list[TargetStatus]) -> TargetStatus | None:
    """The status a group shows: its worst (не выполнено, отставание, в срок, выполнено)."""
    for status in _WORST_FIRST:
        if status in statuses:
            return status
    return None


def plan_status(session: Session, plan_id: int, year: int, today: date) -> PlanStatus:
    """Every measure of a plan in ``year`` as of ``today``: target, fact by quarter per
    executor and in total, and the status."""
    plan = get_plan(session, plan_id)
    items = list(
        session.scalars(
            select(PlanItem).where(PlanItem.plan_id == plan_id).order_by(PlanItem.position)
        )
    )
    targets = {
        item_id: text
        for item_id, text in session.execute(
            select(PlanTarget.item_id, PlanTarget.text)
            .join(PlanItem, PlanTarget.item_id == PlanItem.id)
            .where(PlanItem.plan_id == plan_id, PlanTarget.year == year)
        )
    }
    executors: dict[int, list[int]] = defaultdict(list)
    for item_id, unit_id in session.execute(
        select(PlanItemExecutor.item_id, PlanItemExecutor.unit_id)
        .join(PlanItem, PlanItemExecutor.item_id == PlanItem.id)
        .where(PlanItem.plan_id == plan_id)
        .order_by(PlanItemExecutor.item_id, PlanItemExecutor.position)
    ):
        executors[item_id].append(unit_id)
    unit_rows = {unit.id: unit for unit in units(session, plan.body_id)}
    year_reports = {
        (row.item_id, row.unit_id, row.quarter): row
        for row in session.execute(
            select(
                PlanReport.item_id,
                PlanReport.unit_id,
                PlanReport.quarter,
                PlanReport.fact,
                PlanReport.base,
                PlanReport.done_on,
                PlanReport.text,
            )
            .join(PlanItem, PlanReport.item_id == PlanItem.id)
            .where(PlanItem.plan_id == plan_id, PlanReport.year == year)
        )
    }
    registry_cache: dict[Registry, dict[int, Fact]] = {}
    result = []
    for item in items:
        unit_ids = [u for u in executors.get(item.id, []) if _takes_part(unit_rows[u], year)]
        registry = Registry(item.fact_registry) if item.fact_registry else None
        text = targets.get(item.id, "")
        target = parse_item_target(text, registry) if text else None
        if registry is not None and registry not in registry_cache:
            every_unit = sorted({u for ids in executors.values() for u in ids})
            registry_cache[registry] = _registry_facts(session, registry, every_unit, year)
        lines = []
        for unit_id in unit_ids:
            unit = unit_rows[unit_id]
            own = {
                q: year_reports[(item.id, unit_id, q)]
                for q in range(1, 5)
                if (item.id, unit_id, q) in year_reports
            }
            fact = (
                registry_cache[registry].get(unit_id, Fact())
                if registry is not None
                else _reported_fact(own)
            )
            fact = Fact(
                by_quarter=fact.by_quarter,
                numerator=fact.numerator,
                denominator=fact.denominator,
                done_on=fact.done_on,
                reported=frozenset(own),
            )
            status = None
            if target is not None and target.kind in PER_EXECUTOR:
                status = target_status(target, year, fact, today, unit.joined_on)
            lines.append(
                ExecutorStatus(
                    unit_id=unit_id,
                    name=unit.name,
                    short_name=unit.short_name,
                    fact=fact,
                    status=status,
                    reported=frozenset(own),
                    texts={q: r.text for q, r in own.items() if r.text},
                )
            )
        total = _sum_facts([line.fact for line in lines])
        if target is None or not lines:
            status = None
        elif target.kind in PER_EXECUTOR:
            status = worst_status([line.status for line in lines if line.status is not None])
        else:
            status = target_status(target, year, total, today)
        result.append(
            ItemStatus(
                item_id=item.id,
                number=item.number,
                name=item.name,
                is_section=not unit_ids and not text and "." not in item.number,
                target=target,
                target_text=text,
                registry=registry,
                executors=lines,
                total=total,
                status=status,
            )
        )
    return PlanStatus(plan.id, plan.title, year, today, result)


def _takes_part(unit: ExecutorUnit, year: int) -> bool:
    joined_late = unit.joined_on is not None and unit.joined_on.year > year
    left_early = unit.left_on is not None and unit.left_on.year < year
    return not (joined_late or left_early)


def _reported_fact(own: dict) -> Fact:
    by_quarter = {q: r.fact for q, r in own.items() if r.fact is not None}
    done = [r.done_on for r in own.values() if r.done_on is not None]
    return Fact(
        by_quarter=by_quarter,
        numerator=sum(r.fact or 0 for r in own.values() if r.base is not None),
        denominator=sum(r.base or 0 for r in own.values()),
        done_on=min(done) if done else None,
    )


def _sum_facts(facts: list[Fact]) -> Fact:
    by_quarter: dict[int, float] = defaultdict(float)
    for fact in facts:
        for quarter, value in fact.by_quarter.items():
            by_quarter[quarter] += value
    done = [fact.done_on for fact in facts if fact.done_on is not None]
    return Fact(
        by_quarter=dict(by_quarter),
        numerator=sum(fact.numerator for fact in facts),
        denominator=sum(fact.denominator for fact in facts),
        done_on=max(done) if len(done) == len(facts) and done else None,
        reported=frozenset.intersection(*(fact.reported for fact in facts))
        if facts
        else frozenset(),
    )


# ----- reports owed ---------------------------------------------------------------------------
@dataclass(frozen=True)
class MissingReport:
    """An executor that has not reported on some measures of a plan for a quarter."""

    body_id: int
    body_name: str
    plan_id: int
    unit_id: int
    unit_name: str
    year: int
    quarter: int
    due: date
    items: int  # how many measures it has not reported on

    def overdue(self, today: date) -> bool:
        return today > self.due


def missing_reports(
    session: Session, today: date, body_id: int | None = None
) -> list[MissingReport]:
    """Who has not reported for the quarter being collected on ``today``: every executor
    of a measure with a target that year and no registry behind it, without a report."""
    year, quarter = last_reported_quarter(today)
    period_end = quarter_end(year, quarter)
    report = (
        select(PlanReport.id)
        .where(
            PlanReport.item_id == PlanItem.id,
            PlanReport.unit_id == PlanItemExecutor.unit_id,
            PlanReport.year == year,
            PlanReport.quarter == quarter,
        )
        .exists()
    )
    query = (
        select(
            Body.id,
            Body.short_name,
            Body.report_day,
            Plan.id,
            ExecutorUnit.id,
            ExecutorUnit.short_name,
            ExecutorUnit.name,
            func.count(PlanItem.id),
        )
        .join(Plan, Plan.body_id == Body.id)
        .join(PlanItem, PlanItem.plan_id == Plan.id)
        .join(PlanTarget, and_(PlanTarget.item_id == PlanItem.id, PlanTarget.year == year))
        .join(PlanItemExecutor, PlanItemExecutor.item_id == PlanItem.id)
        .join(ExecutorUnit, ExecutorUnit.id == PlanItemExecutor.unit_id)
        .where(
            Plan.first_year <= year,
            Plan.last_year >= year,
            PlanItem.fact_registry.is_(None),
            (ExecutorUnit.joined_on.is_(None)) | (ExecutorUnit.joined_on <= period_end),
            (ExecutorUnit.left_on.is_(None))
            | (ExecutorUnit.left_on >= quarter_start(year, quarter)),
            ~report,
        )
        .group_by(Body.id, Plan.id, ExecutorUnit.id)
        .order_by(Body.short_name, Plan.id, ExecutorUnit.position, ExecutorUnit.id)
    )
    if body_id is not None:
        query = query.where(Body.id == body_id)
    return [
        MissingReport(
            body_id=b_id,
            body_name=body_name,
            plan_id=plan_id,
            unit_id=unit_id,
            unit_name=short or name,
            year=year,
            quarter=quarter,
            due=report_due(year, quarter, report_day),
            items=count,
        )
        for b_id, body_name, report_day, plan_id, unit_id, short, name, count in session.execute(
            query
        )
    ]
