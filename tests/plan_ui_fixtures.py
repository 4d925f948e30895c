"""A realistic plan for the plan screens' tests: the Belovo plan 2022-2024 of seed 002 (long
names, long executor texts), with its executor units, and a few quarterly reports."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.plan import PlanData, PlanItemData, Registry, UnitData

ADMIN = "Администрация Беловского городского округа (отделы, управления, комитет)"
INSTITUTIONS = "Муниципальные учреждения"
COUNCIL = "Совет народных депутатов Беловского городского округа"
EVERYONE_TEXT = f"{ADMIN} {INSTITUTIONS} {COUNCIL}"

UER = "Управление экономического развития Администрации Беловского городского округа"
UO = "Управление образования Администрации Беловского городского округа"
KSZN = "Комитет социальной защиты населения Беловского городского округа"
OIT = "Отдел информационных технологий Администрации Беловского городского округа"
IMC = "МБУ «Информационно-методический центр г.Белово»"
SND = "Совет народных депутатов Беловского городского округа"
CKK = "АНО «Центр компетенций Кузбасса»"

UNITS = (
    UnitData(UER, "УЭР", ADMIN),
    UnitData(UO, "УО", ADMIN),
    UnitData(KSZN, "КСЗН", ADMIN),
    UnitData(OIT, "ОИТ", ADMIN, joined_on=date(2023, 7, 1)),
    UnitData(IMC, "ИМЦ", INSTITUTIONS),
    UnitData(SND, "СНД", COUNCIL),
    UnitData(CKK, "ЦКК", "Внешние организации"),
)
EVERYONE = (UER, UO, KSZN, OIT, IMC, SND)


def belovo_plan() -> PlanData:
    def item(number, name, targets=None, executors=EVERYONE, text=EVERYONE_TEXT, registry=None):
        return PlanItemData(
            number=number,
            name=name,
            executors_text=text if targets else "",
            executors=executors if targets else (),
            targets=dict(zip((2022, 2023, 2024), targets, strict=False)) if targets else {},
            registry=registry,
        )

    items = (
        item(
            "1",
            "Мероприятия, регулярно проводимые в течение года, при реализации принципов "
            "бережливого управления",
        ),
        item(
            "1.1",
            "Самодиагностика корпоративной культуры (определение проблемных моментов в "
            "деятельности и выявление направления реализации проекта)",
            ("постоянно", "", ""),
        ),
        item(
            "1.2",
            "Направление предложений в управление экономического развития Администрации "
            "Беловского городского округа для включения в план реализации проектов с указанием "
            "темы и предполагаемых сроков реализации проекта",
            ("До 01.12.2022", "До 01.12.2023", "До 01.06.2024"),
        ),
        item(
            "1.3",
            "Предоставление и реализация предложений по улучшению",
            ("Не менее 2 в год", "Не менее 3 в год", "Не менее 4 в год"),
        ),
        item(
            "1.5",
            "Применение наиболее успешных проектов к тиражированию. Доля тиражируемых проектов "
            "в общем количестве реализации проектов",
            ("15%", "30%", "40%"),
            registry=Registry.REPLICATED_SHARE,
        ),
        item("2", "Обучение основам бережливого управления и повышение квалификации"),
        item(
            "2.1",
            "Обучение (повышение квалификации) основам бережливого производства (управления) "
            "при наличии квоты от АНО «Центр компетенций Кузбасса». Количество обученных "
            "сотрудников.",
            ("Не менее 2 чел", "Не менее 3 чел", "Не менее 4 чел"),
            registry=Registry.TRAINING_EXTERNAL,
        ),
        item(
            "2.4",
            "Оказание консультаций при реализации проектов",
            ("по мере необходимости",) * 3,
            executors=(CKK, UER, IMC),
            text=f"{CKK} Управление экономического развития Администрации Беловского "
            "городского округа (далее УЭР) МБУ «Информационно-методический центр г.Белово» "
            "(далее ИМЦ)",
        ),
        item("3", "Организационные мероприятия"),
        item(
            "3.2",
            "Подготовка аналитической информации о выполнении программы «Бережливый Кузбасс», "
            "ежеквартально",
            ("4", "4", "4"),
            executors=(UER,),
            text="УЭР",
        ),
        item(
            "3.4",
            "Проведение муниципального конкурса лучших практик применения технологий "
            "бережливого производства среди муниципальных учреждений и подразделений органов "
            "местного самоуправления",
            ("", "1", "1"),
            executors=(UER,),
            text="Администрация Беловского городского округа",
        ),
    )
    return PlanData(
        title="План мероприятий, направленных на внедрение инструментов бережливого "
        "управления в деятельности органов местного самоуправления муниципального образования "
        "«Беловский городской округ Кемеровской области – Кузбасса» и подведомственных им "
        "учреждений",
        first_year=2022,
        last_year=2024,
        approved_by="распоряжением Администрации Беловского городского округа от 18.10.2022 № 41-Р",
        items=items,
        units=UNITS,
    )


BODY_NAME = "Рабочая группа по бережливому управлению (план)"
#: The day the tests look at the plan: the II quarter's reports were due on 05.07.2024.
TODAY = date(2024, 8, 15)


def make_belovo(session) -> dict:
    """A body of its own (no registries), the plan, and the reports of the first half of
    2024: 1.3 by УЭР, УО, ИМЦ (1 a quarter) and КСЗН (0), 3.2 by УЭР (1 a quarter), 1.2
    done by УО on 20.05.2024. Returns the ids: body, plan, items by number, units by short
    name."""
    from sqlalchemy import select

    from desktop_app.domain.body import BodyFields
    from desktop_app.store.bodies import create_body
    from desktop_app.store.models import PlanItem
    from desktop_app.store.plans import ReportFields, create_plan, save_report, units

    body_id = create_body(
        session,
        BodyFields(
            full_name="рабочая группа по реализации бережливого управления в деятельности "
            "органов местного самоуправления Беловского городского округа",
            short_name=BODY_NAME,
            organisation="Администрация Беловского городского округа",
            place="г. Белово",
            act_number="41-р",
            act_date=date(2022, 10, 18),
            report_day=5,
        ),
    )
    plan_id = create_plan(session, body_id, belovo_plan())
    items = {
        row.number: row.id
        for row in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id))
    }
    unit_ids = {unit.short_name: unit.id for unit in units(session, body_id)}
    for quarter in (1, 2):
        for short in ("УЭР", "УО", "КСЗН", "ИМЦ"):
            save_report(
                session,
                items["1.3"],
                unit_ids[short],
                2024,
                quarter,
                ReportFields(
                    fact=0 if short == "КСЗН" else 1,
                    text=f"Подано предложение по улучшению процесса приема документов, "
                    f"{quarter} кв. ({short})",
                ),
            )
        save_report(
            session,
            items["3.2"],
            unit_ids["УЭР"],
            2024,
            quarter,
            ReportFields(fact=1, text="Аналитическая информация направлена в министерство"),
        )
    save_report(
        session,
        items["1.2"],
        unit_ids["УО"],
        2024,
        2,
        ReportFields(done_on=date(2024, 5, 20), text="Письмо от 20.05.2024 № 01-12/345"),
    )
    return {"body": body_id, "plan": plan_id, "items": items, "units": unit_ids}
