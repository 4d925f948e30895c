"""The body's «Заседания» tab: the year's schedule of meetings.

A year chooser, the four quarters of the year with their meetings (a quarter with no
meeting held or planned is flagged), and the table of the year's meetings. The actions
(plan, open, edit, delete) are QActions: the main window puts them in its menu too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import (
    QUARTER_NAMES,
    QuarterStatus,
    format_time,
    quarter_end,
    quarter_start,
)
from desktop_app.store.database import Database
from desktop_app.views.messages import ask, show_error


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quarter_middle(year: int, quarter: int) -> date:
    """The 15th of the quarter's middle month: where a meeting of the quarter is planned."""
    return quarter_start(year, quarter).replace(month=3 * quarter - 1, day=15)


def planning_day(quarters: list[QuarterStatus], today: date) -> date:
    """Where a new meeting goes by default: into the first flagged quarter that is not over
    yet (not before today), else into the first flagged quarter, else today."""
    flagged = [q for q in quarters if q.flagged]
    for q in flagged:
        if quarter_end(q.year, q.quarter) >= today:
            return max(quarter_middle(q.year, q.quarter), today)
    if flagged:
        return quarter_middle(flagged[0].year, flagged[0].quarter)
    return today


class MeetingsTab(QWidget):
    changed = Signal()  # a meeting was planned, changed or deleted

    NUMBER, DAY, TIME, FORM, VENUE, STATUS, ITEMS = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_tab")
        self.database: Database | None = None
        self.body_id: int | None = None
        self.year = date.today().year
        self._stale = False
        self.quarters: list[QuarterStatus] = []
        self._build_actions()
        self._build()
        self._update_actions()

    # ----- building ---------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.plan_action = a(
            "plan_meeting", self.tr("&Plan a meeting…"), self.plan_meeting, "Ctrl+M"
        )
        self.open_action = a(
            "open_meeting",
            self.tr("&Open the meeting"),
            self.open_meeting,
            "Ctrl+Return",
            self.tr("The agenda, attendance, protocol and documents of the meeting (Enter)"),
        )
        self.edit_action = a(
            "edit_meeting", self.tr("&Edit the meeting…"), self.edit_meeting, "Ctrl+Shift+M"
        )
        self.delete_action = a(
            "delete_meeting", self.tr("&Delete the meeting…"), self.delete_meeting
        )

    def actions_for_menu(self) -> list[QAction | None]:
        """The tab's commands for the main window's menu (None: a separator)."""
        return [self.plan_action, None, self.open_action, self.edit_action, self.delete_action]

    def _button(self, action: QAction, name: str) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.setObjectName(name)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        year_label = QLabel(self.tr("Year:"))
        row.addWidget(year_label)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_combo")
        self.year_combo.setMinimumWidth(90)
        year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(self._year_chosen)
        row.addWidget(self.year_combo)
        row.addSpacing(16)
        self.plan_button = self._button(self.plan_action, "plan_meeting_button")
        self.open_button = self._button(self.open_action, "open_meeting_button")
        self.edit_button = self._button(self.edit_action, "edit_meeting_button")
        self.delete_button = self._button(self.delete_action, "delete_meeting_button")
        row.addWidget(self.plan_button)
        row.addStretch()
        for button in (self.open_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)

        strip = QHBoxLayout()
        strip.setSpacing(8)
        self.quarter_labels: list[QLabel] = []
        for _quarter in range(4):
            label = QLabel()
            label.setObjectName("quarter_label")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.linkActivated.connect(self._quarter_link)
            strip.addWidget(label, 1)
            self.quarter_labels.append(label)
        layout.addLayout(strip)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("meetings_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Form"),
                self.tr("Venue"),
                self.tr("Status"),
                self.tr("Items"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.VENUE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 50), (1, 100), (2, 70), (3, 90), (5, 220), (6, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.open_meeting)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("meetings_empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the chosen meeting, Delete deletes it (after the question)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_meeting()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_meeting()
                return True
        return super().eventFilter(watched, event)

    # ----- loading ----------------------------------------------------------------------
    def set_body(self, database: Database | None, body_id: int | None) -> None:
        """Show the body's meetings; a new body starts at the current year. Loaded now if
        the tab is visible, else when it is shown."""
        if body_id != self.body_id or database is not self.database:
            self.year = date.today().year
        self.database, self.body_id = database, body_id
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._update_actions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the years, the quarters and the table of the chosen year from the store."""
        from desktop_app.store.meetings import list_meetings, meeting_years, quarter_overview

        self._stale = False
        if self.database is None or self.body_id is None:
            self.table.setRowCount(0)
            self._update_actions()
            return
        select_id = select_id if select_id is not None else self.selected_id()
        with self.database.session() as session:
            years = sorted(set(meeting_years(session, self.body_id)) | {date.today().year})
            if self.year not in years:
                years = sorted({*years, self.year})
            self.quarters = quarter_overview(session, self.body_id, self.year)
            rows = list_meetings(session, self.body_id, self.year)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
        self.year_combo.blockSignals(False)
        self._show_quarters()
        self.table.setRowCount(len(rows))
        chosen = None
        for index, row in enumerate(rows):
            status = row.status.label
            if row.amending:
                status = self.tr("{0}, amendment open").format(status)
            texts = (
                str(row.number),
                format_date(row.day),
                format_time(row.start),
                row.form.label,
                row.venue,
                status,
                str(row.items),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if column in (self.NUMBER, self.ITEMS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == self.VENUE and text:
                    item.setToolTip(text)
                self.table.setItem(index, column, item)
            if row.id == select_id:
                chosen = index
        if chosen is not None:
            self.table.selectRow(chosen)
        elif rows:
            self.table.clearSelection()
        self.empty_label.setText(
            self.tr("No meetings in {0}. Plan one: «Plan a meeting…».").format(self.year)
        )
        self.empty_label.setVisible(not rows)
        self._update_actions()

    def _show_quarters(self) -> None:
        for label, q in zip(self.quarter_labels, self.quarters, strict=True):
            lines = [f"<b>{_html(QUARTER_NAMES[q.quarter - 1])}</b>"]
            for m in q.meetings:
                text = f"№\u00a0{m.number} — {format_date(m.day)}, {m.status.label}"
                lines.append(f'<a href="open:{m.meeting_id}">{_html(text)}</a>')
            if not q.meetings:
                lines.append(_html(q.describe()))
            if q.flagged:
                lines[0] = "⚠ " + lines[0]
                if q.meetings:
                    lines.append(
                        _html(self.tr("fewer meetings than required: {0}").format(q.required))
                    )
                plan = self.tr("Plan a meeting…")
                lines.append(f'<a href="plan:{q.quarter}">{_html(plan)}</a>')
                label.setToolTip(
                    self.tr(
                        "No meeting held or planned in this quarter: the body meets at "
                        "least once a quarter"
                    )
                )
            else:
                label.setToolTip("")
            label.setText("<br>".join(lines))
            label.setProperty("flagged", q.flagged)
            label.style().unpolish(label)
            label.style().polish(label)

    def _quarter_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "open":
            self.open_meeting(meeting_id=int(value))
        elif kind == "plan":
            quarter = int(value)
            day = quarter_middle(self.year, quarter)
            if quarter_start(self.year, quarter) <= date.today() <= quarter_end(self.year, quarter):
                day = max(day, date.today())
            self.plan_meeting(day=day)

    def _year_chosen(self) -> None:
        year = self.year_combo.currentData()
        if year is not None and year != self.year:
            self.year = year
            self.refresh()

    def choose_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    # ----- selection ---------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def select_meeting(self, meeting_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.table.selectRow(row)
                return

    def _update_actions(self) -> None:
        has_body = self.database is not None and self.body_id is not None
        chosen = has_body and self.selected_id() is not None
        self.plan_action.setEnabled(has_body)
        for action in (self.open_action, self.edit_action, self.delete_action):
            action.setEnabled(chosen)

    def _row_title(self, meeting_id: int) -> str:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == meeting_id:
                return self.tr("meeting No. {0} of {1}").format(
                    self.table.item(row, self.NUMBER).text(), self.table.item(row, self.DAY).text()
                )
        return ""

    # ----- commands ----------------------------------------------------------------------
    def plan_meeting(self, _checked: bool = False, day: date | None = None):
        from desktop_app.views.meeting_dialog import MeetingDialog

        if self.database is None or self.body_id is None:
            return None
        if self._stale:
            self.refresh()
        day = day or planning_day(self.quarters, date.today())
        dialog = MeetingDialog(self.database, self.body_id, default_day=day, parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog.meeting_id))
        dialog.open()
        return dialog

    def edit_meeting(self, _checked: bool = False, meeting_id: int | None = None):
        from desktop_app.views.meeting_dialog import MeetingDialog

        meeting_id = meeting_id or self.selected_id()
        if self.database is None or self.body_id is None or meeting_id is None:
            return None
        dialog = MeetingDialog(self.database, self.body_id, meeting_id, parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog.meeting_id))
        dialog.open()
        return dialog

    def _saved(self, meeting_id: int | None) -> None:
        from desktop_app.store.meetings import meeting_state

        if meeting_id is not None:
            with self.database.session() as session:
                self.year = meeting_state(session, meeting_id).year
        self.refresh(meeting_id)
        self.changed.emit()

    def delete_meeting(self) -> None:
        meeting_id = self.selected_id()
        if self.database is None or meeting_id is None:
            return
        title = self._row_title(meeting_id)
        ask(
            self,
            self.tr(
                "Delete {0}? Its agenda, attendance, minutes and decisions are deleted with "
                "it; proposals for its agenda go back to the list of proposals."
            ).format(title),
            lambda: self._delete(meeting_id),
            self.tr("Delete"),
        )

    def _delete(self, meeting_id: int) -> None:
        from desktop_app.store.meetings import delete_meeting
        from desktop_app.views.meeting_window import close_meeting_window

        try:
            with self.database.session() as session:
                delete_meeting(session, meeting_id)
        except ValidationError as error:
            show_error(self, str(error))
            return
        close_meeting_window(self.database, meeting_id)
        self.refresh()
        self.changed.emit()

    def open_meeting(self, _index=None, meeting_id: int | None = None):
        """The meeting's window (an open one is brought to the front)."""
        from desktop_app.views.meeting_window import open_meeting_window

        meeting_id = meeting_id or self.selected_id()
        if self.database is None or meeting_id is None:
            return None
        window, created = open_meeting_window(self.database, meeting_id, self.window())
        if created:
            window.changed.connect(self._meeting_window_changed)
        return window

    def _meeting_window_changed(self) -> None:
        self.refresh()
        self.changed.emit()
