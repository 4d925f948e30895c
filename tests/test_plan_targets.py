"""The targets of a plan of measures in the seeds' own words, and their status at the
edges: a quarter before the year ends, the last day, a share with nothing to divide by,
a unit that joined in the middle of the year."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.assignment import Recurrence
from desktop_app.domain.plan_target import (
    Fact,
    Target,
    TargetError,
    TargetKind,
    TargetStatus,
    active_quarters,
    completed_quarters,
    parse_target,
    target_status,
)

DONE, ON_TRACK, BEHIND, FAILED = (
    TargetStatus.DONE,
    TargetStatus.ON_TRACK,
    TargetStatus.BEHIND,
    TargetStatus.FAILED,
)


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("Не менее 2 в год", TargetKind.AT_LEAST, 2, ""),  # seed 002, item 1.3
        ("Не менее 1 проекта в год", TargetKind.AT_LEAST, 1, "проекта"),  # 1.4
        ("Не менее 2 чел", TargetKind.AT_LEAST, 2, "чел"),  # 2.1
        ("Постоянно не менее 2 чел.", TargetKind.AT_LEAST, 2, "чел"),  # 2.2
        ("15%", TargetKind.SHARE, 15, ""),  # 1.5
        ("40 %", TargetKind.SHARE, 40, ""),
        ("4", TargetKind.COUNT, 4, ""),  # 3.2, the quarterly note
        ("0", TargetKind.COUNT, 0, ""),  # 3.1 in 2022
        ("5 пилотных лин-проектов в год", TargetKind.COUNT, 5, "пилотных лин-проектов"),  # 003
        ("постоянно", TargetKind.QUALITATIVE, None, ""),
        ("Постоянно начиная с 2022 года", TargetKind.QUALITATIVE, None, ""),
        ("по мере необходимости", TargetKind.QUALITATIVE, None, ""),
    ],
)
def test_the_seeds_wording(text, kind, value, unit):
    target = parse_target(text)
    assert (target.kind, target.value, target.unit, target.text) == (kind, value, unit, text)


def test_dates_periods_and_empty_cells():
    assert parse_target("До 01.12.2022") == Target(
        TargetKind.DATE, "До 01.12.2022", day=date(2022, 12, 1)
    )
    second = parse_target("Второй квартал 2019 года")  # seed 003
    assert (second.kind, second.start, second.end) == (
        TargetKind.PERIOD,
        date(2019, 4, 1),
        date(2019, 6, 30),
    )
    assert parse_target("IV квартал 2020 года").end == date(2020, 12, 31)
    assert parse_target("ежеквартально").every is Recurrence.QUARTERLY
    assert parse_target("Ежемесячно").per_year() == 12
    assert parse_target("") is None and parse_target(" – ") is None
    with pytest.raises(TargetError, match="не удалось понять"):
        parse_target("как получится")
    with pytest.raises(TargetError, match="такой даты нет"):
        parse_target("До 31.02.2023")


def test_quarters_passed_and_taken_part_in():
    assert [completed_quarters(2023, day) for day in (
        date(2022, 12, 31), date(2023, 3, 31), date(2023, 4, 1), date(2023, 12, 31),
        date(2024, 1, 1),
    )] == [0, 0, 1, 3, 4]  # fmt: skip
    assert list(active_quarters(2023, None)) == [1, 2, 3, 4]
    assert list(active_quarters(2023, date(2023, 7, 15))) == [3, 4]
    assert list(active_quarters(2023, date(2024, 1, 10))) == []


AT_LEAST_4 = parse_target("Не менее 4 в год")


@pytest.mark.parametrize(
    ("facts", "today", "status"),
    [
        ({1: 1, 2: 1}, date(2024, 7, 1), ON_TRACK),  # 2 of 4 after two quarters
        ({1: 1}, date(2024, 7, 1), BEHIND),
        ({1: 1, 2: 1, 3: 1}, date(2024, 10, 1), ON_TRACK),  # a quarter before the end
        ({1: 1, 2: 1}, date(2024, 10, 1), BEHIND),
        ({1: 1, 2: 1, 3: 1}, date(2024, 12, 31), ON_TRACK),  # the last day is still in time
        ({1: 1, 2: 1, 3: 1}, date(2025, 1, 1), FAILED),  # the day after
        ({4: 4}, date(2025, 1, 1), DONE),
        ({1: 5}, date(2024, 2, 1), DONE),  # reached early: done
        ({}, date(2024, 3, 31), ON_TRACK),  # no quarter over yet
    ],
)
def test_at_least_n_a_year_is_judged_by_the_quarters_passed(facts, today, status):
    assert target_status(AT_LEAST_4, 2024, Fact(by_quarter=facts), today) is status


def test_a_unit_that_joined_mid_year_owes_its_part():
    joined = date(2024, 7, 10)  # the third quarter: two of four quarters, 2 of 4
    assert target_status(AT_LEAST_4, 2024, Fact({3: 1}), date(2024, 10, 1), joined) is ON_TRACK
    assert target_status(AT_LEAST_4, 2024, Fact({}), date(2024, 10, 1), joined) is BEHIND
    assert target_status(AT_LEAST_4, 2024, Fact({3: 1, 4: 1}), date(2025, 1, 1), joined) is DONE
    one = parse_target("Не менее 1 проекта в год")  # one a year, half a year: still one
    assert target_status(one, 2024, Fact({}), date(2025, 1, 1), joined) is FAILED
    assert target_status(AT_LEAST_4, 2024, Fact({}), date(2024, 10, 1), date(2025, 2, 1)) is (
        ON_TRACK
    )  # not an executor that year yet


def test_a_share_with_nothing_to_divide_by():
    share = parse_target("15%")
    assert target_status(share, 2023, Fact(), date(2023, 3, 1)) is ON_TRACK
    assert target_status(share, 2023, Fact(), date(2023, 4, 1)) is BEHIND
    assert target_status(share, 2023, Fact(), date(2024, 1, 1)) is FAILED
    assert target_status(share, 2023, Fact(numerator=1, denominator=7), date(2023, 9, 1)) is (
        BEHIND
    )  # 14,3 % < 15 %
    assert target_status(share, 2023, Fact(numerator=3, denominator=20), date(2024, 1, 1)) is (
        DONE
    )  # exactly 15 %
    assert Fact(numerator=3, denominator=20).share() == pytest.approx(15.0)


def test_exact_counts_dates_periods_and_words():
    assert target_status(parse_target("0"), 2022, Fact(), date(2022, 2, 1)) is DONE
    note = parse_target("4")  # the quarterly note: one a quarter
    per_quarter = parse_target("1 раз в квартал")
    assert (per_quarter.kind, per_quarter.per_year(), per_quarter.every) == (
        TargetKind.COUNT,
        4,
        Recurrence.QUARTERLY,
    )
    assert parse_target("2 отчета ежеквартально").unit == "отчета"
    assert target_status(per_quarter, 2024, Fact({1: 1, 2: 1}), date(2024, 7, 15)) is ON_TRACK
    assert target_status(per_quarter, 2024, Fact({1: 1}), date(2024, 7, 15)) is BEHIND
    assert target_status(note, 2024, Fact({1: 1, 2: 1}), date(2024, 7, 15)) is ON_TRACK
    assert target_status(note, 2024, Fact({1: 1}), date(2024, 7, 15)) is BEHIND
    by_date = parse_target("До 01.12.2022")
    assert target_status(by_date, 2022, Fact(), date(2022, 12, 1)) is ON_TRACK  # the day itself
    assert target_status(by_date, 2022, Fact(), date(2022, 12, 2)) is FAILED
    assert target_status(by_date, 2022, Fact(done_on=date(2022, 11, 20)), date(2022, 12, 2)) is (
        DONE
    )
    quarter = parse_target("Второй квартал 2019 года")
    assert target_status(quarter, 2019, Fact(), date(2019, 6, 30)) is ON_TRACK
    assert target_status(quarter, 2019, Fact(), date(2019, 7, 1)) is FAILED
    monthly = parse_target("ежемесячно")
    assert target_status(monthly, 2024, Fact({1: 3, 2: 3}), date(2024, 7, 2)) is ON_TRACK
    assert target_status(monthly, 2024, Fact({1: 3, 2: 2}), date(2024, 7, 2)) is BEHIND
    reported = Fact(reported=frozenset({1, 2}))  # reports in words, no counts
    assert target_status(monthly, 2024, reported, date(2024, 7, 2)) is ON_TRACK
    assert target_status(monthly, 2024, reported, date(2024, 10, 2)) is BEHIND
    quarterly = parse_target("Ежеквартально")
    assert target_status(
        quarterly, 2024, Fact(reported=frozenset({1, 2, 3, 4})), date(2025, 1, 9)
    ) is (DONE)
    assert target_status(
        quarterly, 2024, Fact(reported=frozenset({1, 2, 4})), date(2025, 1, 9)
    ) is (FAILED)
    yearly = parse_target("Ежегодно, по итогам 2019-2021 годов")  # seed 003, 3.4
    assert target_status(yearly, 2019, Fact(), date(2019, 10, 2)) is ON_TRACK
    assert target_status(yearly, 2019, Fact(reported=frozenset({4})), date(2020, 1, 9)) is DONE
    assert target_status(yearly, 2019, Fact(), date(2020, 1, 9)) is FAILED
    always = parse_target("постоянно")
    assert target_status(always, 2024, Fact(reported=frozenset({1, 2})), date(2024, 7, 2)) is (
        ON_TRACK
    )
    assert target_status(always, 2024, Fact(reported=frozenset({1})), date(2024, 7, 2)) is BEHIND
    assert target_status(always, 2024, Fact(reported=frozenset({1, 2, 3})), date(2025, 1, 9)) is (
        FAILED
    )  # the fourth quarter was never reported
    assert TargetStatus.BEHIND.label == "отставание"
