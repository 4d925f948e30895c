"""The status tree of a plan's year: a row per item (sections bold), a child row per
executor, the fact by quarter and to date, the status in its colour, the reports' words in
the tooltips. Fed with ``store.plans.PlanStatus``; filtered when it is set (all measures,
only the ones behind or failed, or one executor's).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.dates import format_date
from desktop_app.domain.plan_documents import format_number
from desktop_app.domain.plan_target import Fact, Target, TargetKind, TargetStatus

NUMERALS = ("I", "II", "III", "IV")
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the TargetStatus value of a row (or None)
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

#: The colours of the statuses: done green, on track neutral, behind amber, failed dark red.
STATUS_COLOURS = {
    TargetStatus.DONE: QColor("#1e6b30"),
    TargetStatus.BEHIND: QColor("#9a5800"),
    TargetStatus.FAILED: QColor("#8b0000"),
}
STATUS_BACKGROUNDS = {
    TargetStatus.DONE: QColor("#e7f4e9"),
    TargetStatus.BEHIND: QColor("#fff1d6"),
    TargetStatus.FAILED: QColor("#f9e0e0"),
}

MUTED = QColor("#777777")

#: The filter: every measure, only those behind or failed, or one executor's (its unit id).
ALL, TROUBLE = "all", "trouble"


def format_share(value: float | None) -> str:
    return "—" if value is None else format_number(round(value, 1)) + "\u00a0%"


def to_date_text(target: Target | None, fact: Fact) -> str:
    """The column «С начала года»: the count, the share, or the day a measure was done."""
    if target is not None and target.kind is TargetKind.SHARE:
        if not fact.denominator:
            return "—" if not fact.numerator else format_number(fact.numerator)
        return f"{format_share(fact.share())} ({format_number(fact.numerator)}/{format_number(fact.denominator)})"
    if fact.by_quarter or (target is not None and target.per_year() is not None):
        return format_number(fact.total)  # a count: «0» when nothing yet
    if fact.done_on is not None:
        return format_date(fact.done_on)
    return ""


@dataclass
class Row:
    """A line of the tree: an item (``unit_id`` None) or one executor of it."""

    item: object  # store.plans.ItemStatus
    executor: object | None = None  # store.plans.ExecutorStatus
    parent: Row | None = None
    children: list[Row] | None = None
    position: int = 0

    @property
    def status(self) -> TargetStatus | None:
        return self.executor.status if self.executor is not None else self.item.status

    @property
    def fact(self) -> Fact:
        return self.executor.fact if self.executor is not None else self.item.total


class PlanTreeModel(QAbstractItemModel):
    NUMBER, NAME, TARGET, Q1, Q2, Q3, Q4, TO_DATE, STATUS = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.status = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [
            self.tr("№"),
            self.tr("Measure / executor"),
            self.tr("Target for the year"),
            *(self.tr("Q{0}").format(numeral) for numeral in NUMERALS),
            self.tr("Year to date"),
            self.tr("Status"),
        ]

    # ----- data -----------------------------------------------------------------------------
    def set_status(self, status, shown=ALL) -> None:
        """Show a ``PlanStatus`` filtered by ``shown``: ALL, TROUBLE or a unit id."""
        self.beginResetModel()
        self.status = status
        self.rows = self._rows(status, shown) if status is not None else []
        self.endResetModel()

    def _rows(self, status, shown) -> list[Row]:
        rows: list[Row] = []
        section: Row | None = None
        section_used = False
        for item in status.items:
            if item.is_section:
                section, section_used = Row(item, children=[]), False
                if shown == ALL:
                    rows.append(section)
                continue
            executors = item.executors
            if shown == TROUBLE:
                if item.status not in (TargetStatus.BEHIND, TargetStatus.FAILED):
                    continue
            elif shown != ALL:
                executors = [e for e in executors if e.unit_id == shown]
                if not executors:
                    continue
            if shown != ALL and section is not None and not section_used:
                rows.append(section)  # the section's heading above its measures shown
                section_used = True
            row = Row(item, children=[])
            if item.target is not None:  # no target that year: nothing to show per executor
                row.children = [
                    Row(item, executor, parent=row, position=index)
                    for index, executor in enumerate(executors)
                ]
            rows.append(row)
        for index, row in enumerate(rows):
            row.position = index
        return rows

    def row_of(self, index: QModelIndex) -> Row | None:
        return index.internalPointer() if index.isValid() else None

    def item_index(self, item_id: int) -> QModelIndex:
        for row in self.rows:
            if row.item.item_id == item_id:
                return self.createIndex(row.position, 0, row)
        return QModelIndex()

    # ----- the model ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.rows[row])
        owner: Row = parent.internalPointer()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row: Row = index.internalPointer()
        if row.parent is None:
            return QModelIndex()
        return self.createIndex(row.parent.position, 0, row.parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.rows)
        if parent.column() != 0:
            return 0
        row: Row = parent.internalPointer()
        return len(row.children or [])

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.Q1:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Row = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == STATUS_ROLE:
            return row.status.value if row.status is not None else None
        if role == ITEM_ID_ROLE:
            return row.item.item_id
        if role == UNIT_ID_ROLE:
            return row.executor.unit_id if row.executor is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.executor is None:
            if row.item.is_section or column == self.STATUS:
                return self._bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.executor is None and row.item.target is None and not row.item.is_section:
                return QBrush(MUTED)  # nothing is asked of the measure that year
            if column == self.STATUS:
                colour = STATUS_COLOURS.get(row.status)
                return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            colour = STATUS_BACKGROUNDS.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.Q1:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: Row, column: int) -> str:
        item, executor = row.item, row.executor
        if column == self.NUMBER:
            return item.number if executor is None else ""
        if column == self.NAME:
            return " ".join(item.name.split()) if executor is None else executor.label
        if item.is_section:
            return ""
        if column == self.TARGET:
            if executor is None:
                return item.target_text
            return item.target_text if item.per_executor else ""
        if self.Q1 <= column <= self.Q4:
            return self._quarter_text(row, column - self.Q1 + 1)
        if column == self.TO_DATE:
            return to_date_text(item.target, row.fact)
        if column == self.STATUS:
            if row.status is not None:
                return row.status.label
            if executor is None and item.target is None:
                return self.tr("no target")
            return ""
        return ""

    def _quarter_text(self, row: Row, quarter: int) -> str:
        fact = row.fact
        if quarter in fact.by_quarter:
            return format_number(fact.by_quarter[quarter])
        if row.executor is not None and quarter in row.executor.reported:
            return "✓"
        if row.executor is None and row.item.executors and quarter in fact.reported:
            return "✓"  # every executor has reported
        if self._missing(row, quarter):
            return "—"
        return ""

    def _missing(self, row: Row, quarter: int) -> bool:
        """An executor's report for a quarter that is over is not there (a registry counts
        by itself)."""
        status = self.status
        if row.executor is None or row.item.registry is not None or row.item.target is None:
            return False
        if status.year < status.today.year:
            over = True
        elif status.year > status.today.year:
            over = False
        else:
            over = quarter <= (status.today.month - 1) // 3
        return over and quarter not in row.executor.reported

    def _tooltip(self, row: Row, column: int) -> str | None:
        item, executor = row.item, row.executor
        if executor is None:
            if column in (self.NUMBER, self.NAME):
                return " ".join(item.name.split())
            if column == self.TARGET and item.target_text:
                if item.registry is not None:
                    return self.tr("{0}\nCounted from the registry: {1}").format(
                        item.target_text, item.registry.label
                    )
                return item.target_text
            return None
        if self.Q1 <= column <= self.Q4:
            quarter = column - self.Q1 + 1
            text = executor.texts.get(quarter)
            if text:
                return text
            if self._missing(row, quarter):
                return self.tr("No report for the quarter")
            return None
        lines = [executor.name]
        for quarter, text in sorted(executor.texts.items()):
            lines.append(self.tr("{0} quarter: {1}").format(NUMERALS[quarter - 1], text))
        return "\n".join(lines)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
