"""The agenda as item models: the meeting's items in order (reordered by drag and drop,
which asks the store) and the members' proposals for the agenda."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.domain.dates import format_date
from desktop_app.store.meetings import ItemRow, ProposalRow, ProposalStatus

Index = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AGENDA_MIME = "application/x-commission-secretary-agenda-items"

_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_TOP_RIGHT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight


def moved_order(order: Sequence[int], moved: Sequence[int], row: int) -> list[int]:
    """``order`` with the ``moved`` ids taken out and put back before the id now at ``row``
    (``row`` counts in the old order; ``len(order)`` puts them last)."""
    moving = [i for i in order if i in set(moved)]
    before = [i for i in order[:row] if i not in moving]
    after = [i for i in order[row:] if i not in moving]
    return before + moving + after


class AgendaModel(QAbstractTableModel):
    """The items of one meeting. Rows are moved only through ``reorder``: a callable
    (new order of item ids, the id to select afterwards) → bool that writes the order to
    the store and reloads the model; a drop and ``moveRows`` both end there."""

    NUMBER, TITLE, SPEAKERS, MATERIALS = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self.editable = False
        self.reorder: Callable[[list[int], int], bool] | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Item"),
            self.tr("Speakers"),
            self.tr("Materials prepared by"),
        ]

    def set_rows(self, rows: Sequence[ItemRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> ItemRow:
        return self._rows[row]

    def item_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    # ----- reading ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
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
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return f"{item.number}."
            if column == self.TITLE:
                return item.title
            if column == self.SPEAKERS:
                return "\n".join(item.speakers)
            return item.materials_by
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return item.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TOP_RIGHT if column == self.NUMBER else _TOP_LEFT
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    # ----- drag and drop: an internal move that the store performs -----------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        ids = [self._rows[row].id for row in rows]
        data.setData(AGENDA_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.editable and data.hasFormat(AGENDA_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if action == Qt.DropAction.IgnoreAction:
            return True
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(AGENDA_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        if parent.isValid():  # dropped onto an item: before it
            row = parent.row()
        if row < 0 or row > len(self._rows):
            row = len(self._rows)
        return self._move(ids, row)

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        ids = [r.id for r in self._rows[source_row : source_row + count]]
        return self._move(ids, max(0, min(destination_child, len(self._rows))))

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        return False  # a finished move drag must not remove anything: the store moved it

    def _move(self, ids: list[int], row: int) -> bool:
        order = self.item_ids()
        if not self.editable or self.reorder is None or not ids:
            return False
        if any(i not in order for i in ids):
            return False
        new_order = moved_order(order, ids, row)
        if new_order == order:
            return False
        return self.reorder(new_order, ids[0])


class ProposalModel(QAbstractTableModel):
    """The members' proposals for the agenda of one meeting (and those not scheduled)."""

    DATE, AUTHOR, TITLE, STATUS = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProposalRow] = []
        self.meeting_id: int | None = None
        self._headers = [
            self.tr("Date"),
            self.tr("Proposed by"),
            self.tr("Proposal"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: Sequence[ProposalRow], meeting_id: int | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.meeting_id = meeting_id
        self.endResetModel()

    def proposal(self, row: int) -> ProposalRow:
        return self._rows[row]

    def row_of(self, proposal_id: int) -> int:
        for row, proposal in enumerate(self._rows):
            if proposal.id == proposal_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def status_text(self, proposal: ProposalRow) -> str:
        if proposal.status == ProposalStatus.DEFERRED:
            if proposal.meeting_id is None:
                return self.tr("deferred to a later meeting")
            if proposal.meeting_id != self.meeting_id:
                return self.tr("deferred to meeting {0}").format(proposal.meeting_reference)
            return self.tr("deferred to this meeting")
        if proposal.status == ProposalStatus.SUBMITTED and proposal.meeting_id is None:
            return self.tr("under consideration, no meeting chosen")
        return proposal.status_label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        proposal = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(proposal.proposed_on)
            if column == self.AUTHOR:
                return proposal.proposed_by or "—"
            if column == self.TITLE:
                return proposal.title
            return self.status_text(proposal)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return proposal.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TOP_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and proposal.status == ProposalStatus.ACCEPTED:
            return QColor("#2e6b30")
        if role == ITEM_ID_ROLE:
            return proposal.id
        return None
