"""The window of one meeting: its header, the status actions, the documents and the tabs
(agenda, attendance and invited, protocol, distribution, materials).

One window per meeting: ``open_meeting_window`` brings an open one to the front. Every
write goes through the store; after it the window re-reads the meeting's state, updates
the header and the actions, refreshes every tab and emits ``changed`` (the body's schedule
shows the new status). The tabs follow the contract in their modules: ``changed`` after a
write, ``refresh(state)`` to reload and apply read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import MeetingForm, MeetingStatus, format_time
from desktop_app.store.database import Database
from desktop_app.views.forms import StoreDialog, date_edit, from_qdate
from desktop_app.views.messages import ask, show_error, show_info

_windows: dict[tuple[str, int], MeetingWindow] = {}


def _key(database: Database, meeting_id: int) -> tuple[str, int]:
    return (str(database.path), meeting_id)


def open_meeting_window(
    database: Database, meeting_id: int, parent: QWidget | None = None
) -> tuple[MeetingWindow, bool]:
    """The meeting's window, shown and in front; ``True`` when it was opened just now."""
    window = _windows.get(_key(database, meeting_id))
    if window is not None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window, False
    window = MeetingWindow(database, meeting_id, parent)
    window.show()
    return window, True


def meeting_window(database: Database, meeting_id: int) -> MeetingWindow | None:
    return _windows.get(_key(database, meeting_id))


def close_meeting_window(database: Database, meeting_id: int) -> None:
    window = _windows.get(_key(database, meeting_id))
    if window is not None:
        window.close()


def close_meeting_windows(database: Database) -> None:
    """Close the windows of the database's meetings (before it closes or another opens)."""
    for key, window in list(_windows.items()):
        if key[0] == str(database.path):
            window.close()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class _TabSlot:
    """A tab of the meeting window: its page, and the tab itself once it is built."""

    cls: type
    name: str
    page: QWidget
    tab: QWidget | None = None
    stale: bool = True


class MeetingWindow(QMainWindow):
    changed = Signal()  # something of the meeting was written

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.meeting_id = meeting_id
        self.state = None
        self._key = _key(database, meeting_id)
        _windows[self._key] = self
        self.destroyed.connect(lambda _obj=None, key=self._key: _windows.pop(key, None))
        self.settings = QSettings()
        self._build_actions()
        self._build_menus()
        self._build_central()
        self.resize(1180, 800)
        geometry = self.settings.value("meeting_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        tab = self.settings.value("meeting_window/tab")
        if tab is not None and 0 <= int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))
        self.refresh()

    # ----- building ---------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setData(action.toolTip())  # the tip to show again when the action is enabled
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.approve_action = a(
            "approve_agenda",
            self.tr("&Approve the agenda…"),
            self.approve_agenda,
            tip=self.tr("The chair approved the agenda: record the date of approval"),
        )
        self.withdraw_action = a(
            "withdraw_approval",
            self.tr("&Withdraw approval…"),
            self.withdraw_approval,
            tip=self.tr("Open the approved agenda for changes; it is then approved again"),
        )
        self.held_action = a(
            "mark_held",
            self.tr("Mark as &held"),
            self.mark_held,
            tip=self.tr("The meeting took place: attendance is marked"),
        )
        self.reopen_action = a(
            "reopen_held",
            self.tr("&Not held yet"),
            self.reopen_held,
            tip=self.tr("Back to «agenda approved» (marked held by mistake)"),
        )
        self.sign_action = a(
            "sign_protocol",
            self.tr("&Sign the protocol…"),
            self.sign_protocol,
            tip=self.tr("The chair signed the protocol: it is kept as signed and locked"),
        )
        self.amend_action = a(
            "begin_amendment",
            self.tr("&Begin an amendment…"),
            self.begin_amendment,
            tip=self.tr("Correct the signed protocol: a date and a reason are recorded"),
        )
        self.sign_amendment_action = a(
            "sign_amendment",
            self.tr("Sign the a&mendment…"),
            self.sign_amendment,
            tip=self.tr("The corrected protocol is signed: a new version is kept"),
        )
        self.versions_action = a(
            "protocol_versions",
            self.tr("Protocol &versions…"),
            self.show_versions,
            tip=self.tr("Every signed version of the protocol, to view, print or save"),
        )
        self.history_action = a(
            "meeting_history",
            self.tr("Change histor&y…"),
            self.show_history,
            tip=self.tr("Who changed what in the meeting and its protocol, and when"),
        )
        self.details_action = a(
            "meeting_details",
            self.tr("Meeting &details…"),
            self.edit_details,
            "Ctrl+D",
            tip=self.tr("Date, time, venue, form and number of the meeting"),
        )
        self.close_action = a(
            "close_meeting", self.tr("&Close"), self.close, QKeySequence.StandardKey.Close
        )
        self._document_titles = {
            "protocol": self.tr("&Protocol…"),
            "agenda": self.tr("&Agenda…"),
            "notice": self.tr("&Notices to the members…"),
            "extract": self.tr("&Extract from the protocol…"),
            "attendance": self.tr("Attendance &sheet…"),
            "questionnaire": self.tr("&Questionnaires…"),
            "distribution": self.tr("&Distribution sheet…"),
        }
        self.preview_actions: dict[str, QAction] = {}
        self.save_actions: dict[str, QAction] = {}
        from desktop_app.documents.meeting_export import MEETING_DOCUMENTS

        for kind, document in MEETING_DOCUMENTS.items():
            title = self._document_titles.get(kind, document.title + "…")
            self.preview_actions[kind] = a(
                f"preview_{kind}",
                title,
                lambda _checked=False, kind=kind: self.preview_document(kind),
                "Ctrl+P" if kind == "protocol" else None,
                tip=self.tr("Print preview: {0}").format(document.title),
            )
            self.save_actions[kind] = a(
                f"save_{kind}",
                title,
                lambda _checked=False, kind=kind: self.save_document_as(kind),
                "Ctrl+S" if kind == "protocol" else None,
                tip=self.tr("Save as a file: {0}").format(document.title),
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        meeting_menu.setToolTipsVisible(True)
        for action in (
            self.approve_action,
            self.withdraw_action,
            None,
            self.held_action,
            self.reopen_action,
            None,
            self.sign_action,
            self.amend_action,
            self.sign_amendment_action,
            self.versions_action,
            self.history_action,
            None,
            self.details_action,
            None,
            self.close_action,
        ):
            meeting_menu.addSeparator() if action is None else meeting_menu.addAction(action)
        self.documents_menu = bar.addMenu(self.tr("&Documents"))
        self.documents_menu.setToolTipsVisible(True)
        for action in self.preview_actions.values():
            self.documents_menu.addAction(action)
        self.documents_menu.addSeparator()
        self.save_menu = self.documents_menu.addMenu(self.tr("Save &as"))
        self.save_menu.setToolTipsVisible(True)
        for action in self.save_actions.values():
            self.save_menu.addAction(action)

        self.preview_actions["protocol"].setIconText(self.tr("Print the protocol"))
        toolbar = self.addToolBar(self.tr("Meeting"))
        toolbar.setObjectName("meeting_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.approve_action,
            self.withdraw_action,
            None,
            self.held_action,
            None,
            self.sign_action,
            self.amend_action,
            self.sign_amendment_action,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        header = QWidget()
        header.setObjectName("meeting_header")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(4, 2, 4, 6)
        header_layout.setSpacing(4)
        self.title_label = QLabel()
        self.title_label.setObjectName("meeting_title")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header_layout.addWidget(self.title_label)
        self.details_label = QLabel()
        self.details_label.setObjectName("meeting_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header_layout.addWidget(self.details_label)
        row = QHBoxLayout()
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("meeting_quorum")
        row.addWidget(self.quorum_label)
        row.addSpacing(24)
        presiding_label = QLabel(self.tr("Presiding:"))
        row.addWidget(presiding_label)
        self.presiding_combo = QComboBox()
        self.presiding_combo.setObjectName("presiding_combo")
        self.presiding_combo.setMinimumWidth(320)
        self.presiding_combo.setToolTip(
            self.tr("The chair presides; in the chair's absence, a deputy chair")
        )
        presiding_label.setBuddy(self.presiding_combo)
        self.presiding_combo.activated.connect(self._presiding_chosen)
        row.addWidget(self.presiding_combo)
        row.addStretch()
        print_button = QToolButton()
        print_button.setObjectName("print_protocol_button")
        print_button.setDefaultAction(self.preview_actions["protocol"])
        print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(print_button)
        documents = QToolButton()
        documents.setObjectName("documents_button")
        documents.setText(self.tr("Documents"))
        documents.setToolTip(self.tr("Print preview and saving of the meeting's documents"))
        documents.setMenu(self.documents_menu)
        documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(documents)
        header_layout.addLayout(row)
        self.banner = QLabel()
        self.banner.setObjectName("meeting_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        header_layout.addWidget(self.banner)
        layout.addWidget(header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self._build_tabs()
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _build_tabs(self) -> None:
        """The five tabs. Each is built and filled when it is first shown (opening the
        window builds only the visible one); after a change only the visible tab reloads,
        the others when they are shown again."""
        from desktop_app.views.meeting_agenda import AgendaTab
        from desktop_app.views.meeting_attendance import AttendanceTab
        from desktop_app.views.meeting_distribution import DistributionTab
        from desktop_app.views.meeting_materials import MaterialsTab
        from desktop_app.views.meeting_minutes import MinutesTab

        self._slots: list[_TabSlot] = []
        for cls, title, name in (
            (AgendaTab, self.tr("Agenda"), "agenda_tab"),
            (AttendanceTab, self.tr("Attendance and invited"), "attendance_tab"),
            (MinutesTab, self.tr("Protocol"), "minutes_tab"),
            (DistributionTab, self.tr("Distribution"), "distribution_tab"),
            (MaterialsTab, self.tr("Materials"), "materials_tab"),
        ):
            page = QWidget()
            page.setObjectName(f"{name}_page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, title)
            self._slots.append(_TabSlot(cls, name, page))
        self.tabs.currentChanged.connect(self._tab)

    def _tab(self, index: int) -> QWidget:
        """The tab at ``index``, built and brought up to date."""
        slot = self._slots[index]
        if slot.tab is None:
            tab = slot.cls(self.database, self.meeting_id, self)
            if not tab.objectName():
                tab.setObjectName(slot.name)
            tab.changed.connect(self._tab_changed)
            slot.page.layout().addWidget(tab)
            slot.tab = tab
            for splitter in tab.findChildren(QSplitter):
                saved = self.settings.value(f"meeting_window/splitters/{splitter.objectName()}")
                if splitter.objectName() and isinstance(saved, QByteArray):
                    splitter.restoreState(saved)
        if slot.stale and self.state is not None:
            slot.stale = False
            slot.tab.refresh(self.state)
        return slot.tab

    def show_tab(self, tab: QWidget) -> None:
        for index, slot in enumerate(self._slots):
            if slot.tab is tab:
                self.tabs.setCurrentIndex(index)

    @property
    def meeting_tabs(self) -> list[QWidget]:
        """All five tabs (building those not shown yet)."""
        return [self._tab(index) for index in range(len(self._slots))]

    agenda_tab = property(lambda self: self._tab(0))
    attendance_tab = property(lambda self: self._tab(1))
    minutes_tab = property(lambda self: self._tab(2))
    distribution_tab = property(lambda self: self._tab(3))
    materials_tab = property(lambda self: self._tab(4))

    def _save_typed_minutes(self) -> bool:
        """Store the СЛУШАЛИ / ВЫСТУПИЛИ text being typed (a toolbar click leaves the focus
        in the editor); False when the store refused it (the message is shown)."""
        minutes = self._slots[2].tab
        return minutes is None or minutes.save_pending()

    # ----- the meeting's state ----------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the meeting, update the header and the actions, refresh every tab."""
        from desktop_app.store.bodies import get_body_row
        from desktop_app.store.meetings import meeting_state, presiding_candidates, quorum

        with self.database.session() as session:
            state = meeting_state(session, self.meeting_id)
            count = quorum(session, self.meeting_id)
            candidates = presiding_candidates(session, self.meeting_id)
            body = get_body_row(session, state.body_id).short_name
        self.state = state
        self.setWindowTitle(f"{state.title} — {body}")
        self.title_label.setText(f"<h2>{_html(state.title)}</h2>")
        self.details_label.setText(self._details(state))
        self.quorum_label.setText(count.describe())
        self.quorum_label.setProperty("reached", count.reached)
        self.quorum_label.style().unpolish(self.quorum_label)
        self.quorum_label.style().polish(self.quorum_label)
        self._show_presiding(state, candidates)
        self._show_banner(state)
        self._update_actions(state)
        for slot in self._slots:
            slot.stale = True
        self._tab(self.tabs.currentIndex())

    def _details(self, state) -> str:
        when = ", ".join(
            part for part in (format_date(state.day), format_time(state.start), state.venue) if part
        )
        status = state.status.label
        if state.status is MeetingStatus.SIGNED and state.signed_on:
            status = self.tr("{0} on {1}").format(status, format_date(state.signed_on))
        parts = [
            self.tr("Status: {0}").format(status),
            self.tr("form: {0}").format(state.form.label),
            self.tr("protocol: {0}").format(state.protocol_form.label),
        ]
        if state.agenda_approved_on:
            parts.append(
                self.tr("agenda approved on {0}").format(format_date(state.agenda_approved_on))
            )
        return "<br>".join([_html(when), _html(" · ".join(parts))])

    def _show_presiding(self, state, candidates) -> None:
        combo = self.presiding_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— not chosen —"), None)
        for entry in candidates:
            combo.addItem(f"{entry.full_name} — {entry.role.label}", entry.person_id)
        index = combo.findData(state.presiding_person_id)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        combo.setEnabled(not state.locked)

    def _show_banner(self, state) -> None:
        if state.locked:
            text = self.tr(
                "The protocol was signed on {0}. Changes only through an amendment"
            ).format(format_date(state.signed_on))
            kind = "locked"
        elif state.amendment_on is not None:
            text = self.tr(
                "An amendment of {0} is open: {1}. Make the corrections and sign the amendment"
            ).format(format_date(state.amendment_on), state.amendment_reason)
            kind = "amendment"
        else:
            self.banner.hide()
            return
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def _enable(self, action: QAction, why_not: str) -> None:
        """Enabled when there is no reason against; a disabled action says why."""
        action.setEnabled(not why_not)
        action.setToolTip(why_not or action.data())

    def _update_actions(self, state) -> None:
        status = state.status
        signed = status is MeetingStatus.SIGNED
        locked_why = (
            self.tr("The protocol is signed: changes only through an amendment")
            if state.locked
            else ""
        )
        amending_why = (
            self.tr("An amendment is open: sign the amendment when the corrections are made")
            if state.amendment_on is not None
            else ""
        )
        held_why = self.tr("The meeting is marked held; first «Not held yet»")

        def why(*reasons: str) -> str:
            return next((r for r in reasons if r), "")

        self._enable(
            self.approve_action,
            why(
                locked_why,
                amending_why,
                held_why if status is MeetingStatus.HELD else "",
                self.tr("The agenda is approved on {0}").format(
                    format_date(state.agenda_approved_on)
                )
                if state.agenda_approved_on
                else "",
            ),
        )
        self._enable(
            self.withdraw_action,
            why(
                locked_why,
                amending_why,
                held_why if status is MeetingStatus.HELD else "",
                self.tr("The agenda is not approved") if not state.agenda_approved_on else "",
            ),
        )
        self._enable(
            self.held_action,
            why(
                locked_why,
                amending_why,
                self.tr("First approve the agenda") if status is MeetingStatus.PLANNED else "",
                self.tr("The meeting is already marked held")
                if status is MeetingStatus.HELD
                else "",
            ),
        )
        self._enable(
            self.reopen_action,
            why(
                locked_why,
                amending_why,
                self.tr("The meeting is not marked held")
                if status is not MeetingStatus.HELD
                else "",
            ),
        )
        self._enable(
            self.sign_action,
            why(
                self.tr("The protocol is already signed") if signed else "",
                self.tr("A protocol is signed after the meeting: first mark it held")
                if status is not MeetingStatus.HELD
                else "",
            ),
        )
        self._enable(
            self.amend_action,
            why(
                amending_why,
                self.tr("An amendment corrects a signed protocol") if not signed else "",
            ),
        )
        self._enable(
            self.sign_amendment_action,
            self.tr("No amendment is open") if state.amendment_on is None else "",
        )
        self._enable(
            self.versions_action,
            self.tr("The protocol is not signed yet") if not signed else "",
        )
        self._enable(self.details_action, locked_why)
        correspondence = state.form is MeetingForm.CORRESPONDENCE
        for actions in (self.preview_actions, self.save_actions):
            if "questionnaire" in actions:
                self._enable(
                    actions["questionnaire"],
                    self.tr("Questionnaires are for a meeting by correspondence")
                    if not correspondence
                    else "",
                )
            if "distribution" in actions:
                self._enable(
                    actions["distribution"],
                    self.tr("Copies are sent after the protocol is signed") if not signed else "",
                )

    # ----- writes -------------------------------------------------------------------------
    def _write(self, call: Callable, message: str = "") -> bool:
        """Run ``call(session)`` in one transaction; a refusal is shown, nothing changed."""
        try:
            with self.database.session() as session:
                call(session)
        except ValidationError as error:
            show_error(self, str(error))
            self.refresh()
            return False
        self._changed(message)
        return True

    def _changed(self, message: str = "") -> None:
        self.refresh()
        if message:
            self.statusBar().showMessage(message, 8000)
        self.changed.emit()

    def _tab_changed(self) -> None:
        self._changed()

    def _presiding_chosen(self) -> None:
        from desktop_app.store.meetings import set_presiding

        person_id = self.presiding_combo.currentData()
        self._write(lambda s: set_presiding(s, self.meeting_id, person_id))

    def approve_agenda(self) -> QDialog:
        from desktop_app.store.meetings import approve_agenda

        dialog = DateReasonDialog(
            self.tr("Approval of the agenda"),
            self.tr(
                "The chair approved the agenda of the meeting. After the approval the agenda "
                "changes only when the approval is withdrawn."
            ),
            self.tr("Approved on:"),
            date.today(),
            lambda s, day, _reason: approve_agenda(s, self.meeting_id, day),
            parent=self,
        )
        dialog.setObjectName("approve_dialog")
        dialog.accepted.connect(lambda: self._changed(self.tr("The agenda is approved")))
        dialog.open()
        return dialog

    def withdraw_approval(self) -> None:
        from desktop_app.store.meetings import withdraw_approval

        ask(
            self,
            self.tr(
                "Withdraw the approval of the agenda of {0}? The agenda can then be changed; "
                "after the changes the chair approves it again and the new date is recorded."
            ).format(format_date(self.state.agenda_approved_on)),
            lambda: self._write(
                lambda s: withdraw_approval(s, self.meeting_id),
                self.tr("The approval is withdrawn: the agenda can be changed"),
            ),
            self.tr("Withdraw"),
        )

    def mark_held(self) -> None:
        from desktop_app.store.meetings import mark_held

        if not self._save_typed_minutes():
            return

        self._write(lambda s: mark_held(s, self.meeting_id), self.tr("The meeting is held"))

    def reopen_held(self) -> None:
        from desktop_app.store.meetings import reopen_held

        self._write(lambda s: reopen_held(s, self.meeting_id))

    def sign_protocol(self) -> QDialog | None:
        from desktop_app.store.meetings import sign_protocol

        if not self._save_typed_minutes():
            return None

        dialog = DateReasonDialog(
            self.tr("Signing of the protocol"),
            self.tr(
                "The chair signed the protocol. The signed protocol is kept as it is printed "
                "now and becomes read-only: later corrections are made only by an amendment "
                "with its date and reason."
            ),
            self.tr("Signed on:"),
            max(date.today(), self.state.day),
            lambda s, day, _reason: sign_protocol(s, self.meeting_id, day),
            parent=self,
        )
        dialog.setObjectName("sign_dialog")
        dialog.accepted.connect(lambda: self._changed(self.tr("The protocol is signed")))
        dialog.open()
        return dialog

    def begin_amendment(self) -> QDialog:
        from desktop_app.store.meetings import begin_amendment

        dialog = DateReasonDialog(
            self.tr("Amendment of the protocol"),
            self.tr(
                "The signed protocol is opened for a correction. The date and the reason are "
                "recorded; when the corrections are made, sign the amendment: a new version "
                "of the protocol is kept, the earlier ones stay as they were signed."
            ),
            self.tr("Amendment of:"),
            max(date.today(), self.state.signed_on or self.state.day),
            lambda s, day, reason: begin_amendment(s, self.meeting_id, day, reason),
            reason_label=self.tr("Reason:"),
            parent=self,
        )
        dialog.setObjectName("amendment_dialog")
        dialog.accepted.connect(
            lambda: self._changed(self.tr("The amendment is open: make the corrections"))
        )
        dialog.open()
        return dialog

    def sign_amendment(self) -> None:
        from desktop_app.store.meetings import sign_amendment

        if not self._save_typed_minutes():
            return

        ask(
            self,
            self.tr(
                "Sign the amendment «{0}»? The corrected protocol is kept as a new version "
                "and becomes read-only again."
            ).format(self.state.amendment_reason),
            lambda: self._write(
                lambda s: sign_amendment(s, self.meeting_id),
                self.tr("The amendment is signed: a new version is kept"),
            ),
            self.tr("Sign"),
        )

    def edit_details(self):
        from desktop_app.views.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.database, self.state.body_id, self.meeting_id, parent=self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def show_versions(self) -> QDialog:
        from desktop_app.store.meetings import protocol_versions

        with self.database.session() as session:
            versions = protocol_versions(session, self.meeting_id)
        dialog = VersionsDialog(self, versions)
        dialog.open()
        return dialog

    def show_history(self) -> QDialog:
        from desktop_app.store.audit import MEETING
        from desktop_app.views.audit_dialog import show_history

        return show_history(self, self.database, MEETING, self.meeting_id)

    # ----- documents ------------------------------------------------------------------------
    def document_data(self, version: int | None = None):
        """What the documents print: a signed protocol's kept version (the last or
        ``version``), else the meeting as it is now (with the text being typed saved)."""
        from desktop_app.store.protocol import protocol_data

        self._save_typed_minutes()

        with self.database.session() as session:
            return protocol_data(session, self.meeting_id, version=version)

    def _extract_choice(self, data, then: Callable[[int, date], None]) -> None:
        if not data.items:
            show_info(self, self.tr("The agenda has no items: there is nothing to extract."))
            return
        dialog = ExtractDialog(data, self)
        dialog.accepted.connect(lambda: then(dialog.item_number(), dialog.certified_on()))
        dialog.open()

    def preview_document(self, kind: str, version: int | None = None) -> None:
        data = self.document_data(version)
        from desktop_app.documents.meeting_export import MEETING_DOCUMENTS

        if MEETING_DOCUMENTS[kind].needs_item:
            self._extract_choice(data, lambda item, day: self.show_preview(kind, data, item, day))
        else:
            self.show_preview(kind, data)

    def show_preview(self, kind: str, data, item: int | None = None, certified_on=None):
        from desktop_app.documents.meeting_export import (
            MEETING_DOCUMENTS,
            meeting_pdf_bytes,
            suggested_file_name,
        )
        from desktop_app.views.print_preview import PrintPreviewDialog

        try:
            pdf = meeting_pdf_bytes(kind, data, item, certified_on)
        except ValueError as error:
            show_error(self, str(error))
            return None
        name = suggested_file_name(kind, data, item)
        dialog = PrintPreviewDialog(
            pdf, f"{MEETING_DOCUMENTS[kind].title} № {data.number}", name, parent=self
        )
        dialog.open()
        return dialog

    def save_document_as(self, kind: str, version: int | None = None) -> None:
        data = self.document_data(version)
        from desktop_app.documents.meeting_export import MEETING_DOCUMENTS

        if MEETING_DOCUMENTS[kind].needs_item:
            self._extract_choice(data, lambda item, day: self._ask_file(kind, data, item, day))
        else:
            self._ask_file(kind, data)

    def _ask_file(self, kind: str, data, item: int | None = None, certified_on=None) -> None:
        from desktop_app.documents.meeting_export import MEETING_DOCUMENTS, suggested_file_name
        from desktop_app.views.document_files import ask_save_path

        document = MEETING_DOCUMENTS[kind]
        target = ask_save_path(
            self,
            document.title,
            suggested_file_name(kind, data, item),
            document.file_filter,
            document.formats,
            "meeting_window/folder",
        )
        if target is not None:
            self.write_document(kind, target, data, item, certified_on)

    def write_document(
        self, kind: str, path: Path, data=None, item: int | None = None, certified_on=None
    ) -> bool:
        from desktop_app.documents.meeting_export import write_meeting_document
        from desktop_app.views.document_files import write_file

        data = data if data is not None else self.document_data()
        written = write_file(
            self,
            path,
            lambda target: write_meeting_document(
                kind, data, target, item=item, certified_on=certified_on
            ),
        )
        if written:
            self.statusBar().showMessage(self.tr("Written: {0}").format(path), 8000)
        return written

    # ----- closing --------------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        """The named splitters of the tabs built so far: their sizes are kept between
        sessions."""
        return [s for s in self.tabs.findChildren(QSplitter) if s.objectName()]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("meeting_window/geometry", self.saveGeometry())
        self.settings.setValue("meeting_window/tab", self.tabs.currentIndex())
        for splitter in self._splitters():
            self.settings.setValue(
                f"meeting_window/splitters/{splitter.objectName()}", splitter.saveState()
            )
        if _windows.get(self._key) is self:
            del _windows[self._key]
        super().closeEvent(event)


class DateReasonDialog(StoreDialog):
    """A date (and a reason) for a step of the meeting: approval, signing, amendment.
    ``save(session, day, reason)`` writes it; a refusal keeps the dialog open and names
    the field."""

    def __init__(
        self,
        title: str,
        explanation: str,
        date_label: str,
        day: date,
        save: Callable,
        reason_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.database = parent.database
        self._save = save
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setObjectName("dialog_explanation")
        self.layout_.addWidget(text)
        form = QFormLayout()
        self.date_edit = date_edit(day, "step_date_edit")
        self.date_edit.setMinimumWidth(130)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch()
        form.addRow(date_label, date_row)
        self.reason_edit: QPlainTextEdit | None = None
        if reason_label is not None:
            self.reason_edit = QPlainTextEdit()
            self.reason_edit.setObjectName("reason_edit")
            self.reason_edit.setTabChangesFocus(True)
            self.reason_edit.setMaximumHeight(90)
            form.addRow(reason_label, self.reason_edit)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        day = from_qdate(self.date_edit.date())
        reason = self.reason_edit.toPlainText() if self.reason_edit is not None else ""
        with self.database.session() as session:
            self._save(session, day, reason)

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        field = error.field or ""
        if field.startswith("Причина") and self.reason_edit is not None:
            self.reason_edit.setFocus()
        elif field.startswith("Дата"):
            self.date_edit.setFocus()


class ExtractDialog(QDialog):
    """Which item of the agenda the extract is of, and the date of its certification."""

    def __init__(self, data, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extract_dialog")
        self.setWindowTitle(self.tr("Extract from the protocol"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("extract_item_combo")
        self.item_combo.setMinimumWidth(420)
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for item in data.items:
            title = item.title if len(item.title) <= 90 else item.title[:89] + "…"
            self.item_combo.addItem(f"{item.number}. {title}", item.number)
            self.item_combo.setItemData(
                self.item_combo.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole
            )
        form.addRow(self.tr("Item of the agenda:"), self.item_combo)
        self.certified_edit = date_edit(date.today(), "certified_date_edit")
        self.certified_edit.setToolTip(self.tr("The date next to «Верно» and the signature"))
        certified_row = QHBoxLayout()
        certified_row.addWidget(self.certified_edit)
        certified_row.addStretch()
        form.addRow(self.tr("Certified on:"), certified_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def item_number(self) -> int:
        return self.item_combo.currentData()

    def certified_on(self) -> date:
        return from_qdate(self.certified_edit.date())


class VersionsDialog(QDialog):
    """Every signed version of the protocol: view and print, or save, any of them."""

    def __init__(self, window: MeetingWindow, versions) -> None:
        super().__init__(window)
        self.setObjectName("versions_dialog")
        self.setWindowTitle(self.tr("Protocol versions"))
        self.window_ = window
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Each version is kept as it was signed and prints the same years later. "
                "The last version is the protocol in force."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setObjectName("versions_list")
        for row in versions:
            item = QListWidgetItem(self.tr("Version {0}. {1}").format(row.version, row.label))
            item.setData(Qt.ItemDataRole.UserRole, row.version)
            self.list.addItem(item)
        if versions:
            self.list.setCurrentRow(len(versions) - 1)
        self.list.itemDoubleClicked.connect(lambda _item: self.preview())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("View and print…"))
        self.preview_button.setObjectName("version_preview_button")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("version_save_button")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(620, 320)

    def version(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def preview(self):
        version = self.version()
        if version is None:
            return None
        return self.window_.show_preview("protocol", self.window_.document_data(version))

    def save(self) -> None:
        version = self.version()
        if version is not None:
            self.window_._ask_file("protocol", self.window_.document_data(version))
