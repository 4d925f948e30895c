"""A person as the member form edits them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line
from desktop_app.domain.vocabulary import Gender

_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё' .\-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _name_part(value: str, field: str, *, required: bool) -> str:
    text = clean_line(value, field, required=required, limit=100)
    if text and not _NAME.match(text):
        raise ValidationError("допустимы только буквы, дефис, апостроф и пробел", field)
    return text


@dataclass
class PersonFields:
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    gender: Gender | None = None
    position: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    name_genitive: str = ""
    name_dative: str = ""
    name_accusative: str = ""

    def cleaned(self) -> PersonFields:
        """A checked copy; raise ValidationError naming the first bad field."""
        email = clean_line(self.email, "Эл. почта", limit=200)
        if email and not _EMAIL.match(email):
            raise ValidationError("адрес должен иметь вид имя@домен.ru", "Эл. почта")
        return PersonFields(
            last_name=_name_part(self.last_name, "Фамилия", required=True),
            first_name=_name_part(self.first_name, "Имя", required=True),
            middle_name=_name_part(self.middle_name, "Отчество", required=False),
            gender=Gender(self.gender) if self.gender else None,
            position=clean_line(self.position, "Должность", limit=1000),
            organisation=clean_line(self.organisation, "Организация", limit=1000),
            phone=clean_line(self.phone, "Телефон", limit=100),
            email=email,
            name_genitive=clean_line(self.name_genitive, "Родительный падеж"),
            name_dative=clean_line(self.name_dative, "Дательный падеж"),
            name_accusative=clean_line(self.name_accusative, "Винительный падеж"),
        )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)
