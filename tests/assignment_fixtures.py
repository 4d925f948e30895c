"""Assignments on control in Belovo as the document builders receive them
(``AssignmentsListData``, ``ReminderData``, ``ExecutionReportData``), built by hand.

The decisions come from the protocols of the working group on lean management [seed 002]
and of the commission on informal employment [seed 000]; the discipline figure of the
administration's report [seed 004]: of 6 482 assignments, 6 461 taken off control.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.assignment import (
    AssignmentLine,
    AssignmentsListData,
    Discipline,
    ExecutionReportData,
    ReminderData,
)

ORGANISATION = "Администрация Беловского городского округа"
ADM = "Администрации Беловского городского округа"
LEAN = "Рабочая группа по бережливому управлению"
LEAN_GENITIVE = (
    "рабочей группы по реализации бережливого управления в деятельности органов местного "
    "самоуправления муниципального образования «Беловский городской округ Кемеровской "
    "области – Кузбасса» и подведомственных им учреждений"
)
INFORMAL = "Комиссия по снижению неформальной занятости"
AS_OF = date(2026, 11, 22)
RECURRING = (
    "ежеквартально до 5 числа месяца, следующего за отчетным кварталом (очередной срок 05.01.2027)"
)
LIST_TITLE = "Перечень поручений, находящихся на контроле"

#: The administration's figure for 2020 [seed 004]: 6 461 of 6 482 closed = 99,68 %.
SEED_DISCIPLINE = Discipline(total=6482, on_time=6300, late=150, removed=11, overdue=15, pending=6)


def lines() -> tuple[AssignmentLine, ...]:
    """Six assignments of two bodies: recurring, overdue, executed, extended, withdrawn."""
    return (
        AssignmentLine(
            number=1,
            text=(
                "Исполнителям плана мероприятий по внедрению бережливого управления "
                "представлять информацию о выполнении плана в управление экономического "
                f"развития {ADM}"
            ),
            source="Протокол № 3 от 19.10.2023, п. 1.2",
            body=LEAN,
            executors=(
                f"управление экономического развития {ADM} (Проскуракова Е.В.)",
                "Управление образования (Наруджимова М.В.)",
                "Комитет социальной защиты населения (Гусарова С.В.)",
            ),
            deadline=date(2027, 1, 5),
            deadline_text=RECURRING,
            status="на контроле",
            overdue=False,
        ),
        AssignmentLine(
            number=2,
            text=(
                "Территориальным управлениям пгт Бачатский и пгт Инской представить "
                "информацию о выполнении плана мероприятий за III квартал 2026 года"
            ),
            source="Протокол № 9 от 15.10.2026, п. 1.3",
            body=LEAN,
            executors=("Романов В.В.", "Олейникова А.Ф."),
            deadline=date(2026, 10, 27),
            deadline_text="27.10.2026",
            status="просрочено",
            overdue=True,
        ),
        AssignmentLine(
            number=3,
            text=(
                "Направить в управление экономического развития предложения для включения в "
                "план реализации проектов на 2027 год с указанием темы и предполагаемых "
                "сроков реализации проекта"
            ),
            source="Протокол № 9 от 15.10.2026, п. 2.2",
            body=LEAN,
            executors=("Наруджимова М.В.", "Гусарова С.В."),
            deadline=date(2026, 12, 1),
            deadline_text="01.12.2026",
            status="исполнено",
            overdue=False,
            closed_on=date(2026, 11, 19),
            report=(
                "Предложения направлены письмом от 19.11.2026 № 01-12/845: четыре проекта, "
                "в том числе «Электронная очередь в детские сады»"
            ),
        ),
        AssignmentLine(
            number=4,
            text=(
                "Определить сотрудников, прошедших обучение в АНО «Центр компетенций "
                "Кузбасса», для внутреннего обучения с выделением рабочего времени для "
                "исполнения указанной работы"
            ),
            source="Протокол № 9 от 15.10.2026, п. 3.1",
            body=LEAN,
            executors=(f"руководители отраслевых (функциональных) органов {ADM}",),
            deadline=date(2026, 12, 15),
            deadline_text="15.12.2026",
            status="на контроле",
            overdue=False,
            extensions=(
                "срок продлен с 15.11.2026 до 15.12.2026: квота на обучение выделена "
                "только в ноябре",
            ),
        ),
        AssignmentLine(
            number=5,
            text="Перенести подведение итогов конкурса лучших практик на IV квартал 2026 года",
            source="Протокол № 8 от 14.09.2026, п. 4.2",
            body=LEAN,
            executors=(f"управление экономического развития {ADM}",),
            deadline=date(2026, 10, 1),
            deadline_text="01.10.2026",
            status="снято с контроля",
            overdue=False,
            closed_on=date(2026, 10, 2),
            report="Конкурс проведен в установленный срок (протокол № 10 от 12.11.2026)",
        ),
        AssignmentLine(
            number=6,
            text=(
                "Провести заслушивание руководителей организаций, выплачивающих заработную "
                "плату ниже 1,5 величины прожиточного минимума, и представить сведения о "
                "принятых мерах"
            ),
            source="Поручение председателя комиссии К.В. Хмелевой от 02.11.2026",
            body=INFORMAL,
            executors=("Колесник А.В.",),
            deadline=date(2026, 11, 20),
            deadline_text="20.11.2026",
            status="просрочено",
            overdue=True,
        ),
    )


def make_list(**changes) -> AssignmentsListData:
    data = AssignmentsListData(
        title=LIST_TITLE,
        organisation=ORGANISATION,
        as_of=AS_OF,
        filters=("Орган: все", "Статус: все"),
        lines=lines(),
        discipline=SEED_DISCIPLINE,
    )
    return replace(data, **changes)


def many_lines(count: int) -> tuple[AssignmentLine, ...]:
    """``count`` assignments, the six above over and over, numbered through."""
    base = lines()
    return tuple(replace(base[n % len(base)], number=n + 1) for n in range(count))


def one_body_list() -> AssignmentsListData:
    """The working group's assignments only: the list needs no column «Орган»."""
    return make_list(
        filters=(f"Орган: {LEAN}", "Статус: на контроле"),
        lines=tuple(line for line in lines() if line.body == LEAN),
    )


def make_reminder(**changes) -> ReminderData:
    """A reminder to the head of the municipal control department of her open
    assignments: the recurring one and the extended one."""
    open_lines = tuple(
        replace(line, number=n) for n, line in enumerate((lines()[0], lines()[3], lines()[1]), 1)
    )
    data = ReminderData(
        organisation=ORGANISATION,
        body_name=LEAN_GENITIVE,
        addressee="Проскураковой Е.В.",
        addressee_position=(
            f"Начальнику отдела муниципального контроля управления экономического развития {ADM}"
        ),
        salutation="Уважаемая Елена Викторовна!",
        day=AS_OF,
        respond_by=date(2026, 12, 1),
        lines=open_lines,
        signer_position=(
            "Заместитель Главы Беловского городского округа по экономике, финансам, налогам "
            "и собственности, председатель рабочей группы"
        ),
        signer_name="К.В. Хмелева",
    )
    return replace(data, **changes)


def make_report(**changes) -> ExecutionReportData:
    """The figures of the first three quarters of 2026 by body and by responsible, and the
    assignments still on control."""
    lean = Discipline(total=42, on_time=35, late=3, removed=1, overdue=1, pending=2)
    informal = Discipline(total=12, on_time=9, late=1, removed=0, overdue=1, pending=1)
    total = Discipline()
    total.merge(lean)
    total.merge(informal)
    open_lines = tuple(
        replace(line, number=n)
        for n, line in enumerate((lines()[1], lines()[5], lines()[0], lines()[3]), 1)
    )
    data = ExecutionReportData(
        organisation=ORGANISATION,
        title="Информация об исполнении поручений",
        start=date(2026, 1, 1),
        end=date(2026, 9, 30),
        as_of=AS_OF,
        discipline=total,
        by_body=((LEAN, lean), (INFORMAL, informal)),
        by_responsible=(
            ("Проскуракова Е.В.", Discipline(total=18, on_time=16, late=1, pending=1)),
            ("Наруджимова М.В.", Discipline(total=11, on_time=9, late=1, removed=1)),
            ("Гусарова С.В.", Discipline(total=9, on_time=8, pending=1)),
            ("Романов В.В.", Discipline(total=4, on_time=2, late=1, overdue=1)),
            ("Колесник А.В.", Discipline(total=12, on_time=9, late=1, overdue=1, pending=1)),
        ),
        lines=open_lines,
        signer_position="Секретарь рабочей группы",
        signer_name="Е.В. Проскуракова",
    )
    return replace(data, **changes)
