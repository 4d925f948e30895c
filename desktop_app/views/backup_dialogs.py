"""The dialogs of backups: the settings (where, how many, automatic or not) and the list of
copies to restore from, with what each holds and whether it was found sound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.backups import RetentionPolicy
from desktop_app.domain.dates import format_date_time
from desktop_app.store.backup import BackupInfo, backup_info, list_backups
from desktop_app.views.backup_service import BackupSettings
from desktop_app.views.forms import size_text


class BackupSettingsDialog(QDialog):
    """«Резервное копирование»: automatic or not, the folder, how many copies are kept."""

    def __init__(
        self, settings: BackupSettings, database_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_settings_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.settings = settings
        self.database_path = database_path
        self.automatic = QCheckBox(
            self.tr("Back up automatically: at start-up, once a day and on exit")
        )
        self.automatic.setObjectName("automatic")
        self.automatic.setChecked(settings.automatic)
        self.folder = QLineEdit(settings.custom_folder)
        self.folder.setObjectName("folder")
        if database_path is not None:
            from desktop_app.store.backup import default_backup_folder

            self.folder.setPlaceholderText(str(default_backup_folder(database_path)))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        policy = settings.policy
        self.daily = self._spin("daily", policy.daily)
        self.weekly = self._spin("weekly", policy.weekly)
        self.monthly = self._spin("monthly", policy.monthly)
        form = QFormLayout()
        form.addRow(self.tr("Folder of copies:"), folder_row)
        form.addRow(self.tr("One copy a day, for the last days:"), self.daily)
        form.addRow(self.tr("One copy a week, for the last weeks:"), self.weekly)
        form.addRow(self.tr("One copy a month, for the last months:"), self.monthly)
        note = QLabel(
            self.tr(
                "An empty folder means the folder beside the database. A network share or a "
                "USB drive keeps the copies safe when the computer fails. The copies made "
                "by hand, before a restore and before an upgrade are never deleted."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("note")
        self.last = QLabel(self._last_copy_text())
        self.last.setObjectName("last_copy")
        self.last.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.automatic)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.last)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 1000)
        spin.setValue(value)
        spin.setMaximumWidth(90)
        return spin

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of copies"), self.folder.text() or self.folder.placeholderText()
        )
        if folder:
            self.folder.setText(folder)

    def _last_copy_text(self) -> str:
        if self.database_path is None:
            return ""
        copies = list_backups(self.settings.folder(self.database_path), self.database_path.stem)
        if not copies:
            return self.tr("There are no copies of this database in the folder yet.")
        last = copies[0]
        return self.tr("Copies in the folder: {0}; the last one {1} ({2}).").format(
            len(copies), format_date_time(last.made_at), last.kind_label
        )

    def accept(self) -> None:
        self.settings.automatic = self.automatic.isChecked()
        self.settings.custom_folder = self.folder.text()
        self.settings.policy = RetentionPolicy(
            self.daily.value(), self.weekly.value(), self.monthly.value()
        )
        super().accept()


class RestoreDialog(QDialog):
    """«Восстановить из копии»: the copies of the database, newest first, or another file."""

    def __init__(self, folder: Path, database_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.folder = folder
        self.copies: list[BackupInfo] = list_backups(folder, database_stem)
        self.chosen: BackupInfo | None = None
        intro = QLabel(
            self.tr(
                "Copies in «{0}». The database will be replaced by the chosen copy; the "
                "current database is kept as one more copy first."
            ).format(folder)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("copies")
        self.table.setHorizontalHeaderLabels(list(self._column_titles()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        self.other = QPushButton(self.tr("Another file…"))
        self.other.setObjectName("other_file")
        self.other.clicked.connect(self._choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        self.buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.empty = QLabel(
            self.tr("There are no copies in this folder. Choose a copy file with «Another file…».")
        )
        self.empty.setObjectName("empty")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._fill()
        self.table.itemSelectionChanged.connect(self._update)
        if self.copies:
            self.table.selectRow(0)
        self._update()
        self.resize(960, 460)

    def _column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Size"),
            self.tr("Contents"),
            self.tr("Check"),
        )

    def _check_text(self, info: BackupInfo) -> str:
        if info.problem:
            return self.tr("unreadable")
        if info.checked_ok is True:
            return self.tr("sound")
        if info.checked_ok is False:
            return self.tr("damaged")
        return self.tr("not checked yet")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.copies))
        for row, info in enumerate(self.copies):
            contents = info.contents.describe("\n") if info.contents else info.problem
            values = (
                format_date_time(info.made_at),
                info.kind_label,
                size_text(info.size),
                contents,
                self._check_text(info),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if info.checked_ok is False or info.problem:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        self.empty.setVisible(not self.copies)
        self.table.setVisible(bool(self.copies))

    def _update(self) -> None:
        row = self.table.currentRow()
        usable = 0 <= row < len(self.copies) and not self.copies[row].problem
        self.restore_button.setEnabled(usable and self.copies[row].checked_ok is not False)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A copy of the database"),
            str(self.folder),
            self.tr("Databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        """Take ``path`` as the copy to restore (not one of the folder's)."""
        self.chosen = backup_info(path)
        super().accept()

    def accept(self) -> None:
        row = self.table.currentRow()
        if self.chosen is None:
            if not 0 <= row < len(self.copies) or not self.restore_button.isEnabled():
                return
            self.chosen = self.copies[row]
        super().accept()
