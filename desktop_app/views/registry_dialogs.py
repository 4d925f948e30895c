"""The dialogs of the registries page: an improvement proposal, a person trained, and the
table «Общие сведения о проводимых лин-проектах» of a unit as of a date (with the unit's
self-assessment entered there). Every write goes through the store; a ValidationError keeps
the dialog open with the Russian message naming the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import ProposalStatus, TrainingKind
from desktop_app.domain.registries import AssessmentData, ProposalData, TrainingData
from desktop_app.store.database import Database
from desktop_app.views.forms import StoreDialog, date_edit, fill_combo, from_qdate, to_qdate

EXTERNAL_PROVIDER = "АНО «Центр компетенций Кузбасса»"


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field enabled by it."""

    toggled = Signal(bool)

    def __init__(self, text: str, value: date | None, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.check.setObjectName(f"{name}_check")
        self.edit = date_edit(value or date.today(), f"{name}_edit")
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.toggled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))

    def setFocus(self) -> None:  # noqa: N802 - Qt's name
        (self.edit if self.check.isChecked() else self.check).setFocus()


def text_edit(text: str, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def line_edit(text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    return edit


def units_combo(units: list[tuple[str, int]], current: int | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    fill_combo(combo, units, current)
    combo.setMinimumContentsLength(40)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


# ----- a proposal -----------------------------------------------------------------------------
class ProposalDialog(StoreDialog):
    """A предложение по улучшению: add (``proposal_id`` None) or change."""

    def __init__(
        self,
        database: Database,
        body_id: int,
        units: list[tuple[str, int]],
        data: ProposalData | None = None,
        proposal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposal_dialog")
        self.database, self.body_id, self.proposal_id = database, body_id, proposal_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Improvement proposal") if proposal_id else self.tr("New improvement proposal")
        )
        data = data or ProposalData(
            unit_id=units[0][1] if units else 0, author="", submitted_on=date.today(), text=""
        )
        form = QFormLayout()
        self.unit_combo = units_combo(units, data.unit_id, "proposal_unit")
        self.number_edit = line_edit(data.number, "proposal_number")
        self.number_edit.setPlaceholderText(self.tr("e.g. 3/2024"))
        self.author_edit = line_edit(data.author, "proposal_author")
        self.submitted_edit = date_edit(data.submitted_on, "proposal_submitted")
        self.text_edit = text_edit(data.text, "proposal_text", 4)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("proposal_status")
        fill_combo(
            self.status_combo, [(_status_text(s), s.value) for s in ProposalStatus], data.status
        )
        self.decided = OptionalDate(self.tr("decided on"), data.decided_on, "proposal_decided")
        self.effect_edit = text_edit(data.effect, "proposal_effect", 2)
        for label, widget, field in (
            (self.tr("Executor:"), self.unit_combo, "Исполнитель"),
            (self.tr("Number:"), self.number_edit, "Номер"),
            (self.tr("Author:"), self.author_edit, "Автор"),
            (self.tr("Submitted on:"), self.submitted_edit, "Дата подачи"),
            (self.tr("Proposal:"), self.text_edit, "Содержание предложения"),
            (self.tr("Status:"), self.status_combo, ""),
            (self.tr("Decision:"), self.decided, "Дата решения"),
            (self.tr("Effect:"), self.effect_edit, "Эффект"),
        ):
            form.addRow(label, widget)
            if field:
                self.field_widgets[field] = widget
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(640, self.sizeHint().height())

    def data(self) -> ProposalData:
        return ProposalData(
            unit_id=self.unit_combo.currentData(),
            author=self.author_edit.text(),
            submitted_on=from_qdate(self.submitted_edit.date()),
            text=self.text_edit.toPlainText(),
            number=self.number_edit.text(),
            status=ProposalStatus(self.status_combo.currentData()),
            decided_on=self.decided.value(),
            effect=self.effect_edit.toPlainText(),
        )

    def save(self) -> None:
        from desktop_app.store.registries import save_proposal

        data = self.data()
        with self.database.session() as session:
            self.saved_id = save_proposal(session, self.body_id, data, self.proposal_id)


def _status_text(status: ProposalStatus) -> str:
    return {
        ProposalStatus.SUBMITTED: QCoreApplication.translate("RegistryDialogs", "submitted"),
        ProposalStatus.ACCEPTED: QCoreApplication.translate("RegistryDialogs", "accepted"),
        ProposalStatus.IMPLEMENTED: QCoreApplication.translate("RegistryDialogs", "implemented"),
        ProposalStatus.REJECTED: QCoreApplication.translate("RegistryDialogs", "rejected"),
    }[status]


def kind_text(kind: TrainingKind) -> str:
    return (
        QCoreApplication.translate("RegistryDialogs", "external")
        if kind is TrainingKind.EXTERNAL
        else QCoreApplication.translate("RegistryDialogs", "internal")
    )


# ----- a person trained -----------------------------------------------------------------------
class TrainingDialog(StoreDialog):
    def __init__(
        self,
        database: Database,
        body_id: int,
        units: list[tuple[str, int]],
        data: TrainingData | None = None,
        training_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("training_dialog")
        self.database, self.body_id, self.training_id = database, body_id, training_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Training") if training_id else self.tr("New training"))
        data = data or TrainingData(
            unit_id=units[0][1] if units else 0,
            person="",
            course="",
            trained_on=date.today(),
            provider=EXTERNAL_PROVIDER,
        )
        form = QFormLayout()
        self.unit_combo = units_combo(units, data.unit_id, "training_unit")
        self.person_edit = line_edit(data.person, "training_person")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("training_kind")
        fill_combo(self.kind_combo, [(kind_text(k), k.value) for k in TrainingKind], data.kind)
        self.course_edit = line_edit(data.course, "training_course")
        self.provider_edit = line_edit(data.provider, "training_provider")
        self.provider_edit.setPlaceholderText(self.tr("who taught: organisation or colleague"))
        self.date_edit = date_edit(data.trained_on, "training_date")
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        for label, widget, field in (
            (self.tr("Executor:"), self.unit_combo, "Исполнитель"),
            (self.tr("Employee:"), self.person_edit, "Сотрудник"),
            (self.tr("Training:"), self.kind_combo, ""),
            (self.tr("Course:"), self.course_edit, "Программа обучения"),
            (self.tr("Taught by:"), self.provider_edit, "Кто обучал"),
            (self.tr("Date:"), self.date_edit, "Дата обучения"),
        ):
            form.addRow(label, widget)
            if field:
                self.field_widgets[field] = widget
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(600, self.sizeHint().height())

    def _kind_chosen(self) -> None:
        external = self.kind_combo.currentData() == TrainingKind.EXTERNAL.value
        if external and not self.provider_edit.text().strip():
            self.provider_edit.setText(EXTERNAL_PROVIDER)
        elif not external and self.provider_edit.text() == EXTERNAL_PROVIDER:
            self.provider_edit.clear()

    def data(self) -> TrainingData:
        return TrainingData(
            unit_id=self.unit_combo.currentData(),
            person=self.person_edit.text(),
            course=self.course_edit.text(),
            trained_on=from_qdate(self.date_edit.date()),
            kind=TrainingKind(self.kind_combo.currentData()),
            provider=self.provider_edit.text(),
        )

    def save(self) -> None:
        from desktop_app.store.registries import save_training

        data = self.data()
        with self.database.session() as session:
            self.saved_id = save_training(session, self.body_id, data, self.training_id)


# ----- «Общие сведения о проводимых лин-проектах» ---------------------------------------------
class LeanTableDialog(StoreDialog):
    """Choose the unit and the date; the unit's latest self-assessment is shown, a new one
    may be recorded on the date. OK records it (when asked) and then ``accepted`` tells the
    page to show the preview; «Сохранить…» writes the file (PDF or XLSX)."""

    save_requested = Signal()

    def __init__(
        self,
        database: Database,
        units: list[tuple[str, int]],
        unit_id: int | None = None,
        on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lean_table_dialog")
        self.database = database
        self.setWindowTitle(self.tr("General information on lean projects"))
        form = QFormLayout()
        self.unit_combo = units_combo(units, unit_id, "lean_table_unit")
        self.date_edit = date_edit(on or date.today(), "lean_table_date")
        self.latest_label = QLabel()
        self.latest_label.setObjectName("lean_table_latest")
        self.latest_label.setWordWrap(True)
        self.record_check = QCheckBox(self.tr("Record the unit's self-assessment on this date"))
        self.record_check.setObjectName("lean_table_record")
        self.share_spin = QDoubleSpinBox()
        self.share_spin.setObjectName("lean_table_share")
        self.share_spin.setRange(0, 100)
        self.share_spin.setDecimals(1)
        self.share_spin.setSuffix(" %")
        self.level_spin = QSpinBox()
        self.level_spin.setObjectName("lean_table_level")
        self.level_spin.setRange(0, 10)
        for widget in (self.share_spin, self.level_spin):
            widget.setEnabled(False)
            self.record_check.toggled.connect(widget.setEnabled)
        form.addRow(self.tr("Executor:"), self.unit_combo)
        form.addRow(self.tr("As of:"), self.date_edit)
        form.addRow(self.tr("Self-assessment:"), self.latest_label)
        form.addRow("", self.record_check)
        form.addRow(self.tr("Share of lean practice:"), self.share_spin)
        form.addRow(self.tr("Lean culture level (0–10):"), self.level_spin)
        self.field_widgets.update(
            {
                "Исполнитель": self.unit_combo,
                "По состоянию на": self.date_edit,
                "Степень распространения бережливого производства, %": self.share_spin,
                "Уровень бережливой культуры": self.level_spin,
            }
        )
        self.layout_.addLayout(form)
        self.finish_layout()
        self.ok_button().setText(self.tr("Preview…"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("lean_table_save")
        self.buttons.addButton(self.save_button, self.buttons.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save_clicked)
        self.unit_combo.currentIndexChanged.connect(self._show_latest)
        self.date_edit.dateChanged.connect(self._show_latest)
        self._show_latest()
        self.resize(820, self.sizeHint().height())

    def unit_id(self) -> int | None:
        return self.unit_combo.currentData()

    def as_of(self) -> date:
        return from_qdate(self.date_edit.date())

    def _show_latest(self, *_args) -> None:
        from desktop_app.store.registries import latest_assessment

        unit_id = self.unit_id()
        latest = None
        if unit_id is not None:
            with self.database.session() as session:
                latest = latest_assessment(session, unit_id, self.as_of())
        if latest is None:
            self.latest_label.setText(self.tr("none on or before this date"))
            return
        share = "—" if latest.practice_share is None else f"{latest.practice_share:g} %"
        level = "—" if latest.culture_level is None else str(latest.culture_level)
        self.latest_label.setText(
            self.tr("share {0}, level {1} (as of {2})").format(
                share, level, format_date(latest.assessed_on)
            )
        )
        if not self.record_check.isChecked():
            self.share_spin.setValue(latest.practice_share or 0)
            self.level_spin.setValue(latest.culture_level or 0)

    def save(self) -> None:
        """Record the assessment when asked (the store checks it)."""
        from desktop_app.store.registries import save_assessment

        if self.unit_id() is None:
            raise ValidationError("выберите исполнителя", "Исполнитель")
        if not self.record_check.isChecked():
            return
        data = AssessmentData(
            self.unit_id(), self.as_of(), self.share_spin.value(), self.level_spin.value()
        )
        with self.database.session() as session:
            save_assessment(session, data)

    def _save_clicked(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            self.show_error(error)
            return
        self.record_check.setChecked(False)
        self._show_latest()
        self.save_requested.emit()
