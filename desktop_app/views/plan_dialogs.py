"""The dialogs of the plan's tab: the executors' reports for a quarter, a line of the plan,
the body's list of executors.

``QuarterReportsDialog``: a quarter and an executor chosen above, that executor's measures
of the year below (fact, base for a share, done on, the words of the report), saved in one
transaction; beside them, who has not reported for the quarter and when it was due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date, parse_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import quarter_end, quarter_start
from desktop_app.domain.plan import PlanItemData, Registry, UnitData, report_due
from desktop_app.domain.plan_target import TargetKind
from desktop_app.store.database import Database
from desktop_app.views.forms import StoreDialog, date_edit, error_label, from_qdate
from desktop_app.views.messages import ask, show_error
from desktop_app.views.plan_model import NUMERALS, format_number

OVERDUE_COLOUR = QColor("#8b0000")
MUTED = QColor("#666666")


def parse_number(text: str) -> float | None:
    """«3», «2,5», « 1 200 » → a number; empty → None; anything else → ValueError."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    return float(cleaned)


@dataclass(frozen=True)
class ReportLine:
    """A measure of the chosen executor in the dialog's table, with what is stored."""

    item_id: int
    number: str
    name: str
    target_text: str
    share: bool  # a share: the fact is a part of «всего»
    registry: Registry | None
    registry_count: float | None  # the registry's count for the quarter
    fact: float | None
    base: float | None
    done_on: date | None
    text: str
    stored: bool


@dataclass(frozen=True)
class Missing:
    unit_id: int
    label: str
    name: str
    measures: int


class QuarterReportsDialog(QDialog):
    """The executors' reports for a quarter of a plan's year."""

    saved = Signal()  # reports were written

    NUMBER, NAME, TARGET, FACT, BASE, DONE, TEXT = range(7)

    def __init__(
        self,
        database: Database,
        plan_id: int,
        year: int,
        quarter: int,
        unit_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quarter_reports_dialog")
        self.setWindowTitle(self.tr("Reports for the quarter"))
        self.database = database
        self.plan_id = plan_id
        self.year = year
        self.today = today or date.today()
        self.lines: list[ReportLine] = []
        self.status = None
        self._unit_id: int | None = None
        self._quarter = quarter
        self._filling = False
        self._dirty = False
        self._build()
        self._load_status()
        self.quarter_combo.setCurrentIndex(quarter - 1)
        self._fill_units(unit_id)
        self._show()
        self.resize(1180, 640)

    # ----- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        bar = QHBoxLayout()
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("report_quarter_combo")
        for quarter in range(1, 5):
            self.quarter_combo.addItem(
                self.tr("{0} quarter {1}").format(NUMERALS[quarter - 1], self.year), quarter
            )
        self.quarter_combo.activated.connect(self._quarter_chosen)
        quarter_label = QLabel(self.tr("&Quarter:"))
        quarter_label.setBuddy(self.quarter_combo)
        bar.addWidget(quarter_label)
        bar.addWidget(self.quarter_combo)
        bar.addSpacing(12)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("report_unit_combo")
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(40)
        self.unit_combo.activated.connect(self._unit_chosen)
        unit_label = QLabel(self.tr("&Executor:"))
        unit_label.setBuddy(self.unit_combo)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_combo, 1)
        layout.addLayout(bar)
        self.due_label = QLabel()
        self.due_label.setObjectName("report_due_label")
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("report_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("№"),
                self.tr("Measure"),
                self.tr("Target for the year"),
                self.tr("Fact"),
                self.tr("Total"),
                self.tr("Done on"),
                self.tr("Information on execution"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (self.NUMBER, 40),
            (self.NAME, 250),
            (self.TARGET, 120),
            (self.FACT, 56),
            (self.BASE, 62),
            (self.DONE, 92),
        ):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeaderItem(self.BASE).setToolTip(
            self.tr("For a share: the count the fact is a part of")
        )
        self.table.itemChanged.connect(self._edited)
        splitter.addWidget(self.table)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.missing_title = QLabel()
        self.missing_title.setObjectName("missing_title")
        self.missing_title.setWordWrap(True)
        side_layout.addWidget(self.missing_title)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing_list")
        self.missing_list.setWordWrap(True)
        self.missing_list.itemActivated.connect(self._missing_chosen)
        self.missing_list.itemClicked.connect(self._missing_chosen)
        side_layout.addWidget(self.missing_list, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout.addWidget(splitter, 1)

        self.hint = QLabel(
            self.tr(
                "Double-click a cell to enter the fact, the date it was done (DD.MM.YYYY) or "
                "the words of the report. A measure counted from a registry takes its fact "
                "from there."
            )
        )
        self.hint.setObjectName("report_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.hint)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_reports_button")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ----- data -----------------------------------------------------------------------------
    @property
    def quarter(self) -> int:
        return self._quarter

    @property
    def unit_id(self) -> int | None:
        return self._unit_id

    def _load_status(self) -> None:
        from desktop_app.store.bodies import body_fields
        from desktop_app.store.plans import get_plan, plan_status, units

        with self.database.session() as session:
            plan = get_plan(session, self.plan_id)
            self.report_day = body_fields(session, plan.body_id).report_day
            self.status = plan_status(session, self.plan_id, self.year, self.today)
            self.units = {
                unit.id: (unit.joined_on, unit.left_on) for unit in units(session, plan.body_id)
            }

    def _takes_part(self, unit_id: int, quarter: int) -> bool:
        joined, left = self.units.get(unit_id, (None, None))
        return (joined is None or joined <= quarter_end(self.year, quarter)) and (
            left is None or left >= quarter_start(self.year, quarter)
        )

    def _fill_units(self, current: int | None) -> None:
        seen: dict[int, str] = {}
        for item in self.status.items:
            if item.target is None:
                continue
            for executor in item.executors:
                seen.setdefault(executor.unit_id, executor.name)
        self.unit_combo.clear()
        for unit_id, name in seen.items():
            self.unit_combo.addItem(name, unit_id)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, name, Qt.ToolTipRole)
        index = self.unit_combo.findData(current) if current is not None else 0
        self.unit_combo.setCurrentIndex(max(index, 0))
        self._unit_id = self.unit_combo.currentData()

    def missing(self) -> list[Missing]:
        """The executors that owe a report for the chosen quarter (a measure with a target,
        not counted from a registry, no report for the quarter)."""
        owed: dict[int, Missing] = {}
        for item in self.status.items:
            if item.target is None or item.registry is not None:
                continue
            for executor in item.executors:
                if self._quarter in executor.reported:
                    continue
                if not self._takes_part(executor.unit_id, self._quarter):
                    continue
                known = owed.get(executor.unit_id)
                owed[executor.unit_id] = Missing(
                    executor.unit_id,
                    executor.label,
                    executor.name,
                    (known.measures if known else 0) + 1,
                )
        return list(owed.values())

    def _show(self) -> None:
        """The chosen executor's measures and the missing list, as stored."""
        from desktop_app.store.plans import registry_counts, reports

        due = report_due(self.year, self._quarter, self.report_day)
        numeral = NUMERALS[self._quarter - 1]
        due_text = self.tr("Reports for the {0} quarter of {1} are due on {2}.").format(
            numeral, self.year, format_date(due)
        )
        if self.today > due:
            due_text += " " + self.tr("The deadline has passed.")
        self.due_label.setText(due_text)
        missing = self.missing()
        self.missing_list.clear()
        for line in missing:
            text = self.tr("{0} — measures: {1}").format(line.label, line.measures)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, line.unit_id)
            entry.setToolTip(line.name)
            if self.today > due:
                entry.setForeground(QBrush(OVERDUE_COLOUR))
            self.missing_list.addItem(entry)
        if missing:
            title = self.tr("Have not reported for the {0} quarter ({1}), due {2}:").format(
                numeral, len(missing), format_date(due)
            )
            if self.today > due:
                title = "⚠ " + title
        else:
            title = self.tr("Every executor has reported for the {0} quarter.").format(numeral)
        self.missing_title.setText(title)

        unit_id = self._unit_id
        lines: list[ReportLine] = []
        with self.database.session() as session:
            stored = reports(session, self.plan_id, self.year, self._quarter)
            registries = {item.registry for item in self.status.items if item.registry is not None}
            counted = {
                registry: registry_counts(session, registry, [unit_id], self.year)
                for registry in registries
                if unit_id is not None and registry is not Registry.REPLICATED_SHARE
            }
            for item in self.status.items:
                if item.target is None or unit_id not in {e.unit_id for e in item.executors}:
                    continue
                report = stored.get((item.item_id, unit_id, self._quarter))
                count = None
                if item.registry is Registry.REPLICATED_SHARE:
                    executor = next(e for e in item.executors if e.unit_id == unit_id)
                    count = executor.fact.by_quarter.get(self._quarter, 0.0)
                elif item.registry is not None:
                    count = counted[item.registry].get(unit_id, {}).get(self._quarter, 0.0)
                lines.append(
                    ReportLine(
                        item_id=item.item_id,
                        number=item.number,
                        name=" ".join(item.name.split()),
                        target_text=item.target_text,
                        share=item.target.kind is TargetKind.SHARE,
                        registry=item.registry,
                        registry_count=count,
                        fact=report.fact if report else None,
                        base=report.base if report else None,
                        done_on=report.done_on if report else None,
                        text=report.text if report else "",
                        stored=report is not None,
                    )
                )
        self.lines = lines
        self._fill_table()

    def _fill_table(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.lines))
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = fixed | Qt.ItemFlag.ItemIsEditable
        for row, line in enumerate(self.lines):
            if line.registry is not None:
                fact_text = format_number(line.registry_count or 0)
            else:
                fact_text = format_number(line.fact) if line.fact is not None else ""
            cells = (
                (line.number, fixed, ""),
                (line.name, fixed, line.name),
                (line.target_text, fixed, line.target_text),
                (
                    fact_text,
                    fixed if line.registry is not None else editable,
                    self.tr("Counted from the registry: {0}").format(line.registry.label)
                    if line.registry is not None
                    else "",
                ),
                (
                    format_number(line.base) if line.base is not None else "",
                    editable if line.share and line.registry is None else fixed,
                    self.tr("For a share: the count the fact is a part of")
                    if line.share and line.registry is None
                    else "",
                ),
                (format_date(line.done_on), editable, ""),
                (line.text, editable, line.text),
            )
            for column, (text, flags, tip) in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(flags)
                if tip:
                    cell.setToolTip(tip)
                if not flags & Qt.ItemFlag.ItemIsEditable and column >= self.FACT:
                    cell.setForeground(QBrush(MUTED))
                if column in (self.FACT, self.BASE, self.DONE):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._filling = False
        self._dirty = False
        self.error_label.hide()

    def _edited(self, _cell) -> None:
        if not self._filling:
            self._dirty = True
            self.table.resizeRowToContents(_cell.row())

    # ----- choosing -------------------------------------------------------------------------
    def _leave(self, then) -> None:
        """Save what was typed before showing something else; stay when it is wrong."""
        if self._dirty and not self.save():
            return
        then()

    def _quarter_chosen(self, index: int) -> None:
        wanted = self.quarter_combo.itemData(index)

        def go() -> None:
            self._quarter = wanted
            self._show()

        if wanted != self._quarter:
            self._leave(go)
            self.quarter_combo.setCurrentIndex(self._quarter - 1)

    def _unit_chosen(self, index: int) -> None:
        self.choose_unit(self.unit_combo.itemData(index))

    def choose_unit(self, unit_id: int) -> None:
        def go() -> None:
            self._unit_id = unit_id
            self._show()

        if unit_id != self._unit_id:
            self._leave(go)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(self._unit_id), 0))

    def _missing_chosen(self, entry: QListWidgetItem) -> None:
        self.choose_unit(entry.data(Qt.ItemDataRole.UserRole))

    # ----- saving ---------------------------------------------------------------------------
    def _read_row(self, row: int, line: ReportLine):
        from desktop_app.store.plans import ReportFields

        def cell(column: int) -> str:
            return self.table.item(row, column).text().strip()

        fact = base = done_on = None
        try:
            if line.registry is None:
                fact = parse_number(cell(self.FACT))
        except ValueError:
            raise ValidationError(self.tr("a number is expected"), self.tr("Fact")) from None
        try:
            if line.share and line.registry is None:
                base = parse_number(cell(self.BASE))
        except ValueError:
            raise ValidationError(
                self.tr("a number is expected"), self.tr("Total (for a share)")
            ) from None
        if cell(self.DONE):
            try:
                done_on = parse_date(cell(self.DONE))
            except ValueError as error:
                raise ValidationError(str(error), self.tr("Done on")) from None
        text = self.table.item(row, self.TEXT).text()
        return ReportFields(fact=fact, base=base, done_on=done_on, text=text.strip())

    def save(self) -> bool:
        """Write the table's reports in one transaction; True when written (or nothing to)."""
        from desktop_app.store.plans import ReportFields, delete_report, save_report

        if self._unit_id is None:
            return True
        current: ReportLine | None = None
        try:
            with self.database.session() as session:
                for row, line in enumerate(self.lines):
                    current = line
                    fields = self._read_row(row, line)
                    empty = ReportFields(text="")
                    unchanged = (
                        fields.fact == line.fact
                        and fields.base == line.base
                        and fields.done_on == line.done_on
                        and fields.text == line.text
                    )
                    if unchanged:
                        continue
                    if fields == empty:
                        if line.stored:
                            delete_report(
                                session, line.item_id, self._unit_id, self.year, self._quarter
                            )
                        continue
                    save_report(
                        session,
                        line.item_id,
                        self._unit_id,
                        self.year,
                        self._quarter,
                        ReportFields(
                            fact=fields.fact,
                            base=fields.base,
                            done_on=fields.done_on,
                            text=fields.text,
                            reported_on=self.today,
                        ),
                    )
        except ValidationError as error:
            where = self.tr("Measure {0}").format(current.number) if current else ""
            self.error_label.setText(f"{where}: {error}" if where else str(error))
            self.error_label.show()
            return False
        self._load_status()
        self._show()
        self.saved.emit()
        return True

    def reject(self) -> None:
        if self._dirty:
            ask(
                self,
                self.tr("Close without saving what was entered?"),
                lambda: super(QuarterReportsDialog, self).reject(),
                self.tr("Close without saving"),
            )
            return
        super().reject()


# ----- a line of the plan ------------------------------------------------------------------
class ItemDialog(StoreDialog):
    """A measure (or section) of the plan: its number, words, executors, targets, registry."""

    def __init__(
        self, database: Database, plan_id: int, position: int, parent: QWidget | None = None
    ) -> None:
        from desktop_app.store.plans import get_plan, plan_data, units

        super().__init__(parent)
        self.setObjectName("plan_item_dialog")
        self.setWindowTitle(self.tr("Measure of the plan"))
        self.database = database
        self.plan_id = plan_id
        with database.session() as session:
            data = plan_data(session, plan_id)
            plan = get_plan(session, plan_id)
            self.item_id = plan.items[position].id
            self.unit_names = [
                (unit.name, unit.short_name) for unit in units(session, plan.body_id)
            ]
        self.data = data.items[position]
        self.years = list(data.years)
        self._build()
        self.resize(860, 720)

    def _build(self) -> None:
        item = self.data
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_edit = QLineEdit(item.number)
        self.number_edit.setObjectName("item_number_edit")
        self.number_edit.setMaximumWidth(120)
        form.addRow(self.tr("№:"), self.number_edit)
        self.name_edit = QPlainTextEdit(item.name)
        self.name_edit.setObjectName("item_name_edit")
        self.name_edit.setTabChangesFocus(True)
        self.name_edit.setFixedHeight(80)
        form.addRow(self.tr("Measure:"), self.name_edit)
        self.result_edit = QPlainTextEdit(item.expected_result)
        self.result_edit.setObjectName("item_result_edit")
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setFixedHeight(56)
        form.addRow(self.tr("Expected result:"), self.result_edit)
        self.term_edit = QLineEdit(item.term)
        self.term_edit.setObjectName("item_term_edit")
        form.addRow(self.tr("Terms:"), self.term_edit)
        self.executors_text_edit = QPlainTextEdit(item.executors_text)
        self.executors_text_edit.setObjectName("item_executors_text_edit")
        self.executors_text_edit.setTabChangesFocus(True)
        self.executors_text_edit.setFixedHeight(56)
        form.addRow(self.tr("Executor (as the plan words it):"), self.executors_text_edit)
        self.executor_list = QListWidget()
        self.executor_list.setObjectName("item_executor_list")
        chosen = set(item.executors)
        for name, short in self.unit_names:
            entry = QListWidgetItem(f"{short} — {name}" if short else name)
            entry.setToolTip(name)
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            )
            self.executor_list.addItem(entry)
        self.executor_list.setMinimumHeight(140)
        self.executor_list.setWordWrap(True)
        self.executor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.addRow(self.tr("Executors (from the list):"), self.executor_list)
        self.target_edits: dict[int, QLineEdit] = {}
        for year in self.years:
            edit = QLineEdit(item.targets.get(year, ""))
            edit.setObjectName(f"target_edit_{year}")
            edit.setPlaceholderText(self.tr("e.g. «Не менее 2 в год», «15%», «До 01.12.2022»"))
            self.target_edits[year] = edit
            form.addRow(self.tr("Target for {0}:").format(year), edit)
        self.registry_combo = QComboBox()
        self.registry_combo.setObjectName("item_registry_combo")
        self.registry_combo.addItem(self.tr("the executors' quarterly reports"), None)
        for registry in Registry:
            self.registry_combo.addItem(registry.label, registry.value)
        index = self.registry_combo.findData(item.registry.value if item.registry else None)
        self.registry_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Fact counted from:"), self.registry_combo)
        self.layout_.addLayout(form)
        self.field_widgets = {
            "№": self.number_edit,
            "Наименование": self.name_edit,
            "Исполнитель": self.executor_list,
        }
        self.finish_layout()

    def item_data(self) -> PlanItemData:
        checked = [
            self.executor_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.executor_list.count())
            if self.executor_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        kept = [name for name in self.data.executors if name in checked]
        executors = kept + [name for name in checked if name not in kept]
        registry = self.registry_combo.currentData()
        return PlanItemData(
            number=self.number_edit.text().strip(),
            name=self.name_edit.toPlainText().strip(),
            expected_result=self.result_edit.toPlainText().strip(),
            term=self.term_edit.text().strip(),
            executors_text=self.executors_text_edit.toPlainText().strip(),
            executors=tuple(executors),
            targets={
                year: edit.text().strip()
                for year, edit in self.target_edits.items()
                if edit.text().strip()
            },
            registry=Registry(registry) if registry else None,
        )

    def save(self) -> None:
        from desktop_app.store.plans import replace_item

        data = self.item_data()
        with self.database.session() as session:
            replace_item(session, self.item_id, data)


# ----- the body's executors ----------------------------------------------------------------
class UnitDialog(StoreDialog):
    """An executor unit: its name, short name, group, when it joined and left."""

    def __init__(
        self,
        database: Database,
        body_id: int,
        unit_id: int | None = None,
        data: UnitData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unit_dialog")
        self.setWindowTitle(self.tr("Executor") if unit_id else self.tr("New executor"))
        self.database = database
        self.body_id = body_id
        self.unit_id = unit_id
        data = data or UnitData("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("unit_name_edit")
        form.addRow(self.tr("Name:"), self.name_edit)
        self.short_edit = QLineEdit(data.short_name)
        self.short_edit.setObjectName("unit_short_edit")
        self.short_edit.setMaximumWidth(200)
        form.addRow(self.tr("Short name:"), self.short_edit)
        self.group_edit = QLineEdit(data.group)
        self.group_edit.setObjectName("unit_group_edit")
        form.addRow(self.tr("Group:"), self.group_edit)
        self.joined_check, self.joined_edit = self._date_row(
            form, self.tr("Joined on:"), data.joined_on, "unit_joined"
        )
        self.left_check, self.left_edit = self._date_row(
            form, self.tr("Left on:"), data.left_on, "unit_left"
        )
        self.layout_.addLayout(form)
        self.field_widgets = {
            "Наименование": self.name_edit,
            "Сокращение": self.short_edit,
            "Группа": self.group_edit,
            "Выбыл": self.left_edit,
        }
        self.finish_layout()
        self.resize(620, self.sizeHint().height())

    def _date_row(self, form: QFormLayout, label: str, value: date | None, name: str):
        row = QHBoxLayout()
        check = QCheckBox()
        check.setObjectName(f"{name}_check")
        check.setChecked(value is not None)
        edit = date_edit(value or date.today(), f"{name}_edit")
        edit.setEnabled(value is not None)
        check.toggled.connect(edit.setEnabled)
        row.addWidget(check)
        row.addWidget(edit)
        row.addStretch()
        form.addRow(label, row)
        return check, edit

    def unit_data(self) -> UnitData:
        return UnitData(
            name=self.name_edit.text().strip(),
            short_name=self.short_edit.text().strip(),
            group=self.group_edit.text().strip(),
            joined_on=from_qdate(self.joined_edit.date())
            if self.joined_check.isChecked()
            else None,
            left_on=from_qdate(self.left_edit.date()) if self.left_check.isChecked() else None,
        )

    def save(self) -> None:
        from desktop_app.store.plans import save_unit

        with self.database.session() as session:
            self.unit_id = save_unit(session, self.body_id, self.unit_data(), self.unit_id)


class UnitsDialog(QDialog):
    """The body's executors: add, change (joined, left), delete."""

    changed = Signal()

    NAME, SHORT, GROUP, JOINED, LEFT = range(5)

    def __init__(self, database: Database, body_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_dialog")
        self.setWindowTitle(self.tr("Executors"))
        self.database = database
        self.body_id = body_id
        self.unit_ids: list[int] = []
        self.units: list[UnitData] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("units_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Short name"),
                self.tr("Group"),
                self.tr("Joined"),
                self.tr("Left"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (self.SHORT, 90),
            (self.GROUP, 260),
            (self.JOINED, 90),
            (self.LEFT, 90),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.edit_unit)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_unit_button", self.tr("&Add…"), self.add_unit),
            ("edit_unit_button", self.tr("&Edit…"), self.edit_unit),
            ("delete_unit_button", self.tr("&Delete…"), self.delete_unit),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close_units_button")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()
        self.resize(1040, 520)

    def refresh(self) -> None:
        from desktop_app.store.plans import unit_data, units

        with self.database.session() as session:
            rows = units(session, self.body_id)
            self.unit_ids = [unit.id for unit in rows]
            self.units = [unit_data(unit) for unit in rows]
        self.table.setRowCount(len(self.units))
        for row, data in enumerate(self.units):
            texts = (
                data.name,
                data.short_name,
                data.group,
                format_date(data.joined_on),
                format_date(data.left_on),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_unit(self) -> None:
        dialog = UnitDialog(self.database, self.body_id, parent=self)
        dialog.accepted.connect(self._edited)
        dialog.open()

    def edit_unit(self, *_args) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = UnitDialog(
            self.database, self.body_id, self.unit_ids[row], self.units[row], parent=self
        )
        dialog.accepted.connect(self._edited)
        dialog.open()

    def delete_unit(self) -> None:
        from desktop_app.store.plans import delete_unit

        row = self._selected()
        if row is None:
            return
        unit_id, name = self.unit_ids[row], self.units[row].name

        def remove() -> None:
            try:
                with self.database.session() as session:
                    delete_unit(session, unit_id)
            except ValidationError as error:
                show_error(self, str(error))
                return
            self._edited()

        ask(
            self,
            self.tr(
                "Delete the executor «{0}»? Its place in the plan's measures and its reports "
                "are deleted with it."
            ).format(name),
            remove,
            self.tr("Delete"),
        )

    def _edited(self) -> None:
        self.refresh()
        self.changed.emit()


# ----- the plan's documents ----------------------------------------------------------------
class PlanDocumentDialog(StoreDialog):
    """What a document of the plan covers (the year, the quarter for the note, as of which
    day); then its print preview or the file saved (documents.plan_export)."""

    PREVIEW, SAVE = "preview", "save"

    def __init__(
        self,
        database: Database,
        body_id: int,
        plan_id: int,
        kind: str,
        year: int,
        quarter: int,
        years: range | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_document_dialog")
        self.database = database
        self.body_id = body_id
        self.plan_id = plan_id
        self.kind = kind
        self.choice = self.PREVIEW
        self.data = None
        self.setWindowTitle(
            self.tr("Analytical information on the plan for a quarter")
            if kind == "plan-note"
            else self.tr("Report on the body's work for a year")
        )
        form = QFormLayout()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("document_year_combo")
        for value in years or range(year, year + 1):
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        form.addRow(self.tr("Year:"), self.year_combo)
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("document_quarter_combo")
        for number in range(1, 5):
            self.quarter_combo.addItem(self.tr("{0} quarter").format(NUMERALS[number - 1]), number)
        self.quarter_combo.setCurrentIndex(quarter - 1)
        if kind == "plan-note":
            form.addRow(self.tr("Quarter:"), self.quarter_combo)
        else:
            self.quarter_combo.hide()
        self.as_of_edit = date_edit(today or date.today(), "document_as_of_edit")
        form.addRow(self.tr("As of:"), self.as_of_edit)
        self.layout_.addLayout(form)
        self.field_widgets = {"Год": self.year_combo, "Квартал": self.quarter_combo}
        self.finish_layout()
        ok = self.ok_button()
        ok.setText(self.tr("Preview and print…"))
        ok.setObjectName("document_preview_button")
        save = self.buttons.addButton(
            self.tr("Save to a file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.setObjectName("document_save_button")
        save.clicked.connect(self._save_chosen)

    def _save_chosen(self) -> None:
        self.choice = self.SAVE
        self._try_accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.choice = self.PREVIEW

    def save(self) -> None:
        """Read the document's data (a ValidationError keeps the dialog open)."""
        from desktop_app.store.plan_reports import plan_note_data, year_report_data

        year = self.year_combo.currentData()
        as_of = from_qdate(self.as_of_edit.date())
        with self.database.session() as session:
            if self.kind == "plan-note":
                self.data = plan_note_data(
                    session, self.plan_id, year, self.quarter_combo.currentData(), as_of
                )
            else:
                self.data = year_report_data(session, self.body_id, year, as_of)
