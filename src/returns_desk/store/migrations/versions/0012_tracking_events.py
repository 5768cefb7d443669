"""Carrier tracking events of return parcels (services/tracking.py), and on each tracking number the stage its
latest event put it in, so the inbound pipeline and the dock forecast are read from one small table."""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    at = sa.DateTime(timezone=True)
    op.create_table(
        "tracking_events",
        sa.Column("id", big, nullable=False),
        sa.Column("tracking_number_id", big, nullable=False),
        sa.Column("stage", sa.String(24), nullable=False),
        sa.Column("tag", sa.String(40), nullable=False),
        sa.Column("subtag", sa.String(40), nullable=False),
        sa.Column("occurred_at", at, nullable=False),
        sa.Column("location", sa.String(200), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("imported_at", at, nullable=False),
        sa.ForeignKeyConstraint(
            ["tracking_number_id"],
            ["tracking_numbers.id"],
            name="fk_tracking_events_tracking_number_id_tracking_numbers",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tracking_events"),
        sa.UniqueConstraint(
            "tracking_number_id",
            "occurred_at",
            "tag",
            "subtag",
            name="uq_tracking_events_tracking_number_id_occurred_at_tag_subtag",
        ),
    )
    op.add_column("tracking_numbers", sa.Column("stage", sa.String(24), nullable=True))
    op.add_column("tracking_numbers", sa.Column("stage_at", at, nullable=True))
    op.add_column("tracking_numbers", sa.Column("expected_on", sa.Date(), nullable=True))
    op.create_index("ix_tracking_numbers_stage", "tracking_numbers", ["stage", "stage_at"])


def downgrade() -> None:
    op.drop_index("ix_tracking_numbers_stage", table_name="tracking_numbers")
    op.drop_column("tracking_numbers", "expected_on")
    op.drop_column("tracking_numbers", "stage_at")
    op.drop_column("tracking_numbers", "stage")
    op.drop_table("tracking_events")
