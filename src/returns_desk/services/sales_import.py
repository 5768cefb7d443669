"""Importing sales: the order lines that return rates are counted against.

Columns (CSV header or JSON keys), one row per order line; rows sharing an ``order_number`` form one order:

  required  order_number, ordered_at (ISO 8601 date or time), customer_email, sku, quantity
  optional  unit_price (e.g. 49.99; default the product's price), channel (web|marketplace|store, default web),
            region (default the customer's), customer_name, customer_language (en|ko), delivered_at

JSON is either a list of such rows or ``{"orders": [{..order fields.., "lines": [{sku, quantity, unit_price},
...]}]}``; its "line" in messages is the record number (order, or order.line).

Every row is checked before anything is written, as for return imports (``services/imports.py``): a file with
any bad row imports nothing, unless ``skip_bad``, which imports the good orders and writes the bad ones' rows to
``FILE.rejects.csv`` with an ``error`` column.

An order already in the database (a return import may have created it with the returned line only) keeps its
date, channel and region; the file adds the lines it lacks. A line it already has with the same quantity is left
as it is, so importing the same file twice adds nothing; a different quantity, or another customer, is an error.
New orders are written oldest first, in batches, so that each one's segment (``store/aggregates.segment_sql``)
sees the customer's earlier orders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from returns_desk.domain.scancodes import normalize_order
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import auth, events, shared
from returns_desk.services.import_checks import (
    FIELD_COLUMNS,
    Bad,
    channel_of,
    check_columns,
    language_of,
    price_cents_of,
    quantity_of,
    time_of,
)
from returns_desk.services.import_rows import ImportRejected, Row, RowError, read_rows, text_of, write_rejects
from returns_desk.services.results import Actor
from returns_desk.store import bulk
from returns_desk.store.models import Customer, Order, OrderLine, Product

REQUIRED = ("order_number", "ordered_at", "customer_email", "sku", "quantity")
KNOWN = (
    *REQUIRED,
    "unit_price",
    "channel",
    "region",
    "customer_name",
    "customer_language",
    "delivered_at",
)
COLUMNS = {
    name: FIELD_COLUMNS[name] for name in ("order_number", "sku", "customer_email", "customer_name", "region")
}
ORDER_FIELDS = ("customer_email", "ordered_at", "channel", "region")  # the same on every row of an order
BATCH = 2_000  # orders written per statement batch
CHUNK = 500  # names looked up per IN (...)

Progress = Callable[[str, int, int], None]  # what is being done ("checking", "writing"), done, of


@dataclass(slots=True)
class SalesReport:
    file: str
    orders: int = 0  # orders created
    lines: int = 0  # order lines written (to new or existing orders)
    unchanged: int = 0  # lines the database already held
    customers: int = 0  # customers created
    rejected_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    reject_file: str | None = None

    def summary(self) -> str:
        text = f"{self.lines:,} order line(s) imported ({self.orders:,} new order(s), {self.customers:,} new customer(s))"
        if self.unchanged:
            text += f"; {self.unchanged:,} already there"
        return text


@dataclass(slots=True)
class _Existing:
    orders: dict[str, tuple[int, int]]  # order number -> (id, customer id)
    lines: dict[int, dict[int, int]]  # order id -> product id -> quantity
    customers: dict[str, tuple[int, str]]  # e-mail -> (id, region)
    emails: dict[int, str]  # customer id -> e-mail, for the existing orders' customers


def import_sales(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> SalesReport:
    """Check every row, then write all of it in the caller's transaction (or raise, writing nothing)."""
    auth.require(actor, Role.SUPERVISOR, "import sales")
    shared.require_shared(session, "import sales")
    tell = progress or (lambda _what, _done, _of: None)
    rows = list(read_rows(path, REQUIRED, ("orders", "order")))
    if not rows:
        raise ImportRejected([RowError(path.name, "1", "file", "no rows to import")])
    products = _products(session, {text_of(r.raw.get("sku")) for r in rows})
    errors_by_row: dict[int, list[RowError]] = {}
    for i, row in enumerate(rows):
        errors_by_row[id(row)] = _check(path.name, row, products)
        if i % 5_000 == 0:
            tell("checking", i, len(rows))
    tell("checking", len(rows), len(rows))
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.values.get("order_number") or f"?{row.line}", []).append(row)
    existing = _existing(session, groups)
    bad: dict[str, list[RowError]] = {}
    for number, group in groups.items():
        errs = [e for row in group for e in errors_by_row[id(row)]]
        if not errs:
            errs = _group_errors(path.name, number, group, existing, products)
        if errs:
            bad[number] = errs
    all_errors = [e for errs in bad.values() for e in errs]
    if all_errors and not skip_bad:
        raise ImportRejected(all_errors)
    report = SalesReport(path.name, errors=all_errors)
    good = [(number, group) for number, group in groups.items() if number not in bad]
    _write(session, good, existing, products, report, lambda done: tell("writing", done, len(good)))
    if bad:
        target, report.rejected_rows = write_rejects(path, KNOWN, bad, groups, "order ")
        report.reject_file = str(target)
    events.record(
        session,
        actor,
        EventKind.SALES_IMPORTED,
        "sales",
        path.name[:64],
        {
            "file": path.name,
            "orders": report.orders,
            "lines": report.lines,
            "unchanged": report.unchanged,
            "rejected_rows": report.rejected_rows,
        },
    )
    return report


def _products(session: Session, skus: Iterable[str]) -> dict[str, tuple[int, int]]:
    """SKU -> (product id, price cents), for the SKUs the file names."""
    found: dict[str, tuple[int, int]] = {}
    names = sorted(s for s in skus if s)
    for i in range(0, len(names), CHUNK):
        for sku, pid, price in session.execute(
            select(Product.sku, Product.id, Product.price_cents).where(
                bulk.among(session.get_bind().dialect.name, Product.sku, names[i : i + CHUNK])
            )
        ):
            found[sku] = (pid, price)
    return found


def _check(file: str, row: Row, products: Mapping[str, tuple[int, int]]) -> list[RowError]:
    errors: list[RowError] = []

    def bad(name: str, message: str) -> None:
        errors.append(RowError(file, row.line, name, message))

    tell: Bad = bad
    raw = row.raw
    if "__error__" in raw:
        bad("record", raw["__error__"])
        return errors
    check_columns(raw, KNOWN, COLUMNS, REQUIRED, tell)
    v = row.values
    v["order_number"] = normalize_order(text_of(raw.get("order_number")))
    sku = text_of(raw.get("sku"))
    v["sku"] = sku
    if sku and sku not in products:
        bad("sku", f"unknown SKU '{sku}'")
    v["quantity"] = quantity_of(raw, tell)
    v["ordered_at"] = time_of(raw, "ordered_at", tell)
    v["delivered_at"] = time_of(raw, "delivered_at", tell)
    if v["ordered_at"] and v["delivered_at"] and v["delivered_at"] < v["ordered_at"]:
        bad("delivered_at", "is before ordered_at")
    v["unit_price_cents"] = price_cents_of(raw, tell)
    v["channel"] = channel_of(raw, tell)
    v["customer_language"] = language_of(raw, tell)
    email = text_of(raw.get("customer_email"))
    if email and "@" not in email:
        bad("customer_email", f"'{email[:60]}' is not an e-mail address")
    v["customer_email"] = email.lower()
    v["email_as_given"] = email
    for name in ("customer_name", "region"):
        v[name] = text_of(raw.get(name)) or None
    return errors


def _existing(session: Session, groups: Mapping[str, list[Row]]) -> _Existing:
    numbers = [n for n in groups if not n.startswith("?")]
    emails = sorted(
        {
            e
            for group in groups.values()
            for row in group
            for e in (row.values.get("customer_email"), row.values.get("email_as_given"))
            if e
        }
    )
    found = _Existing({}, {}, {}, {})
    for i in range(0, len(numbers), CHUNK):
        for oid, number, cid in session.execute(
            select(Order.id, Order.order_number, Order.customer_id).where(
                bulk.among(session.get_bind().dialect.name, Order.order_number, numbers[i : i + CHUNK])
            )
        ):
            found.orders[number] = (oid, cid)
    ids = sorted(oid for oid, _ in found.orders.values())
    for i in range(0, len(ids), CHUNK):
        for oid, pid, qty in session.execute(
            select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity).where(
                bulk.among(session.get_bind().dialect.name, OrderLine.order_id, ids[i : i + CHUNK])
            )
        ):
            lines = found.lines.setdefault(oid, {})
            lines[pid] = lines.get(pid, 0) + qty
    owners = sorted({cid for _, cid in found.orders.values()})
    for i in range(0, len(owners), CHUNK):
        for cid, email in session.execute(
            select(Customer.id, Customer.email).where(
                bulk.among(session.get_bind().dialect.name, Customer.id, owners[i : i + CHUNK])
            )
        ):
            found.emails[cid] = email.lower()
    for i in range(0, len(emails), CHUNK):
        # An address is looked up as given and in lower case (by the index on it) and matched without case; of
        # two customers with one address, the first one created.
        for cid, email, region in session.execute(
            select(Customer.id, Customer.email, Customer.region)
            .where(bulk.among(session.get_bind().dialect.name, Customer.email, emails[i : i + CHUNK]))
            .order_by(Customer.id.desc())
        ):
            found.customers[email.lower()] = (cid, region)
    return found


def _group_errors(
    file: str, number: str, group: list[Row], existing: _Existing, products: Mapping[str, tuple[int, int]]
) -> list[RowError]:
    errors: list[RowError] = []
    head = group[0].values
    for row in group[1:]:
        differ = [name for name in ORDER_FIELDS if row.values[name] != head[name]]
        if differ:
            errors.append(
                RowError(
                    file, row.line, ", ".join(differ), f"differs from line {group[0].line} of order {number}"
                )
            )
    seen: dict[str, str] = {}
    for row in group:
        sku = row.values["sku"]
        if sku in seen:
            errors.append(
                RowError(file, row.line, "sku", f"{sku} is given twice for order {number} (line {seen[sku]})")
            )
        seen.setdefault(sku, row.line)
    known = existing.orders.get(number)
    if known is not None and not errors:
        oid, cid = known
        if existing.emails.get(cid) != head["customer_email"]:
            errors.append(
                RowError(
                    file,
                    group[0].line,
                    "customer_email",
                    f"order {number} is in the database for another customer",
                )
            )
        held = existing.lines.get(oid, {})
        for row in group:
            qty = held.get(products[row.values["sku"]][0])
            if qty is not None and qty != row.values["quantity"]:
                errors.append(
                    RowError(
                        file,
                        row.line,
                        "quantity",
                        f"order {number} already has {qty} of {row.values['sku']}; the file says {row.values['quantity']}",
                    )
                )
    return errors


def _write(
    session: Session,
    good: list[tuple[str, list[Row]]],
    existing: _Existing,
    products: Mapping[str, tuple[int, int]],
    report: SalesReport,
    tell: Callable[[int], None],
) -> None:
    # Lines for orders the database has: those it lacks are added, those it has (same quantity: _group_errors
    # refused a different one) are left as they are.
    added: list[dict[str, Any]] = []
    fresh = []
    for number, group in good:
        known = existing.orders.get(number)
        if known is None:
            fresh.append(group)
            continue
        held = existing.lines.get(known[0], {})
        for row in group:
            pid, price = products[row.values["sku"]]
            if pid in held:
                report.unchanged += 1
            else:
                added.append(_line(known[0], pid, price, row))
    done = len(good) - len(fresh)
    tell(done)
    if added:
        session.execute(insert(OrderLine), added)
        report.lines += len(added)
    fresh.sort(key=lambda g: (g[0].values["ordered_at"], g[0].values["order_number"]))
    for start in range(0, len(fresh), BATCH):
        batch = fresh[start : start + BATCH]
        customers = _customers(session, batch, existing, report)
        heads = [g[0].values for g in batch]
        rows = [
            {
                "order_number": h["order_number"],
                "customer_id": customers[h["customer_email"]][0],
                "channel": h["channel"],
                "region": h["region"] or customers[h["customer_email"]][1],
                "ordered_at": h["ordered_at"],
                "delivered_at": h["delivered_at"],
            }
            for h in heads
        ]
        ids = session.scalars(insert(Order).returning(Order.id, sort_by_parameter_order=True), rows).all()
        lines = [
            _line(oid, *products[row.values["sku"]], row)
            for oid, group in zip(ids, batch, strict=True)
            for row in group
        ]
        session.execute(insert(OrderLine), lines)
        report.orders += len(batch)
        report.lines += len(lines)
        done += len(batch)
        tell(done)


def _line(order_id: int, product_id: int, price: int, row: Row) -> dict[str, Any]:
    v = row.values
    return {
        "order_id": order_id,
        "product_id": product_id,
        "quantity": v["quantity"],
        "unit_price_cents": v["unit_price_cents"] if v["unit_price_cents"] is not None else price,
    }


def _customers(
    session: Session, batch: list[list[Row]], existing: _Existing, report: SalesReport
) -> dict[str, tuple[int, str]]:
    """The customers of a batch of new orders, creating those the database does not have."""
    new: dict[str, dict[str, Any]] = {}
    for group in batch:
        v = group[0].values
        email = v["customer_email"]
        if email in existing.customers or email in new:
            continue
        name = v["customer_name"] or email
        new[email] = {
            "email": email,
            "name": name,
            "name_key": name.lower(),
            "region": v["region"] or "unknown",
            "created_at": v["ordered_at"],
            "locale": v["customer_language"],
        }
    if new:
        made = session.execute(
            insert(Customer).returning(
                Customer.id, Customer.email, Customer.region, sort_by_parameter_order=True
            ),
            list(new.values()),
        ).all()
        for cid, email, region in made:
            existing.customers[email] = (cid, region)
        report.customers += len(made)
    return existing.customers
