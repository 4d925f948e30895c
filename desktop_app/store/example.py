"""The example database: the Belovo working group of распоряжение № 41-р от 18.10.2022,
shipped as ``resources/example/belovo.json``, and its meetings of 2024 (the last year of
its plan of measures), shipped as ``resources/example/belovo_meetings.json``.

The meetings are written through the store's own functions, in the order a secretary
works (agenda, approval, attendance, minutes, held, signed, sent, amended), so the example
obeys every rule the program enforces.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.body import BodyFields
from desktop_app.domain.meeting import (
    AbsenceReason,
    DistributionMethod,
    MeetingForm,
    ProtocolForm,
    Vote,
    VoteCount,
    parse_time,
)
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, QuorumRule, Role
from desktop_app.resources import resource_path
from desktop_app.store import distribution
from desktop_app.store import meetings as m
from desktop_app.store.bodies import body_id_by_name, create_body
from desktop_app.store.roster import ActFields, add_members, roster_on

MEETINGS_FILE = "belovo_meetings.json"


def load_example_data() -> dict:
    return json.loads(resource_path("example", "belovo.json").read_text(encoding="utf-8"))


def load_meetings_data() -> dict:
    return json.loads(resource_path("example", MEETINGS_FILE).read_text(encoding="utf-8"))


def load_example(session: Session, *, meetings: bool = True, plans: bool | None = None) -> int:
    """Add the example body with its roster and, unless ``meetings`` is False, its four
    meetings of 2024; with ``plans`` (by default when ``meetings``) its plans of measures
    with the executors' reports and registries, and the second example body (Novokuznetsk
    district) with its plan. Return the Belovo body's id. Loading it twice is refused.

    The audit trail is off while it loads (``store.audit.audit_paused``): the example is
    nobody's official record, and the loading stays fast."""
    from desktop_app.store.audit import audit_paused

    with audit_paused(session):
        return _load_example(session, meetings=meetings, plans=plans)


def _load_example(session: Session, *, meetings: bool, plans: bool | None) -> int:
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
                last_name=member["last_name"],
                first_name=member["first_name"],
                middle_name=member["middle_name"],
                gender=Gender(member["gender"]) if member.get("gender") else None,
                position=member["position"],
                organisation=member.get("organisation", ""),
            ),
            Role(member["role"]),
        )
        for member in data["members"]
    ]
    act = ActFields(
        ActKind(body_data["act_kind"]),
        body_data["act_number"],
        act_date,
        "Создание рабочей группы и утверждение ее состава",
    )
    add_members(session, body_id, members, act_date, act)
    if meetings:
        meetings_data = load_meetings_data()
        _MeetingsLoader(session, body_id, meetings_data).load()
        _load_control(session, body_id, meetings_data["control"])
    if meetings if plans is None else plans:
        from desktop_app.store.example_plans import load_example_plans
        from desktop_app.store.registries import load_example_registries

        load_example_plans(session, body_id)
        load_example_registries(session, body_id)
    return body_id


def _load_control(session: Session, body_id: int, data: dict[str, Any]) -> None:
    """The execution of the decisions the signed protocols put on control, and the
    chair's instructions between meetings — through the store, so every rule holds."""
    from sqlalchemy import select

    from desktop_app.store import assignments
    from desktop_app.store.models import Assignment, Meeting

    def follow(assignment_id: int, entry: dict[str, Any]) -> None:
        for extension in entry.get("extensions", ()):
            assignments.extend_deadline(
                session,
                assignment_id,
                date.fromisoformat(extension["new_deadline"]),
                date.fromisoformat(extension["decided_on"]),
                extension["reason"],
            )
        for report in entry.get("reports", ()):
            assignments.report_execution(
                session,
                assignment_id,
                assignments.ReportFields(
                    date.fromisoformat(report["date"]),
                    report["text"],
                    report.get("accepted_by", ""),
                    final=report.get("final", True),
                ),
            )
        if removed := entry.get("removed"):
            assignments.remove_from_control(
                session, assignment_id, date.fromisoformat(removed["date"]), removed["reason"]
            )

    for entry in data["decisions"]:
        number, decision = entry["decision"].split("/")
        assignment_id = session.scalar(
            select(Assignment.id)
            .join(Meeting, Meeting.id == Assignment.meeting_id)
            .where(
                Meeting.body_id == body_id,
                Meeting.number == int(number),
                Assignment.source.endswith(f"п. {decision}"),
            )
        )
        if assignment_id is None:
            raise LookupError(f"{MEETINGS_FILE}: решение {entry['decision']} не на контроле")
        follow(assignment_id, entry)
    for entry in data["instructions"]:
        assignment_id = assignments.create_assignment(
            session,
            assignments.AssignmentFields(
                body_id=body_id,
                text=entry["text"],
                executors=entry["executors"],
                given_on=date.fromisoformat(entry["given_on"]),
                deadline=_day(entry.get("deadline")),
                source=entry["source"],
            ),
        )
        follow(assignment_id, entry)


# --- the meetings of 2024 -----------------------------------------------------------------

# The JSON names forms, reasons and methods by the Russian words the program shows.
_FORMS = {form.label: form for form in MeetingForm}
_PROTOCOL_FORMS = {form.label: form for form in ProtocolForm}
_REASONS = {reason.label: reason for reason in AbsenceReason}
_METHODS = {method.label: method for method in DistributionMethod}
_TO_ALL = "всем членам"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class _MeetingsLoader:
    """Writes the meetings of ``belovo_meetings.json`` through the store, one by one."""

    def __init__(self, session: Session, body_id: int, data: dict[str, Any]) -> None:
        self.session = session
        self.body_id = body_id
        self.invitees: dict[str, dict[str, str]] = data["invitees"]
        self.meetings: list[dict[str, Any]] = data["meetings"]
        # Members by surname (the roster's surnames are unique); invitees once created.
        self.people = {e.last_name: e.person_id for e in roster_on(session, body_id)}

    def person(self, surname: str) -> int:
        if surname not in self.people:
            raise LookupError(f"{MEETINGS_FILE}: «{surname}» нет ни в составе, ни в invitees")
        return self.people[surname]

    def load(self) -> None:
        for meeting in self.meetings:
            self.load_meeting(meeting)

    def load_meeting(self, data: dict[str, Any]) -> int:
        s = self.session
        form = _FORMS[data["form"]]
        meeting_id = m.create_meeting(
            s,
            self.body_id,
            m.MeetingFields(
                day=_day(data["day"]),
                start=parse_time(data.get("start", "")),
                venue=data.get("venue", ""),
                form=form,
                protocol_form=_PROTOCOL_FORMS[data["protocol_form"]],
                note=data.get("note", ""),
            ),
        )
        for surname in data.get("invited", []):
            self.invite(meeting_id, surname)
        items = [self.add_item(meeting_id, item) for item in data["items"]]
        for proposal in data.get("deferred_proposals", []):
            proposal_id = m.add_proposal(
                s,
                self.body_id,
                proposal["title"],
                _day(proposal["on"]),
                self.person(proposal["by"]),
                meeting_id,
            )
            m.defer_proposal(s, proposal_id, None)
        m.approve_agenda(s, meeting_id, _day(data["agenda_approved_on"]))
        if not data.get("held"):
            return meeting_id
        # Those absent, with their reasons; everyone else is present (or, by
        # correspondence, returned a ballot: the ballots mark them present).
        absent = set()
        for mark in data["absent"]:
            person_id = self.person(mark["who"])
            m.set_attendance(s, meeting_id, person_id, False, _REASONS[mark["reason"]])
            absent.add(person_id)
        roster = roster_on(s, self.body_id, _day(data["day"]))
        voters = [e.person_id for e in roster if e.person_id not in absent]
        if form is not MeetingForm.CORRESPONDENCE:
            m.mark_unmarked_present(s, meeting_id)
        if "presiding" in data:
            m.set_presiding(s, meeting_id, self.person(data["presiding"]))
        ballots: dict[int, dict[int, Vote]] = {person_id: {} for person_id in voters}
        for item_id, item in zip(items, data["items"], strict=True):
            m.update_minutes(s, item_id, item.get("heard", ""), item.get("discussion", ""))
            for decision in item["decisions"]:
                votes = self.votes(decision, voters)
                fields = m.DecisionFields(
                    text=decision["text"],
                    responsible=decision.get("responsible", ""),
                    deadline=_day(decision.get("deadline")),
                    deadline_text=decision.get("deadline_text", ""),
                    votes=VoteCount.of(list(votes.values())),
                )
                decision_id = m.add_decision(s, item_id, fields)
                for person_id, vote in votes.items():
                    ballots[person_id][decision_id] = vote
        if form is MeetingForm.CORRESPONDENCE:  # the votes come from each опросный лист
            m.set_ballots(s, meeting_id, ballots)
        m.mark_held(s, meeting_id)
        if data.get("signed_on"):
            m.sign_protocol(s, meeting_id, _day(data["signed_on"]))
            for delivery in data.get("distribution", []):
                self.deliver(meeting_id, delivery)
        if "amendment" in data:
            self.amend(meeting_id, data["amendment"])
        return meeting_id

    def invite(self, meeting_id: int, surname: str) -> None:
        if surname in self.people:  # invited before: the same person again
            m.invite(self.session, meeting_id, person_id=self.people[surname])
            return
        fields = self.invitees[surname]
        person = PersonFields(
            last_name=surname,
            first_name=fields["first_name"],
            middle_name=fields["middle_name"],
            gender=Gender(fields["gender"]),
            position=fields["position"],
            organisation=fields["organisation"],
        )
        invitation_id = m.invite(self.session, meeting_id, person=person)
        invited = m.invitations(self.session, meeting_id)
        self.people[surname] = next(i.person_id for i in invited if i.id == invitation_id)

    def add_item(self, meeting_id: int, item: dict[str, Any]) -> int:
        s = self.session
        fields = m.ItemFields(
            title=item["title"],
            materials_by=item.get("materials_by", ""),
            speakers=[m.SpeakerRef(self.person(x)) for x in item.get("speakers", [])],
        )
        if "proposal" not in item:
            return m.add_item(s, meeting_id, fields)
        # A member's proposal accepted by the chair: it becomes the item, its author the
        # speaker.
        proposal = item["proposal"]
        proposal_id = m.add_proposal(
            s, self.body_id, item["title"], _day(proposal["on"]), self.person(proposal["by"])
        )
        item_id = m.accept_proposal(s, proposal_id, meeting_id)
        speakers = m.item_fields(s, item_id).speakers
        m.update_item(s, item_id, replace(fields, speakers=[*speakers, *fields.speakers]))
        return item_id

    def votes(self, decision: dict[str, Any], voters: list[int]) -> dict[int, Vote]:
        """Each voter's vote: «за» but for those named in ``against`` and ``abstained``."""
        named = {
            **{self.person(x): Vote.AGAINST for x in decision.get("against", [])},
            **{self.person(x): Vote.ABSTAINED for x in decision.get("abstained", [])},
        }
        if not set(named) <= set(voters):
            raise LookupError(f"{MEETINGS_FILE}: голосует отсутствующий: {decision['text']}")
        return {person_id: named.get(person_id, Vote.FOR) for person_id in voters}

    def deliver(self, meeting_id: int, delivery: dict[str, str]) -> None:
        method, sent_on = _METHODS[delivery["method"]], _day(delivery["on"])
        if delivery["to"] == _TO_ALL:
            distribution.send_to_all_members(self.session, meeting_id, method, sent_on)
        else:
            distribution.add_delivery(
                self.session,
                meeting_id,
                method=method,
                sent_on=sent_on,
                recipient=delivery["to"],
                note=delivery.get("note", ""),
            )

    def amend(self, meeting_id: int, amendment: dict[str, str]) -> None:
        """A correction of the signed protocol: one decision's deadline, a new version."""
        s = self.session
        m.begin_amendment(s, meeting_id, _day(amendment["on"]), amendment["reason"])
        decision_id = next(
            d.id
            for item in m.agenda_items(s, meeting_id)
            for d in item.decisions
            if d.number == amendment["decision"]
        )
        fields = m.decision_fields(s, decision_id)
        m.update_decision(s, decision_id, replace(fields, deadline=_day(amendment["deadline"])))
        m.sign_amendment(s, meeting_id)
