"""The data of the plan's documents (issue 5): the quarterly note on plan execution and
the report on a body's work for a year, as the plain data of ``domain.plan_documents``.

The note of a quarter is judged at the end of that quarter (or on ``as_of`` when it comes
first): the fact «с начала года» counts the quarters up to the note's one only, so a note
printed again a year later says what it said then. A handful of queries per document,
never one per measure or executor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import MeetingForm, MeetingStatus, quarter_end, quarter_start
from desktop_app.domain.plan import Registry, report_due
from desktop_app.domain.plan_documents import (
    ROMAN_QUARTERS,
    MeetingLine,
    MissingExecutor,
    NoteItem,
    NoteLine,
    PlanNoteData,
    RegistryFigures,
    YearPlan,
    YearPlanItem,
    YearReportData,
    format_number,
    format_share,
    registry_source,
)
from desktop_app.domain.plan_target import Fact, Target, TargetKind, TargetStatus, target_status
from desktop_app.store.assignments import Period, body_secretary, discipline
from desktop_app.store.models import AgendaItem, Body, Decision, Meeting, Plan, PlanReport
from desktop_app.store.plans import (
    ExecutorStatus,
    ItemStatus,
    get_plan,
    plan_status,
    registry_counts,
    reports,
    units,
    worst_status,
)

_ALARMS = (TargetStatus.BEHIND, TargetStatus.FAILED)


def _label(status: TargetStatus | None) -> str:
    return status.label if status is not None else ""


def _counted_kind(target: Target) -> bool:
    return target.kind in (TargetKind.AT_LEAST, TargetKind.COUNT) or (
        target.kind is TargetKind.PERIOD and target.every is not None
    )


def _dated_kind(target: Target) -> bool:
    return target.kind is TargetKind.DATE or (
        target.kind is TargetKind.PERIOD and target.every is None
    )


def _quarters_text(quarters: frozenset[int]) -> str:
    """«I, II, III кв.», a dash for none."""
    if not quarters:
        return "—"
    ordered = sorted(quarters)
    if len(ordered) > 2 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{ROMAN_QUARTERS[ordered[0]]}–{ROMAN_QUARTERS[ordered[-1]]}\u00a0кв."
    return ", ".join(ROMAN_QUARTERS[q] for q in ordered) + "\u00a0кв."


def to_date_text(target: Target, fact: Fact) -> str:
    """The fact to date as a note or a report prints it."""
    if _counted_kind(target):
        return format_number(fact.total)
    if target.kind is TargetKind.SHARE:
        return format_share(fact.numerator, fact.denominator)
    if _dated_kind(target):
        if fact.done_on is not None:
            return f"исполнено {format_date(fact.done_on)}"
        return "исполнено" if fact.total > 0 else "—"
    return _quarters_text(fact.reported)


def plan_for_year(session: Session, body_id: int, year: int) -> int:
    """The body's plan covering ``year`` (the latest approved one when several do);
    ValidationError when there is none."""
    plan_id = session.scalar(
        select(Plan.id)
        .where(Plan.body_id == body_id, Plan.first_year <= year, Plan.last_year >= year)
        .order_by(Plan.first_year.desc(), Plan.id.desc())
    )
    if plan_id is None:
        raise ValidationError(f"у органа нет плана мероприятий на {year} год", "Год")
    return plan_id


# ----- the quarterly note ----------------------------------------------------------------------
class _QuarterFacts:
    """The facts of a plan's year up to a quarter, from the year's reports and (for the
    replicated share) the registry of lean projects."""

    def __init__(self, session: Session, plan_id: int, year: int, quarter: int, unit_ids):
        self.quarter = quarter
        self.reports = reports(session, plan_id, year)
        self._session, self._year, self._unit_ids = session, year, sorted(unit_ids)
        self._share: tuple[dict, dict] | None = None

    def share_counts(self) -> tuple[dict, dict]:
        if self._share is None:
            self._share = (
                registry_counts(
                    self._session, Registry.LEAN_REPLICATIONS, self._unit_ids, self._year
                ),
                registry_counts(self._session, Registry.LEAN_PROJECTS, self._unit_ids, self._year),
            )
        return self._share

    def own(self, item_id: int, unit_id: int, quarter: int) -> PlanReport | None:
        return self.reports.get((item_id, unit_id, quarter))

    def until(self, item: ItemStatus, line: ExecutorStatus) -> Fact:
        """An executor's fact of the year up to the quarter."""
        last = self.quarter
        fact = line.fact
        by_quarter = {q: v for q, v in fact.by_quarter.items() if q <= last}
        reported = frozenset(q for q in line.reported if q <= last)
        numerator = denominator = 0.0
        done_on = None
        if item.registry is Registry.REPLICATED_SHARE:
            replicated, started = self.share_counts()
            numerator = sum(v for q, v in replicated.get(line.unit_id, {}).items() if q <= last)
            denominator = sum(v for q, v in started.get(line.unit_id, {}).items() if q <= last)
        elif item.registry is None:
            own = [r for q in range(1, last + 1) if (r := self.own(item.item_id, line.unit_id, q))]
            numerator = sum(r.fact or 0 for r in own if r.base is not None)
            denominator = sum(r.base or 0 for r in own)
            done = [r.done_on for r in own if r.done_on is not None]
            done_on = min(done) if done else None
        return Fact(by_quarter, numerator, denominator, done_on, reported)

    def quarter_text(self, item: ItemStatus, line: ExecutorStatus, fact: Fact) -> str:
        """What the executor did in the note's quarter, as printed."""
        target, quarter = item.target, self.quarter
        assert target is not None
        report = self.own(item.item_id, line.unit_id, quarter)
        if item.registry is None and report is None:
            return "—"
        if _counted_kind(target):
            return format_number(fact.by_quarter.get(quarter, 0))
        if target.kind is TargetKind.SHARE:
            if item.registry is Registry.REPLICATED_SHARE:
                replicated, started = self.share_counts()
                part = replicated.get(line.unit_id, {}).get(quarter, 0)
                whole = started.get(line.unit_id, {}).get(quarter, 0)
            else:
                part, whole = (report.fact or 0), (report.base or 0)
            return f"{format_number(part)} из {format_number(whole)}" if whole else "—"
        if _dated_kind(target):
            if report is not None and report.done_on is not None:
                return format_date(report.done_on)
            return "исполнено" if fact.by_quarter.get(quarter, 0) > 0 else "—"
        return "представлена" if report is not None else "—"


def _sum(facts: list[Fact]) -> Fact:
    by_quarter: dict[int, float] = defaultdict(float)
    for fact in facts:
        for quarter, value in fact.by_quarter.items():
            by_quarter[quarter] += value
    done = [fact.done_on for fact in facts if fact.done_on is not None]
    return Fact(
        by_quarter=dict(by_quarter),
        numerator=sum(fact.numerator for fact in facts),
        denominator=sum(fact.denominator for fact in facts),
        done_on=max(done) if done and len(done) == len(facts) else None,
        reported=frozenset.intersection(*(f.reported for f in facts)) if facts else frozenset(),
    )


def _number(target: Target, value: float) -> float | None:
    return value if _counted_kind(target) else None


def plan_note_data(
    session: Session, plan_id: int, year: int, quarter: int, as_of: date
) -> PlanNoteData:
    """«Аналитическая информация о выполнении плана мероприятий … за ``quarter`` квартал
    ``year`` г.» as of ``as_of`` (judged at the end of the quarter when ``as_of`` is
    later)."""
    plan = get_plan(session, plan_id)
    if not plan.first_year <= year <= plan.last_year:
        raise ValidationError(f"план охватывает {plan.first_year}–{plan.last_year} годы", "Год")
    if quarter not in (1, 2, 3, 4):
        raise ValidationError("квартал — от 1 до 4", "Квартал")
    body = session.get(Body, plan.body_id)
    judged_on = min(as_of, quarter_end(year, quarter) + timedelta(days=1))
    status = plan_status(session, plan_id, year, judged_on)
    unit_rows = {unit.id: unit for unit in units(session, plan.body_id)}
    facts = _QuarterFacts(session, plan_id, year, quarter, unit_rows)
    first_day, last_day = quarter_start(year, quarter), quarter_end(year, quarter)

    items: list[NoteItem] = []
    counts = dict.fromkeys(TargetStatus, 0)
    missing: dict[int, int] = defaultdict(int)
    for item in status.items:
        target = item.target
        if target is None or not item.executors:
            if item.is_section:
                items.append(NoteItem(item.number, item.name, is_section=True))
            continue
        lines, line_facts, statuses = [], [], []
        for line in item.executors:
            unit = unit_rows[line.unit_id]
            active = (unit.joined_on is None or unit.joined_on <= last_day) and (
                unit.left_on is None or unit.left_on >= first_day
            )
            fact = facts.until(item, line)
            line_facts.append(fact)
            own = facts.own(item.item_id, line.unit_id, quarter)
            reported = item.registry is not None or own is not None
            if not reported and active:
                missing[line.unit_id] += 1
            line_status = None
            if item.per_executor:
                line_status = target_status(target, year, fact, judged_on, unit.joined_on)
                statuses.append(line_status)
            info = own.text.strip() if own is not None else ""
            if not info and not reported:
                info = "Информация не представлена" if active else ""
            lines.append(
                NoteLine(
                    executor=line.label,
                    quarter=facts.quarter_text(item, line, fact),
                    to_date=to_date_text(target, fact),
                    status=_label(line_status),
                    alarm=line_status in _ALARMS,
                    info=info,
                    quarter_value=_number(target, fact.by_quarter.get(quarter, 0))
                    if reported
                    else None,
                    to_date_value=_number(target, fact.total),
                    reported=reported,
                )
            )
        if item.per_executor:
            item_status = worst_status(statuses)
        else:
            total = _sum(line_facts)
            item_status = target_status(target, year, total, judged_on)
            if len(lines) == 1:
                only = lines[0]
                lines = [replace(only, status=item_status.label, alarm=item_status in _ALARMS)]
            else:
                quarter_total = sum(f.by_quarter.get(quarter, 0) for f in line_facts)
                lines.append(
                    NoteLine(
                        executor="Всего",
                        quarter=format_number(quarter_total) if _counted_kind(target) else "",
                        to_date=to_date_text(target, total),
                        status=item_status.label,
                        alarm=item_status in _ALARMS,
                        quarter_value=_number(target, quarter_total),
                        to_date_value=_number(target, total.total),
                    )
                )
        if item_status is not None:
            counts[item_status] += 1
        items.append(
            NoteItem(
                number=item.number,
                name=item.name,
                target=item.target_text,
                source=registry_source(item.registry),
                lines=tuple(lines),
                status=_label(item_status),
                alarm=item_status in _ALARMS,
            )
        )
    signer = body_secretary(session, body.id, as_of)
    shown = {line.executor for item in items for line in item.lines}
    abbreviations = tuple(
        (unit.short_name, unit.name)
        for unit in sorted(unit_rows.values(), key=lambda u: (u.position, u.id))
        if unit.short_name and unit.short_name in shown and unit.short_name != unit.name
    )
    return PlanNoteData(
        organisation=body.organisation,
        body_name=body.full_name,
        plan_title=plan.title,
        approved_by=plan.approved_by,
        year=year,
        quarter=quarter,
        as_of=as_of,
        due=report_due(year, quarter, body.report_day),
        measures=sum(counts.values()),
        done=counts[TargetStatus.DONE],
        on_track=counts[TargetStatus.ON_TRACK],
        behind=counts[TargetStatus.BEHIND],
        failed=counts[TargetStatus.FAILED],
        missing=tuple(
            MissingExecutor(unit_rows[unit_id].short_name or unit_rows[unit_id].name, count)
            for unit_id, count in sorted(
                missing.items(), key=lambda pair: (unit_rows[pair[0]].position, pair[0])
            )
        ),
        items=_without_empty_sections(items),
        signer_position=signer.position,
        signer_name=signer.name,
        abbreviations=abbreviations,
    )


def _without_empty_sections(items: list[NoteItem]) -> tuple[NoteItem, ...]:
    """Section headings with no measure of the year under them are left out."""
    kept = []
    for index, item in enumerate(items):
        if item.is_section:
            following = items[index + 1] if index + 1 < len(items) else None
            if following is None or following.is_section:
                continue
        kept.append(item)
    return tuple(kept)


# ----- the year report -----------------------------------------------------------------------
_HELD = (MeetingStatus.HELD.value, MeetingStatus.SIGNED.value)


def _meetings(session: Session, body_id: int, year: int) -> tuple[MeetingLine, ...]:
    items = (
        select(func.count(AgendaItem.id))
        .where(AgendaItem.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    decisions = (
        select(func.coalesce(func.sum(case((Decision.adopted.is_(True), 1), else_=0)), 0))
        .join(AgendaItem, Decision.item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Meeting.number, Meeting.day, Meeting.form, items, decisions)
        .where(Meeting.body_id == body_id, Meeting.year == year, Meeting.status.in_(_HELD))
        .order_by(Meeting.day, Meeting.number)
    )
    return tuple(
        MeetingLine(number, day, MeetingForm(form).label, int(n_items), int(n_decisions))
        for number, day, form, n_items, n_decisions in rows
    )


def _grouped_facts(target: Target, lines: list[ExecutorStatus]) -> list[str]:
    """«УЭР, УО — 2», «КСЗН — 0»: the executors with the same fact together, in the
    plan's order."""
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault(to_date_text(target, line.fact), []).append(line.label)
    return [f"{', '.join(labels)} — {text}" for text, labels in groups.items()]


def _year_plan(session: Session, plan: Plan, year: int, as_of: date) -> YearPlan:
    status = plan_status(session, plan.id, year, as_of)
    items = []
    for item in status.items:
        target = item.target
        if target is None or not item.executors:
            if item.is_section:
                items.append(YearPlanItem(item.number, item.name, is_section=True))
            continue
        several = len(item.executors) > 1
        facts = _grouped_facts(target, item.executors) if several else []
        if not several:
            facts = [to_date_text(target, item.executors[0].fact)]
        elif not item.per_executor:
            facts.append(f"Всего — {to_date_text(target, item.total)}")
        lagging = tuple(line.label for line in item.executors if line.status in _ALARMS)
        if len(lagging) == len(item.executors):
            lagging = ()  # the status says it all
        items.append(
            YearPlanItem(
                number=item.number,
                name=item.name,
                target=item.target_text,
                source=registry_source(item.registry),
                facts=tuple(facts),
                status=_label(item.status),
                alarm=item.status in _ALARMS,
                lagging=lagging,
            )
        )
    counts = status.counts()
    kept: list[YearPlanItem] = []
    for index, entry in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if entry.is_section and (following is None or following.is_section):
            continue
        kept.append(entry)
    return YearPlan(
        title=plan.title,
        approved_by=plan.approved_by,
        years=f"{plan.first_year}–{plan.last_year}",
        measures=sum(counts.values()),
        done=counts[TargetStatus.DONE],
        on_track=counts[TargetStatus.ON_TRACK],
        behind=counts[TargetStatus.BEHIND],
        failed=counts[TargetStatus.FAILED],
        items=tuple(kept),
    )


def year_report_data(session: Session, body_id: int, year: int, as_of: date) -> YearReportData:
    """«Отчет о работе … за ``year`` год» as of ``as_of`` (the plan judged on that day;
    after the year, at its end)."""
    from desktop_app.store.registries import registry_summary

    body = session.get(Body, body_id)
    if body is None:
        raise ValidationError("орган не найден")
    start, end = date(year, 1, 1), date(year, 12, 31)
    plans = session.scalars(
        select(Plan)
        .where(Plan.body_id == body_id, Plan.first_year <= year, Plan.last_year >= year)
        .order_by(Plan.first_year, Plan.id)
    )
    summary = registry_summary(session, body_id, start, end)
    figures = RegistryFigures(
        **{name: getattr(summary, name) for name in RegistryFigures.__dataclass_fields__}
    )
    signer = body_secretary(session, body_id, as_of)
    return YearReportData(
        organisation=body.organisation,
        body_name=body.full_name,
        body_genitive=body.full_name_genitive or body.full_name,
        year=year,
        as_of=as_of,
        meetings=_meetings(session, body_id, year),
        discipline=discipline(session, as_of, Period(start, end), body_id),
        plans=tuple(_year_plan(session, plan, year, as_of) for plan in plans),
        registries=figures,
        signer_position=signer.position,
        signer_name=signer.name,
    )
