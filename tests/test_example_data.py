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


def test_example_loads_fast(tmp_path, capsys) -> None:
    """«Открыть пример» must feel instant: the body, roster and meetings in well under a
    second. Measured in processor time, best of two, so that other programs busy on the
    machine do not make the test flaky; the wall time is printed alongside."""
    import time

    from desktop_app.store.database import Database
    from desktop_app.store.example import load_example

    cpu, wall = [], []
    for attempt in range(2):
        database = Database(tmp_path / f"example{attempt}.sqlite3")
        started, started_cpu = time.perf_counter(), time.process_time()
        with database.session() as session:
            load_example(session)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        database.close()
    with capsys.disabled():
        print(f"\nexample loaded in {min(wall):.3f} s ({min(cpu):.3f} s of processor time)")
    assert min(cpu) < 1.0


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
