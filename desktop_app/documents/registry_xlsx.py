"""«Общие сведения о проводимых лин-проектах» (appendix 1 of seed 003) as an Excel sheet:
the unit and the date in the title rows, a row per sector in the appendix's order
(«в том числе» under industry), the counts as numbers, the self-assessment under the
table. User text goes through :func:`xlsx_cells.write_text`."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from desktop_app.documents.registry_export import (
    LEAN_TABLE_HEADERS,
    LEAN_TABLE_TITLE,
    UNIT_CAPTION,
    assessment_lines,
    day_words,
)
from desktop_app.documents.xlsx_cells import set_properties, write_header_row, write_text
from desktop_app.domain.registries import LeanTableData

if TYPE_CHECKING:
    from os import PathLike

SHEET = "Лин-проекты"
WIDTHS = (40, 16, 18, 70)


def write_lean_table_xlsx(data: LeanTableData, out: str | PathLike[str] | IO[bytes]) -> None:
    import os

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET
    for column, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    title_lines = [
        (LEAN_TABLE_TITLE, Font(bold=True, size=13)),
        (data.unit_name, Font(size=12)),
        (UNIT_CAPTION, Font(size=8, italic=True)),
        (f"по состоянию на {day_words(data.as_of)}", Font(size=12)),
    ]
    for row, (text, font) in enumerate(title_lines, start=1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
        cell = ws.cell(row=row, column=1)
        write_text(cell, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_row = len(title_lines) + 2
    write_header_row(ws, header_row, LEAN_TABLE_HEADERS)
    ws.row_dimensions[header_row].height = 45
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="top")
    row = header_row + 1

    def put(label: str, total: int | None, completed: int | None, results: str, **style) -> None:
        nonlocal row
        write_text(ws.cell(row=row, column=1), label)
        ws.cell(row=row, column=2).value = total
        ws.cell(row=row, column=3).value = completed
        write_text(ws.cell(row=row, column=4), results or None)
        for column in range(1, 5):
            cell = ws.cell(row=row, column=column)
            cell.border = border
            cell.alignment = centre if column in (2, 3) else wrap
            if style.get("indent") and column == 1:
                cell.alignment = Alignment(vertical="top", wrap_text=True, indent=2)
            if style.get("bold"):
                cell.font = Font(bold=True)
        row += 1

    for line in data.rows:
        if line.part_of:
            put("в том числе", None, None, "", indent=True)
        put(
            line.label,
            line.total,
            line.completed,
            "\n".join(line.results),
            indent=bool(line.part_of),
        )
    put("Итого", data.total, data.completed, "", bold=True)
    row += 1
    for text in assessment_lines(data):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
        write_text(ws.cell(row=row, column=1), text)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True)
        row += 1
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    set_properties(workbook, LEAN_TABLE_TITLE, data.organization)
    workbook.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
