"""Text written to XLSX can never become a formula (documents/xlsx_cells.py), in every
workbook the program writes: the roster, the list of assignments and the report on their
execution, the plan and its template, the quarterly note and the year report on the plan,
the lean projects' table.

Each writer gets its real data with every text poisoned — a formula, a control character,
a bidi override, a lone surrogate in front of it — and the cells are read back: no
formula anywhere, every poisoned text a string cell holding the text (without the
characters XML cannot carry), the file opens. A scan of the writers' source proves that
they put text into cells only through ``xlsx_cells``."""

from __future__ import annotations

import ast
import dataclasses
import enum
import io
import zlib
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.documents import xlsx_cells
from desktop_app.store.database import Database

DOCUMENTS = Path(xlsx_cells.__file__).parent
POISON = (
    '=HYPERLINK("http://x","y")',
    "=1+2 ",
    "+cmd|' /C calc'!A0 ",
    "-1+2 ",
    "@SUM(A1:A2) ",
    "#REF! ",
    "\t=1+1 ",
    "\x07",
    "\x1b[31m",
    "\x00",
    "\u202e",
    "\ud800",
    "\ufffe",
)
XML_ILLEGAL = set(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])) | set(
    map(chr, range(0xD800, 0xE000))
)


def poisoned(value, skip: frozenset[str] = frozenset()):
    """``value`` with a hostile prefix before every text in it (the same text always gets
    the same prefix, so names that refer to each other still match)."""
    if isinstance(value, enum.Enum) or value is None:
        return value
    if isinstance(value, str):
        if not value:
            return value
        return POISON[zlib.crc32(value.encode("utf-8", "surrogatepass")) % len(POISON)] + value
    if isinstance(value, tuple):
        return tuple(poisoned(v, skip) for v in value)
    if isinstance(value, list):
        return [poisoned(v, skip) for v in value]
    if isinstance(value, dict):
        return {k: poisoned(v, skip) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: poisoned(getattr(value, f.name), skip)
            for f in dataclasses.fields(value)
            if f.init and f.name not in skip
        }
        return dataclasses.replace(value, **changes)
    return value


def check_cells(content: bytes) -> int:
    """Every cell of every sheet: no formula, no character XML forbids; returns the number
    of string cells that begin like a formula (the poison got through as text)."""
    workbook = load_workbook(io.BytesIO(content))
    formula_like = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    assert not set(cell.value) & XML_ILLEGAL, (ws.title, cell.coordinate)
                    if cell.value[:1] in "=+-@" or cell.value.startswith("#REF!"):
                        formula_like += 1
    return formula_like


def test_write_text_keeps_every_hostile_text_a_string():
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    texts = [p + "текст" for p in POISON] + ["=", "#N/A", "x" * 40000]
    for row, text in enumerate(texts, start=1):
        xlsx_cells.write_text(ws.cell(row=row, column=1), text)
    out = io.BytesIO()
    workbook.save(out)
    back = load_workbook(io.BytesIO(out.getvalue())).active
    for row, text in enumerate(texts, start=1):
        cell = back.cell(row=row, column=1)
        assert cell.data_type == "s"
        expected = "".join(
            "\ufffd" if "\ud800" <= c <= "\udfff" else c
            for c in text
            if c not in XML_ILLEGAL or "\ud800" <= c <= "\udfff"
        )
        if len(expected) > xlsx_cells.MAX_CELL_CHARS:
            expected = expected[: xlsx_cells.MAX_CELL_CHARS - 1] + "…"
        assert cell.value == expected, repr(text[:20])


# ----- every writer, with its real data poisoned ---------------------------------------------
@pytest.fixture(scope="module")
def documents_db(tmp_path_factory):
    from plan_document_fixtures import build_plan
    from registries_fixtures import ensure_registries

    from desktop_app.store.example import load_example

    database = Database(tmp_path_factory.mktemp("xlsx-out") / "example.sqlite3")
    with database.session() as session:
        body = load_example(session, plans=False)
        plan_id, _ = build_plan(session, body)
        units = ensure_registries(session, body)
    yield database, body, plan_id, units
    database.close()


def _data(documents_db, kind: str):
    from assignment_fixtures import make_list, make_report
    from plan_document_fixtures import PLAN

    from desktop_app.store import plan_reports, registries
    from desktop_app.store.roster import printed_roster

    database, body, plan_id, units = documents_db
    with database.session() as session:
        return {
            "roster": lambda: printed_roster(session, body, date(2024, 6, 1)),
            "assignments": make_list,
            "execution-report": make_report,
            "plan": lambda: PLAN,
            "plan-note": lambda: plan_reports.plan_note_data(
                session, plan_id, 2024, 3, date(2024, 10, 15)
            ),
            "year-report": lambda: plan_reports.year_report_data(
                session, body, 2024, date(2025, 1, 20)
            ),
            "lean-table": lambda: registries.lean_table(session, units["УЭР"], date(2024, 12, 1)),
        }[kind]()


def _write(kind: str, data) -> bytes:
    from desktop_app.documents.assignments_xlsx import (
        write_assignments_xlsx,
        write_execution_report_xlsx,
    )
    from desktop_app.documents.plan_reports_xlsx import (
        write_plan_note_xlsx,
        write_year_report_xlsx,
    )
    from desktop_app.documents.plan_xlsx import write_plan_xlsx
    from desktop_app.documents.registry_xlsx import write_lean_table_xlsx
    from desktop_app.documents.roster_xlsx import write_roster_xlsx

    writer = {
        "roster": write_roster_xlsx,
        "assignments": write_assignments_xlsx,
        "execution-report": write_execution_report_xlsx,
        "plan": write_plan_xlsx,
        "plan-note": write_plan_note_xlsx,
        "year-report": write_year_report_xlsx,
        "lean-table": write_lean_table_xlsx,
    }[kind]
    out = io.BytesIO()
    writer(data, out)
    return out.getvalue()


KINDS = ["roster", "assignments", "execution-report", "plan", "plan-note", "year-report",
         "lean-table"]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
def test_every_writer_keeps_poisoned_text_text(documents_db, kind):
    data = _data(documents_db, kind)
    assert check_cells(_write(kind, data)) == 0 or kind == "plan"  # the real data is clean
    formula_like = check_cells(_write(kind, poisoned(data)))
    assert formula_like > 0, "the poison reached the cells"


def test_the_plan_template_has_no_formula():
    from desktop_app.documents.plan_xlsx import write_plan_template

    out = io.BytesIO()
    write_plan_template(out, 2024)
    assert check_cells(out.getvalue()) == 0


def test_the_poisoned_plan_reads_back_as_written_or_is_refused_by_cell():
    """The plan's own workbook is also an import: poisoned text that is valid comes back
    the same; what the import refuses it names by sheet, row and column."""
    from plan_document_fixtures import PLAN

    from desktop_app.documents.plan_xlsx import PlanFileError, read_plan_xlsx

    content = _write("plan", poisoned(PLAN, skip=frozenset({"number", "targets"})))
    with pytest.raises(PlanFileError) as caught:
        read_plan_xlsx(io.BytesIO(content))
    assert all(problem.startswith("Лист «") for problem in caught.value.problems)
    assert any("управляющий символ" in problem for problem in caught.value.problems)


# ----- the writers' source: text only through xlsx_cells -------------------------------------
WRITERS = sorted(p for p in DOCUMENTS.glob("*xlsx*.py") if p.name != "xlsx_cells.py")


def test_every_xlsx_writer_is_checked_here():
    assert [p.stem for p in WRITERS] == [
        "assignments_xlsx",
        "plan_reports_xlsx",
        "plan_xlsx",
        "registry_xlsx",
        "roster_xlsx",
    ]


@pytest.mark.parametrize("path", WRITERS, ids=lambda p: p.stem)
def test_writers_put_text_into_cells_only_through_xlsx_cells(path):
    """A direct ``cell.value = …``, ``ws[...] = …``, ``ws.append(…)`` or ``cell(…, value=…)``
    is allowed only for what can never be text: numbers (names that say so) and ``None``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    source = path.read_text(encoding="utf-8")
    assert "from desktop_app.documents.xlsx_cells import" in source
    numeric = {"number", "total", "completed", "value", "data.first_year", "data.last_year"}
    allowed_calls = {"int", "float", "len"}

    def numeric_expr(node: ast.AST) -> bool:
        text = ast.unparse(node)
        if isinstance(node, ast.Constant) and not isinstance(node.value, str):
            return True
        if isinstance(node, ast.Call) and ast.unparse(node.func) in allowed_calls:
            return True
        if isinstance(node, ast.BinOp):  # figure.percent / 100
            return True
        if isinstance(node, ast.IfExp):
            return numeric_expr(node.body) and numeric_expr(node.orelse)
        last = text.rsplit(".", 1)[-1]
        return text in numeric or last in {
            "number",
            "items",
            "decisions",
            "items_considered",
            "decisions_taken",
            "first_year",
            "last_year",
        }

    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                text = ast.unparse(target)
                if ".properties." in text and "sheet_properties" not in text:
                    problems.append(f"{path.name}:{node.lineno}: use xlsx_cells.set_properties")
                if (text.endswith(".value") or isinstance(target, ast.Subscript)) and not (
                    numeric_expr(node.value)
                ):
                    if isinstance(target, ast.Subscript) and not text.startswith("ws"):
                        continue
                    problems.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "append" and ast.unparse(node.func.value) in ("ws", "sheet"):
                problems.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
            for keyword in node.keywords:
                if node.func.attr == "cell" and keyword.arg == "value":
                    if not numeric_expr(keyword.value):
                        problems.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert not problems, problems
