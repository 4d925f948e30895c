"""The «Явка и приглашенные» tab of the meeting window: the roster on the meeting's date
with each member's attendance, the quorum line and who presides, and the invited people.

Marking is made for speed: Space toggles «присутствовал», «Отметить отсутствие…» asks the
reason, «Отметить остальных присутствующими» marks everyone left. Each change is one store
call; the quorum line follows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.fields import fold
from desktop_app.domain.meeting import AbsenceReason, MeetingForm, Quorum
from desktop_app.domain.person import PersonFields
from desktop_app.domain.vocabulary import QuorumRule, Role
from desktop_app.store import meetings
from desktop_app.store.bodies import get_body_row
from desktop_app.store.database import Database
from desktop_app.store.meetings import AttendanceRow, InvitationRow, MeetingState
from desktop_app.store.roster import person_fields
from desktop_app.views.attendance_model import AttendanceModel, InvitationModel
from desktop_app.views.forms import fill_combo
from desktop_app.views.meeting_agenda import (
    WARNING_STYLE,
    StoreDialog,
    keep_one_dialog,
    write,
)
from desktop_app.views.messages import ask

QUORUM_STYLE = (
    "color: #1d4f22; background: #edf6ee; border: 1px solid #a9cfad;"
    " border-radius: 3px; padding: 4px 8px; font-weight: bold;"
)
NO_QUORUM_STYLE = WARNING_STYLE + " font-weight: bold;"
INFO_STYLE = (
    "color: #2b3d55; background: #eef3fa; border: 1px solid #b7c7dd;"
    " border-radius: 3px; padding: 4px 8px;"
)


class AbsenceDialog(StoreDialog):
    """The reason one or more members are absent: vacation, business trip, illness or
    another reason with a free note."""

    def __init__(
        self,
        database: Database,
        meeting_id: int,
        marks: list[AttendanceRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self.setObjectName("absence_dialog")
        self.setWindowTitle(self.tr("Absence"))
        self.meeting_id = meeting_id
        self.marks = marks
        names = ", ".join(m.name for m in marks)
        if len(marks) == 1:
            who = QLabel(self.tr("Absent: {0}").format(names))
        else:
            who = QLabel(self.tr("Absent ({0}): {1}").format(len(marks), names))
        who.setObjectName("absent_names_label")
        who.setWordWrap(True)
        self.layout_.addWidget(who)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reason_combo")
        known = marks[0].reason if len(marks) == 1 else None
        fill_combo(
            self.reason_combo,
            [(reason.label, reason.value) for reason in AbsenceReason],
            (known or AbsenceReason.VACATION).value,
        )
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("reason_note_edit")
        self.note_edit.setPlaceholderText(self.tr("For another reason: what it is"))
        if len(marks) == 1:
            self.note_edit.setText(marks[0].note)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.ok_button().setText(self.tr("Mark absent"))
        self.field_widgets = {"Причина": self.note_edit}
        self.reason_combo.setFocus()
        self.resize(480, self.sizeHint().height())

    def reason(self) -> AbsenceReason:
        return AbsenceReason(self.reason_combo.currentData())

    def save(self) -> None:
        reason, note = self.reason(), self.note_edit.text()
        with self.database.session() as session:
            for mark in self.marks:
                meetings.set_attendance(
                    session, self.meeting_id, mark.entry.person_id, False, reason, note
                )


class InviteDialog(StoreDialog):
    """Invite a person who is not a member: one invited to the body's earlier meetings
    (found by typing, position and organisation filled in and editable) or a new one."""

    def __init__(
        self, database: Database, state: MeetingState, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, parent)
        self.setObjectName("invite_dialog")
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: #f1f1f1; color: #333; }')
        self.setWindowTitle(self.tr("Invite to the meeting"))
        self.state = state
        self.person_id: int | None = None
        self.invitation_id: int | None = None
        with database.session() as session:
            invited = {row.person_id for row in meetings.invitations(session, state.id)}
            self.earlier = [
                row
                for row in meetings.earlier_invitees(session, state.body_id)
                if row.person_id not in invited
            ]

        self.earlier_group = QGroupBox(self.tr("Invited to earlier meetings"))
        self.earlier_group.setObjectName("earlier_group")
        earlier_layout = QVBoxLayout(self.earlier_group)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("earlier_filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Find: surname, position, organisation…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        earlier_layout.addWidget(self.filter_edit)
        self.earlier_list = QListWidget()
        self.earlier_list.setObjectName("earlier_list")
        self.earlier_list.setWordWrap(True)
        self.earlier_list.setSpacing(2)
        self.earlier_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self._search: list[str] = []
        for row in self.earlier:
            detail = ", ".join(p for p in (row.position, row.organisation) if p)
            entry = QListWidgetItem(f"{row.full_name} — {detail}" if detail else row.full_name)
            entry.setData(Qt.ItemDataRole.UserRole, row)
            self.earlier_list.addItem(entry)
            self._search.append(fold(f"{row.full_name} {row.position} {row.organisation}"))
        self.earlier_list.itemClicked.connect(self._pick_item)
        self.earlier_list.itemActivated.connect(self._pick_item)
        earlier_layout.addWidget(self.earlier_list)
        self.layout_.addWidget(self.earlier_group, 1)
        self.earlier_group.setVisible(bool(self.earlier))

        person_group = QGroupBox(self.tr("The invited person"))
        person_group.setObjectName("person_group")
        form = QFormLayout(person_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.last_name_edit = self._line("last_name_edit")
        self.first_name_edit = self._line("first_name_edit")
        self.middle_name_edit = self._line("middle_name_edit")
        self.position_edit = self._line("position_edit")
        self.organisation_edit = self._line("organisation_edit")
        form.addRow(self.tr("&Surname:"), self.last_name_edit)
        form.addRow(self.tr("&First name:"), self.first_name_edit)
        form.addRow(self.tr("&Patronymic:"), self.middle_name_edit)
        form.addRow(self.tr("P&osition:"), self.position_edit)
        form.addRow(self.tr("Or&ganisation:"), self.organisation_edit)
        picked_row = QHBoxLayout()
        self.picked_label = QLabel()
        self.picked_label.setObjectName("picked_label")
        self.picked_label.setWordWrap(True)
        picked_row.addWidget(self.picked_label, 1)
        self.new_person_button = QPushButton(self.tr("Another person"))
        self.new_person_button.setObjectName("new_person_button")
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.clicked.connect(self.clear_pick)
        picked_row.addWidget(self.new_person_button)
        form.addRow(picked_row)
        self.layout_.addWidget(person_group)
        self.finish_layout()
        self.ok_button().setText(self.tr("Invite"))
        self.field_widgets = {
            "Фамилия": self.last_name_edit,
            "Имя": self.first_name_edit,
            "Отчество": self.middle_name_edit,
            "ФИО": self.last_name_edit,
            "Должность": self.position_edit,
            "Организация": self.organisation_edit,
            "Приглашенный": self.last_name_edit,
        }
        self.clear_pick()
        (self.filter_edit if self.earlier else self.last_name_edit).setFocus()
        self.resize(640, 620 if self.earlier else self.sizeHint().height())

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    # ----- earlier invitees -----------------------------------------------------------
    def visible_earlier(self) -> list[InvitationRow]:
        return [
            self.earlier_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.earlier_list.count())
            if not self.earlier_list.item(row).isHidden()
        ]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row, search in enumerate(self._search):
            self.earlier_list.item(row).setHidden(not all(w in search for w in words))

    def _pick_item(self, entry: QListWidgetItem) -> None:
        self.pick(entry.data(Qt.ItemDataRole.UserRole))

    def pick(self, row: InvitationRow) -> None:
        """Take a person invited before: the name is theirs, position and organisation
        come from their latest invitation and may be corrected."""
        with self.database.session() as session:
            person = person_fields(session, row.person_id)
        self.person_id = row.person_id
        self.last_name_edit.setText(person.last_name)
        self.first_name_edit.setText(person.first_name)
        self.middle_name_edit.setText(person.middle_name)
        self.position_edit.setText(row.position or person.position)
        self.organisation_edit.setText(row.organisation or person.organisation)
        for edit in (self.last_name_edit, self.first_name_edit, self.middle_name_edit):
            edit.setReadOnly(True)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        for index in range(self.earlier_list.count()):
            entry = self.earlier_list.item(index)
            if entry.data(Qt.ItemDataRole.UserRole).person_id == row.person_id:
                self.earlier_list.setCurrentItem(entry)
                self.earlier_list.scrollToItem(entry)
        self.picked_label.setText(
            self.tr("Invited before; check the position and the organisation.")
        )
        self.new_person_button.setVisible(True)
        self.error_label.hide()

    def clear_pick(self) -> None:
        """A new person: the name is typed."""
        was_picked = self.person_id is not None
        self.person_id = None
        for edit in (self.last_name_edit, self.first_name_edit, self.middle_name_edit):
            edit.setReadOnly(False)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            if was_picked:
                edit.clear()
        if was_picked:
            self.position_edit.clear()
            self.organisation_edit.clear()
            self.earlier_list.clearSelection()
            self.earlier_list.setCurrentRow(-1)
        self.picked_label.setText(self.tr("A new person: type the name."))
        self.new_person_button.setVisible(False)
        if was_picked:
            self.last_name_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search field takes the first person found; Down goes to the list."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                found = self.visible_earlier()
                if found:
                    self.pick(found[0])
                    self.position_edit.setFocus()
                    self.position_edit.selectAll()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.earlier_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    # ----- saving ---------------------------------------------------------------------
    def save(self) -> None:
        position, organisation = self.position_edit.text(), self.organisation_edit.text()
        with self.database.session() as session:
            if self.person_id is not None:
                self.invitation_id = meetings.invite(
                    session,
                    self.state.id,
                    person_id=self.person_id,
                    position=position,
                    organisation=organisation,
                )
            else:
                self.invitation_id = meetings.invite(
                    session,
                    self.state.id,
                    person=PersonFields(
                        last_name=self.last_name_edit.text(),
                        first_name=self.first_name_edit.text(),
                        middle_name=self.middle_name_edit.text(),
                        position=position,
                        organisation=organisation,
                    ),
                    position=position,
                    organisation=organisation,
                )


class AttendanceView(QTableView):
    """Space toggles «present» for the selected members."""

    toggle_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _table(view: QTableView, name: str) -> QTableView:
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendance_tab")
        self.database = database
        self.meeting_id = meeting_id
        self.state: MeetingState | None = None
        self.quorum: Quorum | None = None
        self._dialog = None

        layout = QVBoxLayout(self)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorum_label")
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)
        self.presiding_label = QLabel()
        self.presiding_label.setObjectName("presiding_label")
        self.presiding_label.setWordWrap(True)
        self.presiding_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.presiding_label)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("attendance_explanation")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setStyleSheet(INFO_STYLE)
        self.explanation_label.hide()
        layout.addWidget(self.explanation_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("attendance_splitter")
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        self.present_action = self._action("mark_present", self.tr("Present"), self.mark_present)
        self.absent_action = self._action("mark_absent", self.tr("Mark absence…"), self.mark_absent)
        self.clear_action = self._action("clear_mark", self.tr("Clear the mark"), self.clear_mark)
        buttons = QHBoxLayout()
        self.mark_present_button = self._button(buttons, "mark_present_button", self.present_action)
        self.mark_present_button.setToolTip(self.tr("Mark the selected members present (Space)"))
        self.mark_absent_button = self._button(buttons, "mark_absent_button", self.absent_action)
        self.clear_mark_button = self._button(buttons, "clear_mark_button", self.clear_action)
        buttons.addSpacing(12)
        self.mark_rest_button = QPushButton(self.tr("Mark the rest present"))
        self.mark_rest_button.setObjectName("mark_rest_button")
        self.mark_rest_button.clicked.connect(self.mark_rest_present)
        buttons.addWidget(self.mark_rest_button)
        buttons.addStretch()
        self.marks_label = QLabel()
        self.marks_label.setObjectName("marks_label")
        buttons.addWidget(self.marks_label)
        members_layout.addLayout(buttons)

        self.model = AttendanceModel(self)
        self.model.toggle = self._toggle_one
        self.view = _table(AttendanceView(), "attendance_view")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setModel(self.model)
        self.view.toggle_requested.connect(self.toggle_selected)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.present_action, self.absent_action, self.clear_action])
        self.view.doubleClicked.connect(self._double_clicked)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttendanceModel.POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendanceModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AttendanceModel.PRESENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(AttendanceModel.REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AttendanceModel.NAME, 260)
        header.resizeSection(AttendanceModel.REASON, 190)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        members_layout.addWidget(self.view, 1)
        splitter.addWidget(members)

        invited = QGroupBox(self.tr("Invited"))
        invited.setObjectName("invited_group")
        invited_layout = QVBoxLayout(invited)
        invited_buttons = QHBoxLayout()
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.invite_button.setObjectName("invite_button")
        self.invite_button.clicked.connect(self.invite)
        invited_buttons.addWidget(self.invite_button)
        self.remove_invitation_button = QPushButton(self.tr("Remove from the invited"))
        self.remove_invitation_button.setObjectName("remove_invitation_button")
        self.remove_invitation_button.clicked.connect(self.remove_invitation)
        invited_buttons.addWidget(self.remove_invitation_button)
        invited_buttons.addStretch()
        invited_layout.addLayout(invited_buttons)
        self.invitation_model = InvitationModel(self)
        self.invitations_view = _table(QTableView(), "invitations_view")
        self.invitations_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invitations_view.setModel(self.invitation_model)
        self.invitations_view.verticalHeader().hide()
        iheader = self.invitations_view.horizontalHeader()
        iheader.setSectionResizeMode(InvitationModel.NAME, QHeaderView.ResizeMode.Interactive)
        iheader.setSectionResizeMode(InvitationModel.POSITION, QHeaderView.ResizeMode.Stretch)
        iheader.setSectionResizeMode(InvitationModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        iheader.resizeSection(InvitationModel.NAME, 270)
        self.invitations_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        invited_layout.addWidget(self.invitations_view, 1)
        splitter.addWidget(invited)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self._update_buttons()

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _button(self, layout, name: str, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setObjectName(name)
        button.clicked.connect(action.trigger)
        layout.addWidget(button)
        return button

    # ----- showing ----------------------------------------------------------------------
    def refresh(self, state: MeetingState) -> None:
        self.state = state
        selected = self.selected_person_ids()
        current = self._current_person_id()
        with self.database.session() as session:
            rows = meetings.attendance(session, self.meeting_id)
            self.quorum = meetings.quorum(session, self.meeting_id)
            rule = QuorumRule(get_body_row(session, state.body_id).quorum_rule)
            invited = meetings.invitations(session, self.meeting_id)
        correspondence = state.form is MeetingForm.CORRESPONDENCE
        self.model.editable = not state.locked and not correspondence
        self.model.set_rows(rows, correspondence=correspondence)
        self.invitation_model.set_rows(invited)
        self._show_quorum(self.quorum, rule)
        self._show_presiding(state, rows)
        if correspondence:
            self.explanation_label.setText(
                self.tr(
                    "A meeting by correspondence: the members who returned a ballot take "
                    "part. The votes of the ballots are recorded on the «Protocol» tab, and "
                    "this list follows them."
                )
            )
        elif state.locked:
            self.explanation_label.setText(
                self.tr(
                    "The protocol was signed on {0}: attendance does not change. A "
                    "correction is made only by an amendment."
                ).format(format_date(state.signed_on))
            )
        self.explanation_label.setVisible(correspondence or state.locked)
        absent = sum(1 for r in rows if r.present is False)
        unmarked = sum(1 for r in rows if r.present is None)
        self.marks_label.setText(
            self.tr("Absent: {0}; not marked: {1}").format(absent, unmarked)
            if not correspondence
            else ""
        )
        self._restore_selection(selected, current)
        self._update_buttons()

    def _show_quorum(self, quorum: Quorum, rule: QuorumRule) -> None:
        self.quorum_label.setText(quorum.describe())
        self.quorum_label.setStyleSheet(QUORUM_STYLE if quorum.reached else NO_QUORUM_STYLE)
        self.quorum_label.setProperty("reached", quorum.reached)
        self.quorum_label.setToolTip(
            self.tr(
                "The quorum rule of the body: {0}. Members on the roster on {1}: {2}; "
                "a quorum needs at least {3} present."
            ).format(
                rule.label,
                format_date(self.state.day) if self.state else "",
                quorum.members,
                quorum.required,
            )
        )

    def _show_presiding(self, state: MeetingState, rows: list[AttendanceRow]) -> None:
        by_person = {r.entry.person_id: r for r in rows}
        presiding = by_person.get(state.presiding_person_id or 0)
        chair = next((r for r in rows if r.entry.role is Role.CHAIR), None)
        if presiding is None:
            text = self.tr(
                "Presiding: nobody (the chair and the deputies are absent or not on the roster)"
            )
        else:
            text = self.tr("Presiding: {0} ({1})").format(
                presiding.name, presiding.entry.role.label
            )
            if presiding.entry.role is not Role.CHAIR and chair is not None and not chair.present:
                text += self.tr(" — the chair {0} is absent").format(chair.name)
        self.presiding_label.setText(text)

    def _reload(self) -> None:
        with self.database.session() as session:
            state = meetings.meeting_state(session, self.meeting_id)
        self.refresh(state)

    def selected_person_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.attendance(r).entry.person_id for r in rows if r < self.model.rowCount()]

    def selected_marks(self) -> list[AttendanceRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.attendance(r) for r in rows if r < self.model.rowCount()]

    def _current_person_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.attendance(index.row()).entry.person_id

    def _restore_selection(self, person_ids: list[int], current: int | None) -> None:
        selection = QItemSelection()
        for person_id in person_ids:
            row = self.model.row_of(person_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
        model = self.view.selectionModel()
        if current is not None and self.model.row_of(current) >= 0:
            model.setCurrentIndex(
                self.model.index(self.model.row_of(current), AttendanceModel.NAME),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_buttons(self) -> None:
        state = self.state
        editable = (
            state is not None and not state.locked and state.form is not MeetingForm.CORRESPONDENCE
        )
        chosen = bool(self.view.selectionModel().selectedRows())
        unmarked = any(r.present is None for r in self.model.rows())
        for action in (self.present_action, self.absent_action, self.clear_action):
            action.setEnabled(editable and chosen)
        for button, action in (
            (self.mark_present_button, self.present_action),
            (self.mark_absent_button, self.absent_action),
            (self.clear_mark_button, self.clear_action),
        ):
            button.setEnabled(action.isEnabled())
        self.mark_rest_button.setEnabled(editable and unmarked)
        correspondence = state is not None and state.form is MeetingForm.CORRESPONDENCE
        for button in (
            self.mark_present_button,
            self.mark_absent_button,
            self.clear_mark_button,
            self.mark_rest_button,
        ):
            button.setVisible(not correspondence)
        can_invite = state is not None and not state.locked
        self.invite_button.setEnabled(can_invite)
        self.remove_invitation_button.setEnabled(
            can_invite and bool(self.invitations_view.selectionModel().selectedRows())
        )

    # ----- marking ----------------------------------------------------------------------
    def _set(self, changes: list[tuple[int, bool | None]]) -> None:
        """Store each (person, present) mark: one store call per member."""

        def apply(session) -> None:
            for person_id, present in changes:
                meetings.set_attendance(session, self.meeting_id, person_id, present)

        done, _ = write(self, self.database, apply)
        if done:
            self._reload()
            self.changed.emit()

    def _editable(self) -> bool:
        return self.model.editable

    def _toggle_one(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0 or not self._editable():
            return
        present = self.model.attendance(row).present
        self._set([(person_id, None if present else True)])

    def toggle_selected(self) -> None:
        """Space: present ↔ not marked for the selected members (absent → present)."""
        marks = self.selected_marks()
        if not marks or not self._editable():
            return
        current = self._current_person_id()
        leading = next((m for m in marks if m.entry.person_id == current), marks[0])
        value = None if leading.present else True
        self._set([(m.entry.person_id, value) for m in marks])

    def mark_present(self) -> None:
        marks = self.selected_marks()
        if marks and self._editable():
            self._set([(m.entry.person_id, True) for m in marks])

    def clear_mark(self) -> None:
        marks = self.selected_marks()
        if marks and self._editable():
            self._set([(m.entry.person_id, None) for m in marks])

    def mark_absent(self) -> None:
        marks = self.selected_marks()
        if not marks or not self._editable():
            return
        dialog = AbsenceDialog(self.database, self.meeting_id, marks, self)
        keep_one_dialog(self, dialog)
        dialog.accepted.connect(self._after_dialog)
        dialog.open()

    def _double_clicked(self, index) -> None:
        if index.column() == AttendanceModel.REASON:
            self.mark_absent()

    def _after_dialog(self) -> None:
        self._reload()
        self.changed.emit()
        self.view.setFocus()

    def mark_rest_present(self) -> None:
        if not self._editable():
            return
        done, _ = write(
            self, self.database, lambda s: meetings.mark_unmarked_present(s, self.meeting_id)
        )
        if done:
            self._reload()
            self.changed.emit()

    # ----- invited ----------------------------------------------------------------------
    def invite(self) -> None:
        if self.state is None or self.state.locked:
            return
        dialog = InviteDialog(self.database, self.state, self)
        keep_one_dialog(self, dialog)
        dialog.accepted.connect(self._after_dialog)
        dialog.open()

    def current_invitation(self) -> InvitationRow | None:
        rows = self.invitations_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.invitation_model.invitation(rows[0].row())

    def remove_invitation(self) -> None:
        invitation = self.current_invitation()
        if invitation is None:
            return

        def remove() -> None:
            done, _ = write(
                self, self.database, lambda s: meetings.remove_invitation(s, invitation.id)
            )
            if done:
                self._reload()
                self.changed.emit()

        ask(
            self,
            self.tr("Remove {0} from the people invited to the meeting?").format(
                invitation.full_name
            ),
            remove,
            self.tr("Remove"),
        )
