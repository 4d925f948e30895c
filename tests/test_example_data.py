"""The shipped example («Открыть пример»): the Belovo working group of act 41-р.

The JSON was generated from the act with the roster parser and checked by hand; this test
keeps the two in agreement, so a parser change or a hand edit that drifts is caught.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import pytest
from roster_fixtures import BELOVO_ROSTER

from desktop_app.domain.dates import format_date
from desktop_app.domain.roster_parser import parse_roster_text
from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, QuorumRule, Role
from desktop_app.resources import resource_path

ADMINISTRATION = "Администрация Беловского городского округа"


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    path = resource_path("example", "belovo.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_body(example: dict[str, Any]) -> None:
    body = example["body"]
    assert BodyKind(body["kind"]) is BodyKind.WORKING_GROUP
    assert ActKind(body["act_kind"]) is ActKind.ORDER
    assert body["act_number"] == "41-р"
    assert format_date(date.fromisoformat(body["act_date"])) == "18.10.2022"
    assert QuorumRule(body["quorum_rule"]) is QuorumRule.MORE_THAN_HALF
    assert body["organisation"] == ADMINISTRATION
    assert body["place"] == "г. Белово"
    assert body["report_day"] == 3
    assert body["meetings_per_quarter"] == 1
    assert body["full_name"].startswith("рабочая группа по реализации бережливого управления")
    assert body["full_name_genitive"].startswith("рабочей группы по реализации бережливого")
    # The two differ only in the head noun phrase.
    assert body["full_name"].removeprefix("рабочая группа") == body[
        "full_name_genitive"
    ].removeprefix("рабочей группы")
    assert "«Беловский городской округ Кемеровской области – Кузбасса»" in body["full_name"]


def test_roles(example: dict[str, Any]) -> None:
    roles = [Role(member["role"]) for member in example["members"]]
    assert len(roles) == 23
    assert roles.count(Role.CHAIR) == 1
    assert roles.count(Role.DEPUTY) == 2
    assert roles.count(Role.SECRETARY) == 1
    assert roles.count(Role.MEMBER) == 19
    # Chair, deputies, secretary, then members.
    assert roles == sorted(roles, key=lambda role: role.order)


def test_members_match_the_act(example: dict[str, Any]) -> None:
    parsed = parse_roster_text(BELOVO_ROSTER)
    assert parsed.problems == []
    shipped = [
        (m["last_name"], m["first_name"], m["middle_name"], m["position"], m["role"], m["gender"])
        for m in example["members"]
    ]
    expected = [
        (
            m.last_name,
            m.first_name,
            m.middle_name,
            m.position,
            m.role.value,
            m.gender.value if m.gender else None,
        )
        for m in parsed.members
    ]
    assert shipped == expected


def test_member_fields(example: dict[str, Any]) -> None:
    for member in example["members"]:
        assert set(member) == {
            "last_name",
            "first_name",
            "middle_name",
            "gender",
            "position",
            "organisation",
            "role",
        }
        Gender(member["gender"])
        assert all(isinstance(value, str) and value for value in member.values())


def test_organisations(example: dict[str, Any]) -> None:
    organisations = {m["last_name"]: m["organisation"] for m in example["members"]}
    assert organisations["Хмелева"] == ADMINISTRATION
    assert organisations["Денисенкова"] == "МБУ «Архитектурно-планировочное бюро» г. Белово"
    assert organisations["Жуков"] == "МБУ «Управление капитального строительства г. Белово»"
    assert organisations["Соловьев"] == "МКУ «Служба заказчика ЖКХ»"
    assert organisations["Гусарова"] == (
        "Комитет социальной защиты населения Беловского городского округа"
    )
    # The institution a position names is the organisation; everyone else is in the
    # Administration.
    for member in example["members"]:
        if member["organisation"] != ADMINISTRATION:
            assert member["organisation"].split("»")[0].split(" ", 1)[1] in member["position"]


# --- the meetings of 2024 («Открыть пример», `demo`) ---------------------------------------


def _meetings(session, body_id: int) -> list:
    from desktop_app.store import meetings as m

    return m.list_meetings(session, body_id, 2024)


def test_four_meetings_of_2024_one_per_quarter(database, example_meetings) -> None:
    from desktop_app.domain.meeting import MeetingForm, ProtocolForm
    from desktop_app.store import meetings as m

    with database.session() as s:
        rows = _meetings(s, example_meetings)
        quarters = m.quarter_overview(s, example_meetings, 2024)
        forms = [m.meeting_state(s, row.id).protocol_form for row in rows]
        assert m.meeting_years(s, example_meetings) == [2024]
    assert [row.number for row in rows] == [1, 2, 3, 4]
    assert [len(q.meetings) for q in quarters] == [1, 1, 1, 1]
    assert not any(q.flagged for q in quarters)
    assert [row.form for row in rows] == [
        MeetingForm.IN_PERSON,
        MeetingForm.IN_PERSON,
        MeetingForm.CORRESPONDENCE,
        MeetingForm.IN_PERSON,
    ]
    assert forms.count(ProtocolForm.SHORT) == 1 and forms[2] is ProtocolForm.SHORT
    for row in rows:
        assert row.day.weekday() < 5  # working days
        assert 2 <= row.items <= 4
        if row.form is MeetingForm.IN_PERSON:
            assert row.start is not None and row.start.hour in (10, 14)
            assert row.venue.startswith("г. Белово, ул. Советская, 21")


def test_statuses_and_versions(database, example_meetings) -> None:
    from desktop_app.domain.meeting import MeetingStatus
    from desktop_app.store import meetings as m
    from desktop_app.store.protocol import protocol_data

    with database.session() as s:
        rows = _meetings(s, example_meetings)
        versions = [m.protocol_versions(s, row.id) for row in rows]
        q2 = rows[1].id
        before, after = protocol_data(s, q2, version=1), protocol_data(s, q2)
        states = [m.meeting_state(s, row.id) for row in rows]
    assert [row.status for row in rows] == [MeetingStatus.SIGNED] * 3 + [MeetingStatus.HELD]
    assert [len(v) for v in versions] == [1, 2, 1, 0]
    assert versions[1][0].reason == ""
    assert versions[1][1].reason.startswith("уточнен срок исполнения поручения 1.2")
    assert format_date(versions[1][1].signed_on) == "01.07.2024"
    assert before.item(1).decisions[1].deadline == date(2024, 9, 1)
    assert after.item(1).decisions[1].deadline == date(2024, 10, 1)
    assert after.amendments[0].reason == versions[1][1].reason
    # Nothing is left open: no amendment in progress, Q4 waits for its signature.
    assert all(state.amendment_on is None for state in states)
    assert states[3].signed_on is None and not states[3].locked


def test_quorum_and_votes_fit_the_attendance(database, example_meetings) -> None:
    from desktop_app.domain.meeting import MeetingForm, VoteCount
    from desktop_app.store import meetings as m

    with database.session() as s:
        for row in _meetings(s, example_meetings):
            state = m.quorum(s, row.id)
            marks = m.attendance(s, row.id)
            absent = [a for a in marks if a.present is False]
            assert state.reached, row.reference
            assert state.members == 23 and all(a.present is not None for a in marks)
            assert 2 <= len(absent) <= 5 and all(a.reason is not None for a in absent)
            assert state.present == len(marks) - len(absent)
            items = m.agenda_items(s, row.id)
            assert all(item.heard and item.decisions for item in items)
            if row.form is MeetingForm.IN_PERSON:
                assert all(item.discussion for item in items)
            votes = m.ballots(s, row.id)
            for item in items:
                for decision in item.decisions:
                    assert decision.votes is not None and decision.adopted, decision.number
                    assert decision.votes.total == state.present, decision.number
                    if row.form is MeetingForm.CORRESPONDENCE:
                        cast = [v for (d, _), v in votes.items() if d == decision.id]
                        assert VoteCount.of(cast) == decision.votes
            if row.form is MeetingForm.CORRESPONDENCE:
                present = {a.entry.person_id for a in marks if a.present}
                assert {person for _, person in votes} == present


def test_the_chair_absent_once_and_a_deputy_presides(database, example_meetings) -> None:
    from desktop_app.store.protocol import protocol_data

    with database.session() as s:
        data = [protocol_data(s, row.id) for row in _meetings(s, example_meetings)]
    presiding = [(d.presiding.title, d.presiding.name) for d in data]
    assert presiding[1] == ("Председательствующий", "М.П.\u00a0Мерзлякова")
    assert all(
        p == ("Председатель", "К.В.\u00a0Хмелева") for i, p in enumerate(presiding) if i != 1
    )
    chair = next(member for member in data[1].members if member.role is Role.CHAIR)
    assert chair.present is False and chair.absence == "отпуск"
    assert all(d.secretary.name == "Е.В.\u00a0Проскуракова" for d in data)


def test_protocol_data_builds_for_every_meeting(database, example_meetings) -> None:
    from desktop_app.domain.protocol import ProtocolData
    from desktop_app.store.protocol import protocol_data

    with database.session() as s:
        rows = _meetings(s, example_meetings)
        data = [protocol_data(s, row.id) for row in rows]
        live = [protocol_data(s, row.id, live=True) for row in rows]
    for kept, now in zip(data, live, strict=True):
        assert ProtocolData.from_json(kept.to_json()) == kept
        assert kept.items == now.items and kept.members == now.members
    assert [d.number for d in data] == [1, 2, 3, 4]
    assert len(data[2].ballots) == len(data[2].present) == 20
    assert data[0].invited[0].organisation == "АНО «Центр компетенций Кузбасса»"
    assert [i.name for i in data[3].invited] == ["Лапина\u00a0О.С.", "Трофимова\u00a0Н.И."]
    deadlines = [d.deadline_label for item in data[0].items for d in item.decisions]
    assert "ежеквартально до 5 числа месяца, следующего за отчетным кварталом" in deadlines
    assert "20.12.2024" in deadlines


def test_distribution_of_the_first_protocol(database, example_meetings) -> None:
    from desktop_app.domain.meeting import DistributionMethod
    from desktop_app.store import distribution
    from desktop_app.store.roster import roster_on

    with database.session() as s:
        q1 = _meetings(s, example_meetings)[0]
        sent = distribution.deliveries(s, q1.id)
        members = {e.person_id for e in roster_on(s, example_meetings, q1.day)}
    by_mail = {d.person_id for d in sent if d.method is DistributionMethod.EMAIL}
    assert by_mail == members
    paper = [d for d in sent if d.method is DistributionMethod.PAPER]
    assert len(paper) == 1 and paper[0].recipient.startswith("Курносов А.В.")
    assert all(format_date(d.sent_on) == "19.03.2024" for d in sent)


def test_proposals_one_accepted_one_deferred(database, example_meetings) -> None:
    from desktop_app.store import meetings as m

    with database.session() as s:
        proposals = m.list_proposals(s, example_meetings)
        q2 = _meetings(s, example_meetings)[1]
        titles = [item.title for item in m.agenda_items(s, q2.id)]
    assert [(p.proposed_by, p.status_label) for p in proposals] == [
        ("Гусарова\u00a0С.В.", "включено в повестку"),
        ("Ивашко\u00a0И.В.", "перенесено"),
    ]
    assert proposals[0].meeting_id == q2.id and proposals[0].title == titles[1]
    assert proposals[1].meeting_id is None


def test_the_secretary_can_sign_the_last_protocol(database, example_meetings) -> None:
    from desktop_app.domain.meeting import MeetingStatus
    from desktop_app.store import meetings as m

    with database.session() as s:
        q4 = _meetings(s, example_meetings)[3]
        m.sign_protocol(s, q4.id, date(2024, 12, 16))
        assert m.meeting_state(s, q4.id).status is MeetingStatus.SIGNED


def test_meetings_json_names_only_known_people(example: dict[str, Any]) -> None:
    from desktop_app.store.example import load_meetings_data

    data = load_meetings_data()
    known = {m["last_name"] for m in example["members"]} | set(data["invitees"])
    named = set()
    for meeting in data["meetings"]:
        named |= set(meeting.get("invited", [])) | {a["who"] for a in meeting.get("absent", [])}
        named |= {p["by"] for p in meeting.get("deferred_proposals", [])}
        for item in meeting["items"]:
            named |= set(item.get("speakers", []))
            for decision in item["decisions"]:
                named |= set(decision.get("against", [])) | set(decision.get("abstained", []))
    assert named <= known


def test_the_example_has_assignments_on_control(database, example_meetings) -> None:
    """The signed protocols' decisions are on control: some executed, some overdue, some
    extended (by the chair or by the amendment of protocol № 2), one taken off control;
    the quarterly reports of the plan are overdue since 05.01.2025."""
    from desktop_app.domain.assignment import StatusFilter
    from desktop_app.store import assignments as a

    today = date(2026, 11, 22)
    with database.session() as s:
        rows = a.list_assignments(
            s, a.AssignmentQuery(today=today, status=StatusFilter.ALL), 0, 100
        )
        figure = a.discipline(s, today, body_id=example_meetings)
        overview = a.today_overview(s, today)
    statuses = Counter(row.status_text for row in rows)
    assert statuses == {"исполнено": 8, "просрочено": 4, "снято с контроля": 1}
    assert sum(row.extended for row in rows) == 3
    assert sum(row.meeting_id is None for row in rows) == 2  # the chair's instructions
    assert (figure.total, figure.on_time, figure.late, figure.removed) == (13, 7, 1, 1)
    assert [row.deadline for row in overview.reports_due] == [date(2025, 1, 5)]
    assert [line.number for line in overview.unsigned] == [4]


# --- the plans of measures (issue 5) ----------------------------------------------------------
BELOVO_BODY = "Рабочая группа по бережливому управлению"
NK_BODY = "Рабочая группа по созданию производственно-управленческой системы Кузбасса"
EVERYONE = (
    "Администрация Беловского городского округа (отделы, управления, комитет)\n"
    "Муниципальные учреждения\n"
    "Совет народных депутатов Беловского городского округа"
)


def _example_plan(body: str, first_year: int):
    from desktop_app.store.example_plans import example_plans

    return next(p for b, p in example_plans() if b == body and p.first_year == first_year)


def test_the_belovo_plan_as_seed_002_words_it() -> None:
    from desktop_app.domain.plan import Registry

    plan = _example_plan(BELOVO_BODY, 2022)
    assert (plan.first_year, plan.last_year) == (2022, 2024)
    assert plan.approved_by == (
        "распоряжением Администрации Беловского городского округа от 18.10.2022 № 41-Р"
    )
    assert plan.title.startswith("План мероприятий, направленных на внедрение инструментов")
    assert [item.number for item in plan.items] == [
        "1", "1.1", "1.2", "1.2", "1.3", "1.4", "1.5",
        "2", "2.1", "2.2", "2.3", "2.4", "2.5",
        "3", "3.1", "3.2", "3.3", "3.4",
    ]  # fmt: skip
    by_number = {}
    for item in plan.items:
        by_number.setdefault(item.number, item)
    sections = [item.name for item in plan.items if item.is_section]
    assert sections == [
        "Мероприятия, регулярно проводимые в течение года, при реализации принципов "
        "бережливого управления",
        "Обучение основам бережливого управления и повышение квалификации",
        "Организационные мероприятия",
    ]
    second = plan.items[3]
    assert second.name == (
        "Проведение самостоятельной оценки значимости реализованных бережливых проектов"
    )
    assert second.targets == {2022: "До 20.11.2022"}
    assert second.executors_text == (
        "Управление образования Администрации Беловского городского округа (далее УО)\n"
        "Комитет социальной защиты населения Беловского городского округа (далее КСЗН)"
    )
    expected = {
        "1.1": ["постоянно"] * 3,
        "1.2": ["До 01.12.2022", "До 01.12.2023", "До 01.06.2024"],
        "1.3": ["Не менее 2 в год", "Не менее 3 в год", "Не менее 4 в год"],
        "1.4": ["Не менее 1 проекта в год", "Не менее 2 проектов в год"]
        + ["Не менее 2 проектов в год"],
        "1.5": ["15%", "30%", "40%"],
        "2.1": ["Не менее 2 чел", "Не менее 3 чел", "Не менее 4 чел"],
        "2.2": [
            "Постоянно не менее 1 чел",
            "Постоянно не менее 2 чел.",
            "Постоянно не менее 3 чел.",
        ],
        "2.3": ["постоянно"] * 3,
        "2.4": ["по мере необходимости"] * 3,
        "2.5": ["постоянно"] * 3,
        "3.1": ["0", "1", "1"],
        "3.2": ["4", "4", "4"],
        "3.3": ["0", "1", "1"],
    }
    for number, words in expected.items():
        assert [by_number[number].targets[year] for year in (2022, 2023, 2024)] == words
    assert by_number["3.4"].targets == {2023: "1", 2024: "1"}  # nothing printed for 2022
    assert {n: by_number[n].registry for n in ("1.3", "1.4", "1.5", "2.1", "2.2")} == {
        "1.3": Registry.PROPOSALS,
        "1.4": Registry.LEAN_PROJECTS,
        "1.5": Registry.REPLICATED_SHARE,
        "2.1": Registry.TRAINING_EXTERNAL,
        "2.2": Registry.TRAINING_INTERNAL,
    }
    assert all(by_number[n].registry is None for n in ("1.1", "2.3", "3.1", "3.2"))
    short = {unit.name: unit.short_name for unit in plan.units}
    assert [short[name] for name in by_number["1.3"].executors] == [
        "УЭР", "УО", "КСЗН", "ОИТ", "УАиГ", "ИМЦ", "МФЦ", "СНД",
    ]  # fmt: skip
    assert by_number["1.3"].executors_text == EVERYONE
    assert [short[name] for name in by_number["2.4"].executors] == ["ЦКК", "УЭР", "ИМЦ"]
    assert [short[name] for name in by_number["3.1"].executors] == ["УО", "КСЗН"]
    assert [short[name] for name in by_number["3.2"].executors] == ["УЭР"]
    assert by_number["3.4"].executors_text == "Администрация Беловского городского округа"
    assert by_number["2.1"].name == (
        "Обучение (повышение квалификации) основам бережливого производства (управления) при "
        "наличии квоты от АНО «Центр компетенций Кузбасса». Количество обученных сотрудников."
    )


def test_the_belovo_units_as_the_registries_name_them() -> None:
    from desktop_app.store.example_plans import example_units, load_plans_data

    units = example_units(load_plans_data(), BELOVO_BODY)
    assert [(unit.short_name, unit.group) for unit in units] == [
        ("УЭР", "Администрация Беловского городского округа (отделы, управления, комитет)"),
        ("УО", "Администрация Беловского городского округа (отделы, управления, комитет)"),
        ("КСЗН", "Администрация Беловского городского округа (отделы, управления, комитет)"),
        ("ОИТ", "Администрация Беловского городского округа (отделы, управления, комитет)"),
        ("УАиГ", "Администрация Беловского городского округа (отделы, управления, комитет)"),
        ("ИМЦ", "Муниципальные учреждения"),
        ("МФЦ", "Муниципальные учреждения"),
        ("СНД", "Совет народных депутатов Беловского городского округа"),
        ("ЦКК", "Внешние организации"),
    ]
    assert units[6].name == (
        "МБУ «Многофункциональный центр предоставления государственных и муниципальных услуг»"
    )
    assert units[5].name == "МБУ «Информационно-методический центр г.Белово»"
    # executors since the act of 18.10.2022; the МФЦ joined in the middle of 2023
    assert {unit.joined_on for unit in units if unit.short_name != "МФЦ"} == {date(2022, 10, 18)}
    assert units[6].joined_on == date(2023, 7, 1)


def test_the_novokuznetsk_plan_as_seed_003_words_it() -> None:
    from desktop_app.domain.plan import Registry

    plan = _example_plan(NK_BODY, 2019)
    assert (plan.first_year, plan.last_year) == (2019, 2021)
    assert plan.title == (
        "План работы по организации создания производственно-управленческой системы "
        "Кузбасса в муниципальном образовании «Новокузнецкий муниципальный район» на "
        "2019-2021 годы"
    )
    items = {item.number: item for item in plan.items}
    assert list(items) == ["1", "1.1", "1.2", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5"]
    assert items["1"].is_section and items["3"].is_section
    assert not items["2"].is_section  # a measure numbered like a section
    assert items["1.1"].targets == {2019: "Второй квартал 2019 года"}
    assert items["2"].targets == dict.fromkeys((2019, 2020, 2021), "Ежемесячно")
    assert items["3.1"].term == "Второй квартал 2019 года, далее - по мере необходимости"
    assert items["3.1"].targets == {
        2019: "Второй квартал 2019 года",
        2020: "по мере необходимости",
        2021: "по мере необходимости",
    }
    assert items["3.1"].expected_result == "Паспорта пилотных лин-проектов"
    assert items["3.2"].targets == {
        2019: "5 пилотных лин-проектов в год",
        2020: "10 пилотных лин-проектов в год",
        2021: "15 пилотных лин-проектов в год",
    }
    assert items["3.3"].targets == {
        2019: "15 лин-проектов в год",
        2020: "20 лин-проектов в год",
        2021: "30 лин-проектов в год",
    }
    assert (items["3.2"].registry, items["3.3"].registry) == (
        Registry.LEAN_PILOTS,
        Registry.LEAN_REPLICATIONS,
    )
    assert items["3.4"].term == "Ежегодно, по итогам 2019-2021 годов"
    assert items["3.5"].targets == dict.fromkeys((2019, 2020, 2021), "Ежеквартально")
    assert items["3.5"].expected_result == (
        "Оперативная информации о выполненной работе по созданию производственно-"
        "управленческой системы Кузбасса"
    )  # the seed's own words, its slip included
    assert items["1.1"].executors_text == (
        "Руководители структурных подразделений администрации Новокузнецкого муниципального "
        "района,\nглавы сельских поселений муниципального образования «Новокузнецкий "
        "муниципальный район» (по согласованию)"
    )
    groups = {unit.group for unit in plan.units}
    assert groups == {
        "Структурные подразделения администрации Новокузнецкого муниципального района",
        "Администрации сельских поселений муниципального образования «Новокузнецкий "
        "муниципальный район» (по согласованию)",
    }
    assert plan.units[0].name == (
        "Отдел экономического прогнозирования и потребительского рынка администрации "
        "Новокузнецкого муниципального района"
    )
    assert sum(unit.name.endswith("сельского поселения") for unit in plan.units) == 4
    assert set(items["3.5"].executors) == {unit.name for unit in plan.units}


def test_every_target_of_the_example_is_understood() -> None:
    from desktop_app.domain.plan import check_plan, parse_item_target
    from desktop_app.domain.plan_target import TargetKind
    from desktop_app.store.example_plans import example_plans

    kinds = set()
    for _, plan in example_plans():
        assert check_plan(plan) == []
        for item in plan.items:
            for text in item.targets.values():
                kinds.add(parse_item_target(text, item.registry).kind)
    assert kinds == set(TargetKind)  # every kind of target the seeds show


def test_the_example_plans_are_loaded_with_the_second_body(database, example_meetings) -> None:
    from desktop_app.store import plans as p
    from desktop_app.store.bodies import body_fields, find_body
    from desktop_app.store.example_plans import example_plans

    with database.session() as s:
        nk = find_body(s, NK_BODY)
        fields = body_fields(s, nk)
        stored = {
            (body_id, plan.first_year): p.plan_data(s, plan.id)
            for body_id in (example_meetings, nk)
            for plan in p.plans(s, body_id)
        }
        belovo_units = [unit.short_name for unit in p.units(s, example_meetings)]
    assert (fields.act_kind.label, fields.act_number, format_date(fields.act_date)) == (
        "постановление",
        "16",
        "21.05.2019",
    )
    assert fields.organisation == "Администрация Новокузнецкого муниципального района"
    assert fields.report_day == 3
    shipped = {
        (example_meetings if body == BELOVO_BODY else nk, plan.first_year): plan
        for body, plan in example_plans()
    }
    assert stored == shipped
    assert sorted(shipped) == sorted(
        [(example_meetings, 2022), (example_meetings, 2025), (nk, 2019)]
    )
    assert belovo_units == ["УЭР", "УО", "КСЗН", "ОИТ", "УАиГ", "ИМЦ", "МФЦ", "СНД", "ЦКК"]


def test_the_example_roster_fixture_has_no_plans(database, example_body) -> None:
    from desktop_app.store import plans as p
    from desktop_app.store.bodies import list_bodies

    with database.session() as s:
        assert p.plans(s, example_body) == [] and p.units(s, example_body) == []
        assert len(list_bodies(s)) == 1


def test_the_reports_follow_the_rules_of_the_store(database, example_meetings) -> None:
    """Written in bulk for speed, the example's reports obey what save_report enforces."""
    from sqlalchemy import select

    from desktop_app.domain.meeting import quarter_end
    from desktop_app.store.models import ExecutorUnit, Plan, PlanItem, PlanItemExecutor, PlanReport

    with database.session() as s:
        executors = {
            (item, unit)
            for item, unit in s.execute(select(PlanItemExecutor.item_id, PlanItemExecutor.unit_id))
        }
        rows = s.execute(
            select(PlanReport, Plan.first_year, Plan.last_year, PlanItem.fact_registry)
            .join(PlanItem, PlanItem.id == PlanReport.item_id)
            .join(Plan, Plan.id == PlanItem.plan_id)
        ).all()
        joined = {u: day for u, day in s.execute(select(ExecutorUnit.id, ExecutorUnit.joined_on))}
        assert len(rows) > 900
        for report, first, last, registry in rows:
            assert (report.item_id, report.unit_id) in executors
            assert first <= report.year <= last and registry is None
            assert report.fact is not None or report.done_on or report.text
            assert report.fact is None or 0 <= report.fact <= 1_000_000
            end = quarter_end(report.year, report.quarter)
            assert report.done_on is None or report.done_on <= end
            assert joined[report.unit_id] is None or joined[report.unit_id] <= end
            assert report.reported_on > end


def test_the_plan_today_is_a_realistic_mix(database, example_meetings) -> None:
    """On 22.11.2026: the plan 2025–2027 has measures done, on time and behind; the
    year 2025 ended with some done and some failed; the ОИТ has not reported for the
    III quarter of 2026 (due 03.10.2026); the МФЦ joined in the middle of 2023."""
    from desktop_app.domain.plan_target import TargetStatus
    from desktop_app.store import plans as p

    today = date(2026, 11, 22)
    with database.session() as s:
        by_years = {plan.first_year: plan.id for plan in p.plans(s, example_meetings)}
        now = p.plan_status(s, by_years[2025], 2026, today)
        last_year = p.plan_status(s, by_years[2025], 2025, today)
        y2023 = p.plan_status(s, by_years[2022], 2023, today)
        missing = p.missing_reports(s, today)
    counts = now.counts()
    assert counts[TargetStatus.DONE] and counts[TargetStatus.ON_TRACK]
    assert counts[TargetStatus.BEHIND]
    assert last_year.counts()[TargetStatus.DONE] and last_year.counts()[TargetStatus.FAILED]
    assert [(m.unit_name, m.year, m.quarter, format_date(m.due)) for m in missing] == [
        ("ОИТ", 2026, 3, "03.10.2026")
    ]
    item = next(i for i in now.items if i.number == "1.1")
    statuses = {line.label: line.status for line in item.executors}
    assert statuses["ОИТ"] is TargetStatus.BEHIND and statuses["УЭР"] is TargetStatus.ON_TRACK
    assert 3 in next(line for line in item.executors if line.label == "УЭР").texts
    q32 = next(i for i in now.items if i.number == "3.2")
    assert q32.total.total == 3 and q32.status is TargetStatus.ON_TRACK  # 3 notes of 4
    self_check = next(i for i in y2023.items if i.number == "1.1")
    mfc = next(line for line in self_check.executors if line.label == "МФЦ")
    assert mfc.reported == frozenset({3, 4}) and mfc.status is TargetStatus.DONE
