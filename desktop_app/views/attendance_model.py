"""Attendance and invited people as item models: the roster on the meeting's date with each
member's mark, and the people invited to the meeting."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.store.meetings import AttendanceRow, InvitationRow

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_ABSENT_COLOUR = QColor("#a40000")
_UNMARKED_COLOUR = QColor("#77706a")


class AttendanceModel(QAbstractTableModel):
    """One row per member on the meeting's date. The presence column has a check box
    (checked: present); ticking it calls ``toggle(person_id)``, which writes to the store
    and reloads the model."""

    NAME, POSITION, ROLE, PRESENCE, REASON = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self.editable = False
        self.correspondence = False
        self.toggle: Callable[[int], None] | None = None
        self._presence_header = self.tr("Attendance")
        self._ballot_header = self.tr("Voted (ballot)")
        self._headers = [
            self.tr("Full name"),
            self.tr("Position"),
            self.tr("Role"),
            self._presence_header,
            self.tr("Reason for absence"),
        ]

    def set_rows(self, rows: Sequence[AttendanceRow], *, correspondence: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.correspondence = correspondence
        self._headers[self.PRESENCE] = (
            self._ballot_header if correspondence else self._presence_header
        )
        self.endResetModel()

    def attendance(self, row: int) -> AttendanceRow:
        return self._rows[row]

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def row_of(self, person_id: int) -> int:
        for row, mark in enumerate(self._rows):
            if mark.entry.person_id == person_id:
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
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def presence_text(self, mark: AttendanceRow) -> str:
        if self.correspondence:
            return self.tr("voted") if mark.present else self.tr("no ballot")
        if mark.present is None:
            return self.tr("not marked")
        return self.tr("present") if mark.present else self.tr("absent")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        mark = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return mark.entry.full_name
            if column == self.POSITION:
                return mark.entry.position
            if column == self.ROLE:
                return mark.entry.role.label
            if column == self.PRESENCE:
                return self.presence_text(mark)
            return mark.reason_label
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENCE:
            return Qt.CheckState.Checked if mark.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.PRESENCE, self.REASON):
            if mark.present is None:
                return _UNMARKED_COLOUR
            if not mark.present:
                return _ABSENT_COLOUR
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return mark.reason_label or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.POSITION):
            entry = mark.entry
            parts = [entry.full_name, entry.position, entry.organisation]
            return "\n".join(p for p in parts if p)
        if role == PERSON_ID_ROLE:
            return mark.entry.person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.PRESENCE and self.editable and not self.correspondence:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.PRESENCE
            or not self.editable
            or self.correspondence
            or self.toggle is None
        ):
            return False
        self.toggle(self._rows[index.row()].entry.person_id)
        return True


class InvitationModel(QAbstractTableModel):
    """The people invited to one meeting."""

    NAME, POSITION, ORGANISATION = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[InvitationRow] = []
        self._headers = [self.tr("Full name"), self.tr("Position"), self.tr("Organisation")]

    def set_rows(self, rows: Sequence[InvitationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def invitation(self, row: int) -> InvitationRow:
        return self._rows[row]

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
        invitation = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return invitation.full_name
            if column == self.POSITION:
                return invitation.position
            return invitation.organisation
        if role == PERSON_ID_ROLE:
            return invitation.person_id
        return None
