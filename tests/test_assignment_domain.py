"""The rules of the control of decisions: recurring deadlines, deadlines in words,
executors, and the discipline figure of seed 004."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.assignment import (
    AssignmentStatus,
    Discipline,
    Outcome,
    Recurrence,
    Schedule,
    discipline_of,
    format_percent,
    is_overdue,
    parse_deadline_text,
    parse_schedule,
    split_executors,
    status_label,
)
from desktop_app.domain.errors import ValidationError

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
            Schedule(Recurrence.QUARTERLY, 5),
        ),
        ("Ежеквартально, до 3-го числа", Schedule(Recurrence.QUARTERLY, 3)),
        ("ежемесячно не позднее 10 числа", Schedule(Recurrence.MONTHLY, 10)),
        ("ежегодно до 15 февраля", Schedule(Recurrence.YEARLY, 15, 2)),
        ("I квартал 2025 года", None),
        ("постоянно", None),
        ("ежемесячно до 31 числа", None),  # not every month has it
        ("", None),
    ],
)
def test_recurring_deadlines_in_words(text, expected):
    assert parse_schedule(text) == expected


def test_the_first_report_is_for_the_period_given_in():
    quarterly = Schedule(Recurrence.QUARTERLY, 5)
    assert quarterly.first_deadline(date(2024, 3, 14)) == date(2024, 4, 5)
    assert quarterly.first_deadline(date(2024, 4, 1)) == date(2024, 7, 5)
    assert quarterly.first_deadline(date(2024, 12, 31)) == date(2025, 1, 5)
    assert quarterly.next_deadline(date(2024, 4, 5)) == date(2024, 7, 5)
    assert quarterly.period_of(date(2024, 7, 5)) == "II квартал 2024 года"
    assert quarterly.period_of(date(2025, 1, 5)) == "IV квартал 2024 года"
    monthly = Schedule(Recurrence.MONTHLY, 3)
    assert monthly.first_deadline(date(2024, 12, 10)) == date(2025, 1, 3)
    assert monthly.period_of(date(2025, 1, 3)) == "декабрь 2024 года"
    yearly = Schedule(Recurrence.YEARLY, 15, 2)
    assert yearly.first_deadline(date(2024, 3, 1)) == date(2025, 2, 15)
    assert yearly.describe() == "ежегодно до 15 февраля"


def test_a_schedule_day_must_exist_in_every_month():
    with pytest.raises(ValidationError, match="от 1 до 28"):
        Schedule(Recurrence.MONTHLY, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("до 01.12.2022", date(2022, 12, 1)),
        ("I квартал 2025 года", date(2025, 3, 31)),
        ("IV квартал 2024 года", date(2024, 12, 31)),
        ("2 квартал 2019 года", date(2019, 6, 30)),
        ("в течение 2025 года", date(2025, 12, 31)),
        ("31.02.2023", None),
        ("постоянно", None),
        ("по мере необходимости", None),
    ],
)
def test_deadlines_in_words(text, expected):
    assert parse_deadline_text(text) == expected


def test_executors_are_split_outside_brackets_and_quotes():
    assert split_executors(
        "управление экономического развития (Проскуракова Е.В.), "
        "МБУ «ИМЦ, г. Белово»; Романов В.В., романов в.в."
    ) == [
        "управление экономического развития (Проскуракова Е.В.)",
        "МБУ «ИМЦ, г. Белово»",
        "Романов В.В.",
    ]
    assert split_executors("  ") == []


def test_overdue_is_on_control_past_the_deadline():
    on_control = AssignmentStatus.ON_CONTROL
    assert is_overdue(on_control, date(2026, 11, 21), TODAY)
    assert not is_overdue(on_control, TODAY, TODAY)  # due today is not late yet
    assert not is_overdue(on_control, None, TODAY)
    assert not is_overdue(AssignmentStatus.EXECUTED, date(2020, 1, 1), TODAY)
    assert status_label(on_control, date(2026, 1, 1), TODAY) == "просрочено"
    assert status_label(AssignmentStatus.REMOVED, None, TODAY) == "снято с контроля"


def test_discipline_counts_as_seed_004():
    """«из 6 482 поручений … снято с контроля 6 461, что составило 99,68 %»."""
    figure = Discipline(total=6482, on_time=6400, late=50, removed=11, overdue=21)
    assert figure.closed == 6461
    assert format_percent(figure.percent) == "99,68 %"
    assert format_percent(Discipline().percent) == "—"


def test_discipline_of_outcomes_matches_a_hand_count():
    deadline = date(2026, 6, 1)
    outcomes = (
        [Outcome(AssignmentStatus.EXECUTED, deadline, date(2026, 5, 30))] * 4  # on time
        + [Outcome(AssignmentStatus.EXECUTED, deadline, deadline)]  # on the day: on time
        + [Outcome(AssignmentStatus.EXECUTED, deadline, date(2026, 6, 2))]  # late
        + [Outcome(AssignmentStatus.EXECUTED, None, date(2026, 6, 2))]  # no deadline
        + [Outcome(AssignmentStatus.REMOVED, deadline, date(2026, 7, 1))]
        + [Outcome(AssignmentStatus.ON_CONTROL, deadline, None)] * 2  # overdue
        + [Outcome(AssignmentStatus.ON_CONTROL, date(2026, 12, 1), None)]
        + [Outcome(AssignmentStatus.ON_CONTROL, None, None)]
    )
    figure = discipline_of(outcomes, TODAY)
    assert (figure.total, figure.on_time, figure.late, figure.removed) == (12, 6, 1, 1)
    assert (figure.overdue, figure.pending, figure.closed) == (2, 2, 8)
    assert format_percent(figure.percent) == "66,67 %"
    assert format_percent(figure.on_time_percent) == "66,67 %"  # 6 of 7 executed + 2 overdue
