"""Importing return requests from the shop platform: CSV or JSON in one documented generic shape.

Columns (CSV header or JSON keys), one row per returned line; rows sharing an ``rma_number`` form one request:

  required  rma_number, order_number, sku, quantity, reason
  optional  tracking_number, carrier, status (requested|approved, default approved), requested_at,
            customer_comment, line_comment, unit_price (e.g. 49.99),
            and, for an order not yet in the database: customer_email (required then), customer_name, channel,
            region, ordered_at, delivered_at

JSON is either a list of such rows or ``{"returns": [{..request fields.., "lines": [{sku, quantity, reason,
line_comment, unit_price}, ...]}]}``; its "line" in messages is the record number (request, or request.line).

Every row is checked before anything is written. A file with any bad row imports nothing, unless ``skip_bad``:
then the good requests are imported and the bad rows (a request with one bad row is bad as a whole) are written
to a reject file beside the input, with an ``error`` column.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.scancodes import classify, normalize_order, normalize_tracking
from returns_desk.domain.vocab import Channel, EventKind, ReasonCode, ReturnStatus, Role, ScanKind
from returns_desk.services import auth, events, shared
from returns_desk.services.audit import safe_cell
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    Order,
    OrderLine,
    Product,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
)

REQUIRED = ("rma_number", "order_number", "sku", "quantity", "reason")
KNOWN = (
    *REQUIRED,
    "tracking_number",
    "carrier",
    "status",
    "requested_at",
    "customer_comment",
    "line_comment",
    "unit_price",
    "customer_email",
    "customer_name",
    "channel",
    "region",
    "ordered_at",
    "delivered_at",
)
MAX_QUANTITY = 1_000


@dataclass(frozen=True, slots=True)
class RowError:
    file: str
    line: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ImportRejected(ReturnsDeskError):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(
            f"{len(errors)} problem(s); nothing was imported.\n" + "\n".join(str(e) for e in errors[:50])
        )


@dataclass(slots=True)
class ImportReport:
    file: str
    requests: int = 0
    lines: int = 0
    rejected_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    reject_file: str | None = None


@dataclass(slots=True)
class _Row:
    line: str
    raw: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)


def read_rows(path: Path) -> Iterator[_Row]:
    """Rows of a CSV or JSON file, each with the line (CSV) or record number (JSON) it came from. A file whose
    structure is broken (a quote never closed, a header naming a column twice, JSON that does not parse) is
    rejected as a whole, naming the line: reading on would put the rest of the file into one field."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            yield from _json_rows(_load_json(path))
            return
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle, strict=True)
            start = 1
            try:
                fieldnames = reader.fieldnames
                if fieldnames is None:
                    raise ImportRejected([RowError(path.name, "1", "header", "the file is empty")])
                repeated = sorted({c for c in fieldnames if fieldnames.count(c) > 1})
                if repeated:
                    raise ImportRejected(
                        [RowError(path.name, "1", c, "column named twice in the header") for c in repeated]
                    )
                missing = [c for c in REQUIRED if c not in fieldnames]
                if missing:
                    raise ImportRejected(
                        [RowError(path.name, "1", c, "column missing from the header") for c in missing]
                    )
                start = reader.line_num + 1
                for record in reader:
                    if None in record:
                        raise ImportRejected(
                            [RowError(path.name, str(start), "row", "more cells than header columns")]
                        )
                    yield _Row(str(start), {k: v for k, v in record.items() if k is not None})
                    start = reader.line_num + 1
            except csv.Error as exc:
                where = (
                    "a quote opened on this line is never closed" if "end of data" in str(exc) else str(exc)
                )
                raise ImportRejected(
                    [RowError(path.name, str(start), "file", f"broken CSV: {where}")]
                ) from exc
    except UnicodeDecodeError as exc:
        raise ImportRejected([RowError(path.name, "?", "file", f"not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        raise ImportRejected(
            [RowError(path.name, "?", "file", f"cannot read it ({exc.strerror or exc})")]
        ) from exc


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"), object_pairs_hook=_no_repeated_keys)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            [RowError(path.name, str(exc.lineno), "file", f"not valid JSON: {exc.msg}")]
        ) from exc
    except RecursionError as exc:
        raise ImportRejected(
            [RowError(path.name, "?", "file", "JSON nested too deeply to be return data")]
        ) from exc
    except _RepeatedKey as exc:
        raise ImportRejected([RowError(path.name, "?", exc.key, "key given twice in one object")]) from exc
    except ValueError as exc:  # a number with thousands of digits, say
        raise ImportRejected([RowError(path.name, "?", "file", f"not valid JSON: {exc}")]) from exc


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _RepeatedKey(key)
        out[key] = value
    return out


def _json_rows(data: Any) -> Iterator[_Row]:
    if isinstance(data, dict) and isinstance(data.get("returns"), list):
        for i, request in enumerate(data["returns"], start=1):
            if not isinstance(request, dict):
                yield _Row(str(i), {"__error__": "each return must be an object"})
                continue
            lines = request.get("lines")
            if not isinstance(lines, list) or not lines:
                yield _Row(str(i), {**request, "__error__": "a return needs a non-empty 'lines' list"})
                continue
            head = {k: v for k, v in request.items() if k != "lines"}
            for j, line in enumerate(lines, start=1):
                yield _Row(
                    f"{i}.{j}",
                    {**head, **line} if isinstance(line, dict) else {"__error__": "a line must be an object"},
                )
    elif isinstance(data, list):
        for i, item in enumerate(data, start=1):
            yield _Row(
                str(i), item if isinstance(item, dict) else {"__error__": "each row must be an object"}
            )
    else:
        yield _Row("1", {"__error__": "expected a list of rows or an object with a 'returns' list"})


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""  # a nested object is reported by _Validator.check (_not_scalar)
    return str(value).strip()


def _not_scalar(raw: Mapping[str, Any]) -> list[str]:
    return sorted(k for k, v in raw.items() if isinstance(v, (dict, list)))


# Dates a return can carry: anything outside is a typo or a placeholder (0001-01-01, 9999-12-31), and the ends of
# the calendar overflow the arithmetic done on dates later (return windows, ages).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_PRICE_CENTS = 2**31 - 1  # the Integer column, on both databases
COMMENT_MAX = 4_000  # characters in a free-text comment
_ASCII_DIGITS = re.compile(r"[0-9]+")


def _parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if not EARLIEST <= parsed < LATEST:
        raise ValueError("out of range")
    return parsed.astimezone(UTC)


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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _Validator:
    def __init__(self, session: Session, file: str) -> None:
        self.session = session
        self.file = file
        self.products: dict[str, Product | None] = {}
        self.orders: dict[str, Order | None] = {}

    def product(self, sku: str) -> Product | None:
        if sku not in self.products:
            self.products[sku] = self.session.scalar(select(Product).where(Product.sku == sku))
        return self.products[sku]

    def order(self, number: str) -> Order | None:
        if number not in self.orders:
            self.orders[number] = self.session.scalar(select(Order).where(Order.order_number == number))
        return self.orders[number]

    def check(self, row: _Row) -> list[RowError]:
        errors: list[RowError] = []

        def bad(name: str, message: str) -> None:
            errors.append(RowError(self.file, row.line, name, message))

        raw = row.raw
        if "__error__" in raw:
            bad("record", raw["__error__"])
            return errors
        unknown = sorted(set(raw) - set(KNOWN))
        if unknown:
            bad(unknown[0], f"unknown column (known: {', '.join(KNOWN)})")
        for name in _not_scalar(raw):
            bad(name, "must be text or a number, not a list or an object")
        for name, columns in FIELD_COLUMNS.items():
            text = _text(raw.get(name))
            limit = min(_length(c) for c in columns)
            if len(text) > limit:
                bad(name, f"{len(text):,} characters; at most {limit:,}")
            if _CONTROL.search(text):
                bad(name, "holds a control character (NUL or the like); remove it")
        v = row.values
        for name in REQUIRED:
            if not _text(raw.get(name)):
                bad(name, "required, but empty")
        v["rma_number"] = _text(raw.get("rma_number")).upper()
        if v["rma_number"] and classify(v["rma_number"])[0].kind is ScanKind.RMA:
            v["rma_number"] = classify(v["rma_number"])[0].normalized
        v["order_number"] = normalize_order(_text(raw.get("order_number")))
        sku = _text(raw.get("sku"))
        v["sku"] = sku
        if sku and self.product(sku) is None:
            bad("sku", f"unknown SKU '{sku}'")
        qty = _text(raw.get("quantity"))
        if qty:
            # ASCII digits only: str.isdigit() also takes "١٠" and "５", which nobody means as a quantity here.
            if not _ASCII_DIGITS.fullmatch(qty) or len(qty) > 6 or not 0 < int(qty) <= MAX_QUANTITY:
                bad("quantity", f"'{qty}' is not a whole number from 1 to {MAX_QUANTITY}")
            else:
                v["quantity"] = int(qty)
        reason = _text(raw.get("reason")).lower()
        if reason:
            try:
                v["reason"] = ReasonCode(reason)
            except ValueError:
                bad("reason", f"'{reason}' is not a reason code ({', '.join(r.value for r in ReasonCode)})")
        status = _text(raw.get("status")).lower() or ReturnStatus.APPROVED.value
        if status not in (ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value):
            bad("status", f"'{status}' cannot be imported; use requested or approved")
        v["status"] = status
        for name in ("requested_at", "ordered_at", "delivered_at"):
            text = _text(raw.get(name))
            v[name] = None
            if text:
                try:
                    v[name] = _parse_time(text)
                except (ValueError, OverflowError):
                    bad(
                        name,
                        f"'{text[:40]}' is not an ISO 8601 date or time from {EARLIEST.year} to {LATEST.year - 1}",
                    )
        price = _text(raw.get("unit_price"))
        v["unit_price_cents"] = None
        if price:
            try:
                if len(price) > 20 or not re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", price):
                    raise InvalidOperation
                cents = Decimal(price) * 100
                if not cents.is_finite() or cents > MAX_PRICE_CENTS:
                    raise InvalidOperation
                v["unit_price_cents"] = int(cents)
            except InvalidOperation:
                bad(
                    "unit_price",
                    f"'{price[:40]}' is not an amount like 49.99 (at most {MAX_PRICE_CENTS // 100:,}.99)",
                )
        tracking = _text(raw.get("tracking_number"))
        v["tracking_number"] = normalize_tracking(tracking) if tracking else None
        v["carrier"] = _text(raw.get("carrier")).lower() or _carrier_of(tracking)
        channel = _text(raw.get("channel")).lower() or Channel.WEB.value
        if channel not in {c.value for c in Channel}:
            bad("channel", f"'{channel}' is not a channel ({', '.join(c.value for c in Channel)})")
        v["channel"] = channel
        for name in ("customer_comment", "line_comment", "customer_email", "customer_name", "region"):
            v[name] = _text(raw.get(name)) or None
        if v["order_number"] and self.order(v["order_number"]) is None and not v["customer_email"]:
            bad(
                "customer_email",
                f"order {v['order_number']} is not in the database, so the customer's email is needed",
            )
        return errors


def _carrier_of(tracking: str) -> str:
    if not tracking:
        return ""
    for reading in classify(tracking):
        if reading.kind is ScanKind.TRACKING and reading.carrier:
            return reading.carrier
    return "other"


def import_file(session: Session, actor: Actor, path: Path, *, skip_bad: bool = False) -> ImportReport:
    """Validate every row, then write all of it in the caller's transaction (or raise, writing nothing)."""
    auth.require(actor, Role.SUPERVISOR, "import return requests")
    shared.require_shared(session, "import return requests")
    validator = _Validator(session, path.name)
    rows = list(read_rows(path))
    if not rows:
        raise ImportRejected([RowError(path.name, "1", "file", "no rows to import")])
    errors_by_row = {id(row): validator.check(row) for row in rows}
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        groups.setdefault(row.values.get("rma_number") or f"?{row.line}", []).append(row)
    existing = _existing(session, groups, rows)
    claims: dict[str, list[str]] = {}  # tracking number -> the RMAs in this file that give it
    for rma, group in groups.items():
        for t in {t for row in group if (t := row.values.get("tracking_number"))}:
            claims.setdefault(t, []).append(rma)
    bad_groups: dict[str, list[RowError]] = {}
    for rma, group in groups.items():
        errs = [e for row in group for e in errors_by_row[id(row)]]
        errs += _group_errors(path.name, rma, group, existing)
        for t in {t for row in group if (t := row.values.get("tracking_number"))}:
            others = [r for r in claims[t] if r != rma]
            if others:
                errs.append(
                    RowError(
                        path.name, group[0].line, "tracking_number", f"{t} is also given for {others[0]}"
                    )
                )
        if errs:
            bad_groups[rma] = errs
    all_errors = [e for errs in bad_groups.values() for e in errs]
    if all_errors and not skip_bad:
        raise ImportRejected(all_errors)
    report = ImportReport(path.name, errors=all_errors)
    for rma, group in groups.items():
        if rma not in bad_groups:
            _write_request(session, actor, validator, group, path.name)
            report.requests += 1
            report.lines += len(group)
    if bad_groups:
        rejected = [row for rma in bad_groups for row in groups[rma]]
        report.rejected_rows = len(rejected)
        report.reject_file = str(_write_rejects(path, rejected, bad_groups, groups))
    return report


def _existing(
    session: Session, groups: Mapping[str, list[_Row]], rows: list[_Row]
) -> tuple[set[str], set[str]]:
    rmas = [r for r in groups if not r.startswith("?")]
    tracks = [t for row in rows if (t := row.values.get("tracking_number"))]
    found_rmas: set[str] = set()
    found_tracks: set[str] = set()
    for i in range(0, len(rmas), 500):
        found_rmas |= set(
            session.scalars(
                select(ReturnRequest.rma_number).where(ReturnRequest.rma_number.in_(rmas[i : i + 500]))
            )
        )
    for i in range(0, len(tracks), 500):
        found_tracks |= set(
            session.scalars(
                select(TrackingNumber.tracking_number).where(
                    TrackingNumber.tracking_number.in_(tracks[i : i + 500])
                )
            )
        )
    return found_rmas, found_tracks


def _group_errors(
    file: str, rma: str, group: list[_Row], existing: tuple[set[str], set[str]]
) -> list[RowError]:
    errors: list[RowError] = []
    first = group[0]
    if rma in existing[0]:
        errors.append(RowError(file, first.line, "rma_number", f"{rma} is already in the database"))
    orders = {row.values.get("order_number") for row in group}
    if len(orders) > 1:
        errors.append(RowError(file, group[1].line, "order_number", f"rows of {rma} name different orders"))
    tracks = {t for row in group if (t := row.values.get("tracking_number"))}
    if len(tracks) > 1:
        errors.append(
            RowError(file, group[1].line, "tracking_number", f"rows of {rma} name different tracking numbers")
        )
    for t in tracks & existing[1]:
        errors.append(RowError(file, first.line, "tracking_number", f"{t} already belongs to another return"))
    return errors


def _write_request(
    session: Session, actor: Actor, validator: _Validator, group: list[_Row], file: str
) -> None:
    head = group[0].values
    at = events.now()
    order = validator.order(head["order_number"])
    if order is None:
        customer = session.scalar(select(Customer).where(Customer.email == head["customer_email"]))
        if customer is None:
            customer = Customer(
                email=head["customer_email"],
                name=head["customer_name"] or head["customer_email"],
                region=head["region"] or "unknown",
                created_at=at,
            )
            session.add(customer)
            session.flush()
        order = Order(
            order_number=head["order_number"],
            customer_id=customer.id,
            channel=head["channel"],
            region=head["region"] or customer.region,
            ordered_at=head["ordered_at"] or head["requested_at"] or at,
            delivered_at=head["delivered_at"],
        )
        session.add(order)
        session.flush()
        validator.orders[order.order_number] = order
    order_lines = {
        ol.product_id: ol for ol in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
    }
    request = ReturnRequest(
        rma_number=head["rma_number"],
        order_id=order.id,
        customer_id=order.customer_id,
        channel=order.channel,
        region=order.region,
        status=head["status"],
        requested_at=head["requested_at"] or at,
        approved_at=at if head["status"] == ReturnStatus.APPROVED.value else None,
        customer_comment=head["customer_comment"],
        source="import",
    )
    session.add(request)
    session.flush()
    for row in group:
        v = row.values
        product = validator.product(v["sku"])
        assert product is not None
        price = v["unit_price_cents"] if v["unit_price_cents"] is not None else product.price_cents
        order_line = order_lines.get(product.id)
        if order_line is None:
            order_line = OrderLine(
                order_id=order.id, product_id=product.id, quantity=v["quantity"], unit_price_cents=price
            )
            session.add(order_line)
            session.flush()
            order_lines[product.id] = order_line
        session.add(
            ReturnLine(
                return_request_id=request.id,
                order_line_id=order_line.id,
                product_id=product.id,
                quantity_expected=v["quantity"],
                quantity_received=0,
                reason=v["reason"].value,
                customer_comment=v["line_comment"],
                unit_price_cents=price,
            )
        )
    if head["tracking_number"]:
        session.add(
            TrackingNumber(
                return_request_id=request.id,
                carrier=head["carrier"] or "other",
                tracking_number=head["tracking_number"],
            )
        )
    session.flush()
    events.record(
        session,
        actor,
        EventKind.RETURN_IMPORTED,
        "return",
        request.rma_number,
        {"file": file, "lines": len(group), "status": request.status},
        at=at,
    )


def _write_rejects(
    path: Path, rejected: list[_Row], bad: Mapping[str, list[RowError]], groups: Mapping[str, list[_Row]]
) -> Path:
    target = path.with_name(path.stem + ".rejects.csv")
    reason_by_row: dict[int, str] = {}
    for rma, errs in bad.items():
        for row in groups[rma]:
            own = [f"{e.field}: {e.message}" for e in errs if e.line == row.line]
            reason_by_row[id(row)] = "; ".join(own) or f"another row of {rma} is bad"
    columns = ["line", *KNOWN, "error"]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        for row in rejected:
            # A reject file is opened in a spreadsheet: a cell starting with = + - @ would run as a formula.
            writer.writerow(
                {
                    **{k: safe_cell(_text(v)) for k, v in row.raw.items() if k in KNOWN},
                    "line": row.line,
                    "error": safe_cell(reason_by_row[id(row)]),
                }
            )
    return target
