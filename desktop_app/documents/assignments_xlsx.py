"""The list of assignments and the execution report as Excel workbooks, for sorting and
filtering: one row per assignment, deadlines and closing dates as real dates (ДД.ММ.ГГГГ),
figures as numbers. Every user text goes through :func:`xlsx_cells.write_text`: a text
that looks like a formula («=HYPERLINK(…)») stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_layout import (
    FIGURE_HEADER,
    NO_LINES,
    REPORT_BODIES_HEADING,
    REPORT_RESPONSIBLE_HEADING,
    discipline_paragraphs,
    list_name,
    report_name,
    report_open_heading,
)
from desktop_app.documents.xlsx_cells import (
    set_properties,
    write_date,
    write_header_row,
    write_text,
)
from desktop_app.domain.assignment import (
    AssignmentLine,
    AssignmentsListData,
    Discipline,
    ExecutionReportData,
)
from desktop_app.domain.dates import format_date

if TYPE_CHECKING:
    from os import PathLike

LIST_SHEET = "Поручения"
BODIES_SHEET = "По органам"
RESPONSIBLE_SHEET = "По ответственным"
OPEN_SHEET = "На контроле"

#: The columns of a sheet of assignments: header, width (characters), kind of value.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("№ п/п", 6),
    ("Поручение", 60),
    ("Основание", 28),
    ("Орган", 28),
    ("Ответственный исполнитель", 32),
    ("Соисполнители", 32),
    ("Срок", 12),
    ("Порядок срока, продление срока", 36),
    ("Статус", 16),
    ("Дата снятия с контроля", 13),
    ("Отметка об исполнении", 50),
)
HEADERS = tuple(header for header, _ in COLUMNS)
DEADLINE_COLUMN = HEADERS.index("Срок") + 1
STATUS_COLUMN = HEADERS.index("Статус") + 1
CLOSED_COLUMN = HEADERS.index("Дата снятия с контроля") + 1
#: Overdue rows: a light red fill, the status in bold dark red.
OVERDUE_FILL = "FBE3E1"
ALARM_COLOUR = "8B0000"
PERCENT_FORMAT = "0.00%"


def _title_rows(ws: Any, lines: Iterable[tuple[str, bool]], last_column: int) -> int:
    """Lines at the top of the sheet, each merged across the table; returns the next row."""
    from openpyxl.styles import Alignment, Font

    row = 1
    for text, bold in lines:
        cell = ws.cell(row=row, column=1)
        write_text(cell, text)
        cell.font = Font(bold=bold, size=12 if bold else 11)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        row += 1
    return row + 1


def _deadline_note(line: AssignmentLine) -> str:
    """The deadline's words when they say more than the date (a recurring deadline),
    and the extensions."""
    parts = []
    words = line.deadline_text.strip()
    if line.deadline is not None and words and words != format_date(line.deadline):
        parts.append(words)
    parts += [e.strip() for e in line.extensions if e.strip()]
    return "\n".join(parts)


def write_lines(ws: Any, header_row: int, lines: tuple[AssignmentLine, ...]) -> int:
    """The header and a row per assignment from ``header_row``; frozen panes under the
    header, an autofilter over the table. Returns the row after the table."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    write_header_row(ws, header_row, HEADERS)
    for index, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    top = Alignment(vertical="top", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
    fill = PatternFill("solid", fgColor=OVERDUE_FILL)
    alarm = Font(bold=True, color=ALARM_COLOUR)
    row = header_row
    for line in lines:
        row += 1
        executors = [e for e in line.executors if e.strip()]
        texts = (
            line.text,
            line.source,
            line.body,
            executors[0] if executors else "",
            "\n".join(executors[1:]),
        )
        number = ws.cell(row=row, column=1, value=line.number)
        number.alignment = centre
        for column, value in enumerate(texts, start=2):
            cell = ws.cell(row=row, column=column)
            write_text(cell, value.strip() or None)
            cell.alignment = top
        deadline = ws.cell(row=row, column=DEADLINE_COLUMN)
        if line.deadline is not None:
            write_date(deadline, line.deadline)
        else:
            write_text(deadline, line.deadline_text.strip() or None)
        deadline.alignment = centre
        note = ws.cell(row=row, column=DEADLINE_COLUMN + 1)
        write_text(note, _deadline_note(line) or None)
        note.alignment = top
        status = ws.cell(row=row, column=STATUS_COLUMN)
        write_text(status, line.status)
        status.alignment = centre
        closed = ws.cell(row=row, column=CLOSED_COLUMN)
        write_date(closed, line.closed_on)
        closed.alignment = centre
        report = ws.cell(row=row, column=CLOSED_COLUMN + 1)
        write_text(report, line.report.strip() or None)
        report.alignment = top
        if line.overdue:
            status.font = alarm
            for column in range(1, len(HEADERS) + 1):
                ws.cell(row=row, column=column).fill = fill
    last = get_column_letter(len(HEADERS))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:{last}{max(row, header_row + 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    return row + 1


def _summary_rows(ws: Any, row: int, figure: Discipline) -> int:
    """The figures under the table: a label and a number (the percentage as a number in
    per cent)."""
    from openpyxl.styles import Font

    items: list[tuple[str, int | float | None]] = [
        ("Поставлено на контроль", figure.total),
        ("Исполнено в срок", figure.on_time),
        ("Исполнено с нарушением срока", figure.late),
        ("Снято с контроля (исполнено или снято без исполнения)", figure.closed),
        ("в том числе без исполнения", figure.removed),
        ("Просрочено", figure.overdue),
        ("На контроле, срок не наступил", figure.pending),
        (
            "Исполнение (снято с контроля от поставленных на контроль)",
            None if figure.percent is None else figure.percent / 100,
        ),
    ]
    for label, value in items:
        write_text(ws.cell(row=row, column=2), label)
        cell = ws.cell(row=row, column=3, value=value)
        if isinstance(value, float):
            cell.number_format = PERCENT_FORMAT
        cell.font = Font(bold=label.startswith("Исполнение"))
        row += 1
    return row


def _page_setup(ws: Any) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _save(workbook: Any, out: str | PathLike[str] | IO[bytes]) -> None:
    import os

    workbook.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)


def write_assignments_xlsx(data: AssignmentsListData, out: str | PathLike[str] | IO[bytes]) -> None:
    """The list of assignments as an XLSX workbook (sheet «Поручения»): the title and
    the filters, the table, the figures of discipline under it."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = LIST_SHEET
    title = [(data.organisation, False), (data.title, True)]
    title.append((f"по состоянию на {format_date(data.as_of)}", False))
    title += [(text, False) for text in data.filters]
    header_row = _title_rows(ws, title, len(HEADERS))
    row = write_lines(ws, header_row, data.lines)
    if not data.lines:
        write_text(ws.cell(row=row, column=2), NO_LINES)
        row += 1
    if data.discipline.total:
        row += 1
        _summary_rows(ws, row, data.discipline)
    _page_setup(ws)
    set_properties(workbook, list_name(data), data.organisation)
    _save(workbook, out)


def _figures_sheet(
    ws: Any,
    title: list[tuple[str, bool]],
    name_header: str,
    parts: tuple[tuple[str, Discipline], ...],
    total: Discipline | None,
) -> None:
    from openpyxl.styles import Alignment, Font

    header_row = _title_rows(ws, title, 1 + len(FIGURE_HEADER))
    write_header_row(ws, header_row, (name_header, *FIGURE_HEADER))
    rows = list(parts) + ([("Итого", total)] if total is not None else [])
    row = header_row
    for index, (name, figure) in enumerate(rows):
        row += 1
        name_cell = ws.cell(row=row, column=1)
        write_text(name_cell, name)
        name_cell.alignment = Alignment(vertical="top", wrap_text=True)
        values = (
            figure.total,
            figure.on_time,
            figure.late,
            figure.closed,
            figure.overdue,
            figure.overdue + figure.pending,
            None if figure.percent is None else figure.percent / 100,
        )
        for column, value in enumerate(values, start=2):
            cell = ws.cell(row=row, column=column, value=value)
            if column == len(values) + 1:
                cell.number_format = PERCENT_FORMAT
            cell.alignment = Alignment(horizontal="center", vertical="top")
        if total is not None and index == len(rows) - 1:
            for column in range(1, len(values) + 2):
                ws.cell(row=row, column=column).font = Font(bold=True)
    ws.column_dimensions["A"].width = 45
    for letter in "BCDEFGH":
        ws.column_dimensions[letter].width = 14
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    ws.print_title_rows = f"{header_row}:{header_row}"
    _page_setup(ws)


def write_execution_report_xlsx(
    data: ExecutionReportData, out: str | PathLike[str] | IO[bytes]
) -> None:
    """The execution report as an XLSX workbook: the figures by body (with the period's
    figures in words above them), by responsible, and the assignments on control."""
    from openpyxl import Workbook

    workbook = Workbook()
    name = report_name(data)
    heading = [(data.organisation, False), (name, True)]
    heading.append((f"по состоянию на {format_date(data.as_of)}", False))
    words = [(text, False) for text in discipline_paragraphs(data.discipline, data.start, data.end)]
    ws = workbook.active
    ws.title = BODIES_SHEET
    total = data.discipline if len(data.by_body) > 1 else None
    _figures_sheet(
        ws, [*heading, *words, (REPORT_BODIES_HEADING, True)], "Орган", data.by_body, total
    )
    for row in range(len(heading) + 1, len(heading) + len(words) + 1):
        ws.row_dimensions[row].height = 48
    _figures_sheet(
        workbook.create_sheet(RESPONSIBLE_SHEET),
        [*heading, (REPORT_RESPONSIBLE_HEADING, True)],
        "Ответственный",
        data.by_responsible,
        None,
    )
    ws = workbook.create_sheet(OPEN_SHEET)
    header_row = _title_rows(ws, [*heading, (report_open_heading(data), True)], len(HEADERS))
    row = write_lines(ws, header_row, data.lines)
    if not data.lines:
        write_text(ws.cell(row=row, column=2), "Поручений на контроле нет.")
    _page_setup(ws)
    set_properties(workbook, name, data.organisation)
    _save(workbook, out)
