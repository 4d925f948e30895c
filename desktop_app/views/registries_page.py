"""The page «Реестры» of a body: improvement proposals, lean projects with their passports,
and people trained — each a table filtered by executor, year and status with an instant
text search, with add / change / delete; the passport of a project is previewed and saved
(PDF, DOCX), and the table «Общие сведения о проводимых лин-проектах» of a unit as of a
date with its self-assessment (PDF, XLSX).

One query per registry on refresh; the filters work on the rows already read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import fold
from desktop_app.domain.plan import LeanStatus, ProposalStatus, TrainingKind
from desktop_app.store.database import Database
from desktop_app.views.messages import ask, show_error

FOLDER_KEY = "registries_page/folder"
ALL = "all"


@dataclass(frozen=True)
class Row:
    """A line of a registry's table as the filters see it."""

    id: int
    unit_id: int
    years: frozenset[int]
    statuses: frozenset[str]  # the status filter's keys the row answers to
    cells: tuple[str, ...]
    search: str  # folded words of the row
    tooltip: str = ""


class RegistryTable(QWidget):
    """A registry's table with its filters and buttons."""

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(
        self,
        name: str,
        headers: list[str],
        statuses: list[tuple[str, str]],
        stretch_column: int,
        status_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tab")
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName(f"{name}_unit_filter")
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_combo = QComboBox()
        self.year_combo.setObjectName(f"{name}_year_filter")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName(f"{name}_status_filter")
        self.status_combo.addItem(self.tr("All"), ALL)
        for text, key in statuses:
            self.status_combo.addItem(text, key)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}_search")
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("Executor:"), self.unit_combo),
            (self.tr("Year:"), self.year_combo),
            (status_label or self.tr("Status:"), self.status_combo),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)

        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.table = QTableView()
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit)
        layout.addWidget(self.table, 1)

        self.buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName(f"{name}_add")
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName(f"{name}_edit")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName(f"{name}_delete")
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        self.buttons.addWidget(self.count_label)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        for combo in (self.unit_combo, self.year_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: list[Row], units: list[tuple[str, int]]) -> None:
        """New rows; the filters keep what was chosen when it is still there."""
        chosen_unit, chosen_year = self.unit_combo.currentData(), self.year_combo.currentData()
        selected = self.selected_id()
        self.rows = rows
        for combo in (self.unit_combo, self.year_combo):
            combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All executors"), ALL)
        for text, unit_id in units:
            self.unit_combo.addItem(text, unit_id)
        years = sorted({year for row in rows for year in row.years}, reverse=True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), ALL)
        for year in years:
            self.year_combo.addItem(str(year), year)
        for combo, value in ((self.unit_combo, chosen_unit), (self.year_combo, chosen_year)):
            index = combo.findData(value) if value is not None else -1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.apply_filters()
        if selected is not None:
            self.select(selected)

    def apply_filters(self, *_args) -> None:
        unit, year = self.unit_combo.currentData(), self.year_combo.currentData()
        status = self.status_combo.currentData()
        words = fold(self.search_edit.text()).split()
        self.shown = [
            row
            for row in self.rows
            if (unit in (ALL, None) or row.unit_id == unit)
            and (year in (ALL, None) or year in row.years)
            and (status in (ALL, None) or status in row.statuses)
            and all(word in row.search for word in words)
        ]
        self.model.removeRows(0, self.model.rowCount())
        for row in self.shown:
            items = []
            for text in row.cells:
                item = QStandardItem(text)
                item.setData(row.id, Qt.ItemDataRole.UserRole)
                if row.tooltip:
                    item.setToolTip(row.tooltip)
                items.append(item)
            self.model.appendRow(items)
        self.count_label.setText(
            self.tr("Shown: {0} of {1}").format(len(self.shown), len(self.rows))
        )
        self._update_buttons()

    def fit(self, widths: dict[int, int]) -> None:
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column) + 8))

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.shown[indexes[0].row()].id

    def select(self, row_id: int) -> bool:
        for index, row in enumerate(self.shown):
            if row.id == row_id:
                self.table.selectRow(index)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.selection_changed(chosen)

    def selection_changed(self, chosen: bool) -> None:
        """Overridden by a page that has buttons of its own for the chosen row."""

    def _edit(self, *_args) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.edit_requested.emit(row_id)

    def _delete(self) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.delete_requested.emit(row_id)


def _years(start: date | None, end: date | None, today: date) -> frozenset[int]:
    if start is None:
        return frozenset()
    last = (end or max(today, start)).year
    return frozenset(range(start.year, last + 1))


class RegistriesPage(QWidget):
    """The registries of a body. ``set_body(database, body_id)`` then ``refresh()``;
    ``changed`` after every write (the plan's facts counted from the registries change)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registries_page")
        self.database: Database | None = None
        self.body_id: int | None = None
        self._stale = False
        self.today: Callable[[], date] = date.today
        self.units: list[tuple[str, int]] = []  # (short name or name, id): the filters
        self.unit_choices: list[tuple[str, int]] = []  # (name, id): the dialogs
        self.unit_names: dict[int, str] = {}
        self.dialog = None  # the dialog open, for tests
        self.preview = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("registries_tabs")
        self.proposals = RegistryTable(
            "proposals",
            [
                self.tr("No."),
                self.tr("Submitted"),
                self.tr("Executor"),
                self.tr("Author"),
                self.tr("Proposal"),
                self.tr("Status"),
                self.tr("Decided"),
                self.tr("Effect"),
            ],
            [(_proposal_status(status), status.value) for status in ProposalStatus],
            4,
        )
        self.projects = RegistryTable(
            "projects",
            [
                self.tr("Lean project"),
                self.tr("Executor"),
                self.tr("Sector"),
                self.tr("Kind"),
                self.tr("Passport agreed"),
                self.tr("Closing"),
                self.tr("Status"),
                self.tr("For replication"),
            ],
            [(_lean_status(status), status.value) for status in LeanStatus]
            + [(self.tr("recommended for replication"), "recommended")],
            0,
        )
        self.trainings = RegistryTable(
            "trainings",
            [
                self.tr("Date"),
                self.tr("Employee"),
                self.tr("Executor"),
                self.tr("Training"),
                self.tr("Course"),
                self.tr("Taught by"),
            ],
            [(_kind(kind), kind.value) for kind in TrainingKind],
            4,
            self.tr("Training:"),
        )
        self.tabs.addTab(self.proposals, self.tr("Improvement proposals"))
        self.tabs.addTab(self.projects, self.tr("Lean projects"))
        self.tabs.addTab(self.trainings, self.tr("Training"))
        layout.addWidget(self.tabs)

        self.passport_button = QPushButton(self.tr("Passport…"))
        self.passport_button.setObjectName("passport_preview")
        self.passport_button.setToolTip(self.tr("Preview and print the project's passport"))
        self.passport_save_button = QPushButton(self.tr("Save passport…"))
        self.passport_save_button.setObjectName("passport_save")
        self.passport_save_button.setToolTip(self.tr("Save the passport as PDF or DOCX"))
        self.lean_table_button = QPushButton(self.tr("General information on lean projects…"))
        self.lean_table_button.setObjectName("lean_table_button")
        self.projects.buttons.insertWidget(3, self.passport_button)
        self.projects.buttons.insertWidget(4, self.passport_save_button)
        self.projects.buttons.insertWidget(5, self.lean_table_button)
        self.projects.selection_changed = self._project_chosen
        self._project_chosen(False)

        self.proposals.add_requested.connect(lambda: self.edit_proposal(None))
        self.proposals.edit_requested.connect(self.edit_proposal)
        self.proposals.delete_requested.connect(self.delete_proposal)
        self.projects.add_requested.connect(lambda: self.edit_project(None))
        self.projects.edit_requested.connect(self.edit_project)
        self.projects.delete_requested.connect(self.delete_project)
        self.trainings.add_requested.connect(lambda: self.edit_training(None))
        self.trainings.edit_requested.connect(self.edit_training)
        self.trainings.delete_requested.connect(self.delete_training)
        self.passport_button.clicked.connect(self.preview_passport)
        self.passport_save_button.clicked.connect(self.save_passport)
        self.lean_table_button.clicked.connect(self.open_lean_table)

    def _project_chosen(self, chosen: bool) -> None:
        self.passport_button.setEnabled(chosen)
        self.passport_save_button.setEnabled(chosen)

    # --- the body -------------------------------------------------------------------------
    def set_body(self, database: Database | None, body_id: int | None) -> None:
        """Show the body's registries: now if the tab is in view, else when it is shown."""
        self.database, self.body_id = database, body_id
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        from desktop_app.store import plans, registries

        self._stale = False
        enabled = self.database is not None and self.body_id is not None
        self.setEnabled(enabled)
        if not enabled:
            for table in (self.proposals, self.projects, self.trainings):
                table.set_rows([], [])
            return
        today = self.today()
        with self.database.session() as session:
            units = plans.units(session, self.body_id)
            proposals = [
                (p.id, p.unit_id, p.number, p.submitted_on, p.author, p.text, p.status)
                + (p.decided_on, p.effect)
                for p in registries.proposals(session, self.body_id)
            ]
            projects = registries.lean_projects(session, self.body_id)
            trainings = [
                (t.id, t.unit_id, t.trained_on, t.person, t.kind, t.course, t.provider)
                for t in registries.trainings(session, self.body_id)
            ]
        self.units = [(unit.short_name or unit.name, unit.id) for unit in units]
        self.unit_names = {unit.id: unit.name for unit in units}
        self.unit_choices = [(unit.name, unit.id) for unit in units]
        short = dict((unit_id, text) for text, unit_id in self.units)
        self.add_enabled(bool(units))

        rows = []
        for pid, unit_id, number, day, author, text, status, decided, effect in proposals:
            cells = (
                number,
                format_date(day),
                short.get(unit_id, ""),
                author,
                text,
                _proposal_status(ProposalStatus(status)),
                format_date(decided),
                effect,
            )
            rows.append(
                Row(
                    pid,
                    unit_id,
                    frozenset({day.year}),
                    frozenset({status}),
                    cells,
                    fold(" ".join(cells + (self.unit_names.get(unit_id, ""),))),
                    tooltip=text,
                )
            )
        self.proposals.set_rows(rows, self.units)

        rows = []
        for project in projects:
            status = project.status(today)
            kind = (
                self.tr("pilot")
                if project.pilot
                else self.tr("replication")
                if project.is_replication
                else ""
            )
            tooltip = project.title
            if project.is_replication:
                tooltip += "\n" + self.tr("Replication of {0}").format(project.replicates)
            cells = (
                project.title,
                short.get(project.unit_id, ""),
                project.sector,
                kind,
                format_date(project.started_on),
                format_date(project.cancelled_on or project.closed_on),
                _lean_status(status),
                format_date(project.recommended_on),
            )
            end = project.cancelled_on or project.closed_on
            keys = {status.value} | ({"recommended"} if project.recommended_on else set())
            rows.append(
                Row(
                    project.id,
                    project.unit_id,
                    _years(project.started_on, end, today),
                    frozenset(keys),
                    cells,
                    fold(" ".join(cells + (project.unit_name, project.leader))),
                    tooltip=tooltip,
                )
            )
        self.projects.set_rows(rows, self.units)

        rows = []
        for tid, unit_id, day, person, kind, course, provider in trainings:
            cells = (
                format_date(day),
                person,
                short.get(unit_id, ""),
                _kind(TrainingKind(kind)),
                course,
                provider,
            )
            rows.append(
                Row(
                    tid,
                    unit_id,
                    frozenset({day.year}),
                    frozenset({kind}),
                    cells,
                    fold(" ".join(cells)),
                )
            )
        self.trainings.set_rows(rows, self.units)
        self.proposals.fit({0: 70, 1: 90, 2: 70, 3: 170, 5: 90, 6: 90, 7: 200})
        self.projects.fit({1: 70, 2: 190, 3: 110, 4: 110, 5: 90, 6: 140, 7: 120})
        self.trainings.fit({0: 90, 1: 210, 2: 70, 3: 90, 5: 260})

    def add_enabled(self, enabled: bool) -> None:
        for table in (self.proposals, self.projects, self.trainings):
            table.add_button.setEnabled(enabled)
            table.add_button.setToolTip(
                "" if enabled else self.tr("Add the body's executors first (the plan tab)")
            )
        self.lean_table_button.setEnabled(enabled)

    def _write(self, work: Callable, after: Callable[[], None] | None = None) -> bool:
        try:
            with self.database.session() as session:
                work(session)
        except ValidationError as error:
            show_error(self, str(error))
            return False
        self.refresh()
        if after is not None:
            after()
        self.changed.emit()
        return True

    def _after_dialog(self, table: RegistryTable, dialog) -> None:
        def done() -> None:
            self.refresh()
            if dialog.saved_id is not None:
                table.select(dialog.saved_id)
            self.changed.emit()

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()

    # --- proposals ------------------------------------------------------------------------
    def edit_proposal(self, proposal_id: int | None) -> None:
        from desktop_app.store.models import ImprovementProposal
        from desktop_app.store.registries import proposal_data
        from desktop_app.views.registry_dialogs import ProposalDialog

        data = None
        if proposal_id is not None:
            with self.database.session() as session:
                data = proposal_data(session.get(ImprovementProposal, proposal_id))
        dialog = ProposalDialog(
            self.database, self.body_id, self.unit_choices, data, proposal_id, self
        )
        self._after_dialog(self.proposals, dialog)

    def delete_proposal(self, proposal_id: int) -> None:
        from desktop_app.store.registries import delete_proposal

        ask(
            self,
            self.tr("Delete the chosen improvement proposal?"),
            lambda: self._write(lambda session: delete_proposal(session, proposal_id)),
            self.tr("Delete"),
        )

    # --- lean projects --------------------------------------------------------------------
    def edit_project(self, project_id: int | None) -> None:
        from sqlalchemy import select

        from desktop_app.store.models import Meeting
        from desktop_app.store.registries import lean_project_data
        from desktop_app.views.lean_project_dialog import LeanProjectDialog

        with self.database.session() as session:
            data = lean_project_data(session, project_id) if project_id is not None else None
            meetings = [
                (
                    self.tr("No. {0} of {1}").format(number, format_date(day)),
                    meeting_id,
                )
                for meeting_id, number, day in session.execute(
                    select(Meeting.id, Meeting.number, Meeting.day)
                    .where(Meeting.body_id == self.body_id)
                    .order_by(Meeting.day.desc())
                )
            ]
        projects = [(row.cells[0], row.id) for row in self.projects.rows]
        dialog = LeanProjectDialog(
            self.database,
            self.body_id,
            self.unit_choices,
            projects,
            meetings,
            data,
            project_id,
            self.today(),
            self,
        )
        self._after_dialog(self.projects, dialog)

    def delete_project(self, project_id: int) -> None:
        from desktop_app.store.registries import delete_lean_project

        ask(
            self,
            self.tr(
                "Delete the chosen lean project with its passport? Its replications keep "
                "its name in words."
            ),
            lambda: self._write(lambda session: delete_lean_project(session, project_id)),
            self.tr("Delete"),
        )

    def _passport(self):
        from desktop_app.store.registries import passport_data

        project_id = self.projects.selected_id()
        if project_id is None:
            return None
        with self.database.session() as session:
            return passport_data(session, project_id, self.today())

    def preview_passport(self) -> None:
        from desktop_app.documents.registry_export import registry_pdf_bytes, suggested_file_name
        from desktop_app.views.document_files import preview_pdf

        data = self._passport()
        if data is None:
            return
        self.preview = preview_pdf(
            self,
            registry_pdf_bytes("passport", data),
            self.tr("Lean project passport"),
            suggested_file_name("passport", data),
        )

    def save_passport(self) -> None:
        data = self._passport()
        if data is not None:
            self._save_document("passport", data, self.tr("Lean project passport"))

    def _save_document(self, kind: str, data, title: str) -> bool:
        from desktop_app.documents.registry_export import (
            registry_document,
            suggested_file_name,
            write_registry_document,
        )
        from desktop_app.views.document_files import ask_save_path, write_file

        document = registry_document(kind)
        path = ask_save_path(
            self,
            title,
            suggested_file_name(kind, data),
            document.file_filter,
            document.formats,
            FOLDER_KEY,
        )
        if path is None:
            return False
        return write_file(self, path, lambda target: write_registry_document(kind, data, target))

    def open_lean_table(self) -> None:
        from desktop_app.views.registry_dialogs import LeanTableDialog

        unit_id = self.projects.unit_combo.currentData()
        dialog = LeanTableDialog(
            self.database,
            self.unit_choices,
            unit_id if isinstance(unit_id, int) else None,
            self.today(),
            self,
        )
        dialog.accepted.connect(lambda: self._lean_table_chosen(dialog, preview=True))
        dialog.save_requested.connect(lambda: self._lean_table_chosen(dialog, preview=False))
        self.dialog = dialog
        dialog.open()

    def _lean_table_chosen(self, dialog, preview: bool) -> None:
        from desktop_app.documents.registry_export import registry_pdf_bytes, suggested_file_name
        from desktop_app.store.registries import lean_table
        from desktop_app.views.document_files import preview_pdf

        with self.database.session() as session:
            data = lean_table(session, dialog.unit_id(), dialog.as_of())
        title = self.tr("General information on lean projects")
        if preview:
            self.preview = preview_pdf(
                self,
                registry_pdf_bytes("lean-table", data),
                title,
                suggested_file_name("lean-table", data),
            )
        else:
            self._save_document("lean-table", data, title)

    # --- training -------------------------------------------------------------------------
    def edit_training(self, training_id: int | None) -> None:
        from desktop_app.store.models import Training
        from desktop_app.store.registries import training_data
        from desktop_app.views.registry_dialogs import TrainingDialog

        data = None
        if training_id is not None:
            with self.database.session() as session:
                data = training_data(session.get(Training, training_id))
        dialog = TrainingDialog(
            self.database, self.body_id, self.unit_choices, data, training_id, self
        )
        self._after_dialog(self.trainings, dialog)

    def delete_training(self, training_id: int) -> None:
        from desktop_app.store.registries import delete_training

        ask(
            self,
            self.tr("Delete the chosen training record?"),
            lambda: self._write(lambda session: delete_training(session, training_id)),
            self.tr("Delete"),
        )


def _proposal_status(status: ProposalStatus) -> str:
    from desktop_app.views.registry_dialogs import _status_text

    return _status_text(status)


def _lean_status(status: LeanStatus) -> str:
    from desktop_app.views.lean_project_dialog import status_text

    return status_text(status)


def _kind(kind: TrainingKind) -> str:
    from desktop_app.views.registry_dialogs import kind_text

    return kind_text(kind)
