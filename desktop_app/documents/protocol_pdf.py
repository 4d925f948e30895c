"""The protocol of a meeting as PDF, full or short form, on the program's ГОСТ page.

The structure and the wording come from :mod:`protocol_layout`; this module only sets the
blocks in reportlab. :func:`block_flowables` also sets the other text documents of a
meeting (agenda, notices, extract: :mod:`meeting_pdf`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from desktop_app.documents.fonts import SERIF
from desktop_app.documents.page import (
    BODY_FONT_SIZE,
    BODY_LEADING,
    TEXT_WIDTH_MM,
    build_pdf,
    mm_to_pt,
    para_text,
    plain_text,
    styles,
)
from desktop_app.documents.protocol_layout import (
    ENTRY_NAME_COLUMN_MM,
    Block,
    Kind,
    document_name,
    protocol_blocks,
)
from desktop_app.domain.protocol import ProtocolData

if TYPE_CHECKING:
    from os import PathLike

    from reportlab.lib.styles import ParagraphStyle

#: Room kept between the two ends of a TWO_ENDS line (pt).
TWO_ENDS_GAP_PT = 12.0


@dataclass(frozen=True)
class BlockStyles:
    organisation: ParagraphStyle
    title: ParagraphStyle
    centred: ParagraphStyle
    keyword: ParagraphStyle
    flush: ParagraphStyle
    paragraph: ParagraphStyle
    approval: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle


@lru_cache(maxsize=1)
def block_styles() -> BlockStyles:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    st = styles()
    return BlockStyles(
        organisation=st.title,
        title=st.title,
        centred=ParagraphStyle("doc-centred", parent=st.body, alignment=TA_CENTER),
        keyword=st.heading,
        flush=st.body,
        paragraph=st.body_indented,
        approval=st.approval,
        left=ParagraphStyle("doc-left", parent=st.cell, alignment=TA_LEFT),
        right=ParagraphStyle("doc-right", parent=st.cell, alignment=TA_RIGHT),
    )


def _borderless(rows: list[list[Any]], widths: list[float], *, valign: str, gap: float) -> Any:
    """A table without borders or padding, its first column ``gap`` points from the next."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # The cells hold Paragraphs; the cell font only matters to reportlab, which
                # otherwise puts an unused, unembedded Helvetica in the PDF's resources.
                ("FONT", (0, 0), (-1, -1), SERIF, BODY_FONT_SIZE, BODY_LEADING),
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


@lru_cache(maxsize=1)
def paragraph_class() -> type:
    """reportlab's Paragraph, breaking its lines once per width.

    reportlab wraps a paragraph again each time it measures it (a keepWithNext group is
    measured as a whole, then each paragraph is placed), and breaking the lines is most of
    the time a protocol takes to build. The lines depend on the width only.
    """
    from reportlab.platypus import Paragraph

    class LaidOutParagraph(Paragraph):
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            memo = self.__dict__.get("_laid_out")
            # A split drops blPara (the lines) or replaces the fragments: lay out anew.
            if (
                memo
                and memo[0] == avail_width
                and memo[1] is self.frags
                and "blPara" in self.__dict__
            ):
                return memo[2]
            size = super().wrap(avail_width, avail_height)
            self._laid_out = (avail_width, self.frags, size)
            return size

    return LaidOutParagraph


@lru_cache(maxsize=32)
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's markup parser makes of plain text in ``style``."""
    from reportlab.platypus.paraparser import ParaParser

    _, fragments, _ = ParaParser().parse("x", style)
    return fragments[0]


def text_paragraph(text: str, style: ParagraphStyle) -> Any:
    """A paragraph of user text (escaped, with the non-breaking spaces put in).

    Text with nothing to parse (no «<», no «&») skips reportlab's markup parser, whose
    result for it is one fragment in the style's font: a fifth of the time of building
    the flowables of a protocol.
    """
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    markup = para_text(text)
    if "<" in markup or "&" in markup:
        return paragraph_class()(markup, style)
    text = cleanBlockQuotedText(markup)
    return paragraph_class()(text, style, frags=[_plain_fragment(style).clone(text=text)])


def _entries(blocks: list[Block]) -> Any:
    """List entries as rows: «Хмелева К.В.» in the name column, «— заместитель ...;»
    beside it. Rows never split; the table may, between rows."""
    left = block_styles().left
    name_width = mm_to_pt(blocks[0].column_mm or ENTRY_NAME_COLUMN_MM)
    rows = [[text_paragraph(b.text, left), text_paragraph(b.right, left)] for b in blocks]
    return _borderless(
        rows, [name_width, mm_to_pt(TEXT_WIDTH_MM) - name_width], valign="TOP", gap=4
    )


def _two_ends(block: Block) -> Any:
    """A borderless table of one row: the left text (it may wrap) and the right text at
    the right margin, both on the baseline of the left text's last line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bs = block_styles()
    width = mm_to_pt(TEXT_WIDTH_MM)
    needed = stringWidth(plain_text(block.right), SERIF, BODY_FONT_SIZE) + 1
    right_width = min(needed, width * 0.6)
    row = [text_paragraph(block.text, bs.left), text_paragraph(block.right, bs.right)]
    return _borderless(
        [row], [width - right_width, right_width], valign="BOTTOM", gap=TWO_ENDS_GAP_PT
    )


def _flowable(group: list[Block]) -> Any:
    from reportlab.platypus import PageBreak

    block = group[0]
    bs = block_styles()
    match block.kind:
        case Kind.ORGANISATION:
            return text_paragraph(block.text, bs.organisation)
        case Kind.TITLE:
            return text_paragraph(block.text, bs.title)
        case Kind.CENTRED:
            return text_paragraph(block.text, bs.centred)
        case Kind.KEYWORD:
            return text_paragraph(block.text, bs.keyword)
        case Kind.FLUSH:
            return text_paragraph(block.text, bs.flush)
        case Kind.PARAGRAPH:
            return text_paragraph(block.text, bs.paragraph)
        case Kind.APPROVAL:
            return text_paragraph(block.text, bs.approval)
        case Kind.TWO_ENDS:
            return _two_ends(block)
        case Kind.ENTRY:
            return _entries(group)
        case Kind.PAGE_BREAK:
            return PageBreak()
    raise ValueError(block.kind)


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """The blocks, each alone but the entries of one list: the first entry alone (it keeps
    with the list's heading), the others as one table."""
    groups: list[list[Block]] = []
    for block in blocks:
        last = groups[-1][-1] if groups else None
        if (
            block.kind is Kind.ENTRY
            and last is not None
            and last.kind is Kind.ENTRY
            and last.column_mm == block.column_mm
        ):
            groups[-1].append(block)
        else:
            groups.append([block])
    for group in groups:
        yield group[:1]
        if len(group) > 1:
            yield group[1:]


def block_flowables(blocks: list[Block]) -> list[Any]:
    """The blocks as reportlab flowables.

    An empty line is space above the next block, which reportlab drops at the top of a
    page (a page never starts with an empty line), as is the half line of ``gap_before``;
    ``keep_with_next`` becomes reportlab's keepWithNext, so the blocks so chained move to
    the next page together.
    """
    from reportlab.platypus import Spacer

    story: list[Any] = []
    space = 0.0
    keep_space = False
    for group in _groups(blocks):
        first, last = group[0], group[-1]
        if first.kind is Kind.BLANK:
            space += BODY_LEADING
            keep_space = first.keep_with_next
            continue
        flowable = _flowable(group)
        if first.kind is not Kind.PAGE_BREAK:
            flowable.spaceBefore = space + (BODY_LEADING / 2 if first.gap_before else 0.0)
            flowable.keepWithNext = int(last.keep_with_next)
        space = 0.0
        story.append(flowable)
    if space:
        spacer = Spacer(1, space)
        spacer.keepWithNext = int(keep_space)
        story.append(spacer)
    return story


def protocol_flowables(data: ProtocolData) -> list[Any]:
    return block_flowables(protocol_blocks(data))


def write_protocol_pdf(data: ProtocolData, out: str | PathLike[str] | IO[bytes]) -> None:
    """Write the protocol (full or short form, as ``data.protocol_form`` says) as a PDF to a
    path or a binary file object."""
    build_pdf(
        out,
        protocol_flowables(data),
        title=document_name(data),
        author=data.organisation,
        subject=f"Протокол, {data.protocol_form.label} форма",
    )
