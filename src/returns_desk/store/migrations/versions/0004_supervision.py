"""Supervisor console: queue indexes and denormalised filter columns, exception assignment, PIN lock-out,
rule versions and blind re-grades.

Revision ID: 0004
Revises: 0003
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

QUEUE_INDEXES = {
    "ix_units_received_at_id": ["received_at", "id"],
    "ix_units_status_received": ["status", "received_at", "id"],
    "ix_units_station_received": ["station_id", "received_at", "id"],
    "ix_units_inspector_received": ["inspector_id", "received_at", "id"],
    "ix_units_grade_received": ["grade", "received_at", "id"],
    "ix_units_disposition_received": ["disposition", "received_at", "id"],
    "ix_units_exception_received": ["exception_kind", "received_at", "id"],
    "ix_units_product_received": ["product_id", "received_at", "id"],
}


def _add(
    table: str, column: str, ddl_sqlite: str, column_pg: "sa.Column[Any]", fk: tuple[str, str] | None = None
) -> None:
    # Plain ADD COLUMN on SQLite: a batch rebuild of a table others reference fails with foreign keys on.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl_sqlite}")
        return
    op.add_column(table, column_pg)
    if fk is not None:
        op.create_foreign_key(f"fk_{table}_{column}_{fk[0]}", table, fk[0], [column], [fk[1]])


def upgrade() -> None:
    _add("customers", "name_key", "VARCHAR(200)", sa.Column("name_key", sa.String(200), nullable=True))
    op.execute("UPDATE customers SET name_key = lower(name)")
    op.create_index(
        "ix_customers_name_key", "customers", ["name_key"], postgresql_ops={"name_key": "text_pattern_ops"}
    )

    _add(
        "units",
        "inspector_id",
        "INTEGER REFERENCES users (id)",
        sa.Column("inspector_id", sa.BigInteger(), nullable=True),
        ("users", "id"),
    )
    _add("units", "exception_kind", "VARCHAR(32)", sa.Column("exception_kind", sa.String(32), nullable=True))
    op.execute(
        "UPDATE units SET inspector_id = (SELECT i.inspector_id FROM inspections i"
        " WHERE i.unit_id = units.id AND NOT i.blind ORDER BY i.id DESC LIMIT 1)"
        " WHERE status <> 'received'"
    )
    op.execute(
        "UPDATE units SET exception_kind = (SELECT e.kind FROM exceptions e"
        " WHERE e.unit_id = units.id AND e.status = 'open' ORDER BY e.opened_at, e.id LIMIT 1)"
        " WHERE id IN (SELECT unit_id FROM exceptions WHERE status = 'open' AND unit_id IS NOT NULL)"
    )
    op.drop_index("ix_units_status", table_name="units")
    for name, columns in QUEUE_INDEXES.items():
        op.create_index(name, "units", columns)

    _add("exceptions", "resolution", "TEXT", sa.Column("resolution", sa.Text(), nullable=True))
    _add(
        "exceptions",
        "assigned_to_id",
        "INTEGER REFERENCES users (id)",
        sa.Column("assigned_to_id", sa.BigInteger(), nullable=True),
        ("users", "id"),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE users ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0")
    else:
        op.add_column(
            "users", sa.Column("failed_pins", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    _add(
        "users",
        "locked_until",
        "DATETIME",
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    )

    op.create_table(
        "rule_versions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("published_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by_id"], ["users.id"], name="fk_rule_versions_published_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_rule_versions"),
        sa.UniqueConstraint("number", name="uq_rule_versions_number"),
    )
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "blind_regrades",
        sa.Column("id", big, nullable=False),
        sa.Column("unit_id", big, nullable=False),
        sa.Column("first_inspection_id", big, nullable=False),
        sa.Column("first_inspector_id", big, nullable=False),
        sa.Column("first_grade", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("second_inspection_id", big, nullable=True),
        sa.Column("second_inspector_id", big, nullable=True),
        sa.Column("second_grade", sa.String(16), nullable=True),
        sa.Column("agreed", sa.Boolean(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_blind_regrades_unit_id_units"),
        sa.ForeignKeyConstraint(
            ["first_inspection_id"],
            ["inspections.id"],
            name="fk_blind_regrades_first_inspection_id_inspections",
        ),
        sa.ForeignKeyConstraint(
            ["first_inspector_id"], ["users.id"], name="fk_blind_regrades_first_inspector_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["second_inspection_id"],
            ["inspections.id"],
            name="fk_blind_regrades_second_inspection_id_inspections",
        ),
        sa.ForeignKeyConstraint(
            ["second_inspector_id"], ["users.id"], name="fk_blind_regrades_second_inspector_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_blind_regrades"),
        sa.UniqueConstraint("first_inspection_id", name="uq_blind_regrades_first_inspection_id"),
    )
    op.create_index("ix_blind_regrades_unit_id", "blind_regrades", ["unit_id"])
    op.create_index("ix_blind_regrades_first_inspector_id", "blind_regrades", ["first_inspector_id"])
    op.create_index("ix_blind_regrades_status", "blind_regrades", ["status"])


def downgrade() -> None:
    op.drop_table("blind_regrades")
    op.drop_table("rule_versions")
    for name in QUEUE_INDEXES:
        op.drop_index(name, table_name="units")
    op.create_index("ix_units_status", "units", ["status"])
    op.drop_index("ix_customers_name_key", table_name="customers")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_units_inspector_id_users", "units", type_="foreignkey")
        op.drop_constraint("fk_exceptions_assigned_to_id_users", "exceptions", type_="foreignkey")
    for table, column in (
        ("users", "locked_until"),
        ("users", "failed_pins"),
        ("exceptions", "assigned_to_id"),
        ("exceptions", "resolution"),
        ("units", "exception_kind"),
        ("units", "inspector_id"),
        ("customers", "name_key"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
