"""The passport of a lean project (appendix 2 of seed 003) as a dialog: the general data,
the justification with the goals and effects, the ten stages with their dates, and the
results («было / стало», the most significant ones, recommended for replication by the
body). The status shown follows the dates of stages 1 and 9 (``domain.plan.lean_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import (
    CLOSING_STAGE,
    LEAN_SECTORS,
    LEAN_STAGES,
    STARTING_STAGE,
    LeanStatus,
    lean_status,
)
from desktop_app.domain.registries import GoalData, LeanProjectData, StageDates
from desktop_app.store.database import Database
from desktop_app.views.forms import StoreDialog, date_edit, fill_combo, from_qdate, to_qdate
from desktop_app.views.registry_dialogs import OptionalDate, line_edit, text_edit, units_combo

GOAL_COLUMNS = 5
ORIGINAL, PILOT, REPLICATION = 0, 1, 2
IN_WORDS = -1  # the replicates combo's «not in the registry: in words»


def status_text(status: LeanStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        LeanStatus.PREPARING: QCoreApplication.translate("LeanProject", "passport in preparation"),
        LeanStatus.ACTIVE: QCoreApplication.translate("LeanProject", "in progress"),
        LeanStatus.CLOSED: QCoreApplication.translate("LeanProject", "closed"),
        LeanStatus.CANCELLED: QCoreApplication.translate("LeanProject", "cancelled"),
    }[status]


def parse_figure(text: str, field: str) -> float | None:
    """«12», «2,5» → a number; empty → None; ValidationError naming ``field`` else."""
    text = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(f"«{text}» — не число", field) from None


def figure_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}".replace(".", ",")


class StageRow:
    """A stage's line: a check box with its name, the date (or the dates from … to …)."""

    def __init__(self, grid: QGridLayout, row: int, number: int, name: str, single: bool):
        self.number, self.single = number, single
        self.check = QCheckBox(f"{number}. {name}")
        self.check.setObjectName(f"stage_{number}_check")
        self.start = date_edit(date.today(), f"stage_{number}_start")
        self.end = date_edit(date.today(), f"stage_{number}_end")
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.start, row, 1)
        if single:
            self.end.hide()
        else:
            grid.addWidget(QLabel("—"), row, 2, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(self.end, row, 3)
        self.check.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def set(self, stage: StageDates) -> None:
        dated = stage.start is not None or stage.end is not None
        self.check.setChecked(dated)
        if stage.start is not None:
            self.start.setDate(to_qdate(stage.start))
        if stage.end is not None:
            self.end.setDate(to_qdate(stage.end))
        elif stage.start is not None:
            self.end.setDate(to_qdate(stage.start))

    def value(self) -> StageDates:
        if not self.check.isChecked():
            return StageDates(self.number)
        start = from_qdate(self.start.date())
        return StageDates(self.number, start, None if self.single else from_qdate(self.end.date()))


class LeanProjectDialog(StoreDialog):
    """Add (``project_id`` None) or change a lean project with its passport."""

    def __init__(
        self,
        database: Database,
        body_id: int,
        units: list[tuple[str, int]],
        projects: list[tuple[str, int]],
        meetings: list[tuple[str, int]],
        data: LeanProjectData | None = None,
        project_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lean_project_dialog")
        self.database, self.body_id, self.project_id = database, body_id, project_id
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Lean project passport") if project_id else self.tr("New lean project")
        )
        data = data or LeanProjectData(
            unit_id=units[0][1] if units else 0, title="", sector=LEAN_SECTORS[1]
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lean_project_tabs")
        self.tabs.addTab(self._general_tab(data, units, projects), self.tr("General data"))
        self.tabs.addTab(self._goals_tab(data), self.tr("Justification, goals and effects"))
        self.tabs.addTab(self._stages_tab(data), self.tr("Terms"))
        self.tabs.addTab(self._results_tab(data, meetings), self.tr("Results"))
        self.status_label = QLabel()
        self.status_label.setObjectName("lean_project_status")
        self.layout_.addWidget(self.tabs)
        self.layout_.addWidget(self.status_label)
        self.finish_layout()
        for row in self.stage_rows:
            row.check.toggled.connect(self._show_status)
            row.start.dateChanged.connect(self._show_status)
        self.cancelled.toggled.connect(self._show_status)
        self.cancelled.edit.dateChanged.connect(self._show_status)
        self._show_status()
        self.resize(900, 640)

    # --- the tabs ---
    def _general_tab(self, data, units, projects) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.unit_combo = units_combo(units, data.unit_id, "lean_unit")
        self.title_edit = text_edit(data.title, "lean_title", 2)
        self.sector_combo = QComboBox()
        self.sector_combo.setObjectName("lean_sector")
        fill_combo(self.sector_combo, [(sector, sector) for sector in LEAN_SECTORS], data.sector)
        self.sector_combo.setMaxVisibleItems(len(LEAN_SECTORS))

        kind = QWidget()
        kind.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        kind_layout = QVBoxLayout(kind)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.setSpacing(4)
        radios = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        for value, text, name in (
            (ORIGINAL, self.tr("own project"), "lean_kind_original"),
            (PILOT, self.tr("pilot"), "lean_kind_pilot"),
            (REPLICATION, self.tr("replication of a project"), "lean_kind_replication"),
        ):
            button = QRadioButton(text)
            button.setObjectName(name)
            self.kind_group.addButton(button, value)
            radios.addWidget(button)
        radios.addStretch()
        kind_layout.addLayout(radios)
        self.replicates_combo = QComboBox()
        self.replicates_combo.setObjectName("lean_replicates")
        own = [(title, pid) for title, pid in projects if pid != self.project_id]
        fill_combo(
            self.replicates_combo,
            [(self.tr("— not in the registry (name it in words) —"), IN_WORDS), *own],
            data.replicates_id if data.replicates_id is not None else IN_WORDS,
        )
        self.replicates_combo.setMinimumContentsLength(40)
        self.replicates_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.replicates_edit = line_edit(data.replicates_text, "lean_replicates_text")
        self.replicates_edit.setPlaceholderText(self.tr("«Project name» of another organisation"))
        kind_layout.addWidget(self.replicates_combo)
        kind_layout.addWidget(self.replicates_edit)
        checked = PILOT if data.pilot else REPLICATION if data.is_replication else ORIGINAL
        self.kind_group.button(checked).setChecked(True)
        self.kind_group.idToggled.connect(self._kind_chosen)
        self.replicates_combo.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

        self.customer_edit = line_edit(data.customer, "lean_customer")
        self.position_edit = line_edit(data.customer_position, "lean_customer_position")
        self.process_edit = text_edit(data.process, "lean_process", 2)
        self.boundaries_edit = text_edit(data.boundaries, "lean_boundaries", 2)
        self.leader_edit = line_edit(data.leader, "lean_leader")
        self.team_edit = text_edit(data.team, "lean_team", 3)
        for label, widget, field in (
            (self.tr("Executor:"), self.unit_combo, "Исполнитель"),
            (self.tr("Lean project:"), self.title_edit, "Название лин-проекта"),
            (self.tr("Sector:"), self.sector_combo, "Направление деятельности"),
            (self.tr("Kind:"), kind, "Тиражирование проекта"),
            (self.tr("Customer:"), self.customer_edit, "Заказчик"),
            (self.tr("Customer's head position:"), self.position_edit, ""),
            (self.tr("Process:"), self.process_edit, "Процесс"),
            (self.tr("Process boundaries:"), self.boundaries_edit, "Границы процесса"),
            (self.tr("Project leader:"), self.leader_edit, "Руководитель лин-проекта"),
            (self.tr("Project team:"), self.team_edit, "Команда лин-проекта"),
        ):
            form.addRow(label, widget)
            if field:
                self.field_widgets[field] = widget
        self.field_widgets["Должность руководителя заказчика"] = self.position_edit
        return page

    def _kind_chosen(self, *_args) -> None:
        replication = self.kind_group.checkedId() == REPLICATION
        self.replicates_combo.setEnabled(replication)
        self.replicates_edit.setEnabled(
            replication and self.replicates_combo.currentData() == IN_WORDS
        )

    def _goals_tab(self, data) -> QWidget:
        page = QWidget()
        layout = QFormLayout(page)
        self.justification_edit = text_edit(data.justification, "lean_justification", 5)
        self.goals_table = QTableWidget(0, GOAL_COLUMNS)
        self.goals_table.setObjectName("lean_goals")
        self.goals_table.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Unit of measure"),
                self.tr("Current"),
                self.tr("Target"),
                self.tr("Reached"),
            ]
        )
        header = self.goals_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, GOAL_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_table.setMinimumHeight(150)
        for goal in data.goals:
            self._add_goal(goal)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add goal"))
        add.setObjectName("lean_goal_add")
        add.clicked.connect(lambda: self._add_goal(GoalData(""), edit=True))
        remove = QPushButton(self.tr("Remove goal"))
        remove.setObjectName("lean_goal_remove")
        remove.clicked.connect(self._remove_goal)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.goals_table)
        goals_layout.addLayout(buttons)
        self.effects_edit = text_edit(data.effects, "lean_effects", 3)
        layout.addRow(self.tr("Justification:"), self.justification_edit)
        layout.addRow(self.tr("Goals:"), goals)
        layout.addRow(self.tr("Effects:"), self.effects_edit)
        self.field_widgets.update(
            {
                "Обоснование": self.justification_edit,
                "Эффекты": self.effects_edit,
            }
        )
        return page

    def _add_goal(self, goal: GoalData, edit: bool = False) -> None:
        row = self.goals_table.rowCount()
        self.goals_table.insertRow(row)
        values = (
            goal.indicator,
            goal.measure,
            figure_text(goal.current_value),
            figure_text(goal.target_value),
            figure_text(goal.reached_value),
        )
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.goals_table.setItem(row, column, item)
        if edit:
            self.goals_table.setCurrentCell(row, 0)
            self.goals_table.editItem(self.goals_table.item(row, 0))

    def _remove_goal(self) -> None:
        row = self.goals_table.currentRow()
        if row >= 0:
            self.goals_table.removeRow(row)

    def goals(self) -> tuple[GoalData, ...]:
        goals = []
        for row in range(self.goals_table.rowCount()):
            texts = [
                (self.goals_table.item(row, c).text() if self.goals_table.item(row, c) else "")
                for c in range(GOAL_COLUMNS)
            ]
            if not any(text.strip() for text in texts):
                continue
            field = f"Цель {len(goals) + 1}"
            goals.append(
                GoalData(
                    texts[0],
                    texts[1],
                    parse_figure(texts[2], f"{field}, текущий показатель"),
                    parse_figure(texts[3], f"{field}, целевой показатель"),
                    parse_figure(texts[4], f"{field}, достигнуто"),
                )
            )
        return tuple(goals)

    def _stages_tab(self, data) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(4, 1)
        hint = QLabel(self.tr("Dates of the passport's terms; a stage without dates is left open."))
        hint.setObjectName("number_hint")
        grid.addWidget(hint, 0, 0, 1, 5)
        self.stage_rows: list[StageRow] = []
        for index, stage in enumerate(LEAN_STAGES, start=1):
            row = StageRow(grid, index, stage.number, stage.name, stage.single_day)
            row.set(data.stage(stage.number))
            self.stage_rows.append(row)
            self.field_widgets[f"Этап {stage.number}. {stage.name}"] = row.start
        grid.setRowStretch(len(LEAN_STAGES) + 1, 1)
        self.field_widgets["Сроки"] = self.stage_rows[0].check
        return page

    def _results_tab(self, data, meetings) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch()
        self.before_edit = text_edit(data.before_text, "lean_before", 5)
        self.after_edit = text_edit(data.after_text, "lean_after", 5)
        self.results_edit = text_edit(data.results, "lean_results", 4)
        recommended = QWidget()
        recommended.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(recommended)
        row.setContentsMargins(0, 0, 0, 0)
        self.recommended = OptionalDate(
            self.tr("recommended on"), data.recommended_on, "lean_recommended"
        )
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("lean_recommended_meeting")
        fill_combo(
            self.meeting_combo,
            [(self.tr("meeting not chosen"), None), *meetings],
            data.recommended_meeting_id,
        )
        row.addWidget(self.recommended)
        row.addWidget(QLabel(self.tr("by the meeting")))
        row.addWidget(self.meeting_combo)
        row.addStretch()
        self.meeting_combo.setEnabled(self.recommended.value() is not None)
        self.recommended.toggled.connect(self.meeting_combo.setEnabled)
        self.cancelled = OptionalDate(self.tr("cancelled on"), data.cancelled_on, "lean_cancelled")
        for label, widget, field in (
            (self.tr("Before:"), self.before_edit, "Было"),
            (self.tr("After:"), self.after_edit, "Стало"),
            (
                self.tr("Most significant results:"),
                self.results_edit,
                "Наиболее значимые результаты",
            ),
            (self.tr("Replication:"), recommended, "Рекомендован к тиражированию"),
            (self.tr("Cancelled:"), self.cancelled, "Прекращен"),
        ):
            form.addRow(label, widget)
            self.field_widgets[field] = widget
        self.field_widgets["Рекомендован к тиражированию"] = self.recommended
        return page

    # --- the status and the data ---
    def stages(self) -> tuple[StageDates, ...]:
        return tuple(row.value() for row in self.stage_rows)

    def _show_status(self, *_args) -> None:
        stages = {stage.stage: stage for stage in self.stages()}
        status = lean_status(
            stages[STARTING_STAGE].start,
            stages[CLOSING_STAGE].start,
            self.cancelled.value(),
            self.today,
        )
        self.status_label.setText(
            self.tr("Status on {0}: {1}").format(format_date(self.today), status_text(status))
        )

    def data(self) -> LeanProjectData:
        kind = self.kind_group.checkedId()
        replicates_id = None
        replicates_text = ""
        if kind == REPLICATION:
            chosen = self.replicates_combo.currentData()
            if chosen == IN_WORDS:
                replicates_text = self.replicates_edit.text()
                if not replicates_text.strip():
                    raise ValidationError(
                        "выберите тиражируемый проект или назовите его", "Тиражирование проекта"
                    )
            else:
                replicates_id = chosen
        recommended_on = self.recommended.value()
        return LeanProjectData(
            unit_id=self.unit_combo.currentData(),
            title=self.title_edit.toPlainText(),
            sector=self.sector_combo.currentData(),
            pilot=kind == PILOT,
            replicates_id=replicates_id,
            replicates_text=replicates_text,
            customer=self.customer_edit.text(),
            customer_position=self.position_edit.text(),
            process=self.process_edit.toPlainText(),
            boundaries=self.boundaries_edit.toPlainText(),
            leader=self.leader_edit.text(),
            team=self.team_edit.toPlainText(),
            justification=self.justification_edit.toPlainText(),
            effects=self.effects_edit.toPlainText(),
            goals=self.goals(),
            stages=tuple(stage for stage in self.stages() if stage.start is not None),
            before_text=self.before_edit.toPlainText(),
            after_text=self.after_edit.toPlainText(),
            results=self.results_edit.toPlainText(),
            recommended_on=recommended_on,
            recommended_meeting_id=(
                self.meeting_combo.currentData() if recommended_on is not None else None
            ),
            cancelled_on=self.cancelled.value(),
        )

    def show_error(self, error: ValidationError) -> None:
        """The message, and the tab of the field it names brought to the front."""
        widget = self.field_widgets.get(error.field or "")
        if widget is None and (error.field or "").startswith("Цель"):
            widget = self.goals_table
        if widget is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
                    break
        super().show_error(error)
        if widget is self.goals_table:
            widget.setFocus()

    def save(self) -> None:
        from desktop_app.store.registries import save_lean_project

        data = self.data()
        with self.database.session() as session:
            self.saved_id = save_lean_project(session, self.body_id, data, self.project_id)
