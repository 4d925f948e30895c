"""The roster dialogs, print preview, export and the exception hook, used as a secretary
uses them."""

from __future__ import annotations

import sys
from datetime import date

from helpers_documents import pdf_text
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from roster_fixtures import BELOVO_ROSTER
from test_main_window import click_ok, open_dialog, visible_names
from typing_helpers import type_text

from desktop_app.domain.body import BodyFields
from desktop_app.domain.vocabulary import Role
from desktop_app.store.bodies import create_body
from desktop_app.store.roster import list_acts, roster_on


def test_paste_the_belovo_roster_into_a_new_body(qtbot, window, database):
    with database.session() as session:
        body_id = create_body(
            session,
            BodyFields(full_name="рабочая группа по бережливости", short_name="Бережливость"),
        )
    window.refresh_bodies(body_id)
    dialog = open_dialog(qtbot, window.paste_roster_action, "paste_roster_dialog")
    dialog.text_edit.setPlainText(BELOVO_ROSTER)
    dialog.parse()
    assert dialog.table.rowCount() == 23
    assert dialog.problems_label.text() == "Распознано: 23"
    # The secretary corrects one position in the table before adding.
    dialog.table.item(6, 3).setText("директор МБУ «Управление капитального строительства»")
    dialog.start_edit.setDate(date(2022, 10, 18))
    dialog.act_check.setChecked(True)
    type_text(dialog.act_number_edit, "41-р")
    click_ok(dialog)
    assert not dialog.isVisible()
    assert len(visible_names(window)) == 23
    assert window.statusBar().currentMessage() == "Добавлено в состав: 23."
    with database.session() as session:
        roster = roster_on(session, body_id)
        acts = list_acts(session, body_id)
    assert [e.role for e in roster[:4]] == [Role.CHAIR, Role.DEPUTY, Role.DEPUTY, Role.SECRETARY]
    zhukov = next(e for e in roster if e.last_name == "Жуков")
    assert zhukov.position == "директор МБУ «Управление капитального строительства»"
    assert acts[0].reference == "распоряжение от 18.10.2022 № 41-р" and acts[0].joined == 23


def test_paste_with_a_bad_row_adds_nothing(qtbot, example_window, database, example_body):
    window = example_window
    dialog = open_dialog(qtbot, window.paste_roster_action, "paste_roster_dialog")
    dialog.text_edit.setPlainText(
        "- Новикова Ольга Петровна - специалист;\n"
        "- Хмелева Ксения Владимировна - заместитель главы;"
    )
    dialog.parse()
    assert dialog.table.rowCount() == 2
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith(
        "Строка 2, ФИО: Хмелева Ксения Владимировна уже входит в состав"
    )
    with database.session() as session:
        assert len(roster_on(session, example_body)) == 23
    dialog.reject()


def test_print_preview_prints_and_saves(qtbot, example_window, tmp_path):
    window = example_window
    window.print_action.trigger()
    preview = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "print_preview" and w.isVisible()
    )
    assert preview.document.pageCount() == 2
    saved = tmp_path / "состав.pdf"
    preview.write_pdf(saved)
    assert "Члены рабочей группы:" in pdf_text(saved)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    assert printed.stat().st_size > 10_000
    preview.reject()


def test_export_from_the_window(qtbot, example_window, tmp_path):
    window = example_window
    from openpyxl import load_workbook

    out = tmp_path / "состав.xlsx"
    window.write_export(window.printed_roster(), out)
    sheet = load_workbook(out).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Хмелева Ксения Владимировна" in values


def test_exception_hook_shows_russian_details_and_logs(qtbot, window):
    from desktop_app.views.app import setup_logging
    from desktop_app.views.exception_dialog import install_exception_hook

    log_file = setup_logging()
    previous = sys.excepthook
    install_exception_hook(str(log_file))
    try:
        try:
            raise RuntimeError("проверка")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "exception_dialog" and w.isVisible()
    )
    assert "RuntimeError: проверка" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "проверка" in QApplication.clipboard().text()
    assert dialog.findChild(QDialogButtonBox) is not None
    dialog.reject()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "RuntimeError: проверка" in log_file.read_text(encoding="utf-8")


def test_export_adds_the_chosen_format_to_a_bare_name(qtbot, example_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "Состав на 22.11.2026"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(chosen), "Документ Word (*.docx)"),
    )
    example_window.export_roster()
    assert (tmp_path / "Состав на 22.11.2026.docx").stat().st_size > 1000
