"""The store: SQLAlchemy models, the database file, migrations and queries. No Qt."""
