"""Plan a meeting or correct its details: date, time, venue, form, number, protocol form.

The number is offered as the next free one of the chosen date's year and follows the year
while the secretary has not typed a number of their own; the store refuses a number that
is taken, and the message names the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from desktop_app.domain.meeting import MeetingForm, ProtocolForm, format_time, parse_time
from desktop_app.store.database import Database
from desktop_app.store.meetings import (
    MeetingFields,
    create_meeting,
    list_meetings,
    meeting_fields,
    next_number,
    update_meeting,
)
from desktop_app.views.forms import FormDialog, fill_combo, from_qdate, to_qdate


class MeetingDialog(FormDialog):
    def __init__(
        self,
        database: Database,
        body_id: int,
        meeting_id: int | None = None,
        default_day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("meeting_form.ui", parent)
        self.setObjectName("meeting_dialog")
        self.database = database
        self.body_id = body_id
        self.meeting_id = meeting_id
        self.setWindowTitle(
            self.tr("Plan a meeting") if meeting_id is None else self.tr("Meeting details")
        )
        with database.session() as session:
            if meeting_id is None:
                fields = MeetingFields(day=default_day or date.today())
            else:
                fields = meeting_fields(session, meeting_id)
            earlier = list_meetings(session, body_id)
        assert fields.day is not None
        # The meeting's own number in its own year: the number to go back to.
        self._own = (fields.day.year, fields.number) if meeting_id is not None else None
        self._numbers = {}  # year → the next free number, asked once per year
        for row in earlier:
            self._numbers[row.year] = max(self._numbers.get(row.year, 1), row.number + 1)
        w = self.widget
        fill_combo(w("form_combo"), [(f.label, f.value) for f in MeetingForm], fields.form.value)
        fill_combo(
            w("protocol_form_combo"),
            [(f.label, f.value) for f in ProtocolForm],
            fields.protocol_form.value,
        )
        w("day_edit").setDate(to_qdate(fields.day))
        w("start_edit").setText(format_time(fields.start))
        w("venue_edit").setText(fields.venue)
        w("note_edit").setPlainText(fields.note)
        venues = list(dict.fromkeys(row.venue for row in reversed(earlier) if row.venue))
        if venues:
            completer = QCompleter(venues, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            w("venue_edit").setCompleter(completer)
        self._number_typed = False
        self._show_number(fields.number)
        w("number_spin").valueChanged.connect(self._number_edited)
        w("day_edit").dateChanged.connect(lambda _day: self._show_number(None))
        self.field_widgets = {
            "Дата": w("day_edit"),
            "Время": w("start_edit"),
            "Номер": w("number_spin"),
            "Место проведения": w("venue_edit"),
            "Примечание": w("note_edit"),
        }
        self.resize(600, self.sizeHint().height())

    def _free_number(self, year: int) -> int:
        if self._own is not None and self._own[0] == year:
            return self._own[1]
        if year not in self._numbers:
            with self.database.session() as session:
                self._numbers[year] = next_number(session, self.body_id, year)
        return self._numbers[year]

    def _show_number(self, number: int | None) -> None:
        """The given number, or (after a change of date) the free number of the year,
        unless the secretary typed one."""
        spin = self.widget("number_spin")
        year = self.widget("day_edit").date().year()
        if number is None and self._number_typed:
            return
        spin.blockSignals(True)
        spin.setValue(number if number is not None else self._free_number(year))
        spin.blockSignals(False)
        if self._own is None:
            self.widget("number_hint").setText(
                self.tr("the next free number in {0}: {1}").format(year, self._free_number(year))
            )

    def _number_edited(self) -> None:
        self._number_typed = True

    def fields(self) -> MeetingFields:
        w = self.widget
        return MeetingFields(
            day=from_qdate(w("day_edit").date()),
            start=parse_time(w("start_edit").text()),
            venue=w("venue_edit").text(),
            form=MeetingForm(w("form_combo").currentData()),
            number=w("number_spin").value(),
            protocol_form=ProtocolForm(w("protocol_form_combo").currentData()),
            note=w("note_edit").toPlainText(),
        )

    def save(self) -> None:
        fields = self.fields()
        with self.database.session() as session:
            if self.meeting_id is None:
                self.meeting_id = create_meeting(session, self.body_id, fields)
            else:
                update_meeting(session, self.meeting_id, fields)
