"""Checks of typed text shared by every form: required, length, no control characters."""

from __future__ import annotations

import re

from desktop_app.domain.errors import ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fold(text: str) -> str:
    """The form in which Russian text is compared and searched: any case, ё = е."""
    return text.casefold().replace("ё", "е")


def clean_text(value: str | None, field: str, *, required: bool = False, limit: int = 2000) -> str:
    """Strip the text and check it; raise ValidationError naming ``field``."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("обязательное поле не заполнено", field)
    if len(text) > limit:
        raise ValidationError(f"слишком длинный текст (больше {limit} знаков)", field)
    if _CONTROL.search(text):
        raise ValidationError("текст содержит недопустимые управляющие символы", field)
    return text


def clean_line(value: str | None, field: str, *, required: bool = False, limit: int = 300) -> str:
    """A one-line field: line breaks are folded into spaces."""
    text = re.sub(r"\s+", " ", value or "")
    return clean_text(text, field, required=required, limit=limit)
