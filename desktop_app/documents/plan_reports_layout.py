"""The plan's documents as text blocks and ruled tables in reading order (the PDF writer
:mod:`plan_reports_pdf` and the DOCX writer :mod:`plan_reports_docx` set the same parts;
:mod:`plan_reports_xlsx` uses the wording).

The quarterly note (landscape A4: the table is wide)::

            АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА
                      АНАЛИТИЧЕСКАЯ ИНФОРМАЦИЯ
        о выполнении плана мероприятий, направленных на …,
        утвержденного распоряжением … от 18.10.2022 № 41-Р,
                      за III квартал 2024 г.
                   (по состоянию на 15.10.2024)

        На 2024 год планом предусмотрено 12 мероприятий с показателями. …
        Информацию за III квартал 2024 г. в установленный срок (до 03.10.2024) не
    представили: УО (2 мероприятия) …
    ┌────┬─────────────┬───────────┬────────────┬─────────┬──────────┬────────┬────────────┐
    │ №  │ Наименование│ Показатель│ Исполнитель│ За      │ С начала │ Статус │ Информация │
    │    │ мероприятия │ на год    │            │ квартал │ года     │        │ о выполн.  │
    Сокращения: УЭР — Управление экономического развития …

    Секретарь рабочей группы                                   Е.В. Проскуракова

The year report (portrait A4): the figures in words as a report like seed 000 gives them,
and the tables of meetings, plan execution and the registries.
"""

from __future__ import annotations

from datetime import date

from desktop_app.documents.assignments_layout import Cell, Table, cell, discipline_paragraphs
from desktop_app.documents.protocol_layout import (
    BLANK,
    Block,
    Kind,
    centred,
    keyword,
    paragraph,
    two_ends,
)
from desktop_app.domain.assignment import format_percent
from desktop_app.domain.dates import format_date
from desktop_app.domain.plan_documents import (
    PlanNoteData,
    YearPlan,
    YearReportData,
    counted,
    plan_genitive,
    plan_instrumental,
    plural,
)

Part = Block | Table

# ----- the quarterly note ----------------------------------------------------------------------

NOTE_TITLE = "АНАЛИТИЧЕСКАЯ ИНФОРМАЦИЯ"
NOTE_HEADER = (
    "№ п/п",
    "Наименование мероприятия",
    "Показатель на год",
    "Исполнитель",
    "За квартал",
    "С начала года",
    "Статус",
    "Информация о выполнении",
)
#: The landscape text width: 297 − 30 − 10 = 257 mm.
NOTE_WIDTHS_MM = (14.0, 49.0, 28.0, 25.0, 27.0, 22.0, 24.0, 68.0)


def note_name(data: PlanNoteData) -> str:
    """The document's name (file properties): «Аналитическая информация о выполнении плана
    мероприятий за III квартал 2024 г.»."""
    return f"Аналитическая информация о выполнении плана мероприятий за {data.period}"


def note_heading(data: PlanNoteData) -> list[str]:
    """The lines under «АНАЛИТИЧЕСКАЯ ИНФОРМАЦИЯ»."""
    subject = f"о выполнении {plan_genitive(data.plan_title)}"
    if data.approved_by.strip():
        subject += f", утвержденного {data.approved_by.strip()},"
    return [subject, f"за {data.period}"]


def note_figures(data: PlanNoteData) -> list[str]:
    """The paragraphs of figures above the table."""
    if not data.measures:
        return [f"Мероприятий с показателями на {data.year} год в плане нет."]
    measures = counted(data.measures, "мероприятие", "мероприятия", "мероприятий")
    first = (
        f"Планом на {data.year}\u00a0год предусмотрено {measures} с показателями на год. "
        f"По итогам {data.period.replace(' квартал', ' квартала')} выполнено {data.done}, "
        f"выполняется в срок {data.on_track}, с отставанием {data.behind}, "
        f"не выполнено {data.failed}."
    )
    if data.missing:
        listed = ", ".join(
            f"{m.name} ({counted(m.measures, 'мероприятие', 'мероприятия', 'мероприятий')})"
            for m in data.missing
        )
        if data.as_of > data.due:
            second = (
                f"Информацию за {data.period} в установленный срок (до {format_date(data.due)}) "
                f"не представили: {listed}."
            )
        else:
            second = (
                f"По состоянию на {format_date(data.as_of)} информацию за {data.period} "
                f"(срок представления — {format_date(data.due)}) не представили: {listed}."
            )
    else:
        second = f"Информацию за {data.period} представили все исполнители."
    return [first, second]


def _status_cell(text: str, alarm: bool) -> Cell:
    return Cell((text,) if text else (), centred=True, alarm=alarm, bold_first=alarm)


def note_table(data: PlanNoteData) -> Table:
    """A row per executor of each measure (the measure's name and target in its first
    row, its number in every row), a «Всего» row for a measure judged on the executors
    together."""
    rows: list[tuple[Cell, ...]] = []
    empty = Cell()
    for item in data.items:
        if item.is_section:
            rows.append((cell(item.number, centred=True), cell(item.name, bold=True), *[empty] * 6))
            continue
        for index, line in enumerate(item.lines):
            if index == 0:
                head = (
                    cell(item.number, centred=True),
                    cell(item.name),
                    Cell((item.target,), notes=(f"({item.source})",) if item.source else ()),
                )
            else:  # the number again: a measure's rows may run onto the next page
                head = (cell(item.number, centred=True), empty, empty)
            total = line.executor == "Всего" and index == len(item.lines) - 1 and index > 0
            rows.append(
                (
                    *head,
                    cell(line.executor, bold=total),
                    cell(line.quarter, centred=True),
                    cell(line.to_date, centred=True),
                    _status_cell(line.status, line.alarm),
                    cell(line.info),
                )
            )
    return Table(NOTE_HEADER, NOTE_WIDTHS_MM, tuple(rows))


def note_abbreviations(data: PlanNoteData) -> str:
    if not data.abbreviations:
        return ""
    return (
        "Сокращения: " + "; ".join(f"{short} — {full}" for short, full in data.abbreviations) + "."
    )


def note_heading_blocks(data: PlanNoteData) -> list[Block]:
    blocks: list[Block] = []
    if data.organisation.strip():
        blocks += [
            Block(Kind.ORGANISATION, data.organisation.strip().upper(), keep_with_next=True),
            Block(Kind.BLANK, keep_with_next=True),
        ]
    blocks.append(Block(Kind.TITLE, NOTE_TITLE, keep_with_next=True))
    heading = note_heading(data)
    blocks += [centred(line) for line in heading[:-1]]
    blocks.append(Block(Kind.TITLE, heading[-1], keep_with_next=True))
    blocks += [centred(f"(по состоянию на {format_date(data.as_of)})", keep=False), BLANK]
    return blocks


def note_parts(data: PlanNoteData) -> list[Part]:
    """The note in reading order, without the signature (each writer sets it on its
    page: the landscape signature is wider)."""
    parts: list[Part] = [*note_heading_blocks(data)]
    parts += [paragraph(text) for text in note_figures(data)]
    if data.items:
        parts += [Block(Kind.BLANK, keep_with_next=True), note_table(data)]
    abbreviations = note_abbreviations(data)
    if abbreviations:
        parts += [BLANK, Block(Kind.FLUSH, abbreviations)]
    return parts


# ----- the year report -------------------------------------------------------------------------

YEAR_TITLE = "ОТЧЕТ"
MEETINGS_HEADER = (
    "№ п/п",
    "Дата заседания",
    "№ протокола",
    "Форма проведения",
    "Рассмотрено вопросов",
    "Принято решений",
)
MEETINGS_WIDTHS_MM = (14.0, 30.0, 30.0, 40.0, 28.0, 28.0)
PLAN_HEADER = ("№ п/п", "Наименование мероприятия", "Показатель на год", "Исполнено", "Статус")
PLAN_WIDTHS_MM = (14.0, 64.0, 32.0, 36.0, 24.0)
FIGURES_HEADER = ("Показатель", "Значение")
FIGURES_WIDTHS_MM = (130.0, 40.0)

MEETINGS_HEADING = "Заседания"
DISCIPLINE_HEADING = "Исполнение решений"
PLAN_HEADING = "Выполнение плана мероприятий"
LEAN_HEADING = "Внедрение бережливого управления"
FIGURES_HEADING = "Показатели работы за год"

FORM_PHRASES = {
    "очная": "в очной форме",
    "ВКС": "в режиме видео-конференц-связи",
    "заочная": "в заочной форме (опросным порядком)",
}


def year_name(data: YearReportData) -> str:
    return f"Отчет о работе {data.body_genitive} за {data.year} год"


def meetings_paragraph(data: YearReportData) -> str:
    held = data.held()
    if not held:
        return f"В {data.year} году заседания не проводились."
    forms = [
        f"{data.held(form)} — {phrase}" for form, phrase in FORM_PHRASES.items() if data.held(form)
    ]
    text = f"В {data.year} году проведено {counted(held, 'заседание', 'заседания', 'заседаний')}"
    if len(forms) > 1:
        text += ", в том числе " + ", ".join(forms)
    elif forms:
        text += f" ({FORM_PHRASES[next(f for f in FORM_PHRASES if data.held(f))]})"
    items = counted(data.items_considered, "вопрос", "вопроса", "вопросов")
    decisions = counted(data.decisions_taken, "решение", "решения", "решений")
    return f"{text}. На заседаниях рассмотрено {items}, принято {decisions}."


def meetings_table(data: YearReportData) -> Table:
    rows = [
        (
            cell(str(n), centred=True),
            cell(format_date(m.day), centred=True),
            cell(str(m.number), centred=True),
            cell(m.form, centred=True),
            cell(str(m.items), centred=True),
            cell(str(m.decisions), centred=True),
        )
        for n, m in enumerate(data.meetings, 1)
    ]
    rows.append(
        (
            Cell(),
            cell("Итого"),
            Cell(),
            Cell(),
            cell(str(data.items_considered), centred=True),
            cell(str(data.decisions_taken), centred=True),
        )
    )
    return Table(MEETINGS_HEADER, MEETINGS_WIDTHS_MM, tuple(rows), total_rows=1)


def plan_paragraph(plan: YearPlan, year: int, as_of_text: str) -> str:
    subject = plan_instrumental(plan.title)
    if plan.approved_by.strip():
        subject += f", утвержденным {plan.approved_by.strip()},"
    if not plan.measures:
        return f"{subject} мероприятий с показателями на {year}\u00a0год не предусмотрено."
    measures = counted(plan.measures, "мероприятие", "мероприятия", "мероприятий")
    return (
        f"{subject} на {year}\u00a0год предусмотрено {measures} с показателями. "
        f"{as_of_text} выполнено {plan.done}, выполняется в срок {plan.on_track}, "
        f"с отставанием {plan.behind}, не выполнено {plan.failed}."
    )


def as_of_text(data: YearReportData) -> str:
    if data.as_of.year > data.year:
        return "По итогам года"
    return f"По состоянию на {format_date(data.as_of)}"


def plan_table(plan: YearPlan) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for item in plan.items:
        if item.is_section:
            rows.append(
                (cell(item.number, centred=True), cell(item.name, bold=True), *[Cell()] * 3)
            )
            continue
        notes = (f"({item.source})",) if item.source else ()
        word = "не выполнили" if item.status == "не выполнено" else "отстают"
        status_notes = (f"{word}: {', '.join(item.lagging)}",) if item.lagging else ()
        rows.append(
            (
                cell(item.number, centred=True),
                cell(item.name),
                Cell((item.target,), notes=notes),
                Cell(item.facts),
                Cell(
                    (item.status,) if item.status else (),
                    notes=status_notes,
                    centred=True,
                    alarm=item.alarm,
                    bold_first=item.alarm,
                ),
            )
        )
    return Table(PLAN_HEADER, PLAN_WIDTHS_MM, tuple(rows))


def lean_paragraphs(data: YearReportData) -> list[str]:
    r = data.registries
    year = data.year
    if r.empty:
        return [f"Лин-проекты, предложения по улучшению и обучение за {year} год не учтены."]
    projects = counted(r.projects_started, "лин-проект", "лин-проекта", "лин-проектов")
    kinds = []
    if r.pilots_started:
        kinds.append(f"пилотных — {r.pilots_started}")
    if r.replications_started:
        kinds.append(f"тиражируемых — {r.replications_started}")
    opened = plural(r.projects_started, "открыт", "открыто", "открыто")
    first = f"В {year} году {opened} {projects}"
    if kinds:
        first += f" (в том числе {', '.join(kinds)})"
    first += (
        f", закрыто {r.projects_closed}, рекомендовано к тиражированию {r.projects_recommended}."
    )
    proposals = counted(r.proposals_submitted, "предложение", "предложения", "предложений")
    second = (
        f"Подано {proposals} по улучшению, реализовано {r.proposals_implemented}, "
        f"отклонено {r.proposals_rejected}."
    )
    people = counted(r.trained, "человек", "человека", "человек")
    third = (
        f"Обучено инструментам бережливого управления {people}, в том числе "
        f"{r.trained_external} — во внешних организациях, {r.trained_internal} — внутренним "
        "обучением."
    )
    return [first, second, third]


def figures_rows(data: YearReportData) -> list[tuple[str, str]]:
    """The year's figures as «показатель — значение» (the table and the spreadsheet)."""
    d, r = data.discipline, data.registries
    rows = [
        ("Проведено заседаний, всего", str(data.held())),
        ("в том числе в очной форме", str(data.held("очная"))),
        ("в режиме видео-конференц-связи", str(data.held("ВКС"))),
        ("в заочной форме (опросным порядком)", str(data.held("заочная"))),
        ("Рассмотрено вопросов", str(data.items_considered)),
        ("Принято решений", str(data.decisions_taken)),
        ("Поставлено поручений на контроль", str(d.total)),
        ("Снято с контроля (исполнено)", str(d.closed)),
        ("Исполнение поручений, %", format_percent(d.percent)),
    ]
    for plan in data.plans:
        rows += [
            (
                f"Мероприятий плана на {plan.years}\u00a0годы с показателями на год",
                str(plan.measures),
            ),
            ("выполнено", str(plan.done)),
            ("выполняется в срок", str(plan.on_track)),
            ("с отставанием", str(plan.behind)),
            ("не выполнено", str(plan.failed)),
        ]
    rows += [
        ("Открыто лин-проектов", str(r.projects_started)),
        ("в том числе пилотных", str(r.pilots_started)),
        ("тиражируемых", str(r.replications_started)),
        ("Закрыто лин-проектов", str(r.projects_closed)),
        ("Рекомендовано к тиражированию", str(r.projects_recommended)),
        ("Подано предложений по улучшению", str(r.proposals_submitted)),
        ("реализовано", str(r.proposals_implemented)),
        ("отклонено", str(r.proposals_rejected)),
        ("Обучено сотрудников, всего", str(r.trained)),
        ("внешнее обучение", str(r.trained_external)),
        ("внутреннее обучение", str(r.trained_internal)),
    ]
    return rows


def figures_table(data: YearReportData) -> Table:
    """The year's figures: «в том числе» rows indented by their lower-case start."""
    rows = []
    for label, value in figures_rows(data):
        indented = label[:1].islower()
        rows.append(
            (cell(("\u00a0" * 4 + label) if indented else label), cell(value, centred=True))
        )
    return Table(FIGURES_HEADER, FIGURES_WIDTHS_MM, tuple(rows))


def year_parts(data: YearReportData) -> list[Part]:
    """The year report in reading order, the signature last."""
    parts: list[Part] = []
    if data.organisation.strip():
        parts += [
            Block(Kind.ORGANISATION, data.organisation.strip().upper(), keep_with_next=True),
            Block(Kind.BLANK, keep_with_next=True),
        ]
    parts += [
        Block(Kind.TITLE, YEAR_TITLE, keep_with_next=True),
        Block(Kind.TITLE, f"о работе {data.body_genitive} за {data.year} год", keep_with_next=True),
        centred(f"(по состоянию на {format_date(data.as_of)})", keep=False),
    ]
    sections: list[tuple[str, list[Part]]] = []
    meetings: list[Part] = [paragraph(meetings_paragraph(data))]
    if data.meetings:
        meetings += [Block(Kind.BLANK, keep_with_next=True), meetings_table(data)]
    sections.append((MEETINGS_HEADING, meetings))
    first, last = date(data.year, 1, 1), date(data.year, 12, 31)
    sections.append(
        (
            DISCIPLINE_HEADING,
            [paragraph(text) for text in discipline_paragraphs(data.discipline, first, last)],
        )
    )
    if data.plans:
        plans: list[Part] = []
        for index, plan in enumerate(data.plans):
            if index:
                plans.append(BLANK)
            plans.append(paragraph(plan_paragraph(plan, data.year, as_of_text(data))))
            if plan.items:
                plans += [Block(Kind.BLANK, keep_with_next=True), plan_table(plan)]
        sections.append((PLAN_HEADING, plans))
    sections.append((LEAN_HEADING, [paragraph(text) for text in lean_paragraphs(data)]))
    sections.append((FIGURES_HEADING, [figures_table(data)]))
    for number, (heading, content) in enumerate(sections, 1):
        parts += [BLANK, keyword(f"{number}. {heading}"), *content]
    if data.signer_position.strip() or data.signer_name.strip():
        parts += [
            Block(Kind.BLANK, keep_with_next=True),
            Block(Kind.BLANK, keep_with_next=True),
            two_ends(data.signer_position.strip(), data.signer_name.strip()),
        ]
    return parts
