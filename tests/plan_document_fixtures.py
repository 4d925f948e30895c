"""A plan of measures with a year of reports and registry entries, for the tests of the
plan's documents (built with the store's own functions)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.plan import PlanData, PlanItemData, Registry, UnitData
from desktop_app.store import plans
from desktop_app.store.models import (
    ImprovementProposal,
    LeanProject,
    LeanProjectStage,
    Training,
)

UER = "Управление экономического развития Администрации Беловского городского округа"
UO = "Управление образования Администрации Беловского городского округа"
KSZN = "Комитет социальной защиты населения Беловского городского округа"
UAIG = "Управление архитектуры и градостроительства Администрации Беловского городского округа"

TITLE = (
    "План мероприятий, направленных на внедрение инструментов бережливого управления "
    "в деятельности органов местного самоуправления"
)
APPROVED = "распоряжением Администрации Беловского городского округа от 18.10.2022 № 41-Р"

PLAN = PlanData(
    title=TITLE,
    first_year=2024,
    last_year=2025,
    approved_by=APPROVED,
    units=(
        UnitData(UER, "УЭР", "Администрация"),
        UnitData(UO, "УО", "Администрация"),
        UnitData(KSZN, "КСЗН", "Администрация"),
        UnitData(UAIG, "УАиГ", "Администрация", joined_on=date(2024, 7, 1)),
    ),
    items=(
        PlanItemData("1", "Мероприятия, регулярно проводимые в течение года"),
        PlanItemData(
            "1.1",
            "Подготовка аналитической информации о выполнении плана мероприятий",
            executors=(UER,),
            targets={2024: "4", 2025: "4"},
        ),
        PlanItemData(
            "1.3",
            "Предоставление и реализация предложений по улучшению",
            executors=(UER, UO, KSZN),
            targets={2024: "Не менее 2 в год", 2025: "Не менее 2 в год"},
            registry=Registry.PROPOSALS,
        ),
        PlanItemData(
            "1.5",
            "Тиражирование лучших практик бережливого управления",
            executors=(UER, UO),
            targets={2024: "30%", 2025: "40%"},
            registry=Registry.REPLICATED_SHARE,
        ),
        PlanItemData("2", "Обучение и информирование"),
        PlanItemData(
            "2.3",
            "Размещение информации о лучших практиках на официальном сайте",
            executors=(UO, UAIG),
            targets={2024: "До 01.12.2024"},
        ),
        PlanItemData(
            "2.4",
            "Участие в региональных мероприятиях по бережливому управлению",
            executors=(UER, KSZN),
            targets={2024: "постоянно", 2025: "постоянно"},
        ),
        PlanItemData("3", "Раздел без мероприятий на 2024 год"),
        PlanItemData("3.1", "Мероприятие только 2025 года", executors=(UER,), targets={2025: "1"}),
    ),
)


def build_plan(session, body_id: int) -> tuple[int, dict[str, int]]:
    """The plan with reports for 2024 I–III quarters (КСЗН silent in the III quarter) and
    registry entries; returns the plan id and the unit ids by short name."""
    plan_id = plans.create_plan(session, body_id, PLAN)
    unit = {u.short_name: u.id for u in plans.units(session, body_id)}
    item = {i.number: i.id for i in plans.get_plan(session, plan_id).items}
    day = date(2024, 10, 2)

    def report(number, short, quarter, **fields):
        plans.save_report(
            session,
            item[number],
            unit[short],
            2024,
            quarter,
            plans.ReportFields(reported_on=day, **fields),
        )

    for quarter in (1, 2, 3):
        report("1.1", "УЭР", quarter, fact=1, text=f"Информация за {quarter} квартал направлена")
        report("2.4", "УЭР", quarter, text="Участие в форуме «Бережливый регион»")
    for quarter in (1, 2):
        report("2.4", "КСЗН", quarter, text="Участие в семинаре")
    report("2.3", "УО", 2, done_on=date(2024, 5, 20), text="Размещено на сайте 20.05.2024")
    report("2.3", "УО", 4, done_on=date(2024, 11, 5), text="Обновлено")  # after the III quarter

    def proposal(short, day, status="submitted"):
        session.add(
            ImprovementProposal(
                body_id=body_id,
                unit_id=unit[short],
                author="Иванова А.А.",
                submitted_on=day,
                text="Электронная очередь",
                status=status,
            )
        )

    proposal("УЭР", date(2024, 2, 1))
    proposal("УЭР", date(2024, 8, 1), "implemented")
    proposal("УО", date(2024, 9, 1))
    proposal("КСЗН", date(2024, 3, 1), "rejected")
    proposal("УО", date(2024, 11, 1))  # IV quarter

    def project(short, started, closed=None, replicates="", pilot=False, recommended=None):
        row = LeanProject(
            body_id=body_id,
            unit_id=unit[short],
            title="Оптимизация процесса",
            sector="Муниципальное управление",
            pilot=pilot,
            replicates_text=replicates,
            recommended_on=recommended,
        )
        row.stages = [LeanProjectStage(stage=1, start=started)]
        if closed:
            row.stages.append(LeanProjectStage(stage=9, start=closed))
        session.add(row)

    project("УЭР", date(2024, 2, 10), date(2024, 9, 1), pilot=True, recommended=date(2024, 9, 20))
    project("УЭР", date(2024, 5, 10), replicates="Запись в детский сад")
    project("УО", date(2024, 3, 10), pilot=True)
    session.add(
        Training(
            body_id=body_id,
            unit_id=unit["УО"],
            person="Петров П.П.",
            course="Основы бережливого управления",
            kind="external",
            trained_on=date(2024, 4, 1),
        )
    )
    session.flush()
    return plan_id, unit
