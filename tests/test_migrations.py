"""The schema: migrations from an empty file to the newest, and files the program refuses."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from desktop_app.resources import migrations_path
from desktop_app.store.database import (
    SCHEMA_HEAD,
    Database,
    DatabaseError,
    known_revisions,
    run_alembic_upgrade,
    stored_revision,
)
from desktop_app.store.models import Base, is_model_table


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return ScriptDirectory.from_config(config)


def test_schema_head_is_the_newest_migration():
    assert script_directory().get_current_head() == SCHEMA_HEAD
    assert known_revisions()[-1] == SCHEMA_HEAD


def test_upgrade_an_empty_file_through_every_migration(tmp_path):
    path = tmp_path / "steps.sqlite3"
    revisions = [s.revision for s in reversed(list(script_directory().walk_revisions()))]
    for revision in revisions:
        run_alembic_upgrade(path, revision)
        assert stored_revision(path) == revision
    engine = create_engine(f"sqlite:///{path}")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = Database(tmp_path / "compare.sqlite3")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_name": lambda name, kind, _parent: kind != "table" or is_model_table(name)
            },
        )
        differences = compare_metadata(context, Base.metadata)
    database.close()
    assert differences == []


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="более новой версией программы"):
        Database(path)


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(DatabaseError, match="другой программы"):
        Database(path)


def test_pragmas(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_data_survives_the_upgrade_from_the_first_schema(tmp_path):
    """A database written at schema 0001 keeps its bodies and rosters after the upgrade."""
    from datetime import date

    from desktop_app.store.example import load_example
    from desktop_app.store.roster import list_acts, roster_on

    path = tmp_path / "old.sqlite3"
    run_alembic_upgrade(path, "0001")
    old = Database(path, migrate=False)
    with old.session() as session:
        body_id = load_example(session, meetings=False)  # schema 0001 has no meetings
    old.close()
    assert stored_revision(path) == "0001"
    database = Database(path)
    assert stored_revision(path) == SCHEMA_HEAD
    with database.session() as session:
        assert len(roster_on(session, body_id, date(2023, 1, 1))) == 23
        assert list_acts(session, body_id)[0].joined == 23
    database.close()
