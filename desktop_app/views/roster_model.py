"""The roster table: a plain item model over RosterEntry rows, and a filter proxy that
matches every word typed against name, position and organisation (ё = е, any case)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.fields import fold
from desktop_app.domain.roster import RosterEntry, surname_key

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RosterTableModel(QAbstractTableModel):
    NAME, POSITION, ORGANISATION, ROLE, SIDE, START = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RosterEntry] = []
        self._search: list[str] = []
        self._headers = [
            self.tr("Full name"),
            self.tr("Position"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Side"),
            self.tr("Since"),
        ]

    def set_rows(self, rows: Sequence[RosterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [fold(f"{r.full_name} {r.position} {r.organisation}") for r in self._rows]
        self.endResetModel()

    def entry(self, row: int) -> RosterEntry:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

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
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            if column == self.NAME:
                return "\t".join(surname_key(entry))
            if column == self.ROLE:
                return "\t".join((str(entry.role.order), *surname_key(entry)))
            if column == self.START:
                return entry.start.isoformat()
            return fold(self._display(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.POSITION, self.ORGANISATION):
            return self._display(entry, column)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: RosterEntry, column: int) -> str:
        if column == self.NAME:
            return entry.full_name
        if column == self.POSITION:
            return entry.position
        if column == self.ORGANISATION:
            return entry.organisation
        if column == self.ROLE:
            return entry.role.label
        if column == self.SIDE:
            return entry.side.label if entry.side else ""
        return format_date(entry.start)


class RosterFilterModel(QSortFilterProxyModel):
    """Keeps the rows that contain every typed word; sorts by the model's SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().search_text(source_row)
        return all(word in text for word in self._words)
