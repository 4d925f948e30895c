"""The main window: on the left the navigation («Сегодня», «Контроль исполнения»,
«Исполнительская дисциплина») above the bodies, on the right the page chosen there: the
start page, the assignments on control, the discipline figures, or the chosen body's
roster, history and meetings.

The window is shown before the database is opened (start-up speed); ``open_database``
then fills it. Every action works on short-lived sessions of ``self.database``.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.domain.assignment import StatusFilter
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.vocabulary import BodyKind
from desktop_app.views.backup_commands import BackupCommands
from desktop_app.views.forms import date_edit, from_qdate, to_qdate
from desktop_app.views.messages import show_error, show_info

WELCOME, WORK = 0, 1
TODAY, CONTROL, DISCIPLINE = 0, 1, 2  # the lines of the navigation


class MainWindow(BackupCommands, QMainWindow):
    database_opened = Signal(str)
    roster_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.database = None
        self.body_id: int | None = None
        self.body_kind = None
        self.settings = QSettings()
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.resize(1280, 800)
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # ----- building ---------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_database_action = a(
            "new_database", self.tr("&New database…"), self.new_database, "Ctrl+Shift+N"
        )
        self.open_database_action = a(
            "open_database",
            self.tr("&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self.print_action = a(
            "print_roster",
            self.tr("&Print the roster…"),
            self.print_roster,
            QKeySequence.StandardKey.Print,
        )
        self.export_action = a(
            "export_roster",
            self.tr("&Export the roster (PDF, Word, Excel)…"),
            self.export_roster,
            "Ctrl+E",
        )
        self.quit_action = a("quit", self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_body_action = a(
            "new_body", self.tr("&New body…"), self.new_body, QKeySequence.StandardKey.New
        )
        self.edit_body_action = a("edit_body", self.tr("Body &settings…"), self.edit_body, "Ctrl+B")
        self.example_action = a("open_example", self.tr("Open the &example"), self.open_example)
        self.add_member_action = a("add_member", self.tr("&Add a member…"), self.add_member, "Ins")
        self.edit_member_action = a(
            "edit_member", self.tr("&Edit the member…"), self.edit_member, "F2"
        )
        self.remove_member_action = a(
            "remove_member",
            self.tr("&Remove from the roster…"),
            self.remove_member,
            QKeySequence.StandardKey.Delete,
        )
        self.change_roster_action = a(
            "change_roster", self.tr("&Change the roster by an act…"), self.change_roster, "Ctrl+R"
        )
        self.paste_roster_action = a(
            "paste_roster",
            self.tr("&Paste the roster from an act…"),
            self.paste_roster,
            "Ctrl+Shift+V",
        )
        self.find_action = a(
            "find", self.tr("&Find"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        self.about_action = a("about", self.tr("&About"), self.about)
        self.today_action = a("show_today", self.tr("To&day"), self.show_today_page, "Ctrl+1")
        self.control_action = a(
            "show_control", self.tr("&Control of execution"), self.show_assignments, "Ctrl+2"
        )
        self.discipline_action = a(
            "show_discipline", self.tr("Execution &discipline"), self.show_discipline, "Ctrl+3"
        )
        self.service_actions = self._build_backup_actions()
        self.journal_action = a("audit_journal", self.tr("&Journal of changes…"), self.show_journal)
        self.roster_history_action = a(
            "roster_history", self.tr("Roster change histor&y…"), self.show_roster_history
        )

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (
            self.new_database_action,
            self.open_database_action,
            None,
            self.print_action,
            self.export_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        body_menu = menu.addMenu(self.tr("&Body"))
        for action in (self.new_body_action, self.edit_body_action, None, self.example_action):
            body_menu.addSeparator() if action is None else body_menu.addAction(action)
        roster_menu = menu.addMenu(self.tr("&Roster"))
        for action in (
            self.add_member_action,
            self.edit_member_action,
            self.remove_member_action,
            None,
            self.change_roster_action,
            self.paste_roster_action,
            None,
            self.find_action,
            None,
            self.roster_history_action,
        ):
            roster_menu.addSeparator() if action is None else roster_menu.addAction(action)
        # Filled with the «Заседания» tab's commands when a database opens.
        self.meetings_menu = menu.addMenu(self.tr("&Meetings"))
        self.meetings_menu.setObjectName("meetings_menu")
        self.meetings_menu.setToolTipsVisible(True)
        self.meetings_menu.setEnabled(False)
        # The pages of the control of decisions, then the commands of the assignments' page
        # (added when that page is built: on first use, or when this menu is first opened).
        self.control_menu = menu.addMenu(self.tr("&Control"))
        self.control_menu.setObjectName("control_menu")
        self.control_menu.setToolTipsVisible(True)
        for action in (self.today_action, self.control_action, self.discipline_action):
            self.control_menu.addAction(action)
            action.setEnabled(False)
        self.service_menu = menu.addMenu(self.tr("&Service"))
        self.service_menu.setObjectName("service_menu")
        for action in self.service_actions:
            self.service_menu.addSeparator() if action is None else self.service_menu.addAction(
                action
            )
        self.service_menu.addSeparator()
        self.service_menu.addAction(self.journal_action)  # store.audit: the audit trail
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        # The roster's commands: on top of the body's page (built when a database opens).
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        self.toolbar = toolbar
        toolbar.setMovable(False)
        for action in (
            self.add_member_action,
            self.edit_member_action,
            self.remove_member_action,
            self.change_roster_action,
            self.paste_roster_action,
        ):
            toolbar.addAction(action)
        # Printing and export under one button: the bar fits beside the bodies' column.
        documents = QToolButton()
        documents.setObjectName("roster_documents_button")
        documents.setText(self.tr("Documents"))
        documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        documents_menu = QMenu(documents)
        documents_menu.addAction(self.print_action)
        documents_menu.addAction(self.export_action)
        documents.setMenu(documents_menu)
        toolbar.addSeparator()
        toolbar.addWidget(documents)

    def _build_central(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)

        welcome = QWidget()
        welcome.setObjectName("welcome_page")
        layout = QVBoxLayout(welcome)
        layout.addStretch()
        self.welcome_label = QLabel(
            self.tr(
                "<h2>The database has no bodies yet</h2>"
                "<p>Create the body you serve, or open the example: the working group on lean "
                "management of the Belovo city district with its roster of 23 people and its "
                "four meetings of 2024.</p>"
            )
        )
        self.welcome_label.setObjectName("welcome_label")
        self.welcome_label.setWordWrap(True)  # centred by ui/style.qss
        layout.addWidget(self.welcome_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.example_button = QPushButton(self.tr("Open the example"))
        self.example_button.setObjectName("example_button")
        self.example_button.clicked.connect(self.open_example)
        self.create_body_button = QPushButton(self.tr("Create a body…"))
        self.create_body_button.setObjectName("create_body_button")
        self.create_body_button.clicked.connect(self.new_body)
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.create_body_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()
        self.stack.addWidget(welcome)
        self.splitter: QSplitter | None = None

    def _build_work_page(self) -> None:
        """The bodies and the roster: built when a database opens, so that the window
        itself appears at once."""
        from desktop_app.views.roster_model import RosterFilterModel, RosterTableModel

        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        left = QWidget()
        left.setObjectName("navigation")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("nav_list")
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for text, key, tip in (
            (self.tr("Today"), TODAY, self.tr("What is overdue and due, what waits (Ctrl+1)")),
            (
                self.tr("Control of execution"),
                CONTROL,
                self.tr("The assignments on control of every body (Ctrl+2)"),
            ),
            (
                self.tr("Execution discipline"),
                DISCIPLINE,
                self.tr(
                    "The share of assignments executed, by body, responsible, quarter (Ctrl+3)"
                ),
            ),
        ):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            self.nav_list.addItem(item)
        self.nav_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.nav_list.ensurePolished()
        self.nav_list.setFixedHeight(
            self.nav_list.sizeHintForRow(0) * self.nav_list.count() + 2 * self.nav_list.frameWidth()
        )
        self.nav_list.itemSelectionChanged.connect(self._nav_chosen)
        left_layout.addWidget(self.nav_list)
        bodies_label = QLabel(self.tr("Bodies"))
        bodies_label.setObjectName("bodies_label")
        bodies_label.setContentsMargins(4, 6, 0, 0)
        left_layout.addWidget(bodies_label)
        self.body_list = QListWidget()
        self.body_list.setObjectName("body_list")
        bodies_label.setBuddy(self.body_list)
        self.body_list.setWordWrap(True)
        self.body_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_list.currentItemChanged.connect(self._body_chosen)
        self.body_list.itemSelectionChanged.connect(self._body_selected)
        left_layout.addWidget(self.body_list, 1)
        self.splitter.addWidget(left)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        panel = QWidget()
        panel.setObjectName("body_panel")
        self.body_panel = panel
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.toolbar)
        self.body_title = QLabel()
        self.body_title.setObjectName("body_title")
        self.body_title.setWordWrap(True)
        self.body_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout.addWidget(self.body_title)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("roster_warning")
        self.warning_label.hide()
        panel_layout.addWidget(self.warning_label)

        self.tabs = QTabWidget()
        roster_tab = QWidget()
        roster_layout = QVBoxLayout(roster_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Roster on:")))
        self.date_edit = date_edit(date.today(), "roster_date_edit")
        self.date_edit.dateChanged.connect(self.show_roster)
        row.addWidget(self.date_edit)
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(self.show_today)
        row.addWidget(today)
        row.addSpacing(16)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("roster_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: surname, position, organisation…"))
        self.filter_edit.setClearButtonEnabled(True)
        row.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("roster_count")
        row.addWidget(self.count_label)
        roster_layout.addLayout(row)

        self.roster_model = RosterTableModel(self)
        self.roster_proxy = RosterFilterModel(self)
        self.roster_proxy.setSourceModel(self.roster_model)
        self.filter_edit.textChanged.connect(self._filter)
        self.roster_view = QTableView()
        self.roster_view.setObjectName("roster_view")
        self.roster_view.setModel(self.roster_proxy)
        self.roster_view.setSortingEnabled(True)
        self.roster_view.sortByColumn(RosterTableModel.ROLE, Qt.SortOrder.AscendingOrder)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_view.setWordWrap(False)
        self.roster_view.verticalHeader().hide()
        header = self.roster_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RosterTableModel.POSITION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 250), (2, 190), (3, 170), (4, 110), (5, 95)):
            self.roster_view.setColumnWidth(column, width)
        self.roster_view.doubleClicked.connect(self.edit_member)
        self.roster_view.selectionModel().selectionChanged.connect(self._update_actions)
        roster_layout.addWidget(self.roster_view)
        self.tabs.addTab(roster_tab, self.tr("Roster"))

        self.acts_table = QTableWidget(0, 4)
        self.acts_table.setObjectName("acts_table")
        self.acts_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Act"), self.tr("Joined"), self.tr("Left")]
        )
        self.acts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.acts_table.verticalHeader().hide()
        self.acts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acts_table.doubleClicked.connect(self._show_roster_of_act)
        self.tabs.addTab(self.acts_table, self.tr("Roster history"))
        self._build_meetings_tab()
        self._build_plan_tabs()
        self.tabs.currentChanged.connect(self._update_actions)
        panel_layout.addWidget(self.tabs, 1)
        self.pages.addWidget(panel)
        self._build_control_pages()
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        self.stack.addWidget(self.splitter)
        splitter_state = self.settings.value("main_window/splitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)

    def _build_meetings_tab(self) -> None:
        from desktop_app.views.meetings_tab import MeetingsTab

        self.meetings_tab = MeetingsTab()
        self.meetings_tab.changed.connect(self._meetings_changed)
        self.tabs.addTab(self.meetings_tab, self.tr("Meetings"))
        for action in self.meetings_tab.actions_for_menu():
            if action is None:
                self.meetings_menu.addSeparator()
                continue
            self.meetings_menu.addAction(action)
            action.triggered.connect(self._show_meetings_tab)
        self.meetings_menu.setEnabled(True)

    def _build_plan_tabs(self) -> None:
        """The body's plan of measures and, when that part is there, its registries."""
        from desktop_app.views.plan_page import PlanPage
        from desktop_app.views.registries_page import RegistriesPage

        self.plan_page = PlanPage()
        self.plan_page.changed.connect(lambda: self._data_changed(None))
        self.tabs.addTab(self.plan_page, self.tr("Plan of measures"))
        self.registries_page = RegistriesPage()
        self.registries_page.changed.connect(self._registries_changed)
        self.tabs.addTab(self.registries_page, self.tr("Registries"))

    def _registries_changed(self) -> None:
        """A registry feeds the plan's facts: the plan's tab is read again."""
        self.plan_page.set_body(self.database, self.body_id)
        self._data_changed(None)

    def _body_pages(self) -> list[QWidget]:
        """The body's tabs that read themselves for the body chosen."""
        return [self.meetings_tab, self.plan_page, self.registries_page]

    def show_plan_reports(
        self, body_id: int, plan_id: int, year: int, quarter: int, unit_id: int | None = None
    ):
        """The body's plan tab with the reports' dialog of a quarter open."""
        if not self.show_body(body_id):
            return None
        self.tabs.setCurrentWidget(self.plan_page)
        return self.plan_page.open_reports(quarter, unit_id, plan_id=plan_id, year=year)

    def _build_control_pages(self) -> None:
        """The start page and the discipline figures; the assignments on control are built
        when first needed (opening a database does not wait for their lists)."""
        from desktop_app.views.discipline_page import DisciplinePage
        from desktop_app.views.today_page import TodayPage

        self.today_page = TodayPage()
        self.today_page.open_assignment.connect(self.open_assignment)
        self.today_page.open_meeting.connect(self.open_meeting)
        self.today_page.open_body.connect(self.show_body_meetings)
        self.today_page.open_plan_reports.connect(self.show_plan_reports)
        self.today_page.show_assignments.connect(
            lambda status: self.show_assignments(status=StatusFilter(status))
        )
        self.discipline_page = DisciplinePage()
        self._assignments_page = None
        self._stale_pages: set[QWidget] = set()
        self.pages.addWidget(self.today_page)
        self.pages.addWidget(self.discipline_page)
        self.pages.currentChanged.connect(self._page_changed)
        self.control_menu.aboutToShow.connect(self._build_assignments_page)  # its commands

    @property
    def assignments_page(self):
        """The page «Контроль исполнения» (AssignmentsPage), built on first use."""
        self._build_assignments_page()
        return self._assignments_page

    def _build_assignments_page(self) -> None:
        from desktop_app.views.assignments_page import AssignmentsPage

        if self._assignments_page is not None or self.splitter is None:
            return
        page = AssignmentsPage()
        page.open_meeting.connect(self.open_meeting)
        page.changed.connect(lambda: self._data_changed(page))
        self.pages.addWidget(page)
        self._assignments_page = page
        page.set_database(self.database)
        actions = page.actions_for_menu()
        if actions:
            self.control_menu.addSeparator()
        for action in actions:
            if action is None:
                self.control_menu.addSeparator()
                continue
            self.control_menu.addAction(action)
            action.triggered.connect(lambda: self._show_page(page))

    def _control_pages(self) -> list[QWidget]:
        """The pages of the navigation built so far."""
        pages = [self.today_page, self._assignments_page, self.discipline_page]
        return [page for page in pages if page is not None]

    def _show_meetings_tab(self) -> None:
        self._show_body_panel()
        self.tabs.setCurrentWidget(self.meetings_tab)

    def _meetings_changed(self) -> None:
        """A meeting was planned, moved or deleted: the bodies' flags may change."""
        self.refresh_bodies(self.body_id, roster=False)
        self._data_changed(None)

    def _data_changed(self, source: QWidget | None) -> None:
        """Something was written (an assignment, a meeting): the pages that show it are
        read again, the one in view now, the others when they are next shown."""
        if self.splitter is None:
            return
        for page in self._control_pages():
            if page is source:
                continue
            if page.isVisible():
                page.refresh()
            elif page not in (self.today_page, self._assignments_page):
                self._stale_pages.add(page)  # those two read themselves whenever shown

    # ----- navigation ---------------------------------------------------------------------
    def current_page(self) -> QWidget | None:
        """The page in view on the right (the body's page or a page of the navigation)."""
        if self.splitter is None or self.stack.currentIndex() != WORK:
            return None
        return self.pages.currentWidget()

    def _show_page(self, page: QWidget) -> None:
        """Show a page of the navigation (read again if something changed since), its line
        chosen in the navigation and no body chosen."""
        if self.splitter is None or not self.body_list.count():
            return
        key = {id(self.today_page): TODAY, id(self.discipline_page): DISCIPLINE}.get(
            id(page), CONTROL
        )
        self.nav_list.blockSignals(True)
        self.nav_list.setCurrentRow(key)
        self.nav_list.blockSignals(False)
        self.body_list.blockSignals(True)
        self.body_list.clearSelection()
        self.body_list.blockSignals(False)
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
        elif page in self._stale_pages:
            self._stale_pages.discard(page)
            page.refresh()

    def _page_changed(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale_pages:  # the start page reads itself whenever it is shown
            self._stale_pages.discard(page)
            page.refresh()
        self._update_actions()

    def _nav_chosen(self) -> None:
        items = self.nav_list.selectedItems()
        if not items:
            return
        key = items[0].data(Qt.ItemDataRole.UserRole)
        if key == TODAY:
            self._show_page(self.today_page)
        elif key == DISCIPLINE:
            self._show_page(self.discipline_page)
        else:
            self._show_page(self.assignments_page)

    def _body_selected(self) -> None:
        """A body was clicked (also the one chosen before): its page is shown."""
        if self.body_list.selectedItems():
            self._show_body_panel()

    def _show_body_panel(self) -> None:
        self.nav_list.blockSignals(True)
        self.nav_list.clearSelection()
        self.nav_list.setCurrentRow(-1)
        self.nav_list.blockSignals(False)
        current = self.body_list.currentItem()
        if current is not None and not current.isSelected():
            self.body_list.blockSignals(True)
            current.setSelected(True)
            self.body_list.blockSignals(False)
        self.pages.setCurrentWidget(self.body_panel)

    def show_today_page(self) -> None:
        if self.splitter is not None:
            self._show_page(self.today_page)

    def show_discipline(self) -> None:
        if self.splitter is not None:
            self._show_page(self.discipline_page)

    def show_assignments(
        self, _checked: bool = False, *, status: StatusFilter | None = None
    ) -> None:
        """The assignments on control; with ``status``, filtered so (of every body)."""
        if self.splitter is None:
            return
        if status is not None:
            self._stale_pages.discard(self.assignments_page)
            self.assignments_page.show_filter(status=status, body_id=None)
        self._show_page(self.assignments_page)

    def open_assignment(self, assignment_id: int) -> None:
        """The control page with the assignment's card open."""
        if self.splitter is None:
            return
        self._show_page(self.assignments_page)
        self.assignments_page.open_assignment(assignment_id)

    def open_meeting(self, meeting_id: int):
        """The meeting's window (an open one is brought to the front)."""
        from desktop_app.views.meeting_window import open_meeting_window

        if self.database is None:
            return None
        window, created = open_meeting_window(self.database, meeting_id, self)
        if created:
            window.changed.connect(self._meeting_window_changed)
        return window

    def _meeting_window_changed(self) -> None:
        self.meetings_tab.refresh()
        self._meetings_changed()

    def show_body(self, body_id: int) -> bool:
        """The body's page (chosen in the list of bodies); False if there is no such body."""
        for row in range(self.body_list.count()):
            item = self.body_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == body_id:
                self.body_list.setCurrentItem(item)
                break
        else:
            return False
        self._show_body_panel()
        return True

    def show_body_meetings(self, body_id: int) -> None:
        """The body's page with its «Заседания» tab on this year."""
        if not self.show_body(body_id):
            return
        self.tabs.setCurrentWidget(self.meetings_tab)
        self.meetings_tab.choose_year(date.today().year)

    # ----- the database -----------------------------------------------------------------
    def open_database(self, path: Path, *, read_only: bool = False) -> bool:
        """Open ``path`` for work: held against a second program (when another has it, the
        user is offered to open it ``read_only``), checked, copied and upgraded if older."""
        from desktop_app.store.backup import DatabaseDamaged
        from desktop_app.store.database import Database, DatabaseError

        path = Path(path)
        lock = None if read_only else self._database_in_hand(path)
        if lock is None and not read_only:
            self.statusBar().showMessage(self.tr("The database is not open"))
            return False
        try:
            if not read_only:
                self._prepare(path)
            database = Database(path, migrate=not read_only, read_only=read_only)
        except DatabaseDamaged as error:
            self.statusBar().showMessage(self.tr("The database is not open"))
            if read_only:
                show_error(self, str(error))
                return False
            self._close_database()
            self._take_lock(lock)  # the restore needs it
            self._update_backup_actions()
            self._offer_restore(path, error)
            return False
        except (DatabaseError, OSError) as error:
            if not read_only and lock is not self._lock:
                lock.release()
            self.statusBar().showMessage(self.tr("The database is not open"))
            message = (
                str(error)
                if isinstance(error, DatabaseError)
                else self.tr("Could not open the database «{0}»: {1}").format(path, error)
            )
            show_error(self, message)
            return False
        self._close_database()
        self._take_lock(None if read_only else lock)
        self.database = database
        if self.splitter is None:
            self._build_work_page()
        self.settings.setValue("database/last", str(path))
        self.setWindowTitle(f"{APP_NAME} — {path.name}")
        self.statusBar().showMessage(self.tr("Database: {0}").format(path))
        self._show_read_only(read_only, path)
        last_body = self.settings.value(f"bodies/last/{path}")
        self._stale_pages.clear()
        for page in self._control_pages():
            page.set_database(database)  # read when shown
        self.refresh_bodies(int(last_body) if last_body else None, show=False)
        if self.body_list.count():
            self.show_today_page()
        self.database_opened.emit(str(path))
        return True

    def _close_database(self) -> None:
        if self.database is None:
            return
        from desktop_app.views.meeting_window import close_meeting_windows

        close_meeting_windows(self.database)
        self.database.close()
        self.database = None

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), "secretary.sqlite3", self.tr("Databases (*.sqlite3)")
        )
        if path:
            target = Path(path)
            if target.suffix == "":
                target = target.with_suffix(".sqlite3")
            if target.exists():
                show_error(
                    self,
                    self.tr(
                        "The file «{0}» already exists: choose another name or open it."
                    ).format(target),
                )
                return
            self.open_database(target)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("Databases (*.sqlite3 *.db);;All files (*)")
        )
        if path:
            self.open_database(Path(path))

    # ----- bodies -----------------------------------------------------------------------
    def refresh_bodies(
        self, select_id: int | None = None, *, roster: bool = True, show: bool | None = None
    ) -> None:
        """The list of bodies with their flags; ``roster=False`` keeps the chosen body's
        page as it is (only the flags changed). The body's page is shown when ``show``
        (by default: when a body is named and ``roster``); else the page in view stays."""
        from desktop_app.domain.meeting import QUARTER_NAMES
        from desktop_app.store.bodies import list_bodies
        from desktop_app.store.meetings import short_quarters

        if self.database is None:
            return
        if show is None:
            show = select_id is not None and roster
        select_id = select_id if select_id is not None else self.body_id
        year = date.today().year
        with self.database.session() as session:
            bodies = list_bodies(session)
            short = short_quarters(session, year)
        self.body_list.blockSignals(True)
        self.body_list.clear()
        chosen = None
        first = None
        for body in bodies:
            text = body.short_name
            tip = self.tr("{0}; members: {1}").format(body.kind.label, body.member_count)
            quarters = short.get(body.id)
            if quarters:
                numerals = ", ".join(QUARTER_NAMES[q.quarter - 1].split()[0] for q in quarters)
                tip += "\n" + self.tr("no meeting: {0} quarter {1}").format(numerals, year)
            if not (body.has_chair and body.has_secretary) or quarters:
                text = f"⚠ {text}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            item.setToolTip(tip)
            self.body_list.addItem(item)
            first = first or item
            if body.id == select_id:
                chosen = item
        chosen = chosen or first
        body_page = show or self.pages.currentWidget() is self.body_panel
        if chosen is not None:
            self.body_list.setCurrentItem(
                chosen,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                if body_page
                else QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        self.body_list.blockSignals(False)
        if show and bodies:
            self._show_body_panel()
        self.stack.setCurrentIndex(WORK if bodies else WELCOME)
        for action in (self.today_action, self.control_action, self.discipline_action):
            action.setEnabled(bool(bodies))
        if chosen is None:
            self.body_id = None
            self._update_actions()
            for page in self._body_pages():
                page.set_body(self.database, None)
        elif roster or chosen.data(Qt.ItemDataRole.UserRole) != self.body_id:
            self._body_chosen(chosen)

    def _body_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.body_id = item.data(Qt.ItemDataRole.UserRole)
        if self.database is not None:
            self.settings.setValue(f"bodies/last/{self.database.path}", self.body_id)
        self.refresh_roster()
        for page in self._body_pages():
            page.set_body(self.database, self.body_id)

    def refresh_roster(self) -> None:
        """The chosen body: its title, its roster on the chosen date and its acts."""
        from desktop_app.store.bodies import body_fields
        from desktop_app.store.roster import list_acts

        if self.database is None or self.body_id is None:
            return
        with self.database.session() as session:
            body = body_fields(session, self.body_id)
            acts = list_acts(session, self.body_id)
        self.body_kind = body.kind
        self.roster_view.setColumnHidden(
            self.roster_model.SIDE, body.kind is not BodyKind.TRIPARTITE_COMMISSION
        )
        created = self.tr("Created by {0}").format(_html(body.act_reference()))
        where = ", ".join(_html(part) for part in (body.organisation, body.place) if part)
        self.body_title.setText(
            f"<b>{_html(body.short_name)}</b><br>{_html(body.full_name)}<br>"
            f"<small>{where}{'. ' if where else ''}{created}</small>"
        )
        self.acts_table.setRowCount(len(acts))
        for row, act in enumerate(acts):
            texts = (format_date(act.date), act.reference, str(act.joined), str(act.left))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, act.date.isoformat())
                self.acts_table.setItem(row, column, item)
        self.show_roster()

    def show_roster(self) -> None:
        """The roster on the date chosen above the table."""
        from desktop_app.domain.roster import missing_roles
        from desktop_app.store.roster import roster_on

        if self.database is None or self.body_id is None:
            return
        day = from_qdate(self.date_edit.date())
        with self.database.session() as session:
            entries = roster_on(session, self.body_id, day)
        self.roster_model.set_rows(entries)
        missing = missing_roles(entry.role for entry in entries)
        if missing:
            self.warning_label.setText(
                "⚠ "
                + self.tr("The roster on {0} has no {1}.").format(
                    format_date(day), self.tr(" and no ").join(role.genitive for role in missing)
                )
            )
            self.warning_label.show()
        else:
            self.warning_label.hide()
        self._update_count()
        self._update_actions()

    def show_today(self) -> None:
        self.date_edit.setDate(to_qdate(date.today()))

    def _show_roster_of_act(self, index) -> None:
        item = self.acts_table.item(index.row(), 0)
        self.date_edit.setDate(to_qdate(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))))
        self.tabs.setCurrentIndex(0)

    def _filter(self, text: str) -> None:
        self.roster_proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.roster_proxy.rowCount(), self.roster_model.rowCount()
        self.count_label.setText(
            self.tr("{0} of {1}").format(shown, total)
            if shown != total
            else self.tr("Members: {0}").format(total)
        )

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def selected_entry(self):
        """The RosterEntry of the selected row, or None."""
        rows = self.roster_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.roster_model.entry(self.roster_proxy.mapToSource(rows[0]).row())

    def _update_actions(self) -> None:
        has_db = self.database is not None
        # The body's commands work on the body in view (not on the one chosen before a
        # page of the navigation was shown).
        has_body = (
            has_db
            and self.body_id is not None
            and self.splitter is not None
            and self.pages.currentWidget() is self.body_panel
        )
        has_member = (
            has_body
            and self.tabs.currentIndex() == 0  # the roster is shown: its selection is seen
            and self.selected_entry() is not None
        )
        # A database open read-only (another program writes it): seen and printed only.
        writable = has_db and not self.database.read_only
        for action in (self.new_body_action, self.example_action):
            action.setEnabled(writable)
        self.journal_action.setEnabled(has_db)
        self.roster_history_action.setEnabled(has_body)
        for action in (
            self.edit_body_action,
            self.add_member_action,
            self.change_roster_action,
            self.paste_roster_action,
        ):
            action.setEnabled(has_body and writable)
        for action in (self.print_action, self.export_action):
            action.setEnabled(has_body)
        for action in (self.edit_member_action, self.remove_member_action):
            action.setEnabled(has_member and writable)
        self._update_backup_actions()

    # ----- dialogs ----------------------------------------------------------------------
    def show_journal(self):
        """«Журнал изменений» of the database (the body in view chosen)."""
        from desktop_app.views.audit_dialog import show_journal

        if self.database is None:
            return None
        return show_journal(self, self.database, self.body_id)

    def show_roster_history(self):
        from desktop_app.store.audit import ROSTER
        from desktop_app.views.audit_dialog import show_history

        if self.database is None or self.body_id is None:
            return None
        return show_history(self, self.database, ROSTER, self.body_id)

    def open_example(self) -> None:
        from desktop_app.store.example import load_example

        if self.database is None:
            return
        try:
            with self.database.session() as session:
                body_id = load_example(session)
        except ValidationError as error:
            show_error(self, str(error))
            return
        self.refresh_bodies(body_id)
        self.statusBar().showMessage(self.tr("The example is loaded"), 5000)

    def new_body(self) -> None:
        from desktop_app.views.body_dialog import BodyDialog

        if self.database is None:
            return
        dialog = BodyDialog(self.database, parent=self)
        dialog.accepted.connect(lambda: self.refresh_bodies(dialog.body_id))
        dialog.open()

    def edit_body(self) -> None:
        from desktop_app.views.body_dialog import BodyDialog

        if self.body_id is None:
            return
        dialog = BodyDialog(self.database, self.body_id, parent=self)
        dialog.accepted.connect(lambda: self.refresh_bodies(self.body_id))
        dialog.open()

    def add_member(self) -> None:
        from desktop_app.views.member_dialog import MemberDialog

        if self.body_id is None:
            return
        dialog = MemberDialog(self.database, self.body_id, self.body_kind, parent=self)
        dialog.accepted.connect(self._roster_edited)
        dialog.open()

    def edit_member(self) -> None:
        from desktop_app.views.member_dialog import MemberDialog

        entry = self.selected_entry()
        if entry is None:
            return
        dialog = MemberDialog(self.database, self.body_id, self.body_kind, entry, parent=self)
        dialog.accepted.connect(self._roster_edited)
        dialog.open()

    def remove_member(self) -> None:
        from desktop_app.views.remove_member_dialog import RemoveMemberDialog

        entry = self.selected_entry()
        if entry is None:
            return
        dialog = RemoveMemberDialog(self.database, entry, parent=self)
        dialog.accepted.connect(self._roster_edited)
        dialog.open()

    def change_roster(self) -> None:
        from desktop_app.views.roster_change_dialog import RosterChangeDialog

        if self.body_id is None:
            return
        dialog = RosterChangeDialog(self.database, self.body_id, self.body_kind, parent=self)
        dialog.accepted.connect(self._roster_edited)
        dialog.open()

    def paste_roster(self) -> None:
        from desktop_app.views.paste_roster_dialog import PasteRosterDialog

        if self.body_id is None:
            return
        dialog = PasteRosterDialog(self.database, self.body_id, parent=self)
        dialog.accepted.connect(lambda: self._roster_pasted(dialog.result))
        dialog.open()

    def _roster_pasted(self, result) -> None:
        """Say who was already in the database: their records were linked, not doubled."""
        self._roster_edited()
        message = self.tr("Added to the roster: {0}.").format(result.added)
        if result.reused:
            message += " " + self.tr(
                "Already in the database (position taken from the act): {0}."
            ).format(", ".join(result.reused))
        self.statusBar().showMessage(message, 15000)

    def _roster_edited(self) -> None:
        self.refresh_bodies(self.body_id)
        self.roster_changed.emit()

    # ----- printing ---------------------------------------------------------------------
    def printed_roster(self):
        from desktop_app.store.roster import printed_roster

        with self.database.session() as session:
            return printed_roster(session, self.body_id, from_qdate(self.date_edit.date()))

    def print_roster(self) -> None:
        from desktop_app.documents.roster_pdf import write_roster_pdf
        from desktop_app.views.print_preview import PrintPreviewDialog

        if self.body_id is None:
            return
        roster = self.printed_roster()
        buffer = io.BytesIO()
        write_roster_pdf(roster, buffer)
        dialog = PrintPreviewDialog(
            buffer.getvalue(), roster.title, self._file_stem(roster) + ".pdf", parent=self
        )
        dialog.open()

    def _file_stem(self, roster) -> str:
        return f"Состав на {format_date(roster.as_of)}"

    def export_roster(self) -> None:
        from desktop_app.documents.export import ROSTER_FILE_FILTER, ROSTER_FORMATS

        if self.body_id is None:
            return
        roster = self.printed_roster()
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), self._file_stem(roster), ROSTER_FILE_FILTER
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in ROSTER_FORMATS:  # the name had no format: the filter's
                extension = re.search(r"\*(\.\w+)", chosen_filter or "*.pdf").group(1)
                target = target.with_name(target.name + extension)
            self.write_export(roster, target)

    def write_export(self, roster, path: Path) -> None:
        from desktop_app.documents.export import write_roster

        try:
            write_roster(roster, path)
        except (ValueError, OSError) as error:
            show_error(self, str(error))
            return
        self.statusBar().showMessage(self.tr("Written: {0}").format(path), 8000)

    # ----- the rest ---------------------------------------------------------------------
    def about(self) -> None:
        show_info(
            self,
            self.tr(
                "{0}, version {1}.\nThe work of a commission secretary: rosters, "
                "meetings, protocols and the control of decisions."
            ).format(APP_NAME, __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop_app.views.meeting_window import close_meeting_windows

        if self.database is not None:
            close_meeting_windows(self.database)
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        if self.splitter is not None:
            self.settings.setValue("main_window/splitter", self.splitter.saveState())
        if self.database is not None:
            self.database.close()
        self._backup_on_close()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
