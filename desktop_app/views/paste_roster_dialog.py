"""«Вставить из акта»: roster text as acts print it is parsed into people, positions and
roles, shown in an editable table, and added in one transaction.

The text is pasted or loaded from a .txt/.csv file («Загрузить из файла…») in whatever
encoding the office PC saved it (``domain.text_files.decode_text``). Lines the parser
could not read are listed; adding only the recognised people then needs a confirmation,
so nobody is dropped unnoticed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.person import PersonFields
from desktop_app.domain.roster_parser import (
    ParsedMember,
    ParseResult,
    parse_roster_text,
    roster_text_from_csv,
)
from desktop_app.domain.text_files import MAX_TEXT_FILE_BYTES, decode_text, detect_encoding
from desktop_app.domain.vocabulary import ActKind, Role
from desktop_app.store.database import Database
from desktop_app.store.roster import ActFields, ImportResult, add_members
from desktop_app.views.forms import (
    date_edit,
    error_label,
    fill_combo,
    from_qdate,
    show_validation_error,
)
from desktop_app.views.messages import ask

COLUMNS = 5  # surname, name, patronymic, position, role
FOLDER_KEY = "roster/folder"


class PasteRosterDialog(QDialog):
    def __init__(self, database: Database, body_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_roster_dialog")
        self.setWindowTitle(self.tr("Paste the roster from an act"))
        self.database = database
        self.body_id = body_id
        self.result: ImportResult | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Paste the roster as the act prints it: «Фамилия Имя Отчество - должность, роль;». "
                "Check the table on the right and correct it if needed."
            )
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        self.load_button = QPushButton(self.tr("Load from a file…"))
        self.load_button.setObjectName("load_roster_file")
        self.load_button.setToolTip(
            self.tr("A text file (.txt or .csv) in UTF-8, UTF-16 or Windows-1251")
        )
        self.load_button.clicked.connect(self.choose_file)
        top.addWidget(self.load_button)
        layout.addLayout(top)
        self.file_label = QLabel()
        self.file_label.setObjectName("roster_file_label")
        self.file_label.hide()
        layout.addWidget(self.file_label)

        splitter = QSplitter()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("roster_text_edit")
        self.text_edit.setPlaceholderText(self.tr("Roster text from the act"))
        splitter.addWidget(self.text_edit)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("parsed_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Surname"),
                self.tr("Name"),
                self.tr("Patronymic"),
                self.tr("Position"),
                self.tr("Role"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 800])
        layout.addWidget(splitter, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setWordWrap(True)
        layout.addWidget(self.problems_label)

        form = QFormLayout()
        self.start_edit = date_edit(date.today())
        form.addRow(self.tr("Members since (the act's date):"), self.start_edit)
        act_row = QHBoxLayout()
        self.act_check = QCheckBox(self.tr("by act:"))
        self.act_kind_combo = QComboBox()
        fill_combo(self.act_kind_combo, [(k.label, k.value) for k in ActKind])
        self.act_number_edit = QLineEdit()
        self.act_number_edit.setPlaceholderText(self.tr("number"))
        for widget in (self.act_check, self.act_kind_combo, self.act_number_edit):
            act_row.addWidget(widget)
        form.addRow(self.tr("Act:"), act_row)
        layout.addLayout(form)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add to the roster")
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(250)
        self._parse_timer.timeout.connect(self.parse)
        self.text_edit.textChanged.connect(self._parse_timer.start)
        self.parse()
        self.resize(1200, 700)

    # ----- a text file ------------------------------------------------------------------------
    def choose_file(self) -> None:
        settings = QSettings()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load the roster from a file"),
            str(settings.value(FOLDER_KEY, "")),
            self.tr("Text files (*.txt *.csv);;All files (*)"),
        )
        if chosen:
            settings.setValue(FOLDER_KEY, str(Path(chosen).parent))
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> bool:
        """Put the text of ``path`` into the text box; False (the message shown, the text
        box untouched) when the file cannot be read as text."""
        self.error_label.hide()
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_TEXT_FILE_BYTES + 1)
            encoding = detect_encoding(data)
            text = decode_text(data)
            if not text.strip():
                raise ValidationError(self.tr("the file is empty"), self.tr("File"))
        except OSError as error:
            self.error_label.setText(
                self.tr("Could not read the file «{0}»: {1}").format(
                    path.name, error.strerror or error
                )
            )
            self.error_label.show()
            return False
        except ValidationError as error:
            show_validation_error(self.error_label, error)
            return False
        if path.suffix.lower() == ".csv":
            text = roster_text_from_csv(text)
        self.text_edit.setPlainText(text)
        self.parse()
        self.file_label.setText(
            self.tr("Loaded from «{0}» (encoding {1})").format(path.name, encoding)
        )
        self.file_label.show()
        return True

    # ----- the parsed table ---------------------------------------------------------------------
    def parse(self) -> ParseResult:
        self._parse_timer.stop()
        result = parse_roster_text(self.text_edit.toPlainText())
        self.parsed = result
        self.show_members(result.members)
        if result.problems and self.text_edit.toPlainText().strip():
            self.problems_label.setText("\n".join(result.problems))
        else:
            self.problems_label.setText(
                self.tr("Recognised: {0}").format(len(result.members)) if result.members else ""
            )
        return result

    def show_members(self, members: list[ParsedMember]) -> None:
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            for column, text in enumerate(
                (member.last_name, member.first_name, member.middle_name, member.position)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            fill_combo(combo, [(r.label, r.value) for r in Role], member.role.value)
            self.table.setCellWidget(row, 4, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def rows(self) -> list[tuple[PersonFields, Role]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item else ""

        return [
            (
                PersonFields(
                    last_name=text(row, 0),
                    first_name=text(row, 1),
                    middle_name=text(row, 2),
                    position=text(row, 3),
                ),
                Role(self.table.cellWidget(row, 4).currentData()),
            )
            for row in range(self.table.rowCount())
        ]

    def _try_accept(self) -> None:
        if self._parse_timer.isActive():
            # The text changed since the table was filled: show what it holds first.
            self._parse_timer.stop()
            self.parse()
            return
        result = self.parsed
        if result.members and result.problems and self.table.rowCount():
            ask(
                self,
                self.tr(
                    "Some lines of the text are not recognised ({0}), see the list under the "
                    "text. Add only the recognised people ({1})?"
                ).format(len(result.problems), self.table.rowCount()),
                self._add,
                self.tr("Add the recognised"),
            )
            return
        self._add()

    def _add(self) -> None:
        rows = self.rows()
        start = from_qdate(self.start_edit.date())
        act = None
        if self.act_check.isChecked():
            act = ActFields(
                ActKind(self.act_kind_combo.currentData()), self.act_number_edit.text(), start
            )
        try:
            if not rows:
                raise ValidationError(self.tr("no members recognised in the text"), "Текст акта")
            with self.database.session() as session:
                self.result = add_members(session, self.body_id, rows, start, act)
        except ValidationError as error:
            show_validation_error(self.error_label, error)
            return
        self.accept()
