"""A ruled table for long lists (2 000 assignments): its header repeated on every page,
each row laid out once, in time proportional to the rows.

reportlab's Table splits a long table page by page by building the rest of it anew each
time (styling and measuring every remaining cell), and sets each line of each cell through
the Paragraph machinery: a list of 2 000 assignments took over five seconds. Here a cell
is a few runs of plain text (a face each: font, size, colour, alignment), broken into
lines once with the font's widths, and each page draws its rows with one text object.

Rows never split across pages, unless a row is taller than a whole page: then it is split
between two lines, and the rest continues on the next page under the header.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

#: A break between words: ordinary spaces only (a non-breaking space binds).
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True)
class Face:
    """How a run of text is set."""

    font: str
    size: float
    leading: float
    colour: str = "#000000"
    centred: bool = False
    space_before: float = 0.0  # above the run, when it is not the first of its cell


@dataclass(frozen=True)
class Padding:
    left: float
    right: float
    top: float
    bottom: float


@lru_cache(maxsize=16)
def _font(name: str) -> Any:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name)


#: Word widths by (font, size): the words of official texts repeat («Администрации»,
#: «городского», «округа»), and a dictionary is quicker than measuring them anew.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_WIDTHS_LIMIT = 200_000


def _widths(face: Face) -> tuple[dict[str, float], Any]:
    font = _font(face.font)
    widths = _WIDTHS.get((face.font, face.size))
    if widths is None or len(widths) > _WIDTHS_LIMIT:
        widths = _WIDTHS[(face.font, face.size)] = {}
    return widths, font


def break_lines(text: str, face: Face, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (greedily, at spaces; a word
    wider than the line is cut between letters)."""
    words = _SPACES.split(text.strip(" \t\r\n"))
    if words == [""]:
        return []
    widths, font = _widths(face)
    size = face.size
    space = font.stringWidth(" ", size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        word_width = widths.get(word)
        if word_width is None:
            word_width = widths[word] = font.stringWidth(word, size)
        if word_width > width:
            if current:
                lines.append(" ".join(current))
            while font.stringWidth(word, size) > width:
                head, word = split_word(word, font, size, width)
                lines.append(head)
            current, used = [word], font.stringWidth(word, size)
            continue
        if current and used + space + word_width > width:
            lines.append(" ".join(current))
            current, used = [word], word_width
        else:
            used = used + space + word_width if current else word_width
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
#: Letters that never start the rest of a hyphenated word.
_NEVER_FIRST = frozenset("ьъйЬЪЙ")


def _good_break(word: str, at: int) -> bool:
    """Whether a Russian word may be hyphenated before ``word[at]``: between two letters,
    each part with a vowel, no «ь», «ъ», «й» carried over, after a vowel or between two
    consonants («неформаль-ной», «предпринима-тельства»)."""
    before, after = word[at - 1], word[at]
    if not (_CYRILLIC.match(before) and _CYRILLIC.match(after)) or after in _NEVER_FIRST:
        return False
    if word[at + 1 : at + 2] in ("ь", "ъ"):  # «неформаль-ной», not «неформа-льной»
        return False
    if not any(c in _VOWELS for c in word[:at]) or not any(c in _VOWELS for c in word[at:]):
        return False
    if before in _VOWELS:
        return after not in _VOWELS
    return after not in _VOWELS or before in _NEVER_FIRST


def split_word(word: str, font: Any, size: float, width: float) -> tuple[str, str]:
    """The head of a word too wide for a line, and the rest: hyphenated where a Russian
    word may be, else cut between the letters that fit (a number, a link)."""
    fitting = 1
    while fitting < len(word) and font.stringWidth(word[: fitting + 1], size) <= width:
        fitting += 1
    for at in range(min(fitting, len(word) - 2), 1, -1):
        if _good_break(word, at) and font.stringWidth(word[:at] + "-", size) <= width:
            return word[:at] + "-", word[at:]
    return word[:fitting], word[fitting:]


#: A laid-out line: its top below the cell's top, its text, its face.
Line = tuple[float, str, Face]


@dataclass
class CellLayout:
    lines: list[Line] = field(default_factory=list)
    height: float = 0.0  # of the text, without the padding


def lay_out_cell(runs: list[tuple[str, Face]], width: float) -> CellLayout:
    layout = CellLayout()
    top = 0.0
    for index, (text, face) in enumerate(runs):
        broken = break_lines(text, face, width)
        if not broken:
            continue
        if index and layout.lines:
            top += face.space_before
        for line in broken:
            layout.lines.append((top, line, face))
            top += face.leading
    layout.height = top
    return layout


@dataclass
class RowLayout:
    cells: list[CellLayout]
    height: float  # with the padding
    middle: bool = False  # the cells centred vertically (the header)

    def split(self, content_height: float, padding: Padding) -> tuple[RowLayout, RowLayout]:
        """The lines that fit in ``content_height``, and the rest (a row taller than a
        page)."""
        first: list[CellLayout] = []
        rest: list[CellLayout] = []
        for cell in self.cells:
            kept = [line for line in cell.lines if line[0] + line[2].leading <= content_height]
            moved = cell.lines[len(kept) :]
            if not kept and moved:  # not even one line: keep one anyway, never loop
                kept, moved = moved[:1], moved[1:]
            shift = moved[0][0] if moved else 0.0
            first.append(CellLayout(kept, _lines_height(kept)))
            rest.append(CellLayout([(t - shift, s, f) for t, s, f in moved], 0.0))
            rest[-1].height = _lines_height(rest[-1].lines)
        pad = padding.top + padding.bottom
        return (
            RowLayout(first, max(c.height for c in first) + pad),
            RowLayout(rest, max(c.height for c in rest) + pad),
        )


def _lines_height(lines: list[Line]) -> float:
    return lines[-1][0] + lines[-1][2].leading if lines else 0.0


class Grid:
    """The columns, the header and the rows of a table, laid out once."""

    def __init__(
        self,
        header: list[list[tuple[str, Face]]],
        rows: list[list[list[tuple[str, Face]]]],
        widths: list[float],
        padding: Padding,
        line_width: float = 0.5,
    ) -> None:
        self.widths = widths
        self.width = sum(widths)
        self.lefts = [0.0, *accumulate(widths)][:-1]
        self.padding = padding
        self.line_width = line_width
        self._encoders: dict[tuple[int, str], _Encoder] = {}
        self.header = self.lay_out(header, middle=True)
        self.rows = [self.lay_out(row) for row in rows]
        #: ``ends[i]``: the height of rows 0 … i−1.
        self.ends = [0.0, *accumulate(row.height for row in self.rows)]

    def lay_out(self, cells: list[list[tuple[str, Face]]], *, middle: bool = False) -> RowLayout:
        pad = self.padding
        inner = [w - pad.left - pad.right for w in self.widths]
        laid = [lay_out_cell(runs, width) for runs, width in zip(cells, inner, strict=True)]
        height = max((c.height for c in laid), default=0.0) + pad.top + pad.bottom
        return RowLayout(laid, height, middle)

    def height(self, start: int, first: RowLayout | None = None) -> float:
        """The header and the rows from ``start`` on (``first`` in place of the row at
        ``start``)."""
        height = self.header.height + self.ends[-1] - self.ends[start]
        if first is not None:
            height += first.height - self.rows[start].height
        return height

    def fit(self, start: int, avail_height: float, first: RowLayout | None) -> int:
        """The end of the rows from ``start`` on that fit in ``avail_height``."""
        room = avail_height - self.header.height + 1e-6
        if first is not None:
            if first.height > room:
                return start
            room -= first.height
            start += 1
        return max(start, bisect_right(self.ends, self.ends[start] + room) - 1)

    def draw(self, canvas: Any, rows: list[RowLayout], top: float) -> None:
        """The header and ``rows`` with their rules, the header's top at ``top``."""
        from reportlab.lib.rl_accel import escapePDF, fp_str

        pad = self.padding
        doc = canvas._doc
        code = ["q", "BT"]
        font: tuple[str, float] | None = None
        colour = "#000000"
        y = top
        bottoms = []
        for row in [self.header, *rows]:
            for left, width, cell in zip(self.lefts, self.widths, row.cells, strict=True):
                offset = y - pad.top
                if row.middle:
                    offset -= (row.height - pad.top - pad.bottom - cell.height) / 2
                for line_top, line, face in cell.lines:
                    encoder = self._encoder(doc, face.font)
                    if colour != face.colour:
                        colour = face.colour
                        code.append(f"{_rgb(colour)} rg")
                    x = left + pad.left
                    if face.centred:
                        x = left + (width - encoder.font.stringWidth(line, face.size)) / 2
                    code.append(f"1 0 0 1 {fp_str(x)} {fp_str(offset - line_top - face.size)} Tm")
                    for name, chunk in encoder.encode(line):
                        if font != (name, face.size):
                            font = (name, face.size)
                            code.append(f"{name} {fp_str(face.size)} Tf")
                        code.append(f"({escapePDF(chunk)}) Tj")
            y -= row.height
            bottoms.append(y)
        code += ["ET", "Q"]
        canvas.addLiteral("\n".join(code))
        canvas.saveState()
        canvas.setLineWidth(self.line_width)
        rules = [(0, top, self.width, top)]
        rules += [(0, bottom, self.width, bottom) for bottom in bottoms]
        rules += [(x, top, x, y) for x in [*self.lefts, self.width]]
        canvas.lines(rules)
        canvas.restoreState()

    def _encoder(self, doc: Any, font_name: str) -> _Encoder:
        key = (id(doc), font_name)
        encoder = self._encoders.get(key)
        if encoder is None or encoder.doc is not doc:
            encoder = self._encoders[key] = _Encoder(_font(font_name), doc)
        return encoder


def _rgb(colour: str) -> str:
    value = int(colour.lstrip("#"), 16)
    parts = ((value >> 16) & 255, (value >> 8) & 255, value & 255)
    return " ".join(f"{part / 255:.3f}".rstrip("0").rstrip(".") or "0" for part in parts)


class _Unassigned(Exception):
    """A character the document's subsets of the font do not hold yet."""


class _Codes(dict[int, str]):
    def __missing__(self, key: int) -> str:
        raise _Unassigned(key)


class _Encoder:
    """A line of text as the codes of a TrueType font's subsets in one document.

    reportlab maps each character of each line through the font's subset state in
    Python (``TTFont.splitString``), the most of the time a long table takes to draw. The
    characters already placed in the first subset (all the Cyrillic and Latin text of a
    document, as a rule) are mapped here by ``str.translate``; a line with any other
    character goes through ``splitString``, which places it. This is reportlab's
    documented way for dynamic fonts: ``splitString``, ``getSubsetInternalName``, escape.
    """

    def __init__(self, font: Any, doc: Any) -> None:
        self.font = font
        self.doc = doc
        self.codes = _Codes()
        self.names: dict[int, str] = {}

    def name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def encode(self, text: str) -> list[tuple[str, bytes]]:
        try:
            return [(self.name(0), text.translate(self.codes).encode("latin-1"))]
        except _Unassigned:
            pass
        chunks = [
            (self.name(subset), chunk) for subset, chunk in self.font.splitString(text, self.doc)
        ]
        state = self.font.state[self.doc]
        for code, number in state.assignments.items():
            if number < 256:
                self.codes[code] = chr(number)
        if 32 in self.codes:
            self.codes[0xA0] = self.codes[32]  # as splitString: a non-breaking space is a space
        return chunks


@lru_cache(maxsize=1)
def paged_table_class() -> type:
    """The flowable class (built on first use: reportlab is imported lazily)."""
    from reportlab.platypus import Flowable

    class PagedTable(Flowable):
        """The rows of a :class:`Grid` from ``start`` on under its header: on each page
        as many whole rows as fit."""

        def __init__(
            self,
            grid: Grid,
            start: int = 0,
            first: RowLayout | None = None,
            tail: float = 0.0,
        ) -> None:
            super().__init__()
            self.grid = grid
            self.start = start
            self.first = first  # the rest of a row split at the foot of the last page
            #: The height of what must follow the last row on its page (a signature):
            #: when it does not fit there, the last row goes to the next page with it.
            self.tail = tail

        def _rows(self, end: int) -> list[RowLayout]:
            rows = self.grid.rows[self.start : end]
            if self.first is not None and rows:
                rows[0] = self.first
            return rows

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.height = self.grid.height(self.start, self.first)
            self.width = self.grid.width
            if self.tail and self.height <= avail_height < self.height + self.tail:
                return self.width, avail_height + 1  # split: the last row keeps the tail
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            grid, start = self.grid, self.start
            count = len(grid.rows)
            if start >= count:
                return []
            frame = getattr(self, "_frame", None)
            at_top = frame is not None and getattr(frame, "_atTop", False)
            fitting = grid.fit(start, avail_height, self.first)
            end = fitting
            if self.tail and end >= count:
                end = count - 1  # the last row goes on with the tail
                if end <= start and at_top:
                    end = fitting  # the last row and the tail exceed a page: no help
            cls = type(self)
            if end > start:
                part = _Part(grid, self._rows(end))
                rest = [cls(grid, end, tail=self.tail)] if end < count else []
            else:
                if not at_top or fitting > start:
                    return []  # not even one row here: the next page
                # A row taller than a whole page: as many of its lines as fit.
                row = self.first or grid.rows[start]
                room = avail_height - grid.header.height - grid.padding.top - grid.padding.bottom
                head, rest_of_row = row.split(room, grid.padding)
                part = _Part(grid, [head])
                rest = [cls(grid, start, rest_of_row, tail=self.tail)]
            part.spaceBefore = self.spaceBefore if start == 0 and self.first is None else 0
            return [part, *rest]

        def draw(self) -> None:
            self.grid.draw(self.canv, self._rows(len(self.grid.rows)), self.height)

        def head_height(self) -> float:
            """The header and the first row: what must follow a heading on its page."""
            grid = self.grid
            if self.start >= len(grid.rows):
                return grid.header.height
            return grid.header.height + (self.first or grid.rows[self.start]).height

    class _Part(Flowable):
        """The rows of one page under the header."""

        def __init__(self, grid: Grid, rows: list[RowLayout]) -> None:
            super().__init__()
            self.grid = grid
            self.rows = rows
            self.width = grid.width
            self.height = grid.header.height + sum(row.height for row in rows)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            self.grid.draw(self.canv, self.rows, self.height)

    return PagedTable


def paged_table(grid: Grid) -> Any:
    """A flowable of the whole table."""
    return paged_table_class()(grid)
