"""The roster in the database: rules, history by act, a person shared by bodies."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.body import BodyFields
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, Role
from desktop_app.store.bodies import body_fields, create_body, find_body, list_bodies, update_body
from desktop_app.store.roster import (
    ActFields,
    ChangeRole,
    Join,
    Leave,
    add_member,
    apply_roster_change,
    end_membership,
    list_acts,
    printed_roster,
    roster_on,
    update_person,
)


def person(
    last: str, first: str = "Иван", middle: str = "Петрович", position: str = ""
) -> PersonFields:
    return PersonFields(last_name=last, first_name=first, middle_name=middle, position=position)


@pytest.fixture
def body(database) -> int:
    with database.session() as session:
        return create_body(
            session,
            BodyFields(
                kind=BodyKind.COMMISSION,
                full_name="комиссия по охране труда",
                short_name="Охрана труда",
                organisation="Администрация города",
                place="г. Белово",
                act_number="7-р",
                act_date=date(2023, 1, 10),
            ),
        )


def test_body_genitive_and_lookup(database, body):
    with database.session() as session:
        fields = body_fields(session, body)
        assert fields.full_name_genitive == "комиссии по охране труда"
        assert find_body(session, "охрана ТРУДА") == body
        assert find_body(session, str(body)) == body
        with pytest.raises(LookupError, match="не найден"):
            find_body(session, "нет такого")


def test_body_short_name_unique_case_insensitive(database, body):
    with pytest.raises(ValidationError) as error, database.session() as session:
        create_body(session, BodyFields(full_name="комиссия", short_name="ОХРАНА ТРУДА"))
    assert error.value.field == "Краткое наименование"


def test_body_requires_full_name(database):
    with pytest.raises(ValidationError) as error, database.session() as session:
        create_body(session, BodyFields(full_name="  ", short_name="X"))
    assert error.value.field == "Полное наименование"


def test_one_chair_at_a_time(database, body):
    with database.session() as session:
        add_member(session, body, person("Иванов"), Role.CHAIR, date(2023, 1, 10))
    with pytest.raises(ValidationError) as error, database.session() as session:
        add_member(session, body, person("Петров"), Role.CHAIR, date(2023, 2, 1))
    assert error.value.field == "Роль"
    assert "Иванов Иван Петрович" in str(error.value)
    with database.session() as session:
        assert [e.last_name for e in roster_on(session, body, date(2023, 3, 1))] == ["Иванов"]


def test_same_person_not_twice(database, body):
    with database.session() as session:
        add_member(session, body, person("Иванов"), Role.MEMBER, date(2023, 1, 10))
        person_id = roster_on(session, body, date(2023, 1, 10))[0].person_id
    with pytest.raises(ValidationError, match="уже входит в состав"), database.session() as s:
        add_member(s, body, person_id, Role.DEPUTY, date(2023, 5, 1))


def test_surname_and_name_required(database, body):
    with pytest.raises(ValidationError) as error, database.session() as session:
        add_member(session, body, person("", "Иван"), Role.MEMBER, date(2023, 1, 10))
    assert error.value.field == "Фамилия"
    with pytest.raises(ValidationError) as error, database.session() as session:
        add_member(session, body, person("Иванов", ""), Role.MEMBER, date(2023, 1, 10))
    assert error.value.field == "Имя"


def test_leaving_keeps_history(database, body):
    with database.session() as session:
        membership = add_member(session, body, person("Иванов"), Role.MEMBER, date(2023, 1, 10))
        end_membership(session, membership, date(2023, 6, 1))
        assert roster_on(session, body, date(2023, 5, 31))[0].last_name == "Иванов"
        assert roster_on(session, body, date(2023, 6, 1)) == []
    with pytest.raises(ValidationError) as error, database.session() as session:
        end_membership(session, membership, date(2023, 7, 1))
    assert error.value.field == "Дата выбытия"


def test_change_by_act_replaces_chair_and_keeps_the_past(database, body):
    with database.session() as session:
        old_chair = add_member(session, body, person("Старов"), Role.CHAIR, date(2023, 1, 10))
        deputy = add_member(session, body, person("Замов"), Role.DEPUTY, date(2023, 1, 10))
        leaving = add_member(session, body, person("Уходов"), Role.MEMBER, date(2023, 1, 10))
        act = ActFields(ActKind.ORDER, "15-р", date(2024, 3, 1))
        apply_roster_change(
            session,
            body,
            act,
            [
                Leave(old_chair),
                Leave(leaving),
                ChangeRole(deputy, Role.CHAIR),
                Join(role=Role.DEPUTY, person=person("Новиков", "Олег", "Олегович")),
            ],
        )
    with database.session() as session:
        before = {e.last_name: e.role for e in roster_on(session, body, date(2024, 2, 29))}
        after = {e.last_name: e.role for e in roster_on(session, body, date(2024, 3, 1))}
        acts = list_acts(session, body)
    assert before == {"Старов": Role.CHAIR, "Замов": Role.DEPUTY, "Уходов": Role.MEMBER}
    assert after == {"Замов": Role.CHAIR, "Новиков": Role.DEPUTY}
    assert acts[0].reference == "распоряжение от 01.03.2024 № 15-р"
    assert (acts[0].joined, acts[0].left) == (2, 3)


def test_failed_act_changes_nothing(database, body):
    with database.session() as session:
        add_member(session, body, person("Старов"), Role.CHAIR, date(2023, 1, 10))
    act = ActFields(ActKind.ORDER, "16-р", date(2024, 3, 1))
    with pytest.raises(ValidationError), database.session() as session:
        apply_roster_change(
            session,
            body,
            act,
            [
                Join(role=Role.MEMBER, person=person("Первый")),
                Join(role=Role.CHAIR, person=person("Второй")),  # a second chair
            ],
        )
    with database.session() as session:
        assert [e.last_name for e in roster_on(session, body, date(2024, 3, 2))] == ["Старов"]
        assert list_acts(session, body) == []


def test_person_shared_by_bodies(database, body):
    with database.session() as session:
        other = create_body(session, BodyFields(full_name="совет по культуре", short_name="Совет"))
        add_member(
            session,
            body,
            person("Общий", position="заместитель главы"),
            Role.MEMBER,
            date(2023, 1, 10),
        )
        person_id = roster_on(session, body, date(2023, 2, 1))[0].person_id
        add_member(session, other, person_id, Role.CHAIR, date(2023, 1, 10))
        fields = person("Общий", position="первый заместитель главы")
        update_person(session, person_id, fields)
    with database.session() as session:
        for body_id in (body, other):
            assert (
                roster_on(session, body_id, date(2023, 2, 1))[0].position
                == "первый заместитель главы"
            )


def test_gender_guessed_from_patronymic(database, body):
    with database.session() as session:
        add_member(
            session, body, person("Петрова", "Анна", "Ивановна"), Role.MEMBER, date(2023, 1, 10)
        )
        assert roster_on(session, body, date(2023, 2, 1))[0].gender is Gender.FEMALE


def test_list_bodies_flags_missing_leadership(database, body):
    with database.session() as session:
        add_member(session, body, person("Старов"), Role.CHAIR, date(2023, 1, 10))
        summary = list_bodies(session, date(2023, 2, 1))[0]
    assert (summary.member_count, summary.has_chair, summary.has_secretary) == (1, True, False)


def test_example_roster_prints_in_order(database, example_body):
    with database.session() as session:
        roster = printed_roster(session, example_body, date(2024, 1, 1))
        assert printed_roster(session, example_body, date(2022, 10, 17)).entries == ()
    roles = [e.role for e in roster.entries]
    assert roles[:4] == [Role.CHAIR, Role.DEPUTY, Role.DEPUTY, Role.SECRETARY]
    members = [e.last_name for e in roster.entries[4:]]
    assert len(members) == 19 and members == sorted(members)
    assert roster.title.startswith("Состав рабочей группы по реализации бережливого управления")
    assert roster.approval_lines == (
        "Утвержден",
        "распоряжением администрации Беловского городского округа",
        "от 18.10.2022 №\u00a041-р",
    )


def test_update_body_keeps_roster(database, example_body):
    with database.session() as session:
        fields = body_fields(session, example_body)
        fields.report_day = 5
        update_body(session, example_body, fields)
        assert body_fields(session, example_body).report_day == 5
        assert len(roster_on(session, example_body, date(2024, 1, 1))) == 23
