"""The customer e-mail trigger (0007) finds the request's customer by its key, one row at a time: written as a
join, PostgreSQL could merge it against the whole customers index on every event, which grows with the table."""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# vocab.CUSTOMER_MAIL_KINDS when this revision was written (as in 0007).
KIND_LIST = ", ".join(
    f"'{k}'"
    for k in (
        "return.imported",
        "return.created",
        "return.authorized",
        "return.received",
        "return.inspected",
        "return.settled",
        "return.rejected",
        "return.cancelled",
    )
)
TEMPLATE_OF_KIND = """CASE NEW.kind WHEN 'return.authorized' THEN 'approved' WHEN 'return.received' THEN 'received'
    WHEN 'return.inspected' THEN 'inspected' WHEN 'return.rejected' THEN 'rejected'
    WHEN 'return.cancelled' THEN 'cancelled' ELSE r.status END"""
QUEUE = """INSERT INTO outbox (channel, event_id, return_request_id, recipient, locale, template, status, attempts,
                    next_attempt_at, created_at)
    SELECT 'email', NEW.id, r.id, (SELECT c.email FROM customers c WHERE c.id = r.customer_id),
           (SELECT c.locale FROM customers c WHERE c.id = r.customer_id), COALESCE({status}, {template}),
           'queued', 0, NEW.occurred_at, NEW.occurred_at
    FROM return_requests r
    WHERE r.rma_number = NEW.subject_id"""
QUIET = "NOT EXISTS (SELECT 1 FROM settings WHERE key = 'outbox_quiet')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        queue = QUEUE.format(status="json_extract(NEW.payload, '$.status')", template=TEMPLATE_OF_KIND)
        op.execute("DROP TRIGGER events_customer_mail")
        op.execute(
            f"""
            CREATE TRIGGER events_customer_mail AFTER INSERT ON events
            WHEN NEW.subject_type = 'return' AND NEW.kind IN ({KIND_LIST}) AND {QUIET}
            BEGIN {queue}; END
            """
        )
        return
    queue = QUEUE.format(status="NEW.payload->>'status'", template=TEMPLATE_OF_KIND)
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION returns_desk_customer_mail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.subject_type = 'return' AND NEW.kind IN ({KIND_LIST}) AND {QUIET} THEN
                {queue};
            END IF;
            RETURN NULL;
        END $$
        """
    )


def downgrade() -> None:
    """The lookup finds the same rows as the join did: nothing to take back."""
