"""Exceptions for supervisors: unexpected parcels, discrepancies, overrides awaiting approval.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:34:17.556015
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exceptions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scanned_code", sa.String(length=120), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("return_request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("station_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("opened_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["users.id"], name=op.f("fk_exceptions_opened_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["users.id"], name=op.f("fk_exceptions_resolved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["return_request_id"],
            ["return_requests.id"],
            name=op.f("fk_exceptions_return_request_id_return_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_exceptions_station_id_stations")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_exceptions_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exceptions")),
    )
    with op.batch_alter_table("exceptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exceptions_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_exceptions_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exceptions_return_request_id"), ["return_request_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exceptions_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_exceptions_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exceptions_unit_id"))
        batch_op.drop_index(batch_op.f("ix_exceptions_status"))
        batch_op.drop_index(batch_op.f("ix_exceptions_return_request_id"))
        batch_op.drop_index(batch_op.f("ix_exceptions_opened_at"))
        batch_op.drop_index(batch_op.f("ix_exceptions_kind"))

    op.drop_table("exceptions")
