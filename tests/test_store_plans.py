"""The plan of measures in the store: a plan stored whole or not at all, executors'
reports, the statuses of the measures and who has not reported."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.plan import PlanData, PlanItemData, Registry, UnitData
from desktop_app.domain.plan_target import TargetStatus
from desktop_app.store import plans
from desktop_app.store.models import Plan, PlanItem

EDUCATION, SOCIAL = "Управление образования", "Комитет социальной защиты населения"
PLAN = PlanData(
    title="План мероприятий по бережливому управлению",
    first_year=2022,
    last_year=2024,
    approved_by="распоряжением Администрации от 18.10.2022 № 41-Р",
    units=(UnitData(EDUCATION, "УО"), UnitData(SOCIAL, "КСЗН")),
    items=(
        PlanItemData("1", "Мероприятия, регулярно проводимые в течение года"),
        PlanItemData(
            "1.2",
            "Направление предложений",
            executors=(SOCIAL, EDUCATION),
            targets={2022: "До 01.12.2022"},
        ),
        PlanItemData(
            "1.3",
            "Предоставление и реализация предложений по улучшению",
            executors=(EDUCATION, SOCIAL),
            targets={2022: "Не менее 2 в год", 2023: "Не менее 3 в год"},
            registry=Registry.PROPOSALS,
        ),
        PlanItemData(
            "3.2",
            "Подготовка аналитической информации, ежеквартально",
            executors=(SOCIAL,),
            targets={2022: "4", 2023: "4"},
        ),
    ),
)


def test_a_plan_is_stored_and_read_back_as_it_was(database, example_body) -> None:
    with database.session() as session:
        plan_id = plans.create_plan(session, example_body, PLAN)
    with database.session() as session:
        assert plans.plan_data(session, plan_id) == PLAN
        assert [u.short_name for u in plans.units(session, example_body)] == ["УО", "КСЗН"]


def test_a_bad_plan_stores_nothing_and_says_everything(database, example_body) -> None:
    bad = PlanData(
        title="План",
        first_year=2022,
        last_year=2024,
        units=PLAN.units,
        items=(
            PlanItemData("1.a", "Пункт"),
            PlanItemData("1.1", "", executors=("Отдел кадров",), targets={2022: "много"}),
        ),
    )
    with database.session() as session, pytest.raises(plans.PlanError) as raised:
        plans.create_plan(session, example_body, bad)
    problems = raised.value.problems
    assert any("1.a" in p for p in problems)
    assert any("не заполнено наименование" in p for p in problems)
    assert any("«Отдел кадров» не в списке" in p for p in problems)
    assert any("2022 год" in p and "«много»" in p for p in problems)
    with database.session() as session:
        assert session.query(Plan).count() == 0
        assert plans.units(session, example_body) == []


def _ids(session, plan_id: int) -> tuple[dict[str, int], dict[str, int]]:
    plan = session.get(Plan, plan_id)
    units = {u.short_name: u.id for u in plans.units(session, plan.body_id)}
    return units, {item.number: item.id for item in plan.items}


def test_statuses_from_reports_and_who_has_not_reported(database, example_body) -> None:
    today = date(2022, 11, 22)  # three quarters over, the III quarter's reports due 03.10
    with database.session() as session:
        plan_id = plans.create_plan(session, example_body, PLAN)
        units, items = _ids(session, plan_id)
        plans.save_report(
            session, items["3.2"], units["КСЗН"], 2022, 1, plans.ReportFields(fact=1, text="Да")
        )
        plans.save_report(
            session,
            items["1.2"],
            units["КСЗН"],
            2022,
            3,
            plans.ReportFields(done_on=date(2022, 9, 1)),
        )
        status = plans.plan_status(session, plan_id, 2022, today)
        missing = plans.missing_reports(session, today)
    by_number = {item.number: item for item in status.items}
    assert by_number["1"].is_section and by_number["1"].status is None
    # a dated measure: each executor must do it; one has, the other still may
    assert [e.status for e in by_number["1.2"].executors] == [
        TargetStatus.DONE,
        TargetStatus.ON_TRACK,
    ]
    assert by_number["1.2"].status is TargetStatus.ON_TRACK
    # «4» a year: one by the end of the III quarter is behind
    assert by_number["3.2"].total.total == 1 and by_number["3.2"].status is TargetStatus.BEHIND
    # no proposals in the registry: both units behind
    assert by_number["1.3"].status is TargetStatus.BEHIND
    assert status.counts()[TargetStatus.BEHIND] == 2
    # the III quarter: КСЗН reported on 1.2 but not 3.2; УО owes 1.2 (1.3 is counted)
    owed = {(m.unit_name, m.items) for m in missing}
    assert owed == {("УО", 1), ("КСЗН", 1)}
    assert all(m.due == date(2022, 10, 3) and m.overdue(today) for m in missing)


def test_a_report_is_checked_before_it_is_stored(database, example_body) -> None:
    from desktop_app.domain.errors import ValidationError

    with database.session() as session:
        plan_id = plans.create_plan(session, example_body, PLAN)
        units, items = _ids(session, plan_id)
        with pytest.raises(ValidationError, match="не указан в пункте"):
            plans.save_report(session, items["3.2"], units["УО"], 2022, 1, plans.ReportFields(1))
        with pytest.raises(ValidationError, match="2022–2024"):
            plans.save_report(session, items["3.2"], units["КСЗН"], 2025, 1, plans.ReportFields(1))
        with pytest.raises(ValidationError, match="Факт"):
            plans.save_report(session, items["3.2"], units["КСЗН"], 2022, 1, plans.ReportFields())
        assert plans.reports(session, plan_id, 2022) == {}


def test_deleting_a_plan_takes_its_items_and_reports(database, example_body) -> None:
    with database.session() as session:
        plan_id = plans.create_plan(session, example_body, PLAN)
        units, items = _ids(session, plan_id)
        plans.save_report(session, items["3.2"], units["КСЗН"], 2022, 1, plans.ReportFields(1))
        plans.delete_plan(session, plan_id)
    with database.session() as session:
        assert session.query(PlanItem).count() == 0


def test_changing_a_measure_keeps_its_reports(database, example_body) -> None:
    from dataclasses import replace

    with database.session() as session:
        plan_id = plans.create_plan(session, example_body, PLAN)
        units, items = _ids(session, plan_id)
        plans.save_report(session, items["3.2"], units["КСЗН"], 2022, 1, plans.ReportFields(1))
        changed = replace(
            PLAN.items[3], targets={2022: "Не менее 4 в год"}, executors=(EDUCATION, SOCIAL)
        )
        plans.replace_item(session, items["3.2"], changed)
    with database.session() as session:
        assert plans.plan_data(session, plan_id).items[3] == changed
        assert list(plans.reports(session, plan_id, 2022)) == [(items["3.2"], units["КСЗН"], 1)]
