"""Analytics: the cube of sums the dashboard reads (``agg_cells``), each order's customer segment and each return
parcel's shipping cost.

The cells are kept by triggers in the transaction of every row that changes them (store/aggregates.py installs
them, and says what each fact means); ``returns-desk analytics rebuild`` fills the cube from the rows, which this
migration does once for what is already there.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from returns_desk.store import aggregates

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("segment", sa.String(16), nullable=True))
    op.add_column("return_requests", sa.Column("shipping_cents", sa.Integer(), nullable=True))
    op.create_table(
        "agg_cells",
        sa.Column("fact", sa.String(16), nullable=False),
        sa.Column("grain", sa.String(1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("n1", sa.BigInteger(), nullable=False),
        sa.Column("n2", sa.BigInteger(), nullable=False),
        sa.Column("n3", sa.BigInteger(), nullable=False),
        sa.Column("n4", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "fact", "grain", "day", "category", "channel", "region", "key", name="pk_agg_cells"
        ),
    )
    conn = op.get_bind()
    aggregates.install(conn)
    aggregates.rebuild(conn)


def downgrade() -> None:
    aggregates.uninstall(op.get_bind())
    op.drop_table("agg_cells")
    op.drop_column("return_requests", "shipping_cents")
    op.drop_column("orders", "segment")
