"""Add a member to a body or correct a member's record.

Typing a surname offers the people already in the database (a deputy head sits on
several commissions): choosing one links the same person instead of creating a twin.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from desktop_app.domain.names import Case, PersonName, decline, guess_gender
from desktop_app.domain.person import PersonFields
from desktop_app.domain.roster import RosterEntry
from desktop_app.domain.vocabulary import BodyKind, Gender, Role, Side
from desktop_app.store.database import Database
from desktop_app.store.roster import (
    add_member,
    find_people,
    person_fields,
    update_member,
    update_person,
)
from desktop_app.views.forms import FormDialog, fill_combo, from_qdate, to_qdate


class MemberDialog(FormDialog):
    def __init__(
        self,
        database: Database,
        body_id: int,
        kind: BodyKind,
        entry: RosterEntry | None = None,
        parent: QWidget | None = None,
        *,
        collect_only: bool = False,
    ) -> None:
        """``collect_only``: check the input and keep it in ``collected`` (a person and a
        role joining by act) instead of storing it."""
        super().__init__("member_form.ui", parent)
        self.collect_only = collect_only
        self.collected: tuple[PersonFields, Role, Side | None] | None = None
        self.setObjectName("member_dialog")
        self.database = database
        self.body_id = body_id
        self.entry = entry
        self.person_id: int | None = entry.person_id if entry else None
        self.membership_id: int | None = None
        self.setWindowTitle(self.tr("New member") if entry is None else self.tr("Member"))
        w = self.widget
        fill_combo(
            w("gender_combo"),
            [(self.tr("by patronymic"), None)] + [(g.label, g.value) for g in Gender],
        )
        fill_combo(w("role_combo"), [(r.label, r.value) for r in Role], Role.MEMBER.value)
        fill_combo(w("side_combo"), [("", None)] + [(s.label, s.value) for s in Side])
        tripartite = kind is BodyKind.TRIPARTITE_COMMISSION
        w("side_combo").setVisible(tripartite)
        w("side_combo_label").setVisible(tripartite)
        w("start_date_edit").setDate(to_qdate(date.today()))
        if collect_only:
            w("start_date_edit").hide()
            w("start_date_edit_label").hide()
        if entry is not None:
            with database.session() as session:
                self._show_person(person_fields(session, entry.person_id))
            w("role_combo").setCurrentIndex(w("role_combo").findData(entry.role.value))
            if entry.side:
                w("side_combo").setCurrentIndex(w("side_combo").findData(entry.side.value))
            w("start_date_edit").setDate(to_qdate(entry.start))
        else:
            self._offer_existing_people()
        for name in ("last_name_edit", "first_name_edit", "middle_name_edit"):
            w(name).textChanged.connect(self._update_case_hints)
        w("gender_combo").currentIndexChanged.connect(self._update_case_hints)
        self._update_case_hints()
        self.field_widgets = {
            "Фамилия": w("last_name_edit"),
            "Имя": w("first_name_edit"),
            "Отчество": w("middle_name_edit"),
            "ФИО": w("last_name_edit"),
            "Должность": w("position_edit"),
            "Организация": w("organisation_edit"),
            "Телефон": w("phone_edit"),
            "Эл. почта": w("email_edit"),
            "Роль": w("role_combo"),
            "Дата выбытия": w("start_date_edit"),
            "Родительный падеж": w("genitive_edit"),
            "Дательный падеж": w("dative_edit"),
            "Винительный падеж": w("accusative_edit"),
        }
        self.resize(620, self.sizeHint().height())

    # The people already in the database, offered while the surname is typed.
    def _offer_existing_people(self) -> None:
        self._people_model = QStringListModel(self)
        self._people: dict[str, int] = {}
        completer = QCompleter(self._people_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._choose_person)
        self.widget("last_name_edit").setCompleter(completer)
        self.widget("last_name_edit").textEdited.connect(self._search_people)

    def _search_people(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        with self.database.session() as session:
            found = find_people(session, text)
        self._people = {
            f"{name} — {position}" if position else name: pid for pid, name, position in found
        }
        self._people_model.setStringList(list(self._people))

    def _choose_person(self, text: str) -> None:
        person_id = self._people.get(text)
        if person_id is None:
            return
        self.person_id = person_id
        with self.database.session() as session:
            self._show_person(person_fields(session, person_id))

    def _show_person(self, person: PersonFields) -> None:
        w = self.widget
        w("last_name_edit").setText(person.last_name)
        w("first_name_edit").setText(person.first_name)
        w("middle_name_edit").setText(person.middle_name)
        w("gender_combo").setCurrentIndex(
            w("gender_combo").findData(person.gender.value if person.gender else None)
        )
        w("position_edit").setText(person.position)
        w("organisation_edit").setText(person.organisation)
        w("phone_edit").setText(person.phone)
        w("email_edit").setText(person.email)
        w("genitive_edit").setText(person.name_genitive)
        w("dative_edit").setText(person.name_dative)
        w("accusative_edit").setText(person.name_accusative)

    def _name(self) -> PersonName:
        w = self.widget
        gender = w("gender_combo").currentData()
        middle = w("middle_name_edit").text().strip()
        first = w("first_name_edit").text().strip()
        return PersonName(
            last=w("last_name_edit").text().strip(),
            first=first,
            middle=middle,
            gender=Gender(gender) if gender else guess_gender(middle, first),
        )

    def _update_case_hints(self) -> None:
        name = self._name()
        if not name.last or not name.first:
            return
        for case, edit in (
            (Case.GENITIVE, "genitive_edit"),
            (Case.DATIVE, "dative_edit"),
            (Case.ACCUSATIVE, "accusative_edit"),
        ):
            self.widget(edit).setPlaceholderText(decline(name, case))

    def person(self) -> PersonFields:
        w = self.widget
        gender = w("gender_combo").currentData()
        return PersonFields(
            last_name=w("last_name_edit").text(),
            first_name=w("first_name_edit").text(),
            middle_name=w("middle_name_edit").text(),
            gender=Gender(gender) if gender else None,
            position=w("position_edit").text(),
            organisation=w("organisation_edit").text(),
            phone=w("phone_edit").text(),
            email=w("email_edit").text(),
            name_genitive=w("genitive_edit").text(),
            name_dative=w("dative_edit").text(),
            name_accusative=w("accusative_edit").text(),
        )

    def save(self) -> None:
        w = self.widget
        person = self.person()
        role = Role(w("role_combo").currentData())
        side = Side(w("side_combo").currentData()) if w("side_combo").currentData() else None
        start = from_qdate(w("start_date_edit").date())
        if self.collect_only:
            self.collected = (person.cleaned(), role, side)
            return
        with self.database.session() as session:
            if self.entry is not None:
                update_member(
                    session, self.entry.membership_id, person, role, start, side, self.entry.end
                )
                self.membership_id = self.entry.membership_id
                return
            if self.person_id is not None:
                update_person(session, self.person_id, person)
                self.membership_id = add_member(
                    session, self.body_id, self.person_id, role, start, side
                )
            else:
                self.membership_id = add_member(session, self.body_id, person, role, start, side)
