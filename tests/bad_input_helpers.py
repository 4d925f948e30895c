"""Bad input shared by the tests of importers and forms (tests/test_bad_input_*.py): the
hand-written hostile strings, hypothesis strategies that generate more, and a dump of the
database to prove that a refused input changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import strategies as st

MEGABYTE = "Я" * (1024 * 1024)

#: Formulas, as a user (or an attacker) types them into a text field.
FORMULAS = (
    '=HYPERLINK("http://x","y")',
    "=1+2",
    "+cmd|' /C calc'!A0",
    "-1+2",
    "@SUM(A1:A2)",
    "=cmd|' /C notepad'!'A1'",
    "\t=1+1",
    "#REF!",
    "#DIV/0!",
)
#: Characters no stored text may hold (domain.fields): each is refused, never stored.
CONTROLS = (
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x9b",
    "\u202e",
    "\u2066",
    "\ud800",
    "\udfff",
    "\ufffe",
)
#: The hand-written list: every text field of every form and import gets each of these.
HOSTILE: tuple[str, ...] = (
    "",
    " ",
    "\n\n\t",
    *FORMULAS,
    *(f"Текст{c}вставка" for c in CONTROLS),
    "31.02.2023",
    "00.00.0000",
    "99.99.9999",
    "-1",
    "1e308",
    "nan",
    "ꙮ" * 10,
    "²³",
    "١٢.٠٣.٢٠٢٤",
    "Иванов Иван Иванович; DROP TABLE person;--",
    "\ufeffТекст с меткой BOM",
    "Ð\x9fÑ\x80Ð¸Ð²ÐµÑ\x82",  # «Привет» in UTF-8 read as Latin-1
    "Ïðèâåò",  # «Привет» in cp1251 read as Latin-1
    MEGABYTE,
)

_BAD_CHARACTERS = st.sampled_from(CONTROLS + ("\u200b", "\u00ad", "\r", "\x0b", "\x85"))

#: Any text, biased to what breaks things: controls, surrogates, formulas, Cyrillic.
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(
        alphabet=st.one_of(
            st.characters(exclude_categories=()),  # lone surrogates too
            _BAD_CHARACTERS,
            st.sampled_from("=+-@#;:.,«»–— \t\nАБВЁЖЯабвёжя0123456789"),
        ),
        max_size=80,
    ),
    st.sampled_from(HOSTILE[:-1]),
    st.builds(lambda a, b: a + b, st.sampled_from(FORMULAS), st.text(max_size=20)),
)


def dump(path: Path) -> dict[str, tuple[int, int]]:
    """A fingerprint of every table (the migrations' own table aside): its row count and a
    hash of all its values in order, to compare before and after a refused input. The
    hashing is SQLite's own text of each value (``quote``), so nothing is lost to Python's
    conversions; it is cheap enough to take around every single call."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: _fingerprint(connection, table) for table in _tables(connection)}
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' "
            "AND name NOT LIKE '%fts%'"
        )
    ]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _fingerprint(connection: sqlite3.Connection, table: str) -> tuple[int, int]:
    columns = _columns(connection, table)
    values = " || ',' || ".join(f'quote("{c}")' for c in columns)
    try:
        order = "rowid"
        connection.execute(f'SELECT rowid FROM "{table}" LIMIT 1')
    except sqlite3.OperationalError:  # a table WITHOUT ROWID
        order = ", ".join(f'"{c}"' for c in columns)
    count, text = connection.execute(
        f'SELECT count(*), group_concat({values}, char(10)) FROM (SELECT * FROM "{table}" '
        f"ORDER BY {order})"
    ).fetchone()
    return count, hash(text)


def stored_texts(path: Path, tables: list[str] | None = None) -> list[tuple[str, str]]:
    """(table, text) of every text value stored in ``tables`` (all by default)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = []
        for table in tables if tables is not None else _tables(connection):
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found += [(table, value) for value in row if isinstance(value, str)]
        return found
    finally:
        connection.close()


class Commits:
    """Whether anybody committed to the database since the last look: SQLite's
    ``data_version`` as another connection sees it. A refused input must commit nothing;
    this is the cheap check around every call, ``dump`` the thorough one around batches."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.version = self._now()

    def _now(self) -> int:
        return self.connection.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        now = self._now()
        changed, self.version = now != self.version, now
        return changed

    def close(self) -> None:
        self.connection.close()


def control_free(text: str) -> bool:
    from desktop_app.domain.fields import forbidden_character

    return forbidden_character(text) is None
