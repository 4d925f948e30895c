"""Reading the program's documents back in tests: PDF text and fonts (pypdf), DOCX body."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

MM = 72.0 / 25.4


def normalise(text: str) -> str:
    """Non-breaking spaces as spaces, every run of whitespace as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdf_pages(source: str | Path | IO[bytes]) -> list[str]:
    """The extracted text of each page."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(source).pages]


def pdf_text(source: str | Path | IO[bytes]) -> str:
    """The whole text of a PDF, whitespace normalised (see :func:`normalise`)."""
    return normalise(" ".join(pdf_pages(source)))


def pdf_text_runs(
    source: str | Path | IO[bytes], page_index: int
) -> list[tuple[str, float, float]]:
    """The text pieces of one page with their (x, y) in points from the bottom-left corner."""
    from pypdf import PdfReader

    page = PdfReader(source).pages[page_index]
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return runs


def pdf_fonts(source: str | Path | IO[bytes]) -> dict[str, bool]:
    """The fonts every page uses: BaseFont name -> whether the font program is embedded."""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}
    for page in PdfReader(source).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_map = resources.get_object().get("/Font")
        if font_map is None:
            continue
        for ref in font_map.get_object().values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts") or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = False
            for descriptor in descriptors:
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded = True
            fonts[str(font["/BaseFont"]).lstrip("/")] = embedded
    return fonts


def docx_blocks(source: str | Path | IO[bytes]) -> list[str]:
    """The body of a DOCX in order: each paragraph's text, and each table row as
    «cell | cell» (line breaks inside a cell as spaces)."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(source)
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(normalise(Paragraph(child, document).text))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                blocks.append(" | ".join(normalise(cell.text) for cell in row.cells))
    return blocks
