"""«Изменить состав»: an act and the changes it makes — who leaves, whose role changes,
who joins — recorded together on the act's date. Nothing is overwritten."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import ActKind, BodyKind, Role, Side
from desktop_app.store.database import Database
from desktop_app.store.roster import (
    ActFields,
    ChangeRole,
    Join,
    Leave,
    RosterChange,
    apply_roster_change,
    roster_on,
)
from desktop_app.views.forms import (
    date_edit,
    error_label,
    fill_combo,
    from_qdate,
    show_validation_error,
)
from desktop_app.views.member_dialog import MemberDialog

LEAVES = "leave"


class RosterChangeDialog(QDialog):
    def __init__(
        self, database: Database, body_id: int, kind: BodyKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roster_change_dialog")
        self.setWindowTitle(self.tr("Change the roster by an act"))
        self.database = database
        self.body_id = body_id
        self.kind = kind
        self.joining: list[tuple[PersonFields, Role, Side | None]] = []
        self.act_id: int | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.act_kind_combo = QComboBox()
        fill_combo(self.act_kind_combo, [(k.label, k.value) for k in ActKind])
        self.act_number_edit = QLineEdit()
        self.act_number_edit.setObjectName("act_number_edit")
        self.act_date_edit = date_edit(date.today())
        self.act_date_edit.dateChanged.connect(self._load_members)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("for example: in connection with staff changes"))
        form.addRow(self.tr("Kind of act:"), self.act_kind_combo)
        form.addRow(self.tr("Number:"), self.act_number_edit)
        form.addRow(self.tr("Effective date:"), self.act_date_edit)
        form.addRow(self.tr("Reason:"), self.note_edit)
        layout.addLayout(form)

        layout.addWidget(
            QLabel(
                self.tr("<b>Members on the act's date</b> — choose who leaves or gets a new role:")
            )
        )
        self.members_table = QTableWidget(0, 3)
        self.members_table.setObjectName("members_table")
        self.members_table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Role"), self.tr("Change")]
        )
        self.members_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.members_table.verticalHeader().hide()
        layout.addWidget(self.members_table, 3)

        layout.addWidget(QLabel(self.tr("<b>Joining the body:</b>")))
        self.joining_table = QTableWidget(0, 3)
        self.joining_table.setObjectName("joining_table")
        self.joining_table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Position"), self.tr("Role")]
        )
        self.joining_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.joining_table.verticalHeader().hide()
        layout.addWidget(self.joining_table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a new member…"))
        self.add_button.setObjectName("add_joining_button")
        self.add_button.clicked.connect(self._add_joining)
        self.remove_button = QPushButton(self.tr("Remove from the list"))
        self.remove_button.clicked.connect(self._remove_joining)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the act"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load_members()
        self.resize(820, 640)

    def _load_members(self) -> None:
        with self.database.session() as session:
            self.members = roster_on(session, self.body_id, from_qdate(self.act_date_edit.date()))
        self.members_table.setRowCount(len(self.members))
        for row, entry in enumerate(self.members):
            self.members_table.setItem(row, 0, QTableWidgetItem(entry.full_name))
            self.members_table.setItem(row, 1, QTableWidgetItem(entry.role.label))
            combo = QComboBox()
            choices = [(self.tr("no change"), None), (self.tr("leaves the body"), LEAVES)]
            choices += [
                (self.tr("new role: {0}").format(r.label), r.value)
                for r in Role
                if r is not entry.role
            ]
            fill_combo(combo, choices)
            self.members_table.setCellWidget(row, 2, combo)
        self.members_table.resizeColumnToContents(2)

    def set_change(self, row: int, change: str | None) -> None:
        combo: QComboBox = self.members_table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(change))

    def _add_joining(self) -> None:
        dialog = MemberDialog(
            self.database, self.body_id, self.kind, parent=self, collect_only=True
        )
        dialog.accepted.connect(lambda: self._joined(dialog))
        dialog.open()

    def _joined(self, dialog: MemberDialog) -> None:
        if dialog.collected is None:
            return
        person, role, side = dialog.collected
        self.joining.append((person, role, side))
        row = self.joining_table.rowCount()
        self.joining_table.insertRow(row)
        for column, text in enumerate((person.full_name, person.position, role.label)):
            self.joining_table.setItem(row, column, QTableWidgetItem(text))

    def _remove_joining(self) -> None:
        row = self.joining_table.currentRow()
        if row >= 0:
            self.joining_table.removeRow(row)
            del self.joining[row]

    def changes(self) -> list[RosterChange]:
        result: list[RosterChange] = []
        for row, entry in enumerate(self.members):
            choice = self.members_table.cellWidget(row, 2).currentData()
            if choice == LEAVES:
                result.append(Leave(entry.membership_id))
            elif choice:
                result.append(ChangeRole(entry.membership_id, Role(choice), entry.side))
        result += [Join(role=role, person=person, side=side) for person, role, side in self.joining]
        return result

    def _try_accept(self) -> None:
        act = ActFields(
            ActKind(self.act_kind_combo.currentData()),
            self.act_number_edit.text(),
            from_qdate(self.act_date_edit.date()),
            self.note_edit.text(),
        )
        try:
            with self.database.session() as session:
                self.act_id = apply_roster_change(session, self.body_id, act, self.changes())
        except ValidationError as error:
            show_validation_error(self.error_label, error)
            return
        self.accept()
