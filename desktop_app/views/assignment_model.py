"""The table of assignments on control: a plain item model over the store's
``AssignmentRow`` pages.

The model is given the number of rows the query finds and a function that fetches one
page (``fetch(offset, limit)``); it holds the first page and asks for the next one when
the view scrolls to the end (``canFetchMore`` / ``fetchMore``), so a list of 200 000
assignments opens as fast as one of 20. Sorting is the store's (``Sort``): the page
re-queries when a header is clicked, the model itself never sorts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.assignment import AssignmentStatus, Recurrence
from desktop_app.domain.dates import format_date
from desktop_app.store.assignments import PAGE_SIZE, AssignmentRow, Sort

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AssignmentRow of the line
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the assignment's id

#: Overdue lines are written in this dark red (and marked «⚠» in the status column).
OVERDUE_COLOUR = QColor("#a40000")
#: Lines no longer on control (executed, taken off control) are greyed.
CLOSED_COLOUR = QColor("#6b6b6b")

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[AssignmentRow]]


def one_line(text: str) -> str:
    """The text on one line (the view elides it; the tooltip has it in full)."""
    return " ".join(text.split())


class AssignmentTableModel(QAbstractTableModel):
    TEXT, SOURCE, BODY, EXECUTORS, DEADLINE, STATUS, CLOSED = range(7)

    #: The store's sort key of each column that can be sorted by a click on its header.
    SORT_KEYS = {
        TEXT: Sort.TEXT,
        SOURCE: Sort.GIVEN,
        BODY: Sort.BODY,
        DEADLINE: Sort.DEADLINE,
        STATUS: Sort.STATUS,
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentRow] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self.page_size = PAGE_SIZE
        self._headers = [
            self.tr("Assignment"),
            self.tr("Source"),
            self.tr("Body"),
            self.tr("Responsible"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Executed"),
        ]

    # ----- the rows ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[AssignmentRow], total: int | None = None, fetch=None) -> None:
        """Show ``rows`` (the first page); ``total`` rows exist, the rest come from
        ``fetch(offset, limit)`` as the view scrolls."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else max(total, len(self._rows))
        self._fetch = fetch
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], 0, None)

    @property
    def total(self) -> int:
        """How many rows the query found (the loaded ones and those still to fetch)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def row(self, row: int) -> AssignmentRow:
        return self._rows[row]

    def row_of(self, assignment_id: int) -> int | None:
        """The line of an assignment among the loaded ones."""
        for number, row in enumerate(self._rows):
            if row.id == assignment_id:
                return number
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._fetch is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        rows = list(self._fetch(len(self._rows), self.page_size))
        if not rows:  # the list got shorter since it was counted
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ----- what the view shows ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in self.SORT_KEYS:
            return self.tr("Click to sort by this column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return OVERDUE_COLOUR
            if row.status is not AssignmentStatus.ON_CONTROL:
                return CLOSED_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DEADLINE, self.CLOSED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: AssignmentRow, column: int) -> str:
        if column == self.TEXT:
            return one_line(row.text)
        if column == self.SOURCE:
            return one_line(row.source)
        if column == self.BODY:
            return row.body_name
        if column == self.EXECUTORS:
            return row.executors.replace("; ", ", ")
        if column == self.DEADLINE:
            return self._deadline(row)
        if column == self.STATUS:
            return f"⚠ {row.status_text}" if row.overdue else row.status_text
        if column == self.CLOSED:
            if row.status is AssignmentStatus.EXECUTED and row.closed_on is not None:
                return format_date(row.closed_on)
            return ""
        return ""

    def _deadline(self, row: AssignmentRow) -> str:
        if row.deadline is None:
            return row.deadline_text  # «постоянно», «без срока»
        text = format_date(row.deadline)
        if row.deadline_text != text:  # a recurring deadline: the next date, marked
            text = self.tr("{0}, {1}").format(text, self._recurrence(row.deadline_text))
        if row.extended:
            text += " ↻"
        return text

    def _recurrence(self, text: str) -> str:
        """The short mark of a recurring deadline: «ежекв.»."""
        if text.startswith(Recurrence.MONTHLY.label):
            return self.tr("monthly")
        if text.startswith(Recurrence.QUARTERLY.label):
            return self.tr("quarterly")
        if text.startswith(Recurrence.YEARLY.label):
            return self.tr("yearly")
        return self.tr("recurring")

    def _tooltip(self, row: AssignmentRow, column: int) -> str | None:
        if column == self.TEXT:
            return row.text
        if column == self.SOURCE:
            return row.source or None
        if column == self.EXECUTORS:
            names = row.executors.split("; ") if row.executors else []
            if not names:
                return None
            lines = [self.tr("{0} (responsible)").format(names[0])]
            lines += [self.tr("{0} (co-executor)").format(name) for name in names[1:]]
            return "\n".join(lines)
        if column == self.DEADLINE:
            lines = [row.deadline_text]
            if row.extended:
                lines.append(self.tr("The deadline was extended (↻): the card shows the history"))
            return "\n".join(lines)
        if column == self.STATUS and row.overdue:
            return self.tr("Overdue: the deadline {0} has passed").format(format_date(row.deadline))
        if column == self.BODY:
            return row.body_name
        return None
