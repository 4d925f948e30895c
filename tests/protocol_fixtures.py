"""A realistic meeting of the Belovo working group on lean management [seed 002] as the
document builders receive it (``ProtocolData``), and its variants.

The roster is the annex of распоряжение от 18.10.2022 № 41-р (23 people); the items come
from the group's plan of measures (2022-2024). Name forms are made by the names module,
as the store makes them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from desktop_app.domain.meeting import MeetingForm, MeetingStatus, ProtocolForm, Vote, VoteCount
from desktop_app.domain.names import (
    Case,
    PersonName,
    decline_list_name,
    full_name,
    list_name,
    signature_name,
)
from desktop_app.domain.protocol import (
    Amendment,
    Ballot,
    Decision,
    Delivery,
    Invitee,
    Item,
    Member,
    ProtocolData,
    Signatory,
    Speaker,
)
from desktop_app.domain.vocabulary import BodyKind, Role

ORGANISATION = "Администрация Беловского городского округа"
BODY_NAME = (
    "рабочая группа по реализации бережливого управления в деятельности органов местного "
    "самоуправления муниципального образования «Беловский городской округ Кемеровской "
    "области – Кузбасса» и подведомственных им учреждений"
)
BODY_GENITIVE = (
    "рабочей группы по реализации бережливого управления в деятельности органов местного "
    "самоуправления муниципального образования «Беловский городской округ Кемеровской "
    "области – Кузбасса» и подведомственных им учреждений"
)
ADM = "Администрации Беловского городского округа"
DEP = "заместитель Главы Беловского городского округа"
UER = f"управление экономического развития {ADM}"
MEETING_DAY = date(2023, 10, 19)

# The roster of the act [002], in its printed order: chair, deputies, secretary, members.
ROSTER: list[tuple[str, str, Role]] = [
    (
        "Хмелева Ксения Владимировна",
        f"{DEP} по экономике, финансам, налогам и собственности",
        Role.CHAIR,
    ),
    ("Мерзлякова Марина Петровна", f"{DEP} – руководитель аппарата", Role.DEPUTY),
    ("Овчинникова Гульнара Вагизовна", f"первый {DEP}", Role.DEPUTY),
    (
        "Проскуракова Елена Викторовна",
        f"начальник отдела муниципального контроля управления экономического развития {ADM}",
        Role.SECRETARY,
    ),
    (
        "Гусарова Светлана Владимировна",
        "председатель Комитета социальной защиты населения Беловского городского округа",
        Role.MEMBER,
    ),
    (
        "Денисенкова Дина Васильевна",
        "директор МБУ «Архитектурно-планировочное бюро» г. Белово",
        Role.MEMBER,
    ),
    (
        "Жуков Иван Николаевич",
        "директор МБУ «Управление капитального строительства г. Белово»",
        Role.MEMBER,
    ),
    (
        "Ивашко Илья Васильевич",
        f"начальник Управления молодежной политики, физической культуры и спорта {ADM}",
        Role.MEMBER,
    ),
    (
        "Кирсанова Елена Юрьевна",
        f"начальник территориального управления пгт Новый Городок {ADM}",
        Role.MEMBER,
    ),
    (
        "Колесник Андрей Владимирович",
        f"{DEP} по промышленности, развитию потребительского рынка и услуг",
        Role.MEMBER,
    ),
    ("Коршикова Ирина Анатольевна", f"{DEP} по строительству", Role.MEMBER),
    (
        "Крижановский Андрей Юрьевич",
        f"начальник территориального управления Центрального района {ADM}",
        Role.MEMBER,
    ),
    (
        "Малахов Андрей Николаевич",
        f"начальник территориального управления мкр Бабанаково {ADM}",
        Role.MEMBER,
    ),
    (
        "Муратов Евгений Тахирович",
        f"начальник Управления по земельным ресурсам и муниципальному имуществу {ADM}",
        Role.MEMBER,
    ),
    (
        "Наруджимова Марина Владимировна",
        f"и.о. начальника Управления образования {ADM}",
        Role.MEMBER,
    ),
    (
        "Олейникова Анастасия Федоровна",
        f"начальник территориального управления пгт Инской {ADM}",
        Role.MEMBER,
    ),
    (
        "Романов Виталий Владимирович",
        f"начальник территориального управления пгт Бачатский {ADM}",
        Role.MEMBER,
    ),
    (
        "Сикова Елена Александровна",
        f"начальник территориального управления пгт Грамотеино {ADM}",
        Role.MEMBER,
    ),
    ("Смараков Сергей Владимирович", f"{DEP} по ЖКХ", Role.MEMBER),
    ("Соловьев Денис Александрович", "директор МКУ «Служба заказчика ЖКХ»", Role.MEMBER),
    ("Филиппов Дмитрий Георгиевич", "начальник финансового управления г. Белово", Role.MEMBER),
    ("Широкова Ольга Александровна", f"начальник Управления культуры {ADM}", Role.MEMBER),
    (
        "Яворская Ирина Олеговна",
        f"{DEP} по координации работы правоохранительных органов и органов военного управления",
        Role.MEMBER,
    ),
]

#: Who did not come to meeting № 3, and why (the others came: 14 of 23).
ABSENT = {
    "Овчинникова": "отпуск",
    "Жуков": "командировка",
    "Кирсанова": "отпуск",
    "Коршикова": "болезнь",
    "Малахов": "командировка",
    "Олейникова": "отпуск",
    "Романов": "болезнь",
    "Смараков": "командировка",
    "Яворская": "отпуск",
}


def person(full: str) -> PersonName:
    last, first, middle = full.split()
    return PersonName(last, first, middle)


def member(
    person_id: int, full: str, position: str, role: Role, present: bool | None, absence: str = ""
) -> Member:
    name = person(full)
    return Member(
        person_id=person_id,
        name=list_name(name),
        full_name=full_name(name),
        address=f"{name.first} {name.middle}",
        gender=name.effective_gender,
        position=position,
        role=role,
        present=present,
        absence=absence,
    )


def speaker(full: str, position: str) -> Speaker:
    name = person(full)
    return Speaker(
        name=list_name(name), heard=decline_list_name(name, Case.ACCUSATIVE), position=position
    )


def signatory(full: str, title: str, position: str = "") -> Signatory:
    return Signatory(title=title, name=signature_name(person(full)), position=position)


def roster_members(present_count: int | None = None) -> tuple[Member, ...]:
    """The 23 members; with ``present_count``, the first that many present, the rest away."""
    members = []
    for index, (full, position, role) in enumerate(ROSTER):
        surname = full.split()[0]
        if present_count is None:
            present = surname not in ABSENT
        else:
            present = index < present_count
        absence = "" if present else ABSENT.get(surname, "иная причина")
        members.append(member(index + 1, full, position, role, present, absence))
    return tuple(members)


def _votes(present: int, against: int = 0, abstained: int = 0) -> VoteCount:
    return VoteCount(present - against - abstained, against, abstained)


def items(present: int) -> tuple[Item, ...]:
    """Four items from the plan of measures, with their decisions and votes."""
    proskurakova = speaker("Проскуракова Елена Викторовна", ROSTER[3][1])
    narudzhimova = speaker("Наруджимова Марина Владимировна", ROSTER[14][1])
    gusarova = speaker("Гусарова Светлана Владимировна", ROSTER[4][1])
    khmeleva = speaker("Хмелева Ксения Владимировна", ROSTER[0][1])
    unanimous = _votes(present)
    return (
        Item(
            number=1,
            title=(
                "О ходе реализации плана мероприятий по внедрению бережливого управления "
                "за III квартал 2023 года"
            ),
            speakers=(proskurakova,),
            materials_by=f"отдел муниципального контроля управления экономического развития {ADM}",
            heard=(
                "Исполнители плана мероприятий представили информацию о его выполнении за "
                "III квартал 2023 года. Подано 37 предложений по улучшению, из них принято 21, "
                "реализовано 12. Реализуются 9 бережливых проектов, 2 из них рекомендованы к "
                "тиражированию.\n"
                "Информация не представлена территориальными управлениями пгт Бачатский и "
                "пгт Инской."
            ),
            discussion=(
                "Хмелева К.В. отметила, что доля тиражируемых проектов (22 %) ниже "
                "целевого значения 2023 года (30 %), и предложила рассмотреть проекты "
                "Управления образования для тиражирования в территориальных управлениях.\n"
                "Гусарова С.В. сообщила о готовности Комитета социальной защиты населения "
                "провести обучающий семинар для руководителей территориальных управлений."
            ),
            decisions=(
                Decision(
                    "1.1",
                    "Информацию Проскураковой Е.В. принять к сведению",
                    votes=unanimous,
                    adopted=True,
                ),
                Decision(
                    "1.2",
                    "Исполнителям плана мероприятий представлять информацию о выполнении плана "
                    "в управление экономического развития Администрации Беловского городского "
                    "округа",
                    responsible="исполнители плана мероприятий",
                    deadline_text="ежеквартально, до 3 числа месяца, следующего за отчетным кварталом",
                    votes=unanimous,
                    adopted=True,
                ),
                Decision(
                    "1.3",
                    "Территориальным управлениям пгт Бачатский и пгт Инской представить "
                    "информацию о выполнении плана мероприятий за III квартал 2023 года",
                    responsible="Романов В.В., Олейникова А.Ф.",
                    deadline=date(2023, 10, 27),
                    votes=_votes(present, abstained=1),
                    adopted=True,
                ),
            ),
        ),
        Item(
            number=2,
            title=(
                "О реализации бережливых проектов в Управлении образования и Комитете "
                "социальной защиты населения в 2023 году"
            ),
            speakers=(narudzhimova, gusarova),
            materials_by="Управление образования, Комитет социальной защиты населения",
            heard=(
                "В 2023 году реализованы 4 бережливых проекта; время ожидания приема в "
                "Комитете социальной защиты населения сокращено с 40 до 15 минут."
            ),
            decisions=(
                Decision(
                    "2.1",
                    "Рекомендовать проект «Электронная очередь в детские сады» к тиражированию "
                    "в муниципальных учреждениях Беловского городского округа",
                    votes=unanimous,
                    adopted=True,
                ),
                Decision(
                    "2.2",
                    "Направить в управление экономического развития предложения для включения в "
                    "план реализации проектов на 2024 год с указанием темы и предполагаемых "
                    "сроков реализации проекта",
                    responsible="Наруджимова М.В., Гусарова С.В.",
                    deadline=date(2023, 12, 1),
                    votes=unanimous,
                    adopted=True,
                ),
            ),
        ),
        Item(
            number=3,
            title=(
                "Об обучении основам бережливого управления при наличии квоты "
                "АНО «Центр компетенций Кузбасса»"
            ),
            speakers=(khmeleva,),
            heard="В 2023 году прошли обучение 3 сотрудника; по плану — не менее 3 чел.",
            decisions=(
                Decision(
                    "3.1",
                    "Определить сотрудников, прошедших обучение, для внутреннего обучения с "
                    "выделением рабочего времени для исполнения указанной работы",
                    responsible="руководители отраслевых (функциональных) органов",
                    deadline=date(2023, 11, 15),
                    votes=unanimous,
                    adopted=True,
                ),
            ),
        ),
        Item(
            number=4,
            title=(
                "О проведении конкурса лучших практик применения технологий бережливого "
                "производства в 2024 году"
            ),
            speakers=(proskurakova,),
            heard="Предложено провести конкурс в апреле 2024 года.",
            decisions=(
                Decision(
                    "4.1",
                    "Провести конкурс лучших практик применения технологий бережливого "
                    "производства; заявки принимать до 15.04.2024",
                    responsible=UER,
                    deadline=date(2024, 4, 30),
                    votes=unanimous,
                    adopted=True,
                ),
                Decision(
                    "4.2",
                    "Перенести подведение итогов конкурса на IV квартал 2024 года",
                    votes=_votes(present, against=present - 4, abstained=1),
                    adopted=False,
                ),
            ),
        ),
    )


def make_protocol() -> ProtocolData:
    """Meeting № 3 of 19.10.2023: in person, full form, 14 of 23 present, two invited."""
    members = roster_members()
    present = sum(1 for m in members if m.present)
    return ProtocolData(
        organisation=ORGANISATION,
        body_kind=BodyKind.WORKING_GROUP,
        body_name=BODY_NAME,
        body_genitive=BODY_GENITIVE,
        city="г. Белово",
        number=3,
        day=MEETING_DAY,
        start=time(10, 0),
        venue="каб. 305, ул. Советская, 21",
        form=MeetingForm.IN_PERSON,
        protocol_form=ProtocolForm.FULL,
        status=MeetingStatus.SIGNED,
        presiding=signatory("Хмелева Ксения Владимировна", "Председатель"),
        secretary=signatory("Проскуракова Елена Викторовна", "Секретарь"),
        members=members,
        quorum_required=12,
        invited=(
            Invitee(
                name="Александрова С.А.",
                full_name="Александрова Светлана Анатольевна",
                position="начальник отдела информационных технологий",
                organisation=ORGANISATION,
            ),
            Invitee(
                name="Ермаков Д.С.",
                full_name="Ермаков Денис Сергеевич",
                position="эксперт",
                organisation="АНО «Центр компетенций Кузбасса»",
            ),
        ),
        items=items(present),
        agenda_approved_on=date(2023, 10, 12),
        signed_on=date(2023, 10, 20),
        distribution=(
            Delivery("Хмелева К.В.", "СЭД", date(2023, 10, 20)),
            Delivery("Мерзлякова М.П.", "электронная почта", date(2023, 10, 20)),
            Delivery("Гусарова С.В.", "на бумаге", date(2023, 10, 23), note="под подпись"),
        ),
    )


def short_form(data: ProtocolData) -> ProtocolData:
    return replace(data, protocol_form=ProtocolForm.SHORT)


def many_present(data: ProtocolData, present: int = 19) -> ProtocolData:
    """More than 15 present: the protocol gives the count and attaches the list."""
    members = roster_members(present)
    return replace(data, members=members, items=items(present))


def deputy_presiding(data: ProtocolData) -> ProtocolData:
    """The chair is away; deputy Мерзлякова М.П. presides."""
    members = tuple(
        replace(m, present=False, absence="отпуск") if m.role is Role.CHAIR else m
        for m in data.members
    )
    members = tuple(
        replace(m, present=True, absence="") if m.name.startswith("Мерзлякова") else m
        for m in members
    )
    presiding = signatory("Мерзлякова Марина Петровна", "Председательствующий")
    return replace(data, members=members, presiding=presiding)


def correspondence(data: ProtocolData) -> ProtocolData:
    """By correspondence (опросным порядком): those who returned ballots took part."""
    ballots = []
    for m in data.members:
        if m.present:
            votes = tuple((d.number, Vote.FOR) for item in data.items for d in item.decisions)
            ballots.append(Ballot(m.name, votes))
    return replace(
        data,
        form=MeetingForm.CORRESPONDENCE,
        start=None,
        venue="",
        invited=(),
        members=tuple(replace(m, absence="") for m in data.members),
        ballots=tuple(ballots),
    )


def with_amendments(data: ProtocolData) -> ProtocolData:
    return replace(
        data,
        amendments=(Amendment(date(2023, 10, 20), "уточнен срок исполнения решения 1.3"),),
    )


def large_protocol(
    items_count: int = 10, decisions: int = 30, extra_members: int = 2
) -> ProtocolData:
    """10 items, 25 members (all present: count and annex), 30 decisions: the speed test."""
    base = make_protocol()
    members = list(roster_members(present_count=len(ROSTER)))
    for index in range(extra_members):
        members.append(
            member(
                len(members) + 1,
                f"Ярцев{index + 1:02d} Петр Ильич",
                f"ведущий специалист отдела № {index + 1} {ADM}",
                Role.MEMBER,
                True,
            )
        )
    present = len(members)
    source = items(present)
    built = []
    for number in range(1, items_count + 1):
        model = source[(number - 1) % len(source)]
        count = decisions // items_count + (1 if number <= decisions % items_count else 0)
        model_decisions = [model.decisions[i % len(model.decisions)] for i in range(count)]
        built.append(
            replace(
                model,
                number=number,
                decisions=tuple(
                    replace(d, number=f"{number}.{position}")
                    for position, d in enumerate(model_decisions, 1)
                ),
            )
        )
    return replace(base, members=tuple(members), items=tuple(built))
