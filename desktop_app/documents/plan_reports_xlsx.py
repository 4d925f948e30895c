"""The plan's documents as Excel workbooks, for sorting and filtering: the quarterly note a
row per measure and executor (the measure's number and name on every row, so a filter by
executor or status keeps them), counts as numbers; the year report's figures, meetings and
plan execution on their own sheets. Every user text goes through
:func:`xlsx_cells.write_text`: a text that looks like a formula stays text.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.plan_reports_layout import (
    MEETINGS_HEADER,
    NOTE_TITLE,
    PLAN_HEADER,
    as_of_text,
    figures_rows,
    lean_paragraphs,
    meetings_paragraph,
    note_abbreviations,
    note_figures,
    note_heading,
    note_name,
    plan_paragraph,
    year_name,
)
from desktop_app.documents.xlsx_cells import (
    set_properties,
    write_date,
    write_header_row,
    write_text,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.plan_documents import PlanNoteData, YearPlan, YearReportData

if TYPE_CHECKING:
    from os import PathLike

NOTE_SHEET = "Аналитическая информация"
NOTE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("№ п/п", 7),
    ("Наименование мероприятия", 48),
    ("Показатель на год", 22),
    ("Учет", 22),
    ("Исполнитель", 16),
    ("За квартал", 12),
    ("С начала года", 16),
    ("Статус", 14),
    ("Информация о выполнении", 60),
)
ALARM_COLOUR = "8B0000"
ALARM_FILL = "FBE3E1"
FIGURES_SHEET = "Показатели"
MEETINGS_SHEET = "Заседания"
PLAN_SHEET = "План мероприятий"


class _Styles:
    """The few style objects a sheet shares (one object per look: quick to write)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.top = Alignment(vertical="top", wrap_text=True)
        self.centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
        self.bold = Font(bold=True)
        self.alarm = Font(bold=True, color=ALARM_COLOUR)
        self.alarm_fill = PatternFill("solid", fgColor=ALARM_FILL)
        self.title = Font(bold=True, size=12)
        self.plain = Font(size=11)
        self.left = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _title_rows(ws: Any, lines: list[tuple[str, bool]], last_column: int, st: _Styles) -> int:
    """Lines at the top, each merged across the table; returns the row of the header."""
    row = 1
    for text, bold in lines:
        cell = ws.cell(row=row, column=1)
        write_text(cell, text)
        cell.font = st.title if bold else st.plain
        cell.alignment = st.left
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        if len(text) > 120:
            ws.row_dimensions[row].height = 15 * (len(text) // 120 + 1)
        row += 1
    return row + 1


def _page_setup(ws: Any, *, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _save(workbook: Any, out: str | PathLike[str] | IO[bytes]) -> None:
    import os

    workbook.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)


def _widths(ws: Any, columns: tuple[tuple[str, float], ...]) -> None:
    from openpyxl.utils import get_column_letter

    for index, (_, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def write_plan_note_xlsx(data: PlanNoteData, out: str | PathLike[str] | IO[bytes]) -> None:
    """The quarterly note as a workbook (sheet «Аналитическая информация»)."""
    from openpyxl import Workbook

    st = _Styles()
    workbook = Workbook()
    ws = workbook.active
    ws.title = NOTE_SHEET
    width = len(NOTE_COLUMNS)
    title = [(data.organisation, False), (NOTE_TITLE, True)]
    title += [(line, True) for line in note_heading(data)]
    title.append((f"по состоянию на {format_date(data.as_of)}", False))
    title += [(text, False) for text in note_figures(data)]
    header_row = _title_rows(ws, title, width, st)
    write_header_row(ws, header_row, [name for name, _ in NOTE_COLUMNS])
    _widths(ws, NOTE_COLUMNS)
    row = header_row
    for item in data.items:
        if item.is_section:
            row += 1
            write_text(ws.cell(row=row, column=1), item.number)
            name = ws.cell(row=row, column=2)
            write_text(name, item.name)
            name.font, name.alignment = st.bold, st.top
            continue
        for line in item.lines:
            row += 1
            values = (item.number, item.name, item.target, item.source, line.executor)
            for column, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=column)
                write_text(cell, value or None)
                cell.alignment = st.top
            for column, number, text in (
                (6, line.quarter_value, line.quarter),
                (7, line.to_date_value, line.to_date),
            ):
                cell = ws.cell(row=row, column=column)
                if number is not None:
                    cell.value = number
                else:
                    write_text(cell, text if text and text != "—" else None)
                cell.alignment = st.centre
            status = ws.cell(row=row, column=8)
            write_text(status, line.status or None)
            status.alignment = st.centre
            if line.alarm:
                status.font = st.alarm
                status.fill = st.alarm_fill
            info = ws.cell(row=row, column=9)
            write_text(info, line.info or None)
            info.alignment = st.top
            if line.executor == "Всего":
                for column in range(5, 8):
                    ws.cell(row=row, column=column).font = st.bold
    last = ws.cell(row=header_row, column=width).column_letter
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    ws.auto_filter.ref = f"A{header_row}:{last}{max(row, header_row + 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    row += 2
    for text in (note_abbreviations(data), _signature_text(data.signer_position, data.signer_name)):
        if text:
            cell = ws.cell(row=row, column=1)
            write_text(cell, text)
            cell.alignment = st.left
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            ws.row_dimensions[row].height = 15 * (len(text) // 200 + 1)
            row += 2
    _page_setup(ws, landscape=True)
    set_properties(workbook, note_name(data), data.organisation)
    _save(workbook, out)


def _signature_text(position: str, name: str) -> str:
    return "    ".join(part.strip() for part in (position, name) if part.strip())


def _plan_sheet(ws: Any, plan: YearPlan, data: YearReportData, st: _Styles) -> None:
    columns = ((PLAN_HEADER[0], 7), (PLAN_HEADER[1], 50), (PLAN_HEADER[2], 24), ("Учет", 24))
    columns += ((PLAN_HEADER[3], 30), (PLAN_HEADER[4], 14), ("Отстают", 20))
    title = [(data.organisation, False), (year_name(data), True)]
    title.append((plan_paragraph(plan, data.year, as_of_text(data)), False))
    header_row = _title_rows(ws, title, len(columns), st)
    write_header_row(ws, header_row, [name for name, _ in columns])
    _widths(ws, columns)
    row = header_row
    for item in plan.items:
        row += 1
        values = (
            item.number,
            item.name,
            item.target,
            item.source,
            "\n".join(item.facts),
            item.status,
            ", ".join(item.lagging),
        )
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            write_text(cell, value or None)
            cell.alignment = st.centre if column == 6 else st.top
        if item.is_section:
            ws.cell(row=row, column=2).font = st.bold
        if item.alarm:
            ws.cell(row=row, column=6).font = st.alarm
            ws.cell(row=row, column=6).fill = st.alarm_fill
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    ws.auto_filter.ref = f"A{header_row}:G{max(row, header_row + 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _page_setup(ws, landscape=True)


def write_year_report_xlsx(data: YearReportData, out: str | PathLike[str] | IO[bytes]) -> None:
    """The year report as a workbook: «Показатели» (the figures, with the year's words
    above them), «Заседания», and a sheet of plan execution per plan."""
    from openpyxl import Workbook

    st = _Styles()
    workbook = Workbook()
    ws = workbook.active
    ws.title = FIGURES_SHEET
    words = [meetings_paragraph(data), *lean_paragraphs(data)]
    title = [(data.organisation, False), (year_name(data), True)]
    title.append((f"по состоянию на {format_date(data.as_of)}", False))
    title += [(text, False) for text in words]
    header_row = _title_rows(ws, title, 2, st)
    write_header_row(ws, header_row, ("Показатель", "Значение"))
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 16
    row = header_row
    for label, value in figures_rows(data):
        row += 1
        write_text(ws.cell(row=row, column=1), label)
        cell = ws.cell(row=row, column=2)
        if value.isdigit():
            cell.value = int(value)
        elif label.startswith("Исполнение") and data.discipline.percent is not None:
            cell.value = data.discipline.percent / 100
            cell.number_format = "0.00%"
        else:
            write_text(cell, value)
        cell.alignment = st.centre
        if label[:1].islower():
            ws.cell(row=row, column=1).alignment = _indent()
    _page_setup(ws, landscape=False)

    ws = workbook.create_sheet(MEETINGS_SHEET)
    header_row = _title_rows(
        ws, [(year_name(data), True), (meetings_paragraph(data), False)], 6, st
    )
    write_header_row(ws, header_row, MEETINGS_HEADER)
    _widths(
        ws,
        tuple((name, w) for name, w in zip(MEETINGS_HEADER, (7, 14, 12, 18, 14, 14), strict=True)),
    )
    row = header_row
    for number, meeting in enumerate(data.meetings, 1):
        row += 1
        ws.cell(row=row, column=1, value=number)
        write_date(ws.cell(row=row, column=2), meeting.day)
        ws.cell(row=row, column=3, value=meeting.number)
        write_text(ws.cell(row=row, column=4), meeting.form)
        ws.cell(row=row, column=5, value=meeting.items)
        ws.cell(row=row, column=6, value=meeting.decisions)
    row += 1
    write_text(ws.cell(row=row, column=2), "Итого")
    ws.cell(row=row, column=5, value=data.items_considered)
    ws.cell(row=row, column=6, value=data.decisions_taken)
    for column in range(1, 7):
        ws.cell(row=row, column=column).font = st.bold
    _page_setup(ws, landscape=False)

    for index, plan in enumerate(data.plans):
        name = PLAN_SHEET if index == 0 else f"{PLAN_SHEET} {index + 1}"
        _plan_sheet(workbook.create_sheet(name), plan, data, st)
    set_properties(workbook, year_name(data), data.organisation)
    _save(workbook, out)


def _indent() -> Any:
    from openpyxl.styles import Alignment

    return Alignment(indent=2, vertical="top", wrap_text=True)
