"""The lean-project passport (appendix 2 of seed 003) and the table «Общие сведения о
проводимых лин-проектах» (appendix 1) as PDF, on the program's A4 page."""

from __future__ import annotations

from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.page import (
    APPROVAL_BLOCK_WIDTH_MM,
    TEXT_WIDTH_MM,
    blank_line,
    build_pdf,
    mm_to_pt,
    para_text,
    styles,
)
from desktop_app.documents.registry_export import (
    LEAN_TABLE_HEADERS,
    LEAN_TABLE_TITLE,
    TITLE_CAPTION,
    UNIT_CAPTION,
    assessment_lines,
    day_words,
    figure,
    goal_name,
    numbered_paragraphs,
    signature_name,
    stage_line,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.registries import LeanTableData, PassportData

if TYPE_CHECKING:
    from os import PathLike

CELL_SIZE = 11.0
CELL_LEADING = 12.8
GRID = "#000000"


@lru_cache(maxsize=1)
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from desktop_app.documents.fonts import SERIF, SERIF_BOLD

    base = styles()
    cell = ParagraphStyle(
        "reg-cell", parent=base.cell, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT
    )
    return {
        "cell": cell,
        "cell_gap": ParagraphStyle("reg-cell-gap", parent=cell, spaceBefore=2),
        "cell_bold": ParagraphStyle("reg-cell-bold", parent=cell, fontName=SERIF_BOLD),
        "cell_centre": ParagraphStyle("reg-cell-centre", parent=cell, alignment=TA_CENTER),
        "cell_head": ParagraphStyle(
            "reg-cell-head",
            parent=cell,
            fontName=SERIF_BOLD,
            fontSize=10,
            leading=11.5,
            alignment=TA_CENTER,
        ),
        "cell_indent": ParagraphStyle("reg-cell-indent", parent=cell, leftIndent=12),
        "caption": ParagraphStyle(
            "reg-caption",
            parent=base.cell,
            fontName=SERIF,
            fontSize=9,
            leading=10,
            alignment=TA_CENTER,
        ),
        "centre": ParagraphStyle("reg-centre", parent=base.cell, alignment=TA_CENTER),
        "title": base.title,
        "body": base.body,
        "approval": ParagraphStyle(
            "reg-approval",
            parent=base.cell,
            leftIndent=mm_to_pt(TEXT_WIDTH_MM - APPROVAL_BLOCK_WIDTH_MM),
        ),
        "approval_head": ParagraphStyle(
            "reg-approval-head",
            parent=base.cell,
            fontName=SERIF_BOLD,
            leftIndent=mm_to_pt(TEXT_WIDTH_MM - APPROVAL_BLOCK_WIDTH_MM),
        ),
        "small": ParagraphStyle("reg-small", parent=base.body, fontSize=12, leading=14),
    }


def _p(text: str, style: str) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(text).replace("\n", "<br/>"), _styles()[style])


def _underlined(text: str, caption: str) -> list[Any]:
    """A line of the form filled in: the text centred over a rule, the caption under it."""
    from reportlab.platypus import Table, TableStyle

    from desktop_app.documents.fonts import SERIF

    table = Table(
        [[_p(text, "centre")], [_p(caption, "caption")]],
        colWidths=[mm_to_pt(TEXT_WIDTH_MM)],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [table]


def _ruled(rows: list[list[Any]], widths_mm: tuple[float, ...], **options: Any) -> Any:
    from reportlab.platypus import Table, TableStyle

    from desktop_app.documents.fonts import SERIF

    table = Table(
        rows,
        colWidths=[mm_to_pt(width) for width in widths_mm],
        repeatRows=options.pop("repeat", 0),
        splitInRow=1,
        **options,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


# ----- the passport ---------------------------------------------------------------------------
def approval_block(data: PassportData) -> list[Any]:
    """«УТВЕРЖДАЮ», the customer's position, the signature line — right-aligned."""
    position = data.customer_position or "(должность руководителя заказчика лин-проекта)"
    name = signature_name(data.customer) if data.customer else "____________"
    return [
        _p("УТВЕРЖДАЮ", "approval_head"),
        _p(position, "approval"),
        _p(f"______________ {name}", "approval"),
        _p("«___» _______________ 20___ г.", "approval"),
    ]


def _labelled(label: str, value: str) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(f"<u>{para_text(label)}:</u> {para_text(value)}", _styles()["cell_gap"])


def _general(data: PassportData) -> list[Any]:
    parts = [_p("Общие данные:", "cell_bold")]
    for label, value in (
        ("Заказчик", data.customer),
        ("Процесс", data.process),
        ("Границы процесса", data.boundaries),
        ("Руководитель лин-проекта", data.leader),
        ("Команда лин-проекта", data.team),
    ):
        parts.append(_labelled(label, value or "—"))
    return parts


def _justification(data: PassportData) -> list[Any]:
    lines = numbered_paragraphs(data.justification) or ["—"]
    return [_p("Обоснование:", "cell_bold")] + [_p(line, "cell") for line in lines]


def _goals_table(data: PassportData, width_mm: float, reached: bool = False) -> Any:
    head = ["Наименование цели, единицы измерения", "Текущий показатель", "Целевой показатель"]
    widths = [width_mm - 46, 23, 23]
    if reached:
        head.append("Достигнуто")
        widths = [width_mm - 69, 23, 23, 23]
    rows = [[_p(text, "cell_head") for text in head]]
    for goal in data.goals:
        row = [
            _p(goal_name(goal), "cell"),
            _p(figure(goal.current_value), "cell_centre"),
            _p(figure(goal.target_value), "cell_centre"),
        ]
        if reached:
            row.append(_p(figure(goal.reached_value), "cell_centre"))
        rows.append(row)
    if not data.goals:
        rows.append([_p("—", "cell"), _p("", "cell"), _p("", "cell")] + [_p("", "cell")] * reached)
    return _ruled(rows, tuple(widths), repeat=1)


def _aims(data: PassportData, width_mm: float) -> list[Any]:
    from reportlab.platypus import Spacer

    return [
        _p("Цели и эффекты:", "cell_bold"),
        Spacer(1, 3),
        _goals_table(data, width_mm - 2.2),
        Spacer(1, 3),
        _p("Эффекты:", "cell_bold"),
    ] + [_p(line, "cell") for line in (numbered_paragraphs(data.effects) or ["—"])]


def _terms(data: PassportData) -> list[Any]:
    return [_p("Сроки:", "cell_bold")] + [_p(stage_line(stage), "cell") for stage in data.stages]


def passport_flowables(data: PassportData) -> list[Any]:
    from reportlab.platypus import Spacer

    half = TEXT_WIDTH_MM / 2
    flowables: list[Any] = approval_block(data)
    flowables += [
        blank_line(),
        _p("ПАСПОРТ ЛИН-ПРОЕКТА", "title"),
        Spacer(1, 6),
        *_underlined(data.unit_name, UNIT_CAPTION),
        Spacer(1, 4),
        *_underlined(f"«{data.title}»", TITLE_CAPTION),
        Spacer(1, 6),
        _p(f"Направление деятельности: {data.sector}; {data.kind_text}.", "small"),
        Spacer(1, 6),
        _ruled(
            [
                [_general(data), _justification(data)],
                [_aims(data, half), _terms(data)],
            ],
            (half, half),
        ),
    ]
    flowables += _results(data)
    return flowables


def _results(data: PassportData) -> list[Any]:
    from reportlab.platypus import Spacer

    flowables: list[Any] = [
        Spacer(1, 10),
        _p(f"Статус лин-проекта на {format_date(data.as_of)}: {data.status.label}.", "small"),
    ]
    if data.recommended_text:
        flowables.append(_p(f"{data.recommended_text}.", "small"))
    if not (data.before_text or data.after_text or data.results):
        return flowables
    flowables += [Spacer(1, 8), _p("Результаты лин-проекта", "title"), Spacer(1, 4)]
    if any(goal.reached_value is not None for goal in data.goals):
        flowables += [_goals_table(data, TEXT_WIDTH_MM, reached=True), Spacer(1, 6)]
    half = TEXT_WIDTH_MM / 2
    flowables.append(
        _ruled(
            [
                [_p("Было", "cell_head"), _p("Стало", "cell_head")],
                [_p(data.before_text or "—", "cell"), _p(data.after_text or "—", "cell")],
            ],
            (half, half),
        )
    )
    if data.results:
        flowables += [
            Spacer(1, 6),
            _p(f"Наиболее значимые результаты: {data.results}.", "small"),
        ]
    return flowables


def write_passport_pdf(data: PassportData, out: str | PathLike[str] | IO[bytes]) -> None:
    build_pdf(
        out,
        passport_flowables(data),
        title=f"Паспорт лин-проекта «{data.title}»",
        author=data.organization,
        subject=data.unit_name,
    )


# ----- «Общие сведения о проводимых лин-проектах» ---------------------------------------------
LEAN_TABLE_WIDTHS_MM = (52.0, 25.0, 27.0, TEXT_WIDTH_MM - 104.0)


def lean_table_flowables(data: LeanTableData) -> list[Any]:
    from reportlab.platypus import Spacer

    rows = [[_p(text, "cell_head") for text in LEAN_TABLE_HEADERS]]
    for row in data.rows:
        if row.part_of:
            rows.append([_p("в том числе", "cell_indent"), "", "", ""])
        results = "\n".join(row.results)
        rows.append(
            [
                _p(row.label, "cell_indent" if row.part_of else "cell"),
                _p(str(row.total) if row.total else "—", "cell_centre"),
                _p(str(row.completed) if row.completed else "—", "cell_centre"),
                _p(results, "cell"),
            ]
        )
    rows.append(
        [
            _p("Итого", "cell_bold"),
            _p(str(data.total), "cell_head"),
            _p(str(data.completed), "cell_head"),
            "",
        ]
    )
    return [
        _p(LEAN_TABLE_TITLE, "title"),
        Spacer(1, 8),
        *_underlined(data.unit_name, UNIT_CAPTION),
        Spacer(1, 6),
        _p(f"по состоянию на {day_words(data.as_of)}", "centre"),
        Spacer(1, 10),
        _ruled(rows, LEAN_TABLE_WIDTHS_MM, repeat=1),
        Spacer(1, 10),
        *[_p(line, "small") for line in assessment_lines(data)],
    ]


def write_lean_table_pdf(data: LeanTableData, out: str | PathLike[str] | IO[bytes]) -> None:
    build_pdf(
        out,
        lean_table_flowables(data),
        title=f"{LEAN_TABLE_TITLE} на {format_date(data.as_of)}",
        author=data.organization,
        subject=data.unit_name,
    )
