"""Ten years of meetings for the large benchmark database (``generate.py`` calls it).

Every body meets as its act says (``meetings_per_quarter`` times a quarter) from the quarter
it was created in until the end of the current year. A meeting has about ten agenda items
with speakers from the roster on its date, one to four decisions per item with those
responsible, deadlines and votes, attendance of every member on the date (most present,
the others away with a reason, always with a quorum), a few invited people, proposals for
the agenda; past meetings are signed, kept as a protocol version and sent to the members.
Future meetings are planned (their agenda being drafted), the next fortnight's have an
approved agenda, the last fortnight's are held and not yet signed.

The program's rules are kept: numbers run 1, 2 ... per body and calendar year in date
order; attendance only for members on the date; the chair (or a deputy when the chair is
away) presides; votes only with a quorum, adopted by a majority of those present; an
invited person is never a member on the date; a correspondence meeting's votes come from
each member's опросный лист (ballot_vote) and the members who voted are the ones present.

A signed protocol keeps the JSON of ``ProtocolData`` as the program makes it when it signs
(``store.protocol.protocol_data(..., live=True)``). Building it through the ORM for a few
thousand meetings takes minutes, so this module builds the same data from the rows it
generates, with the same domain functions (names, declension, printed order, quorum);
``check_versions`` compares a sample with ``protocol_data`` itself, and ``generate`` runs
it, so a change in the store that this module does not follow fails the generation.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import bindparam, insert, update

from desktop_app.domain.meeting import (
    AbsenceReason,
    DistributionMethod,
    MeetingForm,
    MeetingStatus,
    ProtocolForm,
    Vote,
    VoteCount,
    decision_number,
    quarter_end,
    quarter_start,
)
from desktop_app.domain.names import (
    Case,
    PersonName,
    decline_list_name,
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
from desktop_app.domain.roster import RosterEntry, printed_order
from desktop_app.domain.vocabulary import BodyKind, Gender, QuorumRule, Role, Side
from desktop_app.store.models import (
    AgendaItem,
    AgendaProposal,
    Attendance,
    BallotVote,
    Invitation,
    Meeting,
    ProtocolVersion,
)
from desktop_app.store.models import Decision as DecisionRow
from desktop_app.store.models import Delivery as DeliveryRow
from desktop_app.store.models import Speaker as SpeakerRow

ROMAN = ("I", "II", "III", "IV")

# ----- what the bodies talk about -------------------------------------------------------
# Agenda titles by topic (the index of generate.TOPICS); {period} is «III квартал 2023
# года», {year} the meeting's year, {next} the year after, {last} the year before.
TOPIC_ITEMS: list[list[str]] = [
    [  # lean management
        "О ходе реализации плана мероприятий по внедрению бережливого управления за {period}",
        "О реализации бережливых проектов в отраслевых (функциональных) органах в {year} году",
        "Об обучении муниципальных служащих основам бережливого управления",
        "О проведении конкурса лучших практик применения технологий бережливого производства",
        "О тиражировании бережливых проектов в подведомственных учреждениях",
        "О подаче предложений по улучшению и их реализации за {period}",
        "О картировании процессов предоставления муниципальных услуг",
        "О создании «фабрики процессов» на базе управления экономического развития",
    ],
    [  # informal employment
        "О результатах работы по снижению неформальной занятости за {period}",
        "О легализации трудовых отношений в организациях розничной торговли",
        "О работодателях, выплачивающих заработную плату ниже минимального размера оплаты труда",
        "О задолженности по страховым взносам и налогу на доходы физических лиц",
        "О самозанятых гражданах и индивидуальных предпринимателях без работников",
        "О работе «горячей линии» по вопросам неформальной занятости",
        "О выполнении контрольных показателей по легализации трудовых отношений в {year} году",
    ],
    [  # juvenile affairs
        "О состоянии преступности и правонарушений среди несовершеннолетних за {period}",
        "Об организации занятости несовершеннолетних, состоящих на профилактическом учете",
        "О семьях, находящихся в социально опасном положении",
        "О самовольных уходах несовершеннолетних из семей и государственных учреждений",
        "О профилактике употребления психоактивных веществ в образовательных организациях",
        "О работе школьных служб примирения в {year} году",
        "Об исполнении постановлений комиссии, принятых в {last} году",
        "О профилактике детского дорожно-транспортного травматизма",
    ],
    [  # emergencies and fire safety
        "О подготовке к пожароопасному сезону {year} года",
        "О мерах по безаварийному пропуску весеннего половодья {year} года",
        "О готовности объектов жилищно-коммунального хозяйства к отопительному периоду "
        "{year}–{next} годов",
        "Об обеспечении безопасности людей на водных объектах",
        "О состоянии источников наружного противопожарного водоснабжения",
        "О профилактике пожаров в жилом секторе и местах проживания многодетных семей",
        "О создании резервов материальных ресурсов для ликвидации чрезвычайных ситуаций",
        "Об обеспечении пожарной безопасности в период новогодних праздников",
    ],
    [  # crime prevention
        "О состоянии правопорядка на территории округа за {period}",
        "О профилактике мошенничества в отношении пожилых граждан",
        "О ресоциализации лиц, освободившихся из мест лишения свободы",
        "О работе народных дружин и участии граждан в охране общественного порядка",
        "О профилактике рецидивной преступности",
        "О развитии системы видеонаблюдения в местах массового пребывания людей",
        "О профилактике правонарушений в сфере незаконного оборота алкогольной продукции",
    ],
    [  # children's summer
        "Об организации отдыха, оздоровления и занятости детей летом {year} года",
        "Об итогах летней оздоровительной кампании {year} года",
        "О готовности загородных оздоровительных лагерей к летнему сезону",
        "О временном трудоустройстве несовершеннолетних в летний период",
        "Об организации отдыха детей, находящихся в трудной жизненной ситуации",
        "О санитарно-эпидемиологическом благополучии в лагерях с дневным пребыванием",
        "О финансировании оздоровительной кампании в {year} году",
    ],
    [  # tripartite: social and labour
        "О ходе выполнения территориального трехстороннего соглашения за {period}",
        "О ситуации на рынке труда и мерах по содействию занятости населения",
        "О заработной плате работников бюджетной сферы",
        "О проекте территориального трехстороннего соглашения на {next} год",
        "О состоянии коллективно-договорного регулирования в организациях округа",
        "О соблюдении трудовых прав работников при высвобождении",
        "О просроченной задолженности по заработной плате",
    ],
    [  # tripartite: labour safety
        "О состоянии условий и охраны труда в организациях округа за {period}",
        "О несчастных случаях на производстве и мерах по их предупреждению",
        "О проведении специальной оценки условий труда в {year} году",
        "Об обучении по охране труда руководителей и специалистов",
        "О проведении месячника охраны труда",
        "О медицинских осмотрах работников, занятых на работах с вредными условиями труда",
        "О смотре-конкурсе на лучшую организацию работы по охране труда",
    ],
    [  # small business
        "О мерах поддержки субъектов малого и среднего предпринимательства в {year} году",
        "О работе центра «Мой бизнес» и консультационной поддержке предпринимателей",
        "О предоставлении муниципального имущества в аренду субъектам предпринимательства",
        "Об участии предпринимателей в муниципальных закупках",
        "О нестационарных торговых объектах и ярмарочной торговле",
        "О развитии социального предпринимательства",
        "О результатах оценки регулирующего воздействия муниципальных правовых актов",
    ],
    [  # interethnic relations
        "О состоянии межнациональных и межконфессиональных отношений за {period}",
        "О проведении мероприятий ко Дню народного единства",
        "О социальной и культурной адаптации иностранных граждан",
        "О профилактике экстремизма в молодежной среде",
        "О работе национально-культурных автономий и религиозных организаций",
        "О проведении фестиваля национальных культур",
        "О мониторинге межнациональных отношений в образовательных организациях",
    ],
]

COMMON_ITEMS = {
    1: "Об итогах работы {body} за {last} год",
    4: "О плане работы {body} на {next} год",
}
OTHER_ITEM = "Разное"

HEARD = [
    "{speaker} проинформировал{a} о выполнении мероприятий за {period}. Мероприятия "
    "выполнены в установленные сроки, кроме двух, срок которых перенесен по объективным "
    "причинам.",
    "{speaker} представил{a} анализ показателей за {period}: из {n} запланированных "
    "мероприятий выполнено {done}, {rest} находятся в работе.",
    "Информация о выполнении решений предыдущего заседания представлена не всеми "
    "исполнителями; сводная информация направлена членам {kind}.",
    "Проведено {n} проверок, по результатам которых выдано {done} предписаний; "
    "устранено {rest} нарушений.",
    "В сравнении с аналогичным периодом прошлого года показатели улучшились на {pct} %, "
    "однако целевое значение {year} года не достигнуто.",
    "Проект документа размещен на официальном сайте для обсуждения; замечаний и "
    "предложений не поступило.",
]
DISCUSSION = [
    "{other} отметил{oa}, что часть мероприятий выполнена формально, и предложил{oa} "
    "заслушать ответственных на следующем заседании.",
    "{other} предложил{oa} дополнить план мероприятий мерами по информированию населения.",
    "{other} сообщил{oa} о готовности провести совместное обучающее мероприятие.",
    "{other} обратил{oa} внимание на сроки представления информации исполнителями.",
]
DECISIONS = [
    ("Продолжить работу по {topic}", "постоянно"),
    (
        "Представить в адрес секретаря {kind} информацию о выполнении мероприятий",
        "ежеквартально, до {report} числа месяца, следующего за отчетным кварталом",
    ),
    ("Разработать и утвердить план мероприятий по {topic} на {next} год", None),
    (
        "Организовать проведение разъяснительной работы с населением и руководителями организаций",
        "в течение года",
    ),
    ("Рассмотреть на очередном заседании информацию о ходе исполнения решений по вопросу", None),
    ("Провести совещание с руководителями подведомственных учреждений по вопросу повестки", None),
    ("Направить предложения по совершенствованию работы в адрес председателя {kind}", None),
    (
        "Обеспечить размещение информации на официальном сайте и в средствах массовой информации",
        "в течение 10 рабочих дней",
    ),
]
TOPIC_WORDS = [
    "внедрению бережливого управления",
    "снижению неформальной занятости",
    "профилактике безнадзорности и правонарушений несовершеннолетних",
    "обеспечению пожарной безопасности",
    "профилактике правонарушений",
    "организации отдыха и оздоровления детей",
    "регулированию социально-трудовых отношений",
    "улучшению условий и охраны труда",
    "поддержке малого и среднего предпринимательства",
    "гармонизации межнациональных отношений",
]
OTHER_REASONS = [
    "участие в совещании в Правительстве Кузбасса",
    "служебная необходимость",
    "исполнение обязанностей по основному месту работы",
]
AMENDMENT_REASONS = [
    "исправлена опечатка в сроке исполнения решения",
    "уточнен состав ответственных исполнителей",
    "исправлена ошибка в подсчете голосов",
]
TEXT_SPEAKERS = [
    "представитель ГКУ «Центр занятости населения»",
    "представитель прокуратуры города",
    "представитель Роспотребнадзора",
]


# ----- people as the store names them ---------------------------------------------------


@dataclass(frozen=True)
class Named:
    """A person's printed forms, as ``store.roster.name_of`` and the names module make them."""

    id: int
    last: str
    first: str
    middle: str
    position: str
    organisation: str
    gender: Gender | None
    effective_gender: Gender | None
    short: str  # «Хмелева К.В.»
    accusative: str
    genitive: str
    signature: str
    full: str
    address: str

    @property
    def ending(self) -> str:  # «проинформировал» / «проинформировала»
        return "а" if self.effective_gender is Gender.FEMALE else ""


class People:
    def __init__(self, rows: Iterable[dict]) -> None:
        self.rows = {row["id"]: row for row in rows}
        self._named: dict[int, Named] = {}

    def __getitem__(self, person_id: int) -> Named:
        named = self._named.get(person_id)
        if named is None:
            row = self.rows[person_id]
            gender = Gender(row["gender"]) if row["gender"] else None
            name = PersonName(
                row["last_name"],
                row["first_name"],
                row["middle_name"],
                gender,
                {
                    Case.GENITIVE: row["name_genitive"],
                    Case.DATIVE: row["name_dative"],
                    Case.ACCUSATIVE: row["name_accusative"],
                },
            )
            parts = (row["last_name"], row["first_name"], row["middle_name"])
            named = Named(
                id=person_id,
                last=parts[0],
                first=parts[1],
                middle=parts[2],
                position=row["position"],
                organisation=row["organisation"],
                gender=gender,
                effective_gender=name.effective_gender,
                short=list_name(name),
                accusative=decline_list_name(name, Case.ACCUSATIVE),
                genitive=decline_list_name(name, Case.GENITIVE),
                signature=signature_name(name),
                full=" ".join(x for x in parts if x),
                address=" ".join(x for x in parts[1:] if x),
            )
            self._named[person_id] = named
        return named


# ----- the generator ----------------------------------------------------------------------


@dataclass
class MeetingCounts:
    meetings: int = 0
    signed: int = 0
    items: int = 0
    speakers: int = 0
    decisions: int = 0
    attendance: int = 0
    ballots: int = 0
    invitations: int = 0
    proposals: int = 0
    deliveries: int = 0
    versions: int = 0
    busiest_body: int = 0
    busiest_year: int = 0
    busiest_count: int = 0

    def describe(self) -> str:
        return (
            f"meetings {self.meetings} ({self.signed} signed), items {self.items}, "
            f"decisions {self.decisions}, attendance marks {self.attendance}, "
            f"ballots {self.ballots}, invited {self.invitations}, "
            f"deliveries {self.deliveries}, protocol versions {self.versions}"
        )


@dataclass
class Rows:
    """The rows to insert, table by table, with the ids they will have."""

    meeting: list[dict]
    agenda_item: list[dict]
    speaker: list[dict]
    decision: list[dict]
    ballot_vote: list[dict]
    attendance: list[dict]
    invitation: list[dict]
    agenda_proposal: list[dict]
    delivery: list[dict]
    protocol_version: list[dict]


TABLES = [
    (Meeting, "meeting"),
    (AgendaItem, "agenda_item"),
    (SpeakerRow, "speaker"),
    (DecisionRow, "decision"),
    (BallotVote, "ballot_vote"),
    (Attendance, "attendance"),
    (Invitation, "invitation"),
    (AgendaProposal, "agenda_proposal"),
    (DeliveryRow, "delivery"),
    (ProtocolVersion, "protocol_version"),
]


def _workday(rng: random.Random, first: date, last: date) -> date:
    for _ in range(50):
        day = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
        if day.weekday() < 5:
            return day
    return first


class MeetingGenerator:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        people: People,
        memberships: list[dict],
        town_people: dict[int, list[int]],
    ) -> None:
        self.rng = rng
        self.today = today
        self.people = people
        self.terms: dict[int, list[dict]] = {}
        for term in memberships:
            self.terms.setdefault(term["body_id"], []).append(term)
        self.town_people = town_people  # body id → people of its municipality
        self.rows = Rows([], [], [], [], [], [], [], [], [], [])
        self.counts = MeetingCounts()
        self._ids = dict.fromkeys(
            (
                "meeting",
                "agenda_item",
                "speaker",
                "decision",
                "invitation",
                "agenda_proposal",
                "delivery",
                "protocol_version",
            ),
            0,
        )

    def _next(self, table: str) -> int:
        self._ids[table] += 1
        return self._ids[table]

    def roster(self, body_id: int, day: date) -> list[RosterEntry]:
        """``store.roster.roster_on``: the members on the day, in printed order."""
        entries = []
        for t in self.terms[body_id]:
            if t["start_date"] <= day and (t["end_date"] is None or t["end_date"] > day):
                p = self.people.rows[t["person_id"]]
                entries.append(
                    RosterEntry(
                        membership_id=t["id"],
                        person_id=p["id"],
                        last_name=p["last_name"],
                        first_name=p["first_name"],
                        middle_name=p["middle_name"],
                        gender=Gender(p["gender"]) if p["gender"] else None,
                        position=p["position"],
                        organisation=p["organisation"],
                        role=Role(t["role"]),
                        side=Side(t["side"]) if t["side"] else None,
                        start=t["start_date"],
                        end=t["end_date"],
                    )
                )
        return printed_order(entries)

    # -- one body ----------------------------------------------------------------------

    def body(self, body: dict, topic: int, since: date, years: Iterable[int]) -> None:
        rng = self.rng
        per_year: dict[int, int] = {}
        days: list[date] = []
        for year in years:
            for quarter in range(1, 5):
                first, last = quarter_start(year, quarter), quarter_end(year, quarter)
                if last < since:
                    continue
                first = max(first, since + timedelta(days=1))
                count = body["meetings_per_quarter"]
                span = (last - first).days + 1
                for k in range(count):  # the quarter in ``count`` parts, a workday in each
                    part_first = first + timedelta(days=span * k // count)
                    part_last = first + timedelta(days=span * (k + 1) // count - 1)
                    days.append(_workday(rng, part_first, part_last))
        days = sorted(set(days))
        for day in days:
            per_year[day.year] = per_year.get(day.year, 0) + 1
            self.meeting(body, topic, day, per_year[day.year])
            if per_year[day.year] > self.counts.busiest_count:
                self.counts.busiest_count = per_year[day.year]
                self.counts.busiest_body, self.counts.busiest_year = body["id"], day.year
        # A few proposals waiting for a meeting (not scheduled yet).
        members = self.roster(body["id"], self.today)
        for _ in range(rng.randint(1, 4)):
            title = rng.choice(TOPIC_ITEMS[topic]).format(**self._period(self.today, body))
            self.rows.agenda_proposal.append(
                {
                    "id": self._next("agenda_proposal"),
                    "body_id": body["id"],
                    "meeting_id": None,
                    "person_id": rng.choice(members).person_id,
                    "proposed_on": self.today - timedelta(days=rng.randint(0, 60)),
                    "title": title,
                    "status": "submitted",
                    "item_id": None,
                }
            )
            self.counts.proposals += 1

    def _period(self, day: date, body: dict) -> dict[str, object]:
        quarter = (day.month - 1) // 3 + 1
        # the quarter before the meeting is what it reports on
        q, y = (quarter - 1, day.year) if quarter > 1 else (4, day.year - 1)
        kind = BodyKind(body["kind"])
        return {
            "period": f"{ROMAN[q - 1]} квартал {y} года",
            "year": day.year,
            "next": day.year + 1,
            "last": day.year - 1,
            "body": kind.genitive,
            "kind": kind.genitive,
            "report": body["report_day"],
        }

    # -- one meeting -------------------------------------------------------------------

    def meeting(self, body: dict, topic: int, day: date, number: int) -> None:
        rng, today = self.rng, self.today
        kind = BodyKind(body["kind"])
        members = self.roster(body["id"], day)
        meeting_id = self._next("meeting")
        form = rng.choices(
            [MeetingForm.IN_PERSON, MeetingForm.VIDEO, MeetingForm.CORRESPONDENCE], [80, 12, 8]
        )[0]
        protocol_form = ProtocolForm.SHORT if rng.random() < 0.1 else ProtocolForm.FULL
        if day > today + timedelta(days=14):
            status = MeetingStatus.PLANNED
        elif day > today:
            status = MeetingStatus.AGENDA_APPROVED
        elif day > today - timedelta(days=14):
            status = MeetingStatus.HELD
        else:
            status = MeetingStatus.SIGNED
        held = status.order >= MeetingStatus.HELD.order
        chair = next(e for e in members if e.role is Role.CHAIR)
        deputies = [e for e in members if e.role is Role.DEPUTY]
        start = (
            None if form is MeetingForm.CORRESPONDENCE else time(rng.choice([9, 10, 11, 14, 15]), 0)
        )
        venue = {
            MeetingForm.IN_PERSON: f"{body['place']}, каб. {rng.randint(101, 412)}",
            MeetingForm.VIDEO: "в режиме видео-конференц-связи",
            MeetingForm.CORRESPONDENCE: "",
        }[form]

        # Attendance: most present, a quorum always, the chair or a deputy presides.
        required = QuorumRule(body["quorum_rule"]).required(len(members))
        marks: dict[int, tuple[bool, AbsenceReason | None, str]] = {}
        presiding = chair.person_id
        if held:
            away = [e for e in members if rng.random() < 0.12 and e.role is not Role.SECRETARY]
            away = away[: max(0, len(members) - required)]
            if chair in away and not deputies:
                away.remove(chair)
            if chair in away:
                presiding = deputies[0].person_id
                away = [e for e in away if e is not deputies[0]]
            for e in members:
                if e in away:
                    reason = rng.choices(list(AbsenceReason), [40, 30, 20, 10])[0]
                    note = rng.choice(OTHER_REASONS) if reason is AbsenceReason.OTHER else ""
                    marks[e.person_id] = (False, reason, note)
                else:
                    marks[e.person_id] = (True, None, "")
            for person_id, (present, reason, note) in marks.items():
                self.rows.attendance.append(
                    {
                        "meeting_id": meeting_id,
                        "person_id": person_id,
                        "present": present,
                        "reason": reason.value if reason else None,
                        "reason_note": note,
                    }
                )
            self.counts.attendance += len(marks)
        present = [e for e in members if marks.get(e.person_id, (False,))[0]]

        approved_on = None
        if status is not MeetingStatus.PLANNED:
            approved_on = min(today, day - timedelta(days=rng.randint(3, 14)))
        signed_on = None
        if status is MeetingStatus.SIGNED:
            signed_on = min(today, day + timedelta(days=rng.randint(1, 7)))
        self.rows.meeting.append(
            {
                "id": meeting_id,
                "body_id": body["id"],
                "year": day.year,
                "number": number,
                "day": day,
                "start": start,
                "venue": venue,
                "form": form.value,
                "status": status.value,
                "protocol_form": protocol_form.value,
                "presiding_person_id": presiding,
                "agenda_approved_on": approved_on,
                "signed_on": signed_on,
                "amendment_on": None,
                "amendment_reason": "",
                "note": "",
            }
        )
        self.counts.meetings += 1

        # Invited people: from the municipality, never members on the date.
        member_ids = {e.person_id for e in members}
        invited: list[Named] = []
        for person_id in rng.sample(self.town_people[body["id"]], rng.randint(0, 4)):
            if person_id not in member_ids:
                person = self.people[person_id]
                invited.append(person)
                self.rows.invitation.append(
                    {
                        "id": self._next("invitation"),
                        "meeting_id": meeting_id,
                        "person_id": person_id,
                        "position": person.position,
                        "organisation": person.organisation,
                    }
                )
        self.counts.invitations += len(invited)

        # The agenda, the minutes and the decisions.
        period = self._period(day, body)
        quarter = (day.month - 1) // 3 + 1
        titles = []
        if quarter in COMMON_ITEMS:
            titles.append(COMMON_ITEMS[quarter].format(**period))
        pool = TOPIC_ITEMS[topic]
        count = rng.choices([8, 9, 10, 11, 12], [10, 20, 40, 20, 10])[0]
        while len(titles) < count - 1:
            titles.append(rng.choice(pool).format(**period))
        titles.append(OTHER_ITEM)
        speakers_pool = present if held else members
        ballots: dict[tuple[int, int], Vote] = {}
        voting = [e for e in present]
        items_data: list[Item] = []
        numbers: dict[int, str] = {}
        for position, title in enumerate(titles, 1):
            item_id = self._next("agenda_item")
            speakers = rng.sample(speakers_pool, 2 if rng.random() < 0.25 else 1)
            first = self.people[speakers[0].person_id]
            text_speaker = rng.choice(TEXT_SPEAKERS) if rng.random() < 0.05 else ""
            heard = discussion = ""
            if held:
                values = {
                    **period,
                    "speaker": first.short,
                    "a": first.ending,
                    "n": rng.randint(8, 40),
                    "done": rng.randint(3, 8),
                    "rest": rng.randint(1, 5),
                    "pct": rng.randint(3, 25),
                }
                heard = "\n".join(h.format(**values) for h in rng.sample(HEARD, 2))
                if protocol_form is ProtocolForm.FULL and rng.random() < 0.6:
                    other = self.people[rng.choice(speakers_pool).person_id]
                    discussion = rng.choice(DISCUSSION).format(other=other.short, oa=other.ending)
            materials = first.organisation if rng.random() < 0.5 else ""
            self.rows.agenda_item.append(
                {
                    "id": item_id,
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": title,
                    "materials_by": materials,
                    "heard": heard,
                    "discussion": discussion,
                }
            )
            refs = [(s.person_id, "") for s in speakers]
            if text_speaker:
                refs.append((None, text_speaker))
            speaker_data = []
            for speaker_position, (person_id, text) in enumerate(refs, 1):
                self.rows.speaker.append(
                    {
                        "id": self._next("speaker"),
                        "item_id": item_id,
                        "position": speaker_position,
                        "person_id": person_id,
                        "text": text,
                    }
                )
                if person_id is None:
                    speaker_data.append(Speaker(text, text))
                else:
                    p = self.people[person_id]
                    speaker_data.append(Speaker(p.short, p.accusative, p.position))
            self.counts.speakers += len(refs)

            decisions_data = []
            if held:
                for d_position in range(1, rng.choices([1, 2, 3, 4], [10, 25, 35, 30])[0] + 1):
                    decision_id = self._next("decision")
                    text, responsible, deadline, deadline_text = self._decision(
                        d_position, first, period, topic, day, speakers_pool
                    )
                    votes = None
                    if form is MeetingForm.CORRESPONDENCE:
                        cast = []
                        for e in voting:
                            vote = rng.choices(list(Vote), [95, 2, 3])[0]
                            ballots[(decision_id, e.person_id)] = vote
                            cast.append(vote)
                        votes = VoteCount.of(cast)
                    else:
                        against = abstained = 0
                        if rng.random() < 0.15:
                            against, abstained = rng.randint(0, 2), rng.randint(0, 3)
                        votes = VoteCount(len(present) - against - abstained, against, abstained)
                    adopted = votes.adopted(len(present))  # quorum: always reached here
                    self.rows.decision.append(
                        {
                            "id": decision_id,
                            "item_id": item_id,
                            "position": d_position,
                            "text": text,
                            "responsible": responsible,
                            "deadline": deadline,
                            "deadline_text": deadline_text,
                            "votes_for": votes.votes_for,
                            "votes_against": votes.against,
                            "votes_abstained": votes.abstained,
                            "adopted": adopted,
                        }
                    )
                    number_ = decision_number(position, d_position)
                    numbers[decision_id] = number_
                    decisions_data.append(
                        Decision(
                            number_, text, responsible, deadline, deadline_text, votes, adopted
                        )
                    )
                self.counts.decisions += len(decisions_data)
            items_data.append(
                Item(
                    position,
                    title,
                    tuple(speaker_data),
                    materials,
                    heard,
                    discussion,
                    tuple(decisions_data),
                )
            )
            # Some items came from a member's proposal.
            if rng.random() < 0.08:
                self.rows.agenda_proposal.append(
                    {
                        "id": self._next("agenda_proposal"),
                        "body_id": body["id"],
                        "meeting_id": meeting_id,
                        "person_id": speakers[0].person_id,
                        "proposed_on": day - timedelta(days=rng.randint(10, 40)),
                        "title": title,
                        "status": "accepted",
                        "item_id": item_id,
                    }
                )
                self.counts.proposals += 1
        self.counts.items += len(titles)
        for (decision_id, person_id), vote in ballots.items():
            self.rows.ballot_vote.append(
                {"decision_id": decision_id, "person_id": person_id, "vote": vote.value}
            )
        self.counts.ballots += len(ballots)
        if status is not MeetingStatus.SIGNED:
            return

        # Signed: the kept version, the copies sent, now and then an amendment.
        self.counts.signed += 1
        data = ProtocolData(
            organisation=body["organisation"],
            body_kind=kind,
            body_name=body["full_name"],
            body_genitive=body["full_name_genitive"] or body["full_name"],
            city=body["place"],
            number=number,
            day=day,
            start=start,
            venue=venue,
            form=form,
            protocol_form=protocol_form,
            status=MeetingStatus.SIGNED,
            presiding=self._presiding(presiding, members, kind),
            secretary=self._secretary(members, kind),
            members=tuple(self._member(e, marks) for e in members),
            quorum_required=required,
            invited=tuple(Invitee(p.short, p.full, p.position, p.organisation) for p in invited),
            items=tuple(items_data),
            agenda_approved_on=approved_on,
            signed_on=signed_on,
            ballots=self._ballots(ballots, numbers, members),
        )
        self.rows.protocol_version.append(
            {
                "id": self._next("protocol_version"),
                "meeting_id": meeting_id,
                "version": 1,
                "signed_on": signed_on,
                "amendment_reason": "",
                "data": data.to_json(),
            }
        )
        self.counts.versions += 1
        method = rng.choice(list(DistributionMethod))
        deliveries = []
        for e in members:
            sent_on = min(today, signed_on + timedelta(days=rng.randint(0, 2)))
            row = {
                "id": self._next("delivery"),
                "meeting_id": meeting_id,
                "person_id": e.person_id,
                "recipient": self.people[e.person_id].short,
                "method": method.value,
                "sent_on": sent_on,
                "note": "",
            }
            self.rows.delivery.append(row)
            deliveries.append(row)
        self.counts.deliveries += len(deliveries)
        amended_on = signed_on + timedelta(days=rng.randint(10, 60))
        if rng.random() < 0.03 and amended_on <= today:
            reason = rng.choice(AMENDMENT_REASONS)
            deliveries.sort(key=lambda r: (r["sent_on"], r["id"]))
            amended = replace(
                data,
                amendments=(Amendment(amended_on, reason),),
                distribution=tuple(
                    Delivery(r["recipient"], method.label, r["sent_on"], "") for r in deliveries
                ),
            )
            self.rows.protocol_version.append(
                {
                    "id": self._next("protocol_version"),
                    "meeting_id": meeting_id,
                    "version": 2,
                    "signed_on": amended_on,
                    "amendment_reason": reason,
                    "data": amended.to_json(),
                }
            )
            self.counts.versions += 1

    def _decision(
        self,
        position: int,
        speaker: Named,
        period: dict,
        topic: int,
        day: date,
        pool: list[RosterEntry],
    ) -> tuple[str, str, date | None, str]:
        rng = self.rng
        if position == 1:
            return f"Информацию {speaker.genitive} принять к сведению", "", None, ""
        text, fixed_text = rng.choice(DECISIONS)
        text = text.format(topic=TOPIC_WORDS[topic], **period)
        who = rng.sample(pool, min(len(pool), rng.randint(1, 2)))
        responsible = ", ".join(self.people[e.person_id].short for e in who)
        if fixed_text is not None and rng.random() < 0.7:
            return text, responsible, None, fixed_text.format(**period)
        return text, responsible, day + timedelta(days=rng.randint(14, 150)), ""

    # -- the protocol's people, as store.protocol makes them ------------------------------

    def _member(self, entry: RosterEntry, marks) -> Member:
        person = self.people[entry.person_id]
        present, reason, note = marks.get(entry.person_id, (None, None, ""))
        absence = ""
        if reason is not None:  # store.meetings.AttendanceRow.reason_label
            if reason is AbsenceReason.OTHER and note:
                absence = note
            else:
                absence = f"{reason.label} ({note})" if note else reason.label
        return Member(
            person_id=entry.person_id,
            name=person.short,
            full_name=entry.full_name,
            address=person.address,
            gender=person.effective_gender,
            position=entry.position,
            role=entry.role,
            present=present,
            absence=absence,
        )

    def _presiding(self, person_id: int, members: list[RosterEntry], kind: BodyKind) -> Signatory:
        person = self.people[person_id]
        role = next((e.role for e in members if e.person_id == person_id), None)
        title = "Председатель" if role is Role.CHAIR else "Председательствующий"
        position = Role.CHAIR.in_body(kind) if role is Role.CHAIR else Role.DEPUTY.in_body(kind)
        return Signatory(title, person.signature, position[:1].upper() + position[1:])

    def _secretary(self, members: list[RosterEntry], kind: BodyKind) -> Signatory:
        secretary = next(e for e in members if e.role is Role.SECRETARY)
        return Signatory(
            "Секретарь", self.people[secretary.person_id].signature, f"Секретарь {kind.genitive}"
        )

    def _ballots(
        self,
        votes: dict[tuple[int, int], Vote],
        numbers: dict[int, str],
        members: list[RosterEntry],
    ) -> tuple[Ballot, ...]:
        if not votes:
            return ()
        by_person: dict[int, list[tuple[str, Vote]]] = {}
        for (decision_id, person_id), vote in votes.items():
            by_person.setdefault(person_id, []).append((numbers[decision_id], vote))
        return tuple(
            Ballot(
                self.people[e.person_id].short,
                tuple(sorted(by_person[e.person_id], key=lambda pair: pair[0])),
            )
            for e in members
            if e.person_id in by_person
        )

    # -- writing -----------------------------------------------------------------------

    def insert(self, connection) -> None:
        # The database refuses the rows of a signed protocol (the triggers of migration
        # 0006): the signed meetings go in as held, get their rows, then are signed, and
        # their kept versions are added last, as the program does it.
        signed = [row["id"] for row in self.rows.meeting if row["status"] == "signed"]
        meetings = [
            {**row, "status": MeetingStatus.HELD.value} if row["status"] == "signed" else row
            for row in self.rows.meeting
        ]
        for model, name in TABLES:
            rows = meetings if name == "meeting" else getattr(self.rows, name)
            if model is ProtocolVersion:
                table = Meeting.__table__
                connection.execute(
                    update(table)
                    .where(table.c.id == bindparam("signed_id"))
                    .values(status=MeetingStatus.SIGNED.value),
                    [{"signed_id": meeting_id} for meeting_id in signed],
                )
            if rows:
                connection.execute(insert(model.__table__), rows)


def add_meetings(
    connection,
    rng: random.Random,
    today: date,
    bodies: list[dict],
    topics: dict[int, int],
    since: dict[int, date],
    people: list[dict],
    memberships: list[dict],
    town_people: dict[int, list[int]],
    years: int,
) -> MeetingCounts:
    """Generate and insert every body's meetings; ``since`` is the day each body was
    created, ``topics`` its index in ``generate.TOPICS``."""
    generator = MeetingGenerator(rng, today, People(people), memberships, town_people)
    for body in bodies:
        generator.body(
            body, topics[body["id"]], since[body["id"]], range(today.year - years, today.year + 1)
        )
    generator.insert(connection)
    return generator.counts


# ----- the check against the store ------------------------------------------------------


def check_versions(
    path: Path, sample: int = 12, seed: int = 1, progress: Callable[[str], None] | None = None
) -> int:
    """Compare the kept JSON of ``sample`` signed meetings (in-person, video and
    correspondence ones, amended ones) with ``protocol_data(live=True)`` of the store;
    raise AssertionError on the first difference. Returns how many were compared."""
    from sqlalchemy import func, select

    from desktop_app.store.database import Database
    from desktop_app.store.protocol import protocol_data

    database = Database(Path(path))
    try:
        with database.session() as session:
            versions = (
                select(ProtocolVersion.meeting_id, func.max(ProtocolVersion.version), Meeting.form)
                .join(Meeting, Meeting.id == ProtocolVersion.meeting_id)
                .group_by(ProtocolVersion.meeting_id)
            )
            rows = session.execute(versions).all()
            rng = random.Random(seed)
            amended = [r for r in rows if r[1] > 1]
            correspondence = [r for r in rows if r[2] == MeetingForm.CORRESPONDENCE.value]
            picked = (
                rng.sample(amended, min(4, len(amended)))
                + rng.sample(correspondence, min(4, len(correspondence)))
                + rng.sample(rows, min(sample, len(rows)))
            )
            chosen = list(dict.fromkeys(r[0] for r in picked))
            for meeting_id in chosen:
                version = max(r[1] for r in rows if r[0] == meeting_id)
                kept = ProtocolData.from_json(
                    session.scalar(
                        select(ProtocolVersion.data).where(
                            ProtocolVersion.meeting_id == meeting_id,
                            ProtocolVersion.version == version,
                        )
                    )
                )
                live = protocol_data(session, meeting_id, live=True)
                if version == 1:
                    live = replace(live, distribution=())  # nothing was sent at signing
                if kept != live:
                    raise AssertionError(_difference(meeting_id, kept, live))
                if progress:
                    progress(f"meeting {meeting_id}: version {version} = protocol_data")
            return len(chosen)
    finally:
        database.close()


def _difference(meeting_id: int, kept: ProtocolData, live: ProtocolData) -> str:
    from dataclasses import fields

    for f in fields(ProtocolData):
        a, b = getattr(kept, f.name), getattr(live, f.name)
        if a != b:
            if isinstance(a, tuple) and isinstance(b, tuple):
                for x, y in zip(a, b, strict=False):
                    if x != y:
                        return f"meeting {meeting_id}, {f.name}: generated {x!r}, store {y!r}"
            return f"meeting {meeting_id}, {f.name}: generated {a!r}, store {b!r}"
    return f"meeting {meeting_id}: differs"
