"""The packaged program: build.spec built with PyInstaller, then run as an administrator
would run it on the office PC — the smoke test, a demo database and the roster exported
to PDF, DOCX and XLSX by the frozen program itself.

Slow (the build takes about a minute); skipped only when PyInstaller is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
EXE = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 300


def _require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[dist]')")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The onedir bundle built from build.spec into a temporary folder (removed after the
    module's tests: it is 150 MB and pytest keeps its last three temporary folders)."""
    _require_pyinstaller()
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, (
        f"PyInstaller failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    )
    folder = work / "dist" / "commission-secretary"
    assert (folder / f"commission-secretary{EXE}").is_file()
    assert (folder / f"commission-secretary-cli{EXE}").is_file()
    yield folder
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def run_frozen(bundle: Path, tmp_path: Path):
    """Run one of the bundle's executables as on a clean machine: no Python variables,
    Qt offscreen, a private data folder. Returns the CompletedProcess (text is UTF-8)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["COMMISSION_SECRETARY_HOME"] = str(tmp_path / "home")

    def run(*args: str, program: str = "commission-secretary-cli"):
        return subprocess.run(
            [str(bundle / f"{program}{EXE}"), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=RUN_TIMEOUT,
        )

    return run


def test_frozen_smoke_test_passes(run_frozen) -> None:
    result = run_frozen("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout


def test_window_program_runs_the_smoke_test_too(run_frozen) -> None:
    """The secretary's executable (no console on Windows, so nothing to read there)."""
    result = run_frozen("--smoke-test", program="commission-secretary")
    assert result.returncode == 0, result.stderr
    if sys.platform != "win32":
        assert "smoke test: ok" in result.stdout


def test_frozen_program_exports_the_demo_roster(run_frozen, tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    demo = run_frozen("demo", "--db", str(database))
    assert demo.returncode == 0, demo.stderr
    assert "Пример загружен" in demo.stdout

    for suffix in (".pdf", ".docx", ".xlsx"):
        out = tmp_path / f"roster{suffix}"
        result = run_frozen(
            "export", "roster", "--db", str(database), "--body", "1", "--out", str(out)
        )
        assert result.returncode == 0, f"{suffix}: {result.stderr}"
        assert out.is_file() and out.stat().st_size > 0, suffix

    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "roster.pdf").pages
    pdf_text = " ".join(page.extract_text() or "" for page in pages)
    assert "Хмелева" in pdf_text
    with zipfile.ZipFile(tmp_path / "roster.docx") as docx:
        assert "Хмелева" in docx.read("word/document.xml").decode("utf-8")

    from openpyxl import load_workbook

    workbook = load_workbook(tmp_path / "roster.xlsx", read_only=True)
    try:
        cells = [
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value
        ]
    finally:
        workbook.close()
    assert any("Хмелева" in cell for cell in cells)


def test_frozen_program_reports_errors_in_russian(run_frozen, tmp_path: Path) -> None:
    result = run_frozen(
        "export",
        "roster",
        "--db",
        str(tmp_path / "missing.sqlite3"),
        "--body",
        "1",
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert result.returncode == 1
    assert "не найден" in result.stderr


def test_executables_run_python_in_utf8_mode(bundle: Path) -> None:
    """petrovich and open() without an encoding must not fall back to cp1251 on Windows."""
    from PyInstaller.archive.readers import CArchiveReader

    for program in ("commission-secretary", "commission-secretary-cli"):
        options = CArchiveReader(str(bundle / f"{program}{EXE}")).options
        assert "X utf8_mode=1" in options, (program, options)


def test_bundle_leaves_out_unused_qt(bundle: Path) -> None:
    files = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    unwanted = (
        "Qt6Quick",
        "Qt6Qml",
        "QtQuick",
        "QtQml",
        "WebEngine",
        "Qt6VirtualKeyboard",
        "Qt6Wayland",
        "opengl32sw",
        "qtvirtualkeyboardplugin",
        "Qt3D",
        "Multimedia",
    )
    assert [f for f in files if any(name in f for name in unwanted)] == []
    qt_translations = [f for f in files if f.startswith("_internal/PySide6/") and f.endswith(".qm")]
    assert qt_translations and all(f.endswith("_ru.qm") for f in qt_translations)
    internal = bundle / "_internal"
    for shipped in (
        "resources/fonts/OFL-LICENSE.txt",
        "resources/example/belovo.json",
        "resources/translations/commission_secretary_ru.qm",
        "ui/style.qss",
        "db/env.py",
        "db/script.py.mako",
    ):
        assert (internal / shipped).is_file(), shipped
    assert sorted(p.name for p in (internal / "ui").glob("*.ui")) == sorted(
        p.name for p in (ROOT / "ui").glob("*.ui")
    )
    assert sorted(p.name for p in (internal / "db" / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "db" / "versions").glob("*.py")
    )
