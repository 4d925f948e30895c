"""Create or edit a body: kind, names, organisation, place, creating act, rules of work."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from desktop_app.domain.body import BodyFields, genitive_of_body_name
from desktop_app.domain.vocabulary import ActKind, BodyKind, QuorumRule
from desktop_app.store.bodies import body_fields, create_body, update_body
from desktop_app.store.database import Database
from desktop_app.views.forms import FormDialog, fill_combo, from_qdate, to_qdate


class BodyDialog(FormDialog):
    def __init__(
        self, database: Database, body_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("body_form.ui", parent)
        self.setObjectName("body_dialog")
        self.database = database
        self.body_id = body_id
        self.setWindowTitle(self.tr("New body") if body_id is None else self.tr("Body settings"))
        if body_id is None:
            fields = BodyFields(act_date=date.today())
        else:
            with database.session() as session:
                fields = body_fields(session, body_id)
        w = self.widget
        fill_combo(w("kind_combo"), [(k.label, k.value) for k in BodyKind], fields.kind.value)
        fill_combo(
            w("act_kind_combo"), [(k.label, k.value) for k in ActKind], fields.act_kind.value
        )
        fill_combo(
            w("quorum_combo"), [(q.label, q.value) for q in QuorumRule], fields.quorum_rule.value
        )
        w("full_name_edit").setPlainText(fields.full_name)
        w("genitive_edit").setPlainText(fields.full_name_genitive)
        w("short_name_edit").setText(fields.short_name)
        w("organisation_edit").setText(fields.organisation)
        w("place_edit").setText(fields.place)
        w("act_number_edit").setText(fields.act_number)
        w("act_date_edit").setDate(to_qdate(fields.act_date or date.today()))
        w("report_day_spin").setValue(fields.report_day)
        w("meetings_spin").setValue(fields.meetings_per_quarter)
        w("full_name_edit").textChanged.connect(self._suggest_genitive)
        self._genitive_typed = bool(fields.full_name_genitive) and (
            fields.full_name_genitive != genitive_of_body_name(fields.full_name)
        )
        w("genitive_edit").textChanged.connect(self._genitive_edited)
        self.field_widgets = {
            "Полное наименование": w("full_name_edit"),
            "Наименование в родительном падеже": w("genitive_edit"),
            "Краткое наименование": w("short_name_edit"),
            "Организация": w("organisation_edit"),
            "Место": w("place_edit"),
            "Номер акта": w("act_number_edit"),
            "Срок отчетов": w("report_day_spin"),
            "Заседаний в квартал": w("meetings_spin"),
        }
        self.resize(640, 560)

    def _suggest_genitive(self) -> None:
        if not self._genitive_typed:
            edit = self.widget("genitive_edit")
            edit.blockSignals(True)
            edit.setPlainText(genitive_of_body_name(self.widget("full_name_edit").toPlainText()))
            edit.blockSignals(False)

    def _genitive_edited(self) -> None:
        self._genitive_typed = True

    def fields(self) -> BodyFields:
        w = self.widget
        return BodyFields(
            kind=BodyKind(w("kind_combo").currentData()),
            full_name=w("full_name_edit").toPlainText(),
            full_name_genitive=w("genitive_edit").toPlainText(),
            short_name=w("short_name_edit").text(),
            organisation=w("organisation_edit").text(),
            place=w("place_edit").text(),
            act_kind=ActKind(w("act_kind_combo").currentData()),
            act_number=w("act_number_edit").text(),
            act_date=from_qdate(w("act_date_edit").date()),
            quorum_rule=QuorumRule(w("quorum_combo").currentData()),
            report_day=w("report_day_spin").value(),
            meetings_per_quarter=w("meetings_spin").value(),
        )

    def save(self) -> None:
        fields = self.fields()
        with self.database.session() as session:
            if self.body_id is None:
                self.body_id = create_body(session, fields)
            else:
                update_body(session, self.body_id, fields)
