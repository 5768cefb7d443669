"""Checking an import's rows before anything is written: every field of every row, against the database."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.scancodes import classify, normalize_order, normalize_tracking
from returns_desk.domain.vocab import Channel, ReasonCode, Resolution, ReturnStatus, ScanKind
from returns_desk.services import presets
from returns_desk.services.import_rows import (
    KNOWN,
    MAX_QUANTITY,
    REQUIRED,
    Row,
    RowError,
    not_scalar,
    text_of,
)
from returns_desk.services.presets import Preset
from returns_desk.store import bulk
from returns_desk.store.models import (
    Customer,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
)

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_PRICE_CENTS = 2**31 - 1  # the Integer column, on both databases
COMMENT_MAX = 4_000  # characters in a free-text comment
PLATFORM_ID_MAX = 128  # ReturnRequest.platform_id
_ASCII_DIGITS = re.compile(r"[0-9]+")
REASONS = {r.value for r in ReasonCode}


def _parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if not EARLIEST <= parsed < LATEST:
        raise ValueError("out of range")
    return parsed.astimezone(UTC)


_LIMITS: dict[tuple[str, tuple[Any, ...]], int] = {}


def _limit(name: str, targets: tuple[Any, ...]) -> int:
    """The shortest limit of the columns a field goes to (worked out once: it is asked for every row)."""
    key = (name, targets)
    if key not in _LIMITS:
        _LIMITS[key] = min(_length(c) for c in targets)
    return _LIMITS[key]


def _length(column: Any) -> int:
    """A text column's limit as the schema declares it; Text columns get COMMENT_MAX."""
    length = getattr(column.type, "length", None)
    return int(length) if length else COMMENT_MAX


# Every text field is checked against the column it is written to, so that a value PostgreSQL would refuse (too
# long, or holding a NUL) is refused for SQLite too, before anything is written.
FIELD_COLUMNS: dict[str, tuple[Any, ...]] = {
    "rma_number": (ReturnRequest.rma_number,),
    "order_number": (Order.order_number,),
    "sku": (Product.sku,),
    "tracking_number": (TrackingNumber.tracking_number,),
    "carrier": (TrackingNumber.carrier,),
    "customer_email": (Customer.email,),
    "customer_name": (Customer.name, Customer.name_key),
    "region": (Customer.region, Order.region, ReturnRequest.region),
    "customer_comment": (ReturnRequest.customer_comment,),
    "line_comment": (ReturnLine.customer_comment,),
}
# The fields of a request's head (the same on each of its rows) and of one line.
LINE_FIELDS = ("sku", "quantity", "reason", "unit_price", "line_comment", "grades", "dispositions")
HEAD_FIELDS = tuple(name for name in (*KNOWN, presets.ID) if name not in LINE_FIELDS)
LINE_COLUMNS = {k: v for k, v in FIELD_COLUMNS.items() if k in LINE_FIELDS}
HEAD_COLUMNS = {k: v for k, v in FIELD_COLUMNS.items() if k not in LINE_FIELDS}
LINE_REQUIRED = tuple(name for name in REQUIRED if name in LINE_FIELDS)
HEAD_REQUIRED = tuple(name for name in REQUIRED if name not in LINE_FIELDS)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


LANGUAGES = ("en", "ko")  # what customer e-mails are written in (services/notifications.py)
CHUNK = 500  # names looked up per IN (...)


def rows_in(session: Session, query: Any, column: Any, values: Sequence[Any]) -> Iterator[Any]:
    """The rows of ``query`` whose ``column`` is one of ``values``, asked CHUNK values at a time."""
    dialect = session.get_bind().dialect.name
    for i in range(0, len(values), CHUNK):
        yield from session.execute(query.where(bulk.among(dialect, column, values[i : i + CHUNK])))


class Validator:
    """Checks rows of one file in our field names; the words of a status, a reason or a resolution are read
    through the preset's tables, and a problem names the platform's column."""

    def __init__(self, session: Session, file: str, preset: Preset | None = None) -> None:
        self.session = session
        self.file = file
        self.preset = preset or presets.shipped("ours")
        self.products: dict[str, Product | None] = {}
        self.orders: dict[str, Order | None] = {}
        self._last_rma = ("", "")
        self._known = (*KNOWN, presets.ID)
        self._head_key: tuple[Any, ...] | None = None
        self._head_values: dict[str, Any] = {}
        self._head_problems: list[tuple[str, str]] = []

    def product(self, sku: str) -> Product | None:
        if sku not in self.products:
            self.products[sku] = self.session.scalar(select(Product).where(Product.sku == sku))
        return self.products[sku]

    def order(self, number: str) -> Order | None:
        if number not in self.orders:
            self.orders[number] = self.session.scalar(select(Order).where(Order.order_number == number))
        return self.orders[number]

    def prefetch(self, rows: Sequence[Row]) -> None:
        """Look up a batch's orders and products in a few statements; orders of earlier batches are forgotten
        (a file of a million rows must not keep them all)."""
        numbers = sorted({normalize_order(text_of(r.raw.get("order_number"))) for r in rows} - {""})
        self.orders = dict.fromkeys(numbers)
        self._head_key = None  # its check looked its order up among the last batch's
        for (order,) in rows_in(self.session, select(Order), Order.order_number, numbers):
            self.orders[order.order_number] = order
        skus = sorted({text_of(r.raw.get("sku")) for r in rows} - set(self.products) - {""})
        self.products.update(dict.fromkeys(skus))
        for (product,) in rows_in(self.session, select(Product), Product.sku, skus):
            self.products[product.sku] = product

    def _rma(self, text: str) -> str:
        """An RMA number as the dock scans it (the rows of one request repeat it: worked out once)."""
        if text != self._last_rma[0]:
            reading = classify(text)[0] if text else None
            normal = reading.normalized if reading is not None and reading.kind is ScanKind.RMA else text
            self._last_rma = (text, normal)
        return self._last_rma[1]

    def column(self, name: str) -> str:
        return name if self.preset.key == "ours" else self.preset.csv_column(name)

    def _word(self, table: str, raw: Mapping[str, Any], default: str, bad: Bad) -> str:
        value = text_of(raw.get(table))
        ours = self.preset.word(table, value)
        if ours is None and not value:
            ours = default
        if ours is None:
            bad(table, self.preset.unknown(table, value))
            return default
        return ours

    def check(self, row: Row) -> list[RowError]:
        errors: list[RowError] = []

        def bad(name: str, message: str) -> None:
            errors.append(RowError(self.file, row.line, self.column(name), message))

        raw = row.raw
        if "__error__" in raw:
            bad("record", raw["__error__"])
            return errors
        check_shape(raw, self._known, bad)
        # The rows of one request repeat its head (ids, status, customer, parcel): it is checked once for them
        # all, and each row is told of the head's problems as before.
        head = tuple(raw.get(name) for name in HEAD_FIELDS)
        if head != self._head_key:
            self._head_key = head
            self._head_values, self._head_problems = self._check_head(raw)
        for name, message in self._head_problems:
            bad(name, message)
        v = row.values
        v.update(self._head_values)
        check_texts(raw, LINE_COLUMNS, LINE_REQUIRED, bad)
        sku = text_of(raw.get("sku"))
        v["sku"] = sku
        if sku and self.product(sku) is None:
            bad("sku", f"unknown SKU '{sku}'")
        v["quantity"] = quantity_of(raw, bad)
        if text_of(raw.get("reason")):
            word = self._word("reason", raw, ReasonCode.UNKNOWN.value, bad)
            v["reason"] = ReasonCode(word) if word in REASONS else ReasonCode.UNKNOWN
        v["unit_price_cents"] = price_cents_of(raw, bad)
        v["line_comment"] = text_of(raw.get("line_comment")) or None
        return errors

    def _check_head(self, raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """A request's own fields: their values, and their problems as (field, message)."""
        problems: list[tuple[str, str]] = []

        def bad(name: str, message: str) -> None:
            problems.append((name, message))

        check_texts(raw, HEAD_COLUMNS, HEAD_REQUIRED, bad)
        v: dict[str, Any] = {}
        v["platform_id"] = text_of(raw.get(presets.ID)) or None
        if self.preset.key != "ours" and not v["platform_id"]:
            bad("rma_number", f"the {self.preset.name} id of the return ({self.preset.id}) is empty")
        if v["platform_id"] and len(v["platform_id"]) > PLATFORM_ID_MAX:
            bad("rma_number", f"the id is {len(v['platform_id']):,} characters; at most {PLATFORM_ID_MAX}")
        v["rma_number"] = self._rma(text_of(raw.get("rma_number")).upper())
        v["order_number"] = normalize_order(text_of(raw.get("order_number")))
        v["status"] = self._word("status", raw, ReturnStatus.APPROVED.value, bad)
        v["resolution"] = self._word("resolution", raw, Resolution.REFUND.value, bad)
        for name in ("requested_at", "ordered_at", "delivered_at"):
            v[name] = time_of(raw, name, bad)
        tracking = text_of(raw.get("tracking_number"))
        v["tracking_number"] = normalize_tracking(tracking) if tracking else None
        v["carrier"] = (text_of(raw.get("carrier")).lower() or carrier_of(tracking))[:16]
        v["channel"] = channel_of(raw, bad)
        v["customer_language"] = language_of(raw, bad)
        for name in ("customer_comment", "customer_email", "customer_name", "region"):
            v[name] = text_of(raw.get(name)) or None
        if v["order_number"] and self.order(v["order_number"]) is None and not v["customer_email"]:
            bad(
                "customer_email",
                f"order {v['order_number']} is not in the database, so the customer's email is needed",
            )
        return v, problems


# --- one field each: the value, or None after telling ``bad(field, message)`` what is wrong ---
Bad = Callable[[str, str], None]


def check_columns(
    raw: Mapping[str, Any],
    known: Sequence[str],
    columns: Mapping[str, tuple[Any, ...]],
    required: Sequence[str],
    bad: Bad,
) -> None:
    """Unknown columns, nested values, text too long for (or holding a control character refused by) the
    column it goes to, and required fields left empty."""
    check_shape(raw, known, bad)
    check_texts(raw, columns, required, bad)


def check_shape(raw: Mapping[str, Any], known: Sequence[str], bad: Bad) -> None:
    """Unknown columns and nested values."""
    unknown = raw.keys() - set(known)
    if unknown:
        bad(min(unknown), f"unknown column (known: {', '.join(known)})")
    for name in not_scalar(raw):
        bad(name, "must be text or a number, not a list or an object")


def check_texts(
    raw: Mapping[str, Any], columns: Mapping[str, tuple[Any, ...]], required: Sequence[str], bad: Bad
) -> None:
    """Text too long for (or holding a control character refused by) the column it goes to, and required fields
    left empty."""
    for name, targets in columns.items():
        text = text_of(raw.get(name))
        if not text:
            continue
        limit = _limit(name, targets)
        if len(text) > limit:
            bad(name, f"{len(text):,} characters; at most {limit:,}")
        if _CONTROL.search(text):
            bad(name, "holds a control character (NUL or the like); remove it")
    for name in required:
        if not text_of(raw.get(name)):
            bad(name, "required, but empty")


def quantity_of(raw: Mapping[str, Any], bad: Bad) -> int | None:
    qty = text_of(raw.get("quantity"))
    if not qty:
        return None
    # ASCII digits only: str.isdigit() also takes "١٠" and "５", which nobody means as a quantity here.
    if not _ASCII_DIGITS.fullmatch(qty) or len(qty) > 6 or not 0 < int(qty) <= MAX_QUANTITY:
        bad("quantity", f"'{qty}' is not a whole number from 1 to {MAX_QUANTITY}")
        return None
    return int(qty)


def time_of(raw: Mapping[str, Any], name: str, bad: Bad) -> datetime | None:
    text = text_of(raw.get(name))
    if not text:
        return None
    try:
        return _parse_time(text)
    except (ValueError, OverflowError):
        bad(name, f"'{text[:40]}' is not an ISO 8601 date or time from {EARLIEST.year} to {LATEST.year - 1}")
        return None


def price_cents_of(raw: Mapping[str, Any], bad: Bad) -> int | None:
    price = text_of(raw.get("unit_price"))
    if not price:
        return None
    try:
        if len(price) > 20 or not re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", price):
            raise InvalidOperation
        cents = Decimal(price) * 100
        if not cents.is_finite() or cents > MAX_PRICE_CENTS:
            raise InvalidOperation
        return int(cents)
    except InvalidOperation:
        bad(
            "unit_price",
            f"'{price[:40]}' is not an amount like 49.99 (at most {MAX_PRICE_CENTS // 100:,}.99)",
        )
        return None


def channel_of(raw: Mapping[str, Any], bad: Bad) -> str:
    channel = text_of(raw.get("channel")).lower() or Channel.WEB.value
    if channel not in {c.value for c in Channel}:
        bad("channel", f"'{channel}' is not a channel ({', '.join(c.value for c in Channel)})")
    return channel


def language_of(raw: Mapping[str, Any], bad: Bad) -> str:
    language = text_of(raw.get("customer_language")).lower()[:2] or "en"
    if language not in LANGUAGES:
        bad(
            "customer_language",
            f"'{language}' is not a language the e-mails are written in ({', '.join(LANGUAGES)})",
        )
    return language


def carrier_of(tracking: str) -> str:
    if not tracking:
        return ""
    for reading in classify(tracking):
        if reading.kind is ScanKind.TRACKING and reading.carrier:
            return reading.carrier
    return "other"
