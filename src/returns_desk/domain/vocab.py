"""The warehouse's own words as string enums: grades, dispositions, statuses, reasons, faults, roles.

Values are the strings stored in the database and exchanged with shop platforms (Shopify reason codes,
Loop/AfterShip grades), so they never change once released.
"""

from __future__ import annotations

from enum import StrEnum


class Grade(StrEnum):
    """Condition of a returned unit. A–D follow the Loop/AfterShip scale; the rest are outcomes."""

    A = "A"  # new / unopened
    B = "B"  # like new / open box
    C = "C"  # used / cosmetic wear
    D = "D"  # damaged / defective
    INCORRECT_ITEM = "incorrect_item"
    MISSING = "missing"
    JUNK = "junk"

    @property
    def label(self) -> str:
        return _GRADE_LABELS[self]

    @property
    def needs_photo(self) -> bool:
        """Photos are required below grade A, except for a unit that is not there to photograph."""
        return self not in (Grade.A, Grade.MISSING)


_GRADE_LABELS = {
    Grade.A: "A — new, unopened",
    Grade.B: "B — like new, open box",
    Grade.C: "C — used, cosmetic wear",
    Grade.D: "D — damaged or defective",
    Grade.INCORRECT_ITEM: "Incorrect item",
    Grade.MISSING: "Missing",
    Grade.JUNK: "Junk",
}

# Keys 1–7 at the station choose these, in this order.
GRADE_KEYS: tuple[Grade, ...] = tuple(Grade)


class Disposition(StrEnum):
    RESTOCK = "restock"
    REFURBISH = "refurbish"
    DISPOSE = "dispose"
    RETURN_TO_VENDOR = "return_to_vendor"
    LIQUIDATE = "liquidate"


class ReturnStatus(StrEnum):
    """Lifecycle of a return request. The stored values never change; people read the shop platforms' words
    (``label``): a requested return is "Pending", an approved one "Authorized"."""

    REQUESTED = "requested"
    APPROVED = "approved"
    RECEIVED = "received"
    INSPECTED = "inspected"
    REFUNDED = "refunded"
    EXCHANGED = "exchanged"
    STORE_CREDIT = "store_credit"
    REPAIRED = "repaired"
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_WORDS[self][0]

    def label_in(self, locale: str) -> str:
        """The status in the customer's language (English unless Korean is asked for)."""
        return STATUS_WORDS[self][1 if locale.startswith("ko") else 0]


# (English, Korean): BigCommerce's and Shopify's words for a return's state.
STATUS_WORDS: dict[ReturnStatus, tuple[str, str]] = {
    ReturnStatus.REQUESTED: ("Pending", "승인 대기"),
    ReturnStatus.APPROVED: ("Authorized", "반품 승인"),
    ReturnStatus.RECEIVED: ("Received", "입고 완료"),
    ReturnStatus.INSPECTED: ("Inspected", "검수 완료"),
    ReturnStatus.REFUNDED: ("Refunded", "환불 완료"),
    ReturnStatus.EXCHANGED: ("Exchanged", "교환 완료"),
    ReturnStatus.STORE_CREDIT: ("Store credit", "적립금 지급"),
    ReturnStatus.REPAIRED: ("Repaired", "수리 완료"),
    ReturnStatus.CLOSED: ("Closed", "종료"),
    ReturnStatus.REJECTED: ("Rejected", "반품 거절"),
    ReturnStatus.CANCELLED: ("Cancelled", "반품 취소"),
}


class Resolution(StrEnum):
    """What the customer asked for in return for the item."""

    REFUND = "refund"
    EXCHANGE = "exchange"
    STORE_CREDIT = "store_credit"
    REPAIR = "repair"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


# The request's status once its settlement is confirmed, by what the customer asked for.
SETTLED_STATUS: dict[Resolution, ReturnStatus] = {
    Resolution.REFUND: ReturnStatus.REFUNDED,
    Resolution.EXCHANGE: ReturnStatus.EXCHANGED,
    Resolution.STORE_CREDIT: ReturnStatus.STORE_CREDIT,
    Resolution.REPAIR: ReturnStatus.REPAIRED,
}


class UnitStatus(StrEnum):
    """Lifecycle of one physical unit after it arrives at the dock."""

    RECEIVED = "received"
    INSPECTED = "inspected"
    AWAITING_APPROVAL = "awaiting_approval"
    RESTOCKED = "restocked"
    IN_REFURBISHMENT = "in_refurbishment"
    REPAIRED = "repaired"
    DISPOSED = "disposed"
    RETURNED_TO_VENDOR = "returned_to_vendor"
    LIQUIDATED = "liquidated"
    MISSING = "missing"


# Where a unit goes once its disposition is final.
UNIT_STATUS_FOR_DISPOSITION: dict[Disposition, UnitStatus] = {
    Disposition.RESTOCK: UnitStatus.RESTOCKED,
    Disposition.REFURBISH: UnitStatus.IN_REFURBISHMENT,
    Disposition.DISPOSE: UnitStatus.DISPOSED,
    Disposition.RETURN_TO_VENDOR: UnitStatus.RETURNED_TO_VENDOR,
    Disposition.LIQUIDATE: UnitStatus.LIQUIDATED,
}


# Where a unit goes when a person chooses its disposition instead of a rule (an override, a supervisor's re-route):
# the same places the default rules send it, so a tag names a real shelf, never the disposition twice.
DESTINATION_FOR_DISPOSITION: dict[Disposition, str] = {
    Disposition.RESTOCK: "A-STOCK",
    Disposition.REFURBISH: "REFURB",
    Disposition.DISPOSE: "RECYCLE",
    Disposition.RETURN_TO_VENDOR: "RTV",
    Disposition.LIQUIDATE: "LIQUIDATION",
}


class ReasonCode(StrEnum):
    """Why the customer sent it back: Shopify's return reasons plus carrier damage."""

    COLOR = "color"
    DEFECTIVE = "defective"
    NOT_AS_DESCRIBED = "not_as_described"
    OTHER = "other"
    SIZE_TOO_LARGE = "size_too_large"
    SIZE_TOO_SMALL = "size_too_small"
    STYLE = "style"
    UNKNOWN = "unknown"
    UNWANTED = "unwanted"
    WRONG_ITEM = "wrong_item"
    DAMAGED_IN_TRANSIT = "damaged_in_transit"

    @property
    def merchant_at_fault(self) -> bool:
        """Reasons where the shop or carrier, not the customer's change of mind, caused the return."""
        return self in _MERCHANT_FAULT_REASONS


_MERCHANT_FAULT_REASONS = frozenset(
    {ReasonCode.DEFECTIVE, ReasonCode.NOT_AS_DESCRIBED, ReasonCode.WRONG_ITEM, ReasonCode.DAMAGED_IN_TRANSIT}
)


class Fault(StrEnum):
    """Who caused the damage found at inspection."""

    CUSTOMER = "customer"
    CARRIER = "carrier"
    WAREHOUSE = "warehouse"
    UNKNOWN = "unknown"


class Channel(StrEnum):
    WEB = "web"
    MARKETPLACE = "marketplace"
    STORE = "store"


class Role(StrEnum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    def at_least(self, other: Role) -> bool:
        return _ROLE_RANK[self] >= _ROLE_RANK[other]


_ROLE_RANK = {Role.STAFF: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}


class RefundKind(StrEnum):
    FULL = "full"
    PARTIAL = "partial"  # minus a restocking fee by grade
    WITHHELD = "withheld"  # held for review


class ScanKind(StrEnum):
    RMA = "rma"
    TRACKING = "tracking"
    ORDER = "order"
    LPN = "lpn"
    GTIN = "gtin"
    UNKNOWN = "unknown"


class Discrepancy(StrEnum):
    WRONG_ITEM = "wrong_item"
    MISSING_ITEM = "missing_item"
    EXTRA_QUANTITY = "extra_quantity"
    SERIAL_MISMATCH = "serial_mismatch"
    EMPTY_BOX = "empty_box"


class ExceptionKind(StrEnum):
    """What a supervisor is asked to settle."""

    UNEXPECTED_PARCEL = "unexpected_parcel"  # a parcel that matches no return
    DISCREPANCY = "discrepancy"  # wrong item, missing, serial mismatch, empty box
    OUTSIDE_WINDOW = "outside_window"  # the return came back after its window
    AWAITING_APPROVAL = "awaiting_approval"  # an override or a rule waits for a supervisor
    HIGH_VALUE = "high_value"  # a unit worth more than the threshold
    REFUND_WITHHELD = "refund_withheld"  # the refund is held for review
    SYNC_CONFLICT = "sync_conflict"  # an offline station's work collided with a change made meanwhile
    PARCEL_TROUBLE = "parcel_trouble"  # a return parcel stalled, not picked up, or going back to the customer

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class EventKind(StrEnum):
    """What an event in the audit trail says happened: ``<subject>.<what happened>``."""

    RETURN_IMPORTED = "return.imported"
    RETURN_CREATED = "return.created"  # made at the desk for a customer who phoned or wrote
    RETURN_AUTHORIZED = "return.authorized"
    RETURN_SETTLED = "return.settled"  # refunded, exchanged, store credit, repaired or closed
    RETURN_SLIP_SENT = "return.slip_sent"
    RETURN_RECEIVED = "return.received"
    RETURN_INSPECTED = "return.inspected"
    RETURN_REJECTED = "return.rejected"
    RETURN_CANCELLED = "return.cancelled"
    RETURN_IMPORT_UPDATED = "return.import_updated"  # an updated export of the platform changed it
    UNIT_RECEIVED = "unit.received"
    UNIT_INSPECTED = "unit.inspected"
    UNIT_ROUTED = "unit.routed"
    UNIT_APPROVED = "unit.approved"
    UNIT_DISPOSITION_CHANGED = "unit.disposition_changed"
    UNIT_SENT_BACK = "unit.sent_back"
    UNIT_SETTLED = "unit.settled"
    UNIT_REGRADED_BLIND = "unit.regraded_blind"
    UNIT_REFURB_WORK = "unit.refurb_work"  # work done at the refurbishment bench
    UNIT_REPAIRED = "unit.repaired"
    UNIT_BEYOND_REPAIR = "unit.beyond_repair"
    EXCEPTION_OPENED = "exception.opened"
    EXCEPTION_ASSIGNED = "exception.assigned"
    EXCEPTION_RESOLVED = "exception.resolved"
    USER_CREATED = "user.created"
    USER_ACTIVATED = "user.activated"
    USER_DEACTIVATED = "user.deactivated"
    USER_PIN_RESET = "user.pin_reset"
    USER_LOGGED_IN = "user.logged_in"
    USER_WRONG_PIN = "user.wrong_pin"
    USER_LOCKED_OUT = "user.locked_out"  # too many wrong PINs
    USER_LOCKED = "user.locked"  # the station locked (idle, or the person pressed Lock)
    STATION_CREATED = "station.created"
    STATION_ACTIVATED = "station.activated"
    STATION_DEACTIVATED = "station.deactivated"
    SETTINGS_SLA_CHANGED = "settings.sla_changed"
    SETTINGS_REGRADE_SHARE = "settings.regrade_share"
    SETTINGS_IMPORT_MAPPING = "settings.import_mapping"  # a shop's own word added to an import preset
    SETTINGS_IMPORT_FOLDER = "settings.import_folder"  # the folder a station imports dropped files from
    SETTINGS_PARCEL_STALLED = (
        "settings.parcel_stalled"  # days without a scan before a parcel counts as stalled
    )
    SETTINGS_CARRIER_ZONE = "settings.carrier_zone"  # the dock zone a carrier's parcels are received at
    SETTINGS_HIGH_VALUE = "settings.high_value"  # the refund above which a unit waits for a supervisor
    SETTINGS_STATION = "settings.station"  # a workstation's own settings file changed by an admin
    PARCEL_STAGE_CHANGED = (
        "parcel.stage_changed"  # a carrier's scan moved a return parcel on (or into trouble)
    )
    SETTINGS_ANALYTICS_COSTS = (
        "settings.analytics_costs"  # the cost rates the cost of returns is figured with
    )
    RULES_PUBLISHED = "rules.published"
    AUTH_RULES_PUBLISHED = "auth_rules.published"
    MAIL_TEMPLATE_CHANGED = "mail.template_changed"
    MAIL_SETTINGS_CHANGED = "mail.settings_changed"
    MAIL_RESENT = "mail.resent"
    WEBHOOK_ENDPOINT_SAVED = (
        "webhook.endpoint_saved"  # an endpoint added or changed (its secret never logged)
    )
    WEBHOOK_RESENT = "webhook.resent"  # a supervisor made failed deliveries due again
    MAIL_FAILED = (
        "mail.failed"  # an e-mail that cannot be delivered (a permanent refusal, or retries used up)
    )
    SETTLEMENTS_EXPORTED = "settlements.exported"
    SALES_IMPORTED = "sales.imported"  # order lines, the denominators of the return rates
    PLATES_RESERVED = "plates.reserved"
    DEMO_SEEDED = "demo.seeded"


# The commands an offline station's outbox replays on the server (sync), in the order a unit meets them.
COMMAND_KINDS = frozenset(
    {
        EventKind.USER_LOGGED_IN,
        EventKind.RETURN_RECEIVED,
        EventKind.UNIT_INSPECTED,
        EventKind.UNIT_ROUTED,
        EventKind.EXCEPTION_OPENED,
    }
)
ENDED_RETURN_KINDS = {
    ReturnStatus.REJECTED: EventKind.RETURN_REJECTED,
    ReturnStatus.CANCELLED: EventKind.RETURN_CANCELLED,
}
# The events that change a return's status as the customer sees it: each one queues an e-mail to the customer
# (store/migrations 0007: a trigger on the events table, so every writer queues it in its own transaction).
CUSTOMER_MAIL_KINDS = (
    EventKind.RETURN_IMPORTED,
    EventKind.RETURN_CREATED,
    EventKind.RETURN_AUTHORIZED,
    EventKind.RETURN_RECEIVED,
    EventKind.RETURN_INSPECTED,
    EventKind.RETURN_SETTLED,
    EventKind.RETURN_REJECTED,
    EventKind.RETURN_CANCELLED,
)
