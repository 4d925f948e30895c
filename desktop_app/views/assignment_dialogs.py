"""The dialogs of one assignment (поручение) on control: the form of a new one or a
correction, its card, the report of execution, the extension of its deadline, its removal
from control, its return to control and its deletion.

Each public function opens its dialog modally and returns when it is closed: True (or the
new id) when something was written, so the caller refreshes its list. The writes go
through ``desktop_app.store.assignments``; a refusal of the store (a ValidationError)
keeps the dialog open with the Russian message naming the field, and nothing is stored.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assignment import AssignmentStatus, Recurrence, Schedule
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import ValidationError
from desktop_app.store import assignments as store
from desktop_app.store.assignments import AssignmentDetail, AssignmentFields, ReportRow
from desktop_app.store.database import Database
from desktop_app.store.materials import storage_dir
from desktop_app.views.forms import (
    FormDialog,
    StoreDialog,
    date_edit,
    fill_combo,
    from_qdate,
    to_qdate,
)
from desktop_app.views.messages import ask, show_error

#: QSettings keys: who accepts the reports, the folder of the last attached file.
ACCEPTED_BY_KEY = "assignments/accepted_by"
REPORT_FOLDER_KEY = "assignments/report_folder"

#: The card's width and the range of its height (a longer card scrolls).
CARD_WIDTH = 780
CARD_MIN_HEIGHT = 380
CARD_MAX_HEIGHT = 680

#: How long a text of an assignment is quoted at the top of the small dialogs.
QUOTE_LIMIT = 240

_CARD_STYLE = """
QLabel#card_text { font-size: 11pt; }
QLabel#card_status[kind="overdue"], QLabel#report_late { color: #a40000; font-weight: bold; }
QLabel#card_status[kind="executed"] { color: #2b6a2b; font-weight: bold; }
QLabel#card_status[kind="removed"] { color: #555555; font-weight: bold; }
QLabel#card_status[kind="on_control"] { font-weight: bold; }
QFrame#report_frame, QFrame#extension_frame {
    border: 1px solid #dcdcdc; border-radius: 3px; background: #fafafa;
}
QLabel.muted, QLabel#executors_hint, QLabel#schedule_hint, QLabel#dialog_quote,
QLabel#report_period_hint { color: #555555; }
QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] { background: #f2f2f2; }
QLabel#card_field_label { color: #444444; }
"""


# ----- small helpers ------------------------------------------------------------------------
def _plain_label(text: str = "", name: str = "") -> QLabel:
    """A label of user text: wrapped, selectable, never read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _month_names() -> list[str]:
    """«января» … «декабря»: the months as a yearly deadline names them."""
    locale = QLocale(QLocale.Language.Russian)
    return [locale.monthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13)]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _wait_for(dialog: QDialog) -> None:
    """Wait (with the events running) until a dialog opened with ``open()`` is closed."""
    if not dialog.isVisible():
        return
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    loop.exec()


class ElidedLabel(QLabel):
    """One line that shortens a long text in the middle («Отчет о реализ…2024 года.docx»)
    to the width it gets; ``full_text()`` is the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class _ListCompleter(QCompleter):
    """Completes the last name of a comma-separated list: «Романов В.В., Шир» → Широкова."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(names, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt's name)
        typed = self.widget().text() if self.widget() is not None else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


# ----- the form of an assignment ------------------------------------------------------------
class AssignmentDialog(FormDialog):
    """A new assignment given by hand, or a correction of one on control.

    The deadline is a date, a recurring one (ежемесячно / ежеквартально / ежегодно до N
    числа) or none («постоянно»). The text and the source of an assignment from a
    protocol follow the protocol, and a deadline already reported on or extended moves
    only by an extension: those fields are then read-only and a note says why."""

    def __init__(
        self,
        database: Database,
        assignment_id: int | None = None,
        body_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("assignment_form.ui", parent)
        self.setObjectName("assignment_dialog")
        self.database = database
        self.assignment_id = assignment_id
        self.setWindowTitle(
            self.tr("New assignment") if assignment_id is None else self.tr("Assignment")
        )
        w = self.widget
        today = date.today()
        with database.session() as session:
            from desktop_app.store.bodies import list_bodies

            bodies = [(body.short_name, body.id) for body in list_bodies(session)]
            if assignment_id is not None:
                self.original = store.assignment_fields(session, assignment_id)
                detail = store.assignment_detail(session, assignment_id)
            else:
                self.original = AssignmentFields(
                    body_id=body_id if body_id is not None else (bodies[0][1] if bodies else 0),
                    text="",
                    executors="",
                    given_on=today,
                    deadline=today + timedelta(days=30),
                )
                detail = None
        fields = self.original
        fill_combo(w("body_combo"), bodies, fields.body_id)
        w("body_combo").setEnabled(assignment_id is None and body_id is None)
        w("text_edit").setPlainText(fields.text)
        w("source_edit").setText(fields.source)
        w("given_date_edit").setDate(to_qdate(fields.given_on))
        w("executors_edit").setText(fields.executors)
        w("executors_edit").setCursorPosition(0)
        # The names to complete come once the dialog is on the screen (a large database
        # has thousands of them).
        QTimer.singleShot(0, self._load_completion)

        fill_combo(w("kind_combo"), [(kind.label, kind.value) for kind in Recurrence])
        fill_combo(w("month_combo"), [(name, n) for n, name in enumerate(_month_names(), 1)])
        schedule = fields.schedule
        if schedule is not None:
            w("recurring_deadline_radio").setChecked(True)
            w("kind_combo").setCurrentIndex(w("kind_combo").findData(schedule.kind.value))
            w("day_spin").setValue(schedule.day)
            w("month_combo").setCurrentIndex(schedule.month - 1)
        elif fields.deadline is not None:
            w("date_deadline_radio").setChecked(True)
        else:
            w("no_deadline_radio").setChecked(True)
        w("deadline_date_edit").setDate(
            to_qdate(fields.deadline or fields.given_on + timedelta(days=30))
        )
        if schedule is None and fields.deadline is None:
            w("deadline_note_edit").setText(fields.deadline_note)
        w("deadline_date_edit").dateChanged.connect(
            lambda _day: w("date_deadline_radio").setChecked(True)
        )
        w("deadline_note_edit").textEdited.connect(
            lambda _text: w("no_deadline_radio").setChecked(True)
        )
        for name in ("kind_combo", "month_combo"):
            w(name).activated.connect(lambda _i: w("recurring_deadline_radio").setChecked(True))
        w("day_spin").valueChanged.connect(
            lambda _v: w("recurring_deadline_radio").setChecked(True)
        )
        for signal in (
            w("kind_combo").currentIndexChanged,
            w("month_combo").currentIndexChanged,
            w("day_spin").valueChanged,
            w("given_date_edit").dateChanged,
            w("recurring_deadline_radio").toggled,
        ):
            signal.connect(self._update_schedule)

        # What the store would refuse to change is shown read-only, with the reason.
        notes = []
        self.deadline_locked = False
        if detail is not None and detail.from_protocol:
            w("text_edit").setReadOnly(True)
            w("source_edit").setReadOnly(True)
            notes.append(
                self.tr(
                    "The assignment comes from a protocol: its text and source change only "
                    "by an amendment of the protocol, its deadline by an extension."
                )
            )
            self.deadline_locked = True
        elif detail is not None and (detail.reports or detail.extensions):
            notes.append(
                self.tr(
                    "The deadline has reports or extensions: it moves only by an extension "
                    "(«Extend the deadline…»), which keeps the old date."
                )
            )
            self.deadline_locked = True
        if self.deadline_locked:
            for name in (
                "given_date_edit",
                "date_deadline_radio",
                "deadline_date_edit",
                "recurring_deadline_radio",
                "kind_combo",
                "day_spin",
                "month_combo",
                "no_deadline_radio",
                "deadline_note_edit",
            ):
                w(name).setEnabled(False)
        w("locked_note").setText("\n".join(notes))
        w("locked_note").setVisible(bool(notes))
        w("locked_note").setObjectName("dialog_quote")

        self.field_widgets = {
            "Орган": w("body_combo"),
            "Поручение": w("text_edit"),
            "Источник": w("source_edit"),
            "Дата поручения": w("given_date_edit"),
            "Ответственные": w("executors_edit"),
            "Срок": w("deadline_date_edit"),
        }
        self._update_schedule()
        self.setStyleSheet(_CARD_STYLE)  # after setReadOnly: the read-only fields are grey
        w("text_edit").setFocus()
        self.resize(700, self.sizeHint().height())

    def _load_completion(self) -> None:
        with self.database.session() as session:
            names = store.responsibles(session)
        self.widget("executors_edit").setCompleter(_ListCompleter(names, self))

    def schedule(self) -> Schedule:
        w = self.widget
        return Schedule(
            Recurrence(w("kind_combo").currentData()),
            w("day_spin").value(),
            w("month_combo").currentIndex() + 1,
        )

    def _update_schedule(self, *_args) -> None:
        w = self.widget
        yearly = w("kind_combo").currentData() == Recurrence.YEARLY.value
        w("month_combo").setVisible(yearly)
        w("day_suffix_label").setVisible(not yearly)
        hint = w("schedule_hint")
        recurring = w("recurring_deadline_radio").isChecked()
        hint.setVisible(recurring)
        if not recurring:
            return
        schedule = self.schedule()
        if self.deadline_locked and self.original.deadline is not None:
            next_deadline = self.original.deadline
        else:
            next_deadline = schedule.first_deadline(from_qdate(w("given_date_edit").date()))
        hint.setText(
            self.tr("{0}; the next report is due on {1} (for {2})").format(
                schedule.describe(), format_date(next_deadline), schedule.period_of(next_deadline)
            )
        )

    def fields(self) -> AssignmentFields:
        w = self.widget
        note = ""
        deadline: date | None = None
        schedule: Schedule | None = None
        if w("recurring_deadline_radio").isChecked():
            schedule = self.schedule()
        elif w("date_deadline_radio").isChecked():
            deadline = from_qdate(w("deadline_date_edit").date())
        else:
            note = w("deadline_note_edit").text()
        fields = AssignmentFields(
            body_id=w("body_combo").currentData() or 0,
            text=w("text_edit").toPlainText(),
            executors=w("executors_edit").text(),
            given_on=from_qdate(w("given_date_edit").date()),
            deadline=deadline,
            schedule=schedule,
            deadline_note=note,
            source=w("source_edit").text(),
        )
        if self.deadline_locked:  # the deadline as stored: only an extension moves it
            original = self.original
            fields = replace(
                fields,
                given_on=original.given_on,
                deadline=original.deadline,
                schedule=original.schedule,
                deadline_note=original.deadline_note,
            )
        return fields

    def save(self) -> None:
        fields = self.fields()
        with self.database.session() as session:
            if self.assignment_id is None:
                self.assignment_id = store.create_assignment(session, fields)
            else:
                store.update_assignment(session, self.assignment_id, fields)


# ----- the small dialogs of one assignment ----------------------------------------------------
class _AssignmentStepDialog(StoreDialog):
    """A step of an assignment's control: the assignment quoted at the top, then a form."""

    def __init__(self, database: Database, detail: AssignmentDetail, parent: QWidget | None):
        super().__init__(parent)
        self.database = database
        self.detail = detail
        self.setStyleSheet(_CARD_STYLE)
        quote = _plain_label(_quote(detail.text), "dialog_quote")
        quote.setToolTip(detail.text)
        self.layout_.addWidget(quote)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)

    def date_row(self, edit: QWidget, extra: QWidget | None = None) -> QHBoxLayout:
        edit.setMinimumWidth(130)
        row = QHBoxLayout()
        row.addWidget(edit)
        if extra is not None:
            row.addWidget(extra)
        row.addStretch()
        return row

    def text_edit(self, name: str, height: int = 100) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height + 60)
        return edit

    def finish(self, width: int = 600) -> None:
        self.layout_.addLayout(self.form)
        self.finish_layout()
        self.resize(width, self.sizeHint().height())


class ReportDialog(_AssignmentStepDialog):
    """The report of execution: its date, text, who accepted it and an attached file.

    A one-off assignment is then executed; a recurring one moves to the next period's
    deadline unless «Последний отчет: снять с контроля» is checked."""

    def __init__(self, database: Database, detail: AssignmentDetail, parent: QWidget | None):
        super().__init__(database, detail, parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Report of execution"))
        self.file: Path | None = None
        today = date.today()
        self.period_label = QLabel()
        self.period_label.setObjectName("report_period_label")
        self.period_label.setWordWrap(True)
        schedule = detail.schedule
        if schedule is not None and detail.deadline is not None:
            self.period_label.setText(
                self.tr("Report for {0} (due {1})").format(
                    schedule.period_of(detail.deadline), format_date(detail.deadline)
                )
            )
            self.period_label.setStyleSheet("font-weight: bold;")
        elif detail.deadline is not None:
            self.period_label.setText(self.tr("Deadline: {0}").format(format_date(detail.deadline)))
        else:
            self.period_label.setText(self.tr("Deadline: {0}").format(detail.deadline_text))
        self.layout_.addWidget(self.period_label)

        self.date_edit = date_edit(today, "report_date_edit")
        self.form.addRow(self.tr("Executed on:"), self.date_row(self.date_edit))
        self.report_edit = self.text_edit("report_text_edit", 110)
        self.report_edit.setPlaceholderText(
            self.tr("What was done: the letter, the document, the measures taken")
        )
        self.form.addRow(self.tr("Report:"), self.report_edit)
        self.accepted_edit = QLineEdit(str(QSettings().value(ACCEPTED_BY_KEY, "") or ""))
        self.accepted_edit.setObjectName("accepted_by_edit")
        self.accepted_edit.setPlaceholderText(self.tr("e.g. the secretary Khmeleva K.V."))
        self.form.addRow(self.tr("Accepted by:"), self.accepted_edit)

        self.file_label = ElidedLabel()
        self.file_label.setObjectName("report_file_label")
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("choose_file_button")
        self.choose_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self.tr("Remove"))
        self.clear_button.setObjectName("clear_file_button")
        self.clear_button.clicked.connect(lambda: self.set_file(None))
        file_row = QHBoxLayout()
        file_row.setSpacing(8)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.clear_button)
        self.form.addRow(self.tr("File:"), file_row)

        self.final_check = QCheckBox(self.tr("Last report: take the assignment off control"))
        self.final_check.setObjectName("final_report_check")
        self.final_check.setVisible(schedule is not None)
        if schedule is not None:
            self.form.addRow("", self.final_check)
        self.set_file(None)
        self.field_widgets = {
            "Дата исполнения": self.date_edit,
            "Отчет об исполнении": self.report_edit,
            "Принял": self.accepted_edit,
            "Файл": self.choose_button,
        }
        self.finish(620)
        self.report_edit.setFocus()

    def set_file(self, path: Path | None) -> None:
        self.file = Path(path) if path else None
        if self.file is None:
            self.file_label.set_full_text(self.tr("not attached"))
            self.file_label.setToolTip("")
        else:
            self.file_label.set_full_text(self.file.name)
            self.file_label.setToolTip(str(self.file))
        self.clear_button.setEnabled(self.file is not None)

    def choose_file(self) -> None:
        settings = QSettings()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a file to the report"),
            str(settings.value(REPORT_FOLDER_KEY, "") or ""),
        )
        if name:
            settings.setValue(REPORT_FOLDER_KEY, str(Path(name).parent))
            self.set_file(Path(name))

    def report(self) -> store.ReportFields:
        return store.ReportFields(
            reported_on=from_qdate(self.date_edit.date()),
            text=self.report_edit.toPlainText(),
            accepted_by=self.accepted_edit.text(),
            file=self.file,
            final=self.detail.schedule is None or self.final_check.isChecked(),
        )

    def save(self) -> None:
        report = self.report()
        storage = storage_dir(self.database.path)
        if report.file is not None and _is_big(report.file):
            from desktop_app.views.meeting_materials import copy_with_progress

            try:
                if not copy_with_progress(self, report.file, storage):
                    raise ValidationError(self.tr("copying the file was cancelled"), "Файл")
            except OSError as error:
                raise ValidationError(
                    self.tr("could not copy the file: {0}").format(error), "Файл"
                ) from error
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the store hashes the file
        try:
            with self.database.session() as session:
                store.report_execution(session, self.detail.id, report, storage)
        except OSError as error:
            raise ValidationError(
                self.tr("could not copy the file: {0}").format(error), "Файл"
            ) from error
        finally:
            QApplication.restoreOverrideCursor()
        QSettings().setValue(ACCEPTED_BY_KEY, " ".join(report.accepted_by.split()))


def _is_big(path: Path) -> bool:
    """A file copied in a worker thread with a progress dialog, as the materials are."""
    from desktop_app.store.materials import MAX_MATERIAL_BYTES
    from desktop_app.views.meeting_materials import BIG_FILE

    try:
        return BIG_FILE <= path.stat().st_size <= MAX_MATERIAL_BYTES
    except OSError:
        return False  # the store names the missing file


class ExtendDialog(_AssignmentStepDialog):
    """A new deadline, when it was decided and why; the old date is kept."""

    def __init__(self, database: Database, detail: AssignmentDetail, parent: QWidget | None):
        super().__init__(database, detail, parent)
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("Extension of the deadline"))
        today = date.today()
        current = QLabel()
        current.setObjectName("current_deadline_label")
        current.setWordWrap(True)
        if detail.deadline is not None:
            text = self.tr("Current deadline: {0}").format(format_date(detail.deadline))
            if detail.schedule is not None:
                text += " " + self.tr("(the report for {0})").format(
                    detail.schedule.period_of(detail.deadline)
                )
        else:
            text = self.tr("Current deadline: {0}").format(detail.deadline_text)
        current.setText(text)
        current.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(current)
        if detail.extensions:
            history = _plain_label(
                self.tr("Extended before:")
                + "\n"
                + "\n".join(extension.describe() for extension in detail.extensions),
                "extension_history_label",
            )
            history.setProperty("class", "muted")
            self.layout_.addWidget(history)
        start = max(detail.deadline or today, today)
        self.deadline_edit = date_edit(_add_months(start, 1), "new_deadline_edit")
        self.form.addRow(self.tr("New deadline:"), self.date_row(self.deadline_edit))
        self.decided_edit = date_edit(today, "decided_on_edit")
        self.form.addRow(self.tr("Decided on:"), self.date_row(self.decided_edit))
        self.reason_edit = self.text_edit("reason_edit", 80)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. at the request of the responsible (letter of 01.10.2024 No. 123)")
        )
        self.form.addRow(self.tr("Reason of the extension:"), self.reason_edit)
        self.field_widgets = {
            "Новый срок": self.deadline_edit,
            "Дата решения": self.decided_edit,
            "Причина продления": self.reason_edit,
        }
        self.finish(580)
        self.deadline_edit.setFocus()

    def save(self) -> None:
        with self.database.session() as session:
            store.extend_deadline(
                session,
                self.detail.id,
                from_qdate(self.deadline_edit.date()),
                from_qdate(self.decided_edit.date()),
                self.reason_edit.toPlainText(),
            )


class RemoveDialog(_AssignmentStepDialog):
    """Taking an assignment off control without execution: the date and the grounds."""

    def __init__(self, database: Database, detail: AssignmentDetail, parent: QWidget | None):
        super().__init__(database, detail, parent)
        self.setObjectName("remove_dialog")
        self.setWindowTitle(self.tr("Removal from control"))
        explanation = QLabel(
            self.tr(
                "The assignment is taken off control without a report of execution (it is no "
                "longer relevant or is replaced by another). Its reports and history stay."
            )
        )
        explanation.setWordWrap(True)
        self.layout_.addWidget(explanation)
        self.date_edit = date_edit(date.today(), "removal_date_edit")
        self.form.addRow(self.tr("Date:"), self.date_row(self.date_edit))
        self.reason_edit = self.text_edit("removal_reason_edit", 80)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. decision of the working group, protocol No. 4 of 12.12.2024")
        )
        self.form.addRow(self.tr("Grounds:"), self.reason_edit)
        self.field_widgets = {"Дата": self.date_edit, "Основание": self.reason_edit}
        self.finish(580)
        self.reason_edit.setFocus()

    def save(self) -> None:
        with self.database.session() as session:
            store.remove_from_control(
                session,
                self.detail.id,
                from_qdate(self.date_edit.date()),
                self.reason_edit.toPlainText(),
            )


# ----- the card --------------------------------------------------------------------------------
class _Rows(QGridLayout):
    """The label-and-value rows of the card, each label level with the first line of its
    value (a QFormLayout centres a label beside a value of several lines)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(6)
        self.setColumnStretch(1, 1)
        self._rows = 0

    def addRow(self, text: str, field) -> None:  # noqa: N802 (as QFormLayout's)
        label = QLabel(text)
        label.setObjectName("card_field_label")
        top = Qt.AlignmentFlag.AlignTop
        self.addWidget(label, self._rows, 0, top | Qt.AlignmentFlag.AlignRight)
        if isinstance(field, QWidget):
            self.addWidget(field, self._rows, 1, top)
        else:
            self.addLayout(field, self._rows, 1, top)
        self._rows += 1


class AssignmentCard(QDialog):
    """Everything about one assignment, and the buttons of what can be done with it now."""

    def __init__(
        self,
        database: Database,
        assignment_id: int,
        open_meeting: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignment_card")
        self.setWindowTitle(self.tr("Assignment"))
        self.setStyleSheet(_CARD_STYLE)
        self.database = database
        self.assignment_id = assignment_id
        self.open_meeting = open_meeting
        self.meeting_to_open: int | None = None
        self.changed = False
        self.deleted = False
        self.detail: AssignmentDetail | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("card_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for name, text, slot in (
            ("report_button", self.tr("Record execution…"), self.record_report),
            ("extend_button", self.tr("Extend the deadline…"), self.extend_deadline),
            ("remove_button", self.tr("Take off control…"), self.remove_from_control),
            ("return_button", self.tr("Return to control"), self.return_to_control),
            ("edit_button", self.tr("Edit…"), self.edit),
            ("delete_button", self.tr("Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch()
        # The history above the row of commands: the row is as wide as the card already.
        history = QPushButton(self.tr("History of changes…"))
        history.setObjectName("history_button")
        history.setAutoDefault(False)
        history.clicked.connect(self.show_history)
        self.buttons["history_button"] = history
        history_row = QHBoxLayout()
        history_row.addStretch()
        history_row.addWidget(history)
        layout.addLayout(history_row)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close_button")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()
        self.resize(CARD_WIDTH, self._fitting_height())

    def _fitting_height(self) -> int:
        """As tall as the card's content at its width, within reason (then it scrolls)."""
        content = self.scroll.widget()
        margins = self.layout().contentsMargins()
        inner = CARD_WIDTH - margins.left() - margins.right()
        needed = content.heightForWidth(inner)
        if needed < 0:
            needed = content.sizeHint().height()
        spacing = self.layout().spacing()
        buttons = (  # the row of commands and the history's above it
            self.buttons["report_button"].sizeHint().height()
            + self.buttons["history_button"].sizeHint().height()
            + spacing
        )
        total = needed + buttons + margins.top() + margins.bottom() + self.layout().spacing()
        return max(CARD_MIN_HEIGHT, min(total + 4, CARD_MAX_HEIGHT))

    # ----- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            with self.database.session() as session:
                self.detail = store.assignment_detail(session, self.assignment_id)
        except ValidationError as error:  # deleted meanwhile
            self.detail = None
            self.scroll.setWidget(_plain_label(str(error), "card_missing"))
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        self.scroll.setWidget(self._content(self.detail))
        self._update_buttons(self.detail)

    def _update_buttons(self, detail: AssignmentDetail) -> None:
        on_control = detail.status is AssignmentStatus.ON_CONTROL
        b = self.buttons
        for name in ("report_button", "extend_button", "remove_button", "edit_button"):
            b[name].setVisible(on_control)
            b[name].setEnabled(on_control)
        b["return_button"].setVisible(not on_control)
        b["return_button"].setEnabled(not on_control)
        deletable = not detail.from_protocol and detail.meeting_id is None and not detail.reports
        b["delete_button"].setEnabled(deletable)
        b["delete_button"].setToolTip(
            self.tr("Only an assignment entered by hand and without reports is deleted")
            if not deletable
            else ""
        )

    def _content(self, detail: AssignmentDetail) -> QWidget:
        today = date.today()
        content = QWidget()
        content.setObjectName("card_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)

        layout.addWidget(_plain_label(detail.text, "card_text"))

        form = _Rows()

        status = QLabel(self._status_text(detail, today))
        status.setObjectName("card_status")
        status.setWordWrap(True)
        status.setTextFormat(Qt.TextFormat.PlainText)
        kind = "overdue" if detail.overdue(today) else detail.status.value
        status.setProperty("kind", kind)
        form.addRow(self.tr("Status:"), status)
        if detail.status is AssignmentStatus.REMOVED and detail.removal_reason:
            form.addRow(self.tr("Grounds:"), _plain_label(detail.removal_reason, "card_removal"))

        source_row = QHBoxLayout()
        source_row.addWidget(
            _plain_label(detail.source or self.tr("entered by hand"), "card_source"),
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        if detail.meeting_id is not None and self.open_meeting is not None:
            button = QPushButton(self.tr("Open the protocol"))
            button.setObjectName("open_protocol_button")
            button.setAutoDefault(False)
            button.clicked.connect(self._open_protocol)
            source_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Source:"), source_row)
        form.addRow(self.tr("Body:"), _plain_label(detail.body_name, "card_body"))
        form.addRow(self.tr("Given on:"), _plain_label(format_date(detail.given_on), "card_given"))
        executors = [
            executor.name
            + " "
            + (self.tr("(responsible)") if executor.lead else self.tr("(co-executor)"))
            for executor in detail.executors
        ]
        form.addRow(self.tr("Executors:"), _plain_label("\n".join(executors), "card_executors"))
        form.addRow(
            self.tr("Deadline:"), _plain_label(self._deadline_text(detail), "card_deadline")
        )
        layout.addLayout(form)

        if detail.extensions:
            group = QGroupBox(self.tr("Extensions of the deadline"))
            group.setObjectName("card_extensions")
            box = QVBoxLayout(group)
            for extension in detail.extensions:
                old = (
                    format_date(extension.old_deadline)
                    if extension.old_deadline
                    else self.tr("no deadline")
                )
                line = self.tr("{0} → {1}, decided on {2}").format(
                    old, format_date(extension.new_deadline), format_date(extension.decided_on)
                )
                frame = QFrame()
                frame.setObjectName("extension_frame")
                inner = QVBoxLayout(frame)
                inner.setContentsMargins(8, 6, 8, 6)
                inner.setSpacing(2)
                head = _plain_label(line, "extension_line")
                head.setStyleSheet("font-weight: bold;")
                inner.addWidget(head)
                inner.addWidget(_plain_label(extension.reason, "extension_reason"))
                box.addWidget(frame)
            layout.addWidget(group)

        group = QGroupBox(self.tr("Reports of execution"))
        group.setObjectName("card_reports")
        box = QVBoxLayout(group)
        if not detail.reports:
            box.addWidget(_plain_label(self.tr("No reports yet"), "no_reports_label"))
        for report in reversed(detail.reports):  # the latest first
            box.addWidget(self._report_frame(detail, report))
        layout.addWidget(group)
        layout.addStretch()
        return content

    def _status_text(self, detail: AssignmentDetail, today: date) -> str:
        if detail.status is AssignmentStatus.EXECUTED:
            return self.tr("executed on {0}").format(format_date(detail.closed_on))
        if detail.status is AssignmentStatus.REMOVED:
            return self.tr("taken off control on {0}").format(format_date(detail.closed_on))
        if detail.overdue(today):
            days = (today - detail.deadline).days
            return self.tr("overdue: the deadline was {0} ({1} days ago)").format(
                format_date(detail.deadline), days
            )
        return AssignmentStatus.ON_CONTROL.label

    def _deadline_text(self, detail: AssignmentDetail) -> str:
        if detail.schedule is not None:
            text = detail.schedule.describe()
            if detail.deadline is not None:
                text += "\n" + self.tr("next: {0} — the report for {1}").format(
                    format_date(detail.deadline), detail.schedule.period_of(detail.deadline)
                )
        elif detail.deadline is not None:
            text = format_date(detail.deadline)
            if detail.deadline_note:
                text += f" ({detail.deadline_note})"
        else:
            text = detail.deadline_note or self.tr("no deadline")
        if detail.extensions:
            text += "\n" + self.tr("extended {0} time(s)").format(len(detail.extensions))
        return text

    def _report_frame(self, detail: AssignmentDetail, report: ReportRow) -> QFrame:
        frame = QFrame()
        frame.setObjectName("report_frame")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        head = self.tr("Report of {0}").format(format_date(report.reported_on))
        if detail.schedule is not None and report.period_deadline is not None:
            head += " " + self.tr("for {0} (due {1})").format(
                detail.schedule.period_of(report.period_deadline),
                format_date(report.period_deadline),
            )
        elif report.period_deadline is not None:
            head += " " + self.tr("(deadline {0})").format(format_date(report.period_deadline))
        head_row = QHBoxLayout()
        head_label = _plain_label(head, "report_head")
        head_label.setStyleSheet("font-weight: bold;")
        head_row.addWidget(head_label, 1)
        if report.late:
            late = QLabel(self.tr("late"))
            late.setObjectName("report_late")
            head_row.addWidget(late, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head_row)
        layout.addWidget(_plain_label(report.text, "report_text"))
        if report.accepted_by:
            accepted = _plain_label(
                self.tr("Accepted by: {0}").format(report.accepted_by), "report_accepted"
            )
            accepted.setProperty("class", "muted")
            layout.addWidget(accepted)
        if report.file_name:
            row = QHBoxLayout()
            row.addWidget(
                _plain_label(self.tr("File: {0}").format(report.file_name), "report_file"), 1
            )
            open_button = QPushButton(self.tr("Open the file"))
            open_button.setObjectName("open_file_button")
            open_button.setAutoDefault(False)
            open_button.clicked.connect(lambda: self.open_file(report))
            save_button = QPushButton(self.tr("Save a copy as…"))
            save_button.setObjectName("save_file_button")
            save_button.setAutoDefault(False)
            save_button.clicked.connect(lambda: self.save_copy(report))
            row.addWidget(open_button)
            row.addWidget(save_button)
            layout.addLayout(row)
        return frame

    # ----- the files of the reports ----------------------------------------------------------
    def stored_path(self, report: ReportRow) -> Path:
        return storage_dir(self.database.path) / report.stored_name

    def open_file(self, report: ReportRow) -> bool:
        path = self.stored_path(report)
        if not path.is_file():
            show_error(self, self._missing(report, path))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(
                self,
                self.tr("No program opens «{0}»; save a copy and open it yourself.").format(
                    report.file_name
                ),
            )
            return False
        return True

    def _missing(self, report: ReportRow, path: Path) -> str:
        return self.tr("The stored copy of «{0}» is missing: {1}").format(report.file_name, path)

    def save_copy(self, report: ReportRow) -> Path | None:
        source = self.stored_path(report)
        if not source.is_file():
            show_error(self, self._missing(report, source))
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the file"), report.file_name
        )
        if not name:
            return None
        try:
            shutil.copyfile(source, name)
        except OSError as error:
            show_error(self, self.tr("Could not save «{0}»: {1}").format(name, error))
            return None
        return Path(name)

    # ----- the actions -----------------------------------------------------------------------
    def _after(self, written: bool) -> None:
        if written:
            self.changed = True
            self.refresh()

    def record_report(self) -> None:
        self._after(record_report(self, self.database, self.assignment_id))

    def extend_deadline(self) -> None:
        self._after(extend_deadline(self, self.database, self.assignment_id))

    def remove_from_control(self) -> None:
        self._after(remove_from_control(self, self.database, self.assignment_id))

    def return_to_control(self) -> None:
        self._after(return_to_control(self, self.database, self.assignment_id))

    def edit(self) -> None:
        self._after(edit_assignment(self, self.database, self.assignment_id))

    def delete(self) -> None:
        if delete_assignment(self, self.database, self.assignment_id):
            self.changed = True
            self.deleted = True
            self.accept()

    def show_history(self) -> QDialog:
        """Who changed the assignment, its deadline, executors and reports, and when."""
        from desktop_app.store.audit import ASSIGNMENT
        from desktop_app.views.audit_dialog import show_history

        return show_history(self, self.database, ASSIGNMENT, self.assignment_id)

    def _open_protocol(self) -> None:
        if self.detail is not None and self.detail.meeting_id is not None:
            self.meeting_to_open = self.detail.meeting_id
            self.accept()


# ----- the functions the pages call -------------------------------------------------------------
_boxes: list[QMessageBox] = []


def _show_error(parent: QWidget | None, text: str) -> None:
    """The message stays when the function returns (without a parent nothing else would
    keep the box alive)."""
    box = show_error(parent, text)
    if parent is None:
        _boxes.append(box)
        box.finished.connect(lambda _result: _boxes.remove(box))


def _detail(parent: QWidget | None, database: Database, assignment_id: int):
    try:
        with database.session() as session:
            return store.assignment_detail(session, assignment_id)
    except ValidationError as error:
        _show_error(parent, str(error))
        return None


def _not_on_control(parent: QWidget | None, detail: AssignmentDetail) -> bool:
    if detail.status is AssignmentStatus.ON_CONTROL:
        return False
    _show_error(
        parent,
        QCoreApplication.translate(
            "AssignmentDialogs",
            "The assignment is {0}: return it to control first.",
        ).format(detail.status.label),
    )
    return True


def new_assignment(
    parent: QWidget | None, database: Database, *, body_id: int | None = None
) -> int | None:
    """The form of a new assignment given by hand; the new id, or None when cancelled."""
    dialog = AssignmentDialog(database, body_id=body_id, parent=parent)
    if dialog.widget("body_combo").count() == 0:
        dialog.deleteLater()
        _show_error(
            parent,
            QCoreApplication.translate(
                "AssignmentDialogs", "Create a commission or a working group first."
            ),
        )
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    new_id = dialog.assignment_id
    dialog.deleteLater()
    return new_id if accepted else None


def edit_assignment(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    detail = _detail(parent, database, assignment_id)
    if detail is None or _not_on_control(parent, detail):
        return False
    dialog = AssignmentDialog(database, assignment_id=assignment_id, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def show_assignment(
    parent: QWidget | None,
    database: Database,
    assignment_id: int,
    *,
    open_meeting: Callable[[int], None] | None = None,
) -> bool:
    """The card of an assignment; True when anything was changed from it. «Открыть
    протокол» closes the card and calls ``open_meeting`` with the meeting's id."""
    card = AssignmentCard(database, assignment_id, open_meeting, parent)
    card.exec()
    changed, meeting_id = card.changed, card.meeting_to_open
    card.deleteLater()
    if meeting_id is not None and open_meeting is not None:
        open_meeting(meeting_id)
    return changed


def _run_step(dialog_class, parent: QWidget | None, database: Database, assignment_id: int):
    detail = _detail(parent, database, assignment_id)
    if detail is None or _not_on_control(parent, detail):
        return False
    dialog = dialog_class(database, detail, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def record_report(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    """The report of execution (with an attached file copied into the storage folder)."""
    return _run_step(ReportDialog, parent, database, assignment_id)


def extend_deadline(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    return _run_step(ExtendDialog, parent, database, assignment_id)


def remove_from_control(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    return _run_step(RemoveDialog, parent, database, assignment_id)


def _confirm(parent: QWidget | None, text: str, yes_text: str) -> bool:
    agreed: list[bool] = []
    box = ask(parent, text, lambda: agreed.append(True), yes_text)
    _wait_for(box)
    return bool(agreed)


def return_to_control(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    """Undo an execution or a removal recorded by mistake (the reports stay)."""
    detail = _detail(parent, database, assignment_id)
    if detail is None:
        return False
    question = QCoreApplication.translate(
        "AssignmentDialogs",
        "Return the assignment «{0}» to control? It is now {1}; its reports stay.",
    ).format(_quote(detail.text, 120), detail.status.label)
    if not _confirm(
        parent,
        question,
        QCoreApplication.translate("AssignmentDialogs", "Return to control"),
    ):
        return False
    try:
        with database.session() as session:
            store.return_to_control(session, assignment_id)
    except ValidationError as error:
        _show_error(parent, str(error))
        return False
    return True


def delete_assignment(parent: QWidget | None, database: Database, assignment_id: int) -> bool:
    """Delete an assignment entered by mistake (one from a protocol or with reports is
    taken off control instead: the store refuses and the message says so)."""
    detail = _detail(parent, database, assignment_id)
    if detail is None:
        return False
    question = QCoreApplication.translate(
        "AssignmentDialogs", "Delete the assignment «{0}»? This cannot be undone."
    ).format(_quote(detail.text, 120))
    if not _confirm(parent, question, QCoreApplication.translate("AssignmentDialogs", "Delete")):
        return False
    try:
        with database.session() as session:
            store.delete_assignment(session, assignment_id)
    except ValidationError as error:
        _show_error(parent, str(error))
        return False
    return True


__all__ = [
    "AssignmentCard",
    "AssignmentDialog",
    "ExtendDialog",
    "RemoveDialog",
    "ReportDialog",
    "delete_assignment",
    "edit_assignment",
    "extend_deadline",
    "new_assignment",
    "record_report",
    "remove_from_control",
    "return_to_control",
    "show_assignment",
]
