"""The printed documents of a meeting (protocol, agenda, notices, extract, attendance
sheet, опросные листы, distribution sheet), read back as a reader of the file would."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from helpers_documents import docx_blocks, normalise, pdf_fonts, pdf_pages, pdf_text
from protocol_fixtures import (
    correspondence,
    deputy_presiding,
    large_protocol,
    make_protocol,
    many_present,
    short_form,
    with_amendments,
)

from desktop_app.documents.meeting_export import (
    MEETING_DOCUMENTS,
    meeting_pdf_bytes,
    suggested_file_name,
    write_meeting_document,
)
from desktop_app.documents.protocol_docx import write_protocol_docx
from desktop_app.documents.protocol_layout import (
    SPOKE,
    Kind,
    extract_blocks,
    lower_first,
    people_count,
    protocol_blocks,
)
from desktop_app.documents.protocol_pdf import write_protocol_pdf
from desktop_app.domain.protocol import Item

CERTIFIED_ON = date(2023, 10, 25)


def _pdf(data, kind: str = "protocol", **options) -> BytesIO:
    return BytesIO(meeting_pdf_bytes(kind, data, **options))


def _in_order(text: str, needles: list[str]) -> None:
    """Each needle found after the previous one."""
    at = 0
    for needle in needles:
        found = text.find(needle, at)
        assert found >= 0, f"«{needle}» not found after position {at}: …{text[at : at + 120]}…"
        at = found + len(needle)


@pytest.fixture(scope="module")
def protocol_text() -> str:
    return pdf_text(_pdf(make_protocol()))


# --- the protocol -----------------------------------------------------------------------------

PROTOCOL_ORDER = [
    "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА",
    "ПРОТОКОЛ",
    "19.10.2023 № 3",
    "г. Белово",
    "заседания рабочей группы по реализации бережливого управления",
    "Место проведения: каб. 305, ул. Советская, 21.",
    "Время начала: 10:00.",
    "Председатель — К.В. Хмелева",
    "Секретарь — Е.В. Проскуракова",
    "Присутствовали:",
    "Хмелева К.В. — заместитель Главы Беловского городского округа по экономике",
    "Широкова О.А. — начальник Управления культуры Администрации Беловского городского округа.",
    "Приглашенные:",
    "Александрова С.А. — начальник отдела информационных технологий, Администрация",
    "Ермаков Д.С. — эксперт, АНО «Центр компетенций Кузбасса».",
    "Отсутствовали:",
    "Овчинникова Г.В. — отпуск;",
    "Яворская И.О. — отпуск.",
    "Кворум имеется.",
    "ПОВЕСТКА ДНЯ:",
    "1. О ходе реализации плана мероприятий по внедрению бережливого управления за III квартал 2023 года.",
    "Докладчик: Проскуракова Е.В. — начальник отдела муниципального контроля",
    "2. О реализации бережливых проектов",
    "Докладчики: Наруджимова М.В. — и.о. начальника Управления образования",
    "; Гусарова С.В. — председатель Комитета",
    "3. Об обучении основам бережливого управления",
    "4. О проведении конкурса лучших практик",
    "1. СЛУШАЛИ: Проскуракову Е.В. — о ходе реализации плана мероприятий",
    "Подано 37 предложений по улучшению",
    "ВЫСТУПИЛИ: Хмелева К.В. отметила",
    "РЕШИЛИ: 1.1. Информацию Проскураковой Е.В. принять к сведению.",
    "1.2. Исполнителям плана мероприятий",
    "1.3. Территориальным управлениям",
    "2. СЛУШАЛИ: Наруджимову М.В., Гусарову С.В. — о реализации бережливых проектов",
    "РЕШИЛИ: 2.1.",
    "2.2.",
    "3. СЛУШАЛИ: Хмелеву К.В. — об обучении основам",
    "РЕШИЛИ: 3.1.",
    "4. СЛУШАЛИ: Проскуракову Е.В. — о проведении конкурса",
    "РЕШИЛИ: 4.1.",
    "4.2. Перенести подведение итогов конкурса на IV квартал 2024 года.",
    "Председатель К.В. Хмелева",
    "Секретарь Е.В. Проскуракова",
]


def test_protocol_parts_in_order(protocol_text):
    _in_order(protocol_text, PROTOCOL_ORDER)
    assert protocol_text.endswith("Секретарь Е.В. Проскуракова"), protocol_text[-80:]
    for keyword in ("СЛУШАЛИ:", "РЕШИЛИ:"):
        assert protocol_text.count(keyword) == 4
    assert protocol_text.count("ВЫСТУПИЛИ:") == 1  # only item 1 has a discussion


def test_protocol_decisions_have_responsible_deadline_and_vote(protocol_text):
    assert (
        "1.3. Территориальным управлениям пгт Бачатский и пгт Инской представить информацию "
        "о выполнении плана мероприятий за III квартал 2023 года. "
        "Ответственный: Романов В.В., Олейникова А.Ф. Срок: 27.10.2023. "
        "Голосовали: «за» — 13, «против» — нет, «воздержались» — 1. 2. СЛУШАЛИ:"
    ) in protocol_text
    assert (
        "Срок: ежеквартально, до 3 числа месяца, следующего за отчетным кварталом. "
        "Голосовали: «за» — 14 (единогласно)."
    ) in protocol_text
    assert (
        "4.2. Перенести подведение итогов конкурса на IV квартал 2024 года. "
        "Голосовали: «за» — 3, «против» — 10, «воздержались» — 1. Решение не принято."
    ) in protocol_text
    assert protocol_text.count("Решение не принято") == 1
    assert protocol_text.count("Голосовали:") == 8


def test_protocol_pages_are_numbered_from_the_second(tmp_path):
    pages = [normalise(page) for page in pdf_pages(_pdf(make_protocol()))]
    assert len(pages) >= 3
    assert pages[0].startswith("АДМИНИСТРАЦИЯ")
    assert [page.split()[0] for page in pages[1:]] == [str(n) for n in range(2, len(pages) + 1)]


def test_short_form_has_no_discussion_nor_summary():
    text = pdf_text(_pdf(short_form(make_protocol())))
    _in_order(
        text, [item for item in PROTOCOL_ORDER if "ВЫСТУПИЛИ" not in item and "37" not in item]
    )
    assert "ВЫСТУПИЛИ" not in text
    assert "Подано 37 предложений" not in text
    assert "Хмелева К.В. отметила" not in text
    assert SPOKE not in [b.text for b in protocol_blocks(short_form(make_protocol()))]


def test_up_to_fifteen_present_are_listed_in_the_protocol(protocol_text):
    assert "список прилагается" not in protocol_text
    assert "Приложение" not in protocol_text
    assert "Денисенкова Д.В. — директор МБУ «Архитектурно-планировочное бюро» г. Белово;" in (
        protocol_text
    )


def test_more_than_fifteen_present_gives_a_count_and_an_annex():
    data = many_present(make_protocol(), present=19)
    assert not data.present_as_list
    pages = [normalise(page) for page in pdf_pages(_pdf(data))]
    text = " ".join(pages)
    assert (
        "Присутствовали: члены рабочей группы — 19 человек (список прилагается). Приглашенные:"
    ) in text
    annex_start = next(n for n, page in enumerate(pages) if "Приложение" in page)
    assert pages[annex_start].startswith(
        f"{annex_start + 1} Приложение к протоколу от 19.10.2023 № 3 "
        "Список присутствовавших членов рабочей группы 1. Хмелева К.В. — заместитель Главы"
    )
    annex_text = " ".join(pages[annex_start:])
    for number in range(1, 20):
        assert f" {number}. " in annex_text
    assert " 20. " not in annex_text
    assert annex_text.endswith(
        "Смараков С.В. — заместитель Главы Беловского городского округа по ЖКХ."
    )
    # The signatures end the protocol, before the annex; a present member who speaks
    # nowhere appears in the annex only.
    assert pages[annex_start - 1].endswith("Секретарь Е.В. Проскуракова")
    assert "Денисенкова" not in " ".join(pages[:annex_start])
    assert "Денисенкова Д.В. — директор МБУ" in annex_text


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (16, "16 человек"),
        (19, "19 человек"),
        (21, "21 человек"),
        (22, "22 человека"),
        (24, "24 человека"),
        (112, "112 человек"),
        (33, "33 человека"),
    ],
)
def test_people_count(count, words):
    assert people_count(count) == words


def test_deputy_presiding():
    text = pdf_text(_pdf(deputy_presiding(make_protocol())))
    _in_order(
        text,
        [
            "Председательствующий — М.П. Мерзлякова",
            "Секретарь — Е.В. Проскуракова",
            "Отсутствовали: Хмелева К.В. — отпуск;",
            "Председательствующий М.П. Мерзлякова",
            "Секретарь Е.В. Проскуракова",
        ],
    )
    assert "К.В. Хмелева" not in text
    assert "Председатель —" not in text


def test_correspondence_meeting_says_so_and_lists_who_voted():
    data = correspondence(make_protocol())
    text = pdf_text(_pdf(data))
    _in_order(
        text,
        [
            "ПРОТОКОЛ",
            "заочного заседания рабочей группы по реализации",
            "Заседание проведено в заочной форме (опросным порядком).",
            "Председатель — К.В. Хмелева",
            "Приняли участие в голосовании: Хмелева К.В. — заместитель Главы",
            "Не приняли участие в голосовании: Овчинникова Г.В., Жуков И.Н.,",
            "Яворская И.О. Кворум имеется.",
            "ПОВЕСТКА ДНЯ:",
            "1. РАССМОТРЕЛИ: О ходе реализации плана мероприятий",
            "РЕШИЛИ: 1.1.",
            "Председатель К.В. Хмелева",
        ],
    )
    assert "Присутствовали" not in text
    assert "СЛУШАЛИ" not in text
    assert "Место проведения" not in text
    assert "Приглашенные" not in text


def test_amendments_are_noted_after_the_signatures():
    text = pdf_text(_pdf(with_amendments(make_protocol())))
    _in_order(
        text,
        [
            "Секретарь Е.В. Проскуракова",
            "Исправления: от 20.10.2023 — уточнен срок исполнения решения 1.3.",
        ],
    )
    assert "Исправления" not in pdf_text(_pdf(make_protocol()))


@pytest.mark.parametrize("extra_lines", range(0, 26, 2))
def test_signatures_never_stand_alone_on_a_page(extra_lines):
    """Whatever the length of the text before them, the signatures share their page with
    the last lines of the protocol."""
    data = make_protocol()
    last = data.items[-1]
    heard = "\n".join(
        [last.heard] + ["Обсуждены сроки проведения конкурса и состав жюри."] * extra_lines
    )
    data = replace(data, items=(*data.items[:-1], replace(last, heard=heard)))
    pages = [normalise(page) for page in pdf_pages(_pdf(data))]
    final = pages[-1]
    assert final.endswith("Председатель К.В. Хмелева Секретарь Е.В. Проскуракова")
    before = final[: final.index("Председатель К.В. Хмелева")].split(maxsplit=1)
    assert before[0] == str(len(pages))  # the page number
    assert "Решение не принято." in before[1]


def test_user_markup_prints_as_text():
    data = make_protocol()
    odd = replace(data.items[0], heard="ООО «Рога & Копыта» <b>не жирный</b>")
    text = pdf_text(_pdf(replace(data, items=(odd, *data.items[1:]))))
    assert "ООО «Рога & Копыта» <b>не жирный</b>" in text


def test_protocol_pdf_fonts_and_metadata():
    from pypdf import PdfReader

    source = _pdf(make_protocol())
    fonts = pdf_fonts(source)
    assert fonts and all(fonts.values()), fonts
    assert all("LiberationSerif" in name for name in fonts), fonts
    meta = PdfReader(source).metadata
    assert meta.title.startswith("Протокол заседания рабочей группы по реализации")
    assert meta.title.endswith("от 19.10.2023 № 3")
    assert meta.author == "Администрация Беловского городского округа"


def test_lower_first_keeps_abbreviations():
    assert lower_first("О ходе реализации") == "о ходе реализации"
    assert lower_first("ППУ за квартал") == "ППУ за квартал"


def test_protocol_pdf_build_time():
    """Processor time, not wall time: other processes on a busy machine do not count."""
    data = large_protocol()
    assert (len(data.items), len(data.members)) == (10, 25)
    assert sum(len(item.decisions) for item in data.items) == 30
    write_protocol_pdf(data, BytesIO())  # warm-up: imports, fonts
    runs = []
    for _ in range(5):
        started = time.process_time()
        write_protocol_pdf(data, BytesIO())
        runs.append(time.process_time() - started)
    best = min(runs) * 1000
    print(f"\nPDF protocol of 10 items, 25 members, 30 decisions: {best:.1f} ms (best of 5)")
    assert best < 250  # about 60 ms on the reference machine


# --- the protocol as DOCX ---------------------------------------------------------------------

DOCX_KEYS = [
    "ПРОТОКОЛ",
    "19.10.2023 № 3",
    "Председатель — К.В. Хмелева",
    "Секретарь — Е.В. Проскуракова",
    "Присутствовали:",
    "Приглашенные:",
    "Отсутствовали:",
    "ПОВЕСТКА ДНЯ:",
    "1. СЛУШАЛИ:",
    "ВЫСТУПИЛИ:",
    "РЕШИЛИ:",
    "1.1. Информацию Проскураковой Е.В. принять к сведению.",
    "2. СЛУШАЛИ:",
    "2.1. Рекомендовать проект",
    "4.2. Перенести подведение итогов",
    "Решение не принято.",
    "Председатель К.В. Хмелева",
    "Секретарь Е.В. Проскуракова",
]


def _keys_in(texts: list[str]) -> list[str]:
    """The key texts in the order the paragraphs hold them (each paragraph starting so)."""
    return [key for text in texts for key in DOCX_KEYS if text.startswith(key)]


def test_docx_has_the_pdfs_sequence_of_paragraphs(tmp_path):
    data = make_protocol()
    path = tmp_path / "протокол.docx"
    write_protocol_docx(data, path)
    blocks = docx_blocks(path)
    assert blocks[0] == "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА"
    assert blocks[-1] == "Секретарь Е.В. Проскуракова"
    layout = [
        normalise(f"{b.text} {b.right}") for b in protocol_blocks(data) if b.kind is not Kind.BLANK
    ]
    nonempty = [block for block in blocks if block]
    assert nonempty == layout
    assert _keys_in(nonempty) == [
        "ПРОТОКОЛ",
        "19.10.2023 № 3",
        "Председатель — К.В. Хмелева",
        "Секретарь — Е.В. Проскуракова",
        "Присутствовали:",
        "Приглашенные:",
        "Отсутствовали:",
        "ПОВЕСТКА ДНЯ:",
        "1. СЛУШАЛИ:",
        "ВЫСТУПИЛИ:",
        "РЕШИЛИ:",
        "1.1. Информацию Проскураковой Е.В. принять к сведению.",
        "2. СЛУШАЛИ:",
        "РЕШИЛИ:",
        "2.1. Рекомендовать проект",
        "РЕШИЛИ:",
        "РЕШИЛИ:",
        "4.2. Перенести подведение итогов",
        "Решение не принято.",
        "Председатель К.В. Хмелева",
        "Секретарь Е.В. Проскуракова",
    ]
    # The PDF reads in the same order.
    _in_order(protocol_text_of(data), [key for key in _keys_in(nonempty)])


def protocol_text_of(data) -> str:
    return pdf_text(_pdf(data))


def test_docx_page_paragraph_formats(tmp_path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm

    path = tmp_path / "протокол.docx"
    write_protocol_docx(many_present(make_protocol()), path)
    document = Document(path)
    section = document.sections[0]
    assert section.left_margin == pytest.approx(Mm(30), abs=Mm(0.1))
    assert section.different_first_page_header_footer
    paragraphs = {p.text: p for p in document.paragraphs}
    organisation = paragraphs["АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА"]
    assert organisation.alignment == WD_ALIGN_PARAGRAPH.CENTER and organisation.runs[0].bold
    heard = paragraphs["1. СЛУШАЛИ:"]
    assert heard.runs[0].bold and heard.paragraph_format.keep_with_next
    assert heard.paragraph_format.first_line_indent == 0
    body = next(
        p for p in document.paragraphs if normalise(p.text).startswith("Проскуракову Е.В. — о ходе")
    )
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent == pytest.approx(Mm(12.5), abs=Mm(0.1))
    date_line = paragraphs["19.10.2023\t№\u00a03"]
    (stop,) = date_line.paragraph_format.tab_stops
    assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert stop.position == pytest.approx(Mm(170), abs=Mm(0.1))
    annex = next(p for p in document.paragraphs if p.text == "Приложение")
    assert annex.paragraph_format.page_break_before
    entry = next(p for p in document.paragraphs if p.text.startswith("1. Хмелева\u00a0К.В.\t— "))
    assert entry.paragraph_format.first_line_indent == -entry.paragraph_format.left_indent


def test_docx_title_is_cut_to_what_word_holds():
    """Word's document title holds 255 characters; the body's full name alone nearly does."""
    from docx import Document

    stream = BytesIO()
    write_meeting_document("protocol", correspondence(make_protocol()), stream, suffix=".docx")
    title = Document(BytesIO(stream.getvalue())).core_properties.title
    assert len(title) == 255
    assert title.startswith("Протокол заочного заседания рабочей группы по реализации")
    assert title.endswith("…")


# --- the extract ------------------------------------------------------------------------------


def test_extract_holds_the_introduction_the_agenda_and_its_item_only():
    text = pdf_text(_pdf(make_protocol(), "extract", item=2, certified_on=CERTIFIED_ON))
    _in_order(
        text,
        [
            "АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА",
            "ВЫПИСКА ИЗ ПРОТОКОЛА",
            "19.10.2023 № 3",
            "заседания рабочей группы",
            "Председатель — К.В. Хмелева",
            "Секретарь — Е.В. Проскуракова",
            "Присутствовали:",
            "Отсутствовали:",
            "ПОВЕСТКА ДНЯ: 1. О ходе реализации",
            "4. О проведении конкурса",
            "2. СЛУШАЛИ: Наруджимову М.В., Гусарову С.В.",
            "РЕШИЛИ: 2.1.",
            "2.2.",
            "Председатель К.В. Хмелева",
            "Секретарь Е.В. Проскуракова",
        ],
    )
    assert text.endswith("Верно Секретарь рабочей группы ____________ Е.В. Проскуракова 25.10.2023")
    for other in ("1. СЛУШАЛИ", "3. СЛУШАЛИ", "4. СЛУШАЛИ", "1.1.", "3.1.", "4.2.", "ВЫСТУПИЛИ"):
        assert other not in text
    assert text.count("СЛУШАЛИ") == 1


def test_extract_of_an_item_not_on_the_agenda(tmp_path):
    data = make_protocol()
    with pytest.raises(KeyError):
        extract_blocks(data, 7, CERTIFIED_ON)
    path = tmp_path / "выписка.pdf"
    with pytest.raises(ValueError, match="В повестке дня заседания нет вопроса № 7"):
        write_meeting_document("extract", data, path, item=7, certified_on=CERTIFIED_ON)
    with pytest.raises(ValueError, match="укажите номер вопроса"):
        write_meeting_document("extract", data, path)
    assert not path.exists()


# --- agenda, notices ----------------------------------------------------------------------------


def test_agenda_with_the_approval_block():
    text = pdf_text(_pdf(make_protocol(), "agenda"))
    assert text.startswith(
        "УТВЕРЖДАЮ Председатель рабочей группы ____________ К.В. Хмелева 12.10.2023 "
        "ПОВЕСТКА ДНЯ заседания рабочей группы по реализации"
    )
    _in_order(
        text,
        [
            "Дата проведения: 19.10.2023",
            "Время: 10:00",
            "Место проведения: каб. 305, ул. Советская, 21",
            "Форма проведения: очная",
            "1. О ходе реализации плана мероприятий",
            "Докладчик: Проскуракова Е.В.",
            "Материалы готовит: отдел муниципального контроля",
            "2. О реализации бережливых проектов",
            "Материалы готовит: Управление образования, Комитет социальной защиты населения.",
            "3. Об обучении",
            "4. О проведении конкурса",
        ],
    )
    unapproved = pdf_text(_pdf(replace(make_protocol(), agenda_approved_on=None), "agenda"))
    assert unapproved.startswith("ПОВЕСТКА ДНЯ")
    assert "УТВЕРЖДАЮ" not in unapproved


def test_a_notice_per_member_with_the_right_greeting():
    data = make_protocol()
    unknown = replace(data.members[6], gender=None)  # Жуков, his gender not recorded
    data = replace(data, members=(*data.members[:6], unknown, *data.members[7:]))
    pages = [normalise(page) for page in pdf_pages(_pdf(data, "notice"))]
    assert len(pages) == len(data.members) == 23
    greetings = {
        0: "Уважаемая Ксения Владимировна!",
        3: "Уважаемая Елена Викторовна!",
        6: "Уважаемый(ая) Иван Николаевич!",
        7: "Уважаемый Илья Васильевич!",
        22: "Уважаемая Ирина Олеговна!",
    }
    for index, greeting in greetings.items():
        assert greeting in pages[index], pages[index][:300]
    for page in pages:
        assert page.startswith("АДМИНИСТРАЦИЯ БЕЛОВСКОГО ГОРОДСКОГО ОКРУГА ИЗВЕЩЕНИЕ")  # no number
        assert page.count("Уважаем") == 1
        _in_order(
            page,
            [
                "Сообщаем, что 19.10.2023 в 10:00 состоится заседание рабочей группы в очной "
                "форме. Место проведения: каб. 305, ул. Советская, 21.",
                "Повестка дня: 1. О ходе реализации",
                "4. О проведении конкурса",
                "просим заранее сообщить об этом секретарю рабочей группы",
            ],
        )
        assert page.endswith("Секретарь рабочей группы Е.В. Проскуракова")


def test_notice_of_a_correspondence_meeting():
    page = normalise(pdf_pages(_pdf(correspondence(make_protocol()), "notice"))[0])
    assert "проводится в заочной форме (опросным порядком)" in page
    assert (
        "Заполненный опросный лист просим направить секретарю рабочей группы не позднее 19.10.2023."
        in page
    )
    assert "Место проведения" not in page


# --- sheets to fill in --------------------------------------------------------------------------


def test_attendance_sheet_lists_everyone_with_the_header_on_each_page():
    data = make_protocol()
    pages = [normalise(page) for page in pdf_pages(_pdf(data, "attendance"))]
    text = " ".join(pages)
    assert text.startswith("ЛИСТ РЕГИСТРАЦИИ участников заседания рабочей группы по реализации")
    names = [m.full_name for m in data.members] + [i.full_name for i in data.invited]
    _in_order(text, ["№ п/п Фамилия, имя, отчество Должность Подпись", "Члены рабочей группы"])
    _in_order(text, [f"{n} {name.split()[0]}" for n, name in enumerate(names[:23], 1)])
    _in_order(text, ["23 Яворская Ирина Олеговна", "Приглашенные", "24 Александрова Светлана"])
    assert "25 Ермаков Денис Сергеевич эксперт, АНО «Центр компетенций Кузбасса»" in text
    assert len(pages) >= 2
    for page in pages:
        assert "№ п/п Фамилия, имя, отчество Должность Подпись" in page


def test_a_questionnaire_per_member():
    data = correspondence(make_protocol())
    pages = [normalise(page) for page in pdf_pages(_pdf(data, "questionnaire"))]
    starts = [n for n, page in enumerate(pages) if page.startswith("ОПРОСНЫЙ ЛИСТ")]
    assert len(starts) == len(data.members) == 23
    numbers = [d.number for item in data.items for d in item.decisions]
    for member, start, end in zip(data.members, starts, [*starts[1:], len(pages)], strict=True):
        sheet = " ".join(pages[start:end])
        assert sheet.count("ОПРОСНЫЙ ЛИСТ") == 1
        _in_order(
            sheet,
            [
                "для голосования по вопросам повестки дня заочного заседания рабочей группы",
                f"Член рабочей группы: {member.full_name}",
                "№ Предлагаемое решение за против воздержался",
                "1. О ходе реализации плана мероприятий",
                *[f"{number} " for number in numbers],
                "не позднее 19.10.2023",
                f"____________ {normalise(member.name)}",
            ],
        )
        # Each sheet numbers its own pages: none on its first page, «2» on the next.
        assert [page.split()[0] for page in pages[start + 1 : end]] == [
            str(n) for n in range(2, end - start + 1)
        ]


def test_distribution_sheet():
    data = make_protocol()
    text = pdf_text(_pdf(data, "distribution"))
    _in_order(
        text,
        [
            "ЛИСТ РАССЫЛКИ протокола заседания рабочей группы",
            "от 19.10.2023 № 3",
            "№ п/п Получатель Способ отправки Дата отправки",
            "1 Хмелева К.В. СЭД 20.10.2023",
            "2 Мерзлякова М.П. электронная почта 20.10.2023",
            "3 Гусарова С.В. (под подпись) на бумаге 23.10.2023",
            "Секретарь рабочей группы Е.В. Проскуракова",
        ],
    )
    empty = pdf_text(_pdf(replace(data, distribution=()), "distribution"))
    assert "23 Яворская И.О." in empty


# --- export ---------------------------------------------------------------------------------------


def test_the_catalogue_of_documents():
    assert list(MEETING_DOCUMENTS) == [
        "protocol",
        "agenda",
        "notice",
        "extract",
        "attendance",
        "questionnaire",
        "distribution",
    ]
    assert MEETING_DOCUMENTS["protocol"].formats == (".pdf", ".docx")
    assert MEETING_DOCUMENTS["protocol"].file_filter == (
        "Документ PDF (*.pdf);;Документ Word (*.docx)"
    )
    assert all(d.formats == (".pdf",) for k, d in MEETING_DOCUMENTS.items() if k != "protocol")
    assert MEETING_DOCUMENTS["extract"].needs_item
    assert suggested_file_name("extract", make_protocol(), 2) == (
        "Выписка из протокола № 3 от 19.10.2023 (вопрос 2).pdf"
    )


@pytest.mark.parametrize("kind", list(MEETING_DOCUMENTS))
def test_every_document_as_pdf(kind):
    data = correspondence(make_protocol()) if kind == "questionnaire" else make_protocol()
    content = meeting_pdf_bytes(kind, data, item=1, certified_on=CERTIFIED_ON)
    assert content.startswith(b"%PDF-")
    assert len(pdf_pages(BytesIO(content))) >= 1


def test_export_chooses_the_format_by_extension(tmp_path):
    data = make_protocol()
    docx = tmp_path / "протокол.DOCX"
    write_meeting_document("protocol", data, docx)
    assert docx.read_bytes().startswith(b"PK")
    assert "ПРОТОКОЛ" in docx_blocks(docx)
    pdf = tmp_path / "протокол.pdf"
    write_meeting_document("protocol", data, pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    stream = BytesIO()
    write_meeting_document("protocol", data, stream, suffix=".docx")
    assert stream.getvalue().startswith(b"PK")
    stream = BytesIO()
    write_meeting_document("agenda", data, stream)
    assert stream.getvalue().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("protocol", "протокол.txt", "Неизвестный формат файла «.txt»: допустимы .pdf, .docx"),
        ("protocol", "протокол", "Не указан формат файла: допустимы .pdf, .docx"),
        ("agenda", "повестка.docx", "«Повестка дня» сохраняется только в формате .pdf"),
        ("attendance", "лист.xlsx", "Неизвестный формат файла «.xlsx»: допустимы .pdf"),
        (
            "minutes",
            "протокол.pdf",
            "Неизвестный документ заседания «minutes»: допустимы protocol, agenda, notice, "
            "extract, attendance, questionnaire, distribution",
        ),
    ],
)
def test_export_rejects_what_it_cannot_make(tmp_path, kind, name, message):
    path = tmp_path / name
    with pytest.raises(ValueError) as error:
        write_meeting_document(kind, make_protocol(), path)
    assert str(error.value) == message
    assert not path.exists()


def test_protocol_without_items_or_attendance_still_prints():
    data = replace(
        make_protocol(),
        items=(Item(1, "Разное"),),
        members=tuple(replace(m, present=None, absence="") for m in make_protocol().members),
        invited=(),
    )
    text = pdf_text(_pdf(data))
    _in_order(
        text,
        [
            "ПРОТОКОЛ",
            "ПОВЕСТКА ДНЯ: 1. Разное.",
            "1. СЛУШАЛИ: Разное.",
            "Председатель К.В. Хмелева",
        ],
    )
    assert "Присутствовали" not in text and "Кворум" not in text and "РЕШИЛИ" not in text
