"""Typed SQLAlchemy models for every table. Relationships are ``lazy="raise"``: queries say what they load.

Money is integer cents. Times are timezone-aware UTC. Enum columns store the enum's string value.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BigInteger ids on PostgreSQL, but INTEGER PRIMARY KEY (the rowid) on SQLite so autoincrement works there.
Id = BigInteger().with_variant(Integer(), "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on the way in and out, also on SQLite (which stores no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Returns Desk stores UTC-aware times only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # lower(name), kept beside it so that the supervisors' free-text search finds a customer by name prefix in
    # one index range on both databases (see services/queue.py).
    name_key: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The language the customer's e-mails are written in ("en", "ko").
    locale: Mapped[str] = mapped_column(String(8), default="en", server_default="en")

    __table_args__ = (
        Index("ix_customers_name_key", "name_key", postgresql_ops={"name_key": "text_pattern_ops"}),
    )


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)  # canonical GTIN-14
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64))
    cost_cents: Mapped[int] = mapped_column(Integer)
    price_cents: Mapped[int] = mapped_column(Integer)
    serialized: Mapped[bool] = mapped_column(Boolean, default=False)
    warranty_days: Mapped[int] = mapped_column(Integer, default=0)


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    region: Mapped[str] = mapped_column(String(64))
    ordered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # What the customer was when ordering (store/aggregates.segment_sql), written by a trigger when not given.
    segment: Mapped[str | None] = mapped_column(String(16))

    customer: Mapped[Customer] = relationship(lazy="raise")
    lines: Mapped[list[OrderLine]] = relationship(back_populates="order", lazy="raise")


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    serial_numbers: Mapped[str | None] = mapped_column(Text)  # comma-separated, as shipped

    order: Mapped[Order] = relationship(back_populates="lines", lazy="raise")
    product: Mapped[Product] = relationship(lazy="raise")


class ReturnRequest(Base):
    __tablename__ = "return_requests"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(64), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    region: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), index=True)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    inspected_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    customer_comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32), default="shop")  # shop / import / unexpected / desk
    # What the customer asked for (vocab.Resolution), and the authorization rule that decided the request.
    resolution: Mapped[str] = mapped_column(String(16), default="refund", server_default="refund")
    auth_rule: Mapped[str | None] = mapped_column(String(64))
    customer_photos: Mapped[list[str] | None] = mapped_column(JSON)  # references of the customer's own photos
    shipping_cents: Mapped[int | None] = mapped_column(
        Integer
    )  # what the return parcel's label cost, if known
    # The shop platform an import brought it from (services/platforms) and that platform's own id of it: an
    # updated export of the same request changes it in place.
    platform: Mapped[str | None] = mapped_column(String(16))
    platform_id: Mapped[str | None] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as declared

    # The Requests tab pages by (requested_at, id); each filter has its own range ordered the same way.
    __table_args__ = (
        Index("ix_return_requests_requested_id", "requested_at", "id"),
        Index("ux_return_requests_platform_id", "platform", "platform_id", unique=True),
        Index("ix_return_requests_status_requested", "status", "requested_at", "id"),
        Index("ix_return_requests_channel_requested", "channel", "requested_at", "id"),
        Index("ix_return_requests_customer_requested", "customer_id", "requested_at", "id"),
    )

    order: Mapped[Order] = relationship(lazy="raise")
    lines: Mapped[list[ReturnLine]] = relationship(back_populates="request", lazy="raise")
    tracking_numbers: Mapped[list[TrackingNumber]] = relationship(lazy="raise")


class RequestReason(Base):
    """Each reason a return request's lines give, once, with when the request was made: the Requests tab's reason
    filter walks (reason, requested_at) in order instead of probing every request's lines. Written by a trigger on
    ``return_lines`` (migration 0007), so every writer of lines keeps it."""

    __tablename__ = "request_reasons"
    return_request_id: Mapped[int] = mapped_column(Id, primary_key=True)
    reason: Mapped[str] = mapped_column(String(32), primary_key=True)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_request_reasons_reason_requested", "reason", "requested_at", "return_request_id"),
    )


class TrackingNumber(Base):
    __tablename__ = "tracking_numbers"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    return_request_id: Mapped[int] = mapped_column(ForeignKey("return_requests.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(16))
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)  # normalised
    # Where the carrier's latest event (services/tracking.py) puts the parcel, since when, and the day the carrier
    # expects to deliver it: the inbound pipeline and the dock forecast read these.
    stage: Mapped[str | None] = mapped_column(String(24))
    stage_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expected_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_tracking_numbers_stage", "stage", "stage_at"),)


class ReturnLine(Base):
    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    # Indexed with the reason (ix_return_lines_request_reason): a request's lines, and the Requests tab's reason
    # filter answered from the index alone.
    return_request_id: Mapped[int] = mapped_column(ForeignKey("return_requests.id"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity_expected: Mapped[int] = mapped_column(Integer)
    quantity_received: Mapped[int] = mapped_column(Integer, default=0)
    unit_price_cents: Mapped[int] = mapped_column(Integer)  # what the customer paid, for the refund
    reason: Mapped[str] = mapped_column(String(32))
    customer_comment: Mapped[str | None] = mapped_column(Text)
    # True while the request waits for its parcel (requested or approved). Kept here so that a GTIN scan finds the
    # open returns holding an item in one index range; every change of a request out of those states
    # (receiving today; rejecting or cancelling later) must clear it in the same transaction.
    awaiting_receipt: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    request: Mapped[ReturnRequest] = relationship(back_populates="lines", lazy="raise")
    product: Mapped[Product] = relationship(lazy="raise")

    __table_args__ = (
        Index("ix_return_lines_product_id_request", "product_id", "return_request_id"),
        Index("ix_return_lines_request_reason", "return_request_id", "reason"),
        # A GTIN scan looks for the open requests that hold that product.
        Index(
            "ix_return_lines_awaiting_product",
            "product_id",
            "return_request_id",
            sqlite_where=text("awaiting_receipt"),
            postgresql_where=text("awaiting_receipt"),
        ),
    )


class Unit(Base):
    """One physical unit received at the dock, identified by its license plate."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    # Assigned from the row id right after insert, in the same transaction (see lpn_for_serial).
    lpn: Mapped[str | None] = mapped_column(String(16), unique=True)
    return_request_id: Mapped[int] = mapped_column(ForeignKey("return_requests.id"), index=True)
    return_line_id: Mapped[int] = mapped_column(ForeignKey("return_lines.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    status: Mapped[str] = mapped_column(String(24))
    grade: Mapped[str | None] = mapped_column(String(16))
    disposition: Mapped[str | None] = mapped_column(String(24))
    destination: Mapped[str | None] = mapped_column(String(32))
    serial_number: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    # Who graded it last (blind re-grades aside), and the kind of its oldest open exception: kept on the unit by
    # the services that change them, so the supervisors' queue filters a million units in one index range.
    inspector_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    exception_kind: Mapped[str | None] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as declared

    # The queue pages by (received_at, id); each filter has its own range ordered the same way.
    __table_args__ = (
        Index("ix_units_received_at_id", "received_at", "id"),
        Index("ix_units_status_received", "status", "received_at", "id"),
        Index("ix_units_station_received", "station_id", "received_at", "id"),
        Index("ix_units_inspector_received", "inspector_id", "received_at", "id"),
        Index("ix_units_grade_received", "grade", "received_at", "id"),
        Index("ix_units_disposition_received", "disposition", "received_at", "id"),
        Index("ix_units_exception_received", "exception_kind", "received_at", "id"),
        Index("ix_units_product_received", "product_id", "received_at", "id"),
    )


class Inspection(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    grade: Mapped[str] = mapped_column(String(16))
    fault: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)
    checklist: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    discrepancies: Mapped[list[str] | None] = mapped_column(JSON)
    photos: Mapped[list[str] | None] = mapped_column(JSON)  # content hashes of stored photos
    blind: Mapped[bool] = mapped_column(Boolean, default=False)  # a blind re-grade
    inspected_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class DispositionRecord(Base):
    __tablename__ = "dispositions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    proposed: Mapped[str] = mapped_column(String(24))
    chosen: Mapped[str] = mapped_column(String(24))
    destination: Mapped[str] = mapped_column(String(32))
    rule_id: Mapped[str] = mapped_column(String(64))
    override_reason: Mapped[str | None] = mapped_column(Text)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    refund_kind: Mapped[str] = mapped_column(String(16))
    refund_cents: Mapped[int] = mapped_column(Integer)
    restocking_fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    badge: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Wrong PINs in a row, and until when the badge is refused after too many (shared by every station).
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Station(Base):
    __tablename__ = "stations"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    location: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Event(Base):
    """The append-only audit trail and the unit of sync: one row for every change of state."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(48), index=True)
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The transaction that wrote it (one uuid per unit of work): an offline station replays a whole transaction
    # at a time, and the audit trail can show what happened together.
    tx: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_events_subject", "subject_type", "subject_id"),)


class ExceptionCase(Base):
    """Something a supervisor must settle: an unexpected parcel, a discrepancy, an override awaiting approval."""

    __tablename__ = "exceptions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)  # open / resolved
    scanned_code: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    return_request_id: Mapped[int | None] = mapped_column(ForeignKey("return_requests.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str | None] = mapped_column(Text)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Setting(Base):
    """Small key/value settings kept with the data (the rule policy in force, the demo seed marker)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RuleVersion(Base):
    """A published rule policy: every version kept, with who published it, when and why."""

    __tablename__ = "rule_versions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON)
    why: Mapped[str] = mapped_column(Text)
    published_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(UtcDateTime)


class BlindRegrade(Base):
    """A unit queued for a second, blind grade by another inspector; ``agreed`` once it is done."""

    __tablename__ = "blind_regrades"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    first_inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), unique=True)
    first_inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    first_grade: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending / done
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    second_inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"))
    second_inspector_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    second_grade: Mapped[str | None] = mapped_column(String(16))
    agreed: Mapped[bool | None] = mapped_column(Boolean)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class StationStatus(Base):
    """What each station last reported: online or not, events waiting in its outbox, its last sync."""

    __tablename__ = "station_status"
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    online: Mapped[bool] = mapped_column(Boolean)
    pending: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    last_sync: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    schema: Mapped[str] = mapped_column(String(32))


class AuthRuleVersion(Base):
    """A published set of authorization rules (see domain.authorization): every version kept."""

    __tablename__ = "auth_rule_versions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON)
    why: Mapped[str] = mapped_column(Text)
    published_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OutboxMessage(Base):
    """Something that leaves the building, written in the same transaction as the event that causes it.

    Customer e-mails are queued by a trigger on the events table (migration 0007) for every status change a
    customer hears about, whoever wrote the event. A sender claims rows (``sending``, with its name and time),
    delivers them and marks them ``sent``; a temporary failure puts the row back with a later ``next_attempt_at``,
    a permanent one marks it ``failed`` with the error. The Message-ID is made from the row, so a message sent
    again after a crash is the same message.
    """

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # email
    # The event that queued it (no foreign key: events are append-only and never go, and a key would let the
    # database answer a TRUNCATE of the audit trail with something else than the append-only refusal).
    event_id: Mapped[int | None] = mapped_column(Id, unique=True)
    return_request_id: Mapped[int | None] = mapped_column(ForeignKey("return_requests.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(254))
    locale: Mapped[str] = mapped_column(String(8))
    template: Mapped[str] = mapped_column(String(32))  # the return status the message tells of
    status: Mapped[str] = mapped_column(String(16))  # queued / sending / sent / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    message_id: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at", "id"),)


class RefundLine(Base):
    """Money (or goods) owed to the customer for a settled return: one row per returned line."""

    __tablename__ = "refund_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    return_request_id: Mapped[int] = mapped_column(ForeignKey("return_requests.id"), index=True)
    return_line_id: Mapped[int | None] = mapped_column(ForeignKey("return_lines.id"))
    kind: Mapped[str] = mapped_column(String(16))  # vocab.Resolution
    amount_cents: Mapped[int] = mapped_column(Integer)
    proposed_cents: Mapped[int] = mapped_column(Integer)  # what the grade-based rules proposed
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    exported_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    export_id: Mapped[str | None] = mapped_column(String(36))


class RefurbWork(Base):
    """Work done on a unit at the refurbishment bench, and how it ended."""

    __tablename__ = "refurb_work"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # work / repaired / beyond_repair
    parts: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    photos: Mapped[list[str] | None] = mapped_column(JSON)
    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AggCell(Base):
    """One cell of the analytics cube, kept by triggers (store/aggregates.py says what each fact's sums are)."""

    __tablename__ = "agg_cells"
    fact: Mapped[str] = mapped_column(String(16), primary_key=True)
    grain: Mapped[str] = mapped_column(String(1), primary_key=True)  # D: a day; M: the month starting on day
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    region: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    n1: Mapped[int] = mapped_column(BigInteger, default=0)
    n2: Mapped[int] = mapped_column(BigInteger, default=0)
    n3: Mapped[int] = mapped_column(BigInteger, default=0)
    n4: Mapped[int] = mapped_column(BigInteger, default=0)


class WebhookEndpoint(Base):
    """Somewhere events are POSTed to (services/webhooks.py), signed with its shared secret."""

    __tablename__ = "webhook_endpoints"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(String(500))
    secret: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class WebhookSubscription(Base):
    """An event kind an endpoint wants, as a LIKE pattern: ``return.%``, ``unit.graded``, ``%``."""

    __tablename__ = "webhook_subscriptions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("webhook_endpoints.id"), index=True)
    pattern: Mapped[str] = mapped_column(String(64))


class WebhookDelivery(Base):
    """One event to one endpoint, queued by a trigger on the events table (migration 0011) in the event's own
    transaction. Delivered in order per endpoint and subject (a request's events arrive as they happened): a row
    waits while an earlier one of its subject is undelivered. Retried with back-off until the endpoint takes it."""

    __tablename__ = "webhook_deliveries"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("webhook_endpoints.id"))
    event_id: Mapped[int] = mapped_column(Id)  # no foreign key, as for the mail outbox: events never go
    subject: Mapped[str] = mapped_column(String(96))  # subject_type:subject_id
    status: Mapped[str] = mapped_column(String(16))  # pending / sending / sent
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_webhook_deliveries_status_next", "status", "next_attempt_at", "id"),
        Index("ix_webhook_deliveries_order", "endpoint_id", "subject", "id"),
    )


class TrackingEvent(Base):
    """One carrier scan of a return parcel, as a tracking aggregator reported it (services/tracking.py). The same
    scan imported twice is one row."""

    __tablename__ = "tracking_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    tracking_number_id: Mapped[int] = mapped_column(ForeignKey("tracking_numbers.id"))
    stage: Mapped[str] = mapped_column(
        String(24)
    )  # ours: pickup_scheduled, in_transit, ... (tracking.STAGES)
    tag: Mapped[str] = mapped_column(String(40))  # the aggregator's words
    subtag: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    message: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("tracking_number_id", "occurred_at", "tag", "subtag"),)
