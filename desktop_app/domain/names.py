"""Russian person names: the forms the documents print, and the grammatical cases.

This is the one place that knows how a name is written:

* ``list_name`` — «Хмелева К.В.» (lists, «Присутствовали», the roster table);
* ``signature_name`` — «К.В. Хмелева» (signature lines, «Председатель — К.В. Хмелева»);
* ``full_name`` — «Хмелева Ксения Владимировна»;
* ``decline`` / ``decline_list_name`` — «СЛУШАЛИ: Хмелеву К.В.», «поручить Жукову И.Н.».

Declension uses the ``petrovich`` rules. Its Python port has three traps that this module
works around (see ``_engine``): it reads its rules file in the locale encoding (cp1251 on a
Russian Windows, where it silently stops declining), it returns a surname unchanged when
no gender is given, and it never applies the rules its data marks «androgynous» once a
gender *is* given (so «Ольга» became «Ольгы», «Никита» stayed «Никита»). petrovich is
imported on the first declension only: the main window must not wait for it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from desktop_app.domain.vocabulary import Gender

if TYPE_CHECKING:  # pragma: no cover - typing only, keeps the import lazy
    from petrovich.main import Petrovich

NBSP = "\u00a0"


class Case(StrEnum):
    """The grammatical cases a document needs; the nominative is the stored form."""

    GENITIVE = "genitive"  # кого? — «заявление Хмелевой К.В.»
    DATIVE = "dative"  # кому? — «поручить Хмелевой К.В.»
    ACCUSATIVE = "accusative"  # кого? — «СЛУШАЛИ: Хмелеву К.В.»
    INSTRUMENTAL = "instrumental"  # кем? — «подписано Хмелевой К.В.»
    PREPOSITIONAL = "prepositional"  # о ком? — «о Хмелевой К.В.»

    @property
    def label(self) -> str:
        return _CASE_LABELS[self]


_CASE_LABELS = {
    Case.GENITIVE: "родительный",
    Case.DATIVE: "дательный",
    Case.ACCUSATIVE: "винительный",
    Case.INSTRUMENTAL: "творительный",
    Case.PREPOSITIONAL: "предложный",
}

# petrovich.enums.Case numbers its cases in this order; kept here so that the enum is not
# imported before the first declension.
_PETROVICH_CASE = {
    Case.GENITIVE: 0,
    Case.DATIVE: 1,
    Case.ACCUSATIVE: 2,
    Case.INSTRUMENTAL: 3,
    Case.PREPOSITIONAL: 4,
}


@dataclass(frozen=True)
class PersonName:
    """A person's name as stored: nominative parts, gender, and hand-typed case forms.

    ``overrides`` holds full-name forms the secretary typed because the rules got a rare
    name wrong; an override always wins over the rules. ``gender`` may be unknown
    (``None``): it is then guessed from the patronymic when a form needs it.
    """

    last: str
    first: str
    middle: str = ""
    gender: Gender | None = None
    overrides: Mapping[Case, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # Read-only copy with Case keys, so a dict typed by the caller (or read from JSON
        # with string keys) can neither change later nor miss a lookup.
        frozen = MappingProxyType(
            {Case(key): value for key, value in self.overrides.items() if value and value.strip()}
        )
        object.__setattr__(self, "overrides", frozen)

    @property
    def effective_gender(self) -> Gender | None:
        """The stored gender, or the one the patronymic (or first name) suggests."""
        return self.gender or guess_gender(self.middle, self.first)


# --- gender ---------------------------------------------------------------------------------

# The exceptions the first-name fallback knows: male names in -а/-я, names in -ь of either
# gender (any other name in -ь is left unknown), short forms used for both.
_MALE_NAMES_IN_A = frozenset(
    "илья никита кузьма фома лука савва данила гаврила фока иона миша паша гоша леша дима "
    "вова ваня петя коля толя юра слава вася".split()
)
_MALE_NAMES_IN_SOFT_SIGN = frozenset("игорь лазарь".split())
_FEMALE_NAMES_IN_SOFT_SIGN = frozenset(
    "любовь нинель адель ассоль рахиль эсфирь жизель николь рашель габриэль".split()
)
_EITHER_NAMES = frozenset("саша женя валя шура".split())


def guess_gender(middle: str, first: str = "") -> Gender | None:
    """Guess the gender from the patronymic; use the first name only when there is none.

    A Russian patronymic settles it (-ович/-евич/-ич, -овна/-евна/-ична/-инична), as do the
    Turkic «оглы»/«улы» and «кызы»/«гызы». Without a patronymic a first name ending in
    -а/-я is taken as female (except a short list of male names: Илья, Никита ...) and one
    ending in a consonant or -й as male. ``None`` when nothing is certain enough: an
    unknown patronymic, an ambiguous name («Саша» has no patronymic to tell), empty input.
    """
    words = middle.strip().lower().replace("ё", "е").split()
    if words:
        last_word = words[-1]
        if last_word in ("оглы", "улы", "уулу", "угли") or last_word.endswith("ич"):
            return Gender.MALE
        if last_word in ("кызы", "гызы", "кизи") or last_word.endswith(("вна", "чна")):
            return Gender.FEMALE
        return None
    name = first.strip().lower().replace("ё", "е").split("-")[0]  # «Анна-Мария»: «анна»
    if not name.isalpha() or name in _EITHER_NAMES:
        return None
    if name in _MALE_NAMES_IN_A or name in _MALE_NAMES_IN_SOFT_SIGN:
        return Gender.MALE
    if name in _FEMALE_NAMES_IN_SOFT_SIGN:
        return Gender.FEMALE
    if name.endswith(("а", "я")):
        return Gender.FEMALE
    if name.endswith("ь"):
        return None
    if name[-1] in "бвгджзйклмнпрстфхцчшщ":
        return Gender.MALE
    return None


# --- printed forms --------------------------------------------------------------------------


def initials(name: PersonName) -> str:
    """«К.В.»; «К.» without a patronymic; «А.» for «Анна-Мария» (kept simple on purpose:
    a double first name is rare and its initials are written both ways)."""
    return "".join(f"{part.strip()[0]}." for part in (name.first, name.middle) if part.strip())


def list_name(name: PersonName, nbsp: bool = True) -> str:
    """«Хмелева К.В.» — surname first, as in lists and «СЛУШАЛИ:».

    With ``nbsp`` the space is a no-break space, so a line never ends between the surname
    and the initials. The capitalisation the user typed is kept as it is.
    """
    return _join(name.last.strip(), initials(name), nbsp)


def signature_name(name: PersonName, nbsp: bool = True) -> str:
    """«К.В. Хмелева» — initials first, as on a signature line."""
    return _join(initials(name), name.last.strip(), nbsp)


def full_name(name: PersonName) -> str:
    """«Хмелева Ксения Владимировна»."""
    return " ".join(part.strip() for part in (name.last, name.first, name.middle) if part.strip())


def _join(left: str, right: str, nbsp: bool) -> str:
    space = NBSP if nbsp else " "
    return space.join(part for part in (left, right) if part)


# --- declension -----------------------------------------------------------------------------


def decline(name: PersonName, case: Case) -> str:
    """The full name in ``case``: «Хмелеву Ксению Владимировну».

    A hand-typed override wins. Without a known or guessable gender the name is returned
    unchanged: a wrong ending («Колесника» for a woman) is worse in a signed protocol than
    the nominative, which the secretary will notice and fix by an override.
    """
    override = name.overrides.get(case)
    if override:
        return " ".join(override.split())
    gender = name.effective_gender
    if gender is None:
        return full_name(name)
    parts = [
        _inflect(name.last, case, gender, "lastname"),
        _inflect(name.first, case, gender, "firstname"),
        _inflect(name.middle, case, gender, "middlename"),
    ]
    return " ".join(part for part in parts if part)


def decline_list_name(name: PersonName, case: Case, nbsp: bool = True) -> str:
    """«Хмелеву К.В.» — the surname in ``case`` and the initials (initials do not decline).

    If the secretary typed the full form for this case, its first word is the surname.
    """
    override = name.overrides.get(case)
    if override and override.split():
        surname = override.split()[0]
    else:
        gender = name.effective_gender
        surname = name.last.strip()
        if gender is not None:
            surname = _inflect(surname, case, gender, "lastname")
    return _join(surname, initials(name), nbsp)


def _inflect(value: str, case: Case, gender: Gender, form: str) -> str:
    """Decline one part of the name (a surname, a first name or a patronymic).

    petrovich compares endings case-sensitively, so a surname typed in capitals
    («ХМЕЛЕВА») is declined in lower case and given its capitals back.
    """
    value = value.strip()
    if not value:
        return ""
    engine = _engine(gender)
    inflect = getattr(engine, form)
    if value.isupper() and len(value) > 1:
        return str(inflect(value.lower(), _PETROVICH_CASE[case], gender.value)).upper()
    return str(inflect(value, _PETROVICH_CASE[case], gender.value))


@cache
def _engine(gender: Gender) -> Petrovich:
    """A petrovich instance for one gender, built once, on the first declension.

    ``Petrovich.__init__`` reads ``rules.json`` with a bare ``open()`` (locale encoding), so
    the instance is built without it and given rules read here as UTF-8. ``__init__`` only
    sets ``self.data``; nothing else is skipped.

    The rules are also adapted to the gender: the Python port skips every rule whose
    gender differs from the one asked for, including the «androgynous» rules that the
    original petrovich applies to both (-га/-ка → -ги: «Ольги», -а: «Никиты», «Кузьмы»;
    -ия, -ца surnames). Relabelling them to the asked gender restores the original
    behaviour without changing the order in which the rules are tried.
    """
    from petrovich.main import Petrovich

    engine = Petrovich.__new__(Petrovich)
    engine.data = _rules_for(gender)
    return engine


@cache
def _raw_rules() -> dict[str, Any]:
    from importlib.resources import files

    text = files("petrovich").joinpath("rules", "rules.json").read_text(encoding="utf-8")
    return _fix_first_names_in_sha(json.loads(text))


def _rules_for(gender: Gender) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for form, groups in _raw_rules().items():
        data[form] = {}
        for group, rules in groups.items():
            kept = [
                {**rule, "gender": gender.value}
                for rule in rules
                if rule["gender"] in (gender.value, "androgynous")
            ]
            data[form][group] = kept
    _fix_first_name_ii(data)
    return data


def _fix_first_names_in_sha(data: dict[str, Any]) -> dict[str, Any]:
    """Make the first-name -ша rule apply to men too («Миши», not «Мишы»).

    The data has it for women only, so a man's «Миша», «Паша», «Гоша» fell through to the
    generic -а rule and got «-ы», which Russian spelling never puts after «ш».
    """
    for rule in data.get("firstname", {}).get("suffixes", []):
        if rule["test"] == ["ша"]:
            rule["gender"] = "androgynous"
    return data


def _fix_first_name_ii(data: dict[str, Any]) -> None:
    """Put the -ий first-name rule before the -й one, which otherwise shadows it.

    The shipped order gives «о Евгение», «о Дмитрие»; the -ий rule (never reached) says
    «о Евгении», «о Дмитрии», which is right. Only the prepositional case differs.
    """
    suffixes: list[dict[str, Any]] = data.get("firstname", {}).get("suffixes", [])
    ii = next((i for i, rule in enumerate(suffixes) if rule["test"] == ["ий"]), None)
    short = next((i for i, rule in enumerate(suffixes) if "й" in rule["test"]), None)
    if ii is not None and short is not None and short < ii:
        suffixes.insert(short, suffixes.pop(ii))
