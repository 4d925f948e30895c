"""«Исключить из состава»: the member leaves from a date (the history keeps the term);
a record entered by mistake can be deleted instead."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.roster import RosterEntry
from desktop_app.store.database import Database
from desktop_app.store.roster import delete_membership, end_membership
from desktop_app.views.forms import date_edit, error_label, from_qdate, show_validation_error
from desktop_app.views.messages import ask


class RemoveMemberDialog(QDialog):
    def __init__(
        self, database: Database, entry: RosterEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remove_member_dialog")
        self.setWindowTitle(self.tr("Remove from the roster"))
        self.database = database
        self.entry = entry
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("<b>{0}</b> leaves the body. The record stays in the roster's history.").format(
                entry.full_name
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.end_edit = date_edit(max(date.today(), entry.start), "end_date_edit")
        form.addRow(self.tr("Not a member from:"), self.end_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Remove"))
        self.delete_button = buttons.addButton(
            self.tr("Delete the record (entered by mistake)…"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.clicked.connect(self._confirm_delete)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        try:
            with self.database.session() as session:
                end_membership(session, self.entry.membership_id, from_qdate(self.end_edit.date()))
        except ValidationError as error:
            show_validation_error(self.error_label, error)
            return
        self.accept()

    def _confirm_delete(self) -> None:
        ask(
            self,
            self.tr(
                "Delete the record of {0} from the roster completely? Do this only "
                "for a record entered by mistake."
            ).format(self.entry.full_name),
            self.delete_record,
            self.tr("Delete"),
        )

    def delete_record(self) -> None:
        with self.database.session() as session:
            delete_membership(session, self.entry.membership_id)
        self.accept()
