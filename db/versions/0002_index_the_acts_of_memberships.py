"""index the acts of memberships

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 14:43:55.503944
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_end_act_id"), ["end_act_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_start_act_id"), ["start_act_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_start_act_id"))
        batch_op.drop_index(batch_op.f("ix_membership_end_act_id"))
