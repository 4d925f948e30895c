"""A standing body's own settings, as the body form edits them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line, clean_text
from desktop_app.domain.vocabulary import ActKind, BodyKind, QuorumRule

# The head nouns of body names and their genitive, longest first.
_GENITIVE_HEADS = (
    ("межведомственная комиссия", "межведомственной комиссии"),
    ("трехсторонняя комиссия", "трехсторонней комиссии"),
    ("трёхсторонняя комиссия", "трёхсторонней комиссии"),
    ("рабочая группа", "рабочей группы"),
    ("комиссия", "комиссии"),
    ("совет", "совета"),
)


def genitive_of_body_name(full_name: str) -> str:
    """«рабочая группа по ...» → «рабочей группы по ...»; unknown heads stay as typed."""
    for head, genitive in _GENITIVE_HEADS:
        if full_name.lower().startswith(head):
            rest = full_name[len(head) :]
            if full_name[:1].isupper():
                genitive = genitive[:1].upper() + genitive[1:]
            return genitive + rest
    return full_name


@dataclass
class BodyFields:
    kind: BodyKind = BodyKind.WORKING_GROUP
    full_name: str = ""
    full_name_genitive: str = ""
    short_name: str = ""
    organisation: str = ""
    place: str = ""
    act_kind: ActKind = ActKind.ORDER
    act_number: str = ""
    act_date: date | None = None
    quorum_rule: QuorumRule = QuorumRule.MORE_THAN_HALF
    report_day: int = 3
    meetings_per_quarter: int = 1

    def cleaned(self) -> BodyFields:
        """A checked copy; raise ValidationError naming the first bad field."""
        full_name = clean_text(self.full_name, "Полное наименование", required=True)
        genitive = clean_text(self.full_name_genitive, "Наименование в родительном падеже")
        if not isinstance(self.report_day, int) or not 1 <= self.report_day <= 28:
            raise ValidationError("число месяца от 1 до 28", "Срок отчетов")
        if not isinstance(self.meetings_per_quarter, int) or not (
            0 <= self.meetings_per_quarter <= 12
        ):
            raise ValidationError("от 0 до 12 заседаний в квартал", "Заседаний в квартал")
        return BodyFields(
            kind=BodyKind(self.kind),
            full_name=full_name,
            full_name_genitive=genitive or genitive_of_body_name(full_name),
            short_name=clean_line(self.short_name, "Краткое наименование", required=True),
            organisation=clean_text(self.organisation, "Организация"),
            place=clean_line(self.place, "Место"),
            act_kind=ActKind(self.act_kind),
            act_number=clean_line(self.act_number, "Номер акта", limit=60),
            act_date=self.act_date,
            quorum_rule=QuorumRule(self.quorum_rule),
            report_day=self.report_day,
            meetings_per_quarter=self.meetings_per_quarter,
        )

    def act_reference(self) -> str:
        """«распоряжение от 18.10.2022 № 41-р»."""
        parts = [self.act_kind.label]
        if self.act_date:
            parts.append(f"от {format_date(self.act_date)}")
        if self.act_number:
            parts.append(f"№\u00a0{self.act_number}")
        return " ".join(parts)
