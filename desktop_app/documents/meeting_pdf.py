"""The other printed documents of a meeting, as PDF: the agenda, the notices to members,
the extract from the protocol, the attendance sheet, the опросные листы of a
correspondence meeting and the distribution sheet of the protocol.

Their text is laid out as :mod:`protocol_layout` blocks (the functions ``*_blocks`` here
return plain data) and set by :func:`protocol_pdf.block_flowables`; the tables to fill in
by hand are reportlab tables with ruled cells and the header repeated on every page.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.fonts import SERIF
from desktop_app.documents.page import build_pdf, mm_to_pt, numbering_restart, styles
from desktop_app.documents.protocol_layout import (
    BLANK,
    PAGE_BREAK,
    SIGNATURE_LINE,
    Block,
    Kind,
    agenda_item_blocks,
    centred,
    document_name,
    extract_blocks,
    flush,
    heading,
    members_word,
    paragraph,
    presiding_position,
    secretary_position,
    sentence,
    two_ends,
)
from desktop_app.documents.protocol_pdf import block_flowables, text_paragraph
from desktop_app.domain.dates import format_date
from desktop_app.domain.meeting import MeetingForm, format_time
from desktop_app.domain.protocol import Member, ProtocolData
from desktop_app.domain.vocabulary import Gender, Role

if TYPE_CHECKING:
    from os import PathLike

    from reportlab.lib.styles import ParagraphStyle

#: Tables to fill in by hand are set a size smaller (ГОСТ allows 12-14 pt).
TABLE_FONT_SIZE = 12.0
TABLE_LEADING = 13.8
TABLE_PADDING_PT = 3.0
#: Extra room under each row of the attendance sheet, for a signature.
SIGNATURE_ROOM_PT = 9.0

ATTENDANCE_COLUMNS_MM = (16.0, 52.0, 72.0, 30.0)
QUESTIONNAIRE_COLUMNS_MM = (13.0, 94.0, 17.0, 19.0, 27.0)
DISTRIBUTION_COLUMNS_MM = (16.0, 79.0, 45.0, 30.0)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_correspondence(data: ProtocolData) -> bool:
    return data.form is MeetingForm.CORRESPONDENCE


def _when_and_where(data: ProtocolData) -> list[Block]:
    """«Дата проведения: ...», «Время: ...», «Место проведения: ...», «Форма проведения: ...»."""
    lines = [flush(f"Дата проведения: {format_date(data.day)}")]
    if data.start and not _is_correspondence(data):
        lines.append(flush(f"Время: {format_time(data.start)}"))
    if data.venue.strip() and not _is_correspondence(data):
        lines.append(flush(f"Место проведения: {data.venue.strip()}"))
    lines.append(flush(f"Форма проведения: {data.form.label}"))
    return lines


# --- the agenda -------------------------------------------------------------------------------


def agenda_document_blocks(data: ProtocolData) -> list[Block]:
    """«ПОВЕСТКА ДНЯ заседания ...»: the «УТВЕРЖДАЮ» block when the agenda is approved,
    date, time, venue, form, then the items with their speakers and materials."""
    blocks: list[Block] = []
    if data.agenda_approved_on:
        approval = [
            "УТВЕРЖДАЮ",
            presiding_position(data),
            f"{SIGNATURE_LINE} {data.presiding.name}",
            format_date(data.agenda_approved_on),
        ]
        blocks += [Block(Kind.APPROVAL, line, keep_with_next=True) for line in approval]
        blocks.append(BLANK)
    blocks += [
        Block(Kind.TITLE, "ПОВЕСТКА ДНЯ", keep_with_next=True),
        centred(heading(data)),
        BLANK,
        *_when_and_where(data),
        BLANK,
    ]
    for item in data.items:
        blocks += agenda_item_blocks(item, with_materials=True)
    return blocks


def write_agenda_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    build_pdf(
        out,
        block_flowables(agenda_document_blocks(data)),
        title=document_name(data, "Повестка дня"),
        author=data.organisation,
    )


# --- the notices ------------------------------------------------------------------------------


def greeting(member: Member) -> str:
    """«Уважаемая Ксения Владимировна!», «Уважаемый ...», «Уважаемый(ая) ...»."""
    word = {Gender.FEMALE: "Уважаемая", Gender.MALE: "Уважаемый"}.get(
        member.gender, "Уважаемый(ая)"
    )
    return f"{word} {member.address.strip() or member.full_name}!"


def notice_blocks(data: ProtocolData, member: Member) -> list[Block]:
    """One member's notice of the meeting, signed by the secretary."""
    body = data.body_kind.genitive  # the full name is in the heading
    if _is_correspondence(data):
        announcement = (
            f"Сообщаем, что заседание {body} проводится {data.form.phrase}. "
            f"Итоги голосования будут подведены {format_date(data.day)}."
        )
        request = (
            f"Заполненный опросный лист просим направить секретарю {data.body_kind.genitive} "
            f"не позднее {format_date(data.day)}."
        )
    else:
        when = format_date(data.day)
        if data.start:
            when += f" в {format_time(data.start)}"
        announcement = f"Сообщаем, что {when} состоится заседание {body} {data.form.phrase}."

        if data.venue.strip():
            announcement += " " + sentence(f"Место проведения: {data.venue.strip()}")
        request = (
            "В случае невозможности принять участие в заседании просим заранее сообщить "
            f"об этом секретарю {data.body_kind.genitive} с указанием причины."
        )
    blocks = [
        Block(Kind.ORGANISATION, data.organisation.upper(), keep_with_next=True),
        BLANK,
        Block(Kind.TITLE, "ИЗВЕЩЕНИЕ", keep_with_next=True),
        centred(f"о заседании {data.body_genitive}"),
        BLANK,
        centred(greeting(member)),
        BLANK,
        paragraph(announcement),
        paragraph("Повестка дня:", keep=True),
    ]
    for item in data.items:
        blocks += agenda_item_blocks(item)
    blocks += [
        paragraph(request, gap=True),
        BLANK,
        BLANK,
        two_ends(secretary_position(data), data.secretary.name),
    ]
    return blocks


def _one_per_member(data: ProtocolData, story_of: Any) -> list[Any]:
    """The documents of all members one after another, each from a new page and with its
    own page numbers."""
    story: list[Any] = []
    for index, member in enumerate(data.members):
        if index:
            story += [numbering_restart(), *block_flowables([PAGE_BREAK])]
        story += story_of(member)
    return story


def write_notices_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """A notice for every member of the body, each on a page of its own."""
    build_pdf(
        out,
        _one_per_member(data, lambda member: block_flowables(notice_blocks(data, member))),
        title=f"Извещения о заседании {data.body_genitive} {format_date(data.day)}",
        author=data.organisation,
    )


# --- the extract ------------------------------------------------------------------------------


def write_extract_pdf(
    data: ProtocolData,
    item_number: int,
    certified_on: date,
    out: str | PathLike[str] | IO[bytes],
) -> None:
    """«ВЫПИСКА ИЗ ПРОТОКОЛА» of item ``item_number``, certified on ``certified_on``.
    KeyError for an item not on the agenda."""
    build_pdf(
        out,
        block_flowables(extract_blocks(data, item_number, certified_on)),
        title=document_name(data, f"Выписка из протокола (вопрос {item_number})"),
        author=data.organisation,
    )


# --- tables to fill in by hand ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _table_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Cell text, the number column (centred), the header (bold, centred) and a section
    row (bold)."""
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from desktop_app.documents.fonts import SERIF_BOLD

    cell = ParagraphStyle(
        "doc-table-cell",
        parent=styles().cell,
        fontSize=TABLE_FONT_SIZE,
        leading=TABLE_LEADING,
        alignment=TA_LEFT,
    )
    header = ParagraphStyle(
        "doc-table-header", parent=cell, fontName=SERIF_BOLD, alignment=TA_CENTER
    )
    number = ParagraphStyle("doc-table-number", parent=cell, alignment=TA_CENTER)
    section = ParagraphStyle("doc-table-section", parent=cell, fontName=SERIF_BOLD)
    return cell, number, header, section


def _ruled_table(
    header: tuple[str, ...],
    rows: list[tuple[str, ...] | str],
    widths_mm: tuple[float, ...],
    *,
    row_room: float = 0.0,
) -> Any:
    """A table with ruled cells, the header repeated on every page, the first column (the
    numbers) centred; a row given as a plain string is a section heading across the whole
    width («Приглашенные»)."""
    from reportlab.platypus import Table, TableStyle

    cell, number, header_style, section = _table_styles()
    data: list[list[Any]] = [[text_paragraph(text, header_style) for text in header]]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SERIF, TABLE_FONT_SIZE, TABLE_LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING_PT),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING_PT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING_PT + 1),
        ("BOTTOMPADDING", (0, 1), (-1, -1), TABLE_PADDING_PT + 1 + row_room),
    ]
    for row in rows:
        index = len(data)
        if isinstance(row, str):
            data.append([text_paragraph(row, section)] + [""] * (len(header) - 1))
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("BOTTOMPADDING", (0, index), (-1, index), TABLE_PADDING_PT + 1),
            ]
        else:
            first, *rest = row
            data.append(
                [text_paragraph(first, number)] + [text_paragraph(text, cell) for text in rest]
            )
    table = Table(
        data,
        colWidths=[mm_to_pt(w) for w in widths_mm],
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=0,
    )
    table.setStyle(TableStyle(commands))
    return table


def _document_heading(title: str, subtitle: str) -> list[Block]:
    return [
        Block(Kind.TITLE, title, keep_with_next=True),
        centred(subtitle),
        BLANK,
    ]


# --- the attendance sheet ---------------------------------------------------------------------


def attendance_rows(data: ProtocolData) -> list[tuple[str, ...] | str]:
    """The members in the roster's order, then the invited, numbered through."""
    rows: list[tuple[str, ...] | str] = [_capital(members_word(data))]
    number = 0
    for member in data.members:
        number += 1
        rows.append((str(number), member.full_name, member.position, ""))
    if data.invited:
        rows.append("Приглашенные")
        for invitee in data.invited:
            number += 1
            about = ", ".join(p.strip() for p in (invitee.position, invitee.organisation) if p)
            rows.append((str(number), invitee.full_name or invitee.name, about, ""))
    return rows


def write_attendance_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """«ЛИСТ РЕГИСТРАЦИИ участников заседания ...»: a row to sign for everyone."""
    blocks = _document_heading("ЛИСТ РЕГИСТРАЦИИ", f"участников {heading(data)}")
    blocks += [*_when_and_where(data), BLANK]
    header = ("№ п/п", "Фамилия, имя, отчество", "Должность", "Подпись")
    table = _ruled_table(
        header, attendance_rows(data), ATTENDANCE_COLUMNS_MM, row_room=SIGNATURE_ROOM_PT
    )
    build_pdf(
        out,
        [*block_flowables(blocks), table],
        title=document_name(data, "Лист регистрации участников"),
        author=data.organisation,
    )


# --- the опросный лист ------------------------------------------------------------------------


def questionnaire_rows(data: ProtocolData) -> list[tuple[str, ...] | str]:
    """Each item as a section row, each of its decisions as a row to tick."""
    rows: list[tuple[str, ...] | str] = []
    for item in data.items:
        rows.append(sentence(f"{item.number}. {item.title.strip()}"))
        for decision in item.decisions:
            text = sentence(decision.text)
            if decision.responsible.strip():
                text += " " + sentence(f"Ответственный: {decision.responsible.strip()}")
            if decision.deadline_label.strip():
                text += " " + sentence(f"Срок: {decision.deadline_label.strip()}")
            rows.append((decision.number, text, "", "", ""))
    return rows


def questionnaire_blocks(data: ProtocolData, member: Member) -> tuple[list[Block], list[Block]]:
    """The text before the table of decisions and after it, for one member."""
    before = [
        *_document_heading(
            "ОПРОСНЫЙ ЛИСТ", f"для голосования по вопросам повестки дня {heading(data)}"
        ),
        flush(f"{_capital(Role.MEMBER.in_body(data.body_kind))}: {member.full_name}"),
        BLANK,
    ]
    after = [
        BLANK,
        paragraph(
            "По каждому решению отметьте один вариант знаком «V». Решение, по которому "
            "отмечено несколько вариантов или не отмечено ни одного, при подсчете голосов "
            "не учитывается.",
            keep=True,
        ),
        paragraph(
            f"Заполненный опросный лист просим направить секретарю {data.body_kind.genitive} "
            f"({data.secretary.name}) не позднее {format_date(data.day)}.",
            keep=True,
        ),
        Block(Kind.BLANK, keep_with_next=True),
        two_ends(f"{SIGNATURE_LINE} {member.name}", f"«____» {SIGNATURE_LINE} {data.day.year} г."),
    ]
    return before, after


def write_questionnaires_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """An опросный лист for every member, each from a new page."""
    header = ("№", "Предлагаемое решение", "за", "против", "воздержался")

    def questionnaire(member: Member) -> list[Any]:
        before, after = questionnaire_blocks(data, member)
        table = _ruled_table(header, questionnaire_rows(data), QUESTIONNAIRE_COLUMNS_MM)
        return [*block_flowables(before), table, *block_flowables(after)]

    build_pdf(
        out,
        _one_per_member(data, questionnaire),
        title=document_name(data, "Опросные листы"),
        author=data.organisation,
    )


# --- the distribution sheet -------------------------------------------------------------------


def distribution_rows(data: ProtocolData) -> list[tuple[str, ...] | str]:
    """The deliveries recorded; with none yet, the members with blank cells to fill in."""
    if not data.distribution:
        return [(str(n), m.name, "", "") for n, m in enumerate(data.members, 1)]
    rows: list[tuple[str, ...] | str] = []
    for n, delivery in enumerate(data.distribution, 1):
        recipient = delivery.recipient.strip()
        if delivery.note.strip():
            recipient += f" ({delivery.note.strip()})"
        rows.append((str(n), recipient, delivery.method, format_date(delivery.sent_on)))
    return rows


def write_distribution_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """«ЛИСТ РАССЫЛКИ протокола ...»: to whom, how and when the protocol was sent."""
    subtitle = f"протокола {heading(data)} от {format_date(data.day)} № {data.number}"
    blocks = _document_heading("ЛИСТ РАССЫЛКИ", subtitle)
    header = ("№ п/п", "Получатель", "Способ отправки", "Дата отправки")
    table = _ruled_table(header, distribution_rows(data), DISTRIBUTION_COLUMNS_MM)
    closing = [BLANK, BLANK, two_ends(secretary_position(data), data.secretary.name)]
    build_pdf(
        out,
        [*block_flowables(blocks), table, *block_flowables(closing)],
        title=document_name(data, "Лист рассылки протокола"),
        author=data.organisation,
    )
