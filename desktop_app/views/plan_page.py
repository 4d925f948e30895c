"""The body's tab «План мероприятий»: where every measure of a plan stands in a year.

Above: the plan, the year, what to show (every measure, only those behind or failed, one
executor's), the executors' reports for a quarter, the documents and the plan's commands.
Then the summary line (выполнено, в срок, отставание, не выполнено), the status tree (a
row per measure, a row per executor under it) and the chart of progress by measure or by
executor. Everything comes from one ``store.plans.plan_status`` per change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan_target import TargetStatus, completed_quarters
from desktop_app.store.database import Database
from desktop_app.views.messages import ask, show_error
from desktop_app.views.plan_chart import PlanChart, executor_bars, item_bars
from desktop_app.views.plan_model import ALL, ITEM_ID_ROLE, TROUBLE, UNIT_ID_ROLE, PlanTreeModel

FOLDER_KEY = "plan_page/folder"
BY_ITEM, BY_EXECUTOR = "items", "executors"


class PlanPage(QWidget):
    """The plan's tab of the body panel."""

    changed = Signal()  # reports, a measure, the executors or a plan were written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_page")
        self.database: Database | None = None
        self.body_id: int | None = None
        self.status = None
        self._plans: list[tuple[int, str, int, int]] = []
        self._stale = False
        self._build_actions()
        self._build()
        self._update_actions()

    def today(self) -> date:
        return date.today()

    # ----- building -------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.reports_action = a(
            "plan_reports",
            self.tr("&Reports for the quarter…"),
            lambda: self.open_reports(),
            self.tr("Enter the executors' reports for a quarter; see who has not reported"),
        )
        self.edit_item_action = a("edit_plan_item", self.tr("&Edit the measure…"), self.edit_item)
        self.history_item_action = a(
            "plan_item_history",
            self.tr("Histor&y of the measure's reports…"),
            self.show_item_history,
            self.tr("Who entered or changed the executors' reports on the measure, and when"),
        )
        self.units_action = a("plan_units", self.tr("E&xecutors…"), self.edit_units)
        self.delete_plan_action = a("delete_plan", self.tr("&Delete the plan…"), self.delete_plan)
        self.import_action = a(
            "import_plan", self.tr("&Import a plan from Excel…"), self.import_plan
        )
        self.export_action = a("export_plan", self.tr("&Save the plan to Excel…"), self.export_plan)
        self.template_action = a(
            "plan_template", self.tr("Plan &template (Excel)…"), self.save_template
        )
        self.note_action = a(
            "plan_note",
            self.tr("&Analytical information for the quarter…"),
            lambda: self.document("plan-note"),
        )
        self.year_report_action = a(
            "year_report",
            self.tr("&Report on the work for the year…"),
            lambda: self.document("year-report"),
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        plan_label = QLabel(self.tr("&Plan:"))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("plan_combo")
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.activated.connect(self._plan_chosen)
        plan_label.setBuddy(self.plan_combo)
        bar.addWidget(plan_label)
        bar.addWidget(self.plan_combo, 1)
        year_label = QLabel(self.tr("&Year:"))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("plan_year_combo")
        self.year_combo.setMinimumWidth(80)
        self.year_combo.activated.connect(lambda _index: self.refresh())
        year_label.setBuddy(self.year_combo)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        show_label = QLabel(self.tr("&Show:"))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("plan_filter_combo")
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(18)
        self.filter_combo.activated.connect(lambda _index: self._show_tree())
        show_label.setBuddy(self.filter_combo)
        bar.addWidget(show_label)
        bar.addWidget(self.filter_combo)
        bar.addSpacing(8)
        self.reports_button = QPushButton(self.reports_action.text().replace("&", ""))
        self.reports_button.setObjectName("plan_reports_button")
        self.reports_button.setToolTip(self.reports_action.toolTip())
        self.reports_button.clicked.connect(self.reports_action.trigger)
        bar.addWidget(self.reports_button)
        self.documents_button = self._menu_button(
            "plan_documents_button", self.tr("Documents"), self.document_actions()
        )
        bar.addWidget(self.documents_button)
        self.plan_button = self._menu_button(
            "plan_commands_button", self.tr("Plan"), self.plan_actions()
        )
        bar.addWidget(self.plan_button)
        layout.addLayout(bar)

        self.title_label = QLabel()
        self.title_label.setObjectName("plan_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("plan_summary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.model = PlanTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("plan_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PlanTreeModel.NUMBER, 62),
            (PlanTreeModel.TARGET, 170),
            (PlanTreeModel.Q1, 52),
            (PlanTreeModel.Q2, 52),
            (PlanTreeModel.Q3, 52),
            (PlanTreeModel.Q4, 52),
            (PlanTreeModel.TO_DATE, 112),
            (PlanTreeModel.STATUS, 104),
        ):
            self.tree.setColumnWidth(column, width)
        self.splitter.addWidget(self.tree)

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 4, 0, 0)
        chart_bar = QHBoxLayout()
        self.chart_title = QLabel()
        self.chart_title.setObjectName("plan_chart_title")
        chart_bar.addWidget(self.chart_title, 1)
        self.chart_combo = QComboBox()
        self.chart_combo.setObjectName("plan_chart_combo")
        self.chart_combo.addItem(self.tr("by measure"), BY_ITEM)
        self.chart_combo.addItem(self.tr("by executor"), BY_EXECUTOR)
        self.chart_combo.activated.connect(lambda _index: self._show_chart())
        chart_bar.addWidget(self.chart_combo)
        chart_layout.addLayout(chart_bar)
        self.chart = PlanChart()
        scroll = QScrollArea()
        scroll.setObjectName("plan_chart_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        chart_layout.addWidget(scroll, 1)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.empty_box = QWidget()
        self.empty_box.setObjectName("plan_empty")
        empty_layout = QVBoxLayout(self.empty_box)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("plan_empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for action, name in (
            (self.import_action, "empty_import_button"),
            (self.template_action, "empty_template_button"),
        ):
            button = QPushButton(action.text().replace("&", ""))
            button.setObjectName(name)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch()
        empty_layout.addLayout(buttons)
        empty_layout.addStretch()
        self.empty_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.empty_box, 1)
        self.empty_box.hide()

    def _menu_button(self, name: str, text: str, actions: list[QAction | None]) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        menu.setToolTipsVisible(True)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        button.setMenu(menu)
        return button

    def document_actions(self) -> list[QAction | None]:
        return [self.note_action, self.year_report_action]

    def plan_actions(self) -> list[QAction | None]:
        """The plan's commands (None: a separator)."""
        return [
            self.edit_item_action,
            self.history_item_action,
            self.units_action,
            None,
            self.import_action,
            self.export_action,
            self.template_action,
            None,
            self.delete_plan_action,
        ]

    # ----- data -----------------------------------------------------------------------------
    def set_body(self, database: Database | None, body_id: int | None) -> None:
        """Show the body's plans: now if the tab is in view, else when it is shown."""
        changed = body_id != self.body_id or database is not self.database
        self.database, self.body_id = database, body_id
        if changed:
            self._plans = []
            self.plan_combo.clear()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, plan_id: int | None = None, year: int | None = None) -> None:
        """Read the body's plans again (keeping the plan and year chosen), then the status."""
        from desktop_app.store.plans import plans

        self._stale = False
        if self.database is None or self.body_id is None:
            self._plans = []
            self.plan_combo.clear()
            self._show_empty()
            return
        plan_id = plan_id if plan_id is not None else self.plan_id()
        year = year if year is not None else self.year()
        with self.database.session() as session:
            self._plans = [
                (plan.id, plan.title, plan.first_year, plan.last_year)
                for plan in plans(session, self.body_id)
            ]
        self.plan_combo.clear()
        for pid, title, first, last in self._plans:
            name = " ".join(title.split())
            self.plan_combo.addItem(f"{first}–{last} · {name}", pid)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, name, Qt.ToolTipRole)
        index = self.plan_combo.findData(plan_id) if plan_id is not None else -1
        if index < 0 and self._plans:
            index = self._current_plan_index()
        self.plan_combo.setCurrentIndex(index)
        self._fill_years(year)
        self.refresh()

    def _current_plan_index(self) -> int:
        """The plan that covers this year, else the latest one."""
        this_year = self.today().year
        for index, (_pid, _title, first, last) in enumerate(self._plans):
            if first <= this_year <= last:
                return index
        return 0

    def _fill_years(self, wanted: int | None = None) -> None:
        self.year_combo.clear()
        found = [plan for plan in self._plans if plan[0] == self.plan_id()]
        if not found:
            return
        _pid, _title, first, last = found[0]
        for year in range(first, last + 1):
            self.year_combo.addItem(str(year), year)
        if wanted is None or not first <= wanted <= last:
            wanted = min(max(self.today().year, first), last)
        self.year_combo.setCurrentIndex(self.year_combo.findData(wanted))

    def _plan_chosen(self, _index: int) -> None:
        self._fill_years(self.year())
        self.refresh()

    def plan_id(self) -> int | None:
        return self.plan_combo.currentData()

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def choose(self, plan_id: int | None = None, year: int | None = None) -> None:
        """Show a plan (and year), as the user would choose them above."""
        if plan_id is not None:
            index = self.plan_combo.findData(plan_id)
            if index >= 0:
                self.plan_combo.setCurrentIndex(index)
                self._fill_years(year)
        elif year is not None:
            self._fill_years(year)
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen plan's year and show it."""
        from desktop_app.store.plans import plan_status

        plan_id, year = self.plan_id(), self.year()
        if self.database is None or plan_id is None or year is None:
            self._show_empty()
            return
        try:
            with self.database.session() as session:
                status = plan_status(session, plan_id, year, self.today())
        except ValidationError:  # the plan was deleted elsewhere
            self.reload()
            return
        self.status = status
        self.empty_box.hide()
        self.splitter.show()
        self.title_label.setText(" ".join(status.title.split()))
        self.summary_label.setText(self._summary(status))
        self._fill_filter()
        self._show_tree()
        self._show_chart()
        self._update_actions()

    def _show_empty(self) -> None:
        self.status = None
        self.model.set_status(None)
        self.chart.set_bars([])
        self.splitter.hide()
        self.title_label.clear()
        self.summary_label.clear()
        self.filter_combo.clear()
        self.year_combo.clear()
        self.empty_label.setText(
            self.tr(
                "The body has no plan of measures yet. Import it from an Excel file (the "
                "template shows the columns)."
            )
        )
        self.empty_box.setVisible(self.database is not None and self.body_id is not None)
        self._update_actions()

    def _summary(self, status) -> str:
        counts = status.counts()
        measured = sum(counts.values())
        return self.tr(
            "Measures with a target in {0}: {1}. Done: {2}, on track: {3}, behind: {4}, "
            "failed: {5}."
        ).format(
            status.year,
            measured,
            counts[TargetStatus.DONE],
            counts[TargetStatus.ON_TRACK],
            counts[TargetStatus.BEHIND],
            counts[TargetStatus.FAILED],
        )

    def _fill_filter(self) -> None:
        current = self.filter_combo.currentData()
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("all measures"), ALL)
        self.filter_combo.addItem(self.tr("behind and failed only"), TROUBLE)
        seen: dict[int, tuple[str, str]] = {}
        for item in self.status.items:
            for executor in item.executors:
                seen.setdefault(executor.unit_id, (executor.label, executor.name))
        for unit_id, (label, name) in seen.items():
            self.filter_combo.addItem(label, unit_id)
            self.filter_combo.setItemData(self.filter_combo.count() - 1, name, Qt.ToolTipRole)
        index = self.filter_combo.findData(current) if current is not None else 0
        self.filter_combo.setCurrentIndex(max(index, 0))

    def shown(self):
        return self.filter_combo.currentData() or ALL

    def _show_tree(self) -> None:
        selected = self.selected_item_id()
        shown = self.shown()
        self.model.set_status(self.status, shown)
        if shown == ALL:  # the measures that need attention open, the others closed
            self.tree.collapseAll()
            for row in self.model.rows:
                if row.children and row.status in (TargetStatus.BEHIND, TargetStatus.FAILED):
                    self.tree.expand(self.model.index(row.position, 0))
        else:
            self.tree.expandAll()
        if selected is not None:
            index = self.model.item_index(selected)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _show_chart(self) -> None:
        if self.status is None:
            return
        by_executor = self.chart_combo.currentData() == BY_EXECUTOR
        bars = executor_bars(self.status) if by_executor else item_bars(self.status)
        passed = completed_quarters(self.status.year, self.status.today)
        title = (
            self.tr("Progress by executor in {0}, per cent of the year's target")
            if by_executor
            else self.tr("Progress by measure in {0}, per cent of the year's target")
        ).format(self.status.year)
        if 0 < passed < 4:
            title += " " + self.tr("(dashed: the part of the year passed)")
        self.chart_title.setText(title)
        self.chart.set_bars(bars, self.status.year, self.status.today)

    def selected_item_id(self) -> int | None:
        indexes = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        return indexes[0].data(ITEM_ID_ROLE) if indexes else None

    def _selected_position(self) -> int | None:
        item_id = self.selected_item_id()
        if item_id is None or self.status is None:
            return None
        for position, item in enumerate(self.status.items):
            if item.item_id == item_id:
                return position
        return None

    def _update_actions(self) -> None:
        has_body = self.database is not None and self.body_id is not None
        has_plan = has_body and self.status is not None
        self.reports_action.setEnabled(has_plan)
        self.reports_button.setEnabled(has_plan)
        self.edit_item_action.setEnabled(has_plan and self.selected_item_id() is not None)
        self.history_item_action.setEnabled(self.edit_item_action.isEnabled())
        self.units_action.setEnabled(has_body)
        self.delete_plan_action.setEnabled(has_plan)
        self.import_action.setEnabled(has_body)
        self.export_action.setEnabled(has_plan)
        for action in (self.note_action, self.year_report_action):
            action.setEnabled(has_plan)
        self.documents_button.setEnabled(has_plan)

    # ----- commands ---------------------------------------------------------------------
    def _double_clicked(self, index) -> None:
        """A double click on an executor's line opens its reports for the last quarter."""
        unit_id = self.model.data(index, UNIT_ID_ROLE)
        self.open_reports(unit_id=unit_id)

    def default_quarter(self) -> int:
        """The quarter whose reports are collected now (in the year shown)."""
        year = self.year() or self.today().year
        today = self.today()
        if year < today.year:
            return 4
        if year > today.year:
            return 1
        return max(completed_quarters(year, today), 1)

    def open_reports(
        self,
        quarter: int | None = None,
        unit_id: int | None = None,
        plan_id: int | None = None,
        year: int | None = None,
    ):
        """The reports' dialog for a quarter (the one being collected by default)."""
        from desktop_app.views.plan_dialogs import QuarterReportsDialog

        if plan_id is not None or year is not None:
            if plan_id is not None and self.plan_combo.findData(plan_id) < 0:
                self.reload(plan_id, year)
            self.choose(plan_id, year)
        if self.status is None or self.database is None:
            return None
        dialog = QuarterReportsDialog(
            self.database,
            self.plan_id(),
            self.year(),
            quarter or self.default_quarter(),
            unit_id,
            today=self.today(),
            parent=self,
        )
        dialog.saved.connect(self._written)
        dialog.open()
        return dialog

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit_item(self):
        from desktop_app.views.plan_dialogs import ItemDialog

        position = self._selected_position()
        if position is None:
            return None
        dialog = ItemDialog(self.database, self.plan_id(), position, parent=self)
        dialog.accepted.connect(self._written)
        dialog.open()
        return dialog

    def show_item_history(self):
        from desktop_app.store.audit import PLAN_ITEM
        from desktop_app.views.audit_dialog import show_history

        item_id = self.selected_item_id()
        if item_id is None or self.database is None:
            return None
        return show_history(self, self.database, PLAN_ITEM, item_id)

    def edit_units(self):
        from desktop_app.views.plan_dialogs import UnitsDialog

        if self.database is None or self.body_id is None:
            return None
        dialog = UnitsDialog(self.database, self.body_id, parent=self)
        dialog.changed.connect(self._written)
        dialog.open()
        return dialog

    def delete_plan(self):
        from desktop_app.store.plans import delete_plan

        plan_id = self.plan_id()
        if plan_id is None:
            return None

        def remove() -> None:
            try:
                with self.database.session() as session:
                    delete_plan(session, plan_id)
            except ValidationError as error:
                show_error(self, str(error))
                return
            self.reload()
            self.changed.emit()

        return ask(
            self,
            self.tr(
                "Delete the plan «{0}» with all its measures and the executors' reports? "
                "The registries stay."
            ).format(self.plan_combo.currentText()),
            remove,
            self.tr("Delete the plan"),
        )

    # ----- the plan's import and export (views.plan_import) --------------------------------
    def import_plan(self) -> None:
        from desktop_app.views.plan_import import import_plan

        if self.database is None or self.body_id is None:
            return
        plan_id = import_plan(self, self.database, self.body_id)
        if plan_id is not None:
            self.reload(plan_id)
            self.changed.emit()

    def export_plan(self) -> None:
        from desktop_app.views.plan_import import export_plan

        if self.plan_id() is not None:
            export_plan(self, self.database, self.plan_id())

    def save_template(self) -> None:
        from desktop_app.views.plan_import import save_plan_template

        save_plan_template(self)

    # ----- the documents (documents.plan_export) -------------------------------------------
    def document(self, kind: str):
        """Ask what the document covers, then preview it or save it."""
        from desktop_app.views.plan_dialogs import PlanDocumentDialog

        if self.status is None:
            return None
        found = [plan for plan in self._plans if plan[0] == self.plan_id()]
        years = range(found[0][2], found[0][3] + 1) if found else None
        dialog = PlanDocumentDialog(
            self.database,
            self.body_id,
            self.plan_id(),
            kind,
            self.year(),
            self.default_quarter(),
            years=years,
            today=self.today(),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._document_chosen(dialog))
        dialog.open()
        return dialog

    def _document_chosen(self, dialog):
        from desktop_app.documents import plan_export
        from desktop_app.documents.formats import PDF
        from desktop_app.views.document_files import ask_save_path, preview_pdf, write_file

        kind, data = dialog.kind, dialog.data
        document = plan_export.plan_document(kind)
        if dialog.choice == dialog.PREVIEW:
            try:
                pdf = plan_export.plan_pdf_bytes(kind, data)
            except ValueError as error:
                show_error(self, str(error))
                return None
            return preview_pdf(
                self, pdf, document.title, plan_export.suggested_file_name(kind, data, PDF)
            )
        target = ask_save_path(
            self,
            document.title,
            plan_export.suggested_file_name(kind, data),
            document.file_filter,
            document.formats,
            FOLDER_KEY,
        )
        if target is None:
            return None
        return write_file(
            self, target, lambda path: plan_export.write_plan_document(kind, data, path)
        )
