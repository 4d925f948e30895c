"""The plan's documents: the quarterly note on plan execution and the year report — their
data from the store, read back from PDF, DOCX and XLSX, the command line, and the note of
a large plan (its speed is a benchmark: benchmarks/plan_figures.py)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from helpers_documents import normalise, pdf_text
from plan_document_fixtures import APPROVED, PLAN, build_plan

from desktop_app.cli import main
from desktop_app.documents.plan_export import (
    PLAN_DOCUMENTS,
    plan_document_bytes,
    plan_pdf_bytes,
    suggested_file_name,
    write_plan_document,
)
from desktop_app.domain.body import BodyFields
from desktop_app.domain.plan import PlanData, PlanItemData, UnitData
from desktop_app.domain.plan_documents import plural
from desktop_app.store import plans
from desktop_app.store.bodies import create_body
from desktop_app.store.models import PlanReport
from desktop_app.store.plan_reports import plan_note_data, year_report_data

AS_OF = date(2024, 10, 15)


@pytest.fixture
def fresh_body(database) -> int:
    """A body with nothing else in it (the example's own plans and registries apart)."""
    with database.session() as session:
        return create_body(
            session,
            BodyFields(
                full_name="Рабочая группа по бережливому управлению",
                full_name_genitive="рабочей группы по бережливому управлению",
                short_name="РГ БУ",
                organisation="Администрация Беловского городского округа",
                report_day=3,
            ),
        )


@pytest.fixture
def note_plan(database, fresh_body) -> tuple[int, int, dict[str, int]]:
    with database.session() as session:
        plan_id, units = build_plan(session, fresh_body)
    return fresh_body, plan_id, units


def _note(database, plan_id, quarter=3, as_of=AS_OF, year=2024):
    with database.session() as session:
        return plan_note_data(session, plan_id, year, quarter, as_of)


def _item(data, number):
    return next(item for item in data.items if item.number == number)


def _line(item, executor):
    return next(line for line in item.lines if line.executor == executor)


# ----- the data of the note ------------------------------------------------------------------
def test_the_note_counts_the_measures_and_names_who_has_not_reported(database, note_plan):
    _, plan_id, _ = note_plan
    data = _note(database, plan_id)
    # 1.1, 1.3, 1.5, 2.3, 2.4 have a target in 2024; 3.1 only in 2025, its section goes
    assert [item.number for item in data.items] == ["1", "1.1", "1.3", "1.5", "2", "2.3", "2.4"]
    assert data.measures == 5
    assert (data.done, data.on_track, data.behind, data.failed) == (0, 3, 2, 0)
    assert data.due == date(2024, 10, 3)
    # the registries need no report; УАиГ joined on 01.07.2024 and owes the III quarter
    assert [(m.name, m.measures) for m in data.missing] == [("УО", 1), ("КСЗН", 1), ("УАиГ", 1)]
    assert data.signer_name == ""  # the fresh body has no secretary


def test_the_note_shows_the_quarter_and_the_year_to_date_of_each_executor(database, note_plan):
    _, plan_id, _ = note_plan
    data = _note(database, plan_id)
    quarterly = _item(data, "1.1")  # «4» a year, three done by the III quarter: on track
    assert _line(quarterly, "УЭР").quarter == "1"
    assert _line(quarterly, "УЭР").to_date == "3"
    assert _line(quarterly, "УЭР").status == "в срок"
    assert _line(quarterly, "УЭР").info == "Информация за 3 квартал направлена"

    proposals = _item(data, "1.3")  # «Не менее 2 в год» each, from the registry
    assert proposals.source == "по реестру предложений по улучшению"
    assert [(x.executor, x.to_date, x.status) for x in proposals.lines] == [
        ("УЭР", "2", "выполнено"),
        ("УО", "1", "отставание"),  # its IV-quarter proposal is not in a III-quarter note
        ("КСЗН", "0", "отставание"),  # the rejected one does not count
    ]
    assert proposals.status == "отставание" and proposals.alarm

    share = _item(data, "1.5")  # judged on the executors together: a «Всего» line
    assert [x.executor for x in share.lines] == ["УЭР", "УО", "Всего"]
    assert _line(share, "УЭР").to_date == "50,0\u00a0% (1\u00a0из\u00a02)"
    assert _line(share, "Всего").to_date == "33,3\u00a0% (1\u00a0из\u00a03)"
    assert _line(share, "Всего").status == "в срок" and _line(share, "УЭР").status == ""

    dated = _item(data, "2.3")
    assert _line(dated, "УО").to_date == "исполнено 20.05.2024"
    assert _line(dated, "УО").info == "Информация не представлена"
    assert _line(dated, "УАиГ").status == "в срок"  # the deadline 01.12.2024 is ahead

    constant = _item(data, "2.4")
    assert _line(constant, "УЭР").quarter == "представлена"
    assert _line(constant, "УЭР").to_date == "I–III\u00a0кв."
    assert _line(constant, "КСЗН").status == "отставание"


def test_a_note_printed_again_later_says_what_it_said_then(database, note_plan):
    _, plan_id, _ = note_plan
    then = _note(database, plan_id)
    later = _note(database, plan_id, as_of=date(2025, 6, 1))
    assert replace(later, as_of=AS_OF) == then
    # the IV quarter's note counts the whole year: УО's IV-quarter proposal, the year over
    final = _note(database, plan_id, quarter=4, as_of=date(2025, 1, 20))
    assert _line(_item(final, "1.3"), "УО").to_date == "2"
    assert _line(_item(final, "1.3"), "УО").status == "выполнено"
    assert _line(_item(final, "1.1"), "УЭР").status == "не выполнено"


def test_a_note_of_a_year_outside_the_plan_is_refused(database, note_plan):
    from desktop_app.domain.errors import ValidationError

    _, plan_id, _ = note_plan
    with pytest.raises(ValidationError, match="2024–2025"):
        _note(database, plan_id, year=2023)


# ----- the note's files --------------------------------------------------------------------------
def test_the_note_as_pdf_reads_as_an_official_document(database, example_body):
    with database.session() as session:
        plan_id, _ = build_plan(session, example_body)
    data = _note(database, plan_id)
    content = plan_pdf_bytes("plan-note", data)
    text = pdf_text(io.BytesIO(content))
    assert text.startswith("АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА АНАЛИТИЧЕСКАЯ ИНФОРМАЦИЯ")
    assert (
        "о выполнении плана мероприятий, направленных на внедрение инструментов бережливого "
        f"управления в деятельности органов местного самоуправления, утвержденного {APPROVED}, "
        "за III квартал 2024 г. (по состоянию на 15.10.2024)"
    ) in normalise(text)
    assert "Планом на 2024 год предусмотрено 5 мероприятий с показателями на год." in text
    assert (
        "Информацию за III квартал 2024 г. в установленный срок (до 03.10.2024) не "
        "представили: УО (1 мероприятие), КСЗН (1 мероприятие), УАиГ (1 мероприятие)."
    ) in text
    for header in ("Наименование мероприятия", "Показатель на год", "За квартал", "Статус"):
        assert header in text
    assert "(по реестру предложений по улучшению)" in text
    assert "Сокращения: УЭР — Управление экономического развития" in text
    assert text.endswith("Секретарь рабочей группы Е.В. Проскуракова")
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(content)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape: the table is wide


def test_the_note_as_xlsx_has_a_row_per_executor_with_numbers(database, note_plan):
    from openpyxl import load_workbook

    fresh, plan_id, units = note_plan
    with database.session() as session:  # a report's words that look like a formula
        item = next(i for i in plans.get_plan(session, plan_id).items if i.number == "1.1")
        plans.save_report(
            session,
            item.id,
            units["УЭР"],
            2024,
            3,
            plans.ReportFields(fact=1, text='=HYPERLINK("http://x","y")'),
        )
    data = _note(database, plan_id)
    sheet = load_workbook(io.BytesIO(plan_document_bytes("plan-note", data, ".xlsx"))).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows.index(
        [
            "№ п/п",
            "Наименование мероприятия",
            "Показатель на год",
            "Учет",
            "Исполнитель",
            "За квартал",
            "С начала года",
            "Статус",
            "Информация о выполнении",
        ]
    )
    body = rows[header + 1 :]
    uer = next(r for r in body if r[0] == "1.1")
    assert uer[4:8] == ["УЭР", 1, 3, "в срок"]
    assert uer[8] == '=HYPERLINK("http://x","y")'
    cell = sheet.cell(row=header + 1 + body.index(uer) + 1, column=9)
    assert cell.data_type == "s"  # text, never a formula
    proposals = [r for r in body if r[0] == "1.3"]  # number and name on every row
    assert [(r[4], r[6], r[7]) for r in proposals] == [
        ("УЭР", 2, "выполнено"),
        ("УО", 1, "отставание"),
        ("КСЗН", 0, "отставание"),
    ]
    assert proposals[1][3] == "по реестру предложений по улучшению"
    status = sheet.cell(row=header + 1 + body.index(proposals[1]) + 1, column=8)
    assert status.font.bold and status.font.color.rgb.endswith("8B0000")
    assert sheet.auto_filter.ref.startswith(f"A{header + 1}:I")
    title = [normalise(str(r[0])) for r in rows[:header]]
    assert any("не представили: УО (1 мероприятие)" in line for line in title)


def test_the_note_as_docx_is_landscape_with_the_table_and_the_signature(database, example_body):
    from docx import Document
    from docx.enum.section import WD_ORIENT

    with database.session() as session:
        plan_id, _ = build_plan(session, example_body)
    data = _note(database, plan_id)
    document = Document(io.BytesIO(plan_document_bytes("plan-note", data, ".docx")))
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    texts = [normalise(p.text) for p in document.paragraphs]
    assert "АНАЛИТИЧЕСКАЯ ИНФОРМАЦИЯ" in texts
    assert "за III квартал 2024 г." in texts
    assert texts[-1] == "Секретарь рабочей группы Е.В. Проскуракова"
    table = document.tables[0]
    assert [normalise(c.text) for c in table.rows[0].cells][:4] == [
        "№ п/п",
        "Наименование мероприятия",
        "Показатель на год",
        "Исполнитель",
    ]
    cells = [[normalise(c.text) for c in row.cells] for row in table.rows]
    first = next(index for index, row in enumerate(cells) if row[0] == "1.3")
    assert cells[first][1:4] == [
        "Предоставление и реализация предложений по улучшению",
        "Не менее 2 в год (по реестру предложений по улучшению)",
        "УЭР",
    ]
    assert cells[first + 1][:4] == ["1.3", "", "", "УО"]


def test_the_file_name_and_the_formats(database, note_plan, tmp_path):
    _, plan_id, _ = note_plan
    data = _note(database, plan_id)
    assert PLAN_DOCUMENTS["plan-note"].formats == (".pdf", ".xlsx", ".docx")
    assert (
        suggested_file_name("plan-note", data, ".xlsx")
        == "Аналитическая информация о выполнении плана III кв. 2024 (15.10.2024).xlsx"
    )
    with pytest.raises(ValueError, match="Неизвестный формат файла"):
        write_plan_document("plan-note", data, tmp_path / "note.txt")
    assert not (tmp_path / "note.txt").exists()
    with pytest.raises(TypeError):
        plan_document_bytes("year-report", data)


# ----- the year report ---------------------------------------------------------------------------
def test_the_year_report_quotes_the_years_figures(database, example_meetings):
    with database.session() as session:
        plan_id, _ = build_plan(session, example_meetings)
        data = year_report_data(session, example_meetings, 2024, date(2025, 1, 20))
    assert [(m.number, m.form) for m in data.meetings] == [
        (1, "очная"),
        (2, "очная"),
        (3, "заочная"),
        (4, "очная"),
    ]
    ours = next(p for p in data.plans if p.title == PLAN.title)
    assert ours.measures == 5 and ours.years == "2024–2025"

    text = pdf_text(io.BytesIO(plan_pdf_bytes("year-report", data)))
    assert "ОТЧЕТ о работе рабочей группы по реализации бережливого управления" in text
    assert (
        f"В 2024 году проведено 4 заседания, в том числе 3 — в очной форме, 1 — в заочной "
        f"форме (опросным порядком). На заседаниях рассмотрено {data.items_considered} "
        f"вопросов, принято {data.decisions_taken} решений."
    ) in text
    assert "1. Заседания" in text and "2. Исполнение решений" in text
    assert f"Из {data.discipline.total} поручений, поставленных на контроль" in text
    assert (
        "Планом мероприятий, направленных на внедрение инструментов бережливого управления в "
        f"деятельности органов местного самоуправления, утвержденным {APPROVED}, на 2024 год "
        "предусмотрено 5 мероприятий с показателями. По итогам года выполнено"
    ) in text
    assert text.endswith("Секретарь рабочей группы Е.В. Проскуракова")


def test_the_year_report_counts_the_registries(database, note_plan):
    fresh, _, _ = note_plan
    with database.session() as session:
        data = year_report_data(session, fresh, 2024, date(2025, 1, 20))
    registries = data.registries
    assert (registries.projects_started, registries.pilots_started) == (3, 2)
    assert (registries.replications_started, registries.projects_closed) == (1, 1)
    assert registries.projects_recommended == 1
    assert (registries.proposals_submitted, registries.proposals_implemented) == (5, 1)
    assert registries.trained_external == 1
    assert data.meetings == () and data.discipline.total == 0
    (plan,) = data.plans
    assert (plan.measures, plan.done, plan.failed) == (5, 1, 4)
    proposals = next(i for i in plan.items if i.number == "1.3")
    assert proposals.facts == ("УЭР, УО — 2", "КСЗН — 0")
    assert proposals.lagging == ("КСЗН",) and proposals.status == "не выполнено"
    dated = next(i for i in plan.items if i.number == "2.3")
    assert dated.facts == ("УО — исполнено 20.05.2024", "УАиГ — —")
    text = pdf_text(io.BytesIO(plan_pdf_bytes("year-report", data)))
    assert "В 2024 году заседания не проводились." in text
    assert (
        "В 2024 году открыто 3 лин-проекта (в том числе пилотных — 2, тиражируемых — 1), "
        "закрыто 1, рекомендовано к тиражированию 1."
    ) in text
    assert "Подано 5 предложений по улучшению, реализовано 1, отклонено 1." in text
    assert "Обучено инструментам бережливого управления 1 человек" in text
    assert "не выполнили: КСЗН" in text


def test_the_year_report_as_docx_and_xlsx(database, example_meetings):
    from docx import Document
    from openpyxl import load_workbook

    with database.session() as session:
        build_plan(session, example_meetings)
        data = year_report_data(session, example_meetings, 2024, date(2025, 1, 20))
    document = Document(io.BytesIO(plan_document_bytes("year-report", data, ".docx")))
    texts = [normalise(p.text) for p in document.paragraphs]
    assert "ОТЧЕТ" in texts and "3. Выполнение плана мероприятий" in texts
    meetings = document.tables[0]
    assert [normalise(c.text) for c in meetings.rows[-1].cells][1] == "Итого"
    workbook = load_workbook(io.BytesIO(plan_document_bytes("year-report", data, ".xlsx")))
    assert workbook.sheetnames[:2] == ["Показатели", "Заседания"]
    figures = {
        row[0]: row[1] for row in workbook["Показатели"].iter_rows(values_only=True) if row[0]
    }
    assert figures["Проведено заседаний, всего"] == 4
    assert figures["в заочной форме (опросным порядком)"] == 1
    assert figures["Рассмотрено вопросов"] == data.items_considered
    plan_sheets = [name for name in workbook.sheetnames if name.startswith("План")]
    assert len(plan_sheets) == len(data.plans)


def test_plural_forms() -> None:
    words = ("заседание", "заседания", "заседаний")
    assert [plural(n, *words) for n in (1, 2, 5, 11, 21, 22, 102)] == [
        "заседание",
        "заседания",
        "заседаний",
        "заседаний",
        "заседание",
        "заседания",
        "заседания",
    ]


# ----- the command line --------------------------------------------------------------------------
def test_the_command_line_writes_both_documents(database, note_plan, tmp_path, capsys):
    _, plan_id, _ = note_plan
    path = str(database.path)
    database.close()
    note = tmp_path / "note.xlsx"
    code = main(
        [
            "export", "plan-note", "--db", path, "--body", "РГ БУ", "--year", "2024",
            "--quarter", "3", "--date", "15.10.2024", "--out", str(note),
        ]
    )  # fmt: skip
    assert code == 0 and note.exists()
    report = tmp_path / "report.pdf"
    code = main(
        [
            "export", "year-report", "--db", path, "--body", "РГ БУ", "--year", "2024",
            "--out", str(report),
        ]
    )  # fmt: skip
    assert code == 0
    assert "ОТЧЕТ о работе рабочей группы по бережливому управлению за 2024 год" in pdf_text(report)
    code = main(
        [
            "export", "plan-note", "--db", path, "--body", "РГ БУ", "--year", "2023",
            "--quarter", "1", "--out", str(tmp_path / "none.pdf"),
        ]
    )  # fmt: skip
    assert code == 1
    assert "нет плана мероприятий на 2023 год" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


# ----- speed -------------------------------------------------------------------------------------
def test_the_note_of_a_large_plan_has_a_line_per_executor(database, fresh_body):
    units = tuple(UnitData(f"Исполнитель № {n} городского округа", f"И{n}") for n in range(20))
    kinds = ("Не менее 2 в год", "4", "постоянно", "До 01.12.2024", "30%")
    items = tuple(
        PlanItemData(
            f"1.{n + 1}",
            f"Мероприятие № {n + 1} по внедрению бережливого управления",
            executors=tuple(u.name for u in units),
            targets={2024: kinds[n % 5]},
        )
        for n in range(40)
    )
    plan = PlanData("План мероприятий", 2024, 2024, "распоряжением от 01.01.2024 № 1", items, units)
    with database.session() as session:
        plan_id = plans.create_plan(session, fresh_body, plan)
        for item in plans.get_plan(session, plan_id).items:
            for executor in item.executors:
                session.add_all(
                    PlanReport(
                        item_id=item.id,
                        unit_id=executor.unit_id,
                        year=2024,
                        quarter=quarter,
                        fact=1,
                        base=3,
                        text="Проведено совещание по вопросам бережливого управления",
                        reported_on=date(2025, 1, 5),
                    )
                    for quarter in (1, 2, 3, 4)
                )
    data = _note(database, plan_id, quarter=4, as_of=date(2025, 1, 20))
    content = plan_document_bytes("plan-note", data, ".xlsx")
    assert sum(len(item.lines) for item in data.items) == 40 * 20 + 16  # «Всего» of «4», «30%»
    assert content[:2] == b"PK"
