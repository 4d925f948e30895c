"""A plan of measures to and from Excel: the empty template, the export of a plan and the
import of a filled-in workbook (``documents.plan_xlsx``).

Reading and writing a workbook runs in a worker thread; a progress dialog shows when it
takes longer than half a second, so the window never freezes. A bad file is refused
whole: a dialog lists every problem by sheet, row and column, and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.store.database import Database
from desktop_app.views.document_files import ask_save_path, run_with_progress, write_file
from desktop_app.views.messages import show_error

FOLDER_KEY = "plans/folder"
XLSX = (".xlsx",)
T = TypeVar("T")


def _file_filter() -> str:
    return QCoreApplication.translate("PlanImport", "Excel workbook (*.xlsx)")


# ----- the problems of a bad file --------------------------------------------------------------
class PlanProblemsDialog(QDialog):
    """Every problem of a file that was not imported, one per line, with a copy button."""

    def __init__(self, file_name: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan_problems")
        self.setWindowTitle(self.tr("The plan is not imported"))
        self.problems = problems
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "The file «{0}» is not imported, problems: {1}. Nothing is changed: correct "
                "the file and import it again."
            ).format(file_name, len(problems))
        )
        heading.setObjectName("plan_problems_heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("plan_problems_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.addItems(problems)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy the list"))
        copy.setObjectName("copy_problems")
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems))


def show_problems(parent: QWidget | None, file_name: str, problems: list[str]) -> QDialog:
    dialog = PlanProblemsDialog(file_name, problems, parent)
    dialog.open()
    return dialog


# ----- the three actions -----------------------------------------------------------------------
def save_plan_template(parent: QWidget | None, path: Path | None = None) -> bool:
    """Ask where to save the empty template and write it. True when saved."""
    from desktop_app.documents.plan_xlsx import write_plan_template

    path = path or ask_save_path(
        parent,
        QCoreApplication.translate("PlanImport", "Plan template"),
        "Шаблон плана мероприятий.xlsx",
        _file_filter(),
        XLSX,
        FOLDER_KEY,
    )
    if path is None:
        return False
    return write_file(parent, path, write_plan_template)


def export_plan(
    parent: QWidget | None, database: Database, plan_id: int, path: Path | None = None
) -> bool:
    """Save a plan as the workbook the import reads back. True when saved."""
    from desktop_app.documents.plan_xlsx import write_plan_xlsx
    from desktop_app.store.plans import plan_data

    try:
        with database.session() as session:
            data = plan_data(session, plan_id)
    except ValidationError as error:
        show_error(parent, str(error))
        return False
    path = path or ask_save_path(
        parent,
        QCoreApplication.translate("PlanImport", "Plan of measures"),
        f"План мероприятий {data.first_year}-{data.last_year}.xlsx",
        _file_filter(),
        XLSX,
        FOLDER_KEY,
    )
    if path is None:
        return False

    return write_file(parent, path, lambda target: write_plan_xlsx(data, target))


def import_plan(
    parent: QWidget | None, database: Database, body_id: int, path: Path | None = None
) -> int | None:
    """Ask for a workbook, read it and store its plan for the body in one transaction.
    The new plan's id; None when cancelled or refused (the problems are shown)."""
    from desktop_app.documents.plan_xlsx import PlanFileError, read_plan_xlsx
    from desktop_app.store.plans import PlanError, create_plan

    if path is None:
        settings = QSettings()
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("PlanImport", "Import a plan of measures"),
            str(settings.value(FOLDER_KEY, "")),
            _file_filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
        settings.setValue(FOLDER_KEY, str(path.parent))
    try:
        data = run_with_progress(
            parent,
            QCoreApplication.translate("PlanImport", "Reading «{0}»…").format(path.name),
            lambda: read_plan_xlsx(path),
        )
    except PlanFileError as error:
        show_problems(parent, path.name, error.problems)
        return None
    except OSError as error:
        show_error(
            parent,
            QCoreApplication.translate("PlanImport", "Could not read the file «{0}»: {1}").format(
                path, error.strerror or error
            ),
        )
        return None
    try:
        with database.session() as session:
            return create_plan(session, body_id, data)
    except PlanError as error:
        show_problems(parent, path.name, error.problems)
    except ValidationError as error:
        show_error(parent, str(error))
    return None
