"""The start page «Сегодня»: what is overdue, what is due this week, which periodic
reports are expected and from whom, which quarters of the year still lack a meeting, which
protocols are not signed or not sent. Each line opens the thing itself.

The page reads one ``store.assignments.today_overview`` (a few queries, each list cut at
``LIMIT`` lines, the counts complete) and only emits signals: the main window opens the
assignment's card, the meeting's window, the body's schedule or the filtered list.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assignment import StatusFilter
from desktop_app.domain.dates import format_date
from desktop_app.store.database import Database

LIMIT = 50  # lines per section; «Все …» opens the whole list
OVERDUE_COLOUR = QColor("#a40000")
ID_ROLE = Qt.ItemDataRole.UserRole


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LinkList(QTreeWidget):
    """A list whose lines are links: a click or Enter on a line emits ``chosen`` with the
    line's id (a double click does not open the thing twice)."""

    chosen = Signal(int)

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._double_click = False
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)

    def add_line(self, texts: list[str], item_id: int, tip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, ID_ROLE, item_id)
        for column in range(len(texts)):
            item.setToolTip(column, tip or texts[column])
        self.addTopLevelItem(item)
        return item

    def line_ids(self) -> list[int]:
        return [self.topLevelItem(row).data(0, ID_ROLE) for row in range(self.topLevelItemCount())]

    def choose_row(self, row: int) -> None:
        item = self.topLevelItem(row)
        if item is not None:
            self.setCurrentItem(item)
            self.chosen.emit(item.data(0, ID_ROLE))

    def _height(self, rows: int) -> int:
        row_height = max(self.sizeHintForRow(0), 12) if self.topLevelItemCount() else 22
        frame = self.header().sizeHint().height() + 2 * self.frameWidth() + 2
        return frame + max(rows, 1) * row_height

    def sizeHint(self) -> QSize:
        """As tall as its lines: the room left over goes below the sections."""
        return QSize(super().sizeHint().width(), self._height(self.topLevelItemCount()))

    def minimumSizeHint(self) -> QSize:
        """At least four lines seen when the window is small."""
        rows = min(self.topLevelItemCount(), 4)
        return QSize(super().minimumSizeHint().width(), self._height(rows))

    def fit_rows(self) -> None:
        self.setMaximumHeight(self._height(self.topLevelItemCount()))
        self.updateGeometry()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_rows()  # the rows' height is known once the view is polished

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        double, self._double_click = self._double_click, False
        if event.button() != Qt.MouseButton.LeftButton or double:
            return
        item = self.itemAt(event.position().toPoint())
        if item is not None:
            self.chosen.emit(item.data(0, ID_ROLE))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._double_click = True  # the first click has opened it already
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.chosen.emit(self.currentItem().data(0, ID_ROLE))
            return
        super().keyPressEvent(event)


class Section(QFrame):
    """A titled part of the page: a list of links, or a calm line when it is empty."""

    def __init__(
        self, name: str, headers: list[str], empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        head = QWidget()  # as tall as the «Все …» button, in every section
        head.setFixedHeight(QPushButton("Ag").sizeHint().height())
        row = QHBoxLayout(head)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName(f"{name}_title")
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.addWidget(self.title)
        row.addStretch()
        self.more_button: QPushButton | None = None
        self._row = row
        layout.addWidget(head)
        self.list = LinkList(headers, f"{name}_list")
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName(f"{name}_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.empty_label.setStyleSheet("color: #555555; padding: 2px 0 6px 2px;")
        layout.addWidget(self.empty_label)

    def add_more_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("QPushButton { color: #1d4a7a; text-decoration: underline; }")
        self._row.addWidget(button)
        self.more_button = button
        return button

    def set_title(self, text: str) -> None:
        self.title.setText(f"<b>{_html(text)}</b>")

    def finish(self) -> None:
        """Show the list, or the calm line when it is empty."""
        empty = self.list.topLevelItemCount() == 0
        self.list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if self.more_button is not None:
            self.more_button.setVisible(not empty)
        if not empty:
            self.list.fit_rows()
        self.layout().invalidate()


class TodayPage(QWidget):
    """The start page. Emits what the user chose; the main window opens it."""

    open_assignment = Signal(int)
    open_meeting = Signal(int)
    open_body = Signal(int)  # the body's schedule of meetings
    show_assignments = Signal(str)  # a StatusFilter value: the control page, filtered
    #: body id, plan id, year, quarter, unit id: the plan's reports of the quarter
    open_plan_reports = Signal(int, int, int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_page")
        self.database: Database | None = None
        self.overview = None
        self.plan_missing: list = []  # store.plans.MissingReport, as the section lists them
        self._build()

    # ----- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.header = QLabel()
        self.header.setObjectName("today_header")
        layout.addWidget(self.header)
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)

        deadline, text, executors = (
            self.tr("Deadline"),
            self.tr("Assignment"),
            self.tr("Responsible"),
        )
        self.overdue = Section(
            "overdue", [deadline, text, executors], self.tr("No overdue assignments")
        )
        self.overdue.add_more_button(self.tr("All overdue…"), "all_overdue_button").clicked.connect(
            lambda: self.show_assignments.emit(StatusFilter.OVERDUE.value)
        )
        self.due = Section("due", [deadline, text, executors], self.tr("No deadlines this week"))
        self.due.add_more_button(self.tr("All due soon…"), "all_due_button").clicked.connect(
            lambda: self.show_assignments.emit(StatusFilter.DUE_SOON.value)
        )
        self.reports = Section(
            "reports",
            [deadline, self.tr("Report for"), self.tr("From whom"), text],
            self.tr("No periodic reports are expected in the coming days"),
        )
        for section in (self.overdue, self.due, self.reports):
            section.list.chosen.connect(self.open_assignment)
            left.addWidget(section)
        self.plan_reports = Section(
            "plan_reports",
            [deadline, self.tr("Quarter"), self.tr("Executor"), self.tr("Body")],
            self.tr("Every executor of the plans of measures has reported for the quarter"),
        )
        self.plan_reports.list.chosen.connect(self._plan_line_chosen)
        left.addWidget(self.plan_reports)
        left.addStretch(1)  # the sections as tall as their lines, the rest below

        meeting, body = self.tr("Protocol"), self.tr("Body")
        self.unsigned = Section(
            "unsigned", [meeting, body], self.tr("Every protocol of a held meeting is signed")
        )
        self.unsent = Section(
            "unsent", [meeting, body], self.tr("Every signed protocol has been sent")
        )
        for section in (self.unsigned, self.unsent):
            section.list.chosen.connect(self.open_meeting)
        self.quarters = Section(
            "quarters",
            [body, self.tr("Quarters")],
            self.tr("Every body has a meeting held or planned in each quarter of the year"),
        )
        self.quarters.list.chosen.connect(self.open_body)
        for section in (self.unsigned, self.unsent, self.quarters):
            right.addWidget(section)
        right.addStretch(1)

    # ----- data -------------------------------------------------------------------------
    def set_database(self, database: Database | None) -> None:
        """Show the overview of ``database``: now if the page is in view, else when it is
        shown (it is read again each time it is shown: it is always today's)."""
        self.database = database
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # not when the window is merely restored
            self.refresh()

    def today(self) -> date:
        return date.today()

    def refresh(self) -> None:
        """Read the overview again and show it."""
        from desktop_app.store.assignments import today_overview
        from desktop_app.store.plans import missing_reports

        day = self.today()
        self.header.setText(
            "<h2>"
            + _html(self.tr("Today, {0}, {1}").format(format_date(day), self._weekday(day)))
            + "</h2>"
        )
        if self.database is None:
            self.overview = None
            self.summary.clear()
            for section in self._sections():
                section.list.clear()
                section.finish()
            return
        with self.database.session() as session:
            overview = today_overview(session, day, limit=LIMIT)
            self.plan_missing = missing_reports(session, day)
        self.overview = overview
        self._show(overview)

    def _sections(self) -> list[Section]:
        return [
            self.overdue,
            self.due,
            self.reports,
            self.plan_reports,
            self.unsigned,
            self.unsent,
            self.quarters,
        ]

    def _weekday(self, day: date) -> str:
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        return names[day.weekday()]

    def _show(self, overview) -> None:
        for section in self._sections():
            section.list.setUpdatesEnabled(False)
            section.list.clear()
        self.overdue.set_title(
            self.tr("Overdue ({0})").format(format_count(overview.overdue_count))
        )
        self.due.set_title(self.tr("Due this week ({0})").format(format_count(overview.due_count)))
        for section, lines, title in (
            (self.reports, overview.reports_due, self.tr("Reports expected ({0})")),
            (self.unsigned, overview.unsigned, self.tr("Protocols not signed ({0})")),
            (self.unsent, overview.unsent, self.tr("Protocols not sent ({0})")),
        ):
            # These lists are cut at LIMIT lines and have no count of their own.
            count = (
                self.tr("the first {0}").format(LIMIT) if len(lines) >= LIMIT else str(len(lines))
            )
            section.set_title(title.format(count))
        self.quarters.set_title(self.tr("No meeting in a quarter of {0}").format(overview.day.year))
        self._fill_assignments(self.overdue.list, overview.overdue)
        self._fill_assignments(self.due.list, overview.due)
        self._fill_reports(overview.reports_due)
        self._fill_plan_reports()
        for section, lines in ((self.unsigned, overview.unsigned), (self.unsent, overview.unsent)):
            for line in lines:
                title = self.tr("№ {0} of {1}").format(line.number, format_date(line.day))
                section.list.add_line([title, line.body_name], line.meeting_id)
        numerals = ("I", "II", "III", "IV")
        for body_id, name, quarters in overview.short_quarters:
            text = self.tr("{0} quarter").format(", ".join(numerals[q - 1] for q in quarters))
            self.quarters.list.add_line([name, text], body_id)
        self.summary.setText(self._summary(overview))
        for section in self._sections():
            self._size_columns(section.list)
            section.list.setUpdatesEnabled(True)
            section.finish()

    def _summary(self, overview) -> str:
        overdue, due = format_count(overview.overdue_count), format_count(overview.due_count)
        if overview.overdue_count and overview.due_count:
            return self.tr(
                "{0} assignment(s) overdue; {1} due this week. Click a line to open it."
            ).format(overdue, due)
        if overview.overdue_count:
            return self.tr("{0} assignment(s) overdue. Click a line to open it.").format(overdue)
        if overview.due_count:
            return self.tr(
                "Nothing is overdue; {0} due this week. Click a line to open it."
            ).format(due)
        return self.tr("Nothing is overdue and nothing is due this week.")

    def _fill_assignments(self, target: LinkList, rows) -> None:
        for row in rows:
            deadline = format_date(row.deadline) if row.deadline else ""
            if row.overdue:
                deadline = f"⚠ {deadline}"
            if row.extended:
                deadline += " ↻"
            executors = row.executors.replace("; ", ", ")
            tip = self._tooltip(row, self.tr("Status: {0}").format(row.status_text))
            item = target.add_line([deadline, _one_line(row.text), executors], row.id, tip)
            if row.overdue:
                item.setForeground(0, OVERDUE_COLOUR)

    def _tooltip(self, row, *more: str) -> str:
        """The whole assignment, as a line's tooltip shows it."""
        parts = (
            row.text,
            row.source,
            self.tr("Body: {0}").format(row.body_name),
            self.tr("Responsible: {0}").format(row.executors.replace("; ", ", ")),
            self.tr("Deadline: {0}").format(row.deadline_text),
            *more,
        )
        return "\n".join(part for part in parts if part)

    def _fill_reports(self, rows) -> None:
        today = self.today()
        for row in rows:
            schedule = row.schedule
            period = schedule.period_of(row.deadline) if schedule and row.deadline else ""
            deadline = format_date(row.deadline) if row.deadline else ""
            if row.deadline and row.deadline < today:
                deadline = f"⚠ {deadline}"
            executors = row.executors.replace("; ", ", ")
            tip = self._tooltip(row)
            item = self.reports.list.add_line(
                [deadline, period, executors, _one_line(row.text)], row.id, tip
            )
            if row.deadline and row.deadline < today:
                item.setForeground(0, OVERDUE_COLOUR)

    def _fill_plan_reports(self) -> None:
        """Who owes a report on a plan of measures for the quarter being collected."""
        today = self.today()
        numerals = ("I", "II", "III", "IV")
        lines = self.plan_missing
        count = format_count(len(lines))
        self.plan_reports.set_title(
            self.tr("Reports on the plan of measures expected ({0})").format(count)
        )
        for index, line in enumerate(lines[:LIMIT]):
            overdue = line.overdue(today)
            deadline = ("⚠ " if overdue else "") + format_date(line.due)
            quarter = self.tr("{0} quarter {1}").format(numerals[line.quarter - 1], line.year)
            tip = "\n".join(
                (
                    line.unit_name,
                    line.body_name,
                    self.tr("Report for the {0} quarter of {1} is due on {2}").format(
                        numerals[line.quarter - 1], line.year, format_date(line.due)
                    ),
                    self.tr("Measures without a report: {0}").format(line.items),
                )
            )
            item = self.plan_reports.list.add_line(
                [deadline, quarter, line.unit_name, line.body_name], index, tip
            )
            if overdue:
                item.setForeground(0, OVERDUE_COLOUR)

    def _plan_line_chosen(self, index: int) -> None:
        line = self.plan_missing[index]
        self.open_plan_reports.emit(
            line.body_id, line.plan_id, line.year, line.quarter, line.unit_id
        )

    def _size_columns(self, target: LinkList) -> None:
        """The text takes what is left; dates and periods fit their contents."""
        header = target.header()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        if target is self.quarters.list:  # the body, its quarters
            modes = [stretch, fit]
        elif target.columnCount() == 2:  # the protocol, its body
            modes = [fit, stretch]
        elif target is self.reports.list:  # deadline, period, from whom, text
            modes = [fit, fit, QHeaderView.ResizeMode.Interactive, stretch]
        elif target is self.plan_reports.list:  # deadline, quarter, executor, body
            modes = [fit, fit, fit, stretch]
        else:  # deadline, text, responsible
            modes = [fit, stretch, QHeaderView.ResizeMode.Interactive]
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
            if mode is QHeaderView.ResizeMode.Interactive:
                target.setColumnWidth(column, 230)

    # ----- for the tests and the main window --------------------------------------------
    def section_ids(self, name: str) -> list[int]:
        """The ids of a section's lines: «overdue», «due», «reports», «plan_reports» (the
        lines' places in ``plan_missing``), «unsigned», «unsent», «quarters»."""
        return getattr(self, name).list.line_ids()


def format_count(number: int) -> str:
    """«1 256»: thousands apart by a non-breaking space."""
    return f"{number:,}".replace(",", "\u00a0")


def _one_line(text: str) -> str:
    return " ".join(text.split())
