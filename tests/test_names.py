"""Person-name forms: lists, signatures, cases, gender guessing, petrovich's traps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain import names
from desktop_app.domain.names import (
    NBSP,
    Case,
    PersonName,
    decline,
    decline_list_name,
    full_name,
    guess_gender,
    list_name,
    signature_name,
)
from desktop_app.domain.vocabulary import Gender

HMELEVA = PersonName("Хмелева", "Ксения", "Владимировна", Gender.FEMALE)
ZHUKOV = PersonName("Жуков", "Иван", "Николаевич", Gender.MALE)


# --- gender ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("middle", "first", "expected"),
    [
        ("Владимировна", "Ксения", Gender.FEMALE),
        ("Николаевич", "Иван", Gender.MALE),
        ("Вагизовна", "Гульнара", Gender.FEMALE),
        ("Тахирович", "Евгений", Gender.MALE),
        ("Ильич", "", Gender.MALE),
        ("Ильинична", "", Gender.FEMALE),
        ("Никитична", "", Gender.FEMALE),
        ("Саввична", "", Gender.FEMALE),
        ("ПЕТРОВНА", "", Gender.FEMALE),
        ("Гейдар оглы", "Ильхам", Gender.MALE),
        ("Гейдар кызы", "Лейла", Gender.FEMALE),
        # The patronymic decides even against a misleading first name.
        ("Иванович", "Никита", Gender.MALE),
        # No patronymic: the first name.
        ("", "Анна", Gender.FEMALE),
        ("", "Анна-Мария", Gender.FEMALE),
        ("", "Мария", Gender.FEMALE),
        ("", "Илья", Gender.MALE),
        ("", "Никита", Gender.MALE),
        ("", "Денис", Gender.MALE),
        ("", "Андрей", Gender.MALE),
        ("", "Игорь", Gender.MALE),
        ("", "Любовь", Gender.FEMALE),
        # Unsure: None rather than a wrong ending in a protocol.
        ("", "Саша", None),
        ("", "Женя", None),
        ("", "Шамиль", None),
        ("", "", None),
        ("Гейдар", "Ильхам", None),
    ],
)
def test_guess_gender(middle: str, first: str, expected: Gender | None) -> None:
    assert guess_gender(middle, first) is expected


def test_effective_gender_prefers_the_stored_one() -> None:
    assert PersonName("Иванова", "Саша", "", Gender.FEMALE).effective_gender is Gender.FEMALE
    assert PersonName("Жуков", "Иван", "Николаевич").effective_gender is Gender.MALE


# --- printed forms --------------------------------------------------------------------------


def test_list_and_signature_forms_use_a_no_break_space() -> None:
    assert list_name(HMELEVA) == f"Хмелева{NBSP}К.В."
    assert signature_name(HMELEVA) == f"К.В.{NBSP}Хмелева"
    assert NBSP == "\u00a0"


def test_plain_spaces_on_request() -> None:
    assert list_name(HMELEVA, nbsp=False) == "Хмелева К.В."
    assert signature_name(HMELEVA, nbsp=False) == "К.В. Хмелева"
    assert decline_list_name(HMELEVA, Case.ACCUSATIVE, nbsp=False) == "Хмелеву К.В."


def test_no_patronymic() -> None:
    name = PersonName("Хмелева", "Ксения")
    assert list_name(name, nbsp=False) == "Хмелева К."
    assert signature_name(name, nbsp=False) == "К. Хмелева"
    assert full_name(name) == "Хмелева Ксения"


def test_double_first_name_and_surname() -> None:
    name = PersonName("Петрова-Водкина", "Анна-Мария", "Ивановна")
    assert list_name(name, nbsp=False) == "Петрова-Водкина А.И."


def test_capitalisation_is_kept_as_typed() -> None:
    name = PersonName("хмелева", "ксения", "владимировна")
    assert list_name(name, nbsp=False) == "хмелева к.в."
    assert signature_name(name, nbsp=False) == "к.в. хмелева"


def test_stray_spaces_do_not_reach_the_document() -> None:
    name = PersonName(" Хмелева ", " Ксения", "Владимировна ")
    assert list_name(name, nbsp=False) == "Хмелева К.В."
    assert full_name(name) == "Хмелева Ксения Владимировна"


def test_full_name() -> None:
    assert full_name(HMELEVA) == "Хмелева Ксения Владимировна"


# --- declension -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        (HMELEVA, Case.GENITIVE, "Хмелевой Ксении Владимировны"),
        (HMELEVA, Case.DATIVE, "Хмелевой Ксении Владимировне"),
        (HMELEVA, Case.ACCUSATIVE, "Хмелеву Ксению Владимировну"),
        (HMELEVA, Case.INSTRUMENTAL, "Хмелевой Ксенией Владимировной"),
        (HMELEVA, Case.PREPOSITIONAL, "Хмелевой Ксении Владимировне"),
        (ZHUKOV, Case.GENITIVE, "Жукова Ивана Николаевича"),
        (ZHUKOV, Case.DATIVE, "Жукову Ивану Николаевичу"),
        (ZHUKOV, Case.ACCUSATIVE, "Жукова Ивана Николаевича"),
        (ZHUKOV, Case.INSTRUMENTAL, "Жуковым Иваном Николаевичем"),
        (ZHUKOV, Case.PREPOSITIONAL, "Жукове Иване Николаевиче"),
        (
            PersonName("Мерзлякова", "Марина", "Петровна"),
            Case.ACCUSATIVE,
            "Мерзлякову Марину Петровну",
        ),
        (
            PersonName("Мерзлякова", "Марина", "Петровна"),
            Case.DATIVE,
            "Мерзляковой Марине Петровне",
        ),
        (
            PersonName("Овчинникова", "Гульнара", "Вагизовна"),
            Case.ACCUSATIVE,
            "Овчинникову Гульнару Вагизовну",
        ),
        (
            PersonName("Овчинникова", "Гульнара", "Вагизовна"),
            Case.INSTRUMENTAL,
            "Овчинниковой Гульнарой Вагизовной",
        ),
        (
            PersonName("Крижановский", "Андрей", "Юрьевич"),
            Case.GENITIVE,
            "Крижановского Андрея Юрьевича",
        ),
        (
            PersonName("Крижановский", "Андрей", "Юрьевич"),
            Case.INSTRUMENTAL,
            "Крижановским Андреем Юрьевичем",
        ),
        (PersonName("Яворская", "Ирина", "Олеговна"), Case.ACCUSATIVE, "Яворскую Ирину Олеговну"),
        (
            PersonName("Петров-Водкин", "Кузьма", "Сергеевич"),
            Case.GENITIVE,
            "Петрова-Водкина Кузьмы Сергеевича",
        ),
        (
            PersonName("Петров-Водкин", "Кузьма", "Сергеевич"),
            Case.INSTRUMENTAL,
            "Петровым-Водкиным Кузьмой Сергеевичем",
        ),
        (PersonName("Ёлкин", "Пётр", "Ильич"), Case.DATIVE, "Ёлкину Петру Ильичу"),
        (PersonName("Ёлкин", "Пётр", "Ильич"), Case.INSTRUMENTAL, "Ёлкиным Петром Ильичем"),
        (
            PersonName("Шевченко", "Анна", "Ивановна", Gender.FEMALE),
            Case.GENITIVE,
            "Шевченко Анны Ивановны",
        ),
        (
            PersonName("Шевченко", "Анна", "Ивановна", Gender.FEMALE),
            Case.ACCUSATIVE,
            "Шевченко Анну Ивановну",
        ),
        (
            PersonName("Соловьев", "Денис", "Александрович"),
            Case.ACCUSATIVE,
            "Соловьева Дениса Александровича",
        ),
        (
            PersonName("Соловьев", "Денис", "Александрович"),
            Case.DATIVE,
            "Соловьеву Денису Александровичу",
        ),
        # A consonant surname declines for a man and not for a woman.
        (
            PersonName("Колесник", "Андрей", "Владимирович"),
            Case.GENITIVE,
            "Колесника Андрея Владимировича",
        ),
        (PersonName("Колесник", "Ольга", "Ивановна"), Case.GENITIVE, "Колесник Ольги Ивановны"),
        (PersonName("Ивашко", "Илья", "Васильевич"), Case.ACCUSATIVE, "Ивашко Илью Васильевича"),
        (
            PersonName("Мамедов", "Ильхам", "Гейдар оглы"),
            Case.DATIVE,
            "Мамедову Ильхаму Гейдар оглы",
        ),
    ],
)
def test_decline(name: PersonName, case: Case, expected: str) -> None:
    assert decline(name, case) == expected


def test_androgynous_rules_apply_once_a_gender_is_given() -> None:
    """petrovich's port skips «androgynous» rules when a gender is passed; ours does not."""
    assert decline(PersonName("Лебедева", "Ольга", "Ивановна"), Case.GENITIVE) == (
        "Лебедевой Ольги Ивановны"
    )
    assert decline(PersonName("Михалков", "Никита", "Сергеевич"), Case.DATIVE) == (
        "Михалкову Никите Сергеевичу"
    )
    assert decline(PersonName("Глинка", "Михаил", "Иванович"), Case.GENITIVE) == (
        "Глинки Михаила Ивановича"
    )


def test_prepositional_of_first_names_in_ii() -> None:
    assert decline(PersonName("Муратов", "Евгений", "Тахирович"), Case.PREPOSITIONAL) == (
        "Муратове Евгении Тахировиче"
    )
    assert decline(PersonName("Филиппов", "Дмитрий", "Георгиевич"), Case.PREPOSITIONAL) == (
        "Филиппове Дмитрии Георгиевиче"
    )
    assert decline(PersonName("Колесник", "Андрей", "Владимирович"), Case.PREPOSITIONAL) == (
        "Колеснике Андрее Владимировиче"
    )


def test_gender_is_guessed_when_missing() -> None:
    assert PersonName("Хмелева", "Ксения", "Владимировна").gender is None
    assert decline(PersonName("Хмелева", "Ксения", "Владимировна"), Case.ACCUSATIVE) == (
        "Хмелеву Ксению Владимировну"
    )


def test_unknown_gender_leaves_the_name_unchanged() -> None:
    name = PersonName("Колесник", "Саша")
    assert decline(name, Case.GENITIVE) == "Колесник Саша"
    assert decline_list_name(name, Case.ACCUSATIVE, nbsp=False) == "Колесник С."


def test_stored_gender_wins_over_the_guess() -> None:
    name = PersonName("Колесник", "Саша", "", Gender.MALE)
    assert decline(name, Case.GENITIVE) == "Колесника Саши"
    assert decline(PersonName("Колесник", "Саша", "", Gender.FEMALE), Case.GENITIVE) == (
        "Колесник Саши"
    )


def test_first_names_in_sha_follow_the_spelling_rule() -> None:
    """«ши», never «шы»: petrovich has the -ша rule for women only."""
    misha = PersonName("Иванов", "Миша", "", Gender.MALE)
    assert [decline(misha, case) for case in Case] == [
        "Иванова Миши",
        "Иванову Мише",
        "Иванова Мишу",
        "Ивановым Мишей",
        "Иванове Мише",
    ]
    masha = PersonName("Иванова", "Маша", "", Gender.FEMALE)
    assert decline(masha, Case.INSTRUMENTAL) == "Ивановой Машей"


def test_surname_in_capitals_keeps_its_capitals() -> None:
    name = PersonName("ХМЕЛЕВА", "Ксения", "Владимировна")
    assert decline(name, Case.ACCUSATIVE) == "ХМЕЛЕВУ Ксению Владимировну"


def test_decline_list_name() -> None:
    assert decline_list_name(HMELEVA, Case.ACCUSATIVE) == f"Хмелеву{NBSP}К.В."
    assert decline_list_name(ZHUKOV, Case.DATIVE, nbsp=False) == "Жукову И.Н."
    shevchenko = PersonName("Шевченко", "Анна", "Ивановна")
    assert decline_list_name(shevchenko, Case.ACCUSATIVE, nbsp=False) == "Шевченко А.И."


def test_overrides_win() -> None:
    name = PersonName(
        "Нгуен",
        "Тхи",
        "Ань",
        Gender.FEMALE,
        overrides={Case.ACCUSATIVE: "Нгуен  Тхи Ань", Case.DATIVE: "Нгуену Тхи Ань"},
    )
    assert decline(name, Case.ACCUSATIVE) == "Нгуен Тхи Ань"
    assert decline_list_name(name, Case.DATIVE, nbsp=False) == "Нгуену Т.А."
    # A case without an override still goes through the rules.
    assert decline(HMELEVA, Case.GENITIVE) == "Хмелевой Ксении Владимировны"


def test_override_keys_may_be_strings_and_blank_overrides_are_ignored() -> None:
    name = PersonName(
        "Жуков", "Иван", "Николаевич", overrides={"dative": "Жукову-Особому И.Н.", "genitive": " "}
    )
    assert name.overrides == {Case.DATIVE: "Жукову-Особому И.Н."}
    assert decline(name, Case.GENITIVE) == "Жукова Ивана Николаевича"


def test_person_name_is_immutable_and_hashable() -> None:
    source = {Case.DATIVE: "Жукову Ивану Николаевичу"}
    name = PersonName("Жуков", "Иван", "Николаевич", overrides=source)
    source[Case.DATIVE] = "испорчено"
    assert name.overrides[Case.DATIVE] == "Жукову Ивану Николаевичу"
    with pytest.raises(TypeError):
        name.overrides[Case.GENITIVE] = "x"  # type: ignore[index]
    assert hash(name) == hash(PersonName("Жуков", "Иван", "Николаевич"))
    same = PersonName(
        "Жуков", "Иван", "Николаевич", overrides={"dative": "Жукову Ивану Николаевичу"}
    )
    assert name == same


# --- petrovich's loading --------------------------------------------------------------------


def test_petrovich_is_imported_only_on_the_first_declension() -> None:
    code = (
        "import sys\n"
        "from desktop_app.domain.names import PersonName, list_name, Case, decline\n"
        "name = PersonName('Хмелева', 'Ксения', 'Владимировна')\n"
        "list_name(name)\n"
        "assert 'petrovich' not in sys.modules, 'imported too early'\n"
        "assert decline(name, Case.ACCUSATIVE) == 'Хмелеву Ксению Владимировну'\n"
        "assert 'petrovich.main' in sys.modules\n"
    )
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_declension_works_when_the_locale_encoding_is_not_utf8() -> None:
    """Like a Russian Windows without UTF-8 mode, where open() defaults to cp1251.

    No cp1251 locale is installed here, so on Linux the child runs in the plain C locale
    (ASCII), where petrovich's own constructor fails outright on its rules file.
    """
    code = (
        "import locale\n"
        "encoding = locale.getpreferredencoding(False).lower()\n"
        "assert 'utf' not in encoding, encoding\n"
        "from petrovich.main import Petrovich\n"
        "if encoding in ('ascii', 'ansi_x3.4-1968'):\n"
        "    try:\n"
        "        Petrovich()\n"
        "    except UnicodeDecodeError:\n"
        "        pass\n"
        "    else:\n"
        "        raise AssertionError('petrovich read its rules: is the trap gone?')\n"
        "from desktop_app.domain.names import PersonName, Case, decline\n"
        # The command line itself must be ASCII in this locale: escapes, not letters.
        f"name = PersonName({ascii('Хмелева')}, {ascii('Ксения')}, {ascii('Владимировна')})\n"
        "print(decline(name, Case.ACCUSATIVE))\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUTF8"}
    env.update(LC_ALL="C", LANG="C", PYTHONCOERCECLOCALE="0", PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-X", "utf8=0", "-c", code],
        check=True,
        cwd=root,
        env=env,
        capture_output=True,
    )
    assert done.stdout.decode("utf-8").strip() == "Хмелеву Ксению Владимировну"


def test_our_loader_does_not_use_petrovichs_constructor(monkeypatch: pytest.MonkeyPatch) -> None:
    from petrovich.main import Petrovich

    def broken_init(self: Petrovich, rules_path: str | None = None) -> None:
        raise UnicodeDecodeError("cp1251", b"\x98", 0, 1, "undefined")

    monkeypatch.setattr(Petrovich, "__init__", broken_init)
    names._engine.cache_clear()
    try:
        assert decline(ZHUKOV, Case.DATIVE) == "Жукову Ивану Николаевичу"
    finally:
        names._engine.cache_clear()


def test_case_labels() -> None:
    assert Case.ACCUSATIVE.label == "винительный"
    assert [case.value for case in Case] == [
        "genitive",
        "dative",
        "accusative",
        "instrumental",
        "prepositional",
    ]
