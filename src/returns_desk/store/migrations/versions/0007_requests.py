"""Return requests end to end: the customer's language and requested resolution, the rule that authorized a
request, authorization rule versions, the outbox of customer e-mails, refund lines and refurbishment work.

Every event that changes a return's status as the customer sees it queues an e-mail in the outbox, by a trigger on
the events table: every writer (the general services, the PostgreSQL fast paths, the bulk replay, imports) writes
that event in its own transaction, so the e-mail is queued in that same transaction and no writer can forget it.
A settings row ``outbox_quiet`` (written and removed inside the demo's one transaction) keeps made-up history from
queueing mail.

Lines' reasons are kept once per request with the request's time (``request_reasons``, by a trigger on
``return_lines``), so the Requests tab filters by reason walking one index in order.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# vocab.CUSTOMER_MAIL_KINDS when this revision was written.
MAIL_KINDS = (
    "return.imported",
    "return.created",
    "return.authorized",
    "return.received",
    "return.inspected",
    "return.settled",
    "return.rejected",
    "return.cancelled",
)
KIND_LIST = ", ".join(f"'{k}'" for k in MAIL_KINDS)
TEMPLATE_OF_KIND = """CASE NEW.kind WHEN 'return.authorized' THEN 'approved' WHEN 'return.received' THEN 'received'
    WHEN 'return.inspected' THEN 'inspected' WHEN 'return.rejected' THEN 'rejected'
    WHEN 'return.cancelled' THEN 'cancelled' ELSE r.status END"""
QUEUE = """INSERT INTO outbox (channel, event_id, return_request_id, recipient, locale, template, status, attempts,
                    next_attempt_at, created_at)
    SELECT 'email', NEW.id, r.id, c.email, c.locale, COALESCE({status}, {template}), 'queued', 0,
           NEW.occurred_at, NEW.occurred_at
    FROM return_requests r JOIN customers c ON c.id = r.customer_id
    WHERE r.rma_number = NEW.subject_id"""

REASON = """INSERT {conflict} INTO request_reasons (return_request_id, reason, requested_at)
    SELECT NEW.return_request_id, NEW.reason, r.requested_at FROM return_requests r
    WHERE r.id = NEW.return_request_id {tail}"""


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    at = sa.DateTime(timezone=True)
    # Plain ADD COLUMN (SQLite too): no table is copied, however many rows it holds.
    op.add_column("customers", sa.Column("locale", sa.String(8), server_default="en", nullable=False))
    op.add_column(
        "return_requests", sa.Column("resolution", sa.String(16), server_default="refund", nullable=False)
    )
    op.add_column("return_requests", sa.Column("auth_rule", sa.String(64), nullable=True))
    op.add_column("return_requests", sa.Column("customer_photos", sa.JSON(), nullable=True))
    for name, columns in (
        ("ix_return_requests_requested_id", ["requested_at", "id"]),
        ("ix_return_requests_status_requested", ["status", "requested_at", "id"]),
        ("ix_return_requests_channel_requested", ["channel", "requested_at", "id"]),
        ("ix_return_requests_customer_requested", ["customer_id", "requested_at", "id"]),
    ):
        op.create_index(name, "return_requests", columns)
    op.create_table(
        "request_reasons",
        sa.Column("return_request_id", big, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("requested_at", at, nullable=False),
        sa.PrimaryKeyConstraint("return_request_id", "reason", name="pk_request_reasons"),
    )
    op.create_index(
        "ix_request_reasons_reason_requested",
        "request_reasons",
        ["reason", "requested_at", "return_request_id"],
    )
    op.execute(
        "INSERT INTO request_reasons (return_request_id, reason, requested_at) "
        "SELECT DISTINCT l.return_request_id, l.reason, r.requested_at "
        "FROM return_lines l JOIN return_requests r ON r.id = l.return_request_id"
    )
    # A request's lines with their reason, from the index alone.
    op.create_index("ix_return_lines_request_reason", "return_lines", ["return_request_id", "reason"])
    op.drop_index("ix_return_lines_return_request_id", "return_lines")
    op.create_table(
        "auth_rule_versions",
        sa.Column("id", big, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("published_by_id", big, nullable=False),
        sa.Column("published_at", at, nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by_id"], ["users.id"], name="fk_auth_rule_versions_published_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_auth_rule_versions"),
        sa.UniqueConstraint("number", name="uq_auth_rule_versions_number"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", big, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("event_id", big, nullable=True),
        sa.Column("return_request_id", big, nullable=True),
        sa.Column("recipient", sa.String(254), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("template", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", at, nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", at, nullable=True),
        sa.Column("sent_at", at, nullable=True),
        sa.Column("message_id", sa.String(200), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", at, nullable=False),
        sa.ForeignKeyConstraint(
            ["return_request_id"], ["return_requests.id"], name="fk_outbox_return_request_id_return_requests"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("event_id", name="uq_outbox_event_id"),
    )
    op.create_index("ix_outbox_return_request_id", "outbox", ["return_request_id"])
    op.create_index("ix_outbox_status_next", "outbox", ["status", "next_attempt_at", "id"])
    op.create_table(
        "refund_lines",
        sa.Column("id", big, nullable=False),
        sa.Column("return_request_id", big, nullable=False),
        sa.Column("return_line_id", big, nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("proposed_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_by_id", big, nullable=False),
        sa.Column("decided_at", at, nullable=False),
        sa.Column("exported_at", at, nullable=True),
        sa.Column("export_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(
            ["return_request_id"],
            ["return_requests.id"],
            name="fk_refund_lines_return_request_id_return_requests",
        ),
        sa.ForeignKeyConstraint(
            ["return_line_id"], ["return_lines.id"], name="fk_refund_lines_return_line_id_return_lines"
        ),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name="fk_refund_lines_decided_by_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_refund_lines"),
    )
    op.create_index("ix_refund_lines_return_request_id", "refund_lines", ["return_request_id"])
    op.create_index("ix_refund_lines_exported_at", "refund_lines", ["exported_at"])
    op.create_table(
        "refurb_work",
        sa.Column("id", big, nullable=False),
        sa.Column("unit_id", big, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("parts", sa.Text(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("cost_cents", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("photos", sa.JSON(), nullable=True),
        sa.Column("worker_id", big, nullable=False),
        sa.Column("station_id", big, nullable=True),
        sa.Column("done_at", at, nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_refurb_work_unit_id_units"),
        sa.ForeignKeyConstraint(["worker_id"], ["users.id"], name="fk_refurb_work_worker_id_users"),
        sa.ForeignKeyConstraint(["station_id"], ["stations.id"], name="fk_refurb_work_station_id_stations"),
        sa.PrimaryKeyConstraint("id", name="pk_refurb_work"),
    )
    op.create_index("ix_refurb_work_unit_id", "refurb_work", ["unit_id"])
    quiet = "NOT EXISTS (SELECT 1 FROM settings WHERE key = 'outbox_quiet')"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"""
            CREATE TRIGGER return_lines_reason AFTER INSERT ON return_lines
            BEGIN {REASON.format(conflict="OR IGNORE", tail="")}; END
            """
        )
        queue = QUEUE.format(status="json_extract(NEW.payload, '$.status')", template=TEMPLATE_OF_KIND)
        op.execute(
            f"""
            CREATE TRIGGER events_customer_mail AFTER INSERT ON events
            WHEN NEW.subject_type = 'return' AND NEW.kind IN ({KIND_LIST}) AND {quiet}
            BEGIN {queue}; END
            """
        )
        return
    op.execute(
        f"""
        CREATE FUNCTION returns_desk_request_reason() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {REASON.format(conflict="", tail="ON CONFLICT DO NOTHING")};
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER return_lines_reason AFTER INSERT ON return_lines "
        "FOR EACH ROW EXECUTE FUNCTION returns_desk_request_reason()"
    )
    queue = QUEUE.format(status="NEW.payload->>'status'", template=TEMPLATE_OF_KIND)
    op.execute(
        f"""
        CREATE FUNCTION returns_desk_customer_mail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.subject_type = 'return' AND NEW.kind IN ({KIND_LIST}) AND {quiet} THEN
                {queue};
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER events_customer_mail AFTER INSERT ON events "
        "FOR EACH ROW EXECUTE FUNCTION returns_desk_customer_mail()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER events_customer_mail")
        op.execute("DROP TRIGGER return_lines_reason")
    else:
        op.execute("DROP TRIGGER events_customer_mail ON events")
        op.execute("DROP FUNCTION returns_desk_customer_mail()")
        op.execute("DROP TRIGGER return_lines_reason ON return_lines")
        op.execute("DROP FUNCTION returns_desk_request_reason()")
    for table in ("refurb_work", "refund_lines", "outbox", "auth_rule_versions", "request_reasons"):
        op.drop_table(table)
    op.create_index("ix_return_lines_return_request_id", "return_lines", ["return_request_id"])
    op.drop_index("ix_return_lines_request_reason", "return_lines")
    for name in (
        "ix_return_requests_requested_id",
        "ix_return_requests_status_requested",
        "ix_return_requests_channel_requested",
        "ix_return_requests_customer_requested",
    ):
        op.drop_index(name, "return_requests")
    op.drop_column("return_requests", "customer_photos")
    op.drop_column("return_requests", "auth_rule")
    op.drop_column("return_requests", "resolution")
    op.drop_column("customers", "locale")
