"""The page «Исполнительская дисциплина»: the figure of execution discipline as the
administration's report gives it [seed 004] («Из 6 482 поручений, поставленных на контроль,
снято с контроля 6 461, что составило 99,68 %») for a chosen period and body, its parts by
body and by responsible, and a chart of the figure by quarter.

The assignments counted are those put on control (given) in the period; the figures come
from ``store.assignments.discipline*`` (one grouped query each); the execution report of
the period is printed and saved through the documents' registry («execution-report»).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assignment import Discipline, format_percent
from desktop_app.domain.dates import format_date
from desktop_app.domain.meeting import quarter_end, quarter_start
from desktop_app.store.database import Database
from desktop_app.views.forms import date_edit, from_qdate

NUMERALS = ("I", "II", "III", "IV")
CUSTOM = "custom"  # the year combo's «с … по …»
REPORT = "execution-report"
FOLDER_KEY = "assignments_page/folder"  # the folder of the control's documents


def format_count(number: int) -> str:
    """«6 482»: thousands apart by a non-breaking space."""
    return f"{number:,}".replace(",", "\u00a0")


def _singular_genitive(count: int) -> bool:
    """«из 1 поручения», «из 21 поручения», but «из 11 поручений», «из 5 поручений»."""
    return count % 10 == 1 and count % 100 != 11


# ----- the chart ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bar:
    year: int
    quarter: int
    figure: Discipline  # total 0: no assignment was given in the quarter


class QuarterChart(QWidget):
    """Bars of the share taken off control (0–100 %) by quarter, drawn with QPainter; the
    counts of a quarter in its tooltip."""

    BAR = QColor("#4a7ab5")
    CHOSEN = QColor("#1d4a7a")
    GRID = QColor("#d6d6d6")
    TEXT = QColor("#333333")
    MUTED = QColor("#888888")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discipline_chart")
        self.bars: list[Bar] = []
        self.chosen: tuple[int, int] | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_bars(self, bars: list[Bar], chosen: tuple[int, int] | None = None) -> None:
        self.bars = bars
        self.chosen = chosen
        self.update()

    # ----- geometry -----------------------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("100 %") + 14
        top = metrics.height() + 10  # room for the values above the bars
        bottom = 2 * metrics.height() + 12  # the quarter and the year under the bars
        return QRectF(
            left, top, max(self.width() - left - 12, 10), max(self.height() - top - bottom, 10)
        )

    def bar_rects(self) -> list[QRectF]:
        """Where each bar stands (its full height: 100 %), in the order of ``bars``."""
        plot = self._plot()
        count = len(self.bars)
        if not count:
            return []
        slot = plot.width() / count
        width = min(slot * 0.62, 90)
        return [
            QRectF(
                plot.left() + slot * index + (slot - width) / 2, plot.top(), width, plot.height()
            )
            for index in range(count)
        ]

    def bar_at(self, point: QPoint) -> int | None:
        plot = self._plot()
        count = len(self.bars)
        if not count or not plot.left() <= point.x() <= plot.right():
            return None
        index = int((point.x() - plot.left()) // (plot.width() / count))
        return min(index, count - 1)

    # ----- texts --------------------------------------------------------------------------
    def quarter_label(self, bar: Bar) -> str:
        return self.tr("{0} quarter {1}").format(NUMERALS[bar.quarter - 1], bar.year)

    def tooltip(self, index: int) -> str:
        bar = self.bars[index]
        figure = bar.figure
        if figure.total == 0:
            return self.tr("{0}: no assignments were put on control").format(
                self.quarter_label(bar)
            )
        lines = [
            self.quarter_label(bar),
            self.tr("Put on control: {0}").format(format_count(figure.total)),
            self.tr("Executed on time: {0}").format(format_count(figure.on_time)),
            self.tr("Executed late: {0}").format(format_count(figure.late)),
            self.tr("Taken off control without execution: {0}").format(
                format_count(figure.removed)
            ),
            self.tr("Overdue: {0}").format(format_count(figure.overdue)),
            self.tr("On control, not yet due: {0}").format(format_count(figure.pending)),
            self.tr("Taken off control: {0} ({1})").format(
                format_count(figure.closed), format_percent(figure.percent)
            ),
        ]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(index), self)
            return True
        return super().event(event)

    # ----- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        # The scale: 0, 25, 50, 75, 100 %.
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(self.GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(self.MUTED)
            label = f"{25 * step}\u00a0%"
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        if not self.bars:
            painter.setPen(self.MUTED)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No assignments in the period")
            )
            return
        rects = self.bar_rects()
        slot = plot.width() / len(self.bars)
        many = len(self.bars) > 12  # ten years: the year under its first quarter only
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (bar, rect) in enumerate(zip(self.bars, rects, strict=True)):
            centre_slot = QRectF(plot.left() + slot * index, 0, slot, 0)
            figure = bar.figure
            if figure.total:
                share = (figure.percent or 0.0) / 100.0
                height = max(plot.height() * share, 1.0)
                filled = QRectF(rect.left(), plot.bottom() - height, rect.width(), height)
                colour = self.CHOSEN if (bar.year, bar.quarter) == self.chosen else self.BAR
                painter.fillRect(filled, colour)
                value = format_percent(figure.percent)
                if metrics.horizontalAdvance(value) <= slot - 2:
                    painter.setPen(self.TEXT)
                    painter.drawText(
                        QRectF(
                            centre_slot.left(),
                            filled.top() - metrics.height() - 2,
                            slot,
                            metrics.height(),
                        ),
                        Qt.AlignmentFlag.AlignCenter,
                        value,
                    )
            else:
                painter.setPen(self.MUTED)
                painter.drawText(
                    QRectF(
                        centre_slot.left(),
                        plot.bottom() - metrics.height() - 2,
                        slot,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    "—",
                )
            painter.setPen(self.TEXT)
            painter.setFont(bold if (bar.year, bar.quarter) == self.chosen else self.font())
            painter.drawText(
                QRectF(centre_slot.left(), plot.bottom() + 4, slot, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Q{0}").format(NUMERALS[bar.quarter - 1])
                if not many
                else NUMERALS[bar.quarter - 1],
            )
            painter.setFont(self.font())
            if not many or bar.quarter == 1 or index == 0:
                painter.setPen(self.MUTED)
                painter.drawText(
                    QRectF(
                        centre_slot.left(),
                        plot.bottom() + 4 + metrics.height(),
                        max(slot, 40),
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignLeft if many else Qt.AlignmentFlag.AlignCenter,
                    str(bar.year),
                )
        painter.setPen(QPen(self.MUTED, 1))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )


def quarter_bars(
    rows: list[tuple[int, int, Discipline]],
    first: tuple[int, int] | None,
    last: tuple[int, int] | None,
) -> list[Bar]:
    """One bar per quarter from ``first`` to ``last`` (the quarters of the rows when not
    given), a quarter without assignments as an empty bar."""
    found = {(year, quarter): figure for year, quarter, figure in rows}
    if first is None:
        first = min(found) if found else None
    if last is None:
        last = max(found) if found else None
    if first is None or last is None:
        return []
    bars = []
    year, quarter = first
    while (year, quarter) <= last:
        bars.append(Bar(year, quarter, found.get((year, quarter), Discipline())))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return bars


# ----- the tables -----------------------------------------------------------------------------
class _NumberItem(QTableWidgetItem):
    """A figure: shown with its thousands apart, sorted by its value."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


class DisciplinePage(QWidget):
    """The figures of execution discipline for a period and a body."""

    COLUMNS = 8  # the name and seven figures

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discipline_page")
        self.database: Database | None = None
        self._stale = False
        self._years_of = None  # the database whose years the year combo holds
        self._responsibles_of = None  # what the table by responsible shows
        self.figure = Discipline()
        self.report_period = None
        self._build()

    # ----- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        bar = QHBoxLayout()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_combo")
        self.year_combo.setMinimumWidth(110)
        self.year_combo.activated.connect(self._period_chosen)
        bar.addWidget(label(self.tr("&Year:"), self.year_combo))
        bar.addWidget(self.year_combo)
        self.part_combo = QComboBox()
        self.part_combo.setObjectName("part_combo")
        self.part_combo.addItem(self.tr("whole year"), 0)
        for quarter in range(1, 5):
            self.part_combo.addItem(self.tr("{0} quarter").format(NUMERALS[quarter - 1]), quarter)
        self.part_combo.activated.connect(self._period_chosen)
        bar.addWidget(self.part_combo)
        today = date.today()
        self.from_label = QLabel(self.tr("from"))
        self.from_edit = date_edit(date(today.year, 1, 1), "from_edit")
        self.to_label = QLabel(self.tr("to"))
        self.to_edit = date_edit(today, "to_edit")
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            bar.addWidget(widget)
            widget.hide()
        self.from_edit.dateChanged.connect(self._period_chosen)
        self.to_edit.dateChanged.connect(self._period_chosen)
        bar.addSpacing(12)
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("body_combo")
        self.body_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body_combo.setMinimumContentsLength(24)
        self.body_combo.activated.connect(self.refresh)
        bar.addWidget(label(self.tr("&Body:"), self.body_combo))
        bar.addWidget(self.body_combo, 1)
        bar.addSpacing(12)
        self.print_button = QPushButton(self.tr("&Print the report…"))
        self.print_button.setObjectName("print_report_button")
        self.print_button.setToolTip(
            self.tr("Print preview of «Information on the execution of assignments» for the period")
        )
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save the report…"))
        self.save_button.setObjectName("save_report_button")
        self.save_button.setToolTip(self.tr("Save the execution report of the period as a file"))
        self.save_button.clicked.connect(self.save_report)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)

        self.headline = QLabel()
        self.headline.setObjectName("discipline_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)
        self.details = QLabel()
        self.details.setObjectName("discipline_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("discipline_splitter")
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 6, 0, 0)
        self.chart_title = QLabel()
        self.chart_title.setObjectName("chart_title")
        chart_layout.addWidget(self.chart_title)
        self.chart = QuarterChart()
        chart_layout.addWidget(self.chart, 1)
        splitter.addWidget(chart_box)
        self.tables = QTabWidget()
        self.tables.setObjectName("discipline_tabs")
        self.body_table = self._table("body_table", self.tr("Body"))
        self.responsible_table = self._table("responsible_table", self.tr("Lead responsible"))
        self.tables.addTab(self.body_table, self.tr("By body"))
        self.tables.addTab(self.responsible_table, self.tr("By responsible"))
        self.tables.currentChanged.connect(self._load_responsibles)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    def _table(self, name: str, first: str) -> QTableWidget:
        table = QTableWidget(0, self.COLUMNS)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(
            [
                first,
                self.tr("Put on\ncontrol"),
                self.tr("Executed\non time"),
                self.tr("Executed\nlate"),
                self.tr("Taken off\ncontrol"),
                self.tr("Overdue"),
                self.tr("On\ncontrol"),
                self.tr("% of\nexecution"),
            ]
        )
        table.setToolTip(
            self.tr(
                "«Taken off control»: executed or taken off control without execution; "
                "«On control»: overdue or not yet due. The % of execution is the share taken "
                "off control of those put on control."
            )
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name until a header is clicked
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # ----- the period ---------------------------------------------------------------------
    def period(self):
        """The chosen period (``store.assignments.Period``)."""
        from desktop_app.store.assignments import Period

        year = self.year_combo.currentData()
        if year == CUSTOM:
            return Period(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()))
        if year is None:
            return Period()
        quarter = self.part_combo.currentData() or 0
        if quarter:
            return Period(quarter_start(year, quarter), quarter_end(year, quarter))
        return Period(date(year, 1, 1), date(year, 12, 31))

    def choose_period(
        self,
        year: int | None,
        quarter: int = 0,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> None:
        """Choose the period as the user would: a year (None: all years) and a quarter
        (0: the whole year), or the days ``start``–``end``."""
        from desktop_app.views.forms import to_qdate

        self._fill_years()
        if start is not None and end is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(CUSTOM))
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        else:
            index = self.year_combo.findData(year)
            if index < 0:
                self.year_combo.addItem(str(year), year)
                index = self.year_combo.count() - 1
            self.year_combo.setCurrentIndex(index)
            self.part_combo.setCurrentIndex(max(0, self.part_combo.findData(quarter)))
        self._period_chosen()

    def choose_body(self, body_id: int | None) -> None:
        self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(body_id)))
        self.refresh()

    def _period_chosen(self, *_args) -> None:
        self._period_widgets()
        self.refresh()

    # ----- loading ------------------------------------------------------------------------
    def set_database(self, database: Database | None) -> None:
        """Show the figures of ``database``: now if the page is in view, else when shown."""
        self.database = database
        self._years_of = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def today(self) -> date:
        return date.today()

    def _fill_years(self) -> None:
        """The years that have assignments, the latest chosen at first; and the bodies."""
        from desktop_app.store.assignments import given_years
        from desktop_app.store.bodies import list_bodies

        if self.database is None or self._years_of is self.database:
            return
        with self.database.session() as session:
            years = given_years(session)
            bodies = list_bodies(session)
        self._years_of = self.database
        this_year = self.today().year
        shown = sorted(set(years) | {this_year}, reverse=True)
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in shown:
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem(self.tr("From … to …"), CUSTOM)
        if current is None or self.year_combo.findData(current) < 0:
            # This year if anything was given in it, else the latest year that has any.
            current = this_year if this_year in years or not years else max(years)
        self.year_combo.setCurrentIndex(self.year_combo.findData(current))
        self.year_combo.blockSignals(False)
        body = self.body_combo.currentData()
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("All bodies"), None)
        for summary in bodies:
            self.body_combo.addItem(summary.short_name, summary.id)
        self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(body)))
        self.body_combo.setEnabled(len(bodies) > 1)
        self._period_widgets()

    def _period_widgets(self) -> None:
        custom = self.year_combo.currentData() == CUSTOM
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)
        self.part_combo.setVisible(not custom)
        self.part_combo.setEnabled(self.year_combo.currentData() is not None)

    def refresh(self) -> None:
        """Count again for the period and the body chosen: the figures by body (their sum
        is the headline) and by quarter; by responsible when that table is in view. Ten
        years of many bodies take about a second: the cursor says so."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._count()
        finally:
            QApplication.restoreOverrideCursor()

    def _count(self) -> None:
        from desktop_app.store.assignments import Period, discipline_by_body, discipline_by_quarter

        self._stale = False
        self._responsibles_of = None
        if self.database is None:
            self.figure = Discipline()
            self.headline.clear()
            self.details.clear()
            self.body_table.setRowCount(0)
            self.responsible_table.setRowCount(0)
            self.chart.set_bars([])
            return
        self._fill_years()
        period = self.period()
        body_id = self.body_combo.currentData()
        today = self.today()
        year = self.year_combo.currentData()
        if year == CUSTOM or year is None:
            chart_period, first, last = period, None, None
            if period.start and period.end:
                first = (period.start.year, (period.start.month - 1) // 3 + 1)
                last = (period.end.year, (period.end.month - 1) // 3 + 1)
        else:
            chart_period = Period(date(year, 1, 1), date(year, 12, 31))
            first, last = (year, 1), (year, 4)
        with self.database.session() as session:
            by_body = [
                (name, row)
                for body, name, row in discipline_by_body(session, today, period)
                if body_id is None or body == body_id
            ]
            by_quarter = discipline_by_quarter(session, today, chart_period, body_id)
        figure = Discipline()
        for _name, row in by_body:
            figure.merge(row)
        self.figure = figure
        self.report_period = period
        self._show_headline(figure, period)
        self._fill_table(self.body_table, by_body)
        quarter = self.part_combo.currentData() if isinstance(year, int) else 0
        self.chart.set_bars(
            quarter_bars(by_quarter, first, last), (year, quarter) if quarter else None
        )
        self.chart_title.setText(
            "<b>" + self.tr("Taken off control, % of those put on control in the quarter") + "</b>"
        )
        has_any = figure.total > 0
        self.print_button.setEnabled(has_any)
        self.save_button.setEnabled(has_any)
        self._load_responsibles()

    def _load_responsibles(self, *_args) -> None:
        """The table by responsible, read when it is in view (a large database has
        thousands of them)."""
        from desktop_app.store.assignments import discipline_by_responsible

        if self.database is None or self.tables.currentWidget() is not self.responsible_table:
            return
        key = (self.database, self.period(), self.body_combo.currentData(), self.today())
        if self._responsibles_of == key:
            return
        with self.database.session() as session:
            rows = discipline_by_responsible(session, key[3], key[1], key[2])
        self._responsibles_of = key
        self._fill_table(self.responsible_table, rows)

    def _period_text(self, period) -> str:
        if period.start and period.end:
            return self.tr("from {0} to {1}").format(
                format_date(period.start), format_date(period.end)
            )
        return self.tr("for all time")

    def _show_headline(self, figure: Discipline, period) -> None:
        when = self._period_text(period)
        if figure.total == 0:
            self.headline.setText(
                "<h3>" + self.tr("No assignments were put on control {0}.").format(when) + "</h3>"
            )
            self.details.clear()
            return
        if _singular_genitive(figure.total):
            text = self.tr(
                "Of {0} assignment put on control, {1} were taken off control, which is {2}."
            )
        else:
            text = self.tr(
                "Of {0} assignments put on control, {1} were taken off control, which is {2}."
            )
        self.headline.setText(
            "<h3>"
            + text.format(
                format_count(figure.total),
                format_count(figure.closed),
                format_percent(figure.percent),
            )
            + "</h3>"
        )
        self.details.setText(
            self.tr(
                "Put on control {0}. Executed on time: {1}, late: {2}; taken off control "
                "without execution: {3}; overdue: {4}; on control, not yet due: {5}."
            ).format(
                when,
                format_count(figure.on_time),
                format_count(figure.late),
                format_count(figure.removed),
                format_count(figure.overdue),
                format_count(figure.pending),
            )
        )

    def _fill_table(self, table: QTableWidget, rows) -> None:
        table.setSortingEnabled(False)
        table.setUpdatesEnabled(False)
        table.setRowCount(len(rows))
        for row, (name, figure) in enumerate(rows):
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            table.setItem(row, 0, item)
            values = (
                figure.total,
                figure.on_time,
                figure.late,
                figure.closed,
                figure.overdue,
                figure.overdue + figure.pending,
            )  # as the printed report counts them
            for column, value in enumerate(values, start=1):
                table.setItem(row, column, _NumberItem(format_count(value), value))
            percent = figure.percent
            table.setItem(
                row,
                self.COLUMNS - 1,
                _NumberItem(format_percent(percent), -1.0 if percent is None else percent),
            )
            if figure.overdue:
                table.item(row, 5).setForeground(QColor("#a40000"))
        table.setUpdatesEnabled(True)
        table.setSortingEnabled(True)

    # ----- the report ---------------------------------------------------------------------
    def report_data(self):
        """The execution report of the chosen period and body."""
        from desktop_app.store.assignments import execution_report_data

        with self.database.session() as session:
            return execution_report_data(
                session, self.today(), self.period(), self.body_combo.currentData()
            )

    def print_report(self):
        from desktop_app.documents.assignment_export import (
            ASSIGNMENT_DOCUMENTS,
            assignment_pdf_bytes,
            suggested_file_name,
        )
        from desktop_app.domain.errors import ValidationError
        from desktop_app.views.document_files import preview_pdf
        from desktop_app.views.messages import show_error

        if self.database is None:
            return None
        try:
            data = self.report_data()
            pdf = assignment_pdf_bytes(REPORT, data)
        except (ValidationError, ValueError) as error:
            show_error(self, str(error))
            return None
        return preview_pdf(
            self, pdf, ASSIGNMENT_DOCUMENTS[REPORT].title, suggested_file_name(REPORT, data)
        )

    def save_report(self) -> None:
        from desktop_app.documents.assignment_export import (
            ASSIGNMENT_DOCUMENTS,
            suggested_file_name,
        )
        from desktop_app.domain.errors import ValidationError
        from desktop_app.views.document_files import ask_save_path
        from desktop_app.views.messages import show_error

        if self.database is None:
            return
        try:
            data = self.report_data()
        except ValidationError as error:
            show_error(self, str(error))
            return
        document = ASSIGNMENT_DOCUMENTS[REPORT]
        target = ask_save_path(
            self,
            document.title,
            suggested_file_name(REPORT, data),
            document.file_filter,
            document.formats,
            FOLDER_KEY,
        )
        if target is not None:
            self.write_report(data, target)

    def write_report(self, data, path) -> bool:
        from desktop_app.documents.assignment_export import write_assignment_document
        from desktop_app.views.document_files import write_file

        return write_file(
            self, path, lambda target: write_assignment_document(REPORT, data, target)
        )
