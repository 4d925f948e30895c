"""The control of decisions in the store: decisions of a signed protocol go on control,
reports close them, deadlines move with their history, the lists filter and search, and
the discipline figure counted in SQL equals a hand count."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop_app.domain.assignment import (
    AssignmentStatus,
    Outcome,
    Recurrence,
    Schedule,
    StatusFilter,
    discipline_of,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import VoteCount
from desktop_app.domain.vocabulary import Role
from desktop_app.store import assignments as a
from desktop_app.store import meetings as m
from desktop_app.store.models import Assignment
from desktop_app.store.roster import roster_on

DAY = date(2024, 3, 14)
TODAY = date(2024, 11, 22)
VOTES = VoteCount(20, 0, 0)


def held_meeting(database, body_id, decisions, day=DAY) -> tuple[int, int]:
    """A held meeting of one item with ``decisions`` (DecisionFields); (meeting, item)."""
    with database.session() as s:
        meeting = m.create_meeting(s, body_id, m.MeetingFields(day=day, start=time(10)))
        chair = next(e for e in roster_on(s, body_id, day) if e.role is Role.CHAIR)
        item = m.add_item(
            s,
            meeting,
            m.ItemFields("О плане мероприятий", speakers=[m.SpeakerRef(chair.person_id)]),
        )
        m.approve_agenda(s, meeting, day - timedelta(days=7))
        m.mark_unmarked_present(s, meeting)
        for fields in decisions:
            m.add_decision(s, item, fields)
        m.mark_held(s, meeting)
    return meeting, item


DECISIONS = [
    m.DecisionFields("Информацию принять к сведению", votes=VOTES),  # no responsible
    m.DecisionFields(
        "Представить отчет о ходе обучения",
        "управление экономики (Проскуракова Е.В.), Романов В.В.",
        date(2024, 6, 1),
        votes=VOTES,
    ),
    m.DecisionFields(
        "Представлять информацию о ходе реализации плана",
        "исполнители Плана мероприятий",
        deadline_text="ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
        votes=VOTES,
    ),
    m.DecisionFields(
        "Не принятое решение", "Романов В.В.", date(2024, 6, 1), votes=VoteCount(3, 15, 2)
    ),
    m.DecisionFields(
        "Подготовить предложения", "Гусарова С.В.", deadline_text="I квартал 2025 года", votes=VOTES
    ),
]


@pytest.fixture
def signed(database, example_body) -> int:
    meeting, _ = held_meeting(database, example_body, DECISIONS)
    with database.session() as s:
        m.sign_protocol(s, meeting, date(2024, 3, 18))
    return meeting


def rows(database, **query):
    query.setdefault("today", TODAY)
    query.setdefault("status", StatusFilter.ALL)
    with database.session() as s:
        return a.list_assignments(s, a.AssignmentQuery(**query), 0, 1000)


def test_signing_a_protocol_puts_its_decisions_on_control(database, example_body, signed):
    listed = {row.source: row for row in rows(database)}
    assert set(listed) == {
        "Протокол № 1 от 14.03.2024, п. 1.2",
        "Протокол № 1 от 14.03.2024, п. 1.3",
        "Протокол № 1 от 14.03.2024, п. 1.5",
    }  # 1.1 has no responsible, 1.4 was not adopted
    training = listed["Протокол № 1 от 14.03.2024, п. 1.2"]
    assert training.executors == "управление экономики (Проскуракова Е.В.); Романов В.В."
    assert training.deadline == date(2024, 6, 1) and training.overdue
    assert training.status_text == "просрочено" and training.meeting_id == signed
    quarterly = listed["Протокол № 1 от 14.03.2024, п. 1.3"]
    assert quarterly.deadline == date(2024, 4, 5)  # the report for the first quarter
    assert quarterly.deadline_text.startswith("ежеквартально до 5 числа")
    words = listed["Протокол № 1 от 14.03.2024, п. 1.5"]
    assert (words.deadline, words.deadline_text) == (date(2025, 3, 31), "I квартал 2025 года")
    with database.session() as s:
        detail = a.assignment_detail(s, training.id)
        people = {e.name: e.person_id for e in detail.executors}
    assert detail.from_protocol and detail.executors[0].lead and not detail.executors[1].lead
    assert people["Романов В.В."] is not None  # a member of the example roster


def test_a_held_unsigned_protocol_puts_nothing_on_control(database, example_body):
    held_meeting(database, example_body, DECISIONS)
    assert rows(database) == []


def test_an_amendment_follows_the_protocol(database, example_body, signed):
    with database.session() as s:
        m.begin_amendment(s, signed, date(2024, 4, 1), "опечатка в сроке")
        decisions = m.get_meeting(s, signed).items[0].decisions
        training, quarterly = decisions[1], decisions[2]
        m.update_decision(
            s,
            training.id,
            m.DecisionFields(training.text, training.responsible, date(2024, 7, 1), votes=VOTES),
        )
        m.delete_decision(s, quarterly.id)
        m.add_decision(
            s,
            decisions[0].item_id,
            m.DecisionFields("Новое", "Романов В.В.", date(2024, 5, 1), votes=VOTES),
        )
        m.sign_amendment(s, signed)
    listed = {row.text: row for row in rows(database)}
    assert listed["Представить отчет о ходе обучения"].deadline == date(2024, 7, 1)
    removed = listed["Представлять информацию о ходе реализации плана"]
    assert removed.status is AssignmentStatus.REMOVED
    assert "Новое" in listed
    with database.session() as s:
        detail = a.assignment_detail(s, listed["Представить отчет о ходе обучения"].id)
        gone = a.assignment_detail(s, removed.id)
    (extension,) = detail.extensions
    assert (extension.old_deadline, extension.new_deadline) == (date(2024, 6, 1), date(2024, 7, 1))
    assert extension.reason == "исправление протокола от 01.04.2024"
    assert gone.removal_reason == "решение исключено исправлением протокола от 01.04.2024"


def by_text(database, text):
    return next(row for row in rows(database) if row.text == text)


def test_a_report_closes_a_one_off_assignment(database, example_body, signed):
    row = by_text(database, "Представить отчет о ходе обучения")
    with database.session() as s:
        a.report_execution(
            s, row.id, a.ReportFields(date(2024, 6, 3), "Отчет представлен", "Хмелева К.В.")
        )
    done = by_text(database, "Представить отчет о ходе обучения")
    assert done.status is AssignmentStatus.EXECUTED and done.closed_on == date(2024, 6, 3)
    assert not done.overdue and done.status_text == "исполнено"
    with database.session() as s:
        (report,) = a.assignment_detail(s, row.id).reports
        assert report.late and report.accepted_by == "Хмелева К.В."
        with pytest.raises(ValidationError, match="уже исполнено"):
            a.report_execution(s, row.id, a.ReportFields(date(2024, 6, 4), "Еще"))
        a.return_to_control(s, row.id)
    assert by_text(database, "Представить отчет о ходе обучения").status_text == "просрочено"


def test_a_recurring_assignment_moves_to_its_next_deadline(database, example_body, signed):
    row = by_text(database, "Представлять информацию о ходе реализации плана")
    with database.session() as s:
        a.report_execution(s, row.id, a.ReportFields(date(2024, 4, 4), "За I квартал", final=False))
        a.report_execution(
            s, row.id, a.ReportFields(date(2024, 7, 8), "За II квартал", final=False)
        )
        detail = a.assignment_detail(s, row.id)
    assert detail.status is AssignmentStatus.ON_CONTROL and detail.deadline == date(2024, 10, 5)
    assert [(r.period_deadline, r.late) for r in detail.reports] == [
        (date(2024, 4, 5), False),
        (date(2024, 7, 5), True),
    ]
    with database.session() as s:
        a.report_execution(s, row.id, a.ReportFields(date(2024, 10, 2), "Итог", final=True))
    assert by_text(database, "Представлять информацию о ходе реализации плана").status_text == (
        "исполнено"
    )


def test_bad_reports_change_nothing(database, example_body, signed):
    row = by_text(database, "Представить отчет о ходе обучения")
    cases = [
        (a.ReportFields(date(2024, 6, 3), "  "), "Отчет об исполнении"),
        (a.ReportFields(date(2024, 3, 1), "Рано"), "Дата исполнения"),
        (a.ReportFields(date.today() + timedelta(days=30), "Потом"), "Дата исполнения"),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as error, database.session() as s:
            a.report_execution(s, row.id, fields)
        assert error.value.field == field
    with database.session() as s:
        assert a.assignment_detail(s, row.id).reports == ()


def test_an_extension_keeps_the_old_deadline_and_the_reason(database, example_body, signed):
    row = by_text(database, "Представить отчет о ходе обучения")
    with database.session() as s:
        with pytest.raises(ValidationError, match="позже прежнего"):
            a.extend_deadline(s, row.id, date(2024, 5, 1), date(2024, 5, 20), "просьба")
        with pytest.raises(ValidationError) as error:
            a.extend_deadline(s, row.id, date(2024, 9, 1), date(2024, 5, 20), " ")
        assert error.value.field == "Причина продления"
        a.extend_deadline(s, row.id, date(2024, 9, 1), date(2024, 5, 20), "курсы перенесены")
        a.extend_deadline(s, row.id, date(2024, 12, 1), date(2024, 8, 20), "снова")
        detail = a.assignment_detail(s, row.id)
    assert detail.deadline == date(2024, 12, 1) and not detail.overdue(TODAY)
    assert [e.describe() for e in detail.extensions] == [
        "20.05.2024: срок продлен с 01.06.2024 до 01.09.2024 (курсы перенесены)",
        "20.08.2024: срок продлен с 01.09.2024 до 01.12.2024 (снова)",
    ]
    assert by_text(database, "Представить отчет о ходе обучения").extended


def test_removal_and_the_rules_of_protocol_assignments(database, example_body, signed):
    row = by_text(database, "Подготовить предложения")
    with database.session() as s:
        fields = a.assignment_fields(s, row.id)
        with pytest.raises(ValidationError, match="исправлением протокола"):
            a.update_assignment(s, row.id, fields.__class__(**{**fields.__dict__, "text": "Иное"}))
        with pytest.raises(ValidationError, match="снимите его с контроля"):
            a.delete_assignment(s, row.id)
        with pytest.raises(ValidationError) as error:
            a.remove_from_control(s, row.id, date(2024, 5, 1), "")
        assert error.value.field == "Основание"
        a.remove_from_control(s, row.id, date(2024, 5, 1), "вопрос снят решением председателя")
    assert by_text(database, "Подготовить предложения").status_text == "снято с контроля"


def test_an_instruction_given_by_hand(database, example_body):
    fields = a.AssignmentFields(
        body_id=example_body,
        text="Подготовить доклад к заседанию",
        executors="Романов В.В.; отдел ИТ",
        given_on=date(2024, 10, 1),
        deadline=date(2024, 10, 15),
        source="поручение председателя от 01.10.2024",
    )
    with database.session() as s:
        assignment = a.create_assignment(s, fields)
    row = by_text(database, "Подготовить доклад к заседанию")
    assert row.source == "поручение председателя от 01.10.2024" and row.meeting_id is None
    with database.session() as s:
        with pytest.raises(ValidationError) as error:
            a.create_assignment(s, a.AssignmentFields(**{**fields.__dict__, "executors": " , "}))
        assert error.value.field == "Ответственные"
        with pytest.raises(ValidationError) as error:
            a.create_assignment(
                s, a.AssignmentFields(**{**fields.__dict__, "deadline": date(2024, 9, 1)})
            )
        assert error.value.field == "Срок"
        a.update_assignment(
            s, assignment, a.AssignmentFields(**{**fields.__dict__, "deadline": date(2024, 11, 1)})
        )  # no report, no extension: the typed date is corrected
        assert a.assignment_detail(s, assignment).deadline == date(2024, 11, 1)
        a.delete_assignment(s, assignment)
    assert rows(database) == []


def test_a_recurring_instruction_by_hand(database, example_body):
    with database.session() as s:
        a.create_assignment(
            s,
            a.AssignmentFields(
                body_id=example_body,
                text="Представлять сведения об обучении",
                executors="управление образования",
                given_on=date(2024, 5, 10),
                schedule=Schedule(Recurrence.MONTHLY, 3),
            ),
        )
    (row,) = rows(database)
    assert row.deadline == date(2024, 6, 3)
    assert row.deadline_text == (
        "ежемесячно до 3 числа месяца, следующего за отчетным (очередной срок 03.06.2024)"
    )


def test_filters_search_and_sorting(database, example_body, signed):
    listed = rows(database, search="ОТЧЁТ обуч")  # ё = е, any case, prefixes
    assert [row.text for row in listed] == ["Представить отчет о ходе обучения"]
    assert rows(database, search="отч о ходе обучения") == listed
    assert len(rows(database, search="отчет")) == 2  # «отчетным кварталом» too
    assert rows(database, search="отч несуществующее") == []
    assert rows(database, search="«»") == []
    assert [row.text for row in rows(database, responsible="ПРОСКУРАКОВА")] == [
        "Представить отчет о ходе обучения"
    ]
    row = listed[0]
    with database.session() as s:
        a.report_execution(s, row.id, a.ReportFields(date(2024, 6, 1), "Обучено 12 человек"))
    assert [r.id for r in rows(database, search="человек")] == [row.id]  # reports are searched
    assert {r.text for r in rows(database, status=StatusFilter.OPEN)} == {
        "Представлять информацию о ходе реализации плана",
        "Подготовить предложения",
    }
    assert [r.text for r in rows(database, status=StatusFilter.OVERDUE)] == [
        "Представлять информацию о ходе реализации плана"
    ]
    due = rows(database, today=date(2025, 3, 25), status=StatusFilter.DUE_SOON, due_within=7)
    assert [r.text for r in due] == ["Подготовить предложения"]
    deadlines = [r.deadline for r in rows(database, sort=a.Sort.DEADLINE)]
    assert deadlines == sorted(deadlines)
    assert [r.deadline for r in rows(database, sort=a.Sort.DEADLINE, descending=True)] == sorted(
        deadlines, reverse=True
    )
    with database.session() as s:
        assert a.count_assignments(s, a.AssignmentQuery(today=TODAY, meeting_id=signed)) == 2
        assert a.source_meetings(s) == [(signed, "Протокол № 1 от 14.03.2024 — " + _name(s))]
        assert "Романов В.В." in a.responsibles(s)


def _name(session):
    from desktop_app.store.bodies import list_bodies

    return list_bodies(session)[0].short_name


def test_pages_cover_the_list_once_the_undated_last(database, example_body):
    with database.session() as s:
        for number in range(450):
            undated = number % 10 == 0  # «постоянно»: after every dated one
            a.create_assignment(
                s,
                a.AssignmentFields(
                    body_id=example_body,
                    text=f"Поручение {number}",
                    executors="отдел",
                    given_on=date(2024, 1, 1),
                    deadline=None if undated else date(2024, 1, 1) + timedelta(days=number % 40),
                    deadline_note="постоянно" if undated else "",
                ),
            )
    query = a.AssignmentQuery(today=TODAY)
    with database.session() as s:
        pages = [a.list_assignments(s, query, offset, 200) for offset in (0, 200, 400)]
        assert a.count_assignments(s, query) == 450
        everything = a.list_assignments(s, query, 0, -1)
        tail = a.list_assignments(s, query, 420, 200)
    listed = [row for page in pages for row in page]
    assert [len(page) for page in pages] == [200, 200, 50] and len({r.id for r in listed}) == 450
    assert listed == everything
    deadlines = [row.deadline for row in listed]
    assert deadlines[:405] == sorted(deadlines[:405]) and set(deadlines[405:]) == {None}
    assert tail == everything[420:]
    assert listed[-1].deadline_text == "постоянно"


def test_the_discipline_in_sql_equals_the_rule_of_the_domain(database, example_body, signed):
    """Made as a secretary would: 2 executed on time, 1 late, 1 removed, overdue ones."""
    with database.session() as s:
        for number, deadline in enumerate([date(2024, 5, 1)] * 3 + [date(2024, 12, 1)] * 2):
            assignment = a.create_assignment(
                s,
                a.AssignmentFields(
                    body_id=example_body,
                    text=f"Ручное {number}",
                    executors="Романов В.В." if number % 2 else "отдел ИТ",
                    given_on=date(2024, 7 if number == 4 else 4, 1),
                    deadline=deadline,
                ),
            )
            if number < 2:
                a.report_execution(s, assignment, a.ReportFields(date(2024, 4, 30), "в срок"))
            elif number == 2:
                a.report_execution(s, assignment, a.ReportFields(date(2024, 5, 2), "поздно"))
            elif number == 3:
                a.remove_from_control(s, assignment, date(2024, 6, 1), "не актуально")
        figure = a.discipline(s, TODAY)
        outcomes = [
            Outcome(AssignmentStatus(x.status), x.deadline, x.closed_on)
            for x in s.query(Assignment).all()
        ]
        by_quarter = a.discipline_by_quarter(s, TODAY)
        by_responsible = dict(a.discipline_by_responsible(s, TODAY))
        period = a.discipline(s, TODAY, a.Period(date(2024, 4, 1), date(2024, 6, 30)))
    assert figure == discipline_of(outcomes, TODAY)
    # By hand: 3 from the protocol (all on control: 1 overdue, 2 not yet due) + 5 by hand.
    assert (figure.total, figure.on_time, figure.late, figure.removed) == (8, 2, 1, 1)
    assert (figure.overdue, figure.pending) == (2, 2)
    assert round(figure.percent, 2) == 50.0
    assert [(year, quarter, d.total) for year, quarter, d in by_quarter] == [
        (2024, 1, 3),
        (2024, 2, 4),
        (2024, 3, 1),
    ]
    assert by_responsible["Романов В.В."].total == 2
    assert period.total == 4 and period.closed == 4


def test_the_start_page_lists_what_is_due(database, example_body, signed):
    with database.session() as s:
        today = a.today_overview(s, TODAY)
    assert today.overdue_count == 2  # the training report and the quarterly report
    assert {row.text for row in today.reports_due} == {
        "Представлять информацию о ходе реализации плана"
    }
    assert today.unsent and today.unsent[0].meeting_id == signed and today.unsigned == []
    assert (example_body, _body_name(database), [1, 2, 3, 4]) in today.short_quarters or (
        today.short_quarters[0][2] == [2, 3, 4]
    )


def _body_name(database):
    with database.session() as s:
        return _name(s)


def test_the_agenda_item_on_the_progress_of_decisions(database, example_body, signed):
    with database.session() as s:
        title, summary = a.progress_item(s, example_body, TODAY)
    assert title.startswith("О ходе исполнения решений рабочей группы")
    lines = summary.splitlines()
    assert lines[0] == "На контроле 3 поруч., из них просрочено 2."
    assert "Протокол № 1 от 14.03.2024, п. 1.2" in summary and "просрочено" in lines[1]


def test_a_reminder_addresses_a_member_by_name(database, example_body, signed):
    with database.session() as s:
        letter = a.reminder_data(s, "Романов В.В.", TODAY, example_body, date(2024, 12, 1))
        unit = a.reminder_data(s, "исполнители Плана мероприятий", TODAY, example_body)
        with pytest.raises(ValidationError, match="нет поручений на контроле"):
            a.reminder_data(s, "Иванов И.И.", TODAY)
    assert letter.addressee == "Романову\xa0В.В."  # initials never wrap away
    assert letter.salutation == "Уважаемый Виталий Владимирович!"
    assert [line.text for line in letter.lines] == ["Представить отчет о ходе обучения"]
    assert letter.signer_position == "Секретарь рабочей группы" and letter.signer_name
    assert unit.salutation == "Уважаемые коллеги!" and unit.addressee_position == ""


def test_the_addressee_position_is_in_the_dative():
    assert (
        a._dative_position("Заместитель Главы Беловского городского округа – руководитель аппарата")
        == "Заместителю Главы Беловского городского округа – руководителю аппарата"
    )
    assert a._dative_position("Начальник управления") == "Начальнику управления"
    assert a._dative_position("ведущий специалист") == "ведущий специалист"


def test_quarters_add_up_their_months(database, example_body):
    with database.session() as s:
        for month in (1, 2, 3, 4):
            a.create_assignment(
                s,
                a.AssignmentFields(
                    body_id=example_body,
                    text=f"Поручение месяца {month}",
                    executors="отдел",
                    given_on=date(2024, month, 10),
                    deadline=date(2024, month, 28),
                ),
            )
        by_quarter = a.discipline_by_quarter(s, TODAY)
    assert [(year, quarter, d.total, d.overdue) for year, quarter, d in by_quarter] == [
        (2024, 1, 3, 3),
        (2024, 2, 1, 1),
    ]


def test_an_amendment_that_keeps_the_deadline_keeps_the_chairs_extension(
    database, example_body, signed
):
    row = by_text(database, "Представить отчет о ходе обучения")
    with database.session() as s:
        a.extend_deadline(s, row.id, date(2024, 9, 1), date(2024, 5, 20), "курсы перенесены")
        m.begin_amendment(s, signed, date(2024, 6, 1), "опечатка в тексте")
        decision = m.get_meeting(s, signed).items[0].decisions[1]
        m.update_decision(
            s,
            decision.id,
            m.DecisionFields(
                "Представить отчет о ходе обучения сотрудников",
                decision.responsible,
                decision.deadline,  # the protocol's date is unchanged: 01.06.2024
                votes=VOTES,
            ),
        )
        m.sign_amendment(s, signed)
        detail = a.assignment_detail(s, row.id)
    assert detail.text == "Представить отчет о ходе обучения сотрудников"
    assert detail.deadline == date(2024, 9, 1)  # the chair's extension stands
    assert [e.reason for e in detail.extensions] == ["курсы перенесены"]
