"""The command line as administrators script it: separate processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers_documents import pdf_text

from desktop_app import __version__


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COMMISSION_SECRETARY_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_version(tmp_path):
    result = run("--version", home=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_and_export_roster_in_every_format(tmp_path):
    db = tmp_path / "work.sqlite3"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    for suffix in (".pdf", ".docx", ".xlsx"):
        out = tmp_path / f"roster{suffix}"
        result = run(
            "export",
            "roster",
            "--db",
            str(db),
            "--body",
            "Рабочая группа по бережливому управлению",
            "--out",
            str(out),
            home=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    text = pdf_text(tmp_path / "roster.pdf")
    assert text.index("Хмелева") < text.index("Проскуракова") < text.index("Члены рабочей группы")


def test_export_a_past_roster(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    out = tmp_path / "before.pdf"
    result = run(
        "export",
        "roster",
        "--db",
        str(db),
        "--body",
        "1",
        "--date",
        "01.10.2022",
        "--out",
        str(out),
        home=tmp_path,
    )
    assert result.returncode == 0
    assert "Хмелева" not in pdf_text(out)


def test_errors_are_russian_and_non_zero(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    cases = [
        (
            ["export", "roster", "--db", str(db), "--body", "нет такого", "--out", "x.pdf"],
            "Орган «нет такого» не найден",
        ),
        (
            [
                "export",
                "roster",
                "--db",
                str(tmp_path / "none.sqlite3"),
                "--body",
                "1",
                "--out",
                "x.pdf",
            ],
            "не найден",
        ),
        (
            ["export", "roster", "--db", str(db), "--body", "1", "--out", str(tmp_path / "x.txt")],
            "Неизвестный формат файла «.txt»",
        ),
        (
            [
                "export",
                "roster",
                "--db",
                str(db),
                "--body",
                "1",
                "--date",
                "31.02.2023",
                "--out",
                str(tmp_path / "x.pdf"),
            ],
            "такой даты нет в календаре",
        ),
        (["export", "roster", "--db", str(db)], "не указаны обязательные аргументы"),
    ]
    for args, message in cases:
        result = run(*args, home=tmp_path)
        assert result.returncode != 0, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_demo_twice_is_refused(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    result = run("demo", "--db", str(db), home=tmp_path)
    assert result.returncode == 1
    assert "уже загружен" in result.stderr


def test_a_foreign_file_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    result = run(
        "export", "roster", "--db", str(junk), "--body", "1", "--out", "x.pdf", home=tmp_path
    )
    assert result.returncode == 1
    assert "не является базой данных программы или повреждён" in result.stderr


def test_smoke_test(tmp_path):
    result = run("--smoke-test", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("smoke test: ok")


def test_the_window_opens_and_exits_cleanly(tmp_path):
    """Started as the secretary starts it; quits once the roster is shown. A crash on exit
    (objects deleted in the wrong order) would show here as a signal or a Qt complaint."""
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    env = dict(
        os.environ,
        COMMISSION_SECRETARY_HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # not the user's own settings
        QT_QPA_PLATFORM="offscreen",
        COMMISSION_SECRETARY_BENCHMARK_QUIT="ready",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "deleted directly" not in result.stderr
    assert (tmp_path / "secretary.log").exists()
    # the automatic copies (at start-up, then on exit: one a day is kept), complete
    copies = list((tmp_path / "work.backups").glob("work-*.sqlite3"))
    assert len(copies) == 1
    assert not list((tmp_path / "work.backups").glob("*.partial"))


BODY = "Рабочая группа по бережливому управлению"


def test_export_every_meeting_document(tmp_path):
    db = tmp_path / "work.sqlite3"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    documents = {
        "protocol": ("1/2024", [], ".pdf"),
        "agenda": ("1/2024", [], ".pdf"),
        "notice": ("1/2024", [], ".pdf"),
        "extract": ("1/2024", ["--item", "2"], ".pdf"),
        "attendance": ("1/2024", [], ".pdf"),
        "questionnaire": ("3/2024", [], ".pdf"),
        "distribution": ("1/2024", [], ".pdf"),
    }
    for kind, (meeting, extra, suffix) in documents.items():
        out = tmp_path / f"{kind}{suffix}"
        result = run(
            "export",
            kind,
            "--db",
            str(db),
            "--body",
            BODY,
            "--meeting",
            meeting,
            *extra,
            "--out",
            str(out),
            home=tmp_path,
        )
        assert result.returncode == 0, (kind, result.stderr)
        assert out.read_bytes().startswith(b"%PDF"), kind
    assert "ПРОТОКОЛ" in pdf_text(tmp_path / "protocol.pdf")
    assert "ВЫПИСКА ИЗ ПРОТОКОЛА" in pdf_text(tmp_path / "extract.pdf")
    docx = tmp_path / "protocol.docx"
    result = run(
        "export",
        "protocol",
        "--db",
        str(db),
        "--body",
        BODY,
        "--meeting",
        "1/2024",
        "--out",
        str(docx),
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert docx.read_bytes().startswith(b"PK")


def test_export_a_protocol_as_signed_before_its_amendment(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    texts = []
    for version in ("1", "2"):
        out = tmp_path / f"v{version}.pdf"
        result = run(
            "export",
            "protocol",
            "--db",
            str(db),
            "--body",
            BODY,
            "--meeting",
            "2/2024",
            "--version",
            version,
            "--out",
            str(out),
            home=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        texts.append(pdf_text(out))
    assert "Исправления" not in texts[0]
    assert "Исправления" in texts[1]


def test_meeting_export_errors_are_russian(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    cases = [
        (["--meeting", "9/2024"], "заседания № 9 в 2024 году нет"),
        (["--meeting", "первое"], "номер/год"),
    ]
    for extra, message in cases:
        result = run(
            "export",
            "agenda",
            "--db",
            str(db),
            "--body",
            BODY,
            *extra,
            "--out",
            str(tmp_path / "a.pdf"),
            home=tmp_path,
        )
        assert result.returncode == 1 and message in result.stderr, result.stderr
    result = run(
        "export",
        "agenda",
        "--db",
        str(db),
        "--body",
        BODY,
        "--meeting",
        "1/2024",
        "--out",
        str(tmp_path / "a.docx"),
        home=tmp_path,
    )
    assert result.returncode == 1 and "Ошибка" in result.stderr
    assert not (tmp_path / "a.docx").exists()


def test_export_the_control_of_decisions(tmp_path):
    """The list with filters, a reminder and the execution report, as a script makes them
    from the example (whose 2024 assignments are all due by now)."""
    from openpyxl import load_workbook

    db = tmp_path / "work.sqlite3"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    listing = tmp_path / "на контроле.pdf"
    result = run("export", "assignments", "--db", str(db), "--out", str(listing), home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(listing)
    assert "Перечень поручений, находящихся на контроле" in text
    assert "Протокол № 3 от 19.09.2024, п. 1.2" in text
    assert "Протокол № 3 от 19.09.2024, п. 2.2" not in text  # executed: not on control
    table = tmp_path / "все.xlsx"
    result = run(
        "export", "assignments", "--db", str(db), "--status", "all",
        "--responsible", "ПРОСКУРАКОВА", "--out", str(table), home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    cells = " ".join(
        str(value)
        for row in load_workbook(table).active.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    assert "поручение председателя рабочей группы от 15.10.2024" in cells
    assert "Протокол № 3 от 19.09.2024, п. 1.2" not in cells  # another responsible
    letter = tmp_path / "напоминание.docx"
    result = run(
        "export", "reminder", "--db", str(db), "--responsible", "Мерзлякова М.П.",
        "--reply-by", "01.12.2026", "--out", str(letter), home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from docx import Document

    words = "\n".join(p.text for p in Document(letter).paragraphs)
    assert "Уважаемая Марина Петровна!" in words
    report = tmp_path / "отчет.pdf"
    result = run(
        "export", "execution-report", "--db", str(db), "--from", "01.01.2024",
        "--to", "31.12.2024", "--out", str(report), home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Информация об исполнении поручений" in pdf_text(report)


def test_control_export_errors_are_russian(tmp_path):
    db = tmp_path / "work.sqlite3"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    wrong = run("export", "assignments", "--db", str(db), "--out", str(tmp_path / "a.docx"),
                home=tmp_path)  # fmt: skip
    assert wrong.returncode == 1 and "только в форматах .pdf, .xlsx" in wrong.stderr
    nobody = run("export", "reminder", "--db", str(db), "--responsible", "Иванов И.И.",
                 "--out", str(tmp_path / "r.pdf"), home=tmp_path)  # fmt: skip
    assert nobody.returncode == 1 and "нет поручений на контроле" in nobody.stderr
    status = run("export", "assignments", "--db", str(db), "--status", "готово",
                 "--out", str(tmp_path / "a.pdf"), home=tmp_path)  # fmt: skip
    assert status.returncode == 2 and "недопустимое значение" in status.stderr
