"""A plan of measures as an Excel workbook: the empty template the program hands out, the
export of a stored plan, and the import that reads either back.

Two sheets. «План»: the plan's title, «Утвержден» and its years in the header cells, then
a row per item — № | Наименование мероприятия | Ожидаемый результат | Сроки | Исполнитель
(как в плане) | Исполнители (из списка, через «;») | Реестр (из списка) | one column per
year with that year's target in the plan's words. «Исполнители»: Наименование |
Сокращение | Группа | Включен | Выбыл. A hidden sheet «Списки» feeds the drop-down lists.

The import checks every cell and names each bad one by sheet, row and column in Russian
(«Лист «План», строка 7, столбец «2023»: …»); ``read_plan_xlsx`` returns a plan only
when nothing is wrong. Every text is written with ``xlsx_cells.write_text``: never a
formula. A formula or an Excel error (#REF!) in a cell is refused rather than read as its
last computed value (which a file made by another program may not even hold); texts are
checked against ``domain.plan.TEXT_LIMITS`` and the character rule of ``domain.fields``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.xlsx_cells import write_date, write_header_row, write_text
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import (
    PlanData,
    PlanItemData,
    Registry,
    UnitData,
    check_plan,
    check_text,
    normalize_number,
    parse_item_target,
    quoted,
)
from desktop_app.domain.plan_target import TargetError

if TYPE_CHECKING:
    from os import PathLike

PLAN_SHEET = "План"
UNITS_SHEET = "Исполнители"
LISTS_SHEET = "Списки"

TITLE_LABEL = "Наименование плана:"
APPROVED_LABEL = "Утвержден:"
FIRST_YEAR_LABEL = "Первый год:"
LAST_YEAR_LABEL = "Последний год:"
TITLE_ROW, APPROVED_ROW, YEARS_ROW, HINT_ROW, HEADER_ROW = 1, 2, 3, 4, 5
FIRST_ITEM_ROW = HEADER_ROW + 1
FIRST_YEAR_CELL, LAST_YEAR_CELL = "B3", "D3"

NUMBER, NAME, RESULT, TERM, EXECUTORS_TEXT, EXECUTORS, REGISTRY = (
    "№",
    "Наименование мероприятия",
    "Ожидаемый результат",
    "Сроки",
    "Исполнитель (как в плане)",
    "Исполнители (из списка, через «;»)",
    "Реестр (из списка)",
)
ITEM_COLUMNS: tuple[tuple[str, float], ...] = (
    (NUMBER, 7),
    (NAME, 50),
    (RESULT, 36),
    (TERM, 18),
    (EXECUTORS_TEXT, 36),
    (EXECUTORS, 30),
    (REGISTRY, 28),
)
YEAR_WIDTH = 18
FIRST_YEAR_COLUMN = len(ITEM_COLUMNS) + 1

UNIT_NAME, UNIT_SHORT, UNIT_GROUP, UNIT_JOINED, UNIT_LEFT = (
    "Наименование",
    "Сокращение",
    "Группа",
    "Включен",
    "Выбыл",
)
UNIT_COLUMNS: tuple[tuple[str, float], ...] = (
    (UNIT_NAME, 60),
    (UNIT_SHORT, 16),
    (UNIT_GROUP, 50),
    (UNIT_JOINED, 13),
    (UNIT_LEFT, 13),
)
UNIT_FIRST_ROW = 2

EXECUTOR_SEPARATOR = ";"
HINT = (
    "Пункты — со строки {row}: номер как в плане (1, 1.1, 1.2 …); раздел — строка с номером "
    "без точки и без показателей. Исполнители — сокращения или наименования с листа "
    "«Исполнители» через «;». Реестр — если факт считается по реестру; пусто — по отчетам "
    "исполнителей. В столбцах лет — показатель года словами плана: «Не менее 2 в год», "
    "«15%», «4», «До 01.12.2022», «Второй квартал 2019 года», «ежеквартально», «постоянно»."
)
REGISTRY_BY_LABEL = {registry.label: registry for registry in Registry}
_YEAR = re.compile(r"^\d{4}$")


class PlanFileError(ValidationError):
    """A plan file that cannot be imported: every problem, in Russian, each naming its
    sheet, row and column."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# ----- writing ---------------------------------------------------------------------------------
def write_plan_template(
    target: str | PathLike[str] | IO[bytes], first_year: int | None = None, years: int = 3
) -> None:
    """The empty template: the header cells, the columns of ``years`` years from
    ``first_year`` (this year by default) and the drop-down lists."""
    first = first_year or date.today().year
    empty = PlanData(title="", first_year=first, last_year=first + years - 1)
    _write(empty, target, template=True)


def write_plan_xlsx(data: PlanData, target: str | PathLike[str] | IO[bytes]) -> None:
    """A plan as the workbook ``read_plan_xlsx`` reads back to the same ``PlanData``."""
    _write(data, target, template=False)


def _write(data: PlanData, target: Any, *, template: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    ws = workbook.active
    ws.title = PLAN_SHEET
    years = list(data.years)
    last_column = FIRST_YEAR_COLUMN + len(years) - 1
    bold = Font(bold=True)
    top = Alignment(vertical="top", wrap_text=True)

    for row, label, value in (
        (TITLE_ROW, TITLE_LABEL, data.title),
        (APPROVED_ROW, APPROVED_LABEL, data.approved_by),
    ):
        write_text(ws.cell(row=row, column=1), label)
        ws.cell(row=row, column=1).font = bold
        cell = ws.cell(row=row, column=2)
        write_text(cell, value or None)
        cell.alignment = top
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last_column)
    ws.row_dimensions[TITLE_ROW].height = 48
    ws.row_dimensions[APPROVED_ROW].height = 30
    write_text(ws.cell(row=YEARS_ROW, column=1), FIRST_YEAR_LABEL)
    write_text(ws.cell(row=YEARS_ROW, column=3), LAST_YEAR_LABEL)
    for column in (1, 3):
        ws.cell(row=YEARS_ROW, column=column).font = bold
    ws[FIRST_YEAR_CELL] = data.first_year
    ws[LAST_YEAR_CELL] = data.last_year
    hint = ws.cell(row=HINT_ROW, column=1)
    write_text(hint, HINT.format(row=FIRST_ITEM_ROW))
    hint.font = Font(italic=True, color="595959", size=9)
    hint.alignment = top
    ws.merge_cells(start_row=HINT_ROW, start_column=1, end_row=HINT_ROW, end_column=last_column)
    ws.row_dimensions[HINT_ROW].height = 42

    headers = [header for header, _ in ITEM_COLUMNS] + [str(year) for year in years]
    write_header_row(ws, HEADER_ROW, headers)
    for column, (_, width) in enumerate(ITEM_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    for column in range(FIRST_YEAR_COLUMN, last_column + 1):
        ws.column_dimensions[get_column_letter(column)].width = YEAR_WIDTH
    ws.freeze_panes = ws.cell(row=FIRST_ITEM_ROW, column=3)

    short = _short_names(data.units)
    for row, item in enumerate(data.items, start=FIRST_ITEM_ROW):
        values = (
            item.number,
            item.name,
            item.expected_result,
            item.term,
            item.executors_text,
            f"{EXECUTOR_SEPARATOR} ".join(short.get(name, name) for name in item.executors),
            item.registry.label if item.registry else "",
        ) + tuple(item.targets.get(year, "") for year in years)
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            write_text(cell, value or None)
            cell.alignment = top
            if item.is_section:
                cell.font = bold
    # Typed numbers stay text («1.10» is not 1.1): the № and year columns are text.
    rows = max(len(data.items), 0) + 200
    for column in [1, *range(FIRST_YEAR_COLUMN, last_column + 1)]:
        for row in range(FIRST_ITEM_ROW, FIRST_ITEM_ROW + rows):
            ws.cell(row=row, column=column).number_format = "@"

    # The drop-down lists (a hidden sheet: a list typed into the rule is limited to 255
    # characters).
    lists = workbook.create_sheet(LISTS_SHEET)
    for row, registry in enumerate(Registry, start=1):
        write_text(lists.cell(row=row, column=1), registry.label)
    lists.sheet_state = "hidden"
    registry_rule = DataValidation(
        type="list",
        formula1=f"'{LISTS_SHEET}'!$A$1:$A${len(Registry)}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Реестр",
        error="Выберите реестр из списка или оставьте ячейку пустой",
    )
    registry_column = get_column_letter(len(ITEM_COLUMNS))
    registry_rule.add(f"{registry_column}{FIRST_ITEM_ROW}:{registry_column}{FIRST_ITEM_ROW + rows}")
    ws.add_data_validation(registry_rule)

    units = workbook.create_sheet(UNITS_SHEET, 1)
    write_header_row(units, 1, [header for header, _ in UNIT_COLUMNS])
    for column, (_, width) in enumerate(UNIT_COLUMNS, start=1):
        units.column_dimensions[get_column_letter(column)].width = width
    for row, unit in enumerate(data.units, start=UNIT_FIRST_ROW):
        for column, value in enumerate((unit.name, unit.short_name, unit.group), start=1):
            cell = units.cell(row=row, column=column)
            write_text(cell, value or None)
            cell.alignment = top
        write_date(units.cell(row=row, column=4), unit.joined_on)
        write_date(units.cell(row=row, column=5), unit.left_on)
    unit_rows = len(data.units) + 200
    date_rule = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="DATE(1990,1,1)",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Дата",
        error="Введите дату в виде ДД.ММ.ГГГГ",
    )
    date_rule.add(f"D{UNIT_FIRST_ROW}:E{UNIT_FIRST_ROW + unit_rows}")
    units.add_data_validation(date_rule)
    for row in range(UNIT_FIRST_ROW, UNIT_FIRST_ROW + unit_rows):
        for column in (4, 5):
            units.cell(row=row, column=column).number_format = "DD.MM.YYYY"
    units.freeze_panes = "A2"

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    workbook.save(target)


def _short_names(units: tuple[UnitData, ...]) -> dict[str, str]:
    """Name → the short name the export writes, where it names one unit only."""
    counts: dict[str, int] = {}
    for unit in units:
        for key in {unit.name, unit.short_name} - {""}:
            counts[key] = counts.get(key, 0) + 1
    return {
        unit.name: unit.short_name
        for unit in units
        if unit.short_name and counts[unit.short_name] == 1
    }


# ----- reading ---------------------------------------------------------------------------------
MAX_PROBLEMS = 300  # a file wrong in every row is not listed to the end


@dataclass
class _Problems:
    messages: list[str]
    more: int = 0

    def add(self, sheet: str, row: int, column: str | None, message: str) -> None:
        if len(self.messages) >= MAX_PROBLEMS:
            self.more += 1
            return
        where = f"Лист «{sheet}», строка {row}"
        if column:
            where += f", столбец «{quoted(column, 40)}»"
        self.messages.append(f"{where}: {message}")

    def all(self) -> list[str]:
        if self.more:
            return [*self.messages, f"… и еще {self.more} ошибок"]
        return self.messages

    def cell(self, cell: Any, sheet: str, row: int, column: str) -> Any:
        """The cell's value (a per cent as its text); a formula or an Excel error is a
        problem and reads as empty."""
        if cell.data_type == "f":
            formula = cell.value if isinstance(cell.value, str) else "=…"
            self.add(
                sheet,
                row,
                column,
                f"в ячейке формула «{quoted(formula, 60)}»: план загружается только из "
                "значений — замените формулу ее значением (Копировать, затем «Вставить "
                "значения») или введите текст",
            )
            return None
        if cell.data_type == "e":
            self.add(sheet, row, column, f"в ячейке ошибка Excel {quoted(str(cell.value), 20)}")
            return None
        return _cell_value(cell)

    def text(self, value: str, sheet: str, row: int, column: str, key: str) -> bool:
        """Check a text against its limit and the character rule; False when bad."""
        problem = check_text(value, column, key)
        if problem:
            self.add(sheet, row, column, problem)
        return problem is None


def read_plan_xlsx(source: str | PathLike[str] | IO[bytes]) -> PlanData:
    """The plan of a workbook in the program's template; ``PlanFileError`` lists every
    bad cell when anything is wrong."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Formulas as formulas: a cell that holds one is refused, not read as whatever
        # value the program that saved the file computed (or did not).
        # openpyxl warns of what it reads loosely (a date cell holding a number out of the
        # calendar is read as the number): the cells are checked below, one by one.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(source, data_only=False)
    except (BadZipFile, InvalidFileException, KeyError) as error:
        raise PlanFileError(
            [
                "Файл не читается как книга Excel (XLSX): это не книга Excel или она "
                f"повреждена ({quoted(str(error), 120)}). Сохраните план по шаблону"
            ]
        ) from error
    except OSError as error:
        raise PlanFileError(
            [f"Файл не читается: {quoted(error.strerror or str(error), 120)}"]
        ) from error
    except Exception as error:  # noqa: BLE001 - any broken XML inside the archive
        raise PlanFileError(
            [
                "Файл не читается как книга Excel (XLSX): содержимое книги повреждено "
                f"({type(error).__name__}: {quoted(str(error), 120)}). Сохраните план по шаблону"
            ]
        ) from error
    problems = _Problems([])
    missing = [name for name in (PLAN_SHEET, UNITS_SHEET) if name not in workbook.sheetnames]
    if missing:
        raise PlanFileError(
            [
                f"В книге нет листа «{name}»: план загружается из шаблона программы "
                "(«Шаблон плана (Excel)»)"
                for name in missing
            ]
        )
    units = _read_units(workbook[UNITS_SHEET], problems)
    plan = _read_plan(workbook[PLAN_SHEET], units, problems)
    if problems.messages:
        raise PlanFileError(problems.all())
    remaining = check_plan(plan)  # whatever the cells did not catch
    if remaining:
        raise PlanFileError(remaining)
    return plan


def _text(value: Any) -> str:
    """A cell's value as the text a person typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value).replace("\r\n", "\n").strip()


def _cell_value(cell: Any) -> Any:
    """A cell's value; a number shown as per cent (0,15 as «15%») as the per cent text."""
    value = cell.value
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and "%" in (cell.number_format or "")
    ):
        return f"{value * 100:g}%"
    return value


def _date(value: Any, problems: _Problems, row: int, column: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value).strip())
    except (ValueError, ValidationError):
        problems.add(
            UNITS_SHEET, row, column, f"«{quoted(_text(value))}» — ожидается дата ДД.ММ.ГГГГ"
        )
        return None


def _read_units(ws: Any, problems: _Problems) -> list[UnitData]:
    expected = [header for header, _ in UNIT_COLUMNS]
    found = [_text(ws.cell(row=1, column=c).value) for c in range(1, len(expected) + 1)]
    if found != expected:
        problems.add(
            UNITS_SHEET,
            1,
            None,
            "ожидаются столбцы " + ", ".join(f"«{h}»" for h in expected),
        )
        return []
    units: list[UnitData] = []
    seen: dict[str, int] = {}
    seen_short: dict[str, int] = {}
    for row, cells in enumerate(
        ws.iter_rows(min_row=UNIT_FIRST_ROW, max_col=len(expected)), start=UNIT_FIRST_ROW
    ):
        values = [
            problems.cell(cell, UNITS_SHEET, row, header)
            for cell, header in zip(cells, expected, strict=False)
        ]
        values += [None] * (len(expected) - len(values))
        if all(value is None or _text(value) == "" for value in values):
            continue
        name, short, group = (_text(value) for value in values[:3])
        joined = _date(values[3], problems, row, UNIT_JOINED)
        left = _date(values[4], problems, row, UNIT_LEFT)
        if not name:
            problems.add(UNITS_SHEET, row, UNIT_NAME, "не заполнено наименование исполнителя")
            continue
        texts_ok = all(
            [
                problems.text(name, UNITS_SHEET, row, UNIT_NAME, "unit_name"),
                problems.text(short, UNITS_SHEET, row, UNIT_SHORT, "unit_short_name"),
                problems.text(group, UNITS_SHEET, row, UNIT_GROUP, "unit_group"),
            ]
        )
        if not texts_ok:
            continue
        if name in seen:
            problems.add(
                UNITS_SHEET, row, UNIT_NAME, f"«{quoted(name)}» уже указан в строке {seen[name]}"
            )
            continue
        if short and short in seen_short:
            problems.add(
                UNITS_SHEET,
                row,
                UNIT_SHORT,
                f"сокращение «{quoted(short)}» уже указано в строке {seen_short[short]}",
            )
            continue
        if short:
            seen_short[short] = row
        if joined and left and left < joined:
            problems.add(
                UNITS_SHEET, row, UNIT_LEFT, "исполнитель не может выбыть раньше, чем включен"
            )
        seen[name] = row
        units.append(UnitData(name, short, group, joined, left))
    return units


def _year_cell(ws: Any, cell: str, label: str, problems: _Problems) -> int | None:
    value = problems.cell(ws[cell], PLAN_SHEET, ws[cell].row, label.rstrip(":"))
    if value is None and ws[cell].data_type in ("f", "e"):
        return None
    text = _text(value)
    if not _YEAR.match(text) or not 1990 <= int(text) <= 2100:
        row = ws[cell].row
        problems.add(
            PLAN_SHEET,
            row,
            label.rstrip(":"),
            f"«{quoted(text)}» — ожидается год из четырех цифр" if text else "не заполнен год",
        )
        return None
    return int(text)


def _read_plan(ws: Any, units: list[UnitData], problems: _Problems) -> PlanData:
    title_label, approved_label = TITLE_LABEL.rstrip(":"), APPROVED_LABEL.rstrip(":")
    title = _text(problems.cell(ws.cell(row=TITLE_ROW, column=2), PLAN_SHEET, 1, title_label))
    approved = _text(
        problems.cell(ws.cell(row=APPROVED_ROW, column=2), PLAN_SHEET, APPROVED_ROW, approved_label)
    )
    if not title:
        problems.add(PLAN_SHEET, TITLE_ROW, title_label, "не заполнено")
    problems.text(title, PLAN_SHEET, TITLE_ROW, title_label, "title")
    problems.text(approved, PLAN_SHEET, APPROVED_ROW, approved_label, "approved_by")
    first = _year_cell(ws, FIRST_YEAR_CELL, FIRST_YEAR_LABEL, problems)
    last = _year_cell(ws, LAST_YEAR_CELL, LAST_YEAR_LABEL, problems)
    if first and last and first > last:
        problems.add(
            PLAN_SHEET, YEARS_ROW, LAST_YEAR_LABEL.rstrip(":"), "раньше первого года плана"
        )
    headers = ["" if cell.data_type in ("f", "e") else _text(cell.value) for cell in ws[HEADER_ROW]]
    expected = [header for header, _ in ITEM_COLUMNS]
    if headers[: len(expected)] != expected:
        problems.add(
            PLAN_SHEET,
            HEADER_ROW,
            None,
            "ожидаются столбцы " + ", ".join(f"«{h}»" for h in expected) + " и годы плана",
        )
        return PlanData(title, first or 0, last or 0, approved, (), tuple(units))
    year_columns: dict[int, int] = {}  # column index (0-based) → year
    for index, header in enumerate(headers[len(expected) :], start=len(expected)):
        if not header:
            continue
        if not _YEAR.match(header) or (first and last and not first <= int(header) <= last):
            span = f" от {first} до {last}" if first and last else ""
            problems.add(PLAN_SHEET, HEADER_ROW, header, f"ожидается год плана{span}")
            continue
        if int(header) in year_columns.values():
            problems.add(PLAN_SHEET, HEADER_ROW, header, "этот год уже есть в другом столбце")
            continue
        year_columns[index] = int(header)
    by_name = {unit.name: unit.name for unit in units}
    by_short = {unit.short_name: unit.name for unit in units if unit.short_name}
    registry_names = ", ".join(f"«{label}»" for label in REGISTRY_BY_LABEL)
    items: list[PlanItemData] = []
    seen_items: dict[tuple[str, str], int] = {}  # (number, name) → its row
    width = max([len(expected), *(i + 1 for i in year_columns)])
    column_names = expected + [str(year_columns.get(i, "")) for i in range(len(expected), width)]
    for row, cells in enumerate(
        ws.iter_rows(min_row=FIRST_ITEM_ROW, max_col=width), start=FIRST_ITEM_ROW
    ):
        if all(cell.value is None for cell in cells):
            continue
        values = [
            problems.cell(cell, PLAN_SHEET, row, column_names[index] or str(cell.column))
            for index, cell in enumerate(cells)
        ]
        texts = [_text(value) for value in values] + [""] * (width - len(values))
        if not any(texts):
            continue
        number_text, name, result, term, executors_text, executors_cell, registry_text = texts[
            : len(expected)
        ]
        number, number_ok = number_text, False
        try:
            number, number_ok = normalize_number(number_text), True
        except ValidationError as error:
            message = "не заполнен номер пункта" if not number_text else error.message
            problems.add(PLAN_SHEET, row, NUMBER, message)
        if not name:
            problems.add(PLAN_SHEET, row, NAME, "не заполнено наименование мероприятия")
        for value, column, key in (
            (name, NAME, "name"),
            (result, RESULT, "expected_result"),
            (term, TERM, "term"),
            (executors_text, EXECUTORS_TEXT, "executors_text"),
        ):
            problems.text(value, PLAN_SHEET, row, column, key)
        if number_ok and name:
            if (number, name) in seen_items:
                problems.add(
                    PLAN_SHEET,
                    row,
                    NUMBER,
                    f"пункт {quoted(number, 20)} «{quoted(name, 100)}» уже есть в строке "
                    f"{seen_items[number, name]}: строка повторена",
                )
            seen_items.setdefault((number, name), row)
        executors: list[str] = []
        for part in executors_cell.split(EXECUTOR_SEPARATOR):
            key = " ".join(part.split())
            if not key:
                continue
            unit_name = by_name.get(key) or by_short.get(key)
            if unit_name is None:
                problems.add(
                    PLAN_SHEET,
                    row,
                    EXECUTORS,
                    f"исполнителя «{quoted(key)}» нет на листе «{UNITS_SHEET}»",
                )
            elif unit_name in executors:
                problems.add(PLAN_SHEET, row, EXECUTORS, f"«{quoted(key)}» указан дважды")
            else:
                executors.append(unit_name)
        registry = None
        if registry_text:
            registry = REGISTRY_BY_LABEL.get(registry_text)
            if registry is None:
                problems.add(
                    PLAN_SHEET,
                    row,
                    REGISTRY,
                    f"«{quoted(registry_text)}» — выберите из списка: {registry_names} "
                    "или оставьте пустым",
                )
        targets: dict[int, str] = {}
        for index, year in year_columns.items():
            raw = values[index] if index < len(values) else None
            if isinstance(raw, (datetime, date)):
                problems.add(
                    PLAN_SHEET,
                    row,
                    str(year),
                    f"дата {_text(raw)} без слов — напишите показатель, например «До {_text(raw)}»",
                )
                continue
            text = " ".join(texts[index].split())
            if not text:
                continue
            if not problems.text(text, PLAN_SHEET, row, str(year), "target"):
                continue
            try:
                parse_item_target(text, registry)
            except TargetError as error:
                problems.add(PLAN_SHEET, row, str(year), str(error))
                continue
            targets[year] = text
        items.append(
            PlanItemData(
                number=number,
                name=name,
                expected_result=result,
                term=term,
                executors_text=executors_text,
                executors=tuple(executors),
                targets=targets,
                registry=registry,
            )
        )
    if not items:
        problems.add(
            PLAN_SHEET,
            FIRST_ITEM_ROW,
            None,
            "в плане нет ни одного пункта: заполните строки пунктов начиная с этой",
        )
    return PlanData(
        title=title,
        first_year=first or 0,
        last_year=last or 0,
        approved_by=approved,
        items=tuple(items),
        units=tuple(units),
    )
