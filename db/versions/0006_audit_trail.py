"""the audit trail of the official record; a signed protocol refused by the database itself

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 10:12:40.118204

The table ``audit_entry`` holds the changes ``desktop_app.store.audit`` records. The
triggers make a signed protocol immutable below the store: while a meeting is signed and no
amendment is open, any INSERT, UPDATE or DELETE of its rows (the meeting's own columns, its
agenda items, speakers, decisions, ballots, attendance and invited people) is aborted, a
signed meeting is neither deleted nor un-signed, a kept version is never changed or deleted,
and a version is only added to a signed meeting. The only change a locked meeting accepts
is opening an amendment (its date and reason). Deliveries, materials and assignments are
tables of their own, free to change after the signature.

A future migration that rebuilds one of these tables (batch mode) drops its triggers with
it and must create them again: ``tests/test_signed_protocol.py`` checks that the newest
schema has every one of them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The message of every refusal (the store maps it to a Russian ValidationError).
MESSAGE = "подписанный протокол не изменяется: изменения вносятся только исправлением"

# The columns of a signed meeting that only an amendment may change (all but the amendment's
# own date and reason).
MEETING_COLUMNS = (
    "id",
    "body_id",
    "year",
    "number",
    "day",
    "start",
    "venue",
    "form",
    "status",
    "protocol_form",
    "presiding_person_id",
    "agenda_approved_on",
    "signed_on",
    "note",
)

_LOCKED_MEETING = (
    "EXISTS (SELECT 1 FROM meeting m WHERE m.id = {0} "
    "AND m.status = 'signed' AND m.amendment_on IS NULL)"
)
_LOCKED_ITEM = (
    "EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
    "WHERE i.id = {0} AND m.status = 'signed' AND m.amendment_on IS NULL)"
)
_LOCKED_DECISION = (
    "EXISTS (SELECT 1 FROM decision d JOIN agenda_item i ON i.id = d.item_id "
    "JOIN meeting m ON m.id = i.meeting_id "
    "WHERE d.id = {0} AND m.status = 'signed' AND m.amendment_on IS NULL)"
)

# table -> (the column that leads to the meeting, the test that it is locked)
PROTOCOL_TABLES = {
    "agenda_item": ("meeting_id", _LOCKED_MEETING),
    "attendance": ("meeting_id", _LOCKED_MEETING),
    "invitation": ("meeting_id", _LOCKED_MEETING),
    "speaker": ("item_id", _LOCKED_ITEM),
    "decision": ("item_id", _LOCKED_ITEM),
    "ballot_vote": ("decision_id", _LOCKED_DECISION),
}


def _abort(name: str, timing: str, when: str) -> str:
    return (
        f"CREATE TRIGGER {name} {timing} FOR EACH ROW WHEN {when} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def trigger_statements() -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in MEETING_COLUMNS)
    statements = [
        _abort(
            "signed_meeting_update",
            "BEFORE UPDATE ON meeting",
            "OLD.status = 'signed' AND OLD.amendment_on IS NULL AND ("
            f"{changed} OR (NEW.amendment_on IS NULL "
            "AND NEW.amendment_reason IS NOT OLD.amendment_reason))",
        ),
        # Even inside an amendment a signed protocol stays signed on its date.
        _abort(
            "signed_meeting_unsign",
            "BEFORE UPDATE OF status, signed_on ON meeting",
            "OLD.status = 'signed' "
            "AND (NEW.status IS NOT 'signed' OR NEW.signed_on IS NOT OLD.signed_on)",
        ),
        _abort("signed_meeting_delete", "BEFORE DELETE ON meeting", "OLD.status = 'signed'"),
        # A protocol is signed in the program, which keeps the signed version.
        _abort("signed_meeting_insert", "BEFORE INSERT ON meeting", "NEW.status = 'signed'"),
        _abort("protocol_version_update", "BEFORE UPDATE ON protocol_version", "1"),
        _abort("protocol_version_delete", "BEFORE DELETE ON protocol_version", "1"),
        _abort(
            "protocol_version_insert",
            "BEFORE INSERT ON protocol_version",
            "NOT EXISTS (SELECT 1 FROM meeting m "
            "WHERE m.id = NEW.meeting_id AND m.status = 'signed')",
        ),
    ]
    for table, (column, locked) in PROTOCOL_TABLES.items():
        statements += [
            _abort(
                f"signed_{table}_insert",
                f"BEFORE INSERT ON {table}",
                locked.format(f"NEW.{column}"),
            ),
            _abort(
                f"signed_{table}_update",
                f"BEFORE UPDATE ON {table}",
                f"{locked.format(f'OLD.{column}')} OR {locked.format(f'NEW.{column}')}",
            ),
            _abort(
                f"signed_{table}_delete",
                f"BEFORE DELETE ON {table}",
                locked.format(f"OLD.{column}"),
            ),
        ]
    return statements


def trigger_names() -> list[str]:
    return [statement.split()[2] for statement in trigger_statements()]


# The journal's search: a trigram index (FTS5) over the folded text of each entry finds any
# part of a word; entries are never changed or deleted.
AUDIT_SEARCH = (
    "CREATE VIRTUAL TABLE audit_search USING fts5("
    "search_text, content='audit_entry', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER audit_search_insert AFTER INSERT ON audit_entry BEGIN "
    "INSERT INTO audit_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER audit_entry_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'журнал изменений не изменяется'); END",
    "CREATE TRIGGER audit_entry_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'журнал изменений не изменяется'); END",
)


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("subject_title", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete')", name=op.f("ck_audit_entry_action_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_body_at", ["body_id", "at"], unique=False)
        batch_op.create_index(
            "ix_audit_entry_subject", ["subject_kind", "subject_id", "at"], unique=False
        )
    for statement in trigger_statements():
        op.execute(statement)
    for statement in AUDIT_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    for name in reversed(trigger_names()):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE audit_search")  # its trigger goes with the table
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_subject")
        batch_op.drop_index("ix_audit_entry_body_at")
        batch_op.drop_index("ix_audit_entry_at")
    op.drop_table("audit_entry")
