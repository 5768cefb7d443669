"""Customers a return import made before it wrote their ``name_key`` get it, so the Requests tab's search by name
finds them."""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE customers SET name_key = lower(name) WHERE name_key IS NULL")


def downgrade() -> None:
    """Nothing to take back: the keys are what the app writes for every customer now."""
