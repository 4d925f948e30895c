"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 14:12:56.757018
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("full_name_genitive", sa.Text(), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("act_kind", sa.String(length=40), nullable=False),
        sa.Column("act_number", sa.String(length=60), nullable=False),
        sa.Column("act_date", sa.Date(), nullable=True),
        sa.Column("quorum_rule", sa.String(length=40), nullable=False),
        sa.Column("report_day", sa.Integer(), nullable=False),
        sa.Column("meetings_per_quarter", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "meetings_per_quarter BETWEEN 0 AND 31", name=op.f("ck_body_meetings_per_quarter_sane")
        ),
        sa.CheckConstraint("report_day BETWEEN 1 AND 31", name=op.f("ck_body_report_day_in_month")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("short_name", name=op.f("uq_body_short_name")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("middle_name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("name_genitive", sa.String(length=300), nullable=False),
        sa.Column("name_dative", sa.String(length=300), nullable=False),
        sa.Column("name_accusative", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_name", ["last_name", "first_name", "middle_name"], unique=False
        )

    op.create_table(
        "roster_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_roster_act_body_id_body"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_act")),
    )
    with op.batch_alter_table("roster_act", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_act_body_id"), ["body_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("start_act_id", sa.Integer(), nullable=True),
        sa.Column("end_act_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date > start_date", name=op.f("ck_membership_dates_in_order")
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_membership_body_id_body"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["end_act_id"],
            ["roster_act.id"],
            name=op.f("fk_membership_end_act_id_roster_act"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_membership_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["start_act_id"],
            ["roster_act.id"],
            name=op.f("fk_membership_start_act_id_roster_act"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(
            "ix_membership_body_dates", ["body_id", "start_date", "end_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index("ix_membership_body_dates")

    op.drop_table("membership")
    with op.batch_alter_table("roster_act", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_act_body_id"))

    op.drop_table("roster_act")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name")

    op.drop_table("person")
    op.drop_table("body")
