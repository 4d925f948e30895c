"""The lean-project passport (appendix 2 of seed 003) as a Word document, for the customer
to sign: the «УТВЕРЖДАЮ» block at the right, the four parts of the form in a 2 × 2 table,
the goals in a table of their own, the results after it."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.assignments_docx import _fixed_layout
from desktop_app.documents.page import (
    APPROVAL_BLOCK_WIDTH_MM,
    TEXT_WIDTH_MM,
    plain_text,
    setup_docx,
)
from desktop_app.documents.registry_export import (
    TITLE_CAPTION,
    UNIT_CAPTION,
    figure,
    goal_name,
    numbered_paragraphs,
    signature_name,
    stage_line,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.registries import PassportData

if TYPE_CHECKING:
    from os import PathLike

CELL_SIZE = 11.0
CAPTION_SIZE = 9.0


def _paragraph(container: Any, *, first: bool = False, align: str = "left", indent_mm=0.0) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    paragraph = (
        container.paragraphs[0]
        if first and container.paragraphs and not container.paragraphs[0].text
        else container.add_paragraph()
    )
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    if indent_mm:
        fmt.left_indent = Mm(indent_mm)
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    return paragraph


def _run(paragraph: Any, text: str, size: float | None = None, **options: Any) -> Any:
    from docx.shared import Pt

    run = paragraph.add_run(plain_text(text))
    if size:
        run.font.size = Pt(size)
    run.bold = options.get("bold") or None
    run.underline = options.get("underline") or None
    return run


def _cell_line(cell: Any, text: str, *, first: bool = False, **options: Any) -> Any:
    from docx.shared import Pt

    paragraph = _paragraph(cell, first=first, align=options.pop("align", "left"))
    paragraph.paragraph_format.line_spacing = 1.0
    paragraph.paragraph_format.space_before = Pt(options.pop("gap", 0))
    label = options.pop("label", "")
    size = options.pop("size", CELL_SIZE)
    if label:
        _run(paragraph, f"{label}: ", size, underline=True)
    _run(paragraph, text, size, **options)
    return paragraph


def _filled_line(document: Any, text: str, caption: str) -> None:
    """A line of the form filled in: centred text over a rule, a small caption under."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = _paragraph(document, align="centre")
    _run(paragraph, text)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    _run(_paragraph(document, align="centre"), caption, CAPTION_SIZE)


def _goals(container: Any, data: PassportData, width_mm: float, reached: bool = False) -> None:
    head = ["Наименование цели, единицы измерения", "Текущий показатель", "Целевой показатель"]
    widths = [width_mm - 46, 23, 23]
    if reached:
        head.append("Достигнуто")
        widths = [width_mm - 69, 23, 23, 23]
    table = container.add_table(rows=1 + max(len(data.goals), 1), cols=len(head))
    table.style = "Table Grid"
    _fixed_layout(table, tuple(widths))
    for column, text in enumerate(head):
        _cell_line(table.cell(0, column), text, first=True, bold=True, align="centre", size=10)
    for row, goal in enumerate(data.goals, start=1):
        values = [goal_name(goal), figure(goal.current_value), figure(goal.target_value)]
        if reached:
            values.append(figure(goal.reached_value))
        for column, text in enumerate(values):
            _cell_line(
                table.cell(row, column), text, first=True, align="centre" if column else "left"
            )


def build_passport_document(data: PassportData) -> Any:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    setup_docx(document, title=f"Паспорт лин-проекта «{data.title}»", author=data.organization)
    indent = TEXT_WIDTH_MM - APPROVAL_BLOCK_WIDTH_MM
    position = data.customer_position or "(должность руководителя заказчика лин-проекта)"
    name = signature_name(data.customer) if data.customer else "____________"
    _run(_paragraph(document, first=True, indent_mm=indent), "УТВЕРЖДАЮ", bold=True)
    _run(_paragraph(document, indent_mm=indent), position)
    _run(_paragraph(document, indent_mm=indent), f"______________ {name}")
    _run(_paragraph(document, indent_mm=indent), "«___» _______________ 20___ г.")
    document.add_paragraph()
    _run(_paragraph(document, align="centre"), "ПАСПОРТ ЛИН-ПРОЕКТА", bold=True)
    _filled_line(document, data.unit_name, UNIT_CAPTION)
    _filled_line(document, f"«{data.title}»", TITLE_CAPTION)
    paragraph = _paragraph(document)
    paragraph.paragraph_format.space_before = Pt(6)
    _run(paragraph, f"Направление деятельности: {data.sector}; {data.kind_text}.", 12)
    half = TEXT_WIDTH_MM / 2

    grid = document.add_table(rows=2, cols=2)
    grid.style = "Table Grid"
    _fixed_layout(grid, (half, half))
    general = grid.cell(0, 0)
    _cell_line(general, "Общие данные:", first=True, bold=True)
    for label, value in (
        ("Заказчик", data.customer),
        ("Процесс", data.process),
        ("Границы процесса", data.boundaries),
        ("Руководитель лин-проекта", data.leader),
        ("Команда лин-проекта", data.team),
    ):
        _cell_line(general, value or "—", label=label, gap=2)
    reasons = grid.cell(0, 1)
    _cell_line(reasons, "Обоснование:", first=True, bold=True)
    for line in numbered_paragraphs(data.justification) or ["—"]:
        _cell_line(reasons, line)
    aims = grid.cell(1, 0)
    _cell_line(aims, "Цели и эффекты:", first=True, bold=True)
    _goals(aims, data, half - 3)
    _cell_line(aims, "Эффекты:", bold=True, gap=3)
    for line in numbered_paragraphs(data.effects) or ["—"]:
        _cell_line(aims, line)
    terms = grid.cell(1, 1)
    _cell_line(terms, "Сроки:", first=True, bold=True)
    for stage in data.stages:
        _cell_line(terms, stage_line(stage), gap=1)

    paragraph = _paragraph(document)
    paragraph.paragraph_format.space_before = Pt(10)
    _run(paragraph, f"Статус лин-проекта на {format_date(data.as_of)}: {data.status.label}.", 12)
    if data.recommended_text:
        _run(_paragraph(document), f"{data.recommended_text}.", 12)
    if data.before_text or data.after_text or data.results:
        paragraph = _paragraph(document, align="centre")
        paragraph.paragraph_format.space_before = Pt(10)
        _run(paragraph, "Результаты лин-проекта", bold=True)
        if any(goal.reached_value is not None for goal in data.goals):
            _goals(document, data, TEXT_WIDTH_MM, reached=True)
            _paragraph(document)
        table = document.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        _fixed_layout(table, (half, half))
        _cell_line(table.cell(0, 0), "Было", first=True, bold=True, align="centre")
        _cell_line(table.cell(0, 1), "Стало", first=True, bold=True, align="centre")
        _cell_line(table.cell(1, 0), data.before_text or "—", first=True)
        _cell_line(table.cell(1, 1), data.after_text or "—", first=True)
        if data.results:
            paragraph = _paragraph(document, align="justify")
            paragraph.paragraph_format.space_before = Pt(6)
            _run(paragraph, f"Наиболее значимые результаты: {data.results}.", 12)
    return document


def write_passport_docx(data: PassportData, out: str | PathLike[str] | IO[bytes]) -> None:
    import os

    document = build_passport_document(data)
    document.save(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)
