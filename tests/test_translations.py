"""The Russian translation is complete, up to date with the sources, and compiled.

The interface source strings are English (``self.tr``, ``QCoreApplication.translate``,
the Designer forms in ``ui/``); the users see them only through
``resources/translations/commission_secretary_ru.ts`` compiled to ``…_ru.qm``. These
tests fail when a string would reach the user in English:

- a message of the .ts is unfinished, empty, vanished or obsolete, or its translation lost
  a placeholder ({0}), an HTML tag, a menu accelerator (&) or the trailing «…» / «:»;
- the sources have a string the .ts does not (``pyside6-lupdate`` run into a copy);
- a ``tr()`` call that lupdate cannot see (inside an f-string, or not a string literal);
- the shipped .qm is not what ``pyside6-lrelease`` makes of the shipped .ts;
- the running interface (menus, form labels) still shows English.

The fix is nearly always: ``make translations``, translate what it marks unfinished in
the .ts (Qt Linguist: ``pyside6-linguist``, or by hand), then ``make translations`` again.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "commission_secretary_ru.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
FIX = (
    "Run `make translations`, translate the strings it marks unfinished in "
    "resources/translations/commission_secretary_ru.ts (pyside6-linguist or by hand), "
    "then run `make translations` again to compile the .qm."
)


# ----- reading .ts files -------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # the translation's type attribute: "" when finished
    comment: str  # the disambiguation, "" when none
    location: str  # file:line for the failure messages

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.location})"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                text, kind = "", "missing"
            elif translation.find("numerusform") is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text, kind = ("" if not all(forms) else forms[0]), translation.get("type", "")
            else:
                text, kind = translation.text or "", translation.get("type", "")
            location = message.find("location")
            where = ""
            if location is not None:
                file = (path.parent / location.get("filename", "")).resolve()
                if file.is_relative_to(ROOT):
                    file = file.relative_to(ROOT)
                where = f"{file.as_posix()}:{location.get('line', '?')}"
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    text,
                    kind,
                    message.findtext("comment", ""),
                    where,
                )
            )
    return messages


def listing(messages) -> str:
    return "\n".join(f"  {m}" for m in sorted(messages, key=lambda m: (m.context, m.source)))


@pytest.fixture(scope="module")
def shipped() -> list[Message]:
    assert TS_FILE.exists(), f"{TS_FILE} is missing"
    return read_ts(TS_FILE)


# ----- the Qt tools ------------------------------------------------------------------------
def qt_tool(name: str) -> Path:
    """pyside6-<name> of this Python: its Scripts (Windows) or bin folder, else the PATH,
    else the binary inside the PySide6 package."""
    suffixes = (".exe", "") if sys.platform == "win32" else ("",)
    folders = [Path(sys.executable).parent, Path(sys.prefix) / "Scripts", Path(sys.prefix) / "bin"]
    for folder in folders:
        for suffix in suffixes:
            candidate = folder / f"pyside6-{name}{suffix}"
            if candidate.is_file():
                return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    import PySide6

    for suffix in suffixes:
        candidate = Path(PySide6.__file__).parent / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    pytest.fail(
        f"pyside6-{name} not found next to {sys.executable} nor on the PATH: "
        "install the project with `make test` (PySide6 ships it)."
    )


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(qt_tool(name)), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    assert result.returncode == 0, (
        f"pyside6-{name} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result


def source_files() -> list[Path]:
    """What `make translations` gives lupdate: every desktop_app/**/*.py and ui/*.ui."""
    python = sorted(p for p in (ROOT / "desktop_app").rglob("*.py") if "__pycache__" not in p.parts)
    return python + sorted((ROOT / "ui").glob("*.ui"))


@pytest.fixture(scope="module")
def from_sources(tmp_path_factory) -> list[Message]:
    """The shipped .ts refreshed by lupdate from the sources, in a temporary copy."""
    folder = tmp_path_factory.mktemp("lupdate")
    ts = folder / TS_FILE.name
    shutil.copyfile(TS_FILE, ts)
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    run_tool("lupdate", *files, "-no-obsolete", "-ts", str(ts))
    return read_ts(ts)


# ----- the shipped .ts ---------------------------------------------------------------------
def test_every_message_is_translated(shipped):
    bad = [m for m in shipped if m.kind or not m.translation.strip()]
    assert not bad, (
        f"{len(bad)} message(s) of {TS_FILE.name} are not translated "
        f"(unfinished, empty, vanished or obsolete):\n{listing(bad)}\n{FIX}"
    )


def test_no_message_is_listed_twice(shipped):
    twice = [
        key
        for key, n in Counter((m.context, m.source, m.comment) for m in shipped).items()
        if n > 1
    ]
    assert not twice, f"messages listed twice in {TS_FILE.name}: {twice}"


PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%L?\d+|%n")
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)\s*>")
VOID_TAGS = {"br", "hr", "img", "meta", "input"}
ACCELERATOR = re.compile(r"&(?!&)(.)", re.S)


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def tags(text: str) -> Counter:
    return Counter((closing, name.lower()) for closing, name, _ in TAG.findall(text))


def nesting_error(text: str) -> str | None:
    stack: list[str] = []
    for closing, name, self_closing in TAG.findall(text):
        name = name.lower()
        if self_closing or name in VOID_TAGS:
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return f"</{name}> closes nothing"
    return f"<{stack[-1]}> is never closed" if stack else None


def test_placeholders_are_kept(shipped):
    bad = [
        f"  {m}: {sorted(placeholders(m.source).elements())} → "
        f"{sorted(placeholders(m.translation).elements())}"
        for m in shipped
        if m.translation and placeholders(m.source) != placeholders(m.translation)
    ]
    assert not bad, (
        "the translation must keep every placeholder of the source, each as "
        "many times:\n" + "\n".join(bad)
    )


def test_html_tags_are_kept_and_balanced(shipped):
    bad = []
    for m in shipped:
        if not m.translation:
            continue
        if tags(m.source) != tags(m.translation):
            bad.append(
                f"  {m}: tags {sorted(tags(m.source).elements())} → "
                f"{sorted(tags(m.translation).elements())}"
            )
        elif (error := nesting_error(m.translation)) and not nesting_error(m.source):
            bad.append(f"  {m}: {error} in {m.translation!r}")
    assert not bad, "HTML tags of the translation differ from the source's:\n" + "\n".join(bad)


def test_accelerators_are_kept(shipped):
    """A menu text with an & keeps exactly one, on a letter, in the translation."""
    bad = []
    for m in shipped:
        if not m.translation or not ACCELERATOR.search(m.source.replace("&&", "")):
            continue
        keys = ACCELERATOR.findall(m.translation.replace("&&", ""))
        if len(keys) != 1 or not keys[0].isalpha():
            bad.append(f"  {m} → {m.translation!r}")
    assert not bad, "menu accelerators (&) lost or doubled:\n" + "\n".join(bad)


def test_edges_are_kept(shipped):
    """Spaces around a piece that is joined to others, the «…» of a command that opens a
    dialog, the «:» of a field label, the line breaks."""
    bad = []
    for m in shipped:
        s, t = m.source, m.translation
        if not t:
            continue
        problems = []
        if s[: len(s) - len(s.lstrip())] != t[: len(t) - len(t.lstrip())]:
            problems.append("leading spaces")
        if s[len(s.rstrip()) :] != t[len(t.rstrip()) :]:
            problems.append("trailing spaces")
        if s.rstrip().endswith(("…", "...")) and not t.rstrip().endswith(("…", "...")):
            problems.append("the closing «…»")
        if s.rstrip().endswith(":") and not t.rstrip().endswith(":"):
            problems.append("the closing «:»")
        if s.count("\n") != t.count("\n"):
            problems.append("line breaks")
        if problems:
            bad.append(f"  {m} → {t!r}: {', '.join(problems)}")
    assert not bad, "translations that lost the edges of their source:\n" + "\n".join(bad)


def test_translations_are_russian(shipped):
    """A translation with English words left in it and no Russian is a copied source."""
    bad = []
    for m in shipped:
        if not m.translation:
            continue  # reported by test_every_message_is_translated
        plain = PLACEHOLDER.sub("", TAG.sub("", m.source))
        if re.search(r"[A-Za-z]{3,}", plain) and not re.search(r"[А-Яа-яЁё]", m.translation):
            bad.append(f"  {m} → {m.translation!r}")
    assert not bad, "translations with no Russian in them:\n" + "\n".join(bad)


# ----- the .ts against the sources ---------------------------------------------------------
def test_ts_has_every_string_of_the_sources(shipped, from_sources):
    known = {m.key for m in shipped}
    missing = [m for m in from_sources if m.key not in known]
    assert not missing, (
        f"{len(missing)} interface string(s) in the sources have no Russian "
        f"translation in {TS_FILE.name}:\n{listing(missing)}\n{FIX}"
    )


def test_ts_has_no_strings_gone_from_the_sources(shipped, from_sources):
    found = {m.key for m in from_sources}
    gone = [m for m in shipped if m.key not in found]
    assert not gone, (
        f"{len(gone)} message(s) of {TS_FILE.name} are no longer found by lupdate in the "
        f"sources:\n{listing(gone)}\nIf the string was removed or reworded, run "
        "`make translations`. If it is still in the code, lupdate cannot see the call: "
        "see test_tr_calls_are_visible_to_lupdate."
    )


_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _tr_calls(tree: ast.AST):
    """(context or None, call, inside an f-string) for every tr()/translate() call."""

    def visit(node: ast.AST, context: str | None, in_fstring: bool):
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            if func.attr == "tr":
                yield context, node, in_fstring
            elif (
                func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id in _TRANSLATE_OWNERS
            ):
                first = node.args[0] if node.args else None
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                yield (first.value if literal else None), node, in_fstring
        for child in ast.iter_child_nodes(node):
            yield from visit(child, context, in_fstring)

    yield from visit(tree, None, False)


def test_tr_calls_are_visible_to_lupdate(from_sources):
    """lupdate extracts only a string literal given straight to tr()/translate(); a call
    inside an f-string or with a computed text is shown in English forever."""
    found = {m.key for m in from_sources}
    bad = []
    for path in source_files():
        if path.suffix != ".py":
            continue
        where = path.relative_to(ROOT).as_posix()
        for context, call, in_fstring in _tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            is_tr = call.func.attr == "tr"
            text_arg = (
                call.args[0]
                if is_tr and call.args
                else (call.args[1] if len(call.args) > 1 else None)
            )
            literal = isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)
            line = f"  {where}:{call.lineno}"
            if not literal:
                bad.append(f"{line}: the text is not a string literal; lupdate cannot extract it")
            elif context is None:
                bad.append(f"{line}: no context for {text_arg.value!r}")
            elif (context, text_arg.value) not in found:
                hint = (
                    "inside an f-string: compute it before the f-string"
                    if in_fstring
                    else "lupdate does not see this call"
                )
                bad.append(f"{line}: {text_arg.value!r} is {hint}")
    assert not bad, (
        "tr() calls that never reach the .ts, so the user sees them in English:\n" + "\n".join(bad)
    )


# ----- the compiled .qm --------------------------------------------------------------------
def test_qm_is_compiled_from_the_ts(tmp_path):
    assert QM_FILE.exists(), f"{QM_FILE} is missing. {FIX}"
    fresh = tmp_path / QM_FILE.name
    run_tool("lrelease", str(TS_FILE), "-qm", str(fresh))
    assert fresh.read_bytes() == QM_FILE.read_bytes(), (
        f"{QM_FILE.name} is stale: it differs from what pyside6-lrelease makes of "
        f"{TS_FILE.name}. Run `make translations`."
    )


@pytest.fixture(scope="module")
def translator():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"cannot load {QM_FILE}"
    return translator


@pytest.mark.parametrize(
    ("context", "source", "russian"),
    [
        ("MainWindow", "Roster", "Состав"),
        ("MainWindow", "&File", "&Файл"),
        ("MainWindow", "Roster on:", "Состав на:"),
        ("MainWindow", "Members: {0}", "Членов: {0}"),
        ("MainWindow", "The roster on {0} has no {1}.", "В составе на {0} нет {1}."),
        ("MainWindow", "&Change the roster by an act…", "Изменить &состав…"),
        ("BodyDialog", "New body", "Новый орган"),
        ("BodyForm", "Full name:", "Полное наименование:"),
        ("MemberForm", "Surname:", "Фамилия:"),
        ("RosterTableModel", "Full name", "ФИО"),
        ("messages", "Error", "Ошибка"),
    ],
)
def test_qm_gives_russian(translator, context, source, russian):
    assert translator.translate(context, source) == russian


def test_qm_has_every_message_of_the_ts(translator, shipped):
    wrong = [
        f"  {m}: {translator.translate(m.context, m.source, m.comment or None)!r} "
        f"instead of {m.translation!r}"
        for m in shipped
        if m.translation
        and not m.kind
        and translator.translate(m.context, m.source, m.comment or None) != m.translation
    ]
    assert not wrong, "the .qm does not give the .ts translations:\n" + "\n".join(wrong)


# ----- the running interface ---------------------------------------------------------------
ALLOWED_LATIN = re.compile(r"\b(PDF|Word|Excel|DOCX|XLSX|ВКС)\b")


def english_left(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", ALLOWED_LATIN.sub("", text.replace("&", ""))))


def test_main_window_speaks_russian(window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    bar = window.menuBar()
    texts = [action.text() for action in bar.actions()]
    for menu_action in bar.actions():
        texts += [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
    texts += [a.text() for a in window.findChildren(QAction) if a.text()]
    model = window.roster_view.model()
    texts += [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    texts += [window.tabs.tabText(index) for index in range(window.tabs.count())]
    english = sorted({t for t in texts if english_left(t)})
    assert not english, f"English left in the main window: {english}"


def test_menu_accelerators_are_unique(window):
    """Alt+letter reaches one command: no two items of a menu share their & letter."""

    def clashes(actions) -> dict[str, list[str]]:
        by_key: dict[str, list[str]] = {}
        for action in actions:
            keys = ACCELERATOR.findall(action.text().replace("&&", ""))
            if keys:
                by_key.setdefault(keys[0].casefold(), []).append(action.text())
        return {key: texts for key, texts in by_key.items() if len(texts) > 1}

    bar = window.menuBar()
    found = {"(menu bar)": clashes(bar.actions())}
    for menu_action in bar.actions():
        found[menu_action.text()] = clashes(
            a for a in menu_action.menu().actions() if not a.isSeparator()
        )
    found = {menu: c for menu, c in found.items() if c}
    assert not found, f"menu items sharing an accelerator letter: {found}"


@pytest.mark.parametrize("form_file", sorted(p.name for p in (ROOT / "ui").glob("*.ui")))
def test_forms_speak_russian(qapp, form_file):
    """QUiLoader translates a form with its class name as the context: every label and
    hint of the loaded form is Russian."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

    from desktop_app.views.forms import load_form

    form = load_form(form_file)
    try:
        texts = [form.windowTitle()]
        texts += [w.text() for w in form.findChildren(QLabel)]
        texts += [w.placeholderText() for w in form.findChildren(QLineEdit)]
        texts += [w.placeholderText() for w in form.findChildren(QPlainTextEdit)]
        texts += [w.toolTip() for w in form.findChildren(QWidget)]
        english = sorted({t for t in texts if t and english_left(t)})
        assert not english, f"English left in {form_file}: {english}"
    finally:
        form.deleteLater()
