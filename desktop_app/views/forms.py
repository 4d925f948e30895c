"""Designer forms from ``ui/`` and the dialogs that edit through the store.

A ``StoreDialog`` has OK, Cancel and a line for the error. On OK it calls ``save()``; a
ValidationError keeps the dialog open, shows the Russian message and puts the cursor into
the field it names, so nothing is stored until the input is right. A ``FormDialog`` is one
around a Designer form.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.resources import ui_path


def load_form(file_name: str, parent: QWidget | None = None) -> QWidget:
    from PySide6.QtUiTools import QUiLoader  # only when a dialog opens: start-up speed

    loader = QUiLoader()
    form = loader.load(str(ui_path(file_name)), parent)
    if form is None:
        raise RuntimeError(f"form {file_name}: {loader.errorString()}")
    return form


def to_qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate):
    return value.toPython()


def date_edit(value, name: str = "") -> QDateEdit:
    """A date field as the users write dates: ДД.ММ.ГГГГ, with a calendar."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    if name:
        edit.setObjectName(name)
    return edit


def error_label() -> QLabel:
    """The line under a form where a Russian message names the bad field; hidden until then."""
    label = QLabel()
    label.setObjectName("error_label")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_validation_error(label: QLabel, error: ValidationError) -> None:
    label.setText(str(error))
    label.show()


def fill_combo(combo: QComboBox, items, current=None) -> None:
    """Items are (text, data) pairs; select the one whose data is ``current``."""
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)


class StoreDialog(QDialog):
    """A dialog with an error line and OK / Cancel under what the subclass puts into
    ``layout_`` (then ``finish_layout()``). On OK it calls the subclass's ``save()``; a
    ValidationError keeps it open, shows the Russian message and puts the cursor into the
    field it names (``field_widgets``), so nothing is stored until the input is right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 12)
        self.layout_.setSpacing(10)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.field_widgets: dict[str, QWidget] = {}

    def finish_layout(self) -> None:
        """Put the error line and the buttons under what the subclass added."""
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, error: ValidationError) -> None:
        show_validation_error(self.error_label, error)
        widget = self.field_widgets.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def _try_accept(self) -> None:
        try:
            self.save()  # defined by every subclass
        except ValidationError as error:
            self.show_error(error)
            return
        self.accept()


class FormDialog(StoreDialog):
    """A StoreDialog around a Designer form from ``ui/``."""

    def __init__(self, form_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form(form_file, self)
        self.layout_.addWidget(self.form)
        self.finish_layout()

    def widget(self, name: str):
        found = self.form.findChild(QWidget, name)
        if found is None:
            raise LookupError(name)
        return found


def size_text(size: int) -> str:
    """«12 КБ», «2,5 МБ» (a comma, a no-break space before the unit)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))}\u00a0КБ"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + "\u00a0МБ"
