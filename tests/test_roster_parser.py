"""Reading a pasted roster: the Belovo act as printed, and the other shapes rosters take."""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_fixtures import BELOVO_ROSTER, SEED_FILE, SEED_LINES

from desktop_app.domain.roster_parser import ParsedMember, parse_roster_text
from desktop_app.domain.vocabulary import Gender, Role

BELOVO_MEMBERS_IN_ORDER = [
    "Гусарова",
    "Денисенкова",
    "Жуков",
    "Ивашко",
    "Кирсанова",
    "Колесник",
    "Коршикова",
    "Крижановский",
    "Малахов",
    "Муратов",
    "Наруджимова",
    "Олейникова",
    "Романов",
    "Сикова",
    "Смараков",
    "Соловьев",
    "Филиппов",
    "Широкова",
    "Яворская",
]


def _by_surname(members: list[ParsedMember]) -> dict[str, ParsedMember]:
    return {member.last_name: member for member in members}


# --- the Belovo roster ----------------------------------------------------------------------


def test_fixture_is_the_seed_text_verbatim() -> None:
    seed = Path(SEED_FILE)
    if not seed.exists():
        pytest.skip("the seed file is not on this machine")
    first, last = SEED_LINES
    lines = seed.read_text(encoding="utf-8").split("\n")[first - 1 : last]
    assert BELOVO_ROSTER == "\n".join(lines)


def test_belovo_roster_has_23_people_and_no_problems() -> None:
    result = parse_roster_text(BELOVO_ROSTER)
    assert result.problems == []
    assert len(result.members) == 23
    roles = [member.role for member in result.members]
    assert roles.count(Role.CHAIR) == 1
    assert roles.count(Role.DEPUTY) == 2
    assert roles.count(Role.SECRETARY) == 1
    assert roles.count(Role.MEMBER) == 19


def test_belovo_chair_deputies_secretary() -> None:
    chair, first_deputy, second_deputy, secretary = parse_roster_text(BELOVO_ROSTER).members[:4]

    assert (chair.last_name, chair.first_name, chair.middle_name) == (
        "Хмелева",
        "Ксения",
        "Владимировна",
    )
    assert chair.role is Role.CHAIR
    assert chair.position == (
        "заместитель главы Беловского городского округа по экономике, финансам, налогам "
        "и собственности"
    )
    assert chair.gender is Gender.FEMALE
    assert chair.line_no == 11
    assert chair.source.startswith("Хмелева Ксения Владимировна - заместитель главы")

    assert first_deputy.last_name == "Мерзлякова"
    assert first_deputy.role is Role.DEPUTY
    # The role tail was split over two lines; the position keeps its own en dash.
    assert first_deputy.position == (
        "заместитель Главы Беловского городского округа – руководитель аппарата"
    )

    assert second_deputy.last_name == "Овчинникова"
    assert second_deputy.role is Role.DEPUTY
    assert second_deputy.position == "первый заместитель Главы Беловского городского округа"

    assert secretary.last_name == "Проскуракова"
    assert secretary.role is Role.SECRETARY
    assert secretary.position == (
        "начальник отдела муниципального контроля управления экономического развития"
    )


def test_belovo_members_in_source_order() -> None:
    members = [m for m in parse_roster_text(BELOVO_ROSTER).members if m.role is Role.MEMBER]
    assert [member.last_name for member in members] == BELOVO_MEMBERS_IN_ORDER


def test_belovo_positions() -> None:
    people = _by_surname(parse_roster_text(BELOVO_ROSTER).members)
    gusarova = people["Гусарова"]
    # The name was split over three lines.
    assert (gusarova.first_name, gusarova.middle_name) == ("Светлана", "Владимировна")
    # «председатель Комитета ...» is her post, not the chair of the group.
    assert gusarova.role is Role.MEMBER
    assert gusarova.position == (
        "председатель Комитета социальной защиты населения Беловского городского округа"
    )
    # «г.» at the end of a line does not end the entry.
    assert people["Денисенкова"].position == (
        "директор МБУ «Архитектурно-планировочное бюро» г. Белово"
    )
    # The position keeps its own capital letter.
    assert people["Жуков"].position == (
        "Директор МБУ «Управление капитального строительства г. Белово»"
    )
    assert people["Ивашко"].position == (
        "начальник Управления молодежной политики, физической культуры и спорта "
        "Администрации Беловского городского округа"
    )
    assert people["Наруджимова"].position == (
        "и.о. начальника Управления образования Администрации Беловского городского округа"
    )
    assert people["Соловьев"].position == "директор МКУ «Служба заказчика ЖКХ»"
    # The last entry ends with a full stop.
    assert people["Яворская"].position == (
        "заместитель Главы Беловского городского округа по координации работы "
        "правоохранительных органов и органов военного управления"
    )


def test_belovo_genders_and_line_numbers() -> None:
    people = _by_surname(parse_roster_text(BELOVO_ROSTER).members)
    assert people["Жуков"].gender is Gender.MALE
    assert people["Ивашко"].gender is Gender.MALE
    assert people["Колесник"].gender is Gender.MALE
    assert people["Овчинникова"].gender is Gender.FEMALE
    assert people["Яворская"].gender is Gender.FEMALE
    assert all(member.gender is not None for member in people.values())
    assert people["Гусарова"].line_no == 28
    assert people["Крижановский"].line_no == 53
    assert people["Яворская"].line_no == 64


def test_title_and_signature_are_not_people() -> None:
    people = parse_roster_text(BELOVO_ROSTER).members
    surnames = {member.last_name for member in people}
    assert not surnames & {"Утвержден", "Состав", "Заместитель", "К.В."}
    assert sum(member.last_name == "Хмелева" for member in people) == 1


def test_crlf_bom_and_nbsp_make_no_difference() -> None:
    windows = "\ufeff" + BELOVO_ROSTER.replace("\n", "\r\n").replace("- ", "-\u00a0", 3)
    assert parse_roster_text(windows).members == parse_roster_text(BELOVO_ROSTER).members


# --- other shapes ---------------------------------------------------------------------------


def test_plain_paragraphs_without_markers() -> None:
    text = (
        "Состав комиссии по вопросам легализации трудовых отношений\n"
        "\n"
        "Иванов Иван Иванович — глава поселения, председатель комиссии\n"
        "\n"
        "Петрова Анна Сергеевна — начальник отдела экономики,\n"
        "секретарь комиссии\n"
        "\n"
        "Члены комиссии:\n"
        "\n"
        "Сидоров Петр Петрович — директор МБУ «Центр»\n"
        "\n"
        "Глава поселения                                   И.И. Иванов\n"
    )
    result = parse_roster_text(text)
    assert result.problems == []
    assert [(m.last_name, m.role, m.position, m.line_no) for m in result.members] == [
        ("Иванов", Role.CHAIR, "глава поселения", 3),
        ("Петрова", Role.SECRETARY, "начальник отдела экономики", 5),
        ("Сидоров", Role.MEMBER, "директор МБУ «Центр»", 10),
    ]


def test_plain_lines_ending_with_semicolons() -> None:
    text = (
        "Иванов Иван Иванович – глава поселения, председатель совета;\n"
        "Петрова Анна Сергеевна – начальник отдела экономики\n"
        "администрации, секретарь совета;\n"
        "Сидоров Петр Петрович – директор МБУ «Центр» г.\n"
        "Белово.\n"
        "Кузнецова Мария Ивановна – учитель.\n"
    )
    result = parse_roster_text(text)
    assert result.problems == []
    assert [(m.last_name, m.role, m.position) for m in result.members] == [
        ("Иванов", Role.CHAIR, "глава поселения"),
        ("Петрова", Role.SECRETARY, "начальник отдела экономики администрации"),
        ("Сидоров", Role.MEMBER, "директор МБУ «Центр» г. Белово"),
        ("Кузнецова", Role.MEMBER, "учитель"),
    ]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_any_dash_separates_name_and_position(dash: str) -> None:
    result = parse_roster_text(f"- Иванов Иван Иванович {dash} инженер – сметчик;")
    (member,) = result.members
    assert (member.last_name, member.first_name, member.middle_name) == (
        "Иванов",
        "Иван",
        "Иванович",
    )
    assert member.position == "инженер – сметчик"


def test_whole_position_can_be_the_role() -> None:
    (member,) = parse_roster_text("- Иванов Иван Иванович – председатель комиссии;").members
    assert member.role is Role.CHAIR
    assert member.position == ""


def test_another_bodys_chair_is_a_member() -> None:
    text = (
        "- Иванов Иван Иванович – председатель территориальной избирательной комиссии;\n"
        "- Петров Петр Петрович – председатель Совета народных депутатов;"
    )
    members = parse_roster_text(text).members
    assert [member.role for member in members] == [Role.MEMBER, Role.MEMBER]
    assert members[0].position == "председатель территориальной избирательной комиссии"


def test_role_headings() -> None:
    text = (
        "Председатель межведомственной комиссии:\n"
        "Иванов Иван Иванович – глава города\n"
        "\n"
        "Заместители председателя межведомственной комиссии:\n"
        "Петров Петр Петрович – первый заместитель главы города;\n"
        "Смирнов Олег Петрович – заместитель главы города\n"
        "\n"
        "Секретарь межведомственной комиссии:\n"
        "Петрова Анна Сергеевна – главный специалист\n"
        "\n"
        "**Члены межведомственной комиссии**\n"
        "Сидоров Петр Петрович – директор МБУ «Центр», член межведомственной комиссии\n"
    )
    result = parse_roster_text(text)
    assert result.problems == []
    assert [(m.last_name, m.role, m.position) for m in result.members] == [
        ("Иванов", Role.CHAIR, "глава города"),
        ("Петров", Role.DEPUTY, "первый заместитель главы города"),
        ("Смирнов", Role.DEPUTY, "заместитель главы города"),
        ("Петрова", Role.SECRETARY, "главный специалист"),
        ("Сидоров", Role.MEMBER, "директор МБУ «Центр»"),
    ]


def test_members_heading_without_bold_and_role_words_after_it() -> None:
    text = (
        "- Иванов Иван Иванович – глава, председатель совета;\n"
        "Члены совета:\n"
        "- Петров Петр Петрович – председатель совета ветеранов;\n"
        "- Сидоров Петр Петрович – председатель совета;\n"
    )
    members = parse_roster_text(text).members
    assert [member.role for member in members] == [Role.CHAIR, Role.MEMBER, Role.MEMBER]
    assert members[1].position == "председатель совета ветеранов"
    # After «Члены совета:» a chair's tail is not cut: the secretary sees the conflict.
    assert members[2].position == "председатель совета"


def test_person_before_the_heading_without_a_role_is_a_member() -> None:
    text = "- Иванов Иван Иванович – глава, председатель комиссии;\n- Петров Петр Петрович – юрист;"
    assert [m.role for m in parse_roster_text(text).members] == [Role.CHAIR, Role.MEMBER]


def test_a_line_starting_with_a_dash_inside_a_position_continues_it() -> None:
    text = (
        "- Мерзлякова Марина Петровна - заместитель Главы Беловского городского округа\n"
        "– руководитель аппарата, заместитель председателя рабочей группы;\n"
        "- Жуков Иван Николаевич - директор;"
    )
    members = parse_roster_text(text).members
    assert [(m.last_name, m.role) for m in members] == [
        ("Мерзлякова", Role.DEPUTY),
        ("Жуков", Role.MEMBER),
    ]
    assert members[0].position == (
        "заместитель Главы Беловского городского округа – руководитель аппарата"
    )


def test_a_word_broken_at_its_hyphen_is_joined() -> None:
    text = "- Денисенкова Дина Васильевна - директор МБУ «Архитектурно-\nпланировочное бюро»;"
    (member,) = parse_roster_text(text).members
    assert member.position == "директор МБУ «Архитектурно-планировочное бюро»"


def test_names_without_patronymic_capitals_and_turkic_patronymics() -> None:
    text = (
        "- Ли Владимир – инженер;\n"
        "- ХМЕЛЕВА Ксения Владимировна – экономист;\n"
        "- Мамедов Ильхам Гейдар оглы – предприниматель;\n"
        "- Петров-Водкин Кузьма Сергеевич – художник;\n"
        "- Ёлкина Алёна Петровна – врач;"
    )
    result = parse_roster_text(text)
    assert result.problems == []
    assert [(m.last_name, m.first_name, m.middle_name, m.gender) for m in result.members] == [
        ("Ли", "Владимир", "", Gender.MALE),
        ("ХМЕЛЕВА", "Ксения", "Владимировна", Gender.FEMALE),
        ("Мамедов", "Ильхам", "Гейдар оглы", Gender.MALE),
        ("Петров-Водкин", "Кузьма", "Сергеевич", Gender.MALE),
        ("Ёлкина", "Алёна", "Петровна", Gender.FEMALE),
    ]


def test_initials_instead_of_names_are_reported() -> None:
    text = "- Хмелева К.В. – заместитель главы;\n- Жуков Иван Николаевич – директор;"
    result = parse_roster_text(text)
    assert [member.last_name for member in result.members] == ["Жуков"]
    assert len(result.problems) == 1
    assert result.problems[0].startswith("Строка 1: нужны полные фамилия, имя и отчество")
    assert "Хмелева К.В." in result.problems[0]


def test_garbage_lines_are_reported_with_their_numbers() -> None:
    text = (
        "- Иванов Иван Иванович – инженер;\n"
        "- абракадабра;\n"
        "\n"
        "- Петров Петр Петрович инженер отдела;\n"
        "- Сидоров Петр Петрович – юрист;\n"
        "12345 – что-то;\n"
        "- Кузнецова Мария Ивановна – врач."
    )
    result = parse_roster_text(text)
    assert [member.last_name for member in result.members] == ["Иванов", "Сидоров", "Кузнецова"]
    assert result.problems == [
        'Строка 2: не удалось выделить фамилию, имя и отчество: "абракадабра;"',
        "Строка 4: не удалось выделить фамилию, имя и отчество: "
        '"Петров Петр Петрович инженер отдела;"',
        'Строка 6: не удалось выделить фамилию, имя и отчество: "12345 – что-то;"',
    ]


def test_a_broken_paragraph_between_people_is_reported_but_text_around_is_not() -> None:
    text = (
        "Утвержден постановлением от 01.02.2023 № 5\n"
        "\n"
        "Иванов Иван Иванович – инженер\n"
        "\n"
        "Петров Петр: юрист\n"
        "\n"
        "Сидоров Петр Петрович – юрист\n"
        "\n"
        "Глава города                И.И. Иванов\n"
    )
    result = parse_roster_text(text)
    assert [member.last_name for member in result.members] == ["Иванов", "Сидоров"]
    assert result.problems == [
        'Строка 5: не удалось выделить фамилию, имя и отчество: "Петров Петр: юрист"'
    ]


def test_a_long_source_is_shortened_in_the_message() -> None:
    result = parse_roster_text("- " + "очень длинная строка " * 20)
    assert len(result.problems) == 2
    assert result.problems[0].endswith('..."')
    assert len(result.problems[0]) < 200


@pytest.mark.parametrize("text", ["", "   \n\n\r\n", "\ufeff"])
def test_empty_text_gives_no_members_and_a_message(text: str) -> None:
    result = parse_roster_text(text)
    assert result.members == []
    assert result.problems == [
        "Не найдено ни одного члена: ожидаются строки вида «Фамилия Имя Отчество – должность»."
    ]


def test_text_without_people_says_so() -> None:
    result = parse_roster_text("Утвержден\nраспоряжением администрации\n\nСостав рабочей группы")
    assert result.members == []
    assert len(result.problems) == 1
    assert result.problems[0].startswith("Не найдено ни одного члена")


def test_numbered_list() -> None:
    text = "1. Иванов Иван Иванович – инженер;\n2) Петрова Анна Сергеевна – юрист;"
    assert [m.last_name for m in parse_roster_text(text).members] == ["Иванов", "Петрова"]


def test_member_name_property() -> None:
    (member,) = parse_roster_text("- Жуков Иван Николаевич – директор;").members
    assert member.name.last == "Жуков"
    assert member.name.gender is Gender.MALE
