"""Meetings in the store: numbering, the schedule, the agenda and its approval, attendance
and quorum, votes, signing and amendments, distribution and materials."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import (
    AbsenceReason,
    DistributionMethod,
    MeetingForm,
    MeetingStatus,
    Vote,
    VoteCount,
)
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import Role
from desktop_app.store import distribution, materials
from desktop_app.store import meetings as m
from desktop_app.store.protocol import protocol_data
from desktop_app.store.roster import find_people, roster_on

DAY = date(2023, 3, 15)


@pytest.fixture
def meeting(database, example_body) -> int:
    with database.session() as s:
        return m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, start=time(10), venue="каб. 305")
        )


def members(database, body_id):
    with database.session() as s:
        return roster_on(s, body_id, DAY)


def chair_id(database, body_id):
    return next(e.person_id for e in members(database, body_id) if e.role is Role.CHAIR)


def prepare_held(database, body_id, meeting_id, absent=()):
    """An approved agenda of one item, everyone present but ``absent``, marked held."""
    with database.session() as s:
        item = m.add_item(
            s,
            meeting_id,
            m.ItemFields(
                "О ходе реализации плана мероприятий",
                speakers=[m.SpeakerRef(chair_id(database, body_id))],
            ),
        )
        m.approve_agenda(s, meeting_id, date(2023, 3, 1))
        for person_id in absent:
            m.set_attendance(s, meeting_id, person_id, False, AbsenceReason.VACATION)
        m.mark_unmarked_present(s, meeting_id)
        m.mark_held(s, meeting_id)
    return item


def test_numbers_run_within_the_year_and_never_repeat(database, example_body, meeting):
    with database.session() as s:
        second = m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 6, 1)))
        next_year = m.create_meeting(s, example_body, m.MeetingFields(day=date(2024, 2, 1)))
        rows = {r.id: r.number for r in m.list_meetings(s, example_body)}
    assert rows[meeting] == 1 and rows[second] == 2 and rows[next_year] == 1
    with pytest.raises(ValidationError, match="№ 2 в 2023 году уже есть") as error:
        with database.session() as s:
            m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 9, 1), number=2))
    assert error.value.field == "Номер"
    with database.session() as s:
        assert len(m.list_meetings(s, example_body, 2023)) == 2


def test_quarter_without_a_meeting_is_flagged(database, example_body, meeting):
    with database.session() as s:
        quarters = m.quarter_overview(s, example_body, 2023)
        short = m.short_quarters(s, 2023)
    assert [q.flagged for q in quarters] == [False, True, True, True]
    assert quarters[0].meetings[0].meeting_id == meeting
    assert [q.quarter for q in short[example_body]] == [2, 3, 4]
    with database.session() as s:
        # The body was created in October 2022: its earlier quarters are not required.
        assert [q.flagged for q in m.quarter_overview(s, example_body, 2022)] == [
            False,
            False,
            False,
            True,
        ]


def test_approved_agenda_needs_reapproval_to_change(database, example_body, meeting):
    with database.session() as s:
        first = m.add_item(s, meeting, m.ItemFields("Первый вопрос"))
        second = m.add_item(s, meeting, m.ItemFields("Второй вопрос"))
        m.approve_agenda(s, meeting, date(2023, 3, 1))
    with pytest.raises(ValidationError, match="повестка утверждена председателем 01.03.2023"):
        with database.session() as s:
            m.add_item(s, meeting, m.ItemFields("Третий"))
    with database.session() as s:
        m.withdraw_approval(s, meeting)
        assert m.get_meeting(s, meeting).status == MeetingStatus.PLANNED
        m.move_item(s, second, -1)
        assert [i.id for i in m.get_meeting(s, meeting).items] == [second, first]
        assert [i.position for i in m.get_meeting(s, meeting).items] == [1, 2]


def test_proposal_accepted_into_the_agenda_or_deferred(database, example_body, meeting):
    member = members(database, example_body)[5].person_id
    with database.session() as s:
        later = m.create_meeting(s, example_body, m.MeetingFields(day=date(2023, 6, 1)))
        accepted = m.add_proposal(s, example_body, "О тиражировании проектов", DAY, member)
        deferred = m.add_proposal(s, example_body, "Об обучении", DAY, member, meeting)
        item_id = m.accept_proposal(s, accepted, meeting)
        m.defer_proposal(s, deferred, later)
        rows = {p.id: p for p in m.list_proposals(s, example_body)}
        fields = m.item_fields(s, item_id)
    assert rows[accepted].status_label == "включено в повестку"
    assert rows[deferred].meeting_id == later
    assert fields.title == "О тиражировании проектов"
    assert fields.speakers[0].person_id == member


def test_no_votes_without_quorum(database, example_body, meeting):
    roster = members(database, example_body)
    absent = [e.person_id for e in roster[: len(roster) // 2 + 1]]
    with database.session() as s:
        item = m.add_item(s, meeting, m.ItemFields("Вопрос"))
        for person_id in absent:
            m.set_attendance(s, meeting, person_id, False, AbsenceReason.BUSINESS_TRIP)
        m.mark_unmarked_present(s, meeting)
        state = m.quorum(s, meeting)
    assert not state.reached
    with pytest.raises(ValidationError, match="кворума нет") as error:
        with database.session() as s:
            m.add_decision(
                s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(10, 0, 1))
            )
    assert error.value.field == "Голосование"
    with database.session() as s:
        assert m.get_meeting(s, meeting).items[0].decisions == []
        # Without a vote the decision can be written (a draft before the meeting).
        m.add_decision(s, item, m.DecisionFields("Принять к сведению"))


def test_absent_chair_hands_over_to_a_deputy(database, example_body, meeting):
    roster = members(database, example_body)
    chair = next(e for e in roster if e.role is Role.CHAIR)
    deputy = next(e for e in roster if e.role is Role.DEPUTY)
    with database.session() as s:
        assert m.get_meeting(s, meeting).presiding_person_id == chair.person_id
        m.set_attendance(s, meeting, chair.person_id, False, AbsenceReason.ILLNESS)
        assert m.get_meeting(s, meeting).presiding_person_id == deputy.person_id
        with pytest.raises(ValidationError, match="заместитель"):
            m.set_presiding(s, meeting, chair.person_id)


def test_signed_protocol_changes_only_by_amendment(database, example_body, meeting):
    item = prepare_held(database, example_body, meeting)
    with database.session() as s:
        m.update_minutes(s, item, "Информацию о ходе реализации плана", "")
        decision = m.add_decision(
            s,
            item,
            m.DecisionFields(
                "Информацию принять к сведению",
                "Управление экономики",
                date(2023, 6, 30),
                votes=VoteCount(23, 0, 0),
            ),
        )
        m.sign_protocol(s, meeting, date(2023, 3, 16))
    attempts = [
        lambda s: m.update_minutes(s, item, "Другой текст", ""),
        lambda s: m.update_decision(s, decision, m.DecisionFields("Иное")),
        lambda s: m.add_decision(s, item, m.DecisionFields("Еще одно")),
        lambda s: m.set_attendance(s, meeting, chair_id(database, example_body), None),
        lambda s: m.update_meeting(s, meeting, m.MeetingFields(day=date(2023, 3, 20))),
        lambda s: m.delete_meeting(s, meeting),
        lambda s: m.withdraw_approval(s, meeting),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="подписан"):
            with database.session() as s:
                attempt(s)
    with database.session() as s:
        m.begin_amendment(s, meeting, date(2023, 3, 20), "Опечатка в сроке")
        m.update_decision(
            s,
            decision,
            m.DecisionFields(
                "Информацию принять к сведению",
                "Управление экономики",
                date(2023, 7, 31),
                votes=VoteCount(23, 0, 0),
            ),
        )
        assert m.sign_amendment(s, meeting) == 2
        versions = m.protocol_versions(s, meeting)
        before = protocol_data(s, meeting, version=1)
        after = protocol_data(s, meeting)
    assert [v.label for v in versions] == [
        "Подписан 16.03.2023",
        "Исправление от 20.03.2023: Опечатка в сроке",
    ]
    assert before.items[0].decisions[0].deadline == date(2023, 6, 30)
    assert after.items[0].decisions[0].deadline == date(2023, 7, 31)
    assert after.amendments[0].reason == "Опечатка в сроке"


def test_signed_protocol_prints_as_signed_after_a_rename(database, example_body, meeting):
    item = prepare_held(database, example_body, meeting)
    with database.session() as s:
        m.add_decision(s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(23, 0, 0)))
        m.sign_protocol(s, meeting, DAY)
        chair = s.get(m.Person, chair_id(database, example_body))
        chair.last_name = "Иванова"
    with database.session() as s:
        data = protocol_data(s, meeting)
    assert data.presiding.name == "К.В.\u00a0Хмелева"
    assert data.items[0].speakers[0].heard == "Хмелеву\u00a0К.В."


def test_protocol_data_from_the_rows(database, example_body, meeting):
    roster = members(database, example_body)
    absent = roster[-1]
    item = prepare_held(database, example_body, meeting, absent=[absent.person_id])
    with database.session() as s:
        m.invite(
            s,
            meeting,
            person=PersonFields("Петров", "Петр", "Петрович", position="директор"),
            organisation="МБУ «Центр»",
        )
        m.add_decision(s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(20, 1, 1)))
        data = protocol_data(s, meeting)
    assert data.number == 1 and data.day == DAY and data.start == time(10)
    assert data.presiding.title == "Председатель"
    assert data.secretary.name
    assert len(data.present) == len(roster) - 1
    assert data.absent[0].absence == "отпуск"
    assert data.invited[0].name == "Петров\u00a0П.П."
    assert data.invited[0].organisation == "МБУ «Центр»"
    decision = data.items[0].decisions[0]
    assert decision.number == "1.1" and decision.adopted
    assert data.heading.startswith("заседания рабочей группы")


def test_a_member_typed_as_a_new_invitee_is_refused(database, example_body, meeting):
    chair = next(e for e in members(database, example_body) if e.role is Role.CHAIR)
    typed = PersonFields(chair.last_name.upper(), chair.first_name, chair.middle_name)
    with pytest.raises(ValidationError, match="это член органа на дату заседания"):
        with database.session() as s:
            m.invite(s, meeting, person=typed, position="гость")
    with database.session() as s:
        assert m.invitations(s, meeting) == []
        assert len(find_people(s, chair.last_name)) == 1  # no twin was created


def test_votes_cannot_exceed_the_present(database, example_body, meeting):
    item = prepare_held(database, example_body, meeting)
    with pytest.raises(ValidationError, match="голосов 30"):
        with database.session() as s:
            m.add_decision(s, item, m.DecisionFields("Текст", votes=VoteCount(30, 0, 0)))


def test_correspondence_votes_come_from_ballots(database, example_body):
    roster = members(database, example_body)
    with database.session() as s:
        meeting = m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, form=MeetingForm.CORRESPONDENCE)
        )
        item = m.add_item(s, meeting, m.ItemFields("Об утверждении плана"))
        decision = m.add_decision(s, item, m.DecisionFields("Утвердить план"))
        for entry in roster[:15]:
            m.set_ballot(s, decision, entry.person_id, Vote.FOR)
        m.set_ballot(s, decision, roster[15].person_id, Vote.AGAINST)
        data = protocol_data(s, meeting)
        state = m.quorum(s, meeting)
    assert state.present == 16
    votes = data.items[0].decisions[0].votes
    assert (votes.votes_for, votes.against, votes.abstained) == (15, 1, 0)
    assert data.items[0].decisions[0].adopted
    assert len(data.ballots) == 16


def test_distribution_to_all_members(database, example_body, meeting):
    item = prepare_held(database, example_body, meeting)
    with pytest.raises(ValidationError, match="после подписания"):
        with database.session() as s:
            distribution.send_to_all_members(s, meeting, DistributionMethod.EMAIL, DAY)
    with database.session() as s:
        m.add_decision(s, item, m.DecisionFields("Принять к сведению", votes=VoteCount(23, 0, 0)))
        m.sign_protocol(s, meeting, DAY)
        first = distribution.send_to_all_members(s, meeting, DistributionMethod.EMAIL, DAY)
        again = distribution.send_to_all_members(s, meeting, DistributionMethod.PAPER, DAY)
        distribution.add_delivery(
            s, meeting, method=DistributionMethod.SED, sent_on=DAY, recipient="Прокуратура"
        )
        data = protocol_data(s, meeting)
    assert (first, again) == (23, 0)
    assert len(data.distribution) == 24
    assert data.distribution[-1].method == "СЭД"


def test_materials_are_copied_into_the_storage(database, example_body, meeting, tmp_path):
    source = tmp_path / "Доклад.pptx"
    source.write_bytes(b"slides")
    storage = materials.storage_dir(database.path)
    with database.session() as s:
        material_id = materials.attach_material(s, storage, meeting, source)
        rows = materials.materials(s, meeting)
    source.unlink()  # the original may move or vanish: the copy stays
    path = materials.material_path(storage, rows[0])
    assert rows[0].id == material_id and rows[0].file_name == "Доклад.pptx"
    assert path.read_bytes() == b"slides" and path.is_relative_to(storage)
    with pytest.raises(ValidationError, match="не найден"):
        with database.session() as s:
            materials.attach_material(s, storage, meeting, tmp_path / "нет.pdf")


def test_a_whole_ballot_at_once(database, example_body):
    """set_member_ballot: a member's опросный лист in one call, the same rules as
    set_ballot, one recount; a decision of another meeting is refused, nothing stored."""
    roster = members(database, example_body)
    with database.session() as s:
        meeting = m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, form=MeetingForm.CORRESPONDENCE)
        )
        item = m.add_item(s, meeting, m.ItemFields("Об утверждении плана"))
        first = m.add_decision(s, item, m.DecisionFields("Утвердить план"))
        second = m.add_decision(s, item, m.DecisionFields("Утвердить график"))
        for entry in roster[:14]:
            m.set_member_ballot(
                s, meeting, entry.person_id, {first: Vote.FOR, second: Vote.ABSTAINED}
            )
        m.set_member_ballot(s, meeting, roster[14].person_id, {first: Vote.AGAINST})
        other = m.create_meeting(
            s, example_body, m.MeetingFields(day=DAY, form=MeetingForm.CORRESPONDENCE)
        )
        foreign = m.add_decision(
            s, m.add_item(s, other, m.ItemFields("Иное")), m.DecisionFields("Да")
        )
    with pytest.raises(ValidationError, match="другому заседанию"):
        with database.session() as s:
            m.set_member_ballot(
                s, meeting, roster[15].person_id, {first: Vote.FOR, foreign: Vote.FOR}
            )
    with database.session() as s:
        data = protocol_data(s, meeting)
        assert m.quorum(s, meeting).present == 15
        # Clearing a member's only vote takes them out of the count again.
        m.set_member_ballot(s, meeting, roster[14].person_id, {first: None})
        assert m.quorum(s, meeting).present == 14
    one, two = data.items[0].decisions
    assert (one.votes.votes_for, one.votes.against, one.votes.abstained) == (14, 1, 0)
    assert (two.votes.votes_for, two.votes.against, two.votes.abstained) == (0, 0, 14)
    assert one.adopted and not two.adopted
