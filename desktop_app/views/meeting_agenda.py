"""The «Повестка» tab of the meeting window: the items in order with their speakers, the
dialog of an item, and the members' proposals for the agenda.

Every change is one store call; the store refuses what the rules forbid (an approved
agenda, a signed protocol) with a Russian message, which is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import fold
from desktop_app.domain.meeting import MeetingStatus
from desktop_app.domain.names import PersonName, list_name
from desktop_app.store import meetings
from desktop_app.store.database import Database
from desktop_app.store.meetings import (
    ItemFields,
    ItemRow,
    MeetingState,
    ProposalRow,
    ProposalStatus,
    SpeakerRef,
)
from desktop_app.store.roster import roster_on
from desktop_app.views import forms
from desktop_app.views.agenda_model import AgendaModel, ProposalModel
from desktop_app.views.forms import (
    date_edit,
    fill_combo,
    from_qdate,
    show_validation_error,
)
from desktop_app.views.messages import ask, show_error

NBSP = "\u00a0"

# A warning line above a table: the same calm colours as the roster's warning.
WARNING_STYLE = (
    "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px 8px;"
)
# Wrapped texts in a table read better with some air around them.
ITEM_PADDING = "QTableView::item { padding: 3px 4px; }"
LOCKED_STYLE = (
    "color: #2b3d55; background: #eef3fa; border: 1px solid #b7c7dd;"
    " border-radius: 3px; padding: 4px 8px;"
)


def _plain(text: str) -> str:
    return fold(text.replace(NBSP, " ")).strip()


class StoreDialog(forms.StoreDialog):
    """A store dialog of the meeting tabs: it keeps the database it writes to."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database


def keep_one_dialog(owner: QWidget, dialog: QDialog) -> QDialog:
    """One open dialog per tab: the previous one (closed) is deleted."""
    previous = getattr(owner, "_dialog", None)
    if previous is not None and previous is not dialog:
        previous.deleteLater()
    owner._dialog = dialog
    return dialog


def write(owner: QWidget, database: Database, action: Callable[[Session], Any]) -> tuple[bool, Any]:
    """Run one store call in its own transaction; a refusal is shown and nothing changes."""
    try:
        with database.session() as session:
            result = action(session)
    except ValidationError as error:
        show_error(owner, str(error))
        return False, None
    return True, result


# ----- the item dialog -----------------------------------------------------------------------
@dataclass(frozen=True)
class SpeakerChoice:
    """A person the item dialog offers as a speaker: a member on the meeting's date or a
    person invited to the meeting."""

    person_id: int
    name: str  # «Хмелева К.В.»
    label: str  # «Хмелева К.В. — заместитель главы ...», as the list offers it
    full_name: str
    surname: str


class AgendaItemDialog(StoreDialog):
    """Add or edit one item: the question, its speakers in order, who prepares the
    materials. ``read_only`` shows an item of an approved agenda."""

    def __init__(
        self,
        database: Database,
        state: MeetingState,
        item: ItemRow | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(database, parent)
        self.setObjectName("agenda_item_dialog")
        self.state = state
        self.item = item
        self.item_id: int | None = item.id if item else None
        self.read_only = read_only
        if item is None:
            self.setWindowTitle(self.tr("New agenda item"))
        else:
            self.setWindowTitle(self.tr("Agenda item {0}").format(item.number))
        self.choices: list[SpeakerChoice] = []
        refs: list[SpeakerRef] = []
        with database.session() as session:
            self._load_choices(session)
            if item is not None:
                refs = list(meetings.item_fields(session, item.id).speakers)

        title_label = QLabel(self.tr("&Item of the agenda:"))
        self.title_edit = QPlainTextEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setPlaceholderText(
            self.tr("For example: On the progress of the plan of measures in the third quarter")
        )
        self.title_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        title_label.setBuddy(self.title_edit)
        self.layout_.addWidget(title_label)
        self.layout_.addWidget(self.title_edit, 2)

        speakers_label = QLabel(self.tr("&Speakers:"))
        self.layout_.addWidget(speakers_label)
        row = QHBoxLayout()
        self.speakers_list = QListWidget()
        self.speakers_list.setObjectName("speakers_list")
        self.speakers_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.speakers_list.setWordWrap(True)
        self.speakers_list.setSpacing(2)
        self.speakers_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.speakers_list.currentRowChanged.connect(self._update_buttons)
        speakers_label.setBuddy(self.speakers_list)
        row.addWidget(self.speakers_list, 1)
        side = QVBoxLayout()
        self.speaker_up_button = self._button("speaker_up_button", self.tr("Up"), side)
        self.speaker_up_button.clicked.connect(lambda: self._move_speaker(-1))
        self.speaker_down_button = self._button("speaker_down_button", self.tr("Down"), side)
        self.speaker_down_button.clicked.connect(lambda: self._move_speaker(1))
        self.remove_speaker_button = self._button("remove_speaker_button", self.tr("Remove"), side)
        self.remove_speaker_button.clicked.connect(self._remove_speaker)
        side.addStretch()
        row.addLayout(side)
        self.layout_.addLayout(row, 1)

        add_row = QHBoxLayout()
        self.speaker_combo = QComboBox()
        self.speaker_combo.setObjectName("speaker_combo")
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_combo.setMaxVisibleItems(15)
        _fit_combo(self.speaker_combo)
        self.speaker_combo.addItem("", None)
        for choice in self.choices:
            self.speaker_combo.addItem(choice.label, choice.person_id)
        self.speaker_combo.setCurrentIndex(0)
        self.speaker_combo.lineEdit().setPlaceholderText(
            self.tr("A member, an invited person or any text…")
        )
        completer = self.speaker_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.speaker_edit = self.speaker_combo.lineEdit()  # kept: compared in eventFilter
        self.speaker_edit.installEventFilter(self)
        add_row.addWidget(self.speaker_combo, 1)
        self.add_speaker_button = QPushButton(self.tr("Add speaker"))
        self.add_speaker_button.setObjectName("add_speaker_button")
        self.add_speaker_button.setAutoDefault(False)
        self.add_speaker_button.clicked.connect(self.add_speaker)
        add_row.addWidget(self.add_speaker_button)
        self.layout_.addLayout(add_row)
        hint = QLabel(
            self.tr(
                "Choose a member of the roster on {0} or a person invited to the meeting, "
                "or type the speaker as text (e.g. «a representative of ANO …»), then press "
                "Enter."
            ).format(format_date(state.day))
        )
        hint.setObjectName("speaker_hint")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.layout_.addWidget(hint)

        form = QFormLayout()
        self.materials_edit = QLineEdit()
        self.materials_edit.setObjectName("materials_edit")
        form.addRow(self.tr("&Materials prepared by:"), self.materials_edit)
        self.layout_.addLayout(form)
        self.finish_layout()

        if item is not None:
            self.title_edit.setPlainText(item.title)
            self.materials_edit.setText(item.materials_by)
            names = list(item.speakers)
            for position, ref in enumerate(refs):
                shown = names[position] if position < len(names) else ref.text
                label = self._label_of(ref)
                self._append_speaker(ref, label or shown, label or shown)
        self.field_widgets = {
            "Вопрос повестки": self.title_edit,
            "Докладчик": self.speaker_combo,
            "Материалы готовит": self.materials_edit,
        }
        if read_only:
            self._make_read_only()
        self._update_buttons()
        self.resize(720, 560)

    # ----- building -------------------------------------------------------------------
    def _button(self, name: str, text: str, layout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        layout.addWidget(button)
        return button

    def _load_choices(self, session: Session) -> None:
        for entry in roster_on(session, self.state.body_id, self.state.day):
            name = list_name(PersonName(entry.last_name, entry.first_name, entry.middle_name))
            detail = entry.position or entry.role.label
            self.choices.append(
                SpeakerChoice(
                    entry.person_id,
                    name,
                    f"{name} — {detail}",
                    entry.full_name,
                    entry.last_name,
                )
            )
        for invited in meetings.invitations(session, self.state.id):
            detail = ", ".join(p for p in (invited.position, invited.organisation) if p)
            label = self.tr("{0} — invited").format(invited.name)
            self.choices.append(
                SpeakerChoice(
                    invited.person_id,
                    invited.name,
                    f"{label}: {detail}" if detail else label,
                    invited.full_name,
                    invited.full_name.split(" ")[0],
                )
            )

    def _make_read_only(self) -> None:
        self.title_edit.setReadOnly(True)
        self.materials_edit.setReadOnly(True)
        for widget in (
            self.speaker_combo,
            self.add_speaker_button,
            self.speaker_up_button,
            self.speaker_down_button,
            self.remove_speaker_button,
        ):
            widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # ----- speakers -------------------------------------------------------------------
    def _label_of(self, ref: SpeakerRef) -> str:
        for choice in self.choices:
            if ref.person_id is not None and choice.person_id == ref.person_id:
                return choice.label
        return ""

    def _append_speaker(self, ref: SpeakerRef, shown: str, tooltip: str) -> None:
        entry = QListWidgetItem(shown)
        entry.setData(Qt.ItemDataRole.UserRole, ref)
        entry.setToolTip(tooltip)
        self.speakers_list.addItem(entry)

    def match(self, text: str) -> SpeakerChoice | None:
        """The offered person meant by the typed text: the whole line of the list, the
        name as «Хмелева К.В.», the full name, or a surname only one person has."""
        key = _plain(text)
        if not key:
            return None
        for choice in self.choices:
            if key in (_plain(choice.label), _plain(choice.name), _plain(choice.full_name)):
                return choice
        by_surname = [c for c in self.choices if _plain(c.surname) == key]
        return by_surname[0] if len(by_surname) == 1 else None

    def speakers(self) -> list[SpeakerRef]:
        return [
            self.speakers_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.speakers_list.count())
        ]

    def speaker_names(self) -> list[str]:
        return [self.speakers_list.item(row).text() for row in range(self.speakers_list.count())]

    def add_speaker(self) -> None:
        text = " ".join(self.speaker_combo.currentText().split())
        if not text:
            return
        choice = self.match(text)
        if choice is not None:
            if any(ref.person_id == choice.person_id for ref in self.speakers()):
                show_validation_error(
                    self.error_label,
                    ValidationError(
                        self.tr("{0} is already a speaker on this item").format(choice.name),
                        None,
                    ),
                )
                return
            self._append_speaker(SpeakerRef(choice.person_id), choice.label, choice.label)
        else:
            self._append_speaker(SpeakerRef(text=text), text, text)
        self.error_label.hide()
        self.speaker_combo.setCurrentIndex(0)
        self.speaker_combo.setEditText("")
        self.speakers_list.setCurrentRow(self.speakers_list.count() - 1)
        self.speaker_combo.setFocus()

    def _remove_speaker(self) -> None:
        row = self.speakers_list.currentRow()
        if row >= 0:
            self.speakers_list.takeItem(row)
        self._update_buttons()

    def _move_speaker(self, offset: int) -> None:
        row = self.speakers_list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.speakers_list.count():
            return
        entry = self.speakers_list.takeItem(row)
        self.speakers_list.insertItem(target, entry)
        self.speakers_list.setCurrentRow(target)

    def _update_buttons(self) -> None:
        if self.read_only:
            return
        row = self.speakers_list.currentRow()
        count = self.speakers_list.count()
        self.remove_speaker_button.setEnabled(row >= 0)
        self.speaker_up_button.setEnabled(row > 0)
        self.speaker_down_button.setEnabled(0 <= row < count - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the speaker field adds the speaker instead of closing the dialog."""
        if (
            watched is self.speaker_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.speaker_combo.currentText().strip():
                self.add_speaker()
                return True
        return super().eventFilter(watched, event)

    # ----- saving ---------------------------------------------------------------------
    def fields(self) -> ItemFields:
        return ItemFields(
            title=self.title_edit.toPlainText(),
            materials_by=self.materials_edit.text(),
            speakers=self.speakers(),
        )

    def save(self) -> None:
        if self.read_only:
            return
        pending = self.speaker_combo.currentText().strip()
        if pending:  # typed but not added yet: the user surely meant it
            self.add_speaker()
        fields = self.fields()
        with self.database.session() as session:
            if self.item_id is None:
                self.item_id = meetings.add_item(session, self.state.id, fields)
            else:
                meetings.update_item(session, self.item_id, fields)


# ----- proposals ----------------------------------------------------------------------------
class ProposalDialog(StoreDialog):
    """A member's proposal for the agenda: who, when, what, for which meeting."""

    def __init__(self, database: Database, state: MeetingState, parent=None) -> None:
        super().__init__(database, parent)
        self.setObjectName("proposal_dialog")
        self.setWindowTitle(self.tr("Proposal for the agenda"))
        self.state = state
        self.proposal_id: int | None = None
        with database.session() as session:
            roster = roster_on(session, state.body_id, state.day)
            later = [
                m
                for m in meetings.list_meetings(session, state.body_id)
                if (m.day, m.number) >= (state.day, state.number)
                and m.status is not MeetingStatus.SIGNED
            ]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.author_combo = QComboBox()
        self.author_combo.setObjectName("author_combo")
        fill_combo(
            self.author_combo,
            [("—", None)]
            + [
                (
                    f"{list_name(PersonName(e.last_name, e.first_name, e.middle_name))}"
                    f" — {e.position or e.role.label}",
                    e.person_id,
                )
                for e in roster
            ],
        )
        _fit_combo(self.author_combo)
        form.addRow(self.tr("&Proposed by:"), self.author_combo)
        self.date_edit = date_edit(date.today(), "proposal_date_edit")
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("proposal_text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("&Proposal:"), self.text_edit)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("proposal_meeting_combo")
        fill_combo(
            self.meeting_combo,
            [
                (
                    self.tr("No. {0} of {1}").format(m.number, format_date(m.day))
                    + (self.tr(" (this meeting)") if m.id == state.id else ""),
                    m.id,
                )
                for m in later
            ]
            + [(self.tr("not chosen yet"), None)],
            state.id,
        )
        form.addRow(self.tr("&For the meeting:"), self.meeting_combo)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.field_widgets = {
            "Предложение": self.text_edit,
            "Дата": self.date_edit,
            "Кто предложил": self.author_combo,
        }
        self.resize(640, 380)

    def save(self) -> None:
        with self.database.session() as session:
            self.proposal_id = meetings.add_proposal(
                session,
                self.state.body_id,
                self.text_edit.toPlainText(),
                from_qdate(self.date_edit.date()),
                self.author_combo.currentData(),
                self.meeting_combo.currentData(),
            )


class DeferDialog(StoreDialog):
    """Defer a proposal to a later meeting of the body, or to «a later meeting» not yet
    planned."""

    def __init__(
        self, database: Database, state: MeetingState, proposal: ProposalRow, parent=None
    ) -> None:
        super().__init__(database, parent)
        self.setObjectName("defer_dialog")
        self.setWindowTitle(self.tr("Defer the proposal"))
        self.state = state
        self.proposal = proposal
        with database.session() as session:
            later = [
                m
                for m in meetings.list_meetings(session, state.body_id)
                if (m.day, m.number) > (state.day, state.number)
                and m.status is not MeetingStatus.SIGNED
            ]
        text = QLabel(proposal.title)
        text.setObjectName("defer_proposal_label")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(text)
        form = QFormLayout()
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("defer_meeting_combo")
        fill_combo(
            self.meeting_combo,
            [(self.tr("No. {0} of {1}").format(m.number, format_date(m.day)), m.id) for m in later]
            + [(self.tr("a later meeting (not planned yet)"), None)],
        )
        form.addRow(self.tr("&Defer to:"), self.meeting_combo)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.ok_button().setText(self.tr("Defer"))
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        with self.database.session() as session:
            meetings.defer_proposal(session, self.proposal.id, self.meeting_combo.currentData())


# ----- the tab ------------------------------------------------------------------------------
class WrappingTableView(QTableView):
    """A table whose rows grow to their wrapped text, also after the view is resized."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.resizeRowsToContents)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.resizeRowsToContents)


class AgendaView(WrappingTableView):
    """The items' table: Ctrl+Up / Ctrl+Down move the current item, Enter opens it,
    Delete deletes it; rows are dragged to a new place."""

    move_requested = Signal(int)
    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.open_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _fit_combo(combo: QComboBox) -> None:
    """A combo of long lines (names with positions) that does not widen its dialog."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)


def _table(view: QTableView, name: str) -> QTableView:
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view


class AgendaTab(QWidget):
    changed = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agenda_tab")
        self.database = database
        self.meeting_id = meeting_id
        self.state: MeetingState | None = None
        self._dialog: QDialog | None = None
        self.setStyleSheet(ITEM_PADDING)

        layout = QVBoxLayout(self)
        self.locked_label = QLabel()
        self.locked_label.setObjectName("agenda_locked_label")
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet(LOCKED_STYLE)
        self.locked_label.hide()
        layout.addWidget(self.locked_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("agenda_splitter")
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        items_panel = QWidget()
        items_layout = QVBoxLayout(items_panel)
        items_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_item_button = self._button(
            buttons, "add_item_button", self.tr("Add item…"), self.add_item
        )
        self.edit_item_button = self._button(
            buttons, "edit_item_button", self.tr("Edit…"), self.edit_item
        )
        self.delete_item_button = self._button(
            buttons, "delete_item_button", self.tr("Delete"), self.delete_item
        )
        self.progress_item_button = self._button(
            buttons,
            "progress_item_button",
            self.tr("Progress of decisions"),
            self.add_progress_item,
        )
        self.progress_item_button.setToolTip(
            self.tr(
                "Add the item «On the progress of the decisions»: the secretary reports, "
                "and the minutes list the assignments on control"
            )
        )
        buttons.addSpacing(12)
        self.move_up_button = self._button(
            buttons, "move_up_button", self.tr("Up"), lambda: self.move_current(-1)
        )
        self.move_up_button.setToolTip(self.tr("Move the item up (Ctrl+Up)"))
        self.move_down_button = self._button(
            buttons, "move_down_button", self.tr("Down"), lambda: self.move_current(1)
        )
        self.move_down_button.setToolTip(self.tr("Move the item down (Ctrl+Down)"))
        buttons.addStretch()
        self.count_label = QLabel()
        self.count_label.setObjectName("agenda_count_label")
        buttons.addWidget(self.count_label)
        items_layout.addLayout(buttons)

        self.model = AgendaModel(self)
        self.model.reorder = self._reorder
        self.view = _table(AgendaView(), "agenda_view")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.SPEAKERS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.MATERIALS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaModel.SPEAKERS, 230)
        header.resizeSection(AgendaModel.MATERIALS, 210)
        header.sectionResized.connect(self._fit_rows)
        self.view.doubleClicked.connect(lambda _index: self.edit_item())
        self.view.move_requested.connect(self.move_current)
        self.view.open_requested.connect(self.edit_item)
        self.view.delete_requested.connect(self.delete_item)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(
            self.tr("The agenda has no items yet: add them with «Add item…».")
        )
        self.empty_label.setObjectName("agenda_empty_label")
        self.empty_label.setEnabled(False)
        items_layout.addWidget(self.view, 1)
        items_layout.addWidget(self.empty_label)
        splitter.addWidget(items_panel)

        proposals = QGroupBox(self.tr("Proposals for the agenda"))
        proposals.setObjectName("proposals_group")
        proposals_layout = QVBoxLayout(proposals)
        proposal_buttons = QHBoxLayout()
        self.add_proposal_button = self._button(
            proposal_buttons, "add_proposal_button", self.tr("Add a proposal…"), self.add_proposal
        )
        self.accept_proposal_button = self._button(
            proposal_buttons,
            "accept_proposal_button",
            self.tr("Put on the agenda"),
            self.accept_proposal,
        )
        self.defer_proposal_button = self._button(
            proposal_buttons, "defer_proposal_button", self.tr("Defer…"), self.defer_proposal
        )
        self.delete_proposal_button = self._button(
            proposal_buttons,
            "delete_proposal_button",
            self.tr("Delete"),
            self.delete_proposal,
        )
        proposal_buttons.addStretch()
        proposals_layout.addLayout(proposal_buttons)
        self.proposal_model = ProposalModel(self)
        self.proposals_view = _table(WrappingTableView(), "proposals_view")
        self.proposals_view.setModel(self.proposal_model)
        pheader = self.proposals_view.horizontalHeader()
        pheader.setSectionResizeMode(ProposalModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        pheader.setSectionResizeMode(ProposalModel.AUTHOR, QHeaderView.ResizeMode.Interactive)
        pheader.setSectionResizeMode(ProposalModel.TITLE, QHeaderView.ResizeMode.Stretch)
        pheader.setSectionResizeMode(ProposalModel.STATUS, QHeaderView.ResizeMode.Interactive)
        pheader.resizeSection(ProposalModel.AUTHOR, 150)
        pheader.resizeSection(ProposalModel.STATUS, 290)
        pheader.sectionResized.connect(self._fit_proposal_rows)
        self.proposals_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        proposals_layout.addWidget(self.proposals_view, 1)
        splitter.addWidget(proposals)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._update_buttons()

    def _button(self, layout, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # ----- showing ----------------------------------------------------------------------
    def refresh(self, state: MeetingState) -> None:
        """Reload the items and the proposals from the store; apply read-only."""
        self.state = state
        current_item = self.current_item()
        current_proposal = self.current_proposal()
        with self.database.session() as session:
            items = meetings.agenda_items(session, self.meeting_id)
            proposals = meetings.list_proposals(session, state.body_id, self.meeting_id)
        self.model.editable = not state.agenda_locked
        self.model.set_rows(items)
        self.proposal_model.set_rows(proposals, self.meeting_id)
        self.view.setDragEnabled(not state.agenda_locked)
        self.view.setAcceptDrops(not state.agenda_locked)
        if state.locked:
            self.locked_label.setText(
                self.tr(
                    "The protocol was signed on {0}: the agenda does not change. A correction "
                    "is made only by an amendment."
                ).format(format_date(state.signed_on))
            )
        elif state.agenda_locked:
            self.locked_label.setText(
                self.tr(
                    "The agenda was approved on {0}. To change it, withdraw the approval "
                    "(after the changes the agenda must be approved again)."
                ).format(format_date(state.agenda_approved_on))
            )
        self.locked_label.setVisible(state.agenda_locked)
        self.count_label.setText(self.tr("Items: {0}").format(len(items)))
        self.empty_label.setVisible(not items)
        self._select_item(current_item.id if current_item else None)
        self._select_proposal(current_proposal.id if current_proposal else None)
        self._fit_rows()
        self._fit_proposal_rows()
        self._update_buttons()

    def _reload(self) -> None:
        with self.database.session() as session:
            state = meetings.meeting_state(session, self.meeting_id)
        self.refresh(state)

    def _fit_rows(self, *_args) -> None:
        self.view.resizeRowsToContents()

    def _fit_proposal_rows(self, *_args) -> None:
        self.proposals_view.resizeRowsToContents()

    def current_item(self) -> ItemRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    def current_proposal(self) -> ProposalRow | None:
        index = self.proposals_view.currentIndex()
        if not index.isValid() or index.row() >= self.proposal_model.rowCount():
            return None
        return self.proposal_model.proposal(index.row())

    def _select_item(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row < 0:
            return
        index = self.model.index(row, AgendaModel.TITLE)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _select_proposal(self, proposal_id: int | None) -> None:
        row = self.proposal_model.row_of(proposal_id) if proposal_id is not None else -1
        if row < 0:
            return
        self.proposals_view.selectionModel().setCurrentIndex(
            self.proposal_model.index(row, ProposalModel.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self) -> None:
        state = self.state
        editable = state is not None and not state.agenda_locked
        item = self.current_item()
        row = self.view.currentIndex().row() if item else -1
        self.add_item_button.setEnabled(editable)
        self.progress_item_button.setEnabled(editable)
        self.edit_item_button.setEnabled(item is not None)
        self.edit_item_button.setText(self.tr("Edit…") if editable else self.tr("Open…"))
        self.delete_item_button.setEnabled(editable and item is not None)
        self.move_up_button.setEnabled(editable and row > 0)
        self.move_down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        proposal = self.current_proposal()
        open_proposal = (
            state is not None
            and not state.locked
            and proposal is not None
            and proposal.status != ProposalStatus.ACCEPTED
        )
        self.add_proposal_button.setEnabled(state is not None and not state.locked)
        self.accept_proposal_button.setEnabled(open_proposal)
        self.defer_proposal_button.setEnabled(open_proposal)
        self.delete_proposal_button.setEnabled(open_proposal)

    # ----- writing ----------------------------------------------------------------------
    def _after_write(self, item_id: int | None = None) -> None:
        self._reload()
        if item_id is not None:
            self._select_item(item_id)
        self.changed.emit()

    def _reorder(self, order: list[int], selected: int) -> bool:
        done, _ = write(
            self, self.database, lambda s: meetings.reorder_items(s, self.meeting_id, order)
        )
        if done:
            self._after_write(selected)
        return done

    def move_current(self, offset: int) -> None:
        item = self.current_item()
        if item is None or self.state is None:
            return
        row = self.model.row_of(item.id)
        if not 0 <= row + offset < self.model.rowCount():
            return
        done, _ = write(self, self.database, lambda s: meetings.move_item(s, item.id, offset))
        if done:
            self._after_write(item.id)

    def _open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        keep_one_dialog(self, dialog)
        dialog.accepted.connect(on_accept)
        dialog.open()
        return dialog

    def add_item(self) -> None:
        if self.state is None or self.state.agenda_locked:
            return
        dialog = AgendaItemDialog(self.database, self.state, None, self)
        self._open_dialog(dialog, lambda: self._after_write(dialog.item_id))

    def add_progress_item(self) -> None:
        if self.state is None or self.state.agenda_locked:
            return
        done, item_id = write(
            self, self.database, lambda s: meetings.add_progress_item(s, self.meeting_id)
        )
        if done:
            self._after_write(item_id)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or self.state is None:
            return
        read_only = self.state.agenda_locked
        dialog = AgendaItemDialog(self.database, self.state, item, self, read_only=read_only)
        if read_only:
            keep_one_dialog(self, dialog)
            dialog.open()
            return
        self._open_dialog(dialog, lambda: self._after_write(item.id))

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or self.state is None or self.state.agenda_locked:
            return
        question = self.tr("Delete item {0} «{1}» from the agenda?").format(
            item.number, _shorten(item.title)
        )
        if item.decisions or item.heard:
            question += " " + self.tr("Its minutes and decisions are deleted with it.")

        def delete() -> None:
            done, _ = write(self, self.database, lambda s: meetings.delete_item(s, item.id))
            if done:
                self._after_write()

        ask(self, question, delete, self.tr("Delete"))

    def add_proposal(self) -> None:
        if self.state is None:
            return
        dialog = ProposalDialog(self.database, self.state, self)
        self._open_dialog(dialog, lambda: self._after_proposal(dialog.proposal_id))

    def _after_proposal(self, proposal_id: int | None) -> None:
        self._after_write()
        self._select_proposal(proposal_id)
        self._update_buttons()

    def accept_proposal(self) -> None:
        proposal = self.current_proposal()
        if proposal is None:
            return
        done, item_id = write(
            self,
            self.database,
            lambda s: meetings.accept_proposal(s, proposal.id, self.meeting_id),
        )
        if done:
            self._after_write(item_id)
            self._select_proposal(proposal.id)
            self._update_buttons()

    def defer_proposal(self) -> None:
        proposal = self.current_proposal()
        if proposal is None or self.state is None:
            return
        dialog = DeferDialog(self.database, self.state, proposal, self)
        self._open_dialog(dialog, self._after_write)

    def delete_proposal(self) -> None:
        proposal = self.current_proposal()
        if proposal is None:
            return

        def delete() -> None:
            done, _ = write(self, self.database, lambda s: meetings.delete_proposal(s, proposal.id))
            if done:
                self._after_write()

        ask(
            self,
            self.tr("Delete the proposal «{0}»?").format(_shorten(proposal.title)),
            delete,
            self.tr("Delete"),
        )


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
