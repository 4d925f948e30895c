"""The printed roster in PDF, DOCX and XLSX, read back as a reader of the file would."""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from helpers_documents import (
    MM,
    docx_blocks,
    normalise,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    pdf_text_runs,
)

from desktop_app.documents.export import write_roster
from desktop_app.documents.page import NBSP, para_text, tie_spaces
from desktop_app.documents.roster_docx import write_roster_docx
from desktop_app.documents.roster_pdf import roster_layout, write_roster_pdf
from desktop_app.documents.roster_xlsx import write_roster_xlsx
from desktop_app.domain.roster import PrintedRoster, RosterEntry
from desktop_app.domain.vocabulary import BodyKind, Gender, Role, Side

ORGANISATION = "Администрация Беловского городского округа"
TITLE = (
    "Состав рабочей группы по реализации бережливого управления в деятельности органов "
    "местного самоуправления муниципального образования «Беловский городской округ "
    "Кемеровской области – Кузбасса» и подведомственных им учреждений"
)
APPROVAL = (
    "Утвержден",
    "распоряжением администрации Беловского городского округа",
    "от 18.10.2022 № 41-р",
)
ADM = "Администрации Беловского городского округа"
DEP = "заместитель Главы Беловского городского округа"

# The roster annex of the act [002], in its printed order.
LEADERS = [
    (
        "Хмелева Ксения Владимировна",
        "заместитель главы Беловского городского округа по экономике, финансам, "
        "налогам и собственности",
        Role.CHAIR,
    ),
    ("Мерзлякова Марина Петровна", f"{DEP} – руководитель аппарата", Role.DEPUTY),
    ("Овчинникова Гульнара Вагизовна", f"первый {DEP}", Role.DEPUTY),
    (
        "Проскуракова Елена Викторовна",
        "начальник отдела муниципального контроля управления экономического развития",
        Role.SECRETARY,
    ),
]
MEMBERS = [
    ("Гусарова Светлана Владимировна", "председатель Комитета социальной защиты населения"),
    ("Денисенкова Дина Васильевна", "директор МБУ «Архитектурно-планировочное бюро» г. Белово"),
    ("Жуков Иван Николаевич", "директор МБУ «Управление капитального строительства г. Белово»"),
    (
        "Ивашко Илья Васильевич",
        f"начальник Управления молодежной политики, физической культуры и спорта {ADM}",
    ),
    ("Кирсанова Елена Юрьевна", f"начальник территориального управления пгт Новый Городок {ADM}"),
    (
        "Колесник Андрей Владимирович",
        f"{DEP} по промышленности, развитию потребительского рынка и услуг",
    ),
    ("Коршикова Ирина Анатольевна", f"{DEP} по строительству"),
    (
        "Крижановский Андрей Юрьевич",
        f"начальник территориального управления Центрального района {ADM}",
    ),
    ("Малахов Андрей Николаевич", f"начальник территориального управления мкр Бабанаково {ADM}"),
    (
        "Муратов Евгений Тахирович",
        f"начальник Управления по земельным ресурсам и муниципальному имуществу {ADM}",
    ),
    ("Наруджимова Марина Владимировна", f"и.о. начальника Управления образования {ADM}"),
    ("Олейникова Анастасия Федоровна", f"начальник территориального управления пгт Инской {ADM}"),
    ("Романов Виталий Владимирович", f"начальник территориального управления пгт Бачатский {ADM}"),
    ("Сикова Елена Александровна", f"начальник территориального управления пгт Грамотеино {ADM}"),
    ("Смараков Сергей Владимирович", f"{DEP} по ЖКХ"),
    ("Соловьев Денис Александрович", "директор МКУ «Служба заказчика ЖКХ»"),
    ("Филиппов Дмитрий Георгиевич", "начальник финансового управления г. Белово"),
    ("Широкова Ольга Александровна", f"начальник Управления культуры {ADM}"),
    (
        "Яворская Ирина Олеговна",
        f"{DEP} по координации работы правоохранительных органов и органов военного управления",
    ),
]
INJECTION = '=HYPERLINK("http://x","y")'


def _entry(number: int, full_name: str, position: str, role: Role) -> RosterEntry:
    last, first, middle = full_name.split()
    return RosterEntry(
        membership_id=number,
        person_id=number,
        last_name=last,
        first_name=first,
        middle_name=middle,
        gender=Gender.FEMALE if middle.endswith("вна") else Gender.MALE,
        position=position,
        organisation=ORGANISATION,
        role=role,
        side=None,
        start=date(2022, 10, 18),
    )


def make_roster(extra_members: int = 0) -> PrintedRoster:
    """The 23 people of the act; ``extra_members`` more members (Ярцев-1 ...) at the end."""
    entries = [_entry(n, name, pos, role) for n, (name, pos, role) in enumerate(LEADERS, 1)]
    for name, position in MEMBERS:
        entries.append(_entry(len(entries) + 1, name, position, Role.MEMBER))
    for index in range(extra_members):
        entries.append(
            _entry(
                len(entries) + 1,
                f"Ярцев{index + 1:03d} Петр Ильич",
                f"ведущий специалист отдела № {index + 1} {ADM}",
                Role.MEMBER,
            )
        )
    return PrintedRoster(
        body_kind=BodyKind.WORKING_GROUP,
        title=TITLE,
        approval_lines=APPROVAL,
        organisation=ORGANISATION,
        as_of=date(2022, 10, 18),
        entries=tuple(entries),
    )


def _positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(needle) for needle in needles]
    missing = [needle for needle, at in zip(needles, found, strict=True) if at < 0]
    assert not missing, f"not found: {missing}"
    return found


ORDER = [
    "Хмелева Ксения Владимировна",
    "Мерзлякова Марина Петровна",
    "Овчинникова Гульнара Вагизовна",
    "Проскуракова Елена Викторовна",
    "Члены рабочей группы:",
    *[name for name, _ in MEMBERS],
]


# --- layout as data ---------------------------------------------------------------------------


def test_layout_splits_leaders_and_members_and_ends_with_a_full_stop():
    leaders, members = roster_layout(make_roster())
    assert [line.surname for line in leaders] == [
        "Хмелева",
        "Мерзлякова",
        "Овчинникова",
        "Проскуракова",
    ]
    assert leaders[0].given_names == "Ксения Владимировна"
    assert leaders[0].text.startswith("— заместитель главы")
    assert leaders[0].text.endswith(", председатель рабочей группы;")
    assert leaders[1].text.endswith(", заместитель председателя рабочей группы;")
    assert leaders[3].text.endswith(", секретарь рабочей группы;")
    assert members[0].text == "— председатель Комитета социальной защиты населения;"
    assert all(line.text.endswith(";") for line in members[:-1])
    assert members[-1].text.endswith("военного управления.")


def test_layout_of_a_member_without_a_position():
    roster = make_roster()
    last = replace(roster.entries[-1], position="  ")
    leaders, members = roster_layout(replace(roster, entries=(*roster.entries[:-1], last)))
    assert members[-1].text == ""
    assert members[-1].given_names == "Ирина Олеговна."


def test_para_text_escapes_markup_and_ties_spaces():
    assert para_text("ООО «Рога & Копыта» <b>") == "ООО «Рога &amp; Копыта» &lt;b&gt;"
    assert para_text(None) == ""
    assert tie_spaces("от 18.10.2022 № 41-р") == f"от 18.10.2022 №{NBSP}41-р"
    assert tie_spaces("К.В. Хмелева") == f"К.В.{NBSP}Хмелева"
    assert tie_spaces("Хмелеву К.В.") == f"Хмелеву{NBSP}К.В."
    assert tie_spaces("460,0 тыс. руб.") == f"460,0{NBSP}тыс.{NBSP}руб."
    assert tie_spaces("управления г. Белово") == f"управления г.{NBSP}Белово"
    assert tie_spaces("Хмелева — председатель") == f"Хмелева{NBSP}— председатель"


# --- PDF --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def roster_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "состав.pdf"
    write_roster_pdf(make_roster(), path)
    return path


def test_pdf_has_the_approval_block_the_title_and_the_order(roster_pdf):
    text = pdf_text(roster_pdf)
    assert text.startswith("Утвержден распоряжением администрации")
    assert "от 18.10.2022 № 41-р" in text
    assert normalise(TITLE) in text
    positions = _positions(text, ORDER)
    assert positions == sorted(positions)
    assert "председатель рабочей группы;" in text
    assert text.endswith("органов военного управления.")


def test_pdf_fonts_are_liberation_serif_embedded(roster_pdf):
    fonts = pdf_fonts(roster_pdf)
    assert fonts, "no fonts found"
    for name, embedded in fonts.items():
        assert "LiberationSerif" in name, name
        assert "+" in name, f"{name} is not a subset"
        assert embedded, f"{name} is not embedded"
    assert any(name.endswith("LiberationSerif-Bold") for name in fonts)


def test_pdf_is_a4_with_numbers_from_the_second_page(roster_pdf):
    from pypdf import PdfReader

    reader = PdfReader(roster_pdf)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)
    height = float(reader.pages[0].mediabox.height)

    def in_top_margin(index):
        return [run for run in pdf_text_runs(roster_pdf, index) if run[2] > height - 20 * MM]

    assert in_top_margin(0) == []
    [(number, x, _y)] = in_top_margin(1)
    assert number == "2"
    assert x == pytest.approx((30 + 170 / 2) * MM, abs=8)  # centred over the text
    assert pdf_pages(roster_pdf)[1].lstrip().startswith("2")


def test_pdf_metadata(roster_pdf):
    from pypdf import PdfReader

    meta = PdfReader(roster_pdf).metadata
    assert meta.title == TITLE
    assert meta.author == ORGANISATION
    assert meta.creator == "Секретарь комиссии"


def test_pdf_keeps_each_entry_on_one_page_over_several_pages(tmp_path):
    roster = make_roster(extra_members=60)
    path = tmp_path / "big.pdf"
    write_roster_pdf(roster, path)
    pages = [normalise(page) for page in pdf_pages(path)]
    assert len(pages) >= 4
    assert [page.split()[0] for page in pages[1:]] == [str(n) for n in range(2, len(pages) + 1)]
    for entry in roster.entries[4:]:
        holding = [n for n, page in enumerate(pages) if entry.full_name in page]
        assert len(holding) == 1, entry.full_name
        tail = normalise(entry.position)[-25:]
        assert tail in pages[holding[0]], f"{entry.full_name}: row split across pages"
    assert pages[-1].endswith(f"ведущий специалист отдела № 60 {ADM}.")


def test_pdf_prints_user_markup_as_text(tmp_path):
    roster = make_roster()
    odd = replace(roster.entries[5], position="директор ООО «Рога & Копыта» <b>не жирный</b>")
    path = tmp_path / "odd.pdf"
    write_roster_pdf(replace(roster, entries=(*roster.entries[:5], odd, *roster.entries[6:])), path)
    assert "ООО «Рога & Копыта» <b>не жирный</b>;" in pdf_text(path)


def test_pdf_to_a_file_object():
    buffer = BytesIO()
    write_roster_pdf(make_roster(), buffer)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_pdf_build_time():
    roster = make_roster()
    write_roster_pdf(roster, BytesIO())  # warm-up: imports, fonts
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        write_roster_pdf(roster, BytesIO())
        runs.append(time.perf_counter() - started)
    print(f"\nPDF roster of {len(roster.entries)} entries: {min(runs) * 1000:.1f} ms (best of 5)")


# --- DOCX -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def roster_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "состав.docx"
    write_roster_docx(make_roster(), path)
    return path


def test_docx_has_the_same_texts_in_order(roster_docx):
    blocks = docx_blocks(roster_docx)
    # approval block, an empty line, the title, an empty line, then the table rows
    assert blocks[:6] == [*APPROVAL, "", normalise(TITLE), ""]
    assert blocks[6].startswith("Хмелева Ксения Владимировна | — заместитель главы")
    assert blocks[6].endswith("председатель рабочей группы;")
    text = " ".join(blocks)
    positions = _positions(text, ORDER)
    assert positions == sorted(positions)
    assert blocks[-1].endswith("органов военного управления.")
    assert "Члены рабочей группы:" in blocks


def test_docx_page_font_and_table(roster_docx):
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document(roster_docx)
    section = document.sections[0]
    assert section.page_width == pytest.approx(Mm(210), abs=Mm(0.1))
    assert section.page_height == pytest.approx(Mm(297), abs=Mm(0.1))
    assert section.left_margin == pytest.approx(Mm(30), abs=Mm(0.1))
    assert section.right_margin == pytest.approx(Mm(10), abs=Mm(0.1))
    assert section.top_margin == pytest.approx(Mm(20), abs=Mm(0.1))
    assert section.bottom_margin == pytest.approx(Mm(20), abs=Mm(0.1))
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    assert document.core_properties.title == TITLE
    assert document.core_properties.author == ORGANISATION
    tables = document.tables
    assert len(tables) == 2
    assert len(tables[0].rows) == 4 and len(tables[1].rows) == 19
    xml = tables[1]._tbl.xml
    assert 'w:val="nil"' in xml and "w:cantSplit" in xml
    assert tables[0].rows[0].cells[0].width == pytest.approx(Mm(55), abs=Mm(0.1))


# --- XLSX -------------------------------------------------------------------------------------


def test_xlsx_rows_dates_and_no_formulas(tmp_path):
    from openpyxl import load_workbook

    roster = make_roster()
    hostile = replace(roster.entries[6], position=INJECTION, side=Side.EMPLOYERS)
    entries = (*roster.entries[:6], hostile, *roster.entries[7:])
    path = tmp_path / "состав.xlsx"
    write_roster_xlsx(replace(roster, entries=entries), path)

    ws = load_workbook(path)["Состав"]
    assert TITLE in ws["A1"].value
    assert [cell.value for cell in ws[2]] == [
        "№",
        "ФИО",
        "Должность",
        "Организация",
        "Роль",
        "Сторона",
        "С какой даты",
    ]
    assert ws.freeze_panes == "A3"
    assert ws.max_row == 2 + 23
    first = [cell.value for cell in ws[3]]
    assert first[:5] == [
        1,
        "Хмелева Ксения Владимировна",
        LEADERS[0][1],
        ORGANISATION,
        "председатель",
    ]
    assert first[6] == datetime(2022, 10, 18)
    assert ws["G3"].number_format == "DD.MM.YYYY"
    assert ws.cell(row=9, column=3).value == INJECTION
    assert ws.cell(row=9, column=3).data_type == "s"
    assert ws.cell(row=9, column=6).value == "работодатели"
    assert ws.cell(row=25, column=2).value == "Яворская Ирина Олеговна"
    assert all(ws.column_dimensions[letter].width > 4 for letter in "ABCDEFG")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert re.search(r"<f[ >]", sheet) is None
    assert re.search(r'<c r="C9"[^>]*t="(inlineStr|s)"', sheet)  # a string cell, not a formula


# --- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "magic"),
    [("состав.pdf", b"%PDF-"), ("состав.DOCX", b"PK"), ("состав.xlsx", b"PK")],
)
def test_export_chooses_the_format_by_extension(tmp_path, name, magic):
    path = tmp_path / name
    write_roster(make_roster(), path)
    assert path.read_bytes().startswith(magic)
    if magic == b"PK":
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
        expected = "word/document.xml" if name.lower().endswith(".docx") else "xl/workbook.xml"
        assert expected in names


def test_export_rejects_an_unknown_extension(tmp_path):
    path = tmp_path / "состав.txt"
    with pytest.raises(ValueError) as error:
        write_roster(make_roster(), path)
    assert str(error.value) == "Неизвестный формат файла «.txt»: допустимы .pdf, .docx, .xlsx"
    assert not path.exists()
    with pytest.raises(ValueError, match="Не указан формат файла"):
        write_roster(make_roster(), tmp_path / "состав")
