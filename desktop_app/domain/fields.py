"""Checks of typed text shared by every form and import: required, length, no control
characters.

The one rule for characters, used by every store function and every import: text may hold
letters, digits, punctuation, spaces, tabs and line breaks; it may not hold

* the C0 and C1 control characters (``\\x00``, ``\\x07`` bell, ``\\x1b`` escape, ``\\x7f`` …
  ``\\x9f``), which SQLite stores but XML (DOCX, XLSX) cannot and which print as garbage;
* the bidirectional embeddings, overrides and isolates (U+202A…U+202E, U+2066…U+2069):
  «\\u202e» shows «5 000» as «000 5» — text that reads differently from what is stored;
* lone surrogates (U+D800…U+DFFF), which cannot be encoded in UTF-8 at all (the database
  write would fail), and the non-characters U+FFFE, U+FFFF.

Such text is refused with a Russian message naming the field and the character, never
silently changed. One-line fields (``clean_line``) fold every kind of whitespace, line
breaks included, into one space first.
"""

from __future__ import annotations

import re

from desktop_app.domain.errors import ValidationError

_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)

#: The default limits of a one-line and a multi-line field, in characters.
LINE_LIMIT = 300
TEXT_LIMIT = 2000


def fold(text: str) -> str:
    """The form in which Russian text is compared and searched: any case, ё = е."""
    return text.casefold().replace("ё", "е")


def forbidden_character(text: str) -> str | None:
    """A Russian description of the first character ``text`` may not hold, or None."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return (
        f"текст содержит недопустимый управляющий символ U+{ord(found.group()):04X} "
        f"(знак {found.start() + 1}): удалите его"
    )


def printable(text: str) -> str:
    """``text`` with every forbidden character shown as «�»: for quoting bad input in a
    message, which must itself be safe to show, print and store."""
    return _CONTROL.sub("\ufffd", text)


def clean_text(
    value: str | None, field: str, *, required: bool = False, limit: int = TEXT_LIMIT
) -> str:
    """Strip the text and check it; raise ValidationError naming ``field``."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(f"ожидается текст, а не {type(value).__name__}", field)
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("обязательное поле не заполнено", field)
    if len(text) > limit:
        raise ValidationError(
            f"слишком длинный текст: {len(text)} знаков, допустимо не больше {limit}", field
        )
    problem = forbidden_character(text)
    if problem:
        raise ValidationError(problem, field)
    return text


def clean_line(
    value: str | None, field: str, *, required: bool = False, limit: int = LINE_LIMIT
) -> str:
    """A one-line field: line breaks and other whitespace are folded into spaces."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(f"ожидается текст, а не {type(value).__name__}", field)
    if value is not None and len(value) > 4 * limit + 1000:
        # Not worth folding a megabyte of whitespace to find it is too long anyway.
        raise ValidationError(
            f"слишком длинный текст: {len(value)} знаков, допустимо не больше {limit}", field
        )
    text = re.sub(r"\s+", " ", value or "")
    return clean_text(text, field, required=required, limit=limit)
