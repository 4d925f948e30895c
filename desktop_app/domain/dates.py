"""Dates as the users write them: ДД.ММ.ГГГГ."""

from __future__ import annotations

import re
from datetime import date, datetime

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

_DATE = re.compile(r"^\s*([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\s*$")


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_date_time(value: datetime | None) -> str:
    """``ДД.ММ.ГГГГ ЧЧ:ММ``."""
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def parse_date(text: str) -> date:
    """Parse ``ДД.ММ.ГГГГ``; raise ValueError with a Russian message otherwise."""
    if not isinstance(text, str):
        raise ValueError(f"ожидается дата в формате ДД.ММ.ГГГГ, а не {type(text).__name__}")
    match = _DATE.match(text or "")
    if not match:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise ValueError(f"«{shown}» — не дата в формате ДД.ММ.ГГГГ")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"«{text}» — такой даты нет в календаре") from None
