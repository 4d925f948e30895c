"""The registries in the store: proposals, lean projects with their passports, training and
the units' self-assessments; every rule refuses with a Russian message naming the field
and changes nothing; the figures of a period and the table of appendix 1 of seed 003."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from registries_fixtures import ensure_registries

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import LeanStatus, ProposalStatus, TrainingKind
from desktop_app.domain.registries import (
    AssessmentData,
    GoalData,
    LeanProjectData,
    ProposalData,
    StageDates,
    TrainingData,
)
from desktop_app.store import registries as r
from desktop_app.store.models import ImprovementProposal, LeanProject, Training

TODAY = date(2026, 11, 22)


@pytest.fixture
def belovo(database, example_body) -> tuple[int, dict[str, int]]:
    with database.session() as session:
        units = ensure_registries(session, example_body)
    return example_body, units


def _project(rows, start: str) -> r.LeanProjectRow:
    return next(row for row in rows if row.title.startswith(start))


# ----- the example and the figures ------------------------------------------------------------
def test_the_example_registries_cover_every_status_and_kind(database, belovo) -> None:
    body, _ = belovo
    with database.session() as session:
        proposals = r.proposals(session, body)
        projects = r.lean_projects(session, body)
        trainings = r.trainings(session, body)
    assert len(proposals) >= 20
    assert {p.status for p in proposals} == {s.value for s in ProposalStatus}
    assert {p.submitted_on.year for p in proposals} == {2022, 2023, 2024, 2025, 2026}
    assert {row.status(TODAY) for row in projects} == set(LeanStatus)
    assert sum(row.pilot for row in projects) >= 3
    assert sum(row.is_replication for row in projects) >= 3
    assert any(row.recommended_on for row in projects)
    assert {t.kind for t in trainings} == {"external", "internal"}
    assert all(
        t.provider == "АНО «Центр компетенций Кузбасса»" for t in trainings if t.kind == "external"
    )
    # a replication of a project of the registry names it; one of elsewhere in words
    mfc = _project(projects, "Сокращение сроков приема документов")
    assert mfc.replicates.startswith("Сокращение сроков назначения мер социальной поддержки")
    edo = _project(projects, "Электронное согласование")
    assert "Кемерово" in edo.replicates


def test_the_summary_of_a_year_counts_by_the_dates_of_the_stages(database, belovo) -> None:
    body, units = belovo
    with database.session() as session:
        year_2023 = r.registry_summary(session, body, date(2023, 1, 1), date(2023, 12, 31))
        year_2024 = r.registry_summary(session, body, date(2024, 1, 1), date(2024, 12, 31))
        uer = r.registry_summary(session, body, date(2022, 1, 1), TODAY, units["УЭР"])
    assert year_2023 == r.RegistrySummary(
        projects_started=4,
        projects_closed=1,
        projects_recommended=0,
        pilots_started=3,
        replications_started=1,
        proposals_submitted=7,
        proposals_implemented=5,
        proposals_rejected=1,
        trained_external=4,
        trained_internal=2,
    )
    assert year_2024.projects_recommended == 3
    assert year_2024.projects_closed == 5
    assert year_2024.trained == 4
    # one unit: the pilot of 2022 and the mining project of 2025 (closing on 11.12.2026)
    assert (uer.projects_started, uer.projects_closed, uer.pilots_started) == (2, 1, 1)
    assert (uer.proposals_submitted, uer.trained_external, uer.trained_internal) == (3, 2, 2)


def test_a_cancelled_project_is_not_counted_closed(database, belovo) -> None:
    body, units = belovo
    stages = (
        StageDates(1, date(2025, 1, 10)),
        StageDates(2, date(2025, 1, 11), date(2025, 2, 1)),
        StageDates(9, date(2025, 6, 30)),
    )
    project = LeanProjectData(units["ОИТ"], "Проект", "Связь", stages=stages)
    with database.session() as session:
        before = r.registry_summary(session, body, date(2025, 1, 1), date(2025, 12, 31))
        r.save_lean_project(session, body, replace(project, cancelled_on=date(2025, 3, 1)))
        after = r.registry_summary(session, body, date(2025, 1, 1), date(2025, 12, 31))
    assert after.projects_started == before.projects_started + 1
    assert after.projects_closed == before.projects_closed


# ----- proposals ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"author": "  "}, "Автор", "не заполнено"),
        ({"text": ""}, "Содержание предложения", "не заполнено"),
        ({"decided_on": date(2024, 3, 1)}, "Дата решения", "для принятого"),
        (
            {"status": ProposalStatus.ACCEPTED, "decided_on": date(2024, 1, 1)},
            "Дата решения",
            "раньше подачи",
        ),
        ({"number": "1/2024"}, "Номер", "уже есть"),
        ({"unit_id": 10**6}, "Исполнитель", "выберите исполнителя"),
    ],
)
def test_a_bad_proposal_is_refused_and_nothing_changes(
    database, belovo, change, field, words
) -> None:
    body, units = belovo
    data = ProposalData(units["УО"], "Иванова А.А.", date(2024, 2, 10), "Текст", number="9/2024")
    with database.session() as session:
        count = session.query(ImprovementProposal).count()
        with pytest.raises(ValidationError) as raised:
            r.save_proposal(session, body, replace(data, **change))
    assert raised.value.field == field
    assert words in raised.value.message
    with database.session() as session:
        assert session.query(ImprovementProposal).count() == count


def test_a_proposal_is_added_changed_and_deleted(database, belovo) -> None:
    body, units = belovo
    data = ProposalData(units["УО"], "Иванова Анна Алексеевна", date(2026, 11, 2), "Текст")
    with database.session() as session:
        proposal_id = r.save_proposal(session, body, data)
    decided = replace(
        data, status=ProposalStatus.IMPLEMENTED, decided_on=date(2026, 11, 20), effect="быстрее"
    )
    with database.session() as session:
        r.save_proposal(session, body, decided, proposal_id)
    with database.session() as session:
        assert r.proposal_data(session.get(ImprovementProposal, proposal_id)) == decided
        summary = r.registry_summary(session, body, date(2026, 11, 1), date(2026, 11, 30))
        assert (summary.proposals_submitted, summary.proposals_implemented) == (1, 1)
        r.delete_proposal(session, proposal_id)
    with database.session() as session:
        assert session.get(ImprovementProposal, proposal_id) is None


# ----- lean projects --------------------------------------------------------------------------
def _passport(unit_id: int) -> LeanProjectData:
    return LeanProjectData(
        unit_id=unit_id,
        title="Сокращение сроков выдачи справок",
        sector="Муниципальное управление",
        pilot=True,
        customer="Хмелева Ксения Владимировна",
        customer_position="Заместитель Главы",
        process="Выдача справок",
        boundaries="От заявления до выдачи",
        leader="Иванов И.И.",
        team="Петров П.П.; Сидорова С.С.",
        justification="1. Долго.\n2. Дорого.",
        effects="Быстрее",
        goals=(GoalData("Срок выдачи", "дн.", 10, 3, None), GoalData("Посещения", "раз", 2, 1)),
        stages=(
            StageDates(1, date(2026, 1, 15)),
            StageDates(2, date(2026, 1, 16), date(2026, 2, 10)),
            StageDates(7, date(2026, 3, 1), date(2026, 6, 30)),
            StageDates(9, date(2026, 9, 30)),
        ),
        before_text="10 дней",
        after_text="3 дня",
        results="срок сокращен с 10 до 3 дней",
        recommended_on=date(2026, 10, 15),
    )


def test_a_lean_project_is_stored_and_read_back_as_it_was(database, belovo) -> None:
    body, units = belovo
    data = _passport(units["УО"])
    with database.session() as session:
        project_id = r.save_lean_project(session, body, data)
    with database.session() as session:
        assert r.lean_project_data(session, project_id) == data
        row = next(row for row in r.lean_projects(session, body) if row.id == project_id)
    assert (row.started_on, row.closed_on) == (date(2026, 1, 15), date(2026, 9, 30))
    assert row.status(date(2026, 1, 14)) is LeanStatus.PREPARING
    assert row.status(date(2026, 1, 15)) is LeanStatus.ACTIVE
    assert row.status(date(2026, 9, 30)) is LeanStatus.CLOSED


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"title": " "}, "Название лин-проекта", "не заполнено"),
        ({"sector": "Космос"}, "Направление деятельности", "из списка"),
        ({"replicates_text": "«Проект» Кемерово"}, "Тиражирование проекта", "пилотный"),
        (
            {
                "stages": (
                    StageDates(1, date(2026, 2, 1)),
                    StageDates(2, date(2026, 1, 1), date(2026, 3, 1)),
                )
            },
            "Этап 2. Картирование текущего состояния",
            "раньше этапа 1",
        ),
        (
            {"stages": (StageDates(1, date(2026, 2, 1)), StageDates(3, date(2026, 3, 1)))},
            "Этап 3. Анализ проблем и потерь",
            "дату окончания",
        ),
        (
            {
                "stages": (
                    StageDates(1, date(2026, 2, 1)),
                    StageDates(3, date(2026, 3, 9), date(2026, 3, 1)),
                )
            },
            "Этап 3. Анализ проблем и потерь",
            "окончание раньше начала",
        ),
        (
            {"stages": (StageDates(9, date(2026, 2, 1)),), "recommended_on": None},
            "Этап 1. Согласование паспорта лин-проекта",
            "этап 1",
        ),
        ({"recommended_on": date(2025, 12, 1)}, "Рекомендован к тиражированию", "после"),
        ({"cancelled_on": date(2025, 12, 1)}, "Прекращен", "раньше"),
        ({"goals": (GoalData(" ", "дн.", 1, 2),)}, "Цель 1", "наименование цели"),
        (
            {"goals": (GoalData("Срок", "дн.", float("nan"), 2),)},
            "Цель 1, текущий показатель",
            "не число",
        ),
    ],
)
def test_a_bad_passport_is_refused_and_nothing_changes(
    database, belovo, change, field, words
) -> None:
    body, units = belovo
    with database.session() as session:
        count = session.query(LeanProject).count()
        with pytest.raises(ValidationError) as raised:
            r.save_lean_project(session, body, replace(_passport(units["УО"]), **change))
    assert raised.value.field == field
    assert words in raised.value.message
    with database.session() as session:
        assert session.query(LeanProject).count() == count


def test_a_project_cannot_replicate_itself_and_a_deleted_original_stays_in_words(
    database, belovo
) -> None:
    body, units = belovo
    with database.session() as session:
        original = r.save_lean_project(session, body, _passport(units["УО"]))
        copy = replace(_passport(units["КСЗН"]), pilot=False, replicates_id=original)
        copy_id = r.save_lean_project(session, body, copy)
        with pytest.raises(ValidationError, match="сам себя"):
            r.save_lean_project(session, body, replace(copy, replicates_id=copy_id), copy_id)
    with database.session() as session:
        r.delete_lean_project(session, original)
    with database.session() as session:
        data = r.lean_project_data(session, copy_id)
    assert data.replicates_id is None
    assert data.replicates_text == "Сокращение сроков выдачи справок"


# ----- the table of appendix 1 and the passport's data ----------------------------------------
def test_the_lean_table_counts_mining_in_industry_and_takes_the_latest_assessment(
    database, belovo
) -> None:
    _, units = belovo
    with database.session() as session:
        now = r.lean_table(session, units["УЭР"], TODAY)
        early = r.lean_table(session, units["УЭР"], date(2023, 6, 29))
        before_any = r.lean_table(session, units["УЭР"], date(2023, 12, 30))
    rows = {row.sector: row for row in now.rows}
    assert [row.sector for row in now.rows][7:9] == ["Промышленность", "добыча полезных ископаемых"]
    assert (rows["Промышленность"].total, rows["Промышленность"].completed) == (1, 0)
    assert rows["добыча полезных ископаемых"].part_of == "Промышленность"
    assert (rows["Муниципальное управление"].total, rows["Муниципальное управление"].completed) == (
        1,
        1,
    )
    assert "с 24 до 11 дней" in rows["Муниципальное управление"].results[0]
    assert (now.total, now.completed) == (2, 1)  # mining counted once
    assert (now.practice_share, now.culture_level, now.assessed_on) == (55, 5, date(2026, 10, 1))
    # the day before the pilot closed: started, not completed, no results yet
    municipal = next(row for row in early.rows if row.sector == "Муниципальное управление")
    assert (municipal.total, municipal.completed, municipal.results) == (1, 0, ())
    assert before_any.practice_share is None and before_any.culture_level is None


def test_a_cancelled_or_unstarted_project_is_not_in_the_lean_table(database, belovo) -> None:
    _, units = belovo
    with database.session() as session:
        oit = r.lean_table(session, units["ОИТ"], TODAY)
        mfc = r.lean_table(session, units["МФЦ"], TODAY)
    assert oit.total == 1  # the replication of 2023; the help-desk project was cancelled
    assert mfc.total == 1  # the replication of 2024; the project of 07.12.2026 not started


def test_the_passport_data_names_the_original_and_the_recommendation(database, belovo) -> None:
    body, _ = belovo
    with database.session() as session:
        rows = r.lean_projects(session, body)
        copy = r.passport_data(session, _project(rows, "Сокращение сроков приема").id, TODAY)
        pilot = r.passport_data(session, _project(rows, "Организация приема детей").id, TODAY)
        early = r.passport_data(
            session, _project(rows, "Организация приема детей").id, date(2023, 4, 9)
        )
    assert copy.kind_text.startswith("тиражирование лин-проекта «Сокращение сроков назначения")
    assert "Комитет социальной защиты" in copy.kind_text
    assert pilot.kind_text == "пилотный лин-проект"
    assert pilot.recommended_text.startswith("Рекомендован к тиражированию 12.12.2024")
    assert pilot.status is LeanStatus.CLOSED
    assert [stage.number for stage in pilot.stages] == list(range(1, 11))
    assert early.status is LeanStatus.PREPARING and early.recommended_text == ""


# ----- training and assessments ---------------------------------------------------------------
def test_training_is_added_changed_and_checked(database, belovo) -> None:
    body, units = belovo
    data = TrainingData(units["УО"], "Петрова С.М.", "Основы", date(2026, 5, 5))
    with database.session() as session:
        training_id = r.save_training(session, body, data)
        internal = replace(data, kind=TrainingKind.INTERNAL, provider="Шевченко О.П.")
        r.save_training(session, body, internal, training_id)
        with pytest.raises(ValidationError) as raised:
            r.save_training(session, body, replace(data, person=""))
        assert raised.value.field == "Сотрудник"
    with database.session() as session:
        assert r.training_data(session.get(Training, training_id)) == internal
        r.delete_training(session, training_id)
    with database.session() as session:
        assert session.get(Training, training_id) is None


@pytest.mark.parametrize(
    ("share", "level", "field"),
    [
        (101, 5, "Степень распространения бережливого производства, %"),
        (50, 11, "Уровень бережливой культуры"),
        (None, None, "Степень распространения бережливого производства, %"),
    ],
)
def test_a_bad_assessment_is_refused(database, belovo, share, level, field) -> None:
    _, units = belovo
    with database.session() as session, pytest.raises(ValidationError) as raised:
        r.save_assessment(session, AssessmentData(units["УО"], date(2026, 11, 1), share, level))
    assert raised.value.field == field


def test_an_assessment_of_the_same_day_is_replaced(database, belovo) -> None:
    _, units = belovo
    with database.session() as session:
        r.save_assessment(session, AssessmentData(units["УО"], date(2026, 11, 1), 45, 4))
        r.save_assessment(session, AssessmentData(units["УО"], date(2026, 11, 1), 47.5, 5))
    with database.session() as session:
        latest = r.latest_assessment(session, units["УО"], TODAY)
        assert latest == AssessmentData(units["УО"], date(2026, 11, 1), 47.5, 5)
        assert len(r.assessments(session, units["УО"])) == 5
