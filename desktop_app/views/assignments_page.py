"""The page «Контроль исполнения»: the assignments on control, filtered and sorted by the
store, fetched in pages.

A filter bar (status, with the days of «срок подходит»; body; source meeting; responsible;
a search over the texts and the reports, any case, ё = е), the table of assignments
(:class:`AssignmentTableModel`: overdue lines in dark red with «⚠»), and the commands as
QActions (the toolbar, the context menu and the main window's menu «Контроль»). The
commands on one assignment are the dialogs of :mod:`assignment_dialogs`; this page
refreshes and emits ``changed`` after each of them. The printed list and the reminder
letter are built from the store's data with the filters applied.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QSettings, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assignment import AssignmentStatus, StatusFilter
from desktop_app.domain.errors import ValidationError
from desktop_app.store.assignments import PAGE_SIZE, AssignmentQuery, AssignmentRow, Sort
from desktop_app.store.database import Database
from desktop_app.views.assignment_model import AssignmentTableModel
from desktop_app.views.forms import StoreDialog, date_edit, from_qdate
from desktop_app.views.messages import ask, show_error

SEARCH_DELAY_MS = 150  # typing in the search or the responsible: the list follows after this
SEARCH_MIN_CHARS = 2  # one letter typed does not filter yet (it would match half the list)
KEEP_LOADED = 1000  # a refresh loads as many rows as were shown, up to this many
LARGE_DOCUMENT = 2000  # printing more lines than this asks first
FOLDER_KEY = "assignments_page/folder"


def _enough(text: str) -> str:
    """What was typed into a filter, once it is long enough to narrow the list."""
    text = text.strip()
    return text if len(text) >= SEARCH_MIN_CHARS else ""


def format_count(number: int) -> str:
    """«12 345»: thousands apart by a non-breaking space, as Russian texts write them."""
    return f"{number:,}".replace(",", "\u00a0")


class AssignmentsPage(QWidget):
    changed = Signal()  # an assignment was added, changed or deleted here
    open_meeting = Signal(int)  # the meeting (a source protocol) to open in its window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignments_page")
        self.database: Database | None = None
        self.sort = Sort.DEADLINE
        self.descending = False
        self._stale = False
        self._single_body = False
        self._responsibles_of: object = None  # the body whose names the completion holds
        self._sources_of: object = None  # the body whose meetings the source list holds
        self._fresh = False  # refreshed while hidden: showing it needs no new query
        self._exact_responsible = False  # the responsible was chosen from the list
        self._build_actions()
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._update_actions()

    # ----- building ---------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(
            "new_assignment",
            self.tr("&New assignment…"),
            self.new_assignment,
            self.tr("An instruction put on control by hand, between meetings (Ins)"),
        )
        self.new_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)
        self.open_action = a(
            "open_assignment",
            self.tr("&Open"),
            self.open_selected,
            self.tr("The card of the assignment: reports, extensions, history (Enter)"),
        )
        self.report_action = a(
            "report_execution",
            self.tr("Record &execution…"),
            self.record_report,
            self.tr("Record the report of execution: the assignment is executed"),
        )
        self.extend_action = a(
            "extend_deadline",
            self.tr("E&xtend the deadline…"),
            self.extend_deadline,
            self.tr("A new deadline; the old one and the reason are kept"),
        )
        self.remove_action = a(
            "remove_from_control",
            self.tr("&Take off control…"),
            self.remove_from_control,
            self.tr("Take off control without execution, giving the reason"),
        )
        self.return_action = a(
            "return_to_control",
            self.tr("&Return to control"),
            self.return_to_control,
            self.tr("Undo an execution or a removal recorded by mistake"),
        )
        self.delete_action = a(
            "delete_assignment",
            self.tr("&Delete"),
            self.delete_assignment,
            self.tr("Delete an assignment entered by mistake (only one entered by hand)"),
        )
        self.print_action = a(
            "print_assignments",
            self.tr("&Print the list…"),
            self.print_list,
            self.tr("Print preview of the list as filtered"),
        )
        self.save_action = a(
            "save_assignments",
            self.tr("Sa&ve the list (PDF, Excel)…"),
            self.save_list,
            self.tr("Save the list as filtered as a PDF or Excel file"),
        )
        self.reminder_action = a(
            "reminder",
            self.tr("Re&minder to a responsible…"),
            self.reminder,
            self.tr("A letter to a responsible listing their open assignments (PDF, Word)"),
        )

    def actions_for_menu(self) -> list[QAction | None]:
        """The page's commands for the main window's menu (None: a separator)."""
        return [
            self.new_action,
            None,
            self.open_action,
            self.report_action,
            self.extend_action,
            self.remove_action,
            self.return_action,
            self.delete_action,
            None,
            self.print_action,
            self.save_action,
            self.reminder_action,
        ]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Control of execution"))
        title.setObjectName("page_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_toolbar())
        self._build_table()
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        layout.addWidget(self.count_label)

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(6)
        first = QHBoxLayout()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_filter")
        for text, value in (
            (self.tr("on control"), StatusFilter.OPEN),
            (self.tr("overdue ones"), StatusFilter.OVERDUE),
            (self.tr("deadline approaching"), StatusFilter.DUE_SOON),
            (self.tr("executed ones"), StatusFilter.EXECUTED),
            (self.tr("taken off control"), StatusFilter.REMOVED),
            (self.tr("all statuses"), StatusFilter.ALL),
        ):
            self.status_combo.addItem(text, value)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        first.addWidget(label(self.tr("&Show:"), self.status_combo))
        first.addWidget(self.status_combo)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("due_days")
        self.days_spin.setRange(1, 366)
        self.days_spin.setValue(7)
        self.days_spin.setPrefix(self.tr("within "))
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setToolTip(self.tr("The deadline comes within this many days from today"))
        self.days_spin.valueChanged.connect(self._filter_changed)
        self.days_spin.hide()
        first.addWidget(self.days_spin)
        first.addSpacing(12)

        self.body_combo = QComboBox()
        self.body_combo.setObjectName("body_filter")
        self.body_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body_combo.setMinimumContentsLength(18)
        self.body_combo.currentIndexChanged.connect(self._body_chosen)
        first.addWidget(label(self.tr("&Body:"), self.body_combo))
        first.addWidget(self.body_combo, 1)
        first.addSpacing(12)

        self.source_combo = _PopupCombo(self._ensure_sources)
        self.source_combo.setObjectName("source_filter")
        self.source_combo.setMinimumContentsLength(18)
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_combo.currentIndexChanged.connect(self._filter_changed)
        self.source_combo.installEventFilter(self)
        first.addWidget(label(self.tr("S&ource:"), self.source_combo))
        first.addWidget(self.source_combo, 1)
        rows.addLayout(first)

        second = QHBoxLayout()
        self.responsible_combo = QComboBox()
        self.responsible_combo.setObjectName("responsible_filter")
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.setMinimumContentsLength(22)
        self.responsible_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.responsible_combo.lineEdit().setPlaceholderText(self.tr("any"))
        self.responsible_combo.lineEdit().setClearButtonEnabled(True)
        self.responsible_combo.setToolTip(
            self.tr("A part of the name of a responsible (a person or a unit), any case")
        )
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(15)
        self.responsible_combo.setModel(self._names)
        self.responsible_combo.setCompleter(completer)
        self.responsible_combo.lineEdit().textEdited.connect(self._responsible_typed)
        self.responsible_combo.activated.connect(self._responsible_chosen)
        completer.activated.connect(self._responsible_chosen)
        self.responsible_combo.installEventFilter(self)
        self.responsible_combo.lineEdit().installEventFilter(self)
        second.addWidget(label(self.tr("&Responsible:"), self.responsible_combo))
        second.addWidget(self.responsible_combo, 2)
        second.addSpacing(12)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("words of the text, source or reports"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(
            self.tr(
                "Finds the assignments containing every word typed (or a word beginning "
                "with it) in the text, the source, the responsibles or the reports; "
                "any case, ё = е; from two letters on"
            )
        )
        self.search_edit.textEdited.connect(self._typed)
        self.search_edit.textChanged.connect(self._search_cleared)
        second.addWidget(label(self.tr("Sea&rch:"), self.search_edit))
        second.addWidget(self.search_edit, 3)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("reset_filters")
        self.reset_button.setToolTip(self.tr("Show all the assignments on control again"))
        self.reset_button.clicked.connect(self.reset_filters)
        second.addWidget(self.reset_button)
        rows.addLayout(second)
        return rows

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName() + "_button")
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        for action in (
            self.new_action,
            self.open_action,
            self.report_action,
            self.extend_action,
            self.remove_action,
        ):
            row.addWidget(self._tool_button(action))
        self.more_menu = QMenu(self)
        self.more_menu.setToolTipsVisible(True)
        self.more_menu.addAction(self.return_action)
        self.more_menu.addAction(self.delete_action)
        more = QToolButton()
        more.setObjectName("more_button")
        more.setText(self.tr("More"))
        more.setMenu(self.more_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(more)
        row.addStretch()
        self.documents_menu = QMenu(self)
        self.documents_menu.setToolTipsVisible(True)
        for action in (self.print_action, self.save_action, None, self.reminder_action):
            if action is None:
                self.documents_menu.addSeparator()
            else:
                self.documents_menu.addAction(action)
        documents = QToolButton()
        documents.setObjectName("documents_button")
        documents.setText(self.tr("Documents"))
        documents.setToolTip(self.tr("The list as filtered, a reminder letter"))
        documents.setMenu(self.documents_menu)
        documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(documents)
        return row

    def _build_table(self) -> None:
        self.model = AssignmentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("assignments_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(AssignmentTableModel.DEADLINE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_chosen)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._show_count)
        for action, keys in (
            (self.open_action, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]),
            (self.delete_action, [QKeySequence(QKeySequence.StandardKey.Delete)]),
        ):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        menu.setObjectName("assignments_context_menu")
        for action in self.actions_for_menu():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    #: The widths of the dates and the status; the other columns share the rest.
    FIXED_WIDTHS = {
        AssignmentTableModel.DEADLINE: 122,
        AssignmentTableModel.STATUS: 122,
        AssignmentTableModel.CLOSED: 92,
    }
    SHARES = {
        AssignmentTableModel.TEXT: 46,
        AssignmentTableModel.SOURCE: 18,
        AssignmentTableModel.BODY: 14,
        AssignmentTableModel.EXECUTORS: 22,
    }

    def eventFilter(self, watched, event) -> bool:
        """The columns follow the table's width; the names of the responsibles are loaded
        when the field is first used."""
        if watched is getattr(self, "_viewport", None):
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
        elif event.type() == QEvent.Type.FocusIn and watched is self.source_combo:
            self._ensure_sources()
        elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self._load_responsibles()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The dates and the status as wide as they need; the text, the source, the body
        and the responsibles share the rest (the text the most). The user may still drag
        a column wider until the window is resized."""
        shown = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        fixed = sum(self.FIXED_WIDTHS.get(c, 0) for c in shown)
        shares = {c: self.SHARES[c] for c in shown if c in self.SHARES}
        free = max(self._viewport.width() - fixed - 1, 300)
        total = sum(shares.values())
        for column in shown:
            if column in self.FIXED_WIDTHS:
                self.table.setColumnWidth(column, self.FIXED_WIDTHS[column])
            else:
                self.table.setColumnWidth(column, free * shares[column] // total)

    # ----- the filters ------------------------------------------------------------------------
    @property
    def status(self) -> StatusFilter:
        return StatusFilter(self.status_combo.currentData() or StatusFilter.OPEN)

    @property
    def body_id(self) -> int | None:
        return self.body_combo.currentData()

    @property
    def meeting_id(self) -> int | None:
        return self.source_combo.currentData()

    @property
    def responsible(self) -> str:
        return self.responsible_combo.currentText().strip()

    def query(self, today: date | None = None) -> AssignmentQuery:
        """The store's query of what the page shows now."""
        return AssignmentQuery(
            today=today or date.today(),
            status=self.status,
            body_id=self.body_id,
            meeting_id=self.meeting_id,
            responsible=_enough(self.responsible),
            exact_responsible=self._exact_responsible and bool(self.responsible),
            search=_enough(self.search_edit.text()),
            due_within=self.days_spin.value(),
            sort=self.sort,
            descending=self.descending,
        )

    def _filtered(self) -> bool:
        """Anything chosen besides «на контроле» in all bodies."""
        return (
            self.status is not StatusFilter.OPEN
            or self.body_id is not None
            or self.meeting_id is not None
            or bool(self.responsible)
            or bool(self.search_edit.text().strip())
        )

    def _typed(self, _text: str = "") -> None:
        self._search_timer.start()

    def _responsible_typed(self, _text: str) -> None:
        self._exact_responsible = False  # words of a name, each a prefix
        self._typed()

    def _responsible_chosen(self, *_args) -> None:
        self._exact_responsible = True  # one executor's whole name, from the list
        self._filter_changed()

    def _search_cleared(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted: at once
            self._search_timer.stop()
            self.refresh()

    def _status_chosen(self) -> None:
        self.days_spin.setVisible(self.status is StatusFilter.DUE_SOON)
        self._filter_changed()

    def _body_chosen(self) -> None:
        self._reset_sources()
        self._responsibles_of = None  # the completion follows the body when next used
        if self.responsible_combo.hasFocus():
            self._load_responsibles()
        self._filter_changed()

    def _filter_changed(self, *_args) -> None:
        self._search_timer.stop()
        self.refresh()

    def _quietly(self, *widgets):
        class Blocked:
            def __enter__(self_):
                for widget in widgets:
                    widget.blockSignals(True)

            def __exit__(self_, *exc):
                for widget in widgets:
                    widget.blockSignals(False)

        return Blocked()

    def reset_filters(self) -> None:
        """All the assignments on control of every body, sorted by the deadline."""
        self.set_filters(status=StatusFilter.OPEN, body_id=None)

    def set_filters(
        self,
        *,
        status: StatusFilter = StatusFilter.OPEN,
        body_id: int | None = None,
        meeting_id: int | None = None,
        responsible: str = "",
        search: str = "",
        due_within: int | None = None,
        exact_responsible: bool = False,
    ) -> None:
        """Set every filter at once, then refresh once. ``responsible`` is words of a
        name (each a prefix), or with ``exact_responsible`` one executor's whole name."""
        with self._quietly(
            self.status_combo,
            self.body_combo,
            self.source_combo,
            self.responsible_combo,
            self.search_edit,
            self.days_spin,
        ):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
            self.days_spin.setVisible(self.status is StatusFilter.DUE_SOON)
            if due_within is not None:
                self.days_spin.setValue(due_within)
            index = self.body_combo.findData(body_id)
            if index < 0 and body_id is not None and self.database is not None:
                self._fill_bodies()  # a body added since the page was filled
                index = self.body_combo.findData(body_id)
            self.body_combo.setCurrentIndex(max(0, index))
            self._reset_sources()
            if meeting_id is not None:
                self._ensure_sources()
                self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(meeting_id)))
            self.responsible_combo.setEditText(responsible)
            self.search_edit.setText(search)
        self._exact_responsible = exact_responsible
        self._search_timer.stop()
        self.refresh()

    def show_filter(
        self,
        *,
        status: StatusFilter | None = None,
        body_id: int | None = ...,  # type: ignore[assignment]
        responsible: str | None = None,
        meeting_id: int | None = None,
    ) -> None:
        """Show the list filtered as asked (from the start page, a meeting, a body): the
        filters not given are reset (status «на контроле», any source and responsible, no
        search), except the body, kept unless ``body_id`` is given (None: all bodies).
        ``responsible`` is one executor's whole name, as the store lists it."""
        self.set_filters(
            status=status or StatusFilter.OPEN,
            body_id=self.body_id if body_id is ... else body_id,
            meeting_id=meeting_id,
            responsible=responsible or "",
            exact_responsible=bool(responsible),
        )

    # ----- loading ----------------------------------------------------------------------------
    def set_database(self, database: Database | None) -> None:
        """Show the assignments of ``database`` (None: nothing), filters reset. Loaded now
        if the page is visible, else when it is shown."""
        self.database = database
        self._responsibles_of = None
        self._names.setStringList([])
        self._fill_bodies()
        self._reset_sources()
        with self._quietly(
            self.status_combo, self.body_combo, self.responsible_combo, self.search_edit
        ):
            self.body_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(0)
            self.days_spin.hide()
            self.responsible_combo.setEditText("")
            self.search_edit.clear()
        self.model.clear()
        self._stale = True
        self._fresh = False
        if self.isVisible():
            self.refresh()
        else:
            self._update_actions()
            self._show_count()

    def showEvent(self, event) -> None:
        """Shown (again): the list as it is now; bodies, meetings and names may have been
        added meanwhile."""
        super().showEvent(event)
        if event.spontaneous() or self.database is None:
            return
        self._fill_bodies()
        self._sources_of = None
        self._responsibles_of = None
        if self._fresh:  # refreshed just before being shown (``show_filter``)
            self._fresh = False
            self._show_columns()
            return
        self.refresh()

    def _fill_bodies(self) -> None:
        from desktop_app.store.bodies import list_bodies

        current = self.body_combo.currentData()
        bodies = []
        if self.database is not None:
            with self.database.session() as session:
                bodies = list_bodies(session)
        self._single_body = len(bodies) == 1
        with self._quietly(self.body_combo):
            self.body_combo.clear()
            self.body_combo.addItem(self.tr("All bodies"), None)
            for body in bodies:
                self.body_combo.addItem(body.short_name, body.id)
            self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(current)))

    def _reset_sources(self) -> None:
        """Only «Любой источник» until the list is opened (the meetings of every body are
        thousands on a large database: loaded when the user looks for one)."""
        self._sources_of = None
        with self._quietly(self.source_combo):
            self.source_combo.clear()
            self.source_combo.addItem(self.tr("Any source"), None)

    def _ensure_sources(self) -> None:
        """The meetings that gave assignments (of the chosen body), the choice kept."""
        from desktop_app.store.assignments import source_meetings

        if self._sources_of == (self.database, self.body_id):
            return
        self._sources_of = (self.database, self.body_id)
        current = self.source_combo.currentData()
        meetings = []
        if self.database is not None:
            with self.database.session() as session:
                meetings = source_meetings(session, self.body_id)
        with self._quietly(self.source_combo):
            self.source_combo.clear()
            self.source_combo.addItem(self.tr("Any source"), None)
            for meeting_id, text in meetings:
                self.source_combo.addItem(text, meeting_id)
                self.source_combo.setItemData(
                    self.source_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
                )
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(current)))

    def _load_responsibles(self) -> None:
        """The names for the completion of the responsible (of the chosen body)."""
        from desktop_app.store.assignments import responsibles

        if self.database is None or self._responsibles_of == (self.database, self.body_id):
            return
        with self.database.session() as session:
            names = responsibles(session, self.body_id)
        self._responsibles_of = (self.database, self.body_id)
        text = self.responsible_combo.currentText()
        with self._quietly(self.responsible_combo):
            self._names.setStringList(names)
            self.responsible_combo.setCurrentIndex(-1)
            self.responsible_combo.setEditText(text)

    def refresh(self) -> None:
        """Query the store again with the filters and the sort shown, keeping the chosen
        assignment and about as many rows as were loaded."""
        from desktop_app.store.assignments import count_assignments, list_assignments

        self._stale = False
        self._fresh = not self.isVisible()
        self._search_timer.stop()
        if self.database is None:
            self.model.clear()
            self._show_count()
            return
        chosen = self.selected_id()
        scrolled = self.table.verticalScrollBar().value()
        keep = min(max(self.model.loaded, PAGE_SIZE), KEEP_LOADED)
        keep = -(-keep // PAGE_SIZE) * PAGE_SIZE
        query = self.query()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.database.session() as session:
                total = count_assignments(session, query)
                rows = list_assignments(session, query, 0, keep) if total else []
        finally:
            QApplication.restoreOverrideCursor()
        self.model.set_rows(rows, total, partial(self._page, query))
        self._show_columns()
        if chosen is not None and self.select(chosen):
            self.table.verticalScrollBar().setValue(scrolled)
        self.reset_button.setEnabled(self._filtered())
        self._show_count()
        self._update_actions()

    def _show_columns(self) -> None:
        """«Орган» only when several bodies are listed, «Исполнено» only when closed
        assignments can be."""
        hide_body = self.body_id is not None or self._single_body
        hide_closed = self.status in (
            StatusFilter.OPEN,
            StatusFilter.OVERDUE,
            StatusFilter.DUE_SOON,
        )
        if (hide_body, hide_closed) != (
            self.table.isColumnHidden(AssignmentTableModel.BODY),
            self.table.isColumnHidden(AssignmentTableModel.CLOSED),
        ):
            self.table.setColumnHidden(AssignmentTableModel.BODY, hide_body)
            self.table.setColumnHidden(AssignmentTableModel.CLOSED, hide_closed)
            self._fit_columns()

    def _page(self, query: AssignmentQuery, offset: int, limit: int) -> list[AssignmentRow]:
        from desktop_app.store.assignments import list_assignments

        if self.database is None:
            return []
        with self.database.session() as session:
            return list_assignments(session, query, offset, limit)

    def _show_count(self, *_args) -> None:
        total, loaded = self.model.total, self.model.loaded
        if self.database is None:
            text = ""
        elif total == 0:
            text = (
                self.tr("Nothing found: change the filters or press «Reset».")
                if self._filtered()
                else self.tr("No assignments on control.")
            )
        elif loaded < total:
            text = self.tr("Shown {0} of {1} (scroll down for more)").format(
                format_count(loaded), format_count(total)
            )
        else:
            text = self.tr("Assignments: {0}").format(format_count(total))
        self.count_label.setText(text)

    # ----- sorting ----------------------------------------------------------------------------
    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        key = AssignmentTableModel.SORT_KEYS.get(column)
        if key is None:  # not sortable: the indicator goes back where the list is sorted
            self._show_sort()
            return
        self.sort = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def _show_sort(self) -> None:
        columns = {key: column for column, key in AssignmentTableModel.SORT_KEYS.items()}
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            columns[self.sort],
            Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def sort_by(self, sort: str, descending: bool = False) -> None:
        self.sort, self.descending = sort, descending
        self._show_sort()
        self.refresh()

    # ----- selection --------------------------------------------------------------------------
    def selected_row(self) -> AssignmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(rows[0].row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select(self, assignment_id: int) -> bool:
        """Choose the assignment's line if it is listed (among the loaded lines)."""
        row = self.model.row_of(assignment_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_actions(self, *_args) -> None:
        has_database = self.database is not None
        row = self.selected_row()
        on_control = row is not None and row.status is AssignmentStatus.ON_CONTROL
        self.new_action.setEnabled(has_database)
        self.open_action.setEnabled(row is not None)
        for action in (self.report_action, self.extend_action, self.remove_action):
            action.setEnabled(on_control)
        self.return_action.setEnabled(row is not None and not on_control)
        self.delete_action.setEnabled(row is not None and row.meeting_id is None)
        listed = has_database and self.model.total > 0
        self.print_action.setEnabled(listed)
        self.save_action.setEnabled(listed)
        self.reminder_action.setEnabled(has_database)

    # ----- the commands on one assignment -----------------------------------------------------
    def _changed(self, assignment_id: int | None = None) -> None:
        self.refresh()
        if assignment_id is not None:
            self.select(assignment_id)
        self.changed.emit()

    def new_assignment(self) -> None:
        from desktop_app.views import assignment_dialogs

        if self.database is None:
            return
        new_id = assignment_dialogs.new_assignment(self, self.database, body_id=self.body_id)
        if new_id is not None:
            self._responsibles_of = None
            self._changed(new_id)

    def open_assignment(self, assignment_id: int) -> None:
        """Choose the assignment in the list (if listed) and open its card."""
        if self.database is None:
            return
        if self._stale:
            self.refresh()
        self.select(assignment_id)
        self._show_card(assignment_id)

    def open_selected(self, *_args) -> None:
        assignment_id = self.selected_id()
        if assignment_id is not None:
            self._show_card(assignment_id)

    def _show_card(self, assignment_id: int) -> None:
        from desktop_app.views import assignment_dialogs

        if assignment_dialogs.show_assignment(
            self, self.database, assignment_id, open_meeting=self.open_meeting.emit
        ):
            self._changed(assignment_id)

    def _run(self, name: str) -> None:
        """One of the dialogs of :mod:`assignment_dialogs` on the chosen assignment."""
        from desktop_app.views import assignment_dialogs

        assignment_id = self.selected_id()
        if self.database is None or assignment_id is None:
            return
        if getattr(assignment_dialogs, name)(self, self.database, assignment_id):
            self._changed(assignment_id)

    def record_report(self) -> None:
        self._run("record_report")

    def extend_deadline(self) -> None:
        self._run("extend_deadline")

    def remove_from_control(self) -> None:
        self._run("remove_from_control")

    def return_to_control(self) -> None:
        self._run("return_to_control")

    def delete_assignment(self) -> None:
        row = self.selected_row()
        if row is None or row.meeting_id is not None:
            return
        self._run("delete_assignment")

    # ----- documents --------------------------------------------------------------------------
    def list_data(self):
        """The printed list with the filters shown (every line, not only the loaded)."""
        from desktop_app.store.assignments import assignments_list_data

        with self.database.session() as session:
            return assignments_list_data(session, self.query())

    def _confirm_size(self, then) -> None:
        total = self.model.total
        if total <= LARGE_DOCUMENT:
            then()
            return
        ask(
            self,
            self.tr(
                "The list holds {0} assignments: the document will be long and take a while. "
                "Narrow the list with the filters, or make it anyway?"
            ).format(format_count(total)),
            then,
            self.tr("Make the document"),
        )

    def print_list(self) -> None:
        if self.database is not None and self.model.total:
            self._confirm_size(self.show_list_preview)

    def show_list_preview(self):
        from desktop_app.documents.assignment_export import (
            ASSIGNMENT_DOCUMENTS,
            assignment_pdf_bytes,
            suggested_file_name,
        )
        from desktop_app.views.document_files import preview_pdf

        data = self.list_data()
        try:
            pdf = assignment_pdf_bytes("assignments", data)
        except ValueError as error:
            show_error(self, str(error))
            return None
        return preview_pdf(
            self,
            pdf,
            ASSIGNMENT_DOCUMENTS["assignments"].title,
            suggested_file_name("assignments", data),
        )

    def save_list(self) -> None:
        if self.database is not None and self.model.total:
            self._confirm_size(self._ask_list_file)

    def _ask_list_file(self) -> None:
        from desktop_app.documents.assignment_export import (
            ASSIGNMENT_DOCUMENTS,
            suggested_file_name,
        )
        from desktop_app.views.document_files import ask_save_path

        data = self.list_data()
        document = ASSIGNMENT_DOCUMENTS["assignments"]
        target = ask_save_path(
            self,
            document.title,
            suggested_file_name("assignments", data),
            document.file_filter,
            document.formats,
            FOLDER_KEY,
        )
        if target is not None:
            self.write_document("assignments", data, target)

    def write_document(self, kind: str, data, path) -> bool:
        from desktop_app.documents.assignment_export import write_assignment_document
        from desktop_app.views.document_files import write_file

        return write_file(self, path, lambda target: write_assignment_document(kind, data, target))

    def reminder(self):
        """The dialog of the reminder letter: whom, the reply date; preview or save."""
        if self.database is None:
            return None
        row = self.selected_row()
        name = self.responsible
        if not name and row is not None and row.executors:
            name = row.executors.split("; ")[0]
        dialog = ReminderDialog(self.database, name, self.body_id, self)
        dialog.accepted.connect(lambda: self._reminder_chosen(dialog))
        dialog.open()
        return dialog

    def _reminder_chosen(self, dialog: ReminderDialog) -> None:
        from desktop_app.documents.assignment_export import (
            ASSIGNMENT_DOCUMENTS,
            assignment_pdf_bytes,
            suggested_file_name,
        )
        from desktop_app.views.document_files import ask_save_path, preview_pdf

        data = dialog.data
        document = ASSIGNMENT_DOCUMENTS["reminder"]
        name = suggested_file_name("reminder", data)
        if dialog.save_chosen:
            target = ask_save_path(
                self, document.title, name, document.file_filter, document.formats, FOLDER_KEY
            )
            if target is not None:
                self.write_document("reminder", data, target)
            return
        try:
            pdf = assignment_pdf_bytes("reminder", data)
        except ValueError as error:
            show_error(self, str(error))
            return
        self.reminder_preview = preview_pdf(self, pdf, document.title, name)


class _PopupCombo(QComboBox):
    """A combo box that fills its list when it is opened."""

    def __init__(self, before_popup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class ReminderDialog(StoreDialog):
    """Whom to remind and by when to reply; «Просмотр и печать» or «Сохранить как…».
    The letter lists the responsible's open assignments (of the body chosen in the list,
    or of every body)."""

    def __init__(
        self,
        database: Database,
        responsible: str,
        body_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        from desktop_app.store.assignments import responsibles

        super().__init__(parent)
        self.setObjectName("reminder_dialog")
        self.setWindowTitle(self.tr("Reminder to a responsible"))
        self.database = database
        self.body_id = body_id
        self.data = None
        self.save_chosen = False
        form = QFormLayout()
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("reminder_responsible")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setMinimumContentsLength(40)
        with database.session() as session:
            self.name_combo.addItems(responsibles(session, body_id))
        self.name_combo.setCurrentIndex(-1)
        self.name_combo.setEditText(responsible)
        self.name_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        form.addRow(self.tr("&Responsible:"), self.name_combo)
        settings = QSettings()
        days = int(settings.value("assignments_page/reply_days", 7))
        self.reply_edit = date_edit(date.today() + timedelta(days=days), "reminder_reply_by")
        form.addRow(self.tr("Reply &by:"), self.reply_edit)
        scope = QLabel()
        scope.setObjectName("reminder_scope")
        scope.setWordWrap(True)
        if body_id is None:
            scope.setText(self.tr("Open assignments of every body"))
        else:
            from desktop_app.store.bodies import get_body_row

            with database.session() as session:
                scope.setText(get_body_row(session, body_id).short_name)
        form.addRow(self.tr("Assignments:"), scope)
        self.layout_.addLayout(form)
        self.field_widgets = {"Ответственный": self.name_combo, "Ответить до": self.reply_edit}
        self.finish_layout()
        self.ok_button().setText(self.tr("Preview and print…"))
        self.save_button = self.buttons.addButton(
            self.tr("Save as…"), self.buttons.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("reminder_save")
        self.save_button.clicked.connect(self._save_clicked)
        self.resize(620, self.sizeHint().height())

    def _save_clicked(self) -> None:
        self.save_chosen = True
        self._try_accept()
        if not self.data:
            self.save_chosen = False

    def save(self) -> None:
        from desktop_app.store.assignments import reminder_data

        reply_by = from_qdate(self.reply_edit.date())
        today = date.today()
        if reply_by < today:
            raise ValidationError(self.tr("the reply date has passed"), "Ответить до")
        with self.database.session() as session:
            self.data = reminder_data(
                session, self.name_combo.currentText(), today, self.body_id, reply_by
            )
        QSettings().setValue("assignments_page/reply_days", (reply_by - today).days)
