"""The plans of measures of the large benchmark database: for each body, 20 executor
units and plans of three years covering the ten years (40 lines each: 4 sections and 36
measures, every measure executed by all 20 units, a target per year in the seeds' words),
the units' quarterly reports for every quarter that is over (a few missing), and the
registries that feed the counted measures: improvement proposals, lean projects with
their stages, training.

The worst case the issue asks for: 50 bodies × 10 years × 40 items × 20 executors.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert

from desktop_app.domain.plan import LEAN_SECTORS, LEAN_STAGES, Registry
from desktop_app.store.models import (
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

UNIT_NAMES = [
    ("Управление экономического развития", "УЭР"),
    ("Управление образования", "УО"),
    ("Комитет социальной защиты населения", "КСЗН"),
    ("Отдел информационных технологий", "ОИТ"),
    ("Управление архитектуры и градостроительства", "УАиГ"),
    ("Управление культуры, спорта и молодежной политики", "УКСМП"),
    ("Комитет по управлению муниципальным имуществом", "КУМИ"),
    ("Управление жилищно-коммунального хозяйства", "УЖКХ"),
    ("Финансовое управление", "ФУ"),
    ("Отдел по труду и занятости", "ОТЗ"),
    ("Юридический отдел", "ЮО"),
    ("Отдел кадров", "ОК"),
    ("МКУ «Центр бухгалтерского обслуживания»", "ЦБО"),
    ("МБУ «Информационно-методический центр»", "ИМЦ"),
    ("МБУ «Многофункциональный центр»", "МФЦ"),
    ("Территориальное управление Центрального района", "ТУ-1"),
    ("Территориальное управление Северного района", "ТУ-2"),
    ("Территориальное управление Южного района", "ТУ-3"),
    ("Совет народных депутатов", "СНД"),
    ("Контрольно-счетная палата", "КСП"),
]
GROUPS = ["Администрация (отделы, управления, комитеты)", "Муниципальные учреждения"]

SECTIONS = [
    "Мероприятия, регулярно проводимые в течение года",
    "Обучение основам бережливого управления и повышение квалификации",
    "Организационные мероприятия",
    "Информационное сопровождение",
]
#: (name, target of a year (``{y}`` the year), registry)
MEASURES = [
    ("Самодиагностика корпоративной культуры", "постоянно", None),
    ("Направление предложений для включения в план реализации проектов", "До 01.12.{y}", None),
    ("Предоставление и реализация предложений по улучшению", "Не менее 2 в год",
     Registry.PROPOSALS),
    ("Реализация бережливых проектов", "Не менее 1 проекта в год", Registry.LEAN_PROJECTS),
    ("Доля тиражируемых проектов в общем количестве реализации проектов", "30%",
     Registry.REPLICATED_SHARE),
    ("Обучение основам бережливого управления. Количество обученных сотрудников",
     "Не менее 2 чел", Registry.TRAINING_EXTERNAL),
    ("Внутреннее обучение сотрудников", "Постоянно не менее 1 чел", Registry.TRAINING_INTERNAL),
    ("Участие в круглых столах, конференциях, семинарах", "по мере необходимости", None),
    ("Подготовка аналитической информации о выполнении плана", "4", None),
    ("Определение удовлетворенности пользователей качеством услуг", "ежегодно", None),
    ("Выделение основных направлений деятельности для лин-проектов",
     "Второй квартал {y} года", None),
    ("Картирование процессов и анализ потерь", "Не менее 3 в год", None),
]
REPORT_TEXTS = [
    "Мероприятие выполнено в установленный срок.",
    "Проведено совещание, подготовлены предложения.",
    "Информация направлена в управление экономического развития.",
    "",
    "",
]


@dataclass
class PlanCounts:
    units: int = 0
    plans: int = 0
    items: int = 0
    targets: int = 0
    reports: int = 0
    proposals: int = 0
    lean_projects: int = 0
    trainings: int = 0

    def describe(self) -> str:
        return (
            f"plans {self.plans} ({self.items} items, {self.targets} targets, "
            f"{self.units} executor units), plan reports {self.reports}, "
            f"proposals {self.proposals}, lean projects {self.lean_projects}, "
            f"trainings {self.trainings}"
        )


def _day_in(rng: random.Random, year: int, today: date) -> date | None:
    day = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    return day if day <= today else None


def add_plans(connection, rng: random.Random, today: date, body_ids: list[int],
              years: int = 10, executors: int = 20) -> PlanCounts:
    counts = PlanCounts()
    first_year = today.year - years + 1
    unit_rows, plan_rows, item_rows, target_rows, executor_rows = [], [], [], [], []
    report_rows, proposal_rows, project_rows, stage_rows, training_rows = [], [], [], [], []
    unit_id = item_id = project_id = 0
    for body_id in body_ids:
        units = []
        for position, (name, short) in enumerate(UNIT_NAMES[:executors], start=1):
            unit_id += 1
            joined = None
            if position == executors:  # one unit joins in the middle of a year
                joined = date(first_year + years // 2, 7, 1)
            unit_rows.append({
                "id": unit_id, "body_id": body_id, "position": position, "name": name,
                "short_name": short, "group_name": GROUPS[position > 12],
                "joined_on": joined, "left_on": None,
            })
            units.append((unit_id, joined))
        for start in range(first_year, today.year + 1, 3):
            end = start + 2
            plan_rows.append({
                "body_id": body_id,
                "title": f"План мероприятий по внедрению бережливого управления на {start}-{end} "
                         "годы",
                "first_year": start, "last_year": end,
                "approved_by": f"распоряжением Администрации от 15.12.{start - 1} № "
                               f"{rng.randint(10, 999)}-р",
            })
            plan_id = len(plan_rows)
            position = 0
            for section_no, section in enumerate(SECTIONS, start=1):
                item_id += 1
                position += 1
                item_rows.append({
                    "id": item_id, "plan_id": plan_id, "position": position,
                    "number": str(section_no), "name": section, "expected_result": "",
                    "term": "", "executors_text": "", "fact_registry": None,
                })
                for measure_no in range(1, 10):
                    name, target, registry = MEASURES[(section_no * 9 + measure_no) % len(MEASURES)]
                    item_id += 1
                    position += 1
                    item_rows.append({
                        "id": item_id, "plan_id": plan_id, "position": position,
                        "number": f"{section_no}.{measure_no}", "name": name,
                        "expected_result": "", "term": "",
                        "executors_text": "Структурные подразделения администрации, "
                                          "муниципальные учреждения",
                        "fact_registry": registry.value if registry else None,
                    })
                    for year in range(start, end + 1):
                        target_rows.append({"item_id": item_id, "year": year,
                                            "text": target.format(y=year)})
                    for order, (unit, joined) in enumerate(units, start=1):
                        executor_rows.append({"item_id": item_id, "unit_id": unit,
                                              "position": order})
                        if registry is not None:
                            continue
                        for year in range(start, min(end, today.year) + 1):
                            for quarter in range(1, 5):
                                quarter_over = date(year, quarter * 3, 28) < today.replace(day=1)
                                if not quarter_over or rng.random() < 0.03:
                                    continue
                                if joined and date(year, quarter * 3, 28) < joined:
                                    continue
                                done = "До" in target or "квартал" in target
                                report_rows.append({
                                    "item_id": item_id, "unit_id": unit, "year": year,
                                    "quarter": quarter,
                                    "fact": None if done else float(rng.choice([0, 0, 1, 1, 2])),
                                    "base": None,
                                    "done_on": date(year, quarter * 3, 15) if done and
                                    rng.random() < 0.5 else None,
                                    "text": rng.choice(REPORT_TEXTS),
                                    "reported_on": date(year, quarter * 3, 28) + timedelta(
                                        days=rng.randint(3, 12)),
                                })
        for unit, _joined in units:
            for year in range(first_year, today.year + 1):
                for _ in range(rng.randint(1, 4)):
                    day = _day_in(rng, year, today)
                    if day:
                        proposal_rows.append({
                            "body_id": body_id, "unit_id": unit, "number": "",
                            "author": "Иванова И.И.", "submitted_on": day,
                            "text": "Сократить число согласований при подготовке документов",
                            "status": rng.choice(["submitted", "accepted", "implemented",
                                                  "rejected"]),
                            "decided_on": None, "effect": "",
                        })
                for _ in range(rng.randint(0, 3)):
                    day = _day_in(rng, year, today)
                    if day:
                        training_rows.append({
                            "body_id": body_id, "unit_id": unit, "person": "Петров П.П.",
                            "course": "Основы бережливого управления",
                            "kind": rng.choice(["external", "internal"]),
                            "provider": "АНО «Центр компетенций Кузбасса»", "trained_on": day,
                        })
                started = _day_in(rng, year, today)
                if started and rng.random() < 0.6:
                    project_id += 1
                    replicates = project_id - 1 if project_id > 1 and rng.random() < 0.3 else None
                    project_rows.append({
                        "id": project_id, "body_id": body_id, "unit_id": unit,
                        "title": "Оптимизация процесса предоставления муниципальной услуги",
                        "sector": rng.choice(LEAN_SECTORS), "pilot": replicates is None
                        and rng.random() < 0.5, "replicates_id": replicates,
                        "replicates_text": "", "customer": "Заместитель Главы",
                        "customer_position": "", "process": "", "boundaries": "", "leader": "",
                        "team": "", "justification": "", "effects": "", "before_text": "",
                        "after_text": "", "results": "", "recommended_on": None,
                        "recommended_meeting_id": None, "cancelled_on": None,
                    })
                    day = started
                    for stage in LEAN_STAGES:
                        span = None if stage.single_day else day + timedelta(days=14)
                        if day > today:
                            break
                        stage_rows.append({"project_id": project_id, "stage": stage.number,
                                           "start": day, "end": span})
                        day = (span or day) + timedelta(days=rng.randint(3, 20))
    for table, rows in (
        (ExecutorUnit, unit_rows), (Plan, plan_rows), (PlanItem, item_rows),
        (PlanTarget, target_rows), (PlanItemExecutor, executor_rows), (PlanReport, report_rows),
        (ImprovementProposal, proposal_rows), (LeanProject, project_rows),
        (LeanProjectStage, stage_rows), (Training, training_rows),
    ):
        for chunk in range(0, len(rows), 50_000):
            connection.execute(insert(table.__table__), rows[chunk:chunk + 50_000])
    counts.units, counts.plans, counts.items = len(unit_rows), len(plan_rows), len(item_rows)
    counts.targets, counts.reports = len(target_rows), len(report_rows)
    counts.proposals, counts.lean_projects = len(proposal_rows), len(project_rows)
    counts.trainings = len(training_rows)
    return counts
