"""Read a roster as acts print it («Состав рабочей группы ...») into people.

The secretary pastes the appendix of the act that created or changed the body; typing
twenty-three names, positions and roles by hand is where mistakes come from. The text
comes from Word or from a PDF, so it is messy: names broken over lines, trailing spaces,
three kinds of dashes, a title and a signature block around the list. The rules:

* An entry starts after an empty line, on a line right after one that ended an entry
  («;», or «.» that is not an abbreviation like «г.»), or with a list marker («- », «– »,
  «• », «1.», «1)») followed by a capital letter. Anything else continues the current
  entry (a line «– руководитель аппарата» is a wrapped position, not a new entry).
* An entry is «Фамилия Имя Отчество – должность»: the name is what precedes the FIRST
  dash with spaces around it (positions have their own dashes: «... округа – руководитель
  аппарата»).
* Before the heading «Члены рабочей группы:» (or «Члены комиссии:» ...) the role is the
  tail of the position («..., председатель рабочей группы»), and the tail is removed;
  after it everybody is a member. Headings «Председатель комиссии:» and the like set the
  role of the entries below them.
* Text around the list (the approval stamp, the title, the signature) is ignored. An
  entry that cannot be read is reported with its line number rather than guessed at —
  the secretary sees the list before anything is saved.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.domain.fields import fold, forbidden_character
from desktop_app.domain.names import PersonName, guess_gender
from desktop_app.domain.vocabulary import BodyKind, Gender, Role


@dataclass
class ParsedMember:
    """One person read from the roster text."""

    last_name: str
    first_name: str
    middle_name: str
    position: str
    role: Role
    gender: Gender | None
    line_no: int  # 1-based number of the entry's first line in the pasted text
    source: str  # the entry as one line, whitespace collapsed, without its list marker

    @property
    def name(self) -> PersonName:
        return PersonName(self.last_name, self.first_name, self.middle_name, self.gender)


@dataclass
class ParseResult:
    members: list[ParsedMember] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # Russian, each names its line


# --- patterns -------------------------------------------------------------------------------

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # hyphen ... en, em dash, minus
_MARKER = re.compile(rf"^\s*(?:[{_DASHES}•·▪*]|\d{{1,3}}[.)])\s+(?=\S)")
_SEPARATOR = re.compile(rf"\s[{_DASHES}]{{1,2}}\s")
_WORD = r"[А-ЯЁ][А-ЯЁа-яё]*(?:-[А-ЯЁа-яё]+)*"
_NAME_WORD = re.compile(rf"^{_WORD}$")
_TURKIC_PATRONYMIC_END = ("оглы", "улы", "уулу", "угли", "кызы", "гызы", "кизи")
_INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]\.){1,2}$")
_INVISIBLE = str.maketrans({"\ufeff": None, "\u00ad": None, "\u200b": None, "\u200e": None})

# The genitive of the body itself as it ends a role: «рабочей группы», «комиссии»,
# «межведомственной комиссии». Deliberately strict: «председатель территориальной
# избирательной комиссии» is a member's post, not the chair of this body.
_BODY_NAMES = sorted(
    {kind.genitive for kind in BodyKind} | {"трёхсторонней комиссии", "штаба", "коллегии"},
    key=len,
    reverse=True,
)
_BODY = "(?:" + "|".join(name.replace(" ", r"\s+") for name in _BODY_NAMES) + ")"
_ROLE_WORDS = {
    "председатель": Role.CHAIR,
    "заместитель председателя": Role.DEPUTY,
    "заместители председателя": Role.DEPUTY,
    "секретарь": Role.SECRETARY,
    "член": Role.MEMBER,
    "члены": Role.MEMBER,
}
_ROLE = r"(?P<role>[Зз]аместител[ьи]\s+председателя|[Пп]редседатель|[Сс]екретарь|[Чч]лен)"
# «..., заместитель председателя рабочей группы» at the end of a position (or the whole
# position, when the person has no other post).
_ROLE_TAIL = re.compile(rf"(?:^|\s*,\s*|\s+[{_DASHES}]\s+){_ROLE}\s+{_BODY}\s*$")
# «Члены рабочей группы:», «**Председатель комиссии:**», «**Члены организационного
# комитета**»: any body here, since a heading needs a colon or bold type anyway.
_HEADING = re.compile(
    r"^(?P<role>[Зз]аместител[ьи]\s+председателя|[Пп]редседатель|[Сс]екретарь|[Чч]лены)"
    r"\s+[а-яё][а-яё\s-]{1,80}?\s*(?P<colon>:?)$"
)
# A line ending in «г.», «пгт.», «и.о.» or an initial does not end the entry.
_ABBREVIATION_END = re.compile(r"(?:^|[\s.«(])(?:[а-яёa-z]{1,4}|[А-ЯЁA-Z])\.$")


def parse_roster_text(text: str) -> ParseResult:
    """Split pasted roster text into people; report what could not be read.

    Nothing here raises on bad input: the result lists who was understood and, for the
    rest, a message with the line number, so the import dialog can show both.
    """
    result = ParseResult()
    role_from_heading: Role | None = None
    after_members_heading = False
    problems: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] = []  # unreadable paragraphs without a marker

    seen: dict[str, int] = {}  # the folded full name → the line it was first read on
    for entry in _split_entries(text or ""):
        if entry.heading_role is not None:
            role_from_heading = entry.heading_role
            after_members_heading = entry.heading_role is Role.MEMBER
            continue
        member, problem = _parse_entry(entry, role_from_heading, after_members_heading)
        if member is not None:
            full = " ".join(filter(None, (member.last_name, member.first_name, member.middle_name)))
            key = fold(full)
            if key in seen:
                message = f"Строка {entry.line_no}: «{full}» уже указан(а) в строке {seen[key]}"
                problems.append((entry.line_no, message))
                continue
            seen[key] = entry.line_no
            # An unreadable paragraph between two people is a broken entry, not a title.
            problems.extend(pending)
            pending.clear()
            result.members.append(member)
        elif problem is not None:
            if entry.marked or _looks_like_entry(entry.text):
                problems.append((entry.line_no, problem))
            elif result.members:
                pending.append((entry.line_no, problem))
    # What follows the last person without a marker is the signature block: ignored.
    result.problems = [message for _, message in sorted(problems, key=lambda item: item[0])]
    if not result.members:
        result.problems.append(
            "Не найдено ни одного члена: ожидаются строки вида «Фамилия Имя Отчество – должность»."
        )
    return result


# --- splitting into entries -----------------------------------------------------------------


@dataclass
class _Entry:
    line_no: int
    lines: list[str]
    marked: bool  # started with a list marker
    heading_role: Role | None = None

    @property
    def text(self) -> str:
        return _join_lines(self.lines)


def _split_entries(text: str) -> list[_Entry]:
    lines = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    entries: list[_Entry] = []
    current: _Entry | None = None
    previous_ended = True  # the line before ended an entry (or there was none)
    for number, raw in enumerate(lines, start=1):
        line = " ".join(raw.split())
        if not line:
            current = None
            previous_ended = True
            continue
        heading = _heading_role(line)
        if heading is not None:
            entries.append(_Entry(number, [line], marked=False, heading_role=heading))
            current = None
            previous_ended = True
            continue
        marker = _MARKER.match(line)
        if marker and (previous_ended or line[marker.end() :][:1].isupper()):
            current = _Entry(number, [line[marker.end() :]], marked=True)
            entries.append(current)
        elif current is None or previous_ended:
            current = _Entry(number, [line], marked=False)
            entries.append(current)
        else:
            # A continuation; a line that begins with a dash («– руководитель аппарата»)
            # keeps it, since it is part of the position.
            current.lines.append(line)
        previous_ended = _ends_entry(line)
    return entries


def _heading_role(line: str) -> Role | None:
    """The role a heading line announces, or None if the line is not a heading."""
    bold = "**" in line or "__" in line
    match = _HEADING.match(line.replace("**", "").replace("__", "").strip())
    if not match or not (match.group("colon") or bold):
        # Without a colon only a bold heading counts: «секретарь комиссии» alone on a line
        # is usually the end of a wrapped position.
        return None
    return _ROLE_WORDS[" ".join(match.group("role").lower().split())]


def _ends_entry(line: str) -> bool:
    """Whether an entry may end with this line: «;», or a full stop after a word.

    «г.», «пгт.», «им.» and initials end with a dot but the entry goes on («г.\\nБелово»).
    """
    if line.endswith(";"):
        return True
    return line.endswith(".") and not _ABBREVIATION_END.search(line)


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space; «Архитектурно-\\nпланировочное» stays one word."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"\w-$", text) and line[:1].islower():
            text += line
        else:
            text += " " + line
    return " ".join(text.split())


# --- reading one entry ----------------------------------------------------------------------


def _parse_entry(
    entry: _Entry, role_from_heading: Role | None, after_members_heading: bool
) -> tuple[ParsedMember | None, str | None]:
    source = entry.text
    quoted = source if len(source) <= 120 else source[:117] + "..."
    forbidden = forbidden_character(source)
    if forbidden:
        return None, f"Строка {entry.line_no}: {forbidden}"
    split = _SEPARATOR.search(source)
    if split:
        name_part = source[: split.start()]
        position = source[split.end() :]
    elif entry.marked:
        name_part, position = source.rstrip(" ;.,"), ""  # «- Иванов Иван Иванович;»
    else:
        return None, _problem(entry, quoted)
    words = name_part.split()
    if any(_INITIAL.match(word) for word in words):
        return None, (
            f"Строка {entry.line_no}: нужны полные фамилия, имя и отчество, "
            f'а не инициалы: "{quoted}"'
        )
    name = _split_name(words)
    if name is None:
        return None, _problem(entry, quoted)
    last, first, middle = name

    position = re.sub(r"[\s;.,]+$", "", position.strip())
    role = role_from_heading or Role.MEMBER
    tail = _ROLE_TAIL.search(position)
    if tail:
        tail_role = _ROLE_WORDS[" ".join(tail.group("role").lower().split())]
        # After «Члены ...:» only a redundant «член ...» tail is cut; another role there
        # would contradict the heading, so the text is left for the secretary to see.
        if not after_members_heading or tail_role is Role.MEMBER:
            position = position[: tail.start()].rstrip(" ,")
            if not after_members_heading:
                role = tail_role
    member = ParsedMember(
        last_name=last,
        first_name=first,
        middle_name=middle,
        position=position,
        role=role,
        gender=guess_gender(middle, first),
        line_no=entry.line_no,
        source=source,
    )
    return member, None


def _split_name(words: list[str]) -> tuple[str, str, str] | None:
    """Фамилия, имя, отчество from 2-4 words, or None if they do not look like a name.

    Two words: a person without a patronymic. Four: a Turkic patronymic
    («Мамедов Ильхам Гейдар оглы»).
    """
    if len(words) == 4 and words[3].lower() in _TURKIC_PATRONYMIC_END:
        checked, middle = words[:3], f"{words[2]} {words[3].lower()}"
    elif len(words) in (2, 3):
        checked, middle = words, words[2] if len(words) == 3 else ""
    else:
        return None
    if not all(_NAME_WORD.match(word) for word in checked):
        return None
    return words[0], words[1], middle


def _problem(entry: _Entry, quoted: str) -> str:
    return f'Строка {entry.line_no}: не удалось выделить фамилию, имя и отчество: "{quoted}"'


def _looks_like_entry(text: str) -> bool:
    """A short capitalised head before a dash: a person entry that went wrong, not a title.

    «Хмелева К.В. – заместитель ...» or «Иванов иван – ...» are reported; «Утвержден
    распоряжением ...» or «Состав рабочей группы по ... области – Кузбасса» are not.
    """
    split = _SEPARATOR.search(text)
    if not split:
        return False
    head = text[: split.start()].split()
    return 1 <= len(head) <= 4 and head[0][:1].isupper()


# --- a roster kept as a table (.csv) --------------------------------------------------------


def roster_text_from_csv(text: str) -> str:
    """A roster saved from Excel as CSV («Фамилия;Имя;Отчество;Должность» or
    «Фамилия Имя Отчество;Должность») as the lines ``parse_roster_text`` reads:
    «Фамилия Имя Отчество – должность;». The cells that are name words come first and
    make the name; the rest is the position. A row that does not start with a name (a
    title, the column headings) is kept as it is, for the parser to ignore or report.
    Text without «;», tab or «,» separators is returned unchanged.
    """
    import csv

    lines = text.splitlines()
    sample = "\n".join(lines[:20])
    delimiter = next((d for d in (";", "\t", ",") if d in sample), None)
    if delimiter is None:
        return text
    out: list[str] = []
    for cells in csv.reader(lines, delimiter=delimiter):
        cells = [" ".join(cell.split()) for cell in cells]
        cells = [cell for cell in cells if cell]
        name_words: list[str] = []
        rest = cells
        while rest and len(name_words) < 4 and all(_NAME_WORD.match(w) for w in rest[0].split()):
            name_words.extend(rest[0].split())
            rest = rest[1:]
        if 2 <= len(name_words) <= 4 and _split_name(name_words) is not None:
            position = ", ".join(rest).rstrip(" ;.")
            out.append(" ".join(name_words) + (f" – {position};" if position else ";"))
        else:
            out.append(delimiter.join(cells))
        out.append("")  # every row is an entry of its own
    return "\n".join(out).strip("\n") + "\n"
