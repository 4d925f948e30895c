"""A large, realistic database for the benchmarks: bodies of every kind in several
municipalities, thousands of people with plausible Russian names, and ten years of roster
history per body, recorded the way the program records it.

    python benchmarks/generate.py --out /tmp/large.sqlite3 [--bodies 50 --people 5000 --years 10]

The history keeps the program's rules: a term is [start_date, end_date) (end exclusive);
leaving ends a term on the act's date; a change of role ends one term and starts another on
the act's date; a body has one chair and one secretary at a time; nobody sits twice in a
body at once. People sit on several bodies (officials chair and staff many of them).

Then ten years of meetings (``benchmarks/meetings.py``): every body meets as its act says
from its creation to the end of the current year, about ten items a meeting with speakers,
decisions and votes, attendance, invited people, proposals; past protocols are signed, kept
as a protocol version (the JSON of ``ProtocolData``, checked against the store's own
``protocol_data`` on a sample) and sent to the members.

The schema is created by ``Database(path)`` (the program's migrations); the rows go in
with SQLAlchemy Core executemany inserts in a single transaction.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from desktop_app.domain.vocabulary import ActKind, BodyKind, Gender, QuorumRule, Role, Side
from desktop_app.store.database import Database
from desktop_app.store.models import Body, Membership, Person, RosterAct

try:
    from benchmarks.assignments import AssignmentCounts, add_assignments
    from benchmarks.meetings import MeetingCounts, add_meetings, check_versions
    from benchmarks.plans import PlanCounts, add_plans
except ImportError:  # run as a script from the benchmarks folder
    from assignments import AssignmentCounts, add_assignments  # type: ignore[no-redef]
    from meetings import MeetingCounts, add_meetings, check_versions  # type: ignore[no-redef]
    from plans import PlanCounts, add_plans  # type: ignore[no-redef]

# ----- names ----------------------------------------------------------------------------

# Masculine surnames; the feminine form is derived by _feminine (Иванов → Иванова,
# Завьяловский → Завьяловская, Толстой → Толстая; Шевченко, Черных, Кравчук stay).
SURNAMES = """
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров Морозов
Волков Алексеев Лебедев Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
Макаров Никитин Захаров Зайцев Соловьев Борисов Яковлев Григорьев Романов Воробьев
Сергеев Кузьмин Фролов Александров Дмитриев Королев Гусев Киселев Ильин Максимов Поляков
Сорокин Виноградов Ковалев Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров
Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов
Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов
Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин
Исаев Чернышев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарев
Голубев Кудрявцев Прохоров Наумов Потапов Журавлев Овчинников Трофимов Леонов Соболев
Ермаков Колесников Гончаров Емельянов Никифоров Грачев Котов Гришин Ефремов Архипов
Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов
Еремин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев
Харитонов Князев Цветков Левин Митрофанов Воронов Аксенов Софронов Мальцев Логинов Горшков
Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Демин Хохлов Фадеев
Молчанов Игнатов Литвинов Ершов Ушаков Дементьев Рябов Мухин Калашников Леонтьев Лобанов
Кузин Корнилов Евдокимов Бородин Платонов Некрасов Балашов Бобров Жданов Блинов Игнатьев
Коротков Муравьев Крюков Беляков Богомолов Дроздов Лавров Зуев Петухов Ларин Никулин Серов
Терентьев Зотов Устинов Фокин Самойлов Константинов Сахаров Шишкин Самсонов Черкасов
Чистяков Носов Кудрин Хмелев Мерзляков Гусаров Завьяловский Троицкий Вишневский Яблонский
Покровский Островский Соколовский Луговской Донской Толстой Лановой Полевой Шевченко Ковальченко
Бондаренко Кравченко Ткаченко Литвиненко Мороз Кравчук Ковальчук Мельничук Черных Седых
Белых Долгих Шубин Зимин Карпенко Гайдук Бурлак Ким Цой Шульц Гартман
"""

# First names: (name, masculine patronymic, feminine patronymic) for men; weights by repeats.
MALE_NAMES = [
    ("Александр", "Александрович", "Александровна"),
    ("Александр", "Александрович", "Александровна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Виктор", "Викторович", "Викторовна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Игорь", "Игоревич", "Игоревна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Павел", "Павлович", "Павловна"),
    ("Петр", "Петрович", "Петровна"),
    ("Василий", "Васильевич", "Васильевна"),
    ("Анатолий", "Анатольевич", "Анатольевна"),
    ("Геннадий", "Геннадьевич", "Геннадьевна"),
    ("Валерий", "Валерьевич", "Валерьевна"),
    ("Виталий", "Витальевич", "Витальевна"),
    ("Григорий", "Григорьевич", "Григорьевна"),
    ("Константин", "Константинович", "Константиновна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Роман", "Романович", "Романовна"),
    ("Артем", "Артемович", "Артемовна"),
    ("Денис", "Денисович", "Денисовна"),
    ("Антон", "Антонович", "Антоновна"),
    ("Вячеслав", "Вячеславович", "Вячеславовна"),
    ("Леонид", "Леонидович", "Леонидовна"),
    ("Борис", "Борисович", "Борисовна"),
    ("Илья", "Ильич", "Ильинична"),
    ("Никита", "Никитич", "Никитична"),
    ("Лев", "Львович", "Львовна"),
    ("Федор", "Федорович", "Федоровна"),
    ("Степан", "Степанович", "Степановна"),
    ("Аркадий", "Аркадьевич", "Аркадьевна"),
    ("Эдуард", "Эдуардович", "Эдуардовна"),
    ("Руслан", "Русланович", "Руслановна"),
]

FEMALE_NAMES = """
Елена Елена Ольга Ольга Наталья Наталья Татьяна Татьяна Ирина Ирина Светлана Светлана
Марина Юлия Анна Анна Екатерина Людмила Галина Надежда Оксана Евгения Мария Валентина
Ксения Анастасия Виктория Лариса Любовь Вера Нина Алла Инна Жанна Дарья Полина Алена
Кристина Маргарита Раиса Тамара Лидия Зоя Гульнара Эльвира Олеся Вероника Яна
""".split()


def _feminine(surname: str) -> str:
    for masculine, feminine in (("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"),
                                ("ой", "ая"), ("ый", "ая")):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + feminine
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname  # Шевченко, Черных, Кравчук, Мороз, Ким: the same for women


_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


# ----- places, organisations, positions ------------------------------------------------


@dataclass(frozen=True)
class Municipality:
    genitive: str  # «Беловского городского округа»
    place: str  # «г. Белово»
    short: str  # «Белово»
    dative: str  # «по Беловскому городскому округу»
    code: str  # the telephone code
    domain: str
    act_kind: ActKind


MUNICIPALITIES = [
    Municipality("Беловского городского округа", "г. Белово", "Белово",
                 "Беловскому городскому округу", "38452", "belovo42.ru", ActKind.ORDER),
    Municipality("Ленинск-Кузнецкого муниципального округа", "г. Ленинск-Кузнецкий",
                 "Ленинск-Кузнецкий", "Ленинск-Кузнецкому муниципальному округу", "38456",
                 "leninsk-kuz.ru", ActKind.RESOLUTION),
    Municipality("Прокопьевского городского округа", "г. Прокопьевск", "Прокопьевск",
                 "Прокопьевскому городскому округу", "3846", "prokopyevsk.ru", ActKind.ORDER),
    Municipality("Гурьевского муниципального округа", "г. Гурьевск", "Гурьевск",
                 "Гурьевскому муниципальному округу", "38463", "gurievsk.ru",
                 ActKind.RESOLUTION),
    Municipality("Топкинского муниципального округа", "г. Топки", "Топки",
                 "Топкинскому муниципальному округу", "38454", "topki42.ru", ActKind.ORDER),
]

# The bodies: (kind, full name, full name in the genitive, short name); the municipality's
# name in the genitive follows the full name.
TOPICS = [
    (BodyKind.WORKING_GROUP,
     "рабочая группа по реализации бережливого управления в деятельности органов местного "
     "самоуправления",
     "рабочей группы по реализации бережливого управления в деятельности органов местного "
     "самоуправления",
     "Рабочая группа по бережливому управлению"),
    (BodyKind.WORKING_GROUP,
     "рабочая группа по снижению неформальной занятости и легализации заработной платы",
     "рабочей группы по снижению неформальной занятости и легализации заработной платы",
     "Рабочая группа по неформальной занятости"),
    (BodyKind.COMMISSION,
     "комиссия по делам несовершеннолетних и защите их прав",
     "комиссии по делам несовершеннолетних и защите их прав",
     "КДН и ЗП"),
    (BodyKind.COMMISSION,
     "комиссия по предупреждению и ликвидации чрезвычайных ситуаций и обеспечению пожарной "
     "безопасности",
     "комиссии по предупреждению и ликвидации чрезвычайных ситуаций и обеспечению пожарной "
     "безопасности",
     "КЧС и ОПБ"),
    (BodyKind.INTERDEPARTMENTAL_COMMISSION,
     "межведомственная комиссия по профилактике правонарушений",
     "межведомственной комиссии по профилактике правонарушений",
     "МВК по профилактике правонарушений"),
    (BodyKind.INTERDEPARTMENTAL_COMMISSION,
     "межведомственная комиссия по организации отдыха, оздоровления и занятости детей",
     "межведомственной комиссии по организации отдыха, оздоровления и занятости детей",
     "МВК по летнему отдыху детей"),
    (BodyKind.TRIPARTITE_COMMISSION,
     "трехсторонняя комиссия по регулированию социально-трудовых отношений",
     "трехсторонней комиссии по регулированию социально-трудовых отношений",
     "Трехсторонняя комиссия"),
    (BodyKind.TRIPARTITE_COMMISSION,
     "трехсторонняя комиссия по вопросам охраны труда",
     "трехсторонней комиссии по вопросам охраны труда",
     "Трехсторонняя комиссия по охране труда"),
    (BodyKind.COUNCIL,
     "совет по развитию малого и среднего предпринимательства",
     "совета по развитию малого и среднего предпринимательства",
     "Совет по предпринимательству"),
    (BodyKind.COUNCIL,
     "совет по межнациональным и межконфессиональным отношениям",
     "совета по межнациональным и межконфессиональным отношениям",
     "Совет по межнациональным отношениям"),
]

LEADER, ADMIN, EDUCATION, HEALTH, SAFETY, BUSINESS, UNION, DEPUTY, PUBLIC = range(9)
# The share of each kind of person among a municipality's people.
CATEGORY_WEIGHTS = {LEADER: 9, ADMIN: 21, EDUCATION: 14, HEALTH: 9, SAFETY: 10, BUSINESS: 16,
                    UNION: 8, DEPUTY: 6, PUBLIC: 7}

# The heads (chairs and deputy chairs of bodies), then the staff (secretaries).
LEADER_POSITIONS = [
    "первый заместитель главы {g}",
    "заместитель главы {g} по экономике, финансам, налогам и собственности",
    "заместитель главы {g} по социальным вопросам",
    "заместитель главы {g} по жилищно-коммунальному хозяйству",
    "заместитель главы {g} – руководитель аппарата",
    "начальник управления образования Администрации {g}",
    "начальник управления культуры, спорта и молодежной политики Администрации {g}",
    "начальник финансового управления {g}",
    "начальник отдела экономики Администрации {g}",
    "начальник юридического отдела Администрации {g}",
    "начальник отдела по делам гражданской обороны и чрезвычайным ситуациям",
    "начальник отдела потребительского рынка и предпринимательства",
    "начальник управления социальной защиты населения Администрации {g}",
    "председатель комитета по управлению муниципальным имуществом {g}",
]
ADMIN_POSITIONS = [
    "заместитель начальника отдела экономики",
    "консультант-советник отдела по работе с кадрами",
    "главный специалист отдела экономики",
    "главный специалист организационного отдела",
    "ведущий специалист отдела по делам молодежи",
    "ведущий специалист юридического отдела",
    "главный специалист комиссии по делам несовершеннолетних и защите их прав",
    "начальник территориального управления поселка",
]
SCHOOLS = ["Средняя общеобразовательная школа № {n}", "Основная общеобразовательная школа № {n}",
           "Лицей № {n}", "Гимназия № {n}", "Детский сад № {n}", "Детская школа искусств № {n}"]
EDUCATION_POSITIONS = ["директор", "заместитель директора по воспитательной работе",
                       "заместитель директора по учебной работе", "социальный педагог",
                       "педагог-психолог", "заведующий"]
HEALTH_ORGS = ["ГБУЗ «{s} городская больница № {n}»", "ГБУЗ «{s} детская поликлиника»",
               "ГБУЗ «Кузбасский клинический наркологический диспансер», филиал № {n}",
               "ГБУЗ «{s} станция скорой медицинской помощи»"]
HEALTH_POSITIONS = ["главный врач", "заместитель главного врача по медицинской части",
                    "заведующий отделением", "врач-нарколог", "врач-педиатр", "главная медсестра"]
SAFETY_POSITIONS = [
    ("начальник Отдела МВД России по {d}", "Отдел МВД России по {d}"),
    ("заместитель начальника Отдела МВД России по {d}", "Отдел МВД России по {d}"),
    ("начальник отделения по делам несовершеннолетних", "Отдел МВД России по {d}"),
    ("инспектор по делам несовершеннолетних", "Отдел МВД России по {d}"),
    ("участковый уполномоченный полиции", "Отдел МВД России по {d}"),
    ("начальник пожарно-спасательной части № {n}", "ФГКУ «{n} отряд ФПС по Кемеровской области"
                                                   " – Кузбассу»"),
    ("старший инспектор филиала по {d}", "ФКУ УИИ ГУФСИН России по Кемеровской области – Кузбассу"),
    ("начальник отдела надзорной деятельности", "ГУ МЧС России по Кемеровской области – Кузбассу"),
    ("прокурор", "Прокуратура города"),
]
BUSINESS_NAMES = ["Кузбассэнерго", "Разрез Виноградовский", "Шахта Листвяжная", "Сибирский хлеб",
                  "Горэлектросеть", "Теплоэнергетик", "Водоканал", "Стройсервис", "Агрохолдинг "
                  "Кузбасский", "Беловопромжелдортранс", "Транспортная компания Сибирь",
                  "Мясокомбинат", "Торговый дом Колос", "Автоколонна 1237", "Кокс-Майнинг"]
BUSINESS_POSITIONS = ["генеральный директор", "директор", "исполнительный директор",
                      "заместитель директора по персоналу", "главный инженер",
                      "начальник отдела охраны труда", "главный бухгалтер"]
UNION_POSITIONS = [
    ("председатель территориальной организации профсоюза работников образования",
     "Кузбасская областная организация Профсоюза работников народного образования и науки"),
    ("председатель первичной профсоюзной организации",
     "Росуглепроф, первичная профсоюзная организация «{b}»"),
    ("председатель координационного совета организаций профсоюзов",
     "Федерация профсоюзных организаций Кузбасса"),
    ("председатель первичной профсоюзной организации", "Профсоюз работников здравоохранения РФ"),
    ("технический инспектор труда", "Федерация профсоюзных организаций Кузбасса"),
]
PUBLIC_POSITIONS = [
    ("председатель", "Совет ветеранов войны, труда, Вооруженных Сил и правоохранительных органов"),
    ("председатель", "Местная национально-культурная автономия татар"),
    ("настоятель храма", "Кемеровская епархия Русской православной церкви"),
    ("руководитель", "Молодежный совет"),
    ("председатель", "Общественная палата"),
    ("уполномоченный по правам ребенка", ""),
    ("руководитель", "Центр занятости населения"),
]


def _position(rng: random.Random, category: int, town: Municipality) -> tuple[str, str]:
    g, n = town.genitive, rng.randint(1, 40)
    if category in (LEADER, ADMIN):
        positions = LEADER_POSITIONS if category == LEADER else ADMIN_POSITIONS
        return rng.choice(positions).format(g=g), f"Администрация {g}"
    if category == EDUCATION:
        org = "МБОУ «" + rng.choice(SCHOOLS).format(n=n) + f"» {g}"
        return rng.choice(EDUCATION_POSITIONS), org
    if category == HEALTH:
        org = rng.choice(HEALTH_ORGS).format(s=town.short.replace("-", " "), n=n % 5 + 1)
        return rng.choice(HEALTH_POSITIONS), org
    if category == SAFETY:
        position, org = rng.choice(SAFETY_POSITIONS)
        return position.format(d=town.dative, n=n), org.format(d=town.dative, n=n)
    if category == BUSINESS:
        form = rng.choice(["ООО", "АО", "ПАО", "ООО", "ИП"])
        if form == "ИП":
            return "индивидуальный предприниматель", ""
        return rng.choice(BUSINESS_POSITIONS), f"{form} «{rng.choice(BUSINESS_NAMES)}»"
    if category == UNION:
        position, org = rng.choice(UNION_POSITIONS)
        return position, org.format(b=rng.choice(BUSINESS_NAMES))
    if category == DEPUTY:
        return (f"депутат Совета народных депутатов {g}, председатель комитета",
                f"Совет народных депутатов {g}")
    position, org = rng.choice(PUBLIC_POSITIONS)
    return position, org


# ----- the generator --------------------------------------------------------------------


@dataclass
class Pool:
    """A municipality's people by category: those who never sat in a body yet, and those
    who did (officials sit on several bodies)."""

    unused: dict[int, list[int]] = field(default_factory=dict)
    seated: dict[int, list[int]] = field(default_factory=dict)
    seated_set: set[int] = field(default_factory=set)


@dataclass
class Seat:
    membership_id: int
    person_id: int
    role: Role
    side: Side | None


@dataclass
class Counts:
    bodies: int = 0
    people: int = 0
    people_seated: int = 0
    acts: int = 0
    memberships: int = 0
    current_memberships: int = 0
    largest_body: int = 0
    meetings: MeetingCounts | None = None
    meetings_checked: int = 0
    assignments: AssignmentCounts | None = None
    plans: PlanCounts | None = None


def _people(rng: random.Random, count: int, towns: list[Municipality]):
    surnames = SURNAMES.split()
    rows, towns_of, category_of = [], {}, {}
    seen: set[tuple[str, str, str]] = set()
    categories = list(CATEGORY_WEIGHTS)
    weights = list(CATEGORY_WEIGHTS.values())
    for person_id in range(1, count + 1):
        while True:
            male = rng.random() < 0.45
            father = rng.choice(MALE_NAMES)
            surname = rng.choice(surnames)
            if male:
                first = rng.choice(MALE_NAMES)[0]
                name = (surname, first, father[1])
            else:
                name = (_feminine(surname), rng.choice(FEMALE_NAMES), father[2])
            if name not in seen:
                seen.add(name)
                break
        town = towns[person_id % len(towns)]
        category = rng.choices(categories, weights)[0]
        position, organisation = _position(rng, category, town)
        phone = ""
        if rng.random() < 0.7:
            phone = f"8 ({town.code}) {rng.randint(2, 6)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        email = ""
        if rng.random() < 0.4:
            email = f"{_latin(name[0])}.{_latin(name[1][0])}{_latin(name[2][0])}@{town.domain}"
        rows.append({
            "id": person_id,
            "last_name": name[0],
            "first_name": name[1],
            "middle_name": name[2],
            "gender": (Gender.MALE if male else Gender.FEMALE).value,
            "position": position,
            "organisation": organisation,
            "phone": phone,
            "email": email,
            "name_genitive": "",
            "name_dative": "",
            "name_accusative": "",
        })
        towns_of[person_id] = town
        category_of[person_id] = category
    return rows, towns_of, category_of


def _act_number(rng: random.Random, kind: ActKind, day: date) -> str:
    number = day.timetuple().tm_yday * rng.randint(3, 6) + rng.randint(1, 30)
    return {ActKind.ORDER: f"{number}-р", ActKind.RESOLUTION: f"{number}-п",
            ActKind.DIRECTIVE: f"{number}-од"}.get(kind, str(number))


class _History:
    """Builds the acts and memberships of all bodies, numbering the rows itself."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.acts: list[dict] = []
        self.memberships: list[dict] = []

    # one membership row per term
    def _start(self, body_id, person_id, role, side, day, act_id) -> Seat:
        membership_id = len(self.memberships) + 1
        self.memberships.append({
            "id": membership_id, "body_id": body_id, "person_id": person_id,
            "role": role.value, "side": side.value if side else None,
            "start_date": day, "end_date": None, "start_act_id": act_id, "end_act_id": None,
        })
        return Seat(membership_id, person_id, role, side)

    def _end(self, seat: Seat, day: date, act_id: int) -> None:
        row = self.memberships[seat.membership_id - 1]
        assert row["end_date"] is None and row["start_date"] < day
        row["end_date"] = day
        row["end_act_id"] = act_id

    def _act(self, body_id: int, kind: ActKind, day: date, note: str = "") -> int:
        act_id = len(self.acts) + 1
        self.acts.append({"id": act_id, "body_id": body_id, "kind": kind.value,
                          "number": _act_number(self.rng, kind, day), "date": day,
                          "note": note})
        return act_id

    def body(self, body_id: int, kind: BodyKind, act_kind: ActKind, start: date,
             pick, category_of: dict[int, int]) -> tuple[dict, int]:
        """The body's whole history; ``pick(role, side, excluded)`` chooses a person.
        Returns the creating act's row and the current head count."""
        rng = self.rng
        tripartite = kind is BodyKind.TRIPARTITE_COMMISSION
        sides = list(Side)

        def side_for(role: Role) -> Side | None:
            if not tripartite:
                return None
            return Side.AUTHORITIES if role is not Role.MEMBER else rng.choice(sides)

        current: dict[int, Seat] = {}

        def join(role: Role, day: date, act_id: int, touched: set[int]) -> None:
            side = side_for(role)
            person_id = pick(role, side, current.keys() | touched)
            current[person_id] = self._start(body_id, person_id, role, side, day, act_id)
            touched.add(person_id)

        def leave(seat: Seat, day: date, act_id: int, touched: set[int]) -> None:
            self._end(seat, day, act_id)
            del current[seat.person_id]
            touched.add(seat.person_id)

        def change(seat: Seat, role: Role, day: date, act_id: int, touched: set[int]) -> None:
            self._end(seat, day, act_id)
            current[seat.person_id] = self._start(body_id, seat.person_id, role, seat.side,
                                                  day, act_id)
            touched.add(seat.person_id)

        def with_role(role: Role, touched: set[int]) -> list[Seat]:
            return [s for s in current.values() if s.role is role and s.person_id not in touched]

        # The creating act.
        first_act = self._act(body_id, act_kind, start)
        target = rng.randint(15, 40)
        deputies = rng.randint(0, 3)
        roles = [Role.CHAIR, *[Role.DEPUTY] * deputies, Role.SECRETARY]
        roles += [Role.MEMBER] * (target - len(roles))
        touched: set[int] = set()
        for role in roles:
            join(role, start, first_act, touched)

        # Several acts a year until yesterday, on distinct days.
        span = (self.today - start).days
        years = max(1, round(span / 365))
        count = min(span - 1, sum(rng.randint(3, 6) for _ in range(years)))
        offsets = sorted(rng.sample(range(1, span), count))
        for offset in offsets:
            day = start + timedelta(days=offset)
            act_id = self._act(body_id, act_kind, day,
                               rng.choice(["", "", "", "в связи с кадровыми изменениями"]))
            touched = set()
            changed = 0
            if rng.random() < 0.12:  # a new chair: a deputy moves up, or someone new comes
                (chair,) = with_role(Role.CHAIR, touched)
                leave(chair, day, act_id, touched)
                deputies_now = with_role(Role.DEPUTY, touched)
                if deputies_now and rng.random() < 0.5:
                    change(rng.choice(deputies_now), Role.CHAIR, day, act_id, touched)
                else:
                    join(Role.CHAIR, day, act_id, touched)
                changed += 1
            if rng.random() < 0.12:  # a new secretary: a member takes over, or someone new
                (secretary,) = with_role(Role.SECRETARY, touched)
                leave(secretary, day, act_id, touched)
                members = [s for s in with_role(Role.MEMBER, touched)
                           if category_of[s.person_id] == ADMIN]
                if members and rng.random() < 0.4:
                    change(rng.choice(members), Role.SECRETARY, day, act_id, touched)
                else:
                    join(Role.SECRETARY, day, act_id, touched)
                changed += 1
            if rng.random() < 0.2:  # deputies come and go
                deputies_now = with_role(Role.DEPUTY, touched)
                members = [s for s in with_role(Role.MEMBER, touched)
                           if category_of[s.person_id] == LEADER]
                if len(deputies_now) < 3 and members and rng.random() < 0.6:
                    change(rng.choice(members), Role.DEPUTY, day, act_id, touched)
                elif deputies_now:
                    change(rng.choice(deputies_now), Role.MEMBER, day, act_id, touched)
                changed += 1
            size = len(current)
            leaves = rng.randint(0, 4)
            joins = rng.randint(0, 5) + (1 if size < target else 0)
            leaves = min(leaves, max(0, size + joins - 15))
            joins = min(joins, max(0, 40 - size + leaves))
            if changed == 0 and leaves == 0 and joins == 0:
                joins = 1 if size < 40 else 0
                leaves = 1 - joins
            for _ in range(leaves):
                candidates = with_role(Role.MEMBER, touched) + with_role(Role.DEPUTY, touched)
                if len(current) > 15 and candidates:
                    leave(rng.choice(candidates), day, act_id, touched)
            for _ in range(joins):
                if len(current) < 40:
                    join(Role.MEMBER, day, act_id, touched)
        roles_now = [s.role for s in current.values()]
        assert roles_now.count(Role.CHAIR) == 1 and roles_now.count(Role.SECRETARY) == 1
        return self.acts[first_act - 1], len(current)


def generate(path: Path, bodies: int = 50, people: int = 5000, years: int = 10,
             seed: int = 1, meetings: bool = True, assignments: int = 200_000) -> Counts:
    """Write a new database to ``path`` (an existing file is replaced); with ``meetings``,
    ten years of the bodies' meetings too."""
    path = Path(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    rng = random.Random(seed)
    today = date.today()
    towns = MUNICIPALITIES
    person_rows, town_of, category_of = _people(rng, people, towns)

    pools = {town: Pool() for town in towns}
    for person_id in range(1, people + 1):
        pools[town_of[person_id]].unused.setdefault(category_of[person_id], []).append(person_id)
    for pool in pools.values():
        for ids in pool.unused.values():
            rng.shuffle(ids)

    def picker(town: Municipality, kind: BodyKind):
        pool = pools[town]
        if kind is BodyKind.TRIPARTITE_COMMISSION:
            by_side = {Side.AUTHORITIES: [LEADER, ADMIN, DEPUTY], Side.EMPLOYERS: [BUSINESS],
                       Side.UNIONS: [UNION]}
        else:
            by_side = {}

        def pick(role: Role, side: Side | None, excluded) -> int:
            if role in (Role.CHAIR, Role.DEPUTY):
                category = LEADER  # the heads of the administration chair the bodies
            elif role is Role.SECRETARY:
                category = ADMIN  # a specialist keeps the minutes
            elif side is not None:
                category = rng.choice(by_side[side])
            else:
                category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
            reuse = 0.5 if role is not Role.MEMBER else 0.2
            for attempt in range(200):
                if attempt == 100:
                    category = rng.choice(list(CATEGORY_WEIGHTS))  # a category ran dry
                unused = pool.unused.get(category, [])
                seated = pool.seated.get(category, [])
                if unused and (not seated or rng.random() >= reuse):
                    person_id = unused.pop()
                    pool.seated.setdefault(category, []).append(person_id)
                    pool.seated_set.add(person_id)
                    return person_id
                if seated:
                    person_id = rng.choice(seated)
                    if person_id not in excluded:
                        return person_id
            raise RuntimeError("not enough people for the bodies: raise --people")

        return pick

    body_rows = []
    topics: dict[int, int] = {}
    since: dict[int, date] = {}
    body_towns: dict[int, Municipality] = {}
    history = _History(rng, today)
    largest = 0
    first_year = today.year - years
    for index in range(bodies):
        kind, full_name, genitive, short = TOPICS[index % len(TOPICS)]
        town = towns[(index // len(TOPICS)) % len(towns)]
        round_ = index // (len(TOPICS) * len(towns))
        short_name = f"{short} ({town.short})" + (f" {round_ + 1}" if round_ else "")
        start = date(first_year, 1, 10) + timedelta(days=rng.randint(0, 120))
        body_id = index + 1
        topics[body_id], since[body_id], body_towns[body_id] = index % len(TOPICS), start, town
        act_kind = town.act_kind
        first_act, size = history.body(body_id, kind, act_kind, start,
                                        picker(town, kind), category_of)
        largest = max(largest, size)
        body_rows.append({
            "id": body_id,
            "kind": kind.value,
            "full_name": f"{full_name} {town.genitive}",
            "full_name_genitive": f"{genitive} {town.genitive}",
            "short_name": short_name,
            "organisation": f"Администрация {town.genitive}",
            "place": town.place,
            "act_kind": act_kind.value,
            "act_number": first_act["number"],
            "act_date": first_act["date"],
            "quorum_rule": rng.choice([QuorumRule.MORE_THAN_HALF, QuorumRule.MORE_THAN_HALF,
                                       QuorumRule.AT_LEAST_HALF,
                                       QuorumRule.AT_LEAST_TWO_THIRDS]).value,
            "report_day": rng.choice([3, 5, 10, 25]),
            "meetings_per_quarter": rng.choice([1, 1, 1, 2, 3]),
        })

    database = Database(path)  # the program's own migrations create the schema
    try:
        with database.engine.begin() as connection:
            connection.execute(insert(Body.__table__), body_rows)
            connection.execute(insert(Person.__table__), person_rows)
            connection.execute(insert(RosterAct.__table__), history.acts)
            connection.execute(insert(Membership.__table__), history.memberships)
            meeting_counts = None
            assignment_counts = None
            plan_counts = add_plans(connection, random.Random(seed * 7727 + 5), today,
                                    [row["id"] for row in body_rows], years)
            if meetings:  # a generator of its own: the rosters above stay as they were
                town_people = {town: [p for p in range(1, people + 1) if town_of[p] is town]
                               for town in towns}
                meeting_counts = add_meetings(
                    connection, random.Random(seed * 7919 + 17), today, body_rows, topics, since,
                    person_rows, history.memberships,
                    {b: town_people[t] for b, t in body_towns.items()}, years)
                assignment_counts = add_assignments(
                    connection, random.Random(seed * 104729 + 3), today, assignments)
    finally:
        database.close()
    checked = check_versions(path, seed=seed) if meetings else 0
    return Counts(
        bodies=len(body_rows),
        people=len(person_rows),
        people_seated=sum(len(p.seated_set) for p in pools.values()),
        acts=len(history.acts),
        memberships=len(history.memberships),
        current_memberships=sum(1 for m in history.memberships if m["end_date"] is None),
        largest_body=largest,
        meetings=meeting_counts,
        meetings_checked=checked,
        assignments=assignment_counts,
        plans=plan_counts,
    )


def describe(counts: Counts, path: Path, seconds: float) -> str:
    size = Path(path).stat().st_size
    return (f"bodies {counts.bodies}, people {counts.people} ({counts.people_seated} "
            f"have sat in a body), acts {counts.acts}, memberships {counts.memberships} "
            f"({counts.current_memberships} current), largest roster {counts.largest_body}; "
            + (f"{counts.meetings.describe()}; kept protocols of {counts.meetings_checked} "
               "meetings checked against protocol_data; " if counts.meetings else "")
            + (f"{counts.assignments.describe()}; " if counts.assignments else "")
            + (f"{counts.plans.describe()}; " if counts.plans else "")
            + f"{size / 1_048_576:.1f} MB in {seconds:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the database file to write")
    parser.add_argument("--bodies", type=int, default=50)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-meetings", action="store_true", help="rosters only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.out, args.bodies, args.people, args.years, args.seed,
                      meetings=not args.no_meetings)
    print(f"{args.out}: {describe(counts, args.out, time.perf_counter() - started)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
