"""Offline: the program opens no network connection — at start-up, in normal work, when
it prints and exports, on the command line.

An audit hook (``sys.addaudithook``) sees every attempt Python code makes: a socket
created, connected, bound or sent from, a name resolved, an URL or HTTP connection opened,
a browser started. A hook cannot be removed, so it records only while ``network_watch()``
is on. Qt's own network module must never be loaded either (``PySide6.QtNetwork``): what
Qt does in C++ is invisible to the hook. The subprocess variant runs ``--smoke-test`` under
the same hook, and where ``strace`` works, also under strace: no internet socket at all.
The self-checks prove the watch does catch a connection attempt.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

# The audit events of network access (Python 3.11's table of audit events).
NETWORK_EVENTS = frozenset(
    {
        "socket.__new__",
        "socket.bind",
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyaddr",
        "socket.gethostbyname",
        "socket.getnameinfo",
        "socket.getservbyname",
        "socket.getservbyport",
        "socket.sendmsg",
        "socket.sendto",
        "urllib.Request",
        "http.client.connect",
        "http.client.send",
        "ftplib.connect",
        "smtplib.connect",
        "poplib.connect",
        "imaplib.open",
        "nntplib.connect",
        "telnetlib.Telnet.open",
        "webbrowser.open",
    }
)
# «socket.gethostname» is not among them: it reads the computer's own name (the instance
# lock notes it) and touches no network.

_seen: list[tuple[str, str]] = []
_recording = False


def _hook(event: str, args: tuple) -> None:
    if _recording and event in NETWORK_EVENTS:
        _seen.append((event, repr(args)[:300]))


sys.addaudithook(_hook)


@contextmanager
def network_watch():
    """Record every network attempt inside the block; yield the list of them."""
    global _recording
    _seen.clear()
    _recording = True
    try:
        yield _seen
    finally:
        _recording = False


# ----- the watch can fail ------------------------------------------------------------------------
def test_the_watch_catches_a_connection_attempt():
    with network_watch() as seen:
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=0.5).close()
        except OSError:
            pass  # nobody listens on the discard port: the attempt is what counts
    events = [event for event, _ in seen]
    assert "socket.connect" in events
    assert any("127.0.0.1" in args for event, args in seen if event == "socket.connect")


def test_the_watch_catches_an_url_and_records_only_while_on():
    with network_watch() as seen:
        try:
            urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.5)
        except OSError:
            pass
    assert {"urllib.Request", "socket.connect"} <= {event for event, _ in seen}
    try:
        socket.create_connection(("127.0.0.1", 9), timeout=0.5).close()
    except OSError:
        pass
    with network_watch() as seen:
        pass
    assert seen == []


# ----- start-up, normal work and printing, in this process ---------------------------------------
def _process_events() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _visible(name: str):
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return found[-1] if found else None


def test_work_and_printing_open_no_connection(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from desktop_app import cli
    from desktop_app.store.database import Database
    from desktop_app.store.example import load_example
    from desktop_app.store.meetings import find_meeting
    from desktop_app.views import document_files
    from desktop_app.views.main_window import MainWindow

    QSettings().clear()
    path = tmp_path / "offline.sqlite3"
    saved_as: dict[str, str] = {}
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (saved_as["path"], saved_as.get("filter", "")),
    )
    with network_watch() as seen:
        # Start-up: a new database, the example, the window.
        database = Database(path)
        with database.session() as session:
            body_id = load_example(session)
            meeting_id = find_meeting(session, body_id, 1, 2024)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_database(path)
        window.refresh_bodies(body_id)
        _process_events()

        # Normal work: every tab of the body, the start page, the control pages.
        titles = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            titles.append(window.tabs.tabText(index))
            _process_events()
        assert "Заседания" in titles and "План мероприятий" in titles
        window.show_today_page()
        window.show_assignments()
        window.show_discipline()
        _process_events()

        # A meeting's window, every tab of it, the protocol previewed, printed, saved.
        meeting_window = window.open_meeting(meeting_id)
        qtbot.waitUntil(lambda: _visible("meeting_window") is not None)
        for tab in meeting_window.meeting_tabs:
            meeting_window.show_tab(tab)
            _process_events()
        meeting_window.preview_actions["protocol"].trigger()
        qtbot.waitUntil(lambda: _visible("print_preview") is not None)
        preview = _visible("print_preview")
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # fast: 96 dpi
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "напечатано.pdf"))
        preview.print_to(printer)
        preview.reject()
        saved_as.update(path=str(tmp_path / "протокол.pdf"), filter="Документ PDF (*.pdf)")
        meeting_window.save_actions["protocol"].trigger()
        meeting_window.close()

        # The plan's quarterly note, saved as PDF.
        window.refresh_bodies(body_id)
        window.tabs.setCurrentWidget(window.plan_page)
        _process_events()
        note = tmp_path / "записка.pdf"
        monkeypatch.setattr(document_files, "ask_save_path", lambda *args, **kwargs: note)
        dialog = window.plan_page.document("plan-note")
        dialog.findChild(QPushButton, "document_save_button").click()
        _process_events()

        # The roster: preview and the printer dialog a user prints from.
        window.print_action.trigger()
        qtbot.waitUntil(lambda: _visible("print_preview") is not None)
        roster_preview = _visible("print_preview")
        # «Печать»: the printer dialog with its list of printers, where Qt asks the
        # system's print service.
        roster_preview.print_document()
        _process_events()
        print_dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintDialog) and w.isVisible()
        )
        print_dialog.reject()
        roster_preview.reject()

        # The command line, in this process.
        exported = tmp_path / "протокол-cli.pdf"
        code = cli.main(
            [
                "export",
                "protocol",
                "--db",
                str(path),
                "--body",
                "Рабочая группа по бережливому управлению",
                "--meeting",
                "1/2024",
                "--out",
                str(exported),
            ]
        )
        window.close()
        _process_events()
        database.close()

    # What was done was really done ...
    assert (tmp_path / "напечатано.pdf").stat().st_size > 5_000
    assert (tmp_path / "протокол.pdf").read_bytes().startswith(b"%PDF")
    assert note.read_bytes().startswith(b"%PDF")
    assert code == 0 and exported.read_bytes().startswith(b"%PDF")
    # ... and not a single network attempt on the way.
    assert seen == [], seen
    assert "PySide6.QtNetwork" not in sys.modules


# ----- the program as a process -----------------------------------------------------------------
_WRAPPER = """
import json, sys
NETWORK = set(json.loads(sys.argv[1]))
seen = []
sys.addaudithook(lambda event, args: seen.append([event, repr(args)[:300]]) if event in NETWORK else None)
sys.argv = ["desktop_app", "--smoke-test"]
import runpy
code = 0
try:
    runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
report = {"seen": seen, "qt_network": "PySide6.QtNetwork" in sys.modules}
print("OFFLINE-REPORT " + json.dumps(report), file=sys.stderr)
sys.exit(code)
"""


def _environment(home: Path) -> dict[str, str]:
    return dict(os.environ, COMMISSION_SECRETARY_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def test_the_smoke_test_process_opens_no_connection(tmp_path):
    result = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", _WRAPPER, json.dumps(sorted(NETWORK_EVENTS))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(tmp_path),
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("OFFLINE-REPORT ")]
    report = json.loads(line.removeprefix("OFFLINE-REPORT "))
    assert report["seen"] == []
    assert report["qt_network"] is False


def test_the_wrapper_would_see_a_connection(tmp_path):
    """The same wrapper around a program that does connect: it is caught."""
    script = tmp_path / "desktop_app_probe.py"
    script.write_text(
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=0.5)\n"
        "except OSError:\n"
        "    pass\n",
        encoding="utf-8",
    )
    wrapper = _WRAPPER.replace('"desktop_app", run_name', '"desktop_app_probe", run_name')
    result = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", wrapper, json.dumps(sorted(NETWORK_EVENTS))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(_environment(tmp_path), PYTHONPATH=str(tmp_path)),
        cwd=tmp_path,
        timeout=60,
    )
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("OFFLINE-REPORT ")]
    events = [event for event, _ in json.loads(line.removeprefix("OFFLINE-REPORT "))["seen"]]
    assert "socket.connect" in events


# socket(AF_INET, …), connect(5, {sa_family=AF_INET6, …}), …
_INTERNET = re.compile(r"\bsocket\(AF_INET6?\b|sa_family=AF_INET6?\b")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_internet_socket_even_from_qt(tmp_path):
    """Below Python too (Qt and the C libraries): strace sees every connect, bind and
    send of the smoke test's process and its threads; none is to an internet address.
    (Local sockets — the system's name-service cache, a desktop bus — are not network.)"""
    trace = tmp_path / "trace.txt"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", str(trace), "true"], capture_output=True, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode(errors='replace')[:200]}")
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,bind,sendto,sendmsg",
            "-o",
            str(trace),
            sys.executable,
            "-X",
            "utf8",
            "-m",
            "desktop_app",
            "--smoke-test",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(tmp_path),
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout
    calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    internet = [call for call in calls if _INTERNET.search(call)]
    assert internet == [], internet[:10]


def test_strace_would_see_a_connection(tmp_path):
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "trace.txt"
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), 0.5)\nexcept OSError:\n    pass\n"
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            code,
        ],
        capture_output=True,
        timeout=60,
    )
    if result.returncode != 0:
        pytest.skip("strace cannot trace here")
    assert _INTERNET.search(trace.read_text(encoding="utf-8", errors="replace"))
