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
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_version(tmp_path):
    result = run("--version", home=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_and_export_roster_in_every_format(tmp_path):
    db = tmp_path / "work.sqlite3"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    for suffix in (".pdf", ".docx", ".xlsx"):
        out = tmp_path / f"roster{suffix}"
        result = run("export", "roster", "--db", str(db), "--body",
                     "Рабочая группа по бережливому управлению", "--out", str(out), home=tmp_path)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    text = pdf_text(tmp_path / "roster.pdf")
    assert text.index("Хмелева") < text.index("Проскуракова") < text.index("Члены рабочей группы")


def test_export_a_past_roster(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    out = tmp_path / "before.pdf"
    result = run("export", "roster", "--db", str(db), "--body", "1", "--date", "01.10.2022",
                 "--out", str(out), home=tmp_path)
    assert result.returncode == 0
    assert "Хмелева" not in pdf_text(out)


def test_errors_are_russian_and_non_zero(tmp_path):
    db = tmp_path / "work.sqlite3"
    run("demo", "--db", str(db), home=tmp_path)
    cases = [
        (["export", "roster", "--db", str(db), "--body", "нет такого", "--out", "x.pdf"],
         "Орган «нет такого» не найден"),
        (["export", "roster", "--db", str(tmp_path / "none.sqlite3"), "--body", "1",
          "--out", "x.pdf"], "не найден"),
        (["export", "roster", "--db", str(db), "--body", "1", "--out", str(tmp_path / "x.txt")],
         "Неизвестный формат файла «.txt»"),
        (["export", "roster", "--db", str(db), "--body", "1", "--date", "31.02.2023",
          "--out", str(tmp_path / "x.pdf")], "такой даты нет в календаре"),
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
    result = run("export", "roster", "--db", str(junk), "--body", "1", "--out", "x.pdf",
                 home=tmp_path)
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
    env = dict(os.environ, COMMISSION_SECRETARY_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               COMMISSION_SECRETARY_BENCHMARK_QUIT="ready")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db)],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "deleted directly" not in result.stderr
    assert (tmp_path / "secretary.log").exists()
