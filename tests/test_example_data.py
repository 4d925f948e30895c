"""The shipped example («Открыть пример»): the Belovo working group of act 41-р.

The JSON was generated from the act with the roster parser and checked by hand; this test
keeps the two in agreement, so a parser change or a hand edit that drifts is caught.
"""

from __future__ import annotations

import json
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
