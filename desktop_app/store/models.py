"""The tables of the database. Enum-like columns store the codes of
``desktop_app.domain.vocabulary``; dates are dates, never text."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
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
