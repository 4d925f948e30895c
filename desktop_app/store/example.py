"""The example database: the Belovo working group of распоряжение № 41-р от 18.10.2022,
shipped as ``resources/example/belovo.json``."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.domain.body import BodyFields
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, QuorumRule, Role
from desktop_app.resources import resource_path
from desktop_app.store.bodies import body_id_by_name, create_body
from desktop_app.store.roster import ActFields, add_members


def load_example_data() -> dict:
    return json.loads(resource_path("example", "belovo.json").read_text(encoding="utf-8"))


def load_example(session: Session) -> int:
    """Add the example body with its roster; return its id. Loading it twice is refused."""
    data = load_example_data()
    body_data = data["body"]
    if body_id_by_name(session, body_data["short_name"]) is not None:
        from desktop_app.domain.errors import ValidationError

        raise ValidationError(f"пример «{body_data['short_name']}» уже загружен", "Пример")
    act_date = date.fromisoformat(body_data["act_date"])
    body_id = create_body(
        session,
        BodyFields(
            kind=BodyKind(body_data["kind"]),
            full_name=body_data["full_name"],
            full_name_genitive=body_data.get("full_name_genitive", ""),
            short_name=body_data["short_name"],
            organisation=body_data["organisation"],
            place=body_data["place"],
            act_kind=ActKind(body_data["act_kind"]),
            act_number=body_data["act_number"],
            act_date=act_date,
            quorum_rule=QuorumRule(body_data["quorum_rule"]),
            report_day=body_data["report_day"],
            meetings_per_quarter=body_data["meetings_per_quarter"],
        ),
    )
    members = [
        (
            PersonFields(
                last_name=m["last_name"],
                first_name=m["first_name"],
                middle_name=m["middle_name"],
                gender=Gender(m["gender"]) if m.get("gender") else None,
                position=m["position"],
                organisation=m.get("organisation", ""),
            ),
            Role(m["role"]),
        )
        for m in data["members"]
    ]
    act = ActFields(
        ActKind(body_data["act_kind"]),
        body_data["act_number"],
        act_date,
        "Создание рабочей группы и утверждение ее состава",
    )
    add_members(session, body_id, members, act_date, act)
    return body_id
