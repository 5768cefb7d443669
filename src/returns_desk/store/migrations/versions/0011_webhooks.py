"""Webhooks: endpoints (with the event kinds each wants, as LIKE patterns) and one delivery row per event and
endpoint, queued by a trigger on the events table in the event's own transaction, whoever wrote it."""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

QUEUE = """INSERT INTO webhook_deliveries (endpoint_id, event_id, subject, status, attempts, next_attempt_at,
                                          created_at)
    SELECT e.id, NEW.id, NEW.subject_type || ':' || NEW.subject_id, 'pending', 0, NEW.occurred_at, NEW.occurred_at
    FROM webhook_endpoints e
    WHERE e.active AND EXISTS (
        SELECT 1 FROM webhook_subscriptions s WHERE s.endpoint_id = e.id AND NEW.kind LIKE s.pattern
    )"""
QUIET = "NOT EXISTS (SELECT 1 FROM settings WHERE key = 'outbox_quiet')"


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    at = sa.DateTime(timezone=True)
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", big, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("secret", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", at, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_endpoints"),
        sa.UniqueConstraint("name", name="uq_webhook_endpoints_name"),
    )
    op.create_table(
        "webhook_subscriptions",
        sa.Column("id", big, nullable=False),
        sa.Column("endpoint_id", big, nullable=False),
        sa.Column("pattern", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["webhook_endpoints.id"],
            name="fk_webhook_subscriptions_endpoint_id_webhook_endpoints",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_subscriptions"),
    )
    op.create_index("ix_webhook_subscriptions_endpoint_id", "webhook_subscriptions", ["endpoint_id"])
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", big, nullable=False),
        sa.Column("endpoint_id", big, nullable=False),
        sa.Column("event_id", big, nullable=False),
        sa.Column("subject", sa.String(96), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", at, nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", at, nullable=True),
        sa.Column("sent_at", at, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", at, nullable=False),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["webhook_endpoints.id"],
            name="fk_webhook_deliveries_endpoint_id_webhook_endpoints",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
    )
    op.create_index(
        "ix_webhook_deliveries_status_next", "webhook_deliveries", ["status", "next_attempt_at", "id"]
    )
    op.create_index("ix_webhook_deliveries_order", "webhook_deliveries", ["endpoint_id", "subject", "id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE TRIGGER events_webhooks AFTER INSERT ON events WHEN {QUIET} BEGIN {QUEUE}; END")
        return
    op.execute(
        f"""
        CREATE FUNCTION returns_desk_webhooks() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF {QUIET} THEN
                {QUEUE};
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER events_webhooks AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION returns_desk_webhooks()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS events_webhooks")
    else:
        op.execute("DROP TRIGGER IF EXISTS events_webhooks ON events")
        op.execute("DROP FUNCTION IF EXISTS returns_desk_webhooks()")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhook_subscriptions")
    op.drop_table("webhook_endpoints")
