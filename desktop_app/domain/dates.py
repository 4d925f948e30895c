"""Dates as the users write them: ДД.ММ.ГГГГ."""

from __future__ import annotations

import re
from datetime import date

#: «15 февраля», «"05" октября 2024 г.»: the months as a date writes them.
MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def parse_date(text: str) -> date:
    """Parse ``ДД.ММ.ГГГГ``; raise ValueError with a Russian message otherwise."""
    match = _DATE.match(text or "")
    if not match:
        raise ValueError(f"«{text}» — не дата в формате ДД.ММ.ГГГГ")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"«{text}» — такой даты нет в календаре") from None
