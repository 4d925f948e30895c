"""The users' own terms: kinds of bodies and acts, roles, sides of a tripartite body.

Each enum's value is the code stored in the database; ``label`` is the Russian word
printed in documents and shown in the interface.
"""

from __future__ import annotations

from enum import StrEnum


class BodyKind(StrEnum):
    WORKING_GROUP = "working_group"
    COMMISSION = "commission"
    INTERDEPARTMENTAL_COMMISSION = "interdepartmental_commission"
    TRIPARTITE_COMMISSION = "tripartite_commission"
    COUNCIL = "council"

    @property
    def label(self) -> str:
        return _BODY_KIND_LABELS[self]

    @property
    def genitive(self) -> str:
        """«Состав рабочей группы», «заседания комиссии»."""
        return _BODY_KIND_GENITIVE[self]

    @property
    def members_heading(self) -> str:
        """The heading of the ordinary members in a printed roster."""
        return f"Члены {self.genitive}:"


_BODY_KIND_LABELS = {
    BodyKind.WORKING_GROUP: "рабочая группа",
    BodyKind.COMMISSION: "комиссия",
    BodyKind.INTERDEPARTMENTAL_COMMISSION: "межведомственная комиссия",
    BodyKind.TRIPARTITE_COMMISSION: "трехсторонняя комиссия",
    BodyKind.COUNCIL: "совет",
}

_BODY_KIND_GENITIVE = {
    BodyKind.WORKING_GROUP: "рабочей группы",
    BodyKind.COMMISSION: "комиссии",
    BodyKind.INTERDEPARTMENTAL_COMMISSION: "межведомственной комиссии",
    BodyKind.TRIPARTITE_COMMISSION: "трехсторонней комиссии",
    BodyKind.COUNCIL: "совета",
}


class ActKind(StrEnum):
    ORDER = "order"
    RESOLUTION = "resolution"
    DECISION = "decision"
    DIRECTIVE = "directive"

    @property
    def label(self) -> str:
        return _ACT_KIND_LABELS[self]

    @property
    def instrumental(self) -> str:
        """«Утвержден распоряжением ...»."""
        return _ACT_KIND_INSTRUMENTAL[self]


_ACT_KIND_LABELS = {
    ActKind.ORDER: "распоряжение",
    ActKind.RESOLUTION: "постановление",
    ActKind.DECISION: "решение",
    ActKind.DIRECTIVE: "приказ",
}

_ACT_KIND_INSTRUMENTAL = {
    ActKind.ORDER: "распоряжением",
    ActKind.RESOLUTION: "постановлением",
    ActKind.DECISION: "решением",
    ActKind.DIRECTIVE: "приказом",
}


class Role(StrEnum):
    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]

    @property
    def genitive(self) -> str:
        """«нет председателя», «нет секретаря»."""
        return _ROLE_GENITIVE[self]

    @property
    def order(self) -> int:
        """The place of the role in a printed roster: chair, deputies, secretary, members."""
        return list(Role).index(self)

    @property
    def is_unique(self) -> bool:
        """A body has one chair and one secretary at a time."""
        return self in (Role.CHAIR, Role.SECRETARY)

    def in_body(self, kind: BodyKind) -> str:
        """«председатель рабочей группы», «секретарь комиссии»; members have no suffix."""
        if self is Role.MEMBER:
            return f"член {kind.genitive}"
        return f"{self.label} {kind.genitive}"


_ROLE_LABELS = {
    Role.CHAIR: "председатель",
    Role.DEPUTY: "заместитель председателя",
    Role.SECRETARY: "секретарь",
    Role.MEMBER: "член",
}


_ROLE_GENITIVE = {
    Role.CHAIR: "председателя",
    Role.DEPUTY: "заместителя председателя",
    Role.SECRETARY: "секретаря",
    Role.MEMBER: "члена",
}


class Side(StrEnum):
    """The sides (стороны) of a tripartite commission."""

    AUTHORITIES = "authorities"
    EMPLOYERS = "employers"
    UNIONS = "unions"

    @property
    def label(self) -> str:
        return _SIDE_LABELS[self]


_SIDE_LABELS = {
    Side.AUTHORITIES: "органы власти",
    Side.EMPLOYERS: "работодатели",
    Side.UNIONS: "профсоюзы",
}


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return "мужской" if self is Gender.MALE else "женский"


class QuorumRule(StrEnum):
    MORE_THAN_HALF = "more_than_half"
    AT_LEAST_HALF = "at_least_half"
    AT_LEAST_TWO_THIRDS = "at_least_two_thirds"

    @property
    def label(self) -> str:
        return _QUORUM_LABELS[self]

    def required(self, member_count: int) -> int:
        """How many members present make a quorum."""
        if self is QuorumRule.MORE_THAN_HALF:
            return member_count // 2 + 1
        if self is QuorumRule.AT_LEAST_HALF:
            return (member_count + 1) // 2
        return -(-2 * member_count // 3)


_QUORUM_LABELS = {
    QuorumRule.MORE_THAN_HALF: "более половины членов",
    QuorumRule.AT_LEAST_HALF: "не менее половины членов",
    QuorumRule.AT_LEAST_TWO_THIRDS: "не менее двух третей членов",
}
