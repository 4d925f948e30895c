"""One place that resolves every file the program ships and every folder it writes to.

Shipped files (fonts, forms, translations, example data, migrations) live in the top-level
folders ``resources/``, ``ui/`` and ``db/``: next to the package in a source checkout,
under ``sys._MEIPASS`` in the PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_ID


def app_root() -> Path:
    """The folder that holds ``resources/``, ``ui/`` and ``db/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def ui_path(*parts: str) -> Path:
    return app_root().joinpath("ui", *parts)


def migrations_path() -> Path:
    return app_root() / "db"


def font_path(file_name: str) -> Path:
    return resource_path("fonts", file_name)


def user_data_dir() -> Path:
    """The user's data folder (``%LOCALAPPDATA%\\commission-secretary`` on Windows).

    ``COMMISSION_SECRETARY_HOME`` overrides it (tests, portable installs).
    """
    override = os.environ.get("COMMISSION_SECRETARY_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "secretary.sqlite3"


def log_path() -> Path:
    return user_data_dir() / "secretary.log"
