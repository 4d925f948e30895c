"""The «Материалы» tab of the meeting window: files attached to the meeting or to one of
its items (presentations, reports, drafts), kept as copies in the storage folder next to
the database. Materials are not part of the protocol's text: they stay attachable after
signing.

A big file is copied by a worker thread that only copies it (in chunks, with a progress
dialog and «Отмена»); the store call then runs in the GUI thread, finds the copy in place
and only records it.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date_time
from desktop_app.domain.errors import ValidationError
from desktop_app.store import materials, meetings
from desktop_app.store.database import Database
from desktop_app.store.materials import MaterialRow
from desktop_app.store.meetings import MeetingState
from desktop_app.views.forms import size_text
from desktop_app.views.meeting_minutes import TextRowsModel, selected_row, shorten, table_view
from desktop_app.views.messages import ask, show_error

#: Files at least this big are copied by a worker thread with a progress dialog.
BIG_FILE = 4 * 1024 * 1024
CHUNK = 1024 * 1024


def added_text(moment: datetime) -> str:
    """The database keeps UTC; the user reads local time."""
    local = moment.replace(tzinfo=UTC).astimezone() if moment.tzinfo is None else moment
    return format_date_time(local)


class CopyJob:
    """A file copied in chunks by a worker thread; the GUI polls ``copied``.

    With ``storage`` the copy goes into the materials' storage under the name the store
    gives it (the SHA-256 of the content and the extension), so that ``attach_material``
    finds it in place; with ``target`` it goes to that path. The copy is written beside
    the target as ``.part`` and renamed when complete: a cancelled or failed copy leaves
    nothing behind.
    """

    def __init__(self, source: Path, *, target: Path | None = None, storage: Path | None = None):
        self.source = Path(source)
        self.target = target
        self.storage = storage
        self.total = max(self.source.stat().st_size, 1)
        self.copied = 0
        self.error = ""
        self.cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="material-copy", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def _run(self) -> None:
        if self.storage is not None:
            self.storage.mkdir(parents=True, exist_ok=True)
            partial = self.storage / f".incoming-{uuid.uuid4().hex}.part"
        else:
            assert self.target is not None
            partial = self.target.with_name(self.target.name + ".part")
        digest = hashlib.sha256()
        try:
            with self.source.open("rb") as reading, partial.open("wb") as writing:
                while block := reading.read(CHUNK):
                    if self.cancel.is_set():
                        break
                    writing.write(block)
                    digest.update(block)
                    self.copied += len(block)
            if self.cancel.is_set():
                partial.unlink(missing_ok=True)
                return
            target = self.target
            if self.storage is not None:
                sha = digest.hexdigest()
                target = self.storage / sha[:2] / f"{sha}{self.source.suffix.lower()}"
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.exists():
                    partial.unlink()
                    return
            assert target is not None
            partial.replace(target)
        except OSError as error:
            self.error = str(error)
            partial.unlink(missing_ok=True)


def copy_with_progress(parent: QWidget, source: Path, storage: Path) -> bool:
    """Copy a big file into the storage in a worker thread while a cancellable progress
    dialog keeps the window alive (the store then finds the copy in place). False when
    the user cancelled; OSError when the copy failed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    job = CopyJob(source, storage=storage)
    progress = QProgressDialog(
        QCoreApplication.translate("MaterialsTab", "Copying «{0}»…").format(source.name),
        QCoreApplication.translate("MaterialsTab", "Cancel"),
        0,
        1000,
        parent,
    )
    progress.setObjectName("copy_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.canceled.connect(job.cancel.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)

    def poll() -> None:
        if not job.cancelled:
            progress.setValue(min(999, job.copied * 1000 // job.total))
        if not job.running:
            loop.quit()

    timer.timeout.connect(poll)
    job.start()
    timer.start()
    loop.exec()
    timer.stop()
    progress.canceled.disconnect()
    progress.close()
    progress.deleteLater()
    if job.error:
        raise OSError(job.error)
    return not job.cancelled


class MaterialsTab(QWidget):
    changed = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("materials_tab")
        self.database = database
        self.meeting_id = meeting_id
        self.storage = materials.storage_dir(database.path)
        self.state: MeetingState | None = None
        self._queue: list[Path] = []
        self._queue_item: int | None = None
        self._attached: list[str] = []
        self._problems: list[str] = []
        self._job: CopyJob | None = None
        self._progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll_job)
        self._job_done: Callable[[CopyJob], None] | None = None

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Attach to:")))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("material_target_combo")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_combo.setMaximumWidth(520)
        row.addWidget(self.target_combo)
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setObjectName("attach_button")
        self.attach_button.clicked.connect(self.choose_files)
        row.addWidget(self.attach_button)
        row.addStretch()
        layout.addLayout(row)

        self.model = TextRowsModel(
            [self.tr("File name"), self.tr("Item"), self.tr("Size"), self.tr("Added")], self
        )
        self.model.tooltip_columns = {0, 1}
        self.model.centred = {1}
        self.materials_view = table_view("materials_view", self.model)
        header = self.materials_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 100), (3, 140)):
            self.materials_view.setColumnWidth(column, width)
        self.materials_view.activated.connect(self.open_material)
        self.materials_view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.materials_view, 1)

        row = QHBoxLayout()
        self.open_button = self._button("open_material_button", self.tr("Open"), row)
        self.open_button.clicked.connect(self.open_material)
        self.save_button = self._button("save_material_button", self.tr("Save a copy as…"), row)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = self._button("remove_material_button", self.tr("Remove"), row)
        self.remove_button.clicked.connect(self.remove_material)
        row.addSpacing(16)
        self.status_label = QLabel()
        self.status_label.setObjectName("materials_status")
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)
        self.storage_label = QLabel(
            self.tr("Copies of the files are kept in the folder {0}").format(self.storage)
        )
        self.storage_label.setObjectName("storage_label")
        self.storage_label.setWordWrap(True)
        self.storage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.storage_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.storage_label)

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    # ----- loading ----------------------------------------------------------------------
    def refresh(self, state: MeetingState) -> None:
        self.state = state
        with self.database.session() as session:
            rows = materials.materials(session, self.meeting_id)
            items = meetings.agenda_items(session, self.meeting_id)
        chosen = self.selected_material()
        self.model.set_rows(
            [
                (
                    (
                        m.file_name,
                        str(m.item_number) if m.item_number else self.tr("to the meeting"),
                        size_text(m.size),
                        added_text(m.added_at),
                    ),
                    m,
                )
                for m in rows
            ]
        )
        if chosen is not None:
            self.select_material(chosen.id)
        target = self.target_combo.currentData()
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("the meeting"), None)
        for item in items:
            self.target_combo.addItem(
                self.tr("item {0}: {1}").format(item.number, shorten(item.title, 60)), item.id
            )
            self.target_combo.setItemData(
                self.target_combo.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole
            )
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target)))
        self._update_buttons()

    def _reload(self) -> None:
        if self.state is not None:
            self.refresh(self.state)

    def selected_material(self) -> MaterialRow | None:
        row = selected_row(self.materials_view)
        return self.model.payload(row) if row >= 0 else None

    def select_material(self, material_id: int) -> None:
        row = self.model.row_of(lambda m: m.id == material_id)
        if row >= 0:
            self.materials_view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_material() is not None
        busy = self._job is not None
        self.attach_button.setEnabled(not busy)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen and not busy)

    def stored_path(self, material: MaterialRow) -> Path:
        return materials.material_path(self.storage, material)

    # ----- attaching --------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to the meeting"), "", self.tr("All files (*)")
        )
        if paths:
            self.attach_files([Path(p) for p in paths], self.target_combo.currentData())

    def attach_files(self, paths: Sequence[Path], item_id: int | None = None) -> None:
        """Attach the files one after another; big ones are copied with a progress dialog.
        When all are done the table is reloaded and the status says what happened."""
        if self._job is not None:
            return
        self._queue = list(paths)
        self._queue_item = item_id
        self._attached, self._problems = [], []
        self._attach_next()

    def _attach_next(self) -> None:
        while self._queue:
            path = self._queue.pop(0)
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # the store names the missing file
            if BIG_FILE <= size <= materials.MAX_MATERIAL_BYTES:
                self._start_job(
                    CopyJob(path, storage=self.storage),
                    self.tr("Copying «{0}»…").format(path.name),
                    self._big_copied,
                )
                return
            self._record(path)
        self._attach_finished()

    def _big_copied(self, job: CopyJob) -> None:
        if job.cancelled:
            self._queue.clear()
            self._problems.append(self.tr("Copying «{0}» was cancelled.").format(job.source.name))
        elif job.error:
            self._problems.append(
                self.tr("Could not copy «{0}»: {1}").format(job.source.name, job.error)
            )
        else:
            self._record(job.source)
        self._attach_next()

    def _record(self, path: Path) -> None:
        try:
            with self.database.session() as session:
                materials.attach_material(
                    session, self.storage, self.meeting_id, path, self._queue_item
                )
        except ValidationError as error:
            self._problems.append(str(error))
        except OSError as error:
            self._problems.append(self.tr("Could not copy «{0}»: {1}").format(path.name, error))
        else:
            self._attached.append(path.name)

    def _attach_finished(self) -> None:
        self._reload()
        if self._attached:
            self.status_label.setText(self.tr("Attached: {0}").format(", ".join(self._attached)))
            self.changed.emit()
        else:
            self.status_label.setText("")
        if self._problems:
            show_error(self, "\n".join(self._problems))

    # ----- the worker -------------------------------------------------------------------
    def _start_job(self, job: CopyJob, label: str, done: Callable[[CopyJob], None]) -> None:
        self._job, self._job_done = job, done
        self._progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        self._progress.setObjectName("copy_progress")
        self._progress.setWindowTitle(self.tr("Copying"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(job.cancel.set)
        self._update_buttons()
        job.start()
        self._timer.start()

    def _poll_job(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        if self._progress is not None:
            if self._progress.wasCanceled():
                job.cancel.set()
            elif not job.cancelled:
                self._progress.setValue(min(999, job.copied * 1000 // job.total))
        if job.running:
            return
        self._timer.stop()
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        done, self._job, self._job_done = self._job_done, None, None
        self._update_buttons()
        if done is not None:
            done(job)

    @property
    def busy(self) -> bool:
        return self._job is not None

    # ----- opening, saving, removing ----------------------------------------------------
    def open_material(self, *_args) -> None:
        material = self.selected_material()
        if material is None:
            return
        path = self.stored_path(material)
        if not path.is_file():
            show_error(self, self._missing(material, path))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(
                self,
                self.tr("No program opens «{0}»; save a copy and open it yourself.").format(
                    material.file_name
                ),
            )

    def _missing(self, material: MaterialRow, path: Path) -> str:
        return self.tr("The stored copy of «{0}» is missing: {1}").format(material.file_name, path)

    def save_copy(self) -> None:
        material = self.selected_material()
        if material is None or self._job is not None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the file"), material.file_name
        )
        if name:
            self.save_copy_to(material, Path(name))

    def save_copy_to(self, material: MaterialRow, target: Path) -> None:
        source = self.stored_path(material)
        if not source.is_file():
            show_error(self, self._missing(material, source))
            return
        if source.stat().st_size < BIG_FILE:
            try:
                shutil.copyfile(source, target)
            except OSError as error:
                show_error(self, self.tr("Could not save «{0}»: {1}").format(target, error))
                return
            self.status_label.setText(self.tr("Saved: {0}").format(target))
            return
        self._start_job(
            CopyJob(source, target=target),
            self.tr("Saving «{0}»…").format(target.name),
            self._saved,
        )

    def _saved(self, job: CopyJob) -> None:
        if job.error:
            show_error(self, self.tr("Could not save «{0}»: {1}").format(job.target, job.error))
        elif not job.cancelled:
            self.status_label.setText(self.tr("Saved: {0}").format(job.target))

    def remove_material(self) -> None:
        material = self.selected_material()
        if material is None:
            return
        ask(
            self,
            self.tr("Remove «{0}» from the meeting's materials?").format(material.file_name),
            lambda: self._remove(material.id),
            self.tr("Remove"),
        )

    def _remove(self, material_id: int) -> None:
        try:
            with self.database.session() as session:
                materials.remove_material(session, material_id)
        except ValidationError as error:
            show_error(self, str(error))
        self.status_label.setText("")
        self._reload()
        self.changed.emit()
