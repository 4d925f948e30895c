"""The documents of the control of decisions as plain data: the wording (the figures of
discipline in the words of the administration's report [seed 004]), the tables as rows of
cells, and the reminder letter as a sequence of parts. The PDF writer
(:mod:`assignments_pdf`), the DOCX writer (:mod:`assignments_docx`) and the XLSX writer
(:mod:`assignments_xlsx`) set these; none of them words anything itself.

The reminder letter, laid out as ГОСТ Р 7.0.97 lays out a letter (the sender and the
addressee side by side)::

    АДМИНИСТРАЦИЯ БЕЛОВСКОГО             Начальнику управления
    ГОРОДСКОГО ОКРУГА                    экономического развития ...
                                         Проскураковой Е.В.
    22.11.2026 № ________
    О ходе исполнения поручений

                  Уважаемая Елена Викторовна!

        Напоминаем, что на контроле рабочей группы по ... находятся поручения, ...:
    ┌───┬────────────────────────────┬──────────┬───────────┐
    │ № │ Поручение                  │ Срок     │ Статус    │
    ...
        Просим представить информацию об исполнении поручений в срок до 01.12.2026.

    Заместитель Главы ..., председатель                      К.В. Хмелева
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.documents.page import NBSP
from desktop_app.documents.protocol_layout import (
    BLANK,
    Block,
    Kind,
    centred,
    paragraph,
    sentence,
    two_ends,
)
from desktop_app.domain.assignment import (
    AssignmentLine,
    AssignmentsListData,
    Discipline,
    ExecutionReportData,
    ReminderData,
    format_percent,
)
from desktop_app.domain.dates import format_date

# --- wording ----------------------------------------------------------------------------------


def format_count(value: int) -> str:
    """«6 482»: thousands apart by a non-breaking space, as the report prints them."""
    return f"{value:,}".replace(",", NBSP)


def _singular_genitive(count: int) -> bool:
    """«из 1 поручения», «из 21 поручения», but «из 11 поручений», «из 5 поручений»."""
    return count % 10 == 1 and count % 100 != 11


def period_text(start: date, end: date) -> str:
    """«с 01.01.2026 по 30.09.2026»."""
    return f"с {format_date(start)} по {format_date(end)}"


def discipline_summary(figure: Discipline) -> str:
    """The short line under the list: «Поставлено на контроль: 6 482; исполнено в срок: …;
    с нарушением срока: …; снято с контроля: 6 461 (в том числе без исполнения: 11);
    просрочено: …; на контроле, срок не наступил: …; исполнение: 99,68 %.»

    «Снято с контроля» counts, as the administration's report does, every assignment taken
    off control: executed (in time or late) or withdrawn.
    """
    closed = f"снято с контроля: {format_count(figure.closed)}"
    if figure.removed:
        closed += f" (в том числе без исполнения: {format_count(figure.removed)})"
    parts = [
        f"Поставлено на контроль: {format_count(figure.total)}",
        f"исполнено в срок: {format_count(figure.on_time)}",
        f"с нарушением срока: {format_count(figure.late)}",
        closed,
        f"просрочено: {format_count(figure.overdue)}",
        f"на контроле, срок не наступил: {format_count(figure.pending)}",
        f"исполнение: {format_percent(figure.percent)}",
    ]
    return "; ".join(parts) + "."


def discipline_paragraphs(figure: Discipline, start: date, end: date) -> list[str]:
    """The figures of a period in the words of the administration's report [seed 004]:
    «Из 6 482 поручений, поставленных на контроль в период с … по …, снято с контроля
    6 461, что составило 99,68 %. Исполнено в срок 6 300, с нарушением срока 150,
    просрочено 15.»"""
    period = period_text(start, end)
    if figure.total == 0:
        return [f"В период {period} поручения на контроль не ставились."]
    one = _singular_genitive(figure.total)
    noun, participle = ("поручения", "поставленного") if one else ("поручений", "поставленных")
    first = (
        f"Из {format_count(figure.total)} {noun}, {participle} на контроль в период {period}, "
        f"снято с контроля {format_count(figure.closed)}, что составило "
        f"{format_percent(figure.percent)}."
    )
    second = (
        f"Исполнено в срок {format_count(figure.on_time)}, с нарушением срока "
        f"{format_count(figure.late)}, просрочено {format_count(figure.overdue)}."
    )
    rest = []
    if figure.removed:
        rest.append(f"Снято с контроля без исполнения {format_count(figure.removed)}.")
    if figure.pending:
        rest.append(f"На контроле с неистекшим сроком исполнения {format_count(figure.pending)}.")
    paragraphs = [f"{first} {second}", *([" ".join(rest)] if rest else [])]
    if figure.on_time_percent is not None:
        paragraphs.append(
            "Доля поручений, исполненных в срок, среди поручений, срок исполнения которых "
            f"наступил, составила {format_percent(figure.on_time_percent)}."
        )
    return paragraphs


def execution_mark(line: AssignmentLine) -> tuple[str, str]:
    """«Отметка об исполнении»: the date it was closed and the report (either may be
    empty)."""
    return format_date(line.closed_on), line.report.strip()


def distinct_bodies(lines: tuple[AssignmentLine, ...]) -> int:
    return len({line.body.strip() for line in lines if line.body.strip()})


# --- tables as plain data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """What one cell of a printed table holds."""

    lines: tuple[str, ...] = ()  # paragraphs, one per line
    notes: tuple[str, ...] = ()  # under the lines, smaller and in italics (the source)
    bold_first: bool = False  # the first line in bold (the lead executor, «просрочено»)
    centred: bool = False
    alarm: bool = False  # the first line marks an overdue assignment

    @property
    def text(self) -> str:
        """The whole cell as one text, lines and notes apart by line breaks."""
        return "\n".join((*self.lines, *self.notes))


def cell(text: str, *, bold: bool = False, centred: bool = False) -> Cell:
    return Cell((text,) if text else (), bold_first=bold, centred=centred)


@dataclass(frozen=True)
class Table:
    """A ruled table: its header (repeated on every page) and its rows."""

    header: tuple[str, ...]
    widths_mm: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total_rows: int = 0  # the last rows are totals (bold)


def _number(line: AssignmentLine) -> Cell:
    return cell(str(line.number), centred=True)


def _text_cell(line: AssignmentLine, *, with_extensions: bool = True) -> Cell:
    notes = [line.source.strip()] if line.source.strip() else []
    if with_extensions:
        notes += [sentence(e) for e in line.extensions if e.strip()]
    return Cell((sentence(line.text),), tuple(notes))


def _executors_cell(line: AssignmentLine) -> Cell:
    executors = tuple(e for e in line.executors if e.strip())
    return Cell(executors, bold_first=len(executors) > 1)


def _status_cell(line: AssignmentLine) -> Cell:
    return Cell((line.status,), bold_first=line.overdue, centred=True, alarm=line.overdue)


def _deadline_cell(line: AssignmentLine) -> Cell:
    return cell(line.deadline_text, centred=line.deadline_text == format_date(line.deadline))


def _mark_cell(line: AssignmentLine) -> Cell:
    day, report = execution_mark(line)
    return Cell(tuple(part for part in (day, report) if part))


# The widths of the columns of the list and the report fill the landscape text width
# (297 − 30 − 10 = 257 mm); those of the letter, the portrait one (170 mm).
LIST_HEADER = (
    "№ п/п",
    "Поручение",
    "Орган",
    "Ответственный",
    "Срок",
    "Статус",
    "Отметка об исполнении",
)
LIST_WIDTHS_MM = (14.0, 76.0, 30.0, 42.0, 30.0, 26.0, 39.0)
LIST_WIDTHS_ONE_BODY_MM = (14.0, 98.0, 44.0, 30.0, 26.0, 45.0)


def list_table(lines: tuple[AssignmentLine, ...]) -> Table:
    """The list of assignments; the column «Орган» only when the lines are of several
    bodies (of one, the filter line under the title names it)."""
    with_body = distinct_bodies(lines) > 1
    rows = []
    for line in lines:
        row = [_number(line), _text_cell(line)]
        if with_body:
            row.append(cell(line.body))
        row += [_executors_cell(line), _deadline_cell(line), _status_cell(line), _mark_cell(line)]
        rows.append(tuple(row))
    header = LIST_HEADER if with_body else tuple(h for h in LIST_HEADER if h != "Орган")
    widths = LIST_WIDTHS_MM if with_body else LIST_WIDTHS_ONE_BODY_MM
    return Table(header, widths, tuple(rows))


OPEN_HEADER = ("№ п/п", "Поручение", "Орган", "Ответственный", "Срок", "Статус")
OPEN_WIDTHS_MM = (14.0, 98.0, 35.0, 42.0, 40.0, 28.0)
OPEN_WIDTHS_ONE_BODY_MM = (14.0, 118.0, 48.0, 45.0, 32.0)


def open_table(lines: tuple[AssignmentLine, ...]) -> Table:
    """The assignments still on control (the report's list): no execution mark."""
    with_body = distinct_bodies(lines) > 1
    rows = []
    for line in lines:
        row = [_number(line), _text_cell(line)]
        if with_body:
            row.append(cell(line.body))
        row += [_executors_cell(line), _deadline_cell(line), _status_cell(line)]
        rows.append(tuple(row))
    header = OPEN_HEADER if with_body else tuple(h for h in OPEN_HEADER if h != "Орган")
    widths = OPEN_WIDTHS_MM if with_body else OPEN_WIDTHS_ONE_BODY_MM
    return Table(header, widths, tuple(rows))


FIGURE_HEADER = (
    "Поставлено на контроль",
    "Исполнено в срок",
    "С нарушением срока",
    "Снято с контроля",
    "Просрочено",
    "На контроле",
    "% исполнения",
)
FIGURE_NAME_WIDTH_MM = 68.0
FIGURE_WIDTH_MM = 27.0


def figures(figure: Discipline) -> tuple[str, ...]:
    """A row of figures: total, on time, late, closed, overdue, on control, per cent.
    «На контроле» is all not yet closed: overdue or not."""
    return (
        format_count(figure.total),
        format_count(figure.on_time),
        format_count(figure.late),
        format_count(figure.closed),
        format_count(figure.overdue),
        format_count(figure.overdue + figure.pending),
        format_percent(figure.percent),
    )


def figures_table(
    name_header: str, parts: tuple[tuple[str, Discipline], ...], total: Discipline | None = None
) -> Table:
    """The figures by body or by responsible; with ``total``, a last row «Итого»."""
    rows = [
        (cell(name), *(cell(value, centred=True) for value in figures(figure)))
        for name, figure in parts
    ]
    if total is not None:
        rows.append((cell("Итого"), *(cell(value, centred=True) for value in figures(total))))
    widths = (FIGURE_NAME_WIDTH_MM, *(FIGURE_WIDTH_MM,) * len(FIGURE_HEADER))
    return Table(
        (name_header, *FIGURE_HEADER), widths, tuple(rows), total_rows=int(total is not None)
    )


# --- the list and the report: their headings ---------------------------------------------------

NO_LINES = "Поручений, отвечающих условиям отбора, нет."


def list_name(data: AssignmentsListData) -> str:
    """The document's name (PDF and XLSX properties)."""
    return f"{data.title} по состоянию на {format_date(data.as_of)}"


def report_period_line(data: ExecutionReportData) -> str:
    """«за период с 01.01.2026 по 30.09.2026», unless the title already says it."""
    if format_date(data.start) in data.title:
        return ""
    return f"за период {period_text(data.start, data.end)}"


def report_name(data: ExecutionReportData) -> str:
    return " ".join(part for part in (data.title, report_period_line(data)) if part)


REPORT_BODIES_HEADING = "Исполнение поручений по органам"
REPORT_RESPONSIBLE_HEADING = "Исполнение поручений по ответственным исполнителям"


def report_open_heading(data: ExecutionReportData) -> str:
    return (
        "Поручения, находящиеся на контроле (в том числе просроченные), по состоянию на "
        f"{format_date(data.as_of)}"
    )


# --- the reminder letter ----------------------------------------------------------------------


@dataclass(frozen=True)
class LetterHead:
    """The sender's block at the left (organisation, date and number, subject) and the
    addressee's block at the right, side by side at the top of the first page."""

    sender: str  # in capitals
    reference: str  # «22.11.2026 № ________»
    subject: str  # «О ходе исполнения поручений»
    addressee: tuple[str, ...]  # the position (may wrap), the name


LETTER_SUBJECT = "О ходе исполнения поручений"
#: Where the registration number is written by hand or by the СЭД.
NUMBER_LINE = "_" * 10
#: The sender's block and the addressee's block (ГОСТ Р 7.0.97: the addressee within
#: the right part of the page, about 80 mm).
SENDER_WIDTH_MM = 80.0
ADDRESSEE_WIDTH_MM = 80.0
LETTER_HEADER = ("№ п/п", "Поручение", "Срок", "Статус")
LETTER_WIDTHS_MM = (15.0, 95.0, 34.0, 26.0)

LetterPart = Block | LetterHead | Table


def letter_table(lines: tuple[AssignmentLine, ...]) -> Table:
    rows = tuple(
        (
            cell(str(n), centred=True),
            _text_cell(line),
            _deadline_cell(line),
            _status_cell(line),
        )
        for n, line in enumerate(lines, 1)
    )
    return Table(LETTER_HEADER, LETTER_WIDTHS_MM, rows)


def reminder_request(data: ReminderData) -> str:
    if data.respond_by is None:
        when = "в возможно короткий срок"
    else:
        when = f"в срок до {format_date(data.respond_by)}"
    return f"Просим представить информацию об исполнении поручений {when}."


def reminder_parts(data: ReminderData) -> list[LetterPart]:
    """The letter in reading order: the head, the salutation, the text, the table of the
    addressee's open assignments, the request, the signature."""
    addressee = tuple(
        part.strip() for part in (data.addressee_position, data.addressee) if part.strip()
    )
    head = LetterHead(
        sender=data.organisation.upper(),
        reference=f"{format_date(data.day)} № {NUMBER_LINE}",
        subject=LETTER_SUBJECT,
        addressee=addressee,
    )
    parts: list[LetterPart] = [head, BLANK]
    if data.salutation.strip():
        parts += [centred(data.salutation.strip()), BLANK]
    if data.lines:
        parts += [
            paragraph(
                f"Напоминаем, что на контроле {data.body_name.strip()} находятся поручения, "
                "ответственным за исполнение которых Вы являетесь:",
                keep=True,
            ),
            Block(Kind.BLANK, keep_with_next=True),
            letter_table(data.lines),
            BLANK,
            paragraph(reminder_request(data)),
        ]
    else:
        parts.append(
            paragraph(
                f"Сообщаем, что поручений на контроле {data.body_name.strip()}, ответственным "
                "за исполнение которых Вы являетесь, нет."
            )
        )
    if data.signer_name.strip() or data.signer_position.strip():
        # The signature never stands alone on a page: it goes with the last paragraph.
        last = parts[-1]
        assert isinstance(last, Block)
        parts[-1] = replace(last, keep_with_next=True)
        kept_blank = Block(Kind.BLANK, keep_with_next=True)
        signer = two_ends(data.signer_position.strip(), data.signer_name.strip())
        parts += [kept_blank, kept_blank, signer]
    return parts


def reminder_name(data: ReminderData) -> str:
    """The document's name (PDF and DOCX properties)."""
    return f"{LETTER_SUBJECT} ({data.addressee.strip()}, {format_date(data.day)})"
