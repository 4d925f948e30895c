"""Alembic environment. The program runs it through desktop_app.store.database.upgrade."""

from alembic import context
from sqlalchemy import create_engine, event, text

from desktop_app.store.models import Base, is_model_table

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE: every CREATE,
        # ALTER and DROP would commit on its own, and a crash mid-upgrade would leave
        # tables of a revision alembic_version does not name. Issue BEGIN ourselves.
        dbapi_connection.isolation_level = None
        # Foreign keys off while tables are rebuilt (batch mode would otherwise cascade
        # deletes into child tables); checked again before the commit. (Outside any
        # transaction: inside one this PRAGMA does nothing.)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_name=lambda name, kind, _parent: kind != "table" or is_model_table(name),
        )
        with context.begin_transaction():
            context.run_migrations()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
    engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
