"""The printed documents of the control of decisions (the list of assignments on control,
the reminder letter, the execution report), read back as a reader of the file would."""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from assignment_fixtures import (
    AS_OF,
    INFORMAL,
    LEAN,
    LEAN_GENITIVE,
    RECURRING,
    SEED_DISCIPLINE,
    lines,
    make_list,
    make_reminder,
    make_report,
    many_lines,
    one_body_list,
)
from helpers_documents import docx_blocks, normalise, pdf_fonts, pdf_pages, pdf_text, pdf_text_runs

from desktop_app.documents.assignment_export import (
    ASSIGNMENT_DOCUMENTS,
    assignment_document_bytes,
    assignment_pdf_bytes,
    suggested_file_name,
    write_assignment_document,
)
from desktop_app.documents.assignments_layout import (
    discipline_paragraphs,
    discipline_summary,
    format_count,
)
from desktop_app.documents.assignments_pdf import write_assignments_pdf
from desktop_app.domain.assignment import Discipline

MM = 72.0 / 25.4


def _pdf(kind: str, data) -> BytesIO:
    return BytesIO(assignment_pdf_bytes(kind, data))


def _in_order(text: str, needles: list[str]) -> None:
    """Each needle found after the previous one."""
    at = 0
    for needle in needles:
        found = text.find(needle, at)
        assert found >= 0, f"«{needle}» not found after position {at}: …{text[at : at + 160]}…"
        at = found + len(needle)


def _runs_with_fonts(source: BytesIO, page_index: int) -> list[tuple[str, str, float]]:
    """The text pieces of a page with their font (without the subset prefix) and x."""
    from pypdf import PdfReader

    runs: list[tuple[str, str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip() and font_dict is not None:
            font = str(font_dict.get("/BaseFont", "")).split("+")[-1]
            runs.append((text.strip(), font, tm[4] * cm[0] + cm[4]))

    PdfReader(source).pages[page_index].extract_text(visitor_text=visit)
    return runs


# --- wording ------------------------------------------------------------------------------------


def test_the_seed_figure_in_the_summary_line():
    """The administration's figure [seed 004]: 6 461 of 6 482 closed = 99,68 %."""
    assert SEED_DISCIPLINE.closed == 6461
    assert normalise(discipline_summary(SEED_DISCIPLINE)) == (
        "Поставлено на контроль: 6 482; исполнено в срок: 6 300; с нарушением срока: 150; "
        "снято с контроля: 6 461 (в том числе без исполнения: 11); просрочено: 15; "
        "на контроле, срок не наступил: 6; исполнение: 99,68 %."
    )
    assert format_count(6482) == "6\u00a0482"


@pytest.mark.parametrize(
    ("total", "opening"),
    [
        (1, "Из 1 поручения, поставленного на контроль"),
        (21, "Из 21 поручения, поставленного на контроль"),
        (11, "Из 11 поручений, поставленных на контроль"),
        (6482, "Из 6 482 поручений, поставленных на контроль"),
    ],
)
def test_the_figures_in_words_agree_with_the_number(total, opening):
    figure = Discipline(total=total, on_time=total)
    first = normalise(discipline_paragraphs(figure, date(2026, 1, 1), date(2026, 9, 30))[0])
    assert first.startswith(opening), first


def test_the_figures_in_words_as_the_report_of_the_administration():
    paragraphs = [
        normalise(p)
        for p in discipline_paragraphs(SEED_DISCIPLINE, date(2020, 1, 1), date(2020, 12, 31))
    ]
    assert paragraphs[0] == (
        "Из 6 482 поручений, поставленных на контроль в период с 01.01.2020 по 31.12.2020, "
        "снято с контроля 6 461, что составило 99,68 %. Исполнено в срок 6 300, "
        "с нарушением срока 150, просрочено 15."
    )
    assert paragraphs[1] == (
        "Снято с контроля без исполнения 11. На контроле с неистекшим сроком исполнения 6."
    )
    # Of the 6 465 whose deadline came (executed or overdue), 6 300 in time.
    assert paragraphs[2].endswith("составила 97,45 %.")
    nothing = discipline_paragraphs(Discipline(), date(2026, 1, 1), date(2026, 3, 31))
    assert nothing == ["В период с 01.01.2026 по 31.03.2026 поручения на контроль не ставились."]


# --- the list as PDF ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def list_pdf() -> BytesIO:
    return _pdf("assignments", make_list())


def test_list_title_filters_rows_and_summary(list_pdf):
    text = pdf_text(list_pdf)
    _in_order(
        text,
        [
            "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА",
            "Перечень поручений, находящихся на контроле",
            "по состоянию на 22.11.2026",
            "Орган: все",
            "Статус: все",
            "№ п/п Поручение Орган Ответственный Срок Статус Отметка об исполнении",
            "1 Исполнителям плана мероприятий по внедрению бережливого управления",
            "Протокол № 3 от 19.10.2023, п. 1.2",
            LEAN,
            "управление экономического развития Администрации Беловского городского округа "
            "(Проскуракова Е.В.)",
            "Управление образования (Наруджимова М.В.)",
            RECURRING,
            "на контроле",
            "2 Территориальным управлениям пгт Бачатский и пгт Инской",
            "Романов В.В. Олейникова А.Ф. 27.10.2026 просрочено",
            "3 Направить в управление экономического развития предложения",
            "Наруджимова М.В. Гусарова С.В. 01.12.2026 исполнено 19.11.2026 "
            "Предложения направлены письмом от 19.11.2026 № 01-12/845",
            "4 Определить сотрудников",
            "Протокол № 9 от 15.10.2026, п. 3.1",
            "срок продлен с 15.11.2026 до 15.12.2026: квота на обучение выделена только в ноябре.",
            "15.12.2026 на контроле",
            "5 Перенести подведение итогов конкурса",
            "снято с контроля 02.10.2026 Конкурс проведен в установленный срок",
            "6 Провести заслушивание руководителей организаций",
            "Поручение председателя комиссии К.В. Хмелевой от 02.11.2026",
            INFORMAL,
            "Колесник А.В. 20.11.2026 просрочено",
            "Примечание. Если ответственных несколько, первым указан и выделен полужирным "
            "шрифтом ответственный исполнитель.",
            "Поставлено на контроль: 6 482; исполнено в срок: 6 300; с нарушением срока: 150; "
            "снято с контроля: 6 461",
            "исполнение: 99,68 %.",
        ],
    )


def test_list_is_landscape_a4_with_numbered_pages(list_pdf):
    from pypdf import PdfReader

    reader = PdfReader(list_pdf)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width / MM), round(height / MM)) == (297, 210)
    pages = pdf_pages(list_pdf)
    assert len(pages) >= 2
    assert not normalise(pages[0]).startswith("1 ")
    runs = pdf_text_runs(list_pdf, 1)
    number = [(x, y) for text, x, y in runs if text == "2"]
    assert number, runs[:5]
    x, y = number[0]
    assert abs(x / MM - (30 + 257 / 2)) < 3 and y / MM > 210 - 20  # centred, in the top margin
    meta = reader.metadata
    assert meta.title == "Перечень поручений, находящихся на контроле по состоянию на 22.11.2026"
    assert meta.author == "Администрация Беловского городского округа"


def test_list_marks_the_overdue_and_the_lead_in_bold(list_pdf):
    runs = _runs_with_fonts(list_pdf, 0)
    fonts = {}
    for text, font, _ in runs:
        fonts.setdefault(text, font)
    assert fonts["просрочено"] == "LiberationSerif-Bold"
    assert fonts["на контроле"] == "LiberationSerif"
    assert fonts["Романов В.В."] == "LiberationSerif-Bold"  # the lead of two
    assert fonts["Олейникова А.Ф."] == "LiberationSerif"
    assert fonts["Протокол № 3 от 19.10.2023, п. 1.2"] == "LiberationSerif-Italic"
    later = _runs_with_fonts(list_pdf, len(pdf_pages(list_pdf)) - 1)
    # Alone, the responsible is not set in bold (a run may go on with the deadline).
    assert any(t.startswith("Колесник А.В.") and f == "LiberationSerif" for t, f, _ in later)


def test_list_fonts_are_embedded(list_pdf):
    fonts = pdf_fonts(list_pdf)
    assert fonts and all(fonts.values()), fonts
    assert all("LiberationSerif" in name for name in fonts), fonts


def test_list_of_one_body_has_no_body_column():
    text = pdf_text(_pdf("assignments", one_body_list()))
    assert "№ п/п Поручение Ответственный Срок Статус Отметка об исполнении" in text
    assert f"Орган: {LEAN}" in text
    assert text.count(LEAN) == 1  # only in the filter line
    assert INFORMAL not in text


def test_list_without_lines():
    data = make_list(lines=(), discipline=Discipline(), filters=("Ответственный: Иванов И.И.",))
    text = pdf_text(_pdf("assignments", data))
    _in_order(
        text,
        [
            "Перечень поручений, находящихся на контроле",
            "Ответственный: Иванов И.И.",
            "Поручений, отвечающих условиям отбора, нет.",
        ],
    )
    assert "№ п/п" not in text and "Поставлено на контроль" not in text


def test_user_text_is_printed_as_typed():
    odd = replace(lines()[0], text='ООО «Рога & Копыта» <b>не жирный</b> =HYPERLINK("x")')
    text = pdf_text(_pdf("assignments", make_list(lines=(odd,))))
    assert 'ООО «Рога & Копыта» <b>не жирный</b> =HYPERLINK("x")' in text


def test_a_row_taller_than_a_page_continues_on_the_next():
    report = " ".join(f"Мероприятие {n} выполнено в полном объеме." for n in range(1, 260))
    giant = replace(lines()[2], report=report)
    data = make_list(lines=(lines()[0], giant, lines()[1]))
    pages = pdf_pages(_pdf("assignments", data))
    text = normalise(" ".join(pages))
    assert "Мероприятие 1 выполнено" in text and "Мероприятие 259 выполнено" in text
    assert len(pages) >= 3
    assert all("№ п/п" in page for page in pages)  # the header above every part


@pytest.fixture(scope="module")
def long_list() -> tuple[bytes, float]:
    """2 000 assignments, and the processor time of the build, best of two (other
    processes on a busy machine do not count)."""
    data = make_list(lines=many_lines(2000))
    write_assignments_pdf(make_list(), BytesIO())  # warm-up: imports, fonts
    runs = []
    for _ in range(2):
        started = time.process_time()
        content = assignment_pdf_bytes("assignments", data)
        runs.append(time.process_time() - started)
    return content, min(runs)


def test_a_list_of_two_thousand(long_list):
    content, seconds = long_list
    print(f"\nPDF list of 2 000 assignments: {seconds * 1000:.0f} ms")
    assert seconds < 3.0
    pages = pdf_pages(BytesIO(content))
    assert len(pages) > 300
    header = "№ п/п Поручение Орган Ответственный Срок Статус Отметка об исполнении"
    for index in (1, len(pages) // 2, len(pages) - 1):
        page = normalise(pages[index])
        assert page.startswith(f"{index + 1} {header}"), page[:200]
    last = normalise(pages[-1])
    assert "2000 Территориальным управлениям пгт Бачатский" in last  # the 2nd of the six
    assert "исполнение: 99,68 %." in last
    numbers = [
        int(word)
        for page in pages
        for word in normalise(page).split()
        if word.isdigit() and len(word) <= 4
    ]
    assert set(range(1, 2001)) <= set(numbers)


# --- the list as XLSX ---------------------------------------------------------------------------


def _workbook(kind: str, data):
    from openpyxl import load_workbook

    content = assignment_document_bytes(kind, data, ".xlsx")
    return load_workbook(BytesIO(content)), content


def _header_row(ws, first: str = "№ п/п") -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first:
            return row[0].row
    raise AssertionError("no header row")


def test_list_xlsx_table_dates_and_freeze():
    workbook, _ = _workbook("assignments", make_list())
    assert workbook.sheetnames == ["Поручения"]
    ws = workbook["Поручения"]
    assert [ws.cell(row=r, column=1).value for r in range(1, 6)] == [
        "Администрация Беловского городского округа",
        "Перечень поручений, находящихся на контроле",
        "по состоянию на 22.11.2026",
        "Орган: все",
        "Статус: все",
    ]
    header = _header_row(ws)
    assert [c.value for c in ws[header]] == [
        "№ п/п",
        "Поручение",
        "Основание",
        "Орган",
        "Ответственный исполнитель",
        "Соисполнители",
        "Срок",
        "Порядок срока, продление срока",
        "Статус",
        "Дата снятия с контроля",
        "Отметка об исполнении",
    ]
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:K{header + 6}"
    first = [c.value for c in ws[header + 1]]
    assert first[0] == 1
    assert first[1].startswith("Исполнителям плана мероприятий")
    assert first[2] == "Протокол № 3 от 19.10.2023, п. 1.2"
    assert first[4].endswith("(Проскуракова Е.В.)")
    assert first[5] == (
        "Управление образования (Наруджимова М.В.)\n"
        "Комитет социальной защиты населения (Гусарова С.В.)"
    )
    assert first[6] == datetime(2027, 1, 5)
    assert ws.cell(row=header + 1, column=7).number_format == "DD.MM.YYYY"
    assert first[7] == RECURRING
    executed = [c.value for c in ws[header + 3]]
    assert executed[8] == "исполнено" and executed[9] == datetime(2026, 11, 19)
    assert executed[10].startswith("Предложения направлены письмом")
    extended = [c.value for c in ws[header + 4]]
    assert extended[7].startswith("срок продлен с 15.11.2026 до 15.12.2026")
    # Overdue rows are marked: the status in bold, the row filled.
    overdue = ws.cell(row=header + 2, column=9)
    assert overdue.value == "просрочено" and overdue.font.b
    assert ws.cell(row=header + 2, column=2).fill.fgColor.rgb.endswith("FBE3E1")
    assert ws.cell(row=header + 1, column=2).fill.fill_type is None
    # The figures under the table: numbers, the percentage as a number in per cent.
    labels = {
        ws.cell(row=r, column=2).value: ws.cell(row=r, column=3)
        for r in range(header + 7, ws.max_row + 1)
    }
    assert labels["Поставлено на контроль"].value == 6482
    percent = labels["Исполнение (снято с контроля от поставленных на контроль)"]
    assert percent.value == pytest.approx(0.99676, abs=1e-5)
    assert percent.number_format == "0.00%"


def test_list_xlsx_formula_looking_text_stays_text():
    odd = replace(
        lines()[0],
        text='=HYPERLINK("http://example.com","нажмите")',
        executors=("=1+1", "@SUM(A1)"),
        report="+7 (384) 52-2-00-00",
    )
    workbook, content = _workbook("assignments", make_list(lines=(odd,)))
    ws = workbook.active
    row = _header_row(ws) + 1
    cell = ws.cell(row=row, column=2)
    assert cell.value == '=HYPERLINK("http://example.com","нажмите")'
    assert cell.data_type == "s"
    assert ws.cell(row=row, column=5).value == "=1+1"
    assert ws.cell(row=row, column=5).data_type == "s"
    with zipfile.ZipFile(BytesIO(content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_list_xlsx_without_deadline_and_without_lines():
    undated = replace(lines()[0], deadline=None, deadline_text="без срока")
    workbook, _ = _workbook("assignments", make_list(lines=(undated,)))
    ws = workbook.active
    row = _header_row(ws) + 1
    assert ws.cell(row=row, column=7).value == "без срока"
    assert ws.cell(row=row, column=8).value is None
    workbook, _ = _workbook("assignments", make_list(lines=(), discipline=Discipline()))
    values = [c.value for row in workbook.active.iter_rows() for c in row if c.value]
    assert "Поручений, отвечающих условиям отбора, нет." in values


def test_list_xlsx_of_two_thousand_is_quick():
    data = make_list(lines=many_lines(2000))
    started = time.process_time()
    content = assignment_document_bytes("assignments", data, ".xlsx")
    seconds = time.process_time() - started
    print(f"\nXLSX list of 2 000 assignments: {seconds * 1000:.0f} ms")
    assert seconds < 5.0
    from openpyxl import load_workbook

    ws = load_workbook(BytesIO(content), read_only=True).active
    assert sum(1 for row in ws.iter_rows(min_col=1, max_col=1) if isinstance(row[0].value, int))
    assert content.startswith(b"PK")


# --- the reminder letter ------------------------------------------------------------------------

REMINDER_ORDER = [
    "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА",
    "22.11.2026 №",
    "О ходе исполнения поручений",
    "Уважаемая Елена Викторовна!",
    f"Напоминаем, что на контроле {LEAN_GENITIVE} находятся поручения, ответственным за "
    "исполнение которых Вы являетесь:",
    "№ п/п Поручение Срок Статус",
    "1 Исполнителям плана мероприятий по внедрению бережливого управления",
    "Протокол № 3 от 19.10.2023, п. 1.2",
    RECURRING,
    "на контроле",
    "2 Определить сотрудников",
    "срок продлен с 15.11.2026 до 15.12.2026",
    "15.12.2026 на контроле",
    "3 Территориальным управлениям пгт Бачатский и пгт Инской",
    "27.10.2026 просрочено",
    "Просим представить информацию об исполнении поручений в срок до 01.12.2026.",
    "Заместитель Главы Беловского городского округа по экономике, финансам, налогам и "
    "собственности, председатель рабочей группы",
    "К.В. Хмелева",
]


def test_reminder_pdf():
    source = _pdf("reminder", make_reminder())
    text = pdf_text(source)
    _in_order(text, REMINDER_ORDER[:3])
    _in_order(text, REMINDER_ORDER[3:])
    for needle in ("Начальнику отдела муниципального контроля", "Проскураковой Е.В."):
        assert needle in text
    runs = pdf_text_runs(source, 0)
    x_of = {text: x for text, x, _ in runs}
    assert x_of["Проскураковой Е.В."] / MM > 30 + 85  # the address block at the right
    assert x_of["АДМИНИСТРАЦИЯ"] / MM < 30 + 40  # the sender at the left
    salutation = [x for text, x, _ in runs if text.startswith("Уважаемая")][0] / MM
    assert 30 + 40 < salutation < 30 + 85  # centred
    from pypdf import PdfReader

    page = PdfReader(source).pages[0]
    assert round(float(page.mediabox.width) / MM) == 210  # a letter is portrait


def test_reminder_without_a_date_to_answer_by():
    text = pdf_text(_pdf("reminder", make_reminder(respond_by=None)))
    assert "Просим представить информацию об исполнении поручений в возможно короткий срок." in text


def test_reminder_without_open_assignments_says_so():
    text = pdf_text(_pdf("reminder", make_reminder(lines=(), salutation="Уважаемые коллеги!")))
    assert "Уважаемые коллеги!" in text
    assert "ответственным за исполнение которых Вы являетесь, нет." in text
    assert "№ п/п" not in text and "Просим представить" not in text


def test_reminder_docx(tmp_path):
    from docx import Document

    path = tmp_path / "напоминание.docx"
    write_assignment_document("reminder", make_reminder(), path)
    blocks = docx_blocks(path)
    head = blocks[0].split(" | ")
    assert head[0] == (
        "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА 22.11.2026 № __________ "
        "О ходе исполнения поручений"
    )
    assert head[2] == (
        "Начальнику отдела муниципального контроля управления экономического развития "
        "Администрации Беловского городского округа Проскураковой Е.В."
    )
    _in_order(normalise(re.sub(r"\s*\|\s*", " ", " ".join(blocks))), REMINDER_ORDER[3:])
    assert "Уважаемая Елена Викторовна!" in blocks
    rows = [b for b in blocks if b.count(" | ") == 3]
    assert rows[0] == "№ п/п | Поручение | Срок | Статус"
    assert rows[1].startswith("1 | Исполнителям плана мероприятий")
    assert "Протокол № 3 от 19.10.2023, п. 1.2 | ежеквартально до 5 числа" in rows[1]
    assert rows[3].endswith("| 27.10.2026 | просрочено")
    assert len(rows) == 4
    signature = blocks[-1]
    assert signature.startswith("Заместитель Главы Беловского городского округа")
    assert signature.endswith("председатель рабочей группы К.В. Хмелева")

    document = Document(path)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    salutation = next(p for p in document.paragraphs if p.text.startswith("Уважаемая"))
    assert salutation.alignment == 1  # centred
    table = document.tables[1]
    header_row = table.rows[0]._tr
    assert (
        header_row.trPr is not None
        and header_row.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"
        )
        is not None
    )
    status = table.rows[3].cells[3].paragraphs[0].runs[0]
    assert status.text == "просрочено" and status.bold
    source = table.rows[1].cells[1].paragraphs[1].runs[0]
    assert source.italic and source.font.size.pt == 10
    assert document.core_properties.title == (
        "О ходе исполнения поручений (Проскураковой Е.В., 22.11.2026)"
    )


# --- the execution report -----------------------------------------------------------------------


def test_execution_report_pdf():
    source = _pdf("execution-report", make_report())
    text = pdf_text(source)
    _in_order(
        text,
        [
            "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА",
            "Информация об исполнении поручений",
            "за период с 01.01.2026 по 30.09.2026",
            "(по состоянию на 22.11.2026)",
            "Из 54 поручений, поставленных на контроль в период с 01.01.2026 по 30.09.2026, "
            "снято с контроля 49, что составило 90,74 %. Исполнено в срок 44, с нарушением "
            "срока 4, просрочено 2.",
            "Исполнение поручений по органам",
            "Орган Поставлено на контроль Исполнено в срок С нарушением срока Снято с контроля "
            "Просрочено На контроле % исполнения",
            f"{LEAN} 42 35 3 39 1 3 92,86 %",
            f"{INFORMAL} 12 9 1 10 1 2 83,33 %",
            "Итого 54 44 4 49 2 5 90,74 %",
            "Исполнение поручений по ответственным исполнителям",
            "Ответственный Поставлено на контроль",
            "Проскуракова Е.В. 18 16 1 17 0 1 94,44 %",
            "Колесник А.В. 12 9 1 10 1 2 83,33 %",
            "Поручения, находящиеся на контроле (в том числе просроченные), по состоянию на "
            "22.11.2026",
            "№ п/п Поручение Орган Ответственный Срок Статус",
            "1 Территориальным управлениям",
            "27.10.2026 просрочено",
            "4 Определить сотрудников",
            "Секретарь рабочей группы Е.В. Проскуракова",
        ],
    )
    from pypdf import PdfReader

    page = PdfReader(source).pages[0]
    assert round(float(page.mediabox.width) / MM) == 297


def test_execution_report_of_the_seed_figure():
    data = make_report(discipline=SEED_DISCIPLINE, start=date(2020, 1, 1), end=date(2020, 12, 31))
    text = pdf_text(_pdf("execution-report", data))
    assert (
        "Из 6 482 поручений, поставленных на контроль в период с 01.01.2020 по 31.12.2020, "
        "снято с контроля 6 461, что составило 99,68 %." in text
    )
    assert "Итого 6 482 6 300 150 6 461 15 21 99,68 %" in text


def test_execution_report_xlsx():
    workbook, _ = _workbook("execution-report", make_report())
    assert workbook.sheetnames == ["По органам", "По ответственным", "На контроле"]
    ws = workbook["По органам"]
    header = _header_row(ws, "Орган")
    rows = [[c.value for c in ws[r]] for r in range(header + 1, header + 4)]
    assert rows[0][:7] == [LEAN, 42, 35, 3, 39, 1, 3]
    assert rows[0][7] == pytest.approx(39 / 42)
    assert rows[2][0] == "Итого" and rows[2][1] == 54
    assert ws.cell(row=header + 3, column=1).font.b
    assert ws.cell(row=header + 1, column=8).number_format == "0.00%"
    texts = [c.value for row in ws.iter_rows(max_row=header) for c in row if c.value]
    assert any(str(t).startswith("Из 54 поручений, поставленных на контроль") for t in texts)
    people = workbook["По ответственным"]
    header = _header_row(people, "Ответственный")
    assert people.cell(row=header + 1, column=1).value == "Проскуракова Е.В."
    listed = workbook["На контроле"]
    header = _header_row(listed)
    assert listed.cell(row=header + 1, column=9).value == "просрочено"
    assert listed.freeze_panes == f"A{header + 1}"


# --- export ------------------------------------------------------------------------------------


def test_the_catalogue_of_documents():
    assert list(ASSIGNMENT_DOCUMENTS) == ["assignments", "reminder", "execution-report"]
    assert ASSIGNMENT_DOCUMENTS["assignments"].formats == (".pdf", ".xlsx")
    assert ASSIGNMENT_DOCUMENTS["assignments"].file_filter == (
        "Документ PDF (*.pdf);;Книга Excel (*.xlsx)"
    )
    assert ASSIGNMENT_DOCUMENTS["reminder"].file_filter == (
        "Документ PDF (*.pdf);;Документ Word (*.docx)"
    )
    assert ASSIGNMENT_DOCUMENTS["execution-report"].formats == (".pdf", ".xlsx")


def test_suggested_file_names():
    assert suggested_file_name("assignments", make_list()) == "Поручения на контроле 22.11.2026.pdf"
    assert suggested_file_name("assignments", make_list(), ".xlsx").endswith("22.11.2026.xlsx")
    assert suggested_file_name("reminder", make_reminder(), ".docx") == (
        "Напоминание Проскураковой Е.В. 22.11.2026.docx"
    )
    unit = make_reminder(addressee='МБУ "Служба: заказчика ЖКХ" / г. Белово')
    assert suggested_file_name("reminder", unit) == (
        "Напоминание МБУ Служба заказчика ЖКХ г. Белово 22.11.2026.pdf"
    )
    assert suggested_file_name("execution-report", make_report()) == (
        "Информация об исполнении поручений 01.01.2026-30.09.2026.pdf"
    )


def test_export_chooses_the_format_by_extension(tmp_path):
    pdf = tmp_path / "перечень.PDF"
    write_assignment_document("assignments", make_list(), pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    xlsx = tmp_path / "перечень.xlsx"
    write_assignment_document("assignments", make_list(), xlsx)
    assert xlsx.read_bytes().startswith(b"PK")
    stream = BytesIO()
    write_assignment_document("reminder", make_reminder(), stream, suffix=".docx")
    assert "Уважаемая Елена Викторовна!" in docx_blocks(BytesIO(stream.getvalue()))
    stream = BytesIO()
    write_assignment_document("execution-report", make_report(), stream)
    assert stream.getvalue().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("assignments", "перечень.txt", "Неизвестный формат файла «.txt»: допустимы .pdf, .xlsx"),
        ("assignments", "перечень", "Не указан формат файла: допустимы .pdf, .xlsx"),
        (
            "assignments",
            "перечень.docx",
            "«Перечень поручений на контроле» сохраняется только в форматах .pdf, .xlsx",
        ),
        (
            "reminder",
            "письмо.xlsx",
            "«Напоминание об исполнении поручений» сохраняется только в форматах .pdf, .docx",
        ),
        (
            "list",
            "перечень.pdf",
            "Неизвестный документ контроля поручений «list»: допустимы assignments, reminder, "
            "execution-report",
        ),
    ],
)
def test_export_rejects_what_it_cannot_make(tmp_path, kind, name, message):
    path = tmp_path / name
    with pytest.raises(ValueError) as error:
        write_assignment_document(kind, make_list(), path)
    assert str(error.value) == message
    assert not path.exists()


def test_a_failed_build_leaves_the_old_file(tmp_path):
    path = tmp_path / "перечень.pdf"
    path.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_assignment_document("assignments", make_reminder(), path)
    assert path.read_bytes() == b"old"


def test_build_times_of_the_letter_and_the_report():
    for kind, data in (("reminder", make_reminder()), ("execution-report", make_report())):
        assignment_pdf_bytes(kind, data)
        started = time.process_time()
        assignment_pdf_bytes(kind, data)
        seconds = time.process_time() - started
        print(f"\nPDF {kind}: {seconds * 1000:.0f} ms")
        assert seconds < 0.5
    started = time.process_time()
    assignment_document_bytes("reminder", make_reminder(), ".docx")
    print(f"DOCX reminder: {(time.process_time() - started) * 1000:.0f} ms")


def test_today_is_not_assumed():
    """The documents print the dates of their data, never today's."""
    text = pdf_text(_pdf("assignments", make_list(as_of=date(2030, 1, 31))))
    assert "по состоянию на 31.01.2030" in text and AS_OF.strftime("%d.%m.%Y") not in text[:200]


def test_a_report_typed_in_paragraphs_keeps_its_line_breaks():
    report = "Первое: план выполнен.\nВторое: отчет направлен 20.11.2026."
    line = replace(lines()[2], report=report)
    source = _pdf("assignments", make_list(lines=(line,)))
    runs = [text for text, _, _ in pdf_text_runs(source, 0)]
    first = next(n for n, text in enumerate(runs) if text.startswith("Первое:"))
    second = next(n for n, text in enumerate(runs) if text.startswith("Второе:"))
    assert second > first
    assert not runs[first].endswith("Второе:")  # a line of its own


@pytest.mark.parametrize("with_body", [True, False])
def test_the_tables_fill_the_width_of_the_page(with_body):
    from desktop_app.documents.assignments_layout import (
        figures_table,
        letter_table,
        list_table,
        open_table,
    )
    from desktop_app.documents.assignments_pdf import LANDSCAPE_TEXT_WIDTH_MM
    from desktop_app.documents.page import TEXT_WIDTH_MM

    chosen = lines() if with_body else one_body_list().lines
    for table in (list_table(chosen), open_table(chosen), figures_table("Орган", ())):
        assert sum(table.widths_mm) == pytest.approx(LANDSCAPE_TEXT_WIDTH_MM)
        assert len(table.header) == len(table.widths_mm)
        assert all(len(row) == len(table.header) for row in table.rows)
    assert sum(letter_table(chosen).widths_mm) == pytest.approx(TEXT_WIDTH_MM)


@pytest.mark.parametrize("count", range(1, 13))
def test_the_signature_of_the_report_never_stands_alone(count):
    data = make_report(lines=many_lines(count))
    pages = [normalise(page) for page in pdf_pages(_pdf("execution-report", data))]
    last = pages[-1]
    assert last.endswith("Секретарь рабочей группы Е.В. Проскуракова")
    if len(pages) > 1:
        assert f"{count} " in last and "№ п/п" in last, last[:120]
