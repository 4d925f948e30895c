"""Errors the user can fix: each names the field or the row in Russian."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input; nothing was changed.

    ``field`` is the Russian name of the field as the form shows it, or ``None`` when the
    message speaks of the record as a whole.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message
