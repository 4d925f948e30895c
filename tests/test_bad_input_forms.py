"""Bad input to every form, through the store function behind it: bodies, people and
members, roster acts and the pasted roster, meetings, agenda items and proposals, the
minutes, decisions, invitations, attendance, distribution, amendments, assignments and
their reports, executor units, plans, plan items and quarterly reports, and the
registries (improvement proposals, lean projects, training, assessments).

Every text field gets the hand-written hostile strings and generated ones; the numbers get
negative, huge, NaN and infinite values. A refusal is a ValidationError with a Russian
message naming the field, and the database is unchanged (a dump before and after); an
acceptance stores nothing with a forbidden character. A few tests type bad input into
the real dialogs."""

from __future__ import annotations

import math
import shutil
from dataclasses import replace
from datetime import date

import pytest
from bad_input_helpers import (
    CONTROLS,
    FORMULAS,
    HOSTILE,
    MEGABYTE,
    Commits,
    dump,
    hostile_text,
    stored_texts,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.assignment import StatusFilter
from desktop_app.domain.body import BodyFields
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import forbidden_character
from desktop_app.domain.meeting import VoteCount
from desktop_app.domain.person import PersonFields
from desktop_app.domain.plan import PlanData, PlanItemData, UnitData
from desktop_app.domain.registries import (
    AssessmentData,
    GoalData,
    LeanProjectData,
    ProposalData,
    StageDates,
    TrainingData,
)
from desktop_app.domain.vocabulary import ActKind, Role
from desktop_app.store import assignments, bodies, distribution, meetings, plans, registries
from desktop_app.store import roster as roster_store
from desktop_app.store.database import Database

DAY = date(2024, 6, 3)


# ----- one example database per module, copied per test ---------------------------------------
@pytest.fixture(scope="module")
def example_file(tmp_path_factory):
    """The example body with its roster and meetings, a small plan with executors and a
    report, an assignment on control, and the ids the forms work on (a small database:
    it is fingerprinted around thousands of calls)."""
    from plan_document_fixtures import PLAN
    from sqlalchemy import select

    from desktop_app.store.example import load_example
    from desktop_app.store.models import Meeting, Membership, PlanItem

    path = tmp_path_factory.mktemp("bad-input") / "example.sqlite3"
    database = Database(path)
    ids = {}
    with database.session() as session:
        body = load_example(session, plans=False)
        ids["body"] = body
        rows = session.scalars(select(Meeting).where(Meeting.body_id == body)).all()
        open_meeting = next(m for m in rows if not meetings.is_locked(m) and m.items)
        ids["meeting"] = open_meeting.id
        ids["item"] = open_meeting.items[0].id
        signed = [m for m in rows if meetings.is_locked(m)]
        ids["signed"] = signed[0].id if signed else None
        member = session.scalars(select(Membership).where(Membership.body_id == body)).first()
        ids["membership"], ids["person"] = member.id, member.person_id
        ids["plan"] = plans.create_plan(session, body, PLAN)
        ids["unit"] = plans.units(session, body)[0].id
        item = next(
            i
            for i in session.scalars(select(PlanItem).where(PlanItem.plan_id == ids["plan"]))
            if i.executors and i.targets and i.fact_registry is None
        )
        ids["plan_item"], ids["plan_unit"] = item.id, item.executors[0].unit_id
        ids["plan_year"] = item.targets[0].year
        ids["assignment"] = assignments.create_assignment(
            session,
            assignments.AssignmentFields(
                body_id=body, text="Подготовить справку", executors="Иванов И.И.", given_on=DAY
            ),
        )
    assert ids["signed"] is not None, "the example has a signed protocol"
    database.close()
    return path, ids


@pytest.fixture
def example(example_file, tmp_path):
    path, ids = example_file
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    database = Database(copy)
    commits = Commits(copy)
    yield database, ids, commits
    commits.close()
    database.close()


# ----- the fields of the forms ---------------------------------------------------------------
def _body(**changes):
    fields = BodyFields(full_name="рабочая группа по проверке", short_name="Проверка")
    return lambda s, ids: bodies.create_body(s, replace(fields, **changes))


def _person(**changes):
    fields = PersonFields(last_name="Проверкин", first_name="Иван", middle_name="Иванович")
    return lambda s, ids: roster_store.add_member(
        s, ids["body"], replace(fields, **changes), Role.MEMBER, DAY
    )


def _meeting(**changes):
    fields = meetings.MeetingFields(day=date(2024, 12, 20))
    return lambda s, ids: meetings.create_meeting(s, ids["body"], replace(fields, **changes))


def _item(**changes):
    fields = meetings.ItemFields(title="О проверке")
    return lambda s, ids: meetings.add_item(s, ids["meeting"], replace(fields, **changes))


def _decision(**changes):
    fields = meetings.DecisionFields(text="Принять к сведению")
    return lambda s, ids: meetings.add_decision(s, ids["item"], replace(fields, **changes))


def _assignment(**changes):
    def call(s, ids):
        fields = assignments.AssignmentFields(
            body_id=ids["body"], text="Проверить", executors="Петров П.П.", given_on=DAY
        )
        return assignments.create_assignment(s, replace(fields, **changes))

    return call


def _proposal(**changes):
    def call(s, ids):
        data = ProposalData(ids["unit"], "Иванов И.И.", DAY, "Сократить очередь")
        return registries.save_proposal(s, ids["body"], replace(data, **changes))

    return call


def _lean(**changes):
    def call(s, ids):
        data = LeanProjectData(ids["unit"], "Проект", "Муниципальное управление")
        return registries.save_lean_project(s, ids["body"], replace(data, **changes))

    return call


def _training(**changes):
    def call(s, ids):
        data = TrainingData(ids["unit"], "Иванов Иван", "Основы бережливого управления", DAY)
        return registries.save_training(s, ids["body"], replace(data, **changes))

    return call


def _plan(**changes):
    item = PlanItemData("1.1", "Мероприятие", executors=("Отдел",), targets={2030: "1"})
    data = PlanData("План проверки", 2030, 2030, items=(item,), units=(UnitData("Отдел"),))
    items = {k: v for k, v in changes.items() if k in PlanItemData.__dataclass_fields__}
    units = {k[5:]: v for k, v in changes.items() if k.startswith("unit_")}
    plan = {k: v for k, v in changes.items() if k in ("title", "approved_by")}
    if items:
        data = replace(data, items=(replace(item, **items),))
    if units:
        data = replace(data, units=(replace(data.units[0], **units),))
    return lambda s, ids: plans.create_plan(s, ids["body"], replace(data, **plan))


def _plan_item(**changes):
    def call(s, ids):
        data = plans.plan_data(s, ids["plan"])
        stored = s.get(plans.PlanItem, ids["plan_item"])
        item = next(i for i in data.items if i.number == stored.number and i.name == stored.name)
        return plans.replace_item(s, ids["plan_item"], replace(item, **changes))

    return call


def _plan_report(**changes):
    def call(s, ids):
        fields = plans.ReportFields(fact=1, text="Выполнено")
        return plans.save_report(
            s, ids["plan_item"], ids["plan_unit"], ids["plan_year"], 2, replace(fields, **changes)
        )

    return call


TEXT_FIELDS = {
    # name of the form field → (the store call with ``text`` in it)
    "Орган: полное наименование": lambda t: _body(full_name=t),
    "Орган: в родительном падеже": lambda t: _body(full_name_genitive=t),
    "Орган: краткое наименование": lambda t: _body(short_name=t),
    "Орган: организация": lambda t: _body(organisation=t),
    "Орган: место": lambda t: _body(place=t),
    "Орган: номер акта": lambda t: _body(act_number=t),
    "Член: фамилия": lambda t: _person(last_name=t),
    "Член: имя": lambda t: _person(first_name=t),
    "Член: отчество": lambda t: _person(middle_name=t),
    "Член: должность": lambda t: _person(position=t),
    "Член: организация": lambda t: _person(organisation=t),
    "Член: телефон": lambda t: _person(phone=t),
    "Член: эл. почта": lambda t: _person(email=t),
    "Член: родительный падеж": lambda t: _person(name_genitive=t),
    "Член: правка человека": lambda t: (
        lambda s, ids: roster_store.update_person(
            s, ids["person"], replace(roster_store.person_fields(s, ids["person"]), position=t)
        )
    ),
    "Акт: номер": lambda t: (
        lambda s, ids: roster_store.record_act(
            s, ids["body"], roster_store.ActFields(ActKind.ORDER, t, DAY)
        )
    ),
    "Акт: примечание": lambda t: (
        lambda s, ids: roster_store.record_act(
            s, ids["body"], roster_store.ActFields(ActKind.ORDER, "41-р", DAY, t)
        )
    ),
    "Вставка состава: должность": lambda t: (
        lambda s, ids: roster_store.add_members(
            s,
            ids["body"],
            [
                (PersonFields("Первов", "Петр", "Петрович", position="глава"), Role.MEMBER),
                (PersonFields("Вторых", "Анна", "Ивановна", position=t), Role.MEMBER),
            ],
            DAY,
        )
    ),
    "Заседание: место": lambda t: _meeting(venue=t),
    "Заседание: примечание": lambda t: _meeting(note=t),
    "Вопрос: формулировка": lambda t: _item(title=t),
    "Вопрос: материалы готовит": lambda t: _item(materials_by=t),
    "Вопрос: докладчик": lambda t: _item(speakers=[meetings.SpeakerRef(text=t)]),
    "Предложение в повестку": lambda t: (
        lambda s, ids: meetings.add_proposal(s, ids["body"], t, DAY)
    ),
    "Протокол: слушали": lambda t: lambda s, ids: meetings.update_minutes(s, ids["item"], t, ""),
    "Протокол: выступили": lambda t: lambda s, ids: meetings.update_minutes(s, ids["item"], "", t),
    "Решение: текст": lambda t: _decision(text=t),
    "Решение: ответственные": lambda t: _decision(responsible=t),
    "Решение: срок словами": lambda t: _decision(deadline_text=t),
    "Приглашенный: должность": lambda t: (
        lambda s, ids: meetings.invite(
            s,
            ids["meeting"],
            person=PersonFields("Гостев", "Павел", "Петрович"),
            position=t,
        )
    ),
    "Явка: причина": lambda t: (
        lambda s, ids: meetings.set_attendance(s, ids["meeting"], ids["person"], False, note=t)
    ),
    "Рассылка: кому": lambda t: (
        lambda s, ids: distribution.add_delivery(
            s,
            ids["signed"],
            method=next(iter(distribution.DistributionMethod)),
            sent_on=DAY,
            recipient=t,
        )
    ),
    "Исправление: причина": lambda t: (
        lambda s, ids: meetings.begin_amendment(s, ids["signed"], date(2030, 1, 1), t)
    ),
    "Поручение: текст": lambda t: _assignment(text=t),
    "Поручение: ответственные": lambda t: _assignment(executors=t),
    "Поручение: срок словами": lambda t: _assignment(deadline_note=t),
    "Поручение: источник": lambda t: _assignment(source=t),
    "Отчет об исполнении": lambda t: (
        lambda s, ids: assignments.report_execution(
            s, ids["assignment"], assignments.ReportFields(reported_on=DAY, text=t)
        )
    ),
    "Отчет: принял": lambda t: (
        lambda s, ids: assignments.report_execution(
            s, ids["assignment"], assignments.ReportFields(DAY, "Исполнено", accepted_by=t)
        )
    ),
    "Снятие с контроля: основание": lambda t: (
        lambda s, ids: assignments.remove_from_control(s, ids["assignment"], DAY, t)
    ),
    "Продление: причина": lambda t: (
        lambda s, ids: assignments.extend_deadline(s, ids["assignment"], date(2030, 1, 1), DAY, t)
    ),
    "Исполнитель: наименование": lambda t: (
        lambda s, ids: plans.save_unit(s, ids["body"], UnitData(t))
    ),
    "Исполнитель: сокращение": lambda t: (
        lambda s, ids: plans.save_unit(s, ids["body"], UnitData("Новый отдел", t))
    ),
    "Исполнитель: группа": lambda t: (
        lambda s, ids: plans.save_unit(s, ids["body"], UnitData("Новый отдел", "НО", t))
    ),
    "План: название": lambda t: _plan(title=t),
    "План: утвержден": lambda t: _plan(approved_by=t),
    "План: номер пункта": lambda t: _plan(number=t),
    "План: мероприятие": lambda t: _plan(name=t),
    "План: ожидаемый результат": lambda t: _plan(expected_result=t),
    "План: сроки": lambda t: _plan(term=t),
    "План: показатель": lambda t: _plan(targets={2030: t}),
    "План: группа исполнителя": lambda t: _plan(unit_group=t),
    "Пункт плана: мероприятие": lambda t: _plan_item(name=t),
    "Пункт плана: исполнитель словами": lambda t: _plan_item(executors_text=t),
    "Отчет по плану: текст": lambda t: _plan_report(text=t),
    "ППУ: автор": lambda t: _proposal(author=t),
    "ППУ: номер": lambda t: _proposal(number=t),
    "ППУ: содержание": lambda t: _proposal(text=t),
    "ППУ: эффект": lambda t: _proposal(effect=t),
    "Лин-проект: название": lambda t: _lean(title=t),
    "Лин-проект: направление": lambda t: _lean(sector=t),
    "Лин-проект: команда": lambda t: _lean(team=t),
    "Лин-проект: результаты": lambda t: _lean(results=t),
    "Лин-проект: показатель цели": lambda t: _lean(goals=(GoalData(t, "мин", 40, 15),)),
    "Лин-проект: единица измерения": lambda t: _lean(goals=(GoalData("Время", t, 40, 15),)),
    "Обучение: сотрудник": lambda t: _training(person=t),
    "Обучение: программа": lambda t: _training(course=t),
    "Обучение: кто обучал": lambda t: _training(provider=t),
}
BAD_NUMBERS = (-1, -1e-9, 1e6 + 1, 1e308, math.inf, -math.inf, math.nan, 10**30)
NUMBER_FIELDS = {
    "Отчет по плану: факт": lambda n: _plan_report(fact=n),
    "Отчет по плану: всего": lambda n: _plan_report(fact=None, base=n, text="Доля"),
    "Оценка: степень распространения": lambda n: (
        lambda s, ids: registries.save_assessment(s, AssessmentData(ids["unit"], DAY, n))
    ),
    "Оценка: уровень культуры": lambda n: (
        lambda s, ids: registries.save_assessment(s, AssessmentData(ids["unit"], DAY, None, n))
    ),
    "Лин-проект: текущее значение": lambda n: _lean(goals=(GoalData("Время", "мин", n, 15),)),
    "Орган: срок отчетов": lambda n: _body(report_day=n),
    "Орган: заседаний в квартал": lambda n: _body(meetings_per_quarter=n),
    "Заседание: номер": lambda n: _meeting(number=n),
    "Голосование: за": lambda n: _decision(votes=VoteCount(n, 0, 0)),
    "Голосование: против": lambda n: _decision(votes=VoteCount(0, n, 0)),
    "Отчет по плану: квартал": lambda n: (
        lambda s, ids: plans.save_report(
            s, ids["plan_item"], ids["plan_unit"], ids["plan_year"], n, plans.ReportFields(fact=1)
        )
    ),
}
BAD_DATES = (date(1, 1, 1), date(9999, 12, 31), date(1900, 1, 1))
DATE_FIELDS = {
    "Поручение: срок раньше даты": lambda d: _assignment(deadline=d),
    "Лин-проект: этап": lambda d: _lean(stages=(StageDates(1, d), StageDates(9, date(2024, 1, 1)))),
    "Исполнение: дата": lambda d: _plan_report(done_on=d),
    "Выбытие члена": lambda d: lambda s, ids: roster_store.end_membership(s, ids["membership"], d),
}


def _try(database: Database, ids: dict, call, field: str, commits: Commits) -> bool:
    """Run one form's store call in its own transaction, as the dialogs do. True when
    accepted; a refusal must be a Russian ValidationError that committed nothing."""
    commits.changed()
    try:
        with database.session() as session:
            call(session, ids)
    except ValidationError as error:
        assert error.message, field
        assert any("а" <= c <= "я" for c in error.message.lower()), (field, error.message)
        assert len(str(error)) < 1000, (field, str(error)[:200])
        assert not commits.changed(), field
        return False
    except LookupError as error:  # a record that is not there: said in Russian too
        assert "не найден" in str(error), field
        assert not commits.changed(), field
        return False
    return True


def _check_batch(database: Database, before: dict, accepted: int, field: str) -> None:
    """After a batch of calls: nothing changed when nothing was accepted (the whole
    database compared), and what was accepted holds no forbidden character."""
    after = dump(database.path)
    if not accepted:
        assert after == before, field
        return
    changed = [table for table in after if after[table] != before.get(table)]
    bad = [(t, v[:40]) for t, v in stored_texts(database.path, changed) if forbidden_character(v)]
    assert not bad, (field, bad[:3])


# ----- the hand-written list, every field -----------------------------------------------------
MUST_REFUSE = (MEGABYTE, *(f"Текст{c}вставка" for c in CONTROLS))


@pytest.mark.parametrize("group", ["bodies", "meetings", "assignments", "plans", "registries"])
def test_every_text_field_refuses_or_stores_clean_every_hostile_string(example, group):
    database, ids, commits = example
    prefixes = {
        "bodies": ("Орган", "Член", "Акт", "Вставка"),
        "meetings": (
            "Заседание",
            "Вопрос",
            "Предложение",
            "Протокол",
            "Решение",
            "Приглаш",
            "Явка",
            "Рассылка",
            "Исправление",
        ),
        "assignments": ("Поручение", "Отчет об", "Отчет:", "Снятие", "Продление"),
        "plans": ("Исполнитель", "План", "Пункт", "Отчет по"),
        "registries": ("ППУ", "Лин", "Обучение"),
    }[group]
    fields = {name: make for name, make in TEXT_FIELDS.items() if name.startswith(prefixes)}
    assert fields
    refused: dict[str, list[str]] = {}
    for name, make in fields.items():
        before = dump(database.path)
        for text in MUST_REFUSE:
            assert not _try(database, ids, make(text), name, commits), (name, repr(text[:20]))
        _check_batch(database, before, 0, name)
        accepted = 0
        for text in HOSTILE:
            if _try(database, ids, make(text), name, commits):
                accepted += 1
            else:
                refused.setdefault(name, []).append(text[:20])
        _check_batch(database, before, accepted, name)
    # Formulas are words to a form: stored as typed where the field takes free text.
    for name in ("Решение: текст", "Поручение: текст", "ППУ: содержание"):
        assert not set(FORMULAS) & set(refused.get(name, ())), name


REFUSALS = {
    "Орган: полное наименование": "Полное наименование",
    "Член: должность": "Должность",
    "Акт: номер": "Номер акта",
    "Вставка состава: должность": "Строка 2, Должность",
    "Решение: текст": "Решение",
    "Поручение: текст": "Поручение",
    "План: мероприятие": None,  # a whole plan: the problems list names the item
    "Отчет по плану: текст": "Текст отчета",
    "ППУ: содержание": "Содержание предложения",
    "Обучение: программа": "Программа обучения",
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refusal_names_the_field_and_the_character(example, name):
    database, ids, _ = example
    with pytest.raises(ValidationError) as caught, database.session() as session:
        TEXT_FIELDS[name]("Текст\x07вставка")(session, ids)
    assert caught.value.field == REFUSALS[name]
    assert "недопустимый управляющий символ U+0007" in str(caught.value)


@pytest.mark.parametrize("name", list(NUMBER_FIELDS))
def test_negative_huge_and_impossible_numbers(example, name):
    database, ids, commits = example
    for number in BAD_NUMBERS:
        accepted = _try(database, ids, NUMBER_FIELDS[name](number), name, commits)
        assert not (accepted and isinstance(number, float) and not math.isfinite(number)), (
            name,
            number,
        )


@pytest.mark.parametrize("name", list(DATE_FIELDS))
def test_impossible_dates_are_refused_or_kept(example, name):
    database, ids, commits = example
    before = dump(database.path)
    accepted = sum(_try(database, ids, DATE_FIELDS[name](day), name, commits) for day in BAD_DATES)
    _check_batch(database, before, accepted, name)


def test_formulas_are_stored_as_the_words_typed(example):
    database, ids, _ = example
    for formula in FORMULAS:
        with database.session() as session:
            decision = meetings.add_decision(
                session, ids["item"], meetings.DecisionFields(text=formula)
            )
        with database.session() as session:
            assert meetings.decision_fields(session, decision).text == formula.strip()


def test_a_duplicate_row_in_a_pasted_roster_is_refused_naming_the_row(example):
    database, ids, _ = example
    row = (PersonFields("Первов", "Петр", "Петрович", position="глава"), Role.MEMBER)
    before = dump(database.path)
    with pytest.raises(ValidationError) as caught, database.session() as session:
        roster_store.add_members(session, ids["body"], [row, row], DAY)
    assert caught.value.field.startswith("Строка 2")
    assert dump(database.path) == before


# ----- generated input ------------------------------------------------------------------------
GENERATED_PER_FIELD = 2
GENERATED = GENERATED_PER_FIELD * len(TEXT_FIELDS)


@settings(
    max_examples=GENERATED,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.sampled_from(sorted(TEXT_FIELDS)), hostile_text)
def test_any_text_in_any_field_is_refused_cleanly_or_stored_clean(example, name, text):
    database, ids, commits = example
    before = dump(database.path)
    accepted = _try(database, ids, TEXT_FIELDS[name](text), name, commits)
    _check_batch(database, before, accepted, name)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.sampled_from(sorted(NUMBER_FIELDS)),
    st.one_of(
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
    ),
)
def test_any_number_in_any_field_is_refused_cleanly_or_stored(example, name, number):
    database, ids, commits = example
    try:
        call = NUMBER_FIELDS[name](number)
    except (ValueError, OverflowError):  # a float where the form has an integer spin box
        return
    accepted = _try(database, ids, call, name, commits)
    if isinstance(number, float) and not math.isfinite(number):
        assert not accepted, (name, number)


# ----- the search boxes: any text finds something or nothing, never fails --------------------
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile_text)
def test_any_text_in_a_search_box_finds_or_finds_nothing(example, text):
    database, ids, commits = example
    with database.session() as session:
        query = assignments.AssignmentQuery(today=DAY, status=StatusFilter.ALL, search=text)
        assignments.list_assignments(session, query)
        assignments.count_assignments(session, replace(query, search="", responsible=text))
        roster_store.find_people(session, text)
        try:
            bodies.find_body(session, text)
        except LookupError as error:
            assert "не найден" in str(error)
    assert not commits.changed()
