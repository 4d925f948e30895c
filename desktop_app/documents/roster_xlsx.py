"""The roster as an Excel table (sheet «Состав»): one row per entry, for sorting, filtering
and mail merges. Every user text goes through :func:`write_text`: never a formula."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from desktop_app.documents.xlsx_cells import (
    fit_columns,
    set_properties,
    write_date,
    write_header_row,
    write_text,
)
from desktop_app.domain.roster import PrintedRoster

if TYPE_CHECKING:
    from os import PathLike

SHEET_TITLE = "Состав"
HEADERS = ("№", "ФИО", "Должность", "Организация", "Роль", "Сторона", "С какой даты")
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3


def write_roster_xlsx(roster: PrintedRoster, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the roster as an XLSX workbook to a path or a binary file object."""
    import os

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_TITLE
    last_column = get_column_letter(len(HEADERS))

    title = ws.cell(row=TITLE_ROW, column=1)
    write_text(title, f"{roster.title} (по состоянию на {roster.as_of:%d.%m.%Y})")
    title.font = Font(bold=True, size=12)
    title.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.merge_cells(f"A{TITLE_ROW}:{last_column}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 48

    write_header_row(ws, HEADER_ROW, HEADERS)
    top = Alignment(vertical="top", wrap_text=True)
    for number, entry in enumerate(roster.entries, start=1):
        row = FIRST_DATA_ROW + number - 1
        ws.cell(row=row, column=1, value=number).alignment = Alignment(
            horizontal="center", vertical="top"
        )
        values = (
            entry.full_name,
            entry.position,
            entry.organisation,
            entry.role.label,
            entry.side.label if entry.side is not None else "",
        )
        for column, value in enumerate(values, start=2):
            cell = ws.cell(row=row, column=column)
            write_text(cell, value or None)
            cell.alignment = top
        start = ws.cell(row=row, column=7)
        write_date(start, entry.start)
        start.alignment = Alignment(horizontal="center", vertical="top")

    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)
    if roster.entries:
        ws.auto_filter.ref = (
            f"A{HEADER_ROW}:{last_column}{FIRST_DATA_ROW + len(roster.entries) - 1}"
        )
    fit_columns(ws, min_width=6, max_width=50, skip_rows=(TITLE_ROW,), fixed={"A": 5, "G": 14})
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    set_properties(workbook, roster.title, roster.organisation)
    workbook.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
