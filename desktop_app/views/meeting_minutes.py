"""The «Протокол» tab of the meeting window: per agenda item what was heard (СЛУШАЛИ), what
was said (ВЫСТУПИЛИ, full form only) and what was decided (РЕШИЛИ) with the votes; for a
correspondence meeting, the members' ballots.

Typed text is never lost: it is saved when the editor loses the focus, when another item is
chosen, when the tab is hidden, on «Сохранить» or Ctrl+S in an editor, and on
``save_pending()``, for the window to call before it prints or signs the protocol (a toolbar
button takes no focus, so the editor does not notice the click).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import MeetingForm, ProtocolForm, Vote, VoteCount
from desktop_app.store import meetings
from desktop_app.store.database import Database
from desktop_app.store.meetings import DecisionRow, ItemRow, MeetingState
from desktop_app.store.protocol import protocol_data
from desktop_app.views.forms import FormDialog, from_qdate, to_qdate
from desktop_app.views.messages import ask, show_error

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def vote_text(votes: VoteCount | None) -> str:
    """«за 20, против 1, возд. 1» or «не голосовали»."""
    if votes is None:
        return QCoreApplication.translate("MinutesTab", "no vote")
    return QCoreApplication.translate("MinutesTab", "for {0}, against {1}, abst. {2}").format(
        votes.votes_for, votes.against, votes.abstained
    )


def adopted_text(row: DecisionRow) -> str:
    if row.votes is None:
        return "—"
    if row.adopted:
        return QCoreApplication.translate("MinutesTab", "yes")
    return QCoreApplication.translate("MinutesTab", "no")


def deadline_text(row: DecisionRow) -> str:
    return format_date(row.deadline) if row.deadline else row.deadline_text


def first_line(text: str) -> str:
    """The text on one line of a table or a list (no-break spaces stay)."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", text).strip()


class TextRowsModel(QAbstractTableModel):
    """A read-only table of plain rows: the texts of each row and one payload (the record
    the row shows, read back with ``payload(row)`` or ``PAYLOAD_ROLE``)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._texts: list[tuple[str, ...]] = []
        self._payloads: list[object] = []
        self.centred: set[int] = set()
        self.tooltip_columns: set[int] = set()

    def set_rows(self, rows: Sequence[tuple[Sequence[str], object]]) -> None:
        self.beginResetModel()
        self._texts = [tuple(texts) for texts, _payload in rows]
        self._payloads = [payload for _texts, payload in rows]
        self.endResetModel()

    def payload(self, row: int):
        return self._payloads[row]

    def row_of(self, predicate) -> int:
        return next((row for row, p in enumerate(self._payloads) if predicate(p)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text = self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return first_line(text)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self.tooltip_columns:
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.centred:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PAYLOAD_ROLE:
            return self._payloads[index.row()]
        return None


def table_view(name: str, model: QAbstractTableModel) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


# ----- the ballots of a correspondence meeting --------------------------------------------

NOT_RETURNED = ""


class BallotsModel(QAbstractTableModel):
    """Rows: the members on the meeting's date; columns: the member, then the item's
    decisions; each cell the member's vote from the опросный лист, or «—»."""

    vote_changed = Signal(int, int, str)  # decision id, person id, Vote value or ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[tuple[int, str]] = []
        self._decisions: list[DecisionRow] = []
        self._votes: dict[tuple[int, int], Vote] = {}
        self.read_only = False

    def set_data(
        self,
        members: Sequence[tuple[int, str]],
        decisions: Sequence[DecisionRow],
        votes: dict[tuple[int, int], Vote],
    ) -> None:
        """New votes for the same grid only repaint it (safe while a cell is committing);
        another grid resets the model."""
        same = [m[0] for m in members] == [m[0] for m in self._members] and [
            d.id for d in decisions
        ] == [d.id for d in self._decisions]
        self._votes = dict(votes)
        if same:
            self._decisions = list(decisions)
            if self._members and self._decisions:
                self.dataChanged.emit(
                    self.index(0, 1), self.index(len(self._members) - 1, len(self._decisions))
                )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._decisions))
            return
        self.beginResetModel()
        self._members = list(members)
        self._decisions = list(decisions)
        self.endResetModel()

    def cell(self, index: Index) -> tuple[int, int] | None:
        """(decision id, person id) of a vote cell."""
        if not index.isValid() or index.column() == 0:
            return None
        return self._decisions[index.column() - 1].id, self._members[index.row()][0]

    def vote(self, index: Index) -> Vote | None:
        key = self.cell(index)
        return self._votes.get(key) if key else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._members else 1 + len(self._decisions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Member")
            return self._decisions[section - 1].number
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self._decisions[section - 1].text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() > 0 and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._members[index.row()][1]
            return None
        vote = self.vote(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return vote.label if vote else "—"
        if role == Qt.ItemDataRole.EditRole:
            return vote.value if vote else NOT_RETURNED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and vote is not None:
            return QColor(_VOTE_COLOURS[vote])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click or F2 to change; or select cells and use the buttons")
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.cell(index)
        if key is None or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        value = value or NOT_RETURNED
        if value == (self._votes[key].value if key in self._votes else NOT_RETURNED):
            return False
        self.vote_changed.emit(key[0], key[1], value)
        return True


_VOTE_COLOURS = {Vote.FOR: "#1b6e20", Vote.AGAINST: "#a40000", Vote.ABSTAINED: "#7a5a00"}


class BallotDelegate(QStyledItemDelegate):
    """A cell of the ballots grid is edited with a list: за, против, воздержался, —."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for vote in Vote:
            combo.addItem(vote.label, vote.value)
        combo.addItem(QCoreApplication.translate("MinutesTab", "— (not returned)"), NOT_RETURNED)
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or NOT_RETURNED)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# ----- the tab ----------------------------------------------------------------------------


class MinutesTab(QWidget):
    changed = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("minutes_tab")
        self.database = database
        self.meeting_id = meeting_id
        self.state: MeetingState | None = None
        self._items: list[ItemRow] = []
        self._heard: dict[int, tuple[str, ...]] = {}  # item id → speakers as printed
        self._heard_key: object = None
        self._members: list[tuple[int, str]] = []
        self._votes: dict[tuple[int, int], Vote] = {}
        self._editing: int | None = None  # the item whose texts are in the editors
        self._stored = ("", "")  # those texts as the store has them
        self._sizes: list[int] | None = None
        self._build()

    # ----- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.splitter = QSplitter()
        self.splitter.setObjectName("minutes_splitter")
        layout.addWidget(self.splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Agenda items")))
        self.items_list = QListWidget()
        self.items_list.setObjectName("minutes_items")
        self.items_list.setWordWrap(True)
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_list.currentItemChanged.connect(self._item_chosen)
        left_layout.addWidget(self.items_list)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel()
        self.item_title.setObjectName("item_title_label")
        self.item_title.setWordWrap(True)
        self.item_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_title.setStyleSheet("font-weight: bold; padding-bottom: 4px;")
        right_layout.addWidget(self.item_title)
        self.empty_label = QLabel(
            self.tr("The agenda has no items yet: add them on the «Agenda» tab.")
        )
        self.empty_label.setObjectName("minutes_empty_label")
        self.empty_label.setWordWrap(True)
        right_layout.addWidget(self.empty_label)

        self.panes = QSplitter(Qt.Orientation.Vertical)
        self.panes.setObjectName("minutes_panes")
        self.panes.setChildrenCollapsible(False)
        self.panes.addWidget(self._build_texts())
        self.panes.addWidget(self._build_decisions())
        self.panes.addWidget(self._build_ballots())
        right_layout.addWidget(self.panes, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])

    def _build_texts(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("HEARD:")))
        self.speakers_label = QLabel()
        self.speakers_label.setObjectName("speakers_label")
        self.speakers_label.setWordWrap(True)
        self.speakers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.speakers_label.setToolTip(
            self.tr("The speakers as the protocol prints them; they are set on the «Agenda» tab")
        )
        row.addWidget(self.speakers_label, 1)
        layout.addLayout(row)
        self.heard_edit = QPlainTextEdit()
        self.heard_edit.setObjectName("heard_edit")
        self.heard_edit.setTabChangesFocus(True)
        self._heard_hint = self.tr("What the speaker reported: the summary printed after the name")
        self.heard_edit.setPlaceholderText(self._heard_hint)
        layout.addWidget(self.heard_edit, 1)

        self.discussion_heading = heading(self.tr("SPOKE:"))
        layout.addWidget(self.discussion_heading)
        self.discussion_edit = QPlainTextEdit()
        self.discussion_edit.setObjectName("discussion_edit")
        self.discussion_edit.setTabChangesFocus(True)
        self._discussion_hint = self.tr(
            "Who else spoke and what they said (full form of the protocol)"
        )
        self.discussion_edit.setPlaceholderText(self._discussion_hint)
        layout.addWidget(self.discussion_edit, 1)
        self.short_form_note = QLabel(
            self.tr(
                "The protocol is in the short form: it prints HEARD and DECIDED only, so there "
                "is no SPOKE part. The form can be changed in the meeting's details."
            )
        )
        self.short_form_note.setObjectName("short_form_note")
        self.short_form_note.setWordWrap(True)
        self.short_form_note.setStyleSheet("color: #555555;")
        layout.addWidget(self.short_form_note)

        row = QHBoxLayout()
        self.save_status = QLabel()
        self.save_status.setObjectName("minutes_save_status")
        row.addWidget(self.save_status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_minutes_button")
        self.save_button.setToolTip(self.tr("Save the texts of the item (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_pending)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        for editor in (self.heard_edit, self.discussion_edit):
            editor.textChanged.connect(self._update_save_state)
            editor.installEventFilter(self)
        return pane

    def _build_decisions(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("DECIDED:")))
        headers = [
            self.tr("No."),
            self.tr("Decision"),
            self.tr("Responsible"),
            self.tr("Deadline"),
            self.tr("Vote"),
            self.tr("Adopted"),
        ]
        self.decisions_model = TextRowsModel(headers, self)
        self.decisions_model.centred = {0, 5}
        self.decisions_model.tooltip_columns = {1, 2, 3, 4}
        self.decisions_view = table_view("decisions_view", self.decisions_model)
        header = self.decisions_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 50), (2, 190), (3, 120), (4, 170), (5, 80)):
            self.decisions_view.setColumnWidth(column, width)
        self.decisions_view.doubleClicked.connect(self.edit_decision)
        self.decisions_view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.decisions_view, 1)

        row = QHBoxLayout()
        self.add_decision_button = self._button(
            "add_decision_button", self.tr("Add a decision…"), self.add_decision, row
        )
        self.edit_decision_button = self._button(
            "edit_decision_button", self.tr("Edit…"), self.edit_decision, row
        )
        self.delete_decision_button = self._button(
            "delete_decision_button", self.tr("Delete"), self.delete_decision, row
        )
        row.addSpacing(16)
        self.decision_up_button = self._button(
            "decision_up_button", self.tr("Up"), lambda: self.move_decision(-1), row
        )
        self.decision_down_button = self._button(
            "decision_down_button", self.tr("Down"), lambda: self.move_decision(1), row
        )
        row.addStretch()
        layout.addLayout(row)
        return pane

    def _build_ballots(self) -> QWidget:
        self.ballots_pane = QWidget()
        layout = QVBoxLayout(self.ballots_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Members' ballots")))
        self.ballots_model = BallotsModel(self)
        self.ballots_model.vote_changed.connect(
            lambda decision_id, person_id, vote: self.set_ballots(
                [(decision_id, person_id, Vote(vote) if vote else None)]
            )
        )
        self.ballots_view = QTableView()
        self.ballots_view.setObjectName("ballots_view")
        self.ballots_view.setModel(self.ballots_model)
        self.ballots_view.setItemDelegate(BallotDelegate(self.ballots_view))
        self.ballots_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ballots_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.ballots_view.verticalHeader().hide()
        self.ballots_view.verticalHeader().setDefaultSectionSize(24)
        header = self.ballots_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultSectionSize(90)
        self.ballots_model.modelReset.connect(lambda: self.ballots_view.setColumnWidth(0, 230))
        layout.addWidget(self.ballots_view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mark in the selected cells:")))
        self.ballot_buttons = []
        for vote, name in (
            (Vote.FOR, "ballot_for_button"),
            (Vote.AGAINST, "ballot_against_button"),
            (Vote.ABSTAINED, "ballot_abstained_button"),
            (None, "ballot_clear_button"),
        ):
            text = vote.label if vote else self.tr("not returned")
            button = self._button(name, text, lambda _=False, v=vote: self.set_selected(v), row)
            self.ballot_buttons.append(button)
        row.addStretch()
        layout.addLayout(row)
        self.ballot_totals = QLabel()
        self.ballot_totals.setObjectName("ballot_totals_label")
        self.ballot_totals.setWordWrap(True)
        layout.addWidget(self.ballot_totals)
        return self.ballots_pane

    def _button(self, name: str, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # ----- loading ----------------------------------------------------------------------
    def refresh(self, state: MeetingState) -> None:
        """Reload from the store. Unsaved typing in the editors is kept."""
        self.state = state
        correspondence = state.form is MeetingForm.CORRESPONDENCE
        with self.database.session() as session:
            items = meetings.agenda_items(session, self.meeting_id)
            key = (state.status, state.amendment_on, tuple((i.id, i.speakers) for i in items))
            if key != self._heard_key:  # the speakers' printed forms change rarely
                data = protocol_data(session, self.meeting_id)
                self._heard = {
                    item.id: tuple(s.heard for s in printed.speakers)
                    for item, printed in zip(items, data.items, strict=False)
                }
                self._heard_key = key
            if correspondence:
                self._members = [
                    (row.entry.person_id, row.name)
                    for row in meetings.attendance(session, self.meeting_id)
                ]
                self._votes = meetings.ballots(session, self.meeting_id)
        self._items = items
        self._fill_items_list()
        if self.ballots_pane.isVisibleTo(self) != correspondence or self._sizes is None:
            self.ballots_pane.setVisible(correspondence)
            self._sizes = [200, 220, 400] if correspondence else [300, 320, 0]
            self.panes.setSizes(self._sizes)
        full = state.protocol_form is ProtocolForm.FULL
        self.discussion_heading.setVisible(full)
        self.discussion_edit.setVisible(full)
        self.short_form_note.setVisible(not full)
        self._show_item(self.current_item_id())
        self._apply_read_only()

    def _reload(self) -> None:
        if self.state is not None:
            self.refresh(self.state)

    def _fill_items_list(self) -> None:
        """The list is rebuilt only when the agenda changed: choosing an item is not lost."""
        texts = [(item.id, f"{item.number}. {first_line(item.title)}") for item in self._items]
        shown = [
            (it.data(Qt.ItemDataRole.UserRole), it.text())
            for it in (self.items_list.item(r) for r in range(self.items_list.count()))
        ]
        for row, item in enumerate(self._items):
            if row < self.items_list.count():
                self.items_list.item(row).setToolTip(self._item_tooltip(item))
        if texts == shown:
            return
        current = self.current_item_id()
        self.items_list.blockSignals(True)
        self.items_list.clear()
        for item, (item_id, text) in zip(self._items, texts, strict=True):
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            entry.setToolTip(self._item_tooltip(item))
            self.items_list.addItem(entry)
        ids = [item_id for item_id, _ in texts]
        if ids:
            self.items_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.items_list.blockSignals(False)

    def _item_tooltip(self, item: ItemRow) -> str:
        return self.tr("{0}\nDecisions: {1}").format(item.title, len(item.decisions))

    def current_item_id(self) -> int | None:
        entry = self.items_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def current_item(self) -> ItemRow | None:
        item_id = self.current_item_id()
        return next((item for item in self._items if item.id == item_id), None)

    def select_item(self, item_id: int) -> None:
        for row in range(self.items_list.count()):
            if self.items_list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items_list.setCurrentRow(row)
                return

    def _item_chosen(self, current: QListWidgetItem | None, previous) -> None:
        if not self.save_pending():  # the store refused the text: stay on its item
            self.items_list.blockSignals(True)
            self.items_list.setCurrentItem(previous)
            self.items_list.blockSignals(False)
            return
        self._show_item(current.data(Qt.ItemDataRole.UserRole) if current else None)
        self._apply_read_only()

    def _show_item(self, item_id: int | None) -> None:
        item = next((i for i in self._items if i.id == item_id), None)
        self.empty_label.setVisible(not self._items)
        self.panes.setVisible(item is not None)
        self.item_title.setVisible(item is not None)
        if item is None:
            self._editing = None
            self._stored = ("", "")
            self.decisions_model.set_rows([])
            return
        self.item_title.setText(self.tr("Item {0}. {1}").format(item.number, item.title))
        heard = self._heard.get(item.id, item.speakers)
        self.speakers_label.setText(
            ", ".join(heard) if heard else self.tr("no speaker (set one on the «Agenda» tab)")
        )
        self._load_texts(item)
        self._show_decisions(item)
        if self.ballots_pane.isVisibleTo(self):
            self._show_ballots(item)
        self._update_save_state()

    def _load_texts(self, item: ItemRow) -> None:
        stored = (item.heard, item.discussion)
        editors = (self.heard_edit, self.discussion_edit)
        if item.id != self._editing:
            for editor, text in zip(editors, stored, strict=True):
                editor.setPlainText(text)
        else:  # the same item reloaded: keep what the user typed and has not saved yet
            for editor, old, new in zip(editors, self._stored, stored, strict=True):
                typed = editor.toPlainText().strip()
                if typed != new and typed == old:
                    editor.setPlainText(new)
        self._editing = item.id
        self._stored = stored

    def _show_decisions(self, item: ItemRow) -> None:
        chosen = self.selected_decision()
        self.decisions_model.set_rows(
            [
                (
                    (
                        d.number,
                        d.text,
                        d.responsible,
                        deadline_text(d),
                        vote_text(d.votes),
                        adopted_text(d),
                    ),
                    d,
                )
                for d in item.decisions
            ]
        )
        if chosen is not None:
            self.select_decision(chosen.id)
        self._update_buttons()

    def _show_ballots(self, item: ItemRow) -> None:
        self.ballots_model.set_data(self._members, item.decisions, self._votes)
        returned = len({person_id for _decision, person_id in self._votes})
        parts = [self.tr("Ballots returned: {0} of {1}.").format(returned, len(self._members))]
        for d in item.decisions:
            parts.append(
                self.tr("{0}: {1} — {2}").format(
                    d.number,
                    vote_text(d.votes),
                    self.tr("adopted") if d.adopted else self.tr("not adopted"),
                )
            )
        if not item.decisions:
            parts.append(self.tr("Add the decisions first: each is a column of the ballots."))
        self.ballot_totals.setText("\n".join(parts))

    def _apply_read_only(self) -> None:
        locked = self.state is None or self.state.locked
        for editor, hint in (
            (self.heard_edit, self._heard_hint),
            (self.discussion_edit, self._discussion_hint),
        ):
            editor.setReadOnly(locked)
            editor.setPlaceholderText(self.tr("(not filled in)") if locked else hint)
        self.ballots_model.read_only = locked
        for button in self.ballot_buttons:
            button.setEnabled(not locked)
        if locked:
            self.save_status.setText(
                self.tr("The protocol is signed: it changes only by an amendment.")
            )
        self._update_save_state()
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.state is not None and not self.state.locked
        has_item = self.current_item() is not None
        row = selected_row(self.decisions_view)
        count = self.decisions_model.rowCount()
        self.add_decision_button.setEnabled(editable and has_item)
        self.edit_decision_button.setEnabled(editable and row >= 0)
        self.delete_decision_button.setEnabled(editable and row >= 0)
        self.decision_up_button.setEnabled(editable and row > 0)
        self.decision_down_button.setEnabled(editable and 0 <= row < count - 1)

    # ----- the texts --------------------------------------------------------------------
    def _typed(self) -> tuple[str, str]:
        return self.heard_edit.toPlainText(), self.discussion_edit.toPlainText()

    def has_unsaved_text(self) -> bool:
        if self._editing is None:
            return False
        return tuple(text.strip() for text in self._typed()) != self._stored

    def _update_save_state(self) -> None:
        locked = self.state is None or self.state.locked
        dirty = self.has_unsaved_text()
        self.save_button.setEnabled(dirty and not locked)
        if locked:
            return
        self.save_status.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_status.setStyleSheet("color: #8a4b00;" if dirty else "")

    def save_pending(self) -> bool:
        """Store the typed texts of the item if they changed; False if the store refused
        (the message is shown and the text stays in the editor)."""
        if not self.has_unsaved_text() or self.state is None or self.state.locked:
            return True
        heard, discussion = self._typed()
        try:
            with self.database.session() as session:
                meetings.update_minutes(session, self._editing, heard, discussion)
        except ValidationError as error:
            show_error(self, str(error))
            return False
        except LookupError:  # the item was deleted on the agenda meanwhile
            return True
        self._stored = (heard.strip(), discussion.strip())
        self._items = [
            replace(item, heard=self._stored[0], discussion=self._stored[1])
            if item.id == self._editing
            else item
            for item in self._items
        ]
        self._update_save_state()
        self.changed.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the editors: Ctrl+S saves the texts (it wins over the window's Ctrl+S, which
        saves the protocol as a file), and leaving an editor saves them too."""
        if watched in (self.heard_edit, self.discussion_edit):
            kind = event.type()
            if kind == QEvent.Type.FocusOut:
                self.save_pending()
            elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(
                QKeySequence.StandardKey.Save
            ):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.save_pending()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_pending()
        super().hideEvent(event)

    # ----- decisions --------------------------------------------------------------------
    def selected_decision(self) -> DecisionRow | None:
        row = selected_row(self.decisions_view)
        return self.decisions_model.payload(row) if row >= 0 else None

    def select_decision(self, decision_id: int) -> None:
        row = self.decisions_model.row_of(lambda d: d.id == decision_id)
        if row >= 0:
            self.decisions_view.selectRow(row)

    def add_decision(self) -> None:
        item = self.current_item()
        if item is None or self.state is None or not self.save_pending():
            return
        self._open_decision_dialog(item.id, None)

    def edit_decision(self, *_args) -> None:
        item, decision = self.current_item(), self.selected_decision()
        if item is None or decision is None or self.state is None or self.state.locked:
            return
        if self.save_pending():
            self._open_decision_dialog(item.id, decision.id)

    def _open_decision_dialog(self, item_id: int, decision_id: int | None) -> None:
        dialog = DecisionDialog(self.database, self.state, item_id, decision_id, parent=self)
        dialog.accepted.connect(lambda: self._decision_saved(dialog.decision_id))
        dialog.open()

    def _decision_saved(self, decision_id: int | None) -> None:
        self._reload()
        if decision_id is not None:
            self.select_decision(decision_id)
        self.changed.emit()

    def delete_decision(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        ask(
            self,
            self.tr("Delete the decision {0} «{1}»?").format(
                decision.number, shorten(decision.text)
            ),
            lambda: self._write(meetings.delete_decision, decision.id),
            self.tr("Delete"),
        )

    def move_decision(self, offset: int) -> None:
        decision = self.selected_decision()
        if decision is not None and self._write(meetings.move_decision, decision.id, offset):
            self.select_decision(decision.id)

    def _write(self, call, *args) -> bool:
        try:
            with self.database.session() as session:
                call(session, *args)
        except ValidationError as error:
            show_error(self, str(error))
            self._reload()
            return False
        self._reload()
        self.changed.emit()
        return True

    # ----- ballots ----------------------------------------------------------------------
    def set_ballots(self, votes: Sequence[tuple[int, int, Vote | None]]) -> bool:
        """Record members' votes (decision id, person id, vote or None: not returned) in
        one transaction; the totals and the adopted flags come back from the store."""
        if not votes:
            return True
        try:
            with self.database.session() as session:
                for decision_id, person_id, vote in votes:
                    meetings.set_ballot(session, decision_id, person_id, vote)
        except ValidationError as error:
            show_error(self, str(error))
            self._reload()
            return False
        self._reload()
        self.changed.emit()
        return True

    def set_selected(self, vote: Vote | None) -> None:
        """The chosen vote in every selected cell of the ballots grid."""
        changes = []
        for index in self.ballots_view.selectionModel().selectedIndexes():
            key = self.ballots_model.cell(index)
            if key is not None and self.ballots_model.vote(index) != vote:
                changes.append((key[0], key[1], vote))
        self.set_ballots(changes)


def shorten(text: str, limit: int = 80) -> str:
    text = first_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ----- the decision dialog ----------------------------------------------------------------


class DecisionDialog(FormDialog):
    """A decision of an agenda item: its text, the responsible, the deadline (a date, words
    such as «ежеквартально до 3 числа», or none) and the vote. The store refuses a vote
    without a quorum; the dialog then shows why and stays open."""

    def __init__(
        self,
        database: Database,
        state: MeetingState,
        item_id: int,
        decision_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("decision_form.ui", parent)
        self.setObjectName("decision_dialog")
        self.database = database
        self.item_id = item_id
        self.decision_id = decision_id
        self.correspondence = state.form is MeetingForm.CORRESPONDENCE
        self.setWindowTitle(self.tr("New decision") if decision_id is None else self.tr("Decision"))
        w = self.widget
        with database.session() as session:
            quorum = meetings.quorum(session, state.id)
            fields = (
                meetings.decision_fields(session, decision_id)
                if decision_id is not None
                else meetings.DecisionFields()
            )
        self.quorum = quorum
        w("text_edit").setPlainText(fields.text)
        w("responsible_edit").setPlainText(fields.responsible)
        w("deadline_date_edit").setDate(to_qdate(fields.deadline or state.day))
        w("deadline_text_edit").setText(fields.deadline_text)
        if fields.deadline:
            w("date_deadline_radio").setChecked(True)
        elif fields.deadline_text:
            w("text_deadline_radio").setChecked(True)
        for radio in ("no_deadline_radio", "date_deadline_radio", "text_deadline_radio"):
            w(radio).toggled.connect(self._update_enabled)
        w("deadline_text_edit").textEdited.connect(
            lambda _text: w("text_deadline_radio").setChecked(True)
        )
        w("deadline_date_edit").dateChanged.connect(
            lambda _day: w("date_deadline_radio").setChecked(True)
        )

        w("present_label").setText(quorum.describe())
        for name in ("for_spin", "against_spin", "abstained_spin"):
            w(name).setMaximum(max(quorum.members, 1))
        votes = fields.votes or VoteCount(quorum.present, 0, 0)
        w("for_spin").setValue(votes.votes_for)
        w("against_spin").setValue(votes.against)
        w("abstained_spin").setValue(votes.abstained)
        # A new decision before the attendance is marked is usually a draft: vote later.
        w("no_vote_check").setChecked(
            fields.votes is None and (decision_id is not None or quorum.present == 0)
        )
        w("no_vote_check").toggled.connect(self._update_enabled)
        w("unanimous_button").clicked.connect(self._unanimous)
        w("vote_group").setVisible(not self.correspondence)
        w("ballots_note").setVisible(self.correspondence)
        self.field_widgets = {
            "Решение": w("text_edit"),
            "Ответственные": w("responsible_edit"),
            "Срок": w("deadline_text_edit"),
            "Голосование": w("for_spin"),
            "За": w("for_spin"),
            "Против": w("against_spin"),
            "Воздержались": w("abstained_spin"),
        }
        self._update_enabled()
        w("text_edit").setFocus()
        self.resize(660, self.sizeHint().height())

    def show_error(self, error: ValidationError) -> None:
        """«Нельзя записать голосование: …» rather than «Голосование: нельзя записать
        голосование: …» when the message already names its field."""
        super().show_error(error)
        if error.field and error.field.lower() in error.message.lower():
            self.error_label.setText(error.message[:1].upper() + error.message[1:])

    def _update_enabled(self) -> None:
        w = self.widget
        voting = not w("no_vote_check").isChecked()
        for name in ("for_spin", "against_spin", "abstained_spin", "unanimous_button"):
            w(name).setEnabled(voting)

    def _unanimous(self) -> None:
        w = self.widget
        w("for_spin").setValue(self.quorum.present)
        w("against_spin").setValue(0)
        w("abstained_spin").setValue(0)

    def fields(self) -> meetings.DecisionFields:
        w = self.widget
        deadline: date | None = None
        words = ""
        if w("date_deadline_radio").isChecked():
            deadline = from_qdate(w("deadline_date_edit").date())
        elif w("text_deadline_radio").isChecked():
            words = w("deadline_text_edit").text()
        votes = None
        if not self.correspondence and not w("no_vote_check").isChecked():
            votes = VoteCount(
                w("for_spin").value(), w("against_spin").value(), w("abstained_spin").value()
            )
        return meetings.DecisionFields(
            text=w("text_edit").toPlainText(),
            responsible=w("responsible_edit").toPlainText(),
            deadline=deadline,
            deadline_text=words,
            votes=votes,
        )

    def save(self) -> None:
        fields = self.fields()
        with self.database.session() as session:
            if self.decision_id is None:
                self.decision_id = meetings.add_decision(session, self.item_id, fields)
            else:
                meetings.update_decision(session, self.decision_id, fields)
