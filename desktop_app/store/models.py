"""The tables of the database. Enum-like columns store the codes of
``desktop_app.domain.vocabulary``; dates are dates, never text."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: The full-text index of the assignments and its shadow tables: made by migration 0004
#: in SQL (FTS5), unknown to the models.
SEARCH_INDEX = "assignment_search"


#: The journal's trigram index of the audit trail (migration 0006, SQL as well).
AUDIT_SEARCH_INDEX = "audit_search"


def is_model_table(name: str | None) -> bool:
    """False for the tables the models do not describe (Alembic's comparison skips them)."""
    return not (name or "").startswith((SEARCH_INDEX, AUDIT_SEARCH_INDEX))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Body(Base):
    """A standing body: рабочая группа, комиссия, совет."""

    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(Text)
    full_name_genitive: Mapped[str] = mapped_column(Text, default="")
    short_name: Mapped[str] = mapped_column(String(200), unique=True)
    organisation: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    act_kind: Mapped[str] = mapped_column(String(40), default="order")
    act_number: Mapped[str] = mapped_column(String(60), default="")
    act_date: Mapped[date | None] = mapped_column(Date)
    quorum_rule: Mapped[str] = mapped_column(String(40), default="more_than_half")
    report_day: Mapped[int] = mapped_column(default=3)
    meetings_per_quarter: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    memberships: Mapped[list[Membership]] = relationship(back_populates="body")
    acts: Mapped[list[RosterAct]] = relationship(back_populates="body")

    __table_args__ = (
        CheckConstraint("report_day BETWEEN 1 AND 31", name="report_day_in_month"),
        CheckConstraint("meetings_per_quarter BETWEEN 0 AND 31", name="meetings_per_quarter_sane"),
    )


class Person(Base):
    """A person: one record across all the bodies they sit in."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[str | None] = mapped_column(String(10))
    position: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Declined full names typed by hand; empty means «decline automatically».
    name_genitive: Mapped[str] = mapped_column(String(300), default="")
    name_dative: Mapped[str] = mapped_column(String(300), default="")
    name_accusative: Mapped[str] = mapped_column(String(300), default="")

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    __table_args__ = (Index("ix_person_name", "last_name", "first_name", "middle_name"),)


class RosterAct(Base):
    """An act that creates a body's roster or changes it: «распоряжение от 18.10.2022 № 41-р»."""

    __tablename__ = "roster_act"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(60), default="")
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    body: Mapped[Body] = relationship(back_populates="acts")


class Membership(Base):
    """A person's term in a body in one role: from ``start_date`` until ``end_date``
    (the first day they no longer sit; empty while they do). A change of role ends one
    term and starts another, so the history is never overwritten."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    side: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    start_act_id: Mapped[int | None] = mapped_column(
        ForeignKey("roster_act.id", ondelete="SET NULL"), index=True
    )
    end_act_id: Mapped[int | None] = mapped_column(
        ForeignKey("roster_act.id", ondelete="SET NULL"), index=True
    )

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")
    start_act: Mapped[RosterAct | None] = relationship(foreign_keys=[start_act_id])
    end_act: Mapped[RosterAct | None] = relationship(foreign_keys=[end_act_id])

    __table_args__ = (
        Index("ix_membership_body_dates", "body_id", "start_date", "end_date"),
        CheckConstraint("end_date IS NULL OR end_date > start_date", name="dates_in_order"),
    )


class Meeting(Base):
    """A meeting of a body: numbered in sequence within the calendar year (``year`` is the
    year of ``day``, kept as a column so that the number is unique per body and year)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    year: Mapped[int]
    number: Mapped[int]
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(20), default="in_person")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    protocol_form: Mapped[str] = mapped_column(String(10), default="full")
    presiding_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    agenda_approved_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    # An amendment being made to a signed protocol: its date and reason, until it is signed.
    amendment_on: Mapped[date | None] = mapped_column(Date)
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("body_id", "year", "number", name="uq_meeting_number"),
        Index("ix_meeting_body_day", "body_id", "day"),
        CheckConstraint("number > 0", name="number_positive"),
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    materials_by: Mapped[str] = mapped_column(Text, default="")
    heard: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    speakers: Mapped[list[Speaker]] = relationship(
        order_by="Speaker.position", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[Decision]] = relationship(
        order_by="Decision.position", cascade="all, delete-orphan"
    )


class Speaker(Base):
    """Who reports on an item: a person (member or invited) or a typed text."""

    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person | None] = relationship()


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    deadline_text: Mapped[str] = mapped_column(String(200), default="")
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstained: Mapped[int | None]
    adopted: Mapped[bool] = mapped_column(default=False)

    ballots: Mapped[list[BallotVote]] = relationship(cascade="all, delete-orphan")


class BallotVote(Base):
    """A member's vote on a decision from their опросный лист (correspondence meetings)."""

    __tablename__ = "ballot_vote"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    vote: Mapped[str] = mapped_column(String(10))


class Attendance(Base):
    """Whether a member was present; absent members have a reason."""

    __tablename__ = "attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    present: Mapped[bool]
    reason: Mapped[str | None] = mapped_column(String(20))
    reason_note: Mapped[str] = mapped_column(Text, default="")


class Invitation(Base):
    """A person who is not a member, invited to a meeting, with their position then."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    position: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("meeting_id", "person_id", name="uq_invitation_person"),)


class AgendaProposal(Base):
    """A member's proposal for the agenda: accepted into a meeting's agenda or deferred."""

    __tablename__ = "agenda_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    proposed_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))

    person: Mapped[Person | None] = relationship()


class ProtocolVersion(Base):
    """A signed protocol exactly as it was signed: the document data as JSON. The first
    version is the signature; each amendment adds one with its date and reason."""

    __tablename__ = "protocol_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int]
    signed_on: Mapped[date] = mapped_column(Date)
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (UniqueConstraint("meeting_id", "version", name="uq_protocol_version"),)


class Delivery(Base):
    """A copy of the protocol sent: to whom, when and how."""

    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(10))
    sent_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Material(Base):
    """A file attached to a meeting or an item, copied into the storage folder next to the
    database (``stored_name`` is relative to it)."""

    __tablename__ = "material"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(Text)
    stored_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Assignment(Base):
    """A поручение on control: a decision of a signed protocol with a responsible and a
    deadline, or an instruction entered by hand (``decision_id`` empty, ``source`` typed).

    ``deadline`` is the current deadline (for a recurring one, the next report's); an
    extension keeps the old date in ``DeadlineExtension``. «Просрочено» is not stored: it
    is ``on_control`` with a deadline before today. ``search_text`` is the folded text of
    the assignment, its source, executors and reports, and ``executors_text`` the folded
    names of its executors, both indexed by ``assignment_search`` (FTS5, kept by triggers
    of migration 0004).
    """

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), unique=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date, index=True)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    # The date the protocol gave (an amendment that changes it moves the deadline; one
    # that leaves it keeps the chair's extensions).
    protocol_deadline: Mapped[date | None] = mapped_column(Date)
    schedule_kind: Mapped[str | None] = mapped_column(String(20))
    schedule_day: Mapped[int | None]
    schedule_month: Mapped[int | None]
    deadline_note: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="on_control")
    closed_on: Mapped[date | None] = mapped_column(Date)
    removal_reason: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    executors_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    executors: Mapped[list[AssignmentExecutor]] = relationship(
        order_by="AssignmentExecutor.position", cascade="all, delete-orphan"
    )
    reports: Mapped[list[AssignmentReport]] = relationship(
        order_by="AssignmentReport.reported_on", cascade="all, delete-orphan"
    )
    extensions: Mapped[list[DeadlineExtension]] = relationship(
        order_by="DeadlineExtension.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_assignment_status_deadline", "status", "deadline"),
        Index("ix_assignment_body_status_deadline", "body_id", "status", "deadline"),
        Index("ix_assignment_status_given_on", "status", "given_on"),  # sorted by date given
        # Covers the discipline figures: counted without reading the texts.
        Index("ix_assignment_discipline", "given_on", "body_id", "status", "deadline", "closed_on"),
        CheckConstraint("status IN ('on_control', 'executed', 'removed')", name="status_known"),
    )


class AssignmentExecutor(Base):
    """A responsible of an assignment: a person or a unit as the protocol names them;
    the first (``lead``) answers for it, the others are co-executors. ``name_key`` is the
    folded name the lists search by."""

    __tablename__ = "assignment_executor"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    lead: Mapped[bool] = mapped_column(default=False)


class AssignmentReport(Base):
    """A report of execution: for a one-off assignment the one that closed it, for a
    recurring one the report for the period due on ``period_deadline``. An attached file
    is copied into the storage folder next to the database like a meeting's material."""

    __tablename__ = "assignment_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date)
    period_deadline: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    accepted_by: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    stored_name: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class DeadlineExtension(Base):
    """A deadline moved: the old and the new date, when and why."""

    __tablename__ = "deadline_extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    decided_on: Mapped[date] = mapped_column(Date)
    old_deadline: Mapped[date | None] = mapped_column(Date)
    new_deadline: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


# ----- the plan of measures (issue 5) ------------------------------------------------------------
class ExecutorUnit(Base):
    """An executor of a body's plans: a department or an institution. ``group`` is the
    heading the plan names it by («Муниципальные учреждения»); a unit that joined (or left)
    in the middle of a year owes the part of that year's targets it took part in."""

    __tablename__ = "executor_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    group_name: Mapped[str] = mapped_column(Text, default="")
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("body_id", "name", name="uq_executor_unit_body_name"),)


class Plan(Base):
    """A plan of measures of a body for ``first_year``–``last_year``."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    first_year: Mapped[int]
    last_year: Mapped[int]
    approved_by: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    items: Mapped[list[PlanItem]] = relationship(
        order_by="PlanItem.position", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("first_year <= last_year", name="years_in_order"),)


class PlanItem(Base):
    """A line of a plan: a section or a measure. ``number`` as printed («1.2»), ``term``
    and ``executors_text`` as the plan words them; ``fact_registry`` names where the fact is
    counted from (``domain.plan.Registry``), empty for the measures reported on."""

    __tablename__ = "plan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    position: Mapped[int]
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    expected_result: Mapped[str] = mapped_column(Text, default="")
    term: Mapped[str] = mapped_column(Text, default="")
    executors_text: Mapped[str] = mapped_column(Text, default="")
    fact_registry: Mapped[str | None] = mapped_column(String(40))

    targets: Mapped[list[PlanTarget]] = relationship(
        order_by="PlanTarget.year", cascade="all, delete-orphan"
    )
    executors: Mapped[list[PlanItemExecutor]] = relationship(
        order_by="PlanItemExecutor.position", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_plan_item_plan_position", "plan_id", "position"),)


class PlanItemExecutor(Base):
    __tablename__ = "plan_item_executor"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("executor_unit.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0)  # the order the plan names them in


class PlanTarget(Base):
    """A measure's target of a year in the plan's words («Не менее 2 в год», «15%»)."""

    __tablename__ = "plan_target"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class PlanReport(Base):
    """An executor's quarterly report on a measure: the count done in the quarter
    (``fact``; for a share, ``fact`` of ``base``), the date a dated measure was done, and
    the words of the report."""

    __tablename__ = "plan_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("executor_unit.id", ondelete="CASCADE"))
    year: Mapped[int]
    quarter: Mapped[int]
    fact: Mapped[float | None]
    base: Mapped[float | None]
    done_on: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    reported_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("item_id", "year", "quarter", "unit_id", name="uq_plan_report_period"),
        Index("ix_plan_report_unit_period", "unit_id", "year", "quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_known"),
    )


class ImprovementProposal(Base):
    """A предложение по улучшению (ППУ) of a unit."""

    __tablename__ = "improvement_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("executor_unit.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(40), default="")
    author: Mapped[str] = mapped_column(String(300))
    submitted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    decided_on: Mapped[date | None] = mapped_column(Date)
    effect: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_improvement_proposal_unit_day", "unit_id", "submitted_on"),
        Index("ix_improvement_proposal_body_day", "body_id", "submitted_on"),
        CheckConstraint(
            "status IN ('submitted', 'accepted', 'implemented', 'rejected')", name="status_known"
        ),
    )


class LeanProject(Base):
    """A лин-проект with its passport (appendix 2 of seed 003). A replication names the
    project it repeats (``replicates_id``, or in words when it is not in the database).
    Started and closed are the dates of stages 1 and 9 (``LeanProjectStage``)."""

    __tablename__ = "lean_project"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("executor_unit.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(Text)
    sector: Mapped[str] = mapped_column(String(100))
    pilot: Mapped[bool] = mapped_column(default=False)
    replicates_id: Mapped[int | None] = mapped_column(
        ForeignKey("lean_project.id", ondelete="SET NULL")
    )
    replicates_text: Mapped[str] = mapped_column(Text, default="")
    customer: Mapped[str] = mapped_column(Text, default="")
    customer_position: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[str] = mapped_column(Text, default="")
    boundaries: Mapped[str] = mapped_column(Text, default="")
    leader: Mapped[str] = mapped_column(Text, default="")
    team: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    effects: Mapped[str] = mapped_column(Text, default="")
    before_text: Mapped[str] = mapped_column(Text, default="")  # «было»
    after_text: Mapped[str] = mapped_column(Text, default="")  # «стало»
    results: Mapped[str] = mapped_column(Text, default="")  # наиболее значимые результаты
    recommended_on: Mapped[date | None] = mapped_column(Date)
    recommended_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    goals: Mapped[list[LeanGoal]] = relationship(
        order_by="LeanGoal.position", cascade="all, delete-orphan"
    )
    stages: Mapped[list[LeanProjectStage]] = relationship(
        order_by="LeanProjectStage.stage", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_lean_project_unit", "unit_id"),
        Index("ix_lean_project_body", "body_id"),
    )


class LeanGoal(Base):
    """A goal of a lean project: the indicator, its unit, current and target values (and
    the value reached, for «было / стало»)."""

    __tablename__ = "lean_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("lean_project.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    indicator: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(60), default="")  # «мин», «%», «шт.»
    current_value: Mapped[float | None]
    target_value: Mapped[float | None]
    reached_value: Mapped[float | None]


class LeanProjectStage(Base):
    """A stage of a lean project (1-10, ``domain.plan.LEAN_STAGES``): its dates, one for
    stages 1, 9 and 10 (``start``), a span for the others."""

    __tablename__ = "lean_project_stage"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("lean_project.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_lean_project_stage_stage_start", "stage", "start"),
        CheckConstraint("stage BETWEEN 1 AND 10", name="stage_known"),
    )


class Training(Base):
    """A person trained in lean management: outside (``external``) or by colleagues."""

    __tablename__ = "training"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("executor_unit.id", ondelete="RESTRICT"))
    person: Mapped[str] = mapped_column(String(300))
    course: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="external")
    provider: Mapped[str] = mapped_column(Text, default="")
    trained_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        Index("ix_training_unit_day", "unit_id", "trained_on"),
        Index("ix_training_body_day", "body_id", "trained_on"),
        CheckConstraint("kind IN ('external', 'internal')", name="kind_known"),
    )


class LeanAssessment(Base):
    """A unit's own assessment as of a date (seed 003 §4.5): the share of lean practice in
    per cent and the level of lean culture from 0 to 10."""

    __tablename__ = "lean_assessment"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("executor_unit.id", ondelete="CASCADE"), primary_key=True
    )
    assessed_on: Mapped[date] = mapped_column(Date, primary_key=True)
    practice_share: Mapped[float | None]
    culture_level: Mapped[int | None]

    __table_args__ = (
        CheckConstraint("practice_share BETWEEN 0 AND 100", name="share_in_range"),
        CheckConstraint("culture_level BETWEEN 0 AND 10", name="level_in_range"),
    )


# ----- the audit trail (issue 6) ------------------------------------------------------------------
class AuditEntry(Base):
    """One change of the official record (``store.audit`` writes them, in the transaction
    of the change): who (the OS user) changed which field of what, when, from what to what.

    The record is named by plain ids (``subject_kind`` and ``subject_id``: a meeting, an
    assignment, a body's roster, a person, a measure of a plan), never by foreign keys, and
    by its title and the place inside it as they were then: the history outlives the
    records it tells about. ``search_text`` is the folded text of the row (any case,
    ё = е) that the journal searches."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # local time
    user: Mapped[str] = mapped_column(String(200), default="")
    body_id: Mapped[int | None]
    subject_kind: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int]
    subject_title: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(200), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_audit_entry_subject", "subject_kind", "subject_id", "at"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_body_at", "body_id", "at"),
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
    )
