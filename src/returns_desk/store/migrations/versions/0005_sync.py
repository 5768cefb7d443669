"""Shared database and offline stations: events know their transaction; stations report their sync state.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE events ADD COLUMN tx VARCHAR(36)")
    else:
        op.add_column("events", sa.Column("tx", sa.String(36), nullable=True))
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "station_status",
        sa.Column("station_id", big, nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("last_sync", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("schema", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name="fk_station_status_station_id_stations"
        ),
        sa.PrimaryKeyConstraint("station_id", name="pk_station_status"),
    )


def downgrade() -> None:
    op.drop_table("station_status")
    op.execute("ALTER TABLE events DROP COLUMN tx")
