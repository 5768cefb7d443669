"""Return lines know whether their request still waits for its parcel, for GTIN scans in one index range.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both databases. Alembic would rebuild the table on SQLite for an expression default,
    # and dropping the old copy of a table that units reference fails with foreign keys on.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE return_lines ADD COLUMN awaiting_receipt BOOLEAN NOT NULL DEFAULT 1")
    else:
        op.add_column(
            "return_lines",
            sa.Column("awaiting_receipt", sa.Boolean(), server_default=sa.true(), nullable=False),
        )
    op.execute(
        "UPDATE return_lines SET awaiting_receipt = EXISTS ("
        " SELECT 1 FROM return_requests r WHERE r.id = return_lines.return_request_id"
        " AND r.status IN ('requested', 'approved'))"
    )
    op.create_index(
        "ix_return_lines_awaiting_product",
        "return_lines",
        ["product_id", "return_request_id"],
        unique=False,
        sqlite_where=sa.text("awaiting_receipt"),
        postgresql_where=sa.text("awaiting_receipt"),
    )


def downgrade() -> None:
    op.drop_index("ix_return_lines_awaiting_product", table_name="return_lines")
    op.execute("ALTER TABLE return_lines DROP COLUMN awaiting_receipt")  # in place, also on SQLite 3.35+
