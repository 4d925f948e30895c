"""The text documents of a meeting as plain data: blocks of text in reading order, each
with the way it is set on the page. One layout feeds the PDF writer (``protocol_pdf``) and
the DOCX writer (``protocol_docx``), so both print the same structure and wording.

The protocol, as ГОСТ Р 7.0.97 practice lays it out::

            АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА      <- ORGANISATION
                          ПРОТОКОЛ                          <- TITLE
    19.10.2023                                      № 3     <- TWO_ENDS
                          г. Белово                         <- CENTRED
          заседания рабочей группы по реализации ...        <- CENTRED

    Председатель — К.В. Хмелева                             <- FLUSH
    Секретарь — Е.В. Проскуракова
    Присутствовали:
    Хмелева К.В. — заместитель главы ...;
    ...
    ПОВЕСТКА ДНЯ:                                           <- KEYWORD
        1. О ходе реализации плана мероприятий ...          <- PARAGRAPH
        Докладчик: Проскуракова Е.В. — начальник отдела ...
    1. СЛУШАЛИ:
        Проскуракову Е.В. — о ходе реализации ...
    ВЫСТУПИЛИ:                                              <- full form only
        ...
    РЕШИЛИ:
        1.1. Информацию принять к сведению.
        Голосовали: «за» — 14 (единогласно).

    Председатель                                 К.В. Хмелева
    Секретарь                               Е.В. Проскуракова

The extract (выписка из протокола) is the same document with one item and a certification.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop_app.domain.dates import format_date
from desktop_app.domain.meeting import MeetingForm, ProtocolForm, Quorum, format_time
from desktop_app.domain.protocol import Item, Member, ProtocolData, Speaker


class Kind(StrEnum):
    """How a block is set on the page."""

    ORGANISATION = "organisation"  # centred, bold, in capitals
    TITLE = "title"  # centred, bold: «ПРОТОКОЛ»
    CENTRED = "centred"
    KEYWORD = "keyword"  # bold, at the left margin: «ПОВЕСТКА ДНЯ:», «1. СЛУШАЛИ:»
    FLUSH = "flush"  # justified, at the left margin
    PARAGRAPH = "paragraph"  # justified, the first line indented 1.25 cm
    TWO_ENDS = "two_ends"  # ``text`` at the left margin, ``right`` at the right margin
    ENTRY = "entry"  # a list entry in two columns: the name ``text``, then ``right``
    APPROVAL = "approval"  # a line of the block at the top right («УТВЕРЖДАЮ», annex)
    BLANK = "blank"  # an empty line
    PAGE_BREAK = "page_break"  # what follows starts a new page


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str = ""
    right: str = ""  # TWO_ENDS, ENTRY
    keep_with_next: bool = False  # never the last block of a page
    gap_before: bool = False  # half a line above (between decisions, agenda items)
    column_mm: float = 0.0  # ENTRY: the width of the name column


BLANK = Block(Kind.BLANK)
PAGE_BREAK = Block(Kind.PAGE_BREAK)

#: The width of the name column of ENTRY blocks («Хмелева К.В.» | «— заместитель ...»),
#: and of a numbered list («12. Крижановский А.Ю.»).
ENTRY_NAME_COLUMN_MM = 50.0
NUMBERED_NAME_COLUMN_MM = 60.0
#: «________»: where a person signs by hand.
SIGNATURE_LINE = "_" * 12

# The keywords of an item of the protocol.
HEARD = "СЛУШАЛИ:"
CONSIDERED = "РАССМОТРЕЛИ:"  # a correspondence meeting hears nobody
SPOKE = "ВЫСТУПИЛИ:"
DECIDED = "РЕШИЛИ:"
AGENDA = "ПОВЕСТКА ДНЯ:"
NOT_ADOPTED = "Решение не принято."


def flush(text: str, *, keep: bool = False, gap: bool = False) -> Block:
    return Block(Kind.FLUSH, text, keep_with_next=keep, gap_before=gap)


def paragraph(text: str, *, keep: bool = False, gap: bool = False) -> Block:
    return Block(Kind.PARAGRAPH, text, keep_with_next=keep, gap_before=gap)


def keyword(text: str) -> Block:
    """A keyword never ends a page: it stays with the text it introduces."""
    return Block(Kind.KEYWORD, text, keep_with_next=True)


def centred(text: str, *, keep: bool = True) -> Block:
    return Block(Kind.CENTRED, text, keep_with_next=keep)


def two_ends(left: str, right: str, *, keep: bool = False) -> Block:
    return Block(Kind.TWO_ENDS, left, right, keep_with_next=keep)


# --- wording ----------------------------------------------------------------------------------


def sentence(text: str) -> str:
    """The text with a full stop at the end, unless it ends with a punctuation mark."""
    text = text.strip()
    if not text or text[-1] in ".!?…;:":
        return text
    return f"{text}."


def lower_first(text: str) -> str:
    """«О ходе ...» → «о ходе ...», to continue a sentence; «ППУ ...» stays as it is."""
    text = text.strip()
    first_word = text.split(maxsplit=1)[0] if text else ""
    if len(first_word) > 1 and first_word.isupper():
        return text
    return text[:1].lower() + text[1:]


def people_count(count: int) -> str:
    """«19 человек», «22 человека»."""
    few = count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
    return f"{count} человека" if few else f"{count} человек"


def paragraphs_of(text: str) -> list[str]:
    """User text split into paragraphs at line breaks, empty lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def listed(lines: Iterable[str]) -> list[str]:
    """Entries of a list: «;» after each, «.» after the last."""
    entries = [line.strip().rstrip(";.,") for line in lines]
    return [f"{line}{'.' if n == len(entries) - 1 else ';'}" for n, line in enumerate(entries)]


def entries(
    people: Iterable[tuple[str, str]], column_mm: float = ENTRY_NAME_COLUMN_MM
) -> list[Block]:
    """A list of people as ENTRY blocks: «Хмелева К.В. | — заместитель главы ...;», the
    last one ending with a full stop. Names alone go in one paragraph, by commas."""
    people = [(name, about.strip().rstrip(";.,")) for name, about in people]
    if not any(about for _, about in people):
        return [flush(sentence(", ".join(name for name, _ in people)))]
    blocks = []
    for n, (name, about) in enumerate(people):
        terminator = "." if n == len(people) - 1 else ";"
        if about:
            blocks.append(Block(Kind.ENTRY, name, f"— {about}{terminator}", column_mm=column_mm))
        else:
            named = sentence(name) if terminator == "." else f"{name};"
            blocks.append(Block(Kind.ENTRY, named, column_mm=column_mm))
    return blocks


def heading(data: ProtocolData) -> str:
    """«заседания рабочей группы по ...», «заочного заседания ...» by correspondence."""
    if data.form is MeetingForm.CORRESPONDENCE:
        return f"заочного {data.heading}"
    return data.heading


def document_name(data: ProtocolData, what: str = "Протокол") -> str:
    """«Протокол заседания рабочей группы по ... от 19.10.2023 № 3» (document properties)."""
    return f"{what} {heading(data)} от {format_date(data.day)} № {data.number}"


def members_word(data: ProtocolData) -> str:
    """«члены рабочей группы»."""
    return f"члены {data.body_kind.genitive}"


def presiding_position(data: ProtocolData) -> str:
    """Who approves the agenda: «Председатель рабочей группы», or the presiding deputy."""
    presiding = data.presiding
    if presiding.position:
        return presiding.position
    if presiding.title == "Председатель":
        return f"Председатель {data.body_kind.genitive}"
    return f"Заместитель председателя {data.body_kind.genitive}"


def secretary_position(data: ProtocolData) -> str:
    """«Секретарь рабочей группы» (or the position the secretary signs with)."""
    return data.secretary.position or f"Секретарь {data.body_kind.genitive}"


def person_line(name: str, position: str) -> str:
    """«Хмелева К.В. — заместитель главы ...»."""
    return f"{name} — {position.strip()}" if position.strip() else name


def speakers_line(speakers: tuple[Speaker, ...]) -> str:
    """«Докладчик: Проскуракова Е.В. — начальник отдела ...» («Докладчики:» for several)."""
    label = "Докладчик" if len(speakers) == 1 else "Докладчики"
    people = "; ".join(person_line(s.name, s.position) for s in speakers)
    return sentence(f"{label}: {people}")


# --- the parts of the protocol ----------------------------------------------------------------


def header_blocks(data: ProtocolData, title: str) -> list[Block]:
    """Organisation, «ПРОТОКОЛ», date and number, place, heading."""
    return [
        Block(Kind.ORGANISATION, data.organisation.upper(), keep_with_next=True),
        Block(Kind.BLANK, keep_with_next=True),
        Block(Kind.TITLE, title, keep_with_next=True),
        Block(Kind.BLANK, keep_with_next=True),
        two_ends(format_date(data.day), f"№ {data.number}", keep=True),
        centred(data.city),
        Block(Kind.BLANK, keep_with_next=True),
        centred(heading(data)),
        BLANK,
    ]


def _where_and_how(data: ProtocolData) -> list[Block]:
    if data.form is MeetingForm.CORRESPONDENCE:
        return [flush(f"Заседание проведено {data.form.phrase}.")]
    lines = []
    if data.form is MeetingForm.VIDEO:
        lines.append(flush(f"Заседание проведено {data.form.phrase}."))
    if data.venue.strip():
        lines.append(flush(sentence(f"Место проведения: {data.venue.strip()}")))
    if data.start:
        lines.append(flush(f"Время начала: {format_time(data.start)}."))
    return lines


def _member_entries(members: Iterable[Member], numbered: bool = False) -> list[Block]:
    if numbered:
        people = ((f"{n}. {m.name}", m.position) for n, m in enumerate(members, 1))
        return entries(people, NUMBERED_NAME_COLUMN_MM)
    return entries((m.name, m.position) for m in members)


def introduction_blocks(data: ProtocolData) -> list[Block]:
    """Where and how; the presiding person and the secretary; who was there and who not."""
    correspondence = data.form is MeetingForm.CORRESPONDENCE
    blocks = _where_and_how(data)
    if blocks:
        blocks.append(BLANK)
    blocks += [
        flush(f"{data.presiding.title} — {data.presiding.name}"),
        flush(f"{data.secretary.title} — {data.secretary.name}"),
    ]
    present_label = "Приняли участие в голосовании:" if correspondence else "Присутствовали:"
    if data.present_as_list:
        if data.present:
            blocks.append(flush(present_label, keep=True, gap=True))
            blocks += _member_entries(data.present)
    else:
        count = people_count(len(data.present))
        blocks.append(
            flush(f"{present_label} {members_word(data)} — {count} (список прилагается).", gap=True)
        )
    if data.invited:
        blocks.append(flush("Приглашенные:", keep=True, gap=True))
        blocks += entries(
            (i.name, ", ".join(p.strip() for p in (i.position, i.organisation) if p.strip()))
            for i in data.invited
        )
    if data.absent:
        label = "Не приняли участие в голосовании:" if correspondence else "Отсутствовали:"
        blocks.append(flush(label, keep=True, gap=True))
        blocks += entries((m.name, m.absence) for m in data.absent)
    if any(m.present is not None for m in data.members):
        quorum = Quorum(len(data.members), len(data.present), data.quorum_required)
        text = "Кворум имеется." if quorum.reached else "Кворум отсутствует."
        blocks.append(flush(text, gap=True))
    return blocks


def agenda_item_blocks(item: Item, *, with_materials: bool = False) -> list[Block]:
    """«1. О ходе ...», its speakers and (for the agenda itself) who prepares the materials."""
    blocks = [paragraph(sentence(f"{item.number}. {item.title.strip()}"), gap=item.number > 1)]
    if item.speakers:
        blocks.append(paragraph(speakers_line(item.speakers)))
    if with_materials and item.materials_by.strip():
        blocks.append(paragraph(sentence(f"Материалы готовит: {item.materials_by.strip()}")))
    # The item's lines stay together: a speaker never starts a page alone.
    return [replace(b, keep_with_next=True) for b in blocks[:-1]] + blocks[-1:]


def agenda_blocks(data: ProtocolData) -> list[Block]:
    blocks = [keyword(AGENDA)]
    for item in data.items:
        blocks += agenda_item_blocks(item)
    return blocks


def item_blocks(data: ProtocolData, item: Item) -> list[Block]:
    """«1. СЛУШАЛИ:», «ВЫСТУПИЛИ:» (full form), «РЕШИЛИ:» with the decisions and votes."""
    full = data.protocol_form is ProtocolForm.FULL
    correspondence = data.form is MeetingForm.CORRESPONDENCE
    title = item.title.strip()
    blocks = [keyword(f"{item.number}. {CONSIDERED if correspondence else HEARD}")]
    if item.speakers and not correspondence:
        heard = ", ".join(s.heard for s in item.speakers)
        blocks.append(paragraph(sentence(f"{heard} — {lower_first(title)}")))
    else:
        blocks.append(paragraph(sentence(title)))
    if full:
        blocks += [paragraph(text) for text in paragraphs_of(item.heard)]
        if item.discussion.strip():
            blocks.append(keyword(SPOKE))
            blocks += [paragraph(text) for text in paragraphs_of(item.discussion)]
    if item.decisions:
        blocks.append(keyword(DECIDED))
    for position, decision in enumerate(item.decisions):
        lines = [sentence(f"{decision.number}. {decision.text.strip()}")]
        if decision.responsible.strip():
            lines.append(sentence(f"Ответственный: {decision.responsible.strip()}"))
        if decision.deadline_label.strip():
            lines.append(sentence(f"Срок: {decision.deadline_label.strip()}"))
        if decision.votes is not None:
            lines.append(sentence(f"Голосовали: {decision.votes.describe()}"))
            if not decision.adopted:
                lines.append(NOT_ADOPTED)
        # A decision's lines stay on one page.
        first = paragraph(lines[0], keep=len(lines) > 1, gap=position > 0)
        blocks += [first, *(paragraph(line, keep=True) for line in lines[1:-1])]
        if len(lines) > 1:
            blocks.append(paragraph(lines[-1]))
    return blocks


def signature_blocks(data: ProtocolData) -> list[Block]:
    """«Председатель ... К.В. Хмелева», «Секретарь ... Е.В. Проскуракова»."""
    return [
        two_ends(data.presiding.title, data.presiding.name, keep=True),
        Block(Kind.BLANK, keep_with_next=True),
        two_ends(data.secretary.title, data.secretary.name),
    ]


def _closing(body: list[Block], closing: list[Block], lines_kept: int = 2) -> list[Block]:
    """The body, two blank lines and the closing part, all on one page with the last
    ``lines_kept`` blocks of the body: no page of signatures alone."""
    kept = [
        replace(b, keep_with_next=True) for b in (*body[-lines_kept:], BLANK, BLANK, *closing[:-1])
    ]
    return [*body[:-lines_kept], *kept, closing[-1]]


def amendment_blocks(data: ProtocolData) -> list[Block]:
    """«Исправления: от 20.10.2023 — уточнен срок ...»."""
    lines = [f"от {format_date(a.made_on)} — {a.reason.strip()}" for a in data.amendments]
    if not lines:
        return []
    if len(lines) == 1:
        return [BLANK, flush(sentence(f"Исправления: {lines[0]}"))]
    return [BLANK, flush("Исправления:", keep=True), *(flush(line) for line in listed(lines))]


def annex_blocks(data: ProtocolData) -> list[Block]:
    """With more than 15 present: the list of them on a page of its own."""
    if data.present_as_list:
        return []
    if data.form is MeetingForm.CORRESPONDENCE:
        title = f"Список членов {data.body_kind.genitive}, принявших участие в голосовании"
    else:
        title = f"Список присутствовавших членов {data.body_kind.genitive}"
    return [
        PAGE_BREAK,
        Block(Kind.APPROVAL, "Приложение", keep_with_next=True),
        Block(Kind.APPROVAL, f"к протоколу от {format_date(data.day)} № {data.number}"),
        BLANK,
        Block(Kind.TITLE, title, keep_with_next=True),
        Block(Kind.BLANK, keep_with_next=True),
        *_member_entries(data.present, numbered=True),
    ]


def protocol_blocks(data: ProtocolData) -> list[Block]:
    """The whole protocol, full or short form (``data.protocol_form``)."""
    body = header_blocks(data, "ПРОТОКОЛ") + introduction_blocks(data)
    if data.items:
        body += [BLANK, *agenda_blocks(data)]
    for item in data.items:
        body += [BLANK, *item_blocks(data, item)]
    blocks = _closing(body, signature_blocks(data))
    return blocks + amendment_blocks(data) + annex_blocks(data)


def certification_blocks(data: ProtocolData, certified_on: date) -> list[Block]:
    """«Верно», the secretary's position, a line to sign, the name, the date."""
    return [
        flush("Верно", keep=True),
        two_ends(secretary_position(data), f"{SIGNATURE_LINE} {data.secretary.name}", keep=True),
        flush(format_date(certified_on)),
    ]


def extract_blocks(data: ProtocolData, item_number: int, certified_on: date) -> list[Block]:
    """«ВЫПИСКА ИЗ ПРОТОКОЛА»: the introduction, the agenda, one item with its own number,
    the signatories' names, the certification. KeyError for an item not on the agenda."""
    item = data.item(item_number)
    body = header_blocks(data, "ВЫПИСКА ИЗ ПРОТОКОЛА") + introduction_blocks(data)
    body += [BLANK, *agenda_blocks(data), BLANK, *item_blocks(data, item)]
    closing = [*signature_blocks(data), BLANK, BLANK, *certification_blocks(data, certified_on)]
    return _closing(body, closing) + annex_blocks(data)
