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

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import EventKind, ReturnStatus, Role
from returns_desk.services import auth, authorization, events, shared
from returns_desk.services.import_checks import Validator
from returns_desk.services.import_rows import KNOWN, ImportRejected, Row, RowError, read_rows, write_rejects
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    Order,
    OrderLine,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
)

__all__ = ["ImportRejected", "ImportReport", "RowError", "import_file", "read_rows"]


@dataclass(slots=True)
class ImportReport:
    file: str
    requests: int = 0
    lines: int = 0
    rejected_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    reject_file: str | None = None


def import_file(session: Session, actor: Actor, path: Path, *, skip_bad: bool = False) -> ImportReport:
    """Validate every row, then write all of it in the caller's transaction (or raise, writing nothing)."""
    auth.require(actor, Role.SUPERVISOR, "import return requests")
    shared.require_shared(session, "import return requests")
    validator = Validator(session, path.name)
    rows = list(read_rows(path))
    if not rows:
        raise ImportRejected([RowError(path.name, "1", "file", "no rows to import")])
    errors_by_row = {id(row): validator.check(row) for row in rows}
    groups: dict[str, list[Row]] = {}
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
        target, report.rejected_rows = write_rejects(path, KNOWN, bad_groups, groups, "")
        report.reject_file = str(target)
    return report


def _existing(
    session: Session, groups: Mapping[str, list[Row]], rows: list[Row]
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
    file: str, rma: str, group: list[Row], existing: tuple[set[str], set[str]]
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


def _write_request(session: Session, actor: Actor, validator: Validator, group: list[Row], file: str) -> None:
    head = group[0].values
    at = events.now()
    order = validator.order(head["order_number"])
    if order is None:
        customer = session.scalar(select(Customer).where(Customer.email == head["customer_email"]))
        if customer is None:
            name = head["customer_name"] or head["customer_email"]
            customer = Customer(
                email=head["customer_email"],
                name=name,
                name_key=name.lower(),  # what the Requests tab's search by name looks in
                region=head["region"] or "unknown",
                created_at=at,
                locale=head["customer_language"],
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
        resolution=head["resolution"],
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
    if request.status == ReturnStatus.REQUESTED.value:
        authorization.decide_on_arrival(session, actor, request)  # authorized, rejected or left for a person
