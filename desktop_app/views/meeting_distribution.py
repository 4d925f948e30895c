"""The «Рассылка» tab of the meeting window: who got a copy of the signed protocol, how and
when. Copies are sent after the chair signs; before that the tab says so and its buttons
are disabled (the store refuses too)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meeting import DistributionMethod, MeetingStatus
from desktop_app.store import distribution, meetings
from desktop_app.store.database import Database
from desktop_app.store.distribution import DeliveryRow
from desktop_app.store.meetings import MeetingState
from desktop_app.views.forms import StoreDialog, date_edit, fill_combo, from_qdate
from desktop_app.views.meeting_minutes import TextRowsModel, selected_row, table_view
from desktop_app.views.messages import ask, show_error


class _StoreDialog(StoreDialog):
    """A store dialog whose fields are the rows of ``form``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.finish_layout()


def method_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    fill_combo(combo, [(m.label, m.value) for m in DistributionMethod], DistributionMethod.EMAIL)
    return combo


def day_edit(state: MeetingState):
    edit = date_edit(default_day(state), "sent_date_edit")
    edit.setMaximumWidth(170)
    return edit


def default_day(state: MeetingState) -> date:
    """Today, or the signing day if that is later (a protocol signed ahead of time)."""
    return max(date.today(), state.signed_on or state.day)


class SendToAllDialog(_StoreDialog):
    """«Разослать всем членам»: one method and date for every member without a copy."""

    def __init__(self, database: Database, state: MeetingState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("send_to_all_dialog")
        self.setWindowTitle(self.tr("Send to all members"))
        self.database = database
        self.meeting_id = state.id
        self.added = 0
        intro = QLabel(
            self.tr(
                "A copy of the protocol is marked as sent to every member of the roster on "
                "the meeting's date. Members who already have a copy are skipped."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.method_combo = method_combo("method_combo")
        self.form.addRow(self.tr("Method:"), self.method_combo)
        self.date_edit = day_edit(state)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        with self.database.session() as session:
            self.added = distribution.send_to_all_members(
                session,
                self.meeting_id,
                DistributionMethod(self.method_combo.currentData()),
                from_qdate(self.date_edit.date()),
            )


class DeliveryDialog(_StoreDialog):
    """One recipient: a member or invited person of the meeting, or anyone typed."""

    def __init__(
        self,
        database: Database,
        state: MeetingState,
        people: list[tuple[str, int]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_dialog")
        self.setWindowTitle(self.tr("Add a recipient"))
        self.database = database
        self.meeting_id = state.id
        self.person_radio = QRadioButton(self.tr("Member or invited person:"))
        self.person_radio.setObjectName("person_radio")
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("person_combo")
        fill_combo(self.person_combo, people)
        self.form.addRow(self.person_radio, self.person_combo)
        self.other_radio = QRadioButton(self.tr("Other recipient:"))
        self.other_radio.setObjectName("other_radio")
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipient_edit")
        self.recipient_edit.setPlaceholderText(self.tr("e.g. the city prosecutor's office"))
        self.form.addRow(self.other_radio, self.recipient_edit)
        (self.person_radio if people else self.other_radio).setChecked(True)
        self.person_radio.setEnabled(bool(people))
        self.person_combo.activated.connect(lambda _i: self.person_radio.setChecked(True))
        self.recipient_edit.textEdited.connect(lambda _t: self.other_radio.setChecked(True))
        self.method_combo = method_combo("method_combo")
        self.form.addRow(self.tr("Method:"), self.method_combo)
        self.date_edit = day_edit(state)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(self.tr("e.g. outgoing No. 12-345"))
        self.form.addRow(self.tr("Note:"), self.note_edit)
        self.delivery_id: int | None = None
        self.resize(600, self.sizeHint().height())

    def save(self) -> None:
        person_id = self.person_combo.currentData() if self.person_radio.isChecked() else None
        with self.database.session() as session:
            self.delivery_id = distribution.add_delivery(
                session,
                self.meeting_id,
                method=DistributionMethod(self.method_combo.currentData()),
                sent_on=from_qdate(self.date_edit.date()),
                person_id=person_id,
                recipient="" if person_id else self.recipient_edit.text(),
                note=self.note_edit.text(),
            )


class DistributionTab(QWidget):
    changed = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("distribution_tab")
        self.database = database
        self.meeting_id = meeting_id
        self.state: MeetingState | None = None
        self._people: list[tuple[str, int]] = []  # (name, person id) for the recipient list
        layout = QVBoxLayout(self)
        self.note_label = QLabel(
            self.tr(
                "A copy of the protocol is sent to every member after the chair signs it. "
                "Sign the protocol first; then record here to whom, how and when copies went."
            )
        )
        self.note_label.setObjectName("distribution_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d;"
            " border-radius: 3px; padding: 4px 8px;"
        )
        layout.addWidget(self.note_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("distribution_summary")
        self.summary_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary_label)

        self.model = TextRowsModel(
            [self.tr("To"), self.tr("Method"), self.tr("Date"), self.tr("Note")], self
        )
        self.model.tooltip_columns = {0, 3}
        self.deliveries_view = table_view("deliveries_view", self.model)
        header = self.deliveries_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 320), (1, 170), (2, 110)):
            self.deliveries_view.setColumnWidth(column, width)
        self.deliveries_view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.deliveries_view, 1)

        row = QHBoxLayout()
        self.send_all_button = self._button(
            "send_all_button", self.tr("Send to all members…"), self.send_to_all, row
        )
        self.add_button = self._button(
            "add_delivery_button", self.tr("Add a recipient…"), self.add_recipient, row
        )
        self.delete_button = self._button(
            "delete_delivery_button", self.tr("Delete"), self.delete_delivery, row
        )
        row.addSpacing(16)
        self.status_label = QLabel()
        self.status_label.setObjectName("distribution_status")
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)

    def _button(self, name: str, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # ----- loading ----------------------------------------------------------------------
    def refresh(self, state: MeetingState) -> None:
        self.state = state
        with self.database.session() as session:
            rows = distribution.deliveries(session, self.meeting_id)
            members = meetings.attendance(session, self.meeting_id)
            invited = meetings.invitations(session, self.meeting_id)
        chosen = self.selected_delivery()
        self.model.set_rows(
            [((d.recipient, d.method.label, format_date(d.sent_on), d.note), d) for d in rows]
        )
        if chosen is not None:
            row = self.model.row_of(lambda d: d.id == chosen.id)
            if row >= 0:
                self.deliveries_view.selectRow(row)
        member_ids = {row.entry.person_id for row in members}
        sent = {d.person_id for d in rows if d.person_id in member_ids}
        self.summary_label.setText(
            self.tr("Sent to members: {0} of {1}").format(len(sent), len(member_ids))
        )
        have_copy = {d.person_id for d in rows}
        self._people = []
        for name, person_id in [(row.name, row.entry.person_id) for row in members] + [
            (self.tr("{0} (invited)").format(i.name), i.person_id) for i in invited
        ]:
            if person_id in have_copy:
                name = self.tr("{0} — has a copy").format(name)
            self._people.append((name, person_id))
        self.note_label.setVisible(not self.signed)
        self._update_buttons()

    @property
    def signed(self) -> bool:
        return self.state is not None and self.state.status is MeetingStatus.SIGNED

    def _update_buttons(self) -> None:
        self.send_all_button.setEnabled(self.signed)
        self.add_button.setEnabled(self.signed)
        self.delete_button.setEnabled(self.signed and self.selected_delivery() is not None)

    def selected_delivery(self) -> DeliveryRow | None:
        row = selected_row(self.deliveries_view)
        return self.model.payload(row) if row >= 0 else None

    def _reload(self) -> None:
        if self.state is not None:
            self.refresh(self.state)

    # ----- actions ----------------------------------------------------------------------
    def send_to_all(self) -> None:
        if not self.signed:
            return
        dialog = SendToAllDialog(self.database, self.state, parent=self)
        dialog.accepted.connect(lambda: self._sent_to_all(dialog.added))
        dialog.open()

    def _sent_to_all(self, added: int) -> None:
        if added:
            self.status_label.setText(
                self.tr(
                    "Copies recorded for {0} members; those who already had one are skipped."
                ).format(added)
            )
        else:
            self.status_label.setText(self.tr("Every member already has a copy: nobody was added."))
        self._reload()
        self.changed.emit()

    def add_recipient(self) -> None:
        if not self.signed:
            return
        dialog = DeliveryDialog(self.database, self.state, self._people, parent=self)
        dialog.accepted.connect(self._recipient_added)
        dialog.open()

    def _recipient_added(self) -> None:
        self.status_label.setText(self.tr("The recipient is added."))
        self._reload()
        self.changed.emit()

    def delete_delivery(self) -> None:
        delivery = self.selected_delivery()
        if delivery is None:
            return
        ask(
            self,
            self.tr("Delete the record of the copy sent to {0} on {1}?").format(
                delivery.recipient, format_date(delivery.sent_on)
            ),
            lambda: self._delete(delivery.id),
            self.tr("Delete"),
        )

    def _delete(self, delivery_id: int) -> None:
        try:
            with self.database.session() as session:
                distribution.delete_delivery(session, delivery_id)
        except ValidationError as error:
            show_error(self, str(error))
        self.status_label.setText("")
        self._reload()
        self.changed.emit()
