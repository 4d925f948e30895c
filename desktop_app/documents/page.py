"""The page every printed document of the program shares: geometry, text styles, template.

ГОСТ Р 7.0.97 practice for organisational documents: A4; margins left 30 mm (documents kept
more than 10 years), right 10 mm, top and bottom 20 mm; a Times-class serif of 14 pt; a
paragraph indent of 1.25 cm; pages numbered from the second, centred in the top margin.

The geometry constants are plain numbers (millimetres, points) so the DOCX and XLSX writers
and the interface can use them without importing reportlab. reportlab and python-docx are
imported inside the functions that need them: the GUI must start fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app import APP_NAME

if TYPE_CHECKING:
    from os import PathLike

    from reportlab.lib.styles import ParagraphStyle

# --- geometry -------------------------------------------------------------------------------

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 10.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 170 mm
TEXT_HEIGHT_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM  # 257 mm

#: The approval block («Утвержден распоряжением ...») sits in the right part of the page,
#: its lines left-aligned within a block of this width that ends at the right margin.
APPROVAL_BLOCK_WIDTH_MM = 80.0
#: The page number's baseline, measured from the top edge of the sheet.
PAGE_NUMBER_BASELINE_MM = 12.0

BODY_FONT_SIZE = 14.0  # pt
LINE_SPACING = 1.15
BODY_LEADING = round(BODY_FONT_SIZE * LINE_SPACING, 2)  # 16.1 pt
FIRST_LINE_INDENT_MM = 12.5
PAGE_NUMBER_FONT_SIZE = 12.0

#: The font Word users have; Liberation Serif (our PDF face) has the same metrics.
DOCX_FONT_NAME = "Times New Roman"

NBSP = "\u00a0"


def mm_to_pt(value_mm: float) -> float:
    return value_mm * 72.0 / 25.4


# --- text -----------------------------------------------------------------------------------

_TIES: tuple[tuple[re.Pattern[str], str], ...] = (
    # «№ 41-р», «№№ 3, 4»
    (re.compile(r"(№+)[ \t]+"), "\\1" + NBSP),
    # «К.В. Хмелева»
    (
        re.compile(r"\b([А-ЯЁA-Z]\.)[ \t]?([А-ЯЁA-Z]\.)[ \t]+(?=[А-ЯЁA-Z][а-яёa-z])"),
        "\\1\\2" + NBSP,
    ),
    # «Хмелева К.В.»
    (
        re.compile(r"([А-ЯЁA-Z][а-яёa-z-]+)[ \t]+(?=[А-ЯЁA-Z]\.[ \t]?[А-ЯЁA-Z]\.)"),
        "\\1" + NBSP,
    ),
    # a number and its unit: «2022 г.», «460,0 тыс. руб.», «15 %», «2 чел.»
    (
        re.compile(
            r"(\d)[ \t]+(?=(?:(?:г|гг|руб|коп|тыс|чел|шт|ч|мин)\."
            r"|(?:млн|млрд|мм|см|км|кг)(?![а-яё])|%))"
        ),
        "\\1" + NBSP,
    ),
    # «тыс. руб.», «млн руб.»
    (re.compile(r"\b(тыс\.|млн|млрд)[ \t]+(?=руб)"), "\\1" + NBSP),
    # a short word before a place name or a number: «г. Белово», «пгт Новый Городок»
    (
        re.compile(r"(?<![\w.])(г\.|пгт|мкр\.?|ул\.|д\.|п\.|с\.|ст\.|п\.п\.)[ \t]+(?=[А-ЯЁ\d])"),
        "\\1" + NBSP,
    ),
    # a dash never starts a line: «Хмелева — председатель»
    (re.compile(r"[ \t]+([—–])(?=[ \t])"), NBSP + "\\1"),
)


def tie_spaces(text: str) -> str:
    """Put non-breaking spaces where a line must not break (ГОСТ typography).

    After «№», inside initials and between initials and a surname, between a number and its
    unit, after «г.»/«пгт» before a name, and before a dash.
    """
    for pattern, replacement in _TIES:
        text = pattern.sub(replacement, text)
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(text: str | None, *, tie: bool = True) -> str:
    """User text cleaned for any document: control characters pasted from other programs
    dropped (XML forbids them) and, with ``tie``, the non-breaking spaces of
    :func:`tie_spaces` put in. For python-docx runs and for PDF text drawn directly."""
    if not text:
        return ""
    text = _CONTROL.sub("", text)
    return tie_spaces(text) if tie else text


def para_text(text: str | None, *, tie: bool = True) -> str:
    """User text made safe for reportlab Paragraph markup.

    Escapes ``&``, ``<`` and ``>`` (so «<b>» typed by a user prints as is and never breaks
    the paragraph parser), after :func:`plain_text`.
    """
    text = plain_text(text, tie=tie)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- PDF styles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentStyles:
    """The paragraph styles of the program's documents (reportlab ParagraphStyle)."""

    body: ParagraphStyle  # justified, no indent
    body_indented: ParagraphStyle  # justified, first line indented 1.25 cm
    title: ParagraphStyle  # centred, bold
    approval: ParagraphStyle  # the block at the top right («Утвержден ...»)
    heading: ParagraphStyle  # bold, at the left margin («Члены рабочей группы:»)
    cell: ParagraphStyle  # text in a table cell: left-aligned, no indent
    page_number: ParagraphStyle  # for reference: the face and size of page numbers


@lru_cache(maxsize=1)
def styles() -> DocumentStyles:
    """The styles, built once (registers the fonts on first use)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from desktop_app.documents.fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    base = ParagraphStyle(
        "doc-base",
        fontName=SERIF,
        fontSize=BODY_FONT_SIZE,
        leading=BODY_LEADING,
        alignment=TA_LEFT,
        spaceBefore=0,
        spaceAfter=0,
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=1,
        hyphenationLang=None,
        embeddedHyphenation=0,
    )
    text_width = mm_to_pt(TEXT_WIDTH_MM)
    return DocumentStyles(
        body=ParagraphStyle("doc-body", parent=base, alignment=TA_JUSTIFY),
        body_indented=ParagraphStyle(
            "doc-body-indented",
            parent=base,
            alignment=TA_JUSTIFY,
            firstLineIndent=mm_to_pt(FIRST_LINE_INDENT_MM),
        ),
        title=ParagraphStyle(
            "doc-title", parent=base, fontName=SERIF_BOLD, alignment=TA_CENTER, keepWithNext=1
        ),
        approval=ParagraphStyle(
            "doc-approval",
            parent=base,
            leftIndent=text_width - mm_to_pt(APPROVAL_BLOCK_WIDTH_MM),
            alignment=TA_LEFT,
        ),
        heading=ParagraphStyle(
            "doc-heading", parent=base, fontName=SERIF_BOLD, alignment=TA_LEFT, keepWithNext=1
        ),
        cell=ParagraphStyle("doc-cell", parent=base, alignment=TA_LEFT),
        page_number=ParagraphStyle(
            "doc-page-number",
            parent=base,
            fontSize=PAGE_NUMBER_FONT_SIZE,
            leading=PAGE_NUMBER_FONT_SIZE,
            alignment=TA_CENTER,
        ),
    )


def blank_line() -> Any:
    """A Spacer one body line high: the «empty line» between parts of a document."""
    from reportlab.platypus import Spacer

    return Spacer(1, BODY_LEADING)


# --- PDF page template ----------------------------------------------------------------------


#: The canvas attribute holding the physical page the current document of a batch starts on.
_FIRST_PAGE = "_commission_first_page"


@lru_cache(maxsize=1)
def _numbering_restart_class() -> type:
    from reportlab.platypus import Flowable

    class NumberingRestart(Flowable):
        """Takes no room; the page after the one it lands on becomes page 1."""

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return 0.0, 0.0

        def draw(self) -> None:
            setattr(self.canv, _FIRST_PAGE, self.canv.getPageNumber() + 1)

    return NumberingRestart


def numbering_restart() -> Any:
    """A flowable that starts the page numbers anew, for a PDF that holds several
    documents one after another (a notice or an опросный лист per member): put it right
    before the page break that starts each document (the number of a page is drawn
    before its text, so the next page must be known to start a document)."""
    return _numbering_restart_class()()


def _draw_page_number(canvas: Any, doc: Any) -> None:
    """From the second page of a document on: its page number centred in the top margin."""
    page = canvas.getPageNumber() - getattr(canvas, _FIRST_PAGE, 1) + 1
    if page < 2:
        return
    from desktop_app.documents.fonts import SERIF

    canvas.saveState()
    canvas.setFont(SERIF, PAGE_NUMBER_FONT_SIZE)
    width, height = doc.pagesize  # portrait or landscape
    left, right = mm_to_pt(MARGIN_LEFT_MM), mm_to_pt(MARGIN_RIGHT_MM)
    x = left + (width - left - right) / 2
    y = height - mm_to_pt(PAGE_NUMBER_BASELINE_MM)
    canvas.drawCentredString(x, y, str(page))
    canvas.restoreState()


def build_pdf(
    out: str | PathLike[str] | IO[bytes],
    flowables: list[Any],
    title: str,
    author: str,
    *,
    subject: str = "",
    landscape: bool = False,
) -> None:
    """Lay ``flowables`` out on the program's A4 page (turned ``landscape`` for wide
    tables: the same margins, the binding at the left) and write the PDF to ``out``.

    ``out`` is a path or a binary file object. ``title`` and ``author`` (the organisation)
    go to the document's properties; the creator is «Секретарь комиссии».
    """
    import os

    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from desktop_app.documents.fonts import SERIF, register_fonts

    register_fonts()
    # Streams compressed only, not also ASCII85-encoded (reportlab's default, for 7-bit
    # channels): a tenth of the build time of a long protocol, and smaller files.
    rl_config.useA85 = 0
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    left, right = mm_to_pt(MARGIN_LEFT_MM), mm_to_pt(MARGIN_RIGHT_MM)
    top, bottom = mm_to_pt(MARGIN_TOP_MM), mm_to_pt(MARGIN_BOTTOM_MM)
    width, height = mm_to_pt(PAGE_WIDTH_MM), mm_to_pt(PAGE_HEIGHT_MM)
    if landscape:
        width, height = height, width
    doc = BaseDocTemplate(
        target,
        pagesize=(width, height),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator=APP_NAME,
        lang="ru-RU",
        displayDocTitle=True,
        initialFontName=SERIF,
        initialFontSize=BODY_FONT_SIZE,
        initialLeading=BODY_LEADING,
    )
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_page_number)])
    doc.build(list(flowables))


# --- DOCX page ------------------------------------------------------------------------------


#: python-docx refuses a document property longer than this (the body's full name in a
#: protocol's title can be).
DOCX_PROPERTY_LIMIT = 255


def _core_property(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DOCX_PROPERTY_LIMIT:
        return text
    return text[: DOCX_PROPERTY_LIMIT - 1].rstrip() + "…"


def setup_docx(document: Any, *, title: str, author: str) -> None:
    """Give a python-docx Document the program's page: A4, the margins, Times New Roman
    14 pt with 1.15 spacing, page numbers from the second page centred in the header, and
    the document properties (title, author = organisation)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.header_distance = Mm(PAGE_NUMBER_BASELINE_MM - 4)
    section.footer_distance = Mm(10)

    normal = document.styles["Normal"]
    normal.font.name = DOCX_FONT_NAME
    normal.font.size = Pt(BODY_FONT_SIZE)
    r_fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        r_fonts.set(qn(attr), DOCX_FONT_NAME)
    lang = normal.element.get_or_add_rPr().find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        normal.element.get_or_add_rPr().append(lang)
    lang.set(qn("w:val"), "ru-RU")
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = LINE_SPACING
    fmt.widow_control = True

    # Page numbers from the second page: an empty first-page header, a PAGE field in the rest.
    section.different_first_page_header_footer = True
    header = section.header
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)

    # A PAGE field as Word writes it: begin, instruction, separate, shown value, end.
    def field_run(tag: str, **attrs: str) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(PAGE_NUMBER_FONT_SIZE)
        element = OxmlElement(tag)
        for name, value in attrs.items():
            element.set(qn(name), value)
        run._r.append(element)

    field_run("w:fldChar", **{"w:fldCharType": "begin"})
    field_run("w:instrText", **{"xml:space": "preserve"})
    paragraph.runs[-1]._r[-1].text = " PAGE "
    field_run("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run("2").font.size = Pt(PAGE_NUMBER_FONT_SIZE)
    field_run("w:fldChar", **{"w:fldCharType": "end"})

    props = document.core_properties
    props.title = _core_property(title)
    props.author = _core_property(author)
    props.last_modified_by = APP_NAME
    props.comments = f"Подготовлено в программе «{APP_NAME}»"
    props.language = "ru-RU"
