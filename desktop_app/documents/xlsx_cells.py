"""Writing user text into openpyxl cells safely, and the common look of a table sheet.

openpyxl turns any string that starts with ``=`` into a formula, so a position typed as
``=HYPERLINK("http://x","y")`` would become a live link (or worse) when the file is opened.
:func:`write_text` stores text as text, always. An apostrophe prefix is no fix: it is
stored as part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32767
DATE_FORMAT = "DD.MM.YYYY"

# Characters XML 1.0 forbids (openpyxl raises IllegalCharacterError on the controls; the
# non-characters make a file Excel calls damaged): pasted from other programs before the
# forms refused them, they must not make an export fail. A lone surrogate cannot even be
# encoded: it is shown as «�».
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """``value`` as a cell can hold it: without the characters XML forbids, at most
    ``MAX_CELL_CHARS`` long."""
    text = _SURROGATE.sub("\ufffd", _ILLEGAL.sub("", value))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def write_text(cell: Any, value: object) -> None:
    """Put ``value`` in ``cell`` as text that can never become a formula.

    ``None`` clears the cell; anything else is converted with ``str``.
    """
    if value is None:
        cell.value = None
        return
    cell.value = clean_text(str(value))
    cell.data_type = "s"


def set_properties(workbook: Any, title: str | None, creator: str | None) -> None:
    """The file's title and author (Excel's «Свойства»): user text too, so cleaned the
    same way as a cell."""
    props = workbook.properties
    props.title = clean_text(title) if title else None
    props.creator = clean_text(creator) if creator else None


def write_date(cell: Any, value: date | None) -> None:
    """A real date (sortable, filterable in Excel) shown as ДД.ММ.ГГГГ."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, datetime):
        value = value.date()
    cell.value = value
    cell.number_format = DATE_FORMAT


def write_header_row(ws: Any, row: int, headers: Sequence[str], *, first_column: int = 1) -> None:
    """A bold, centred, wrapped, bordered row of column headers."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="E7E6E6")
    for offset, header in enumerate(headers):
        cell = ws.cell(row=row, column=first_column + offset)
        write_text(cell, header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        cell.fill = fill


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, (date, datetime)):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def fit_columns(
    ws: Any,
    *,
    min_width: float = 6,
    max_width: float = 60,
    skip_rows: Iterable[int] = (),
    fixed: dict[str, float] | None = None,
) -> None:
    """Set each column's width from its longest value (in characters), within bounds.

    ``skip_rows`` are not measured (a long title row spanning merged cells); ``fixed``
    maps column letters to widths that are set as given. Long text wraps within
    ``max_width``.
    """
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    skip = set(skip_rows)
    fixed = fixed or {}
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.row in skip or not hasattr(cell, "column"):
                continue
            width = _display_width(cell.value)
            if width > widths.get(cell.column, 0):
                widths[cell.column] = width
            if width > max_width and cell.data_type == "s":
                current = cell.alignment
                cell.alignment = Alignment(
                    horizontal=current.horizontal, vertical="top", wrap_text=True
                )
    for column, width in widths.items():
        letter = get_column_letter(column)
        if letter in fixed:
            continue
        ws.column_dimensions[letter].width = max(min_width, min(max_width, width + 2))
    for letter, width in fixed.items():
        ws.column_dimensions[letter].width = width
