"""«Вставить из акта»: roster text as acts print it is parsed into people, positions and
roles, shown in an editable table, and added in one transaction."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.person import PersonFields
from desktop_app.domain.roster_parser import ParsedMember, parse_roster_text
from desktop_app.domain.vocabulary import ActKind, Role
from desktop_app.store.database import Database
from desktop_app.store.roster import ActFields, ImportResult, add_members
from desktop_app.views.forms import (
    date_edit,
    error_label,
    fill_combo,
    from_qdate,
    show_validation_error,
)

COLUMNS = 5  # surname, name, patronymic, position, role


class PasteRosterDialog(QDialog):
    def __init__(self, database: Database, body_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_roster_dialog")
        self.setWindowTitle(self.tr("Paste the roster from an act"))
        self.database = database
        self.body_id = body_id
        self.result: ImportResult | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Paste the roster as the act prints it: «Фамилия Имя Отчество - должность, роль;». "
                "Check the table on the right and correct it if needed."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        splitter = QSplitter()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("roster_text_edit")
        self.text_edit.setPlaceholderText(self.tr("Roster text from the act"))
        splitter.addWidget(self.text_edit)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("parsed_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Surname"),
                self.tr("Name"),
                self.tr("Patronymic"),
                self.tr("Position"),
                self.tr("Role"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 800])
        layout.addWidget(splitter, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setWordWrap(True)
        layout.addWidget(self.problems_label)

        form = QFormLayout()
        self.start_edit = date_edit(date.today())
        form.addRow(self.tr("Members since (the act's date):"), self.start_edit)
        act_row = QHBoxLayout()
        self.act_check = QCheckBox(self.tr("by act:"))
        self.act_kind_combo = QComboBox()
        fill_combo(self.act_kind_combo, [(k.label, k.value) for k in ActKind])
        self.act_number_edit = QLineEdit()
        self.act_number_edit.setPlaceholderText(self.tr("number"))
        for widget in (self.act_check, self.act_kind_combo, self.act_number_edit):
            act_row.addWidget(widget)
        form.addRow(self.tr("Act:"), act_row)
        layout.addLayout(form)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add to the roster")
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(250)
        self._parse_timer.timeout.connect(self.parse)
        self.text_edit.textChanged.connect(self._parse_timer.start)
        self.parse()
        self.resize(1200, 700)

    def parse(self) -> None:
        result = parse_roster_text(self.text_edit.toPlainText())
        self.show_members(result.members)
        if result.problems and self.text_edit.toPlainText().strip():
            self.problems_label.setText("\n".join(result.problems))
        else:
            self.problems_label.setText(
                self.tr("Recognised: {0}").format(len(result.members)) if result.members else ""
            )

    def show_members(self, members: list[ParsedMember]) -> None:
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            for column, text in enumerate(
                (member.last_name, member.first_name, member.middle_name, member.position)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            fill_combo(combo, [(r.label, r.value) for r in Role], member.role.value)
            self.table.setCellWidget(row, 4, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def rows(self) -> list[tuple[PersonFields, Role]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item else ""

        return [
            (
                PersonFields(
                    last_name=text(row, 0),
                    first_name=text(row, 1),
                    middle_name=text(row, 2),
                    position=text(row, 3),
                ),
                Role(self.table.cellWidget(row, 4).currentData()),
            )
            for row in range(self.table.rowCount())
        ]

    def _try_accept(self) -> None:
        rows = self.rows()
        start = from_qdate(self.start_edit.date())
        act = None
        if self.act_check.isChecked():
            act = ActFields(
                ActKind(self.act_kind_combo.currentData()), self.act_number_edit.text(), start
            )
        try:
            if not rows:
                raise ValidationError(self.tr("no members recognised in the text"), "Текст акта")
            with self.database.session() as session:
                self.result = add_members(session, self.body_id, rows, start, act)
        except ValidationError as error:
            show_validation_error(self.error_label, error)
            return
        self.accept()
