"""A return request imported from a shop platform keeps that platform's name and its own id for the request, so
that importing an updated export changes the request in place instead of adding it again."""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both databases: SQLite adds a nullable column in place (a batch copy of the table would
    # trip the foreign keys that point at it).
    op.add_column("return_requests", sa.Column("platform", sa.String(16), nullable=True))
    op.add_column("return_requests", sa.Column("platform_id", sa.String(128), nullable=True))
    op.create_index(
        "ux_return_requests_platform_id", "return_requests", ["platform", "platform_id"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ux_return_requests_platform_id", table_name="return_requests")
    op.drop_column("return_requests", "platform_id")
    op.drop_column("return_requests", "platform")
