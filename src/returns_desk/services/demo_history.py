"""The demo's returns, one request at a time: order, return, tracking, and for a processed one its units' history.

Every unit's rows and events come from ``services.commands``, as the dock's own commands write them; the demo
only decides what happened (its status mix, grades and faults) and when.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from returns_desk.domain.rules import DEFAULT_POLICY, UnitFacts
from returns_desk.domain.scancodes import (
    fedex12_check_digit,
    gs1_check_digit,
    lpn_for_serial,
    rma_for_serial,
    ups_check_digit,
)
from returns_desk.domain.vocab import EventKind, Fault, Grade, ReasonCode, UnitStatus
from returns_desk.services import commands
from returns_desk.services import demo_catalog as cat
from returns_desk.services.demo_columns import COLUMNS
from returns_desk.services.demo_sales import QUALITY_COMMENTS, QUALITY_DAYS, Season
from returns_desk.store.bulk import insert_rows


class Weighted:
    """Fast repeated weighted choice."""

    def __init__(self, items: Sequence[tuple[Any, float]]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(itertools.accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


# What a return label cost by carrier, before a random part of up to three dollars.
SHIPPING_CENTS = {"ups": 895, "fedex": 940, "usps": 715, "dhl": 1150}

# 14 refunds, 3 exchanges, 2 store credits and 1 repair in 20.
RESOLUTIONS = ("refund",) * 14 + ("exchange",) * 3 + ("store_credit",) * 2 + ("repair",)


class History:
    """Writes return requests and their units' histories in batches; the demo generator provides what it draws
    from (people, stations, products, customers, the mixes) and the next ids."""

    rng: random.Random
    now: datetime
    counts: dict[str, int]
    status: Weighted
    grade: Weighted
    carrier: Weighted
    channel: Weighted
    region: Weighted
    reasons: dict[str, Weighted]
    approved_rmas: list[str]
    tracking_by_rma: dict[str, str]
    first_sample: dict[str, str]
    next_id: dict[str, int]
    next_rma: int
    products: dict[int, Any]
    product_pick: Weighted
    staff_ids: list[int]
    station_ids: list[int]
    customer_range: tuple[int, int]
    # For the analytics (services/demo_sales.py): a second random stream, so the first draws what it always drew.
    arng: random.Random
    quality_product: int
    return_season: Season
    sold_units: Counter[int]
    returned_units: Counter[int]

    def _ids(self, name: str) -> int:
        value = self.next_id[name]
        self.next_id[name] += 1
        return value

    def _customer(self) -> int:
        lo, hi = self.customer_range
        if self.rng.random() < 0.25:  # serial returners: 5% of customers make a quarter of the returns
            return self.rng.randrange(lo, lo + max(1, (hi - lo) // 20))
        return self.rng.randrange(lo, hi)

    # --- one batch of return requests ---
    def make_batch(self, conn: Connection, n: int, *, first: bool) -> None:
        t: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
        for i in range(n):
            forced = "approved" if first and i < 2 else None
            self._one_request(t, forced_status=forced, simple=first and i == 0)
        for name, cols in COLUMNS.items():
            insert_rows(conn, name, cols, t[name])
        self.counts["orders"] += len(t["orders"])
        self.counts["units"] += len(t["units"])
        self.counts["events"] += len(t["events"])
        self.counts["lines"] += len(t["return_lines"])

    def _timeline(self, status: str) -> tuple[datetime, datetime, datetime, datetime | None]:
        """(ordered, delivered, requested, received) ending no later than now."""
        rng, now = self.rng, self.now
        if status in ("received", "inspected", "closed"):
            received: datetime | None = now - timedelta(
                days=self._seasonal(rng.uniform(0.02, 360), 0.02, 360)
                if status == "closed"
                else rng.uniform(0.01, 3)
            )
            assert received is not None
            requested = received - timedelta(days=rng.uniform(2, 9))
        elif status == "approved":
            received, requested = None, now - timedelta(days=rng.uniform(0.1, 12))
        elif status == "requested":
            received, requested = None, now - timedelta(days=rng.uniform(0, 2))
        else:
            received, requested = None, now - timedelta(days=self._seasonal(rng.uniform(5, 360), 5, 360))
        # Most customers start a return within two weeks of delivery; a tail comes back late.
        delay = min(rng.lognormvariate(2.0, 0.75), 120.0)
        delivered = requested - timedelta(days=delay)
        ordered = delivered - timedelta(days=rng.uniform(1, 6), hours=rng.uniform(0, 12))
        return ordered, delivered, requested, received

    def _seasonal(self, days: float, lo: float, hi: float) -> float:
        """The same draw moved onto the returns' seasons."""
        return max(lo, self.return_season.days_ago((days - lo) / (hi - lo)))

    def _one_request(
        self, t: dict[str, list[tuple[Any, ...]]], *, forced_status: str | None, simple: bool
    ) -> None:
        rng = self.rng
        status = forced_status or self.status.pick(rng)
        customer = self._customer()
        channel, region = self.channel.pick(rng), self.region.pick(rng)
        ordered, delivered, requested, received = self._timeline(status)
        if simple:  # the sample RMA: one unit, well inside its window
            delivered = requested - timedelta(days=3)
            ordered = delivered - timedelta(days=2)
        order_id = self._ids("orders")
        order_number = str(1_000_000 + order_id)
        t["orders"].append((order_id, order_number, customer, channel, region, ordered, delivered))
        n_lines = 1 if simple else rng.choices((1, 2, 3), (70, 22, 8))[0]
        order_lines = []
        for _ in range(n_lines):
            product = self.products[self.product_pick.pick(rng)]
            if (
                product.id == self.quality_product
                and requested < self.now - timedelta(days=QUALITY_DAYS)
                and self.arng.random() < 0.75
            ):  # before the bad batch it came back like any other
                product = self.products[self.product_pick.pick(self.arng)]
            qty = 1 if simple else rng.choices((1, 2), (90, 10))[0]
            price = int(product.price_cents * rng.choice((1.0, 1.0, 0.9, 0.8)))
            line_id = self._ids("order_lines")
            t["order_lines"].append((line_id, order_id, product.id, qty, price, None))
            self.sold_units[product.id] += qty
            order_lines.append((line_id, product, qty, price))
        returned = (
            order_lines
            if simple
            else rng.sample(order_lines, k=rng.choices((1, len(order_lines)), (80, 20))[0])
        )
        request_id = self._ids("return_requests")
        rma = rma_for_serial(self.next_rma)
        self.next_rma += 1
        approved_at = (
            requested + timedelta(hours=rng.uniform(0.1, 20))
            if status not in ("requested", "rejected")
            else None
        )
        inspected_at = (
            received + timedelta(hours=rng.uniform(0.1, 30))
            if received and status in ("inspected", "closed")
            else None
        )
        if inspected_at and inspected_at > self.now:
            inspected_at = self.now
        closed_at = (
            inspected_at + timedelta(days=rng.uniform(0.5, 4))
            if inspected_at and status == "closed"
            else None
        )
        if closed_at and closed_at > self.now:
            closed_at = self.now
        comment = rng.choice(
            ("", "", "", "Please refund to original card.", "Label was printed twice, sorry.")
        )
        shipping = None
        if status in ("approved", "received", "inspected", "closed"):
            carrier = self.carrier.pick(rng)
            shipping = SHIPPING_CENTS.get(carrier, 795) + self.arng.randrange(0, 300, 5)
            tracking = self._tracking(carrier, request_id)
            t["tracking_numbers"].append((self._ids("tracking_numbers"), request_id, carrier, tracking))
            if status == "approved":
                self.tracking_by_rma[rma] = tracking
                if simple:
                    self.first_sample = {"rma": rma, "order": order_number, "gtin": returned[0][1].gtin}
                elif len(self.approved_rmas) < 50:
                    self.approved_rmas.append(rma)
        t["return_requests"].append(
            (
                request_id,
                rma,
                order_id,
                customer,
                channel,
                region,
                status,
                requested,
                approved_at,
                received,
                inspected_at,
                closed_at,
                comment or None,
                "shop",
                1,
                # What the customer asked for, from the id (the random stream stays what it was).
                RESOLUTIONS[request_id % len(RESOLUTIONS)],
                shipping,
            )
        )
        for line_id, product, qty, price in returned:
            reason: ReasonCode = self.reasons[product.category].pick(rng)
            rl_id = self._ids("return_lines")
            line_comment = rng.choice(cat.COMMENTS[reason]) or None
            self.returned_units[product.id] += qty
            if (
                product.id == self.quality_product
                and requested >= self.now - timedelta(days=QUALITY_DAYS)
                and self.arng.random() < 0.75
            ):
                reason, line_comment = ReasonCode.DEFECTIVE, self.arng.choice(QUALITY_COMMENTS)
            t["return_lines"].append(
                (
                    rl_id,
                    request_id,
                    line_id,
                    product.id,
                    qty,
                    qty if received else 0,
                    reason.value,
                    line_comment,
                    price,
                    status in ("requested", "approved"),
                )
            )
            if received is not None:
                for _ in range(qty):
                    self._unit(
                        t,
                        request_id,
                        rl_id,
                        product,
                        reason,
                        price,
                        status,
                        delivered,
                        requested,
                        received,
                        inspected_at,
                        rma,
                    )

    def _unit(
        self,
        t: dict[str, list[tuple[Any, ...]]],
        request_id: int,
        line_id: int,
        product: Any,
        reason: ReasonCode,
        price: int,
        status: str,
        delivered: datetime,
        requested: datetime,
        received: datetime,
        inspected_at: datetime | None,
        rma: str,
    ) -> None:
        """One unit's history, written with the rows and payloads the dock's own commands write (commands)."""
        rng = self.rng
        unit_id = self._ids("units")
        lpn = lpn_for_serial(unit_id)
        by = commands.By(rng.choice(self.staff_ids), rng.choice(self.station_ids))
        unit = {
            "id": unit_id,
            **commands.received_unit_row(request_id, line_id, product.id, by, received, lpn),
        }
        unit.update(
            grade=None,
            disposition=None,
            destination=None,
            serial_number=None,
            inspector_id=None,
            exception_kind=None,
        )
        self._event(
            t,
            commands.event_row(
                by, EventKind.UNIT_RECEIVED, "unit", lpn, commands.unit_received_payload(rma), received
            ),
        )
        if inspected_at is None:
            self._put(t, "units", unit)
            return
        grade = Grade(self.grade.pick(rng))
        fault = (
            Fault.CARRIER
            if reason is ReasonCode.DAMAGED_IN_TRANSIT
            else rng.choice((Fault.CUSTOMER, Fault.UNKNOWN))
        )
        age = (received.date() - delivered.date()).days
        facts = UnitFacts(
            grade,
            reason,
            product.category,
            price,
            product.warranty_days > 0 and age <= product.warranty_days,
            age,
            fault,
            DEFAULT_POLICY.inside_window(product.category, delivered.date(), requested.date()),
        )
        decision = DEFAULT_POLICY.decide(facts)
        refund = DEFAULT_POLICY.refund(facts, price)
        photos = [f"demo-{unit_id}.jpg"] if grade.needs_photo else []
        current = commands.graded_status(lpn, UnitStatus.RECEIVED, grade)
        row = commands.inspection_row(unit_id, by, grade, fault, None, None, (), photos, inspected_at)
        self._put(t, "inspections", {"id": self._ids("inspections"), **row})
        payload = commands.inspected_payload(grade, fault, None, None, (), photos, decision)
        self._event(t, commands.event_row(by, EventKind.UNIT_INSPECTED, "unit", lpn, payload, inspected_at))
        unit.update(
            status=current.value, grade=grade.value, inspector_id=by.user_id, version=unit["version"] + 1
        )
        # Only returns still open keep their exceptions open; the history of closed ones was settled.
        still_open = status == "inspected"
        cases = commands.grade_cases(grade, (), price, _NO_HIGH_VALUE) if still_open else []
        if grade is not Grade.MISSING:
            waiting = decision.requires_approval and still_open
            final = decision.disposition
            target = commands.routed_status(lpn, current, final, waiting)
            route = commands.disposition_row(
                unit_id,
                by,
                decision,
                final,
                decision.destination,
                None,
                decision.requires_approval,
                refund,
                inspected_at,
            )
            self._put(t, "dispositions", {"id": self._ids("dispositions"), **route})
            payload = commands.routed_payload(decision, final, None, decision.requires_approval, refund)
            self._event(t, commands.event_row(by, EventKind.UNIT_ROUTED, "unit", lpn, payload, inspected_at))
            unit.update(status=target.value, disposition=final.value, destination=decision.destination)
            if still_open:
                cases += commands.route_cases(decision, final, None, waiting, refund)
        for case in cases[:1]:  # the demo keeps one open question per unit
            case_id = self._ids("exceptions")
            opened = commands.case_row(
                by, case.kind, request_id, unit_id, None, None, case.details, inspected_at
            )
            self._put(t, "exceptions", {"id": case_id, **opened})
            payload = commands.case_payload(case.kind, lpn, None, None, case.details)
            self._event(
                t,
                commands.event_row(
                    by, EventKind.EXCEPTION_OPENED, "exception", str(case_id), payload, inspected_at
                ),
            )
            unit["exception_kind"] = case.kind.value
        self._put(t, "units", unit)

    def _put(self, t: dict[str, list[tuple[Any, ...]]], table: str, row: dict[str, Any]) -> None:
        """A row in the table's column order: a column the row lacks is a KeyError here, not a silent NULL."""
        t[table].append(tuple(row[column] for column in COLUMNS[table]))

    def _event(self, t: dict[str, list[tuple[Any, ...]]], row: dict[str, Any]) -> None:
        # Event uuids are the sync and idempotency key: random even when the demo data is seeded.
        self._put(t, "events", {"id": self._ids("events"), **row})

    def _tracking(self, carrier: str, request_id: int) -> str:
        """A valid tracking number for the carrier, unique because the request id is inside it."""
        if carrier == "ups":
            body = f"RD{self.rng.randrange(10**4):04d}9{(request_id // 10**7) % 10}{request_id % 10**7:07d}"
            return f"1Z{body}{ups_check_digit(body)}"
        if carrier == "fedex":
            body = f"7{request_id:010d}"
            return f"{body}{fedex12_check_digit(body)}"
        if carrier == "usps":
            body = f"926129{self.rng.randrange(10**6):06d}{request_id:09d}"
            return f"{body}{gs1_check_digit(body)}"
        body = f"{request_id:09d}"
        return f"{body}{int(body) % 7}"


# The demo's history opens no high-value questions: at its volume they would bury the supervisors' queue.
_NO_HIGH_VALUE = 2**62
