"""The audit trail on screen: «История изменений» of one record (a protocol, an
assignment, a body's roster, a measure of a plan) and «Журнал изменений» of the whole
database with an instant search, a body and a date range.

Both read through ``store.audit`` (one query each time, at most ``JOURNAL_LIMIT`` rows for
the journal) and show a table: when, who, what and where, the field, the old and the new
value; the full old and new text of the chosen line is shown under the table.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date_time
from desktop_app.store import audit
from desktop_app.store.database import Database
from desktop_app.views.forms import date_edit, from_qdate

JOURNAL_LIMIT = 500
_ROOT = QModelIndex()
CELL_LIMIT = 160  # characters of a value shown in a cell; the whole text is under the table

# The columns: key, English header (translated in AuditModel.headerData)
WHEN, WHO, BODY, WHERE, ACTION, FIELD, OLD, NEW = range(8)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


class AuditModel(QAbstractTableModel):
    """The rows of ``store.audit`` (``AuditRow``); ``journal`` adds the body and the
    record's title, a record's history shows only the place inside it."""

    def __init__(self, journal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.rows: list[audit.AuditRow] = []
        self.columns = (
            [WHEN, WHO, BODY, WHERE, ACTION, FIELD, OLD, NEW]
            if journal
            else [WHEN, WHO, WHERE, ACTION, FIELD, OLD, NEW]
        )

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            WHEN: self.tr("When"),
            WHO: self.tr("Who"),
            BODY: self.tr("Body"),
            WHERE: self.tr("Record") if self.journal else self.tr("Where"),
            ACTION: self.tr("Action"),
            FIELD: self.tr("Field"),
            OLD: self.tr("Was"),
            NEW: self.tr("Became"),
        }[self.columns[section]]

    def text(self, row: audit.AuditRow, column: int) -> str:
        if column == WHEN:
            return format_date_time(row.at)
        if column == WHO:
            return row.user
        if column == BODY:
            return row.body_name
        if column == WHERE:
            return row.where if self.journal else (row.detail or "—")
        if column == ACTION:
            return row.action.label
        if column == FIELD:
            return row.field
        if column == OLD:
            return row.old_value
        return row.new_value

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(self.text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column in (WHERE, OLD, NEW):
            full = self.text(row, column)
            return full if len(full) > 40 else None
        return None


class _AuditView(QWidget):
    """The table and, under it, the whole old and new value of the chosen line."""

    def __init__(self, journal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = AuditModel(journal, self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {WHEN: 118, WHO: 90, BODY: 150, WHERE: 260, ACTION: 80, FIELD: 175, OLD: 190}
        if not journal:
            widths[WHERE] = 200
        for position, column in enumerate(self.model.columns):
            if column in widths:
                self.table.setColumnWidth(position, widths[column])
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose a line to see the whole change"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.model.set_rows(rows)
        self.detail.clear()

    def _show_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            self.detail.clear()
            return
        row = self.model.rows[indexes[0].row()]
        lines = [
            self.tr("{0}, {1}: {2}").format(format_date_time(row.at), row.user, row.where),
            self.tr("{0} — {1}").format(row.field, row.action.label),
        ]
        if row.old_value:
            lines += ["", self.tr("Was:"), row.old_value]
        if row.new_value:
            lines += ["", self.tr("Became:"), row.new_value]
        self.detail.setPlainText("\n".join(lines))


class HistoryDialog(QDialog):
    """«История изменений» of one record."""

    def __init__(
        self,
        database: Database,
        subject_kind: str,
        subject_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        with database.session() as session:
            title = audit.subject_title(session, subject_kind, subject_id)
        self.setWindowTitle(self.tr("History of changes: {0}").format(title))
        self.database = database
        self.subject = (subject_kind, subject_id)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("history_title")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.view = _AuditView(journal=False)
        layout.addWidget(self.view, 1)
        self.count_label = _count_and_close(self, layout, "history_count")
        self.resize(1080, 620)
        self.refresh()

    @property
    def table(self) -> QTableView:
        return self.view.table

    def refresh(self) -> None:
        with self.database.session() as session:
            rows = audit.history(session, *self.subject)
        self.view.set_rows(rows)
        self.count_label.setText(
            self.tr("Changes recorded: {0}").format(len(rows))
            if rows
            else self.tr("No changes have been recorded yet.")
        )


class JournalDialog(QDialog):
    """«Журнал изменений»: the latest changes of the database, found as one types."""

    def __init__(
        self, database: Database, body_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journal_dialog")
        self.setWindowTitle(self.tr("Journal of changes"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.database = database
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journal_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("words of the record, the field, the values or the user")
        )
        find_label.setBuddy(self.search_edit)
        bar.addWidget(find_label)
        bar.addWidget(self.search_edit, 1)
        body_label = QLabel(self.tr("&Body:"))
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("journal_body")
        self.body_combo.setMinimumContentsLength(16)
        self.body_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        body_label.setBuddy(self.body_combo)
        bar.addWidget(body_label)
        bar.addWidget(self.body_combo)
        today = date.today()
        self.from_check = QCheckBox(self.tr("f&rom"))
        self.from_check.setObjectName("journal_from_check")
        self.from_edit = date_edit(today - timedelta(days=30), "journal_from")
        self.to_check = QCheckBox(self.tr("&to"))
        self.to_check.setObjectName("journal_to_check")
        self.to_edit = date_edit(today, "journal_to")
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._schedule)
            edit.dateChanged.connect(self._schedule)
            bar.addWidget(check)
            bar.addWidget(edit)
        layout.addLayout(bar)

        self.view = _AuditView(journal=True)
        layout.addWidget(self.view, 1)
        self.count_label = _count_and_close(self, layout, "journal_count")

        # Searching as one types: a short pause after the last key, then one query.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._schedule)
        self.body_combo.activated.connect(self._schedule)

        self._fill_bodies(body_id)
        self.resize(1280, 720)
        self.refresh()

    @property
    def table(self) -> QTableView:
        return self.view.table

    def _fill_bodies(self, body_id: int | None) -> None:
        from desktop_app.store.bodies import list_bodies

        with self.database.session() as session:
            bodies = list_bodies(session)
        self.body_combo.addItem(self.tr("All bodies"), None)
        for body in bodies:
            self.body_combo.addItem(body.short_name, body.id)
        index = self.body_combo.findData(body_id) if body_id is not None else 0
        self.body_combo.setCurrentIndex(max(index, 0))

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        date_from = from_qdate(self.from_edit.date()) if self.from_check.isChecked() else None
        date_to = from_qdate(self.to_edit.date()) if self.to_check.isChecked() else None
        with self.database.session() as session:
            rows = audit.search(
                session,
                self.search_edit.text(),
                body_id=self.body_combo.currentData(),
                date_from=date_from,
                date_to=date_to,
                limit=JOURNAL_LIMIT,
            )
        self.view.set_rows(rows)
        if not rows:
            self.count_label.setText(self.tr("Nothing found."))
        elif len(rows) >= JOURNAL_LIMIT:
            self.count_label.setText(
                self.tr(
                    "The latest {0} changes are shown: narrow the search to see older ones."
                ).format(JOURNAL_LIMIT)
            )
        else:
            self.count_label.setText(self.tr("Changes found: {0}").format(len(rows)))


def show_history(
    parent: QWidget | None, database: Database, subject_kind: str, subject_id: int
) -> HistoryDialog:
    """Open the history of a record (``store.audit`` kinds: MEETING, ASSIGNMENT, ROSTER,
    PLAN_ITEM, PERSON) beside ``parent``."""
    dialog = HistoryDialog(database, subject_kind, subject_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_journal(
    parent: QWidget | None, database: Database, body_id: int | None = None
) -> JournalDialog:
    dialog = JournalDialog(database, body_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _count_and_close(dialog: QDialog, layout: QVBoxLayout, name: str) -> QLabel:
    """The bottom line of both windows: how many changes are shown, and «Закрыть»."""
    count = QLabel()
    count.setObjectName(name)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    row.addWidget(count, 1)
    row.addWidget(buttons)
    layout.addLayout(row)
    return count
