"""Demo data: a believable returns dock, from 2,000 returns on first start to 1,000,000 for benchmarks.

Customers across regions (a few serial returners), a catalogue across categories, orders with delivery dates,
return requests in every state with reasons, comments and valid carrier tracking numbers, and for the processed
ones their units, inspections, dispositions and audit events. Rows are written in bulk, batch by batch.
"""

from __future__ import annotations

import bisect
import itertools
import random
import secrets
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import PermissionDenied
from returns_desk.domain.rules import DEFAULT_POLICY, UnitFacts
from returns_desk.domain.scancodes import (
    fedex12_check_digit,
    gs1_check_digit,
    gtin14,
    lpn_for_serial,
    rma_for_serial,
    ups_check_digit,
)
from returns_desk.domain.vocab import (
    EventKind,
    Fault,
    Grade,
    ReasonCode,
    UnitStatus,
)
from returns_desk.services import commands
from returns_desk.services import demo_catalog as cat
from returns_desk.services.auth import SYSTEM_BADGE, hash_pin
from returns_desk.store.bulk import insert_rows, max_id, refresh_statistics, reset_sequences
from returns_desk.store.db import read_connection
from returns_desk.store.models import Event, Product, ReturnRequest, Setting, Station, User

T = TypeVar("T")

DEMO_MARKER = "demo_database"  # settings key: this database was created by the demo, and may take more of it
STAFF = (
    ("B1001", "Alex Rivera"),
    ("B1002", "Jordan Lee"),
    ("B1003", "Casey Novak"),
    ("B1004", "Morgan Diaz"),
    ("B1005", "Riley Chen"),
    ("B1006", "Taylor Brooks"),
)
SUPERVISORS = (("SUP-001", "Sam Okafor", "supervisor"), ("ADM-001", "Robin Hale", "admin"))
STATIONS = ("DOCK-1", "DOCK-2", "DOCK-3", "DOCK-4")
BATCH = 10_000
SEQUENCED = (
    "customers",
    "products",
    "orders",
    "order_lines",
    "return_requests",
    "tracking_numbers",
    "return_lines",
    "units",
    "inspections",
    "dispositions",
    "events",
    "exceptions",
    "users",
    "stations",
)
CUSTOMER_COLUMNS = ("id", "email", "name", "name_key", "region", "created_at")


@dataclass(frozen=True, slots=True)
class DemoSample:
    rma: str
    tracking: str
    order: str
    gtin: str
    badge: str
    supervisor_badge: str
    supervisor_pin: str  # fresh and random, told once: "" when the demo people existed before this run
    admin_badge: str
    admin_pin: str


@dataclass(slots=True)
class DemoReport:
    rmas: int = 0
    customers: int = 0
    orders: int = 0
    units: int = 0
    events: int = 0
    seconds: float = 0.0
    sample: DemoSample | None = None
    counts: dict[str, int] = field(default_factory=dict)


class _Weighted:
    """Fast repeated weighted choice."""

    def __init__(self, items: Sequence[tuple[Any, float]]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(itertools.accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


def seed(engine: Engine, rmas: int = 2_000, seed_value: int = 7, now: datetime | None = None) -> DemoReport:
    """Add ``rmas`` return requests (and everything around them) to an empty database or one the demo created;
    safe to run again there. A database with real data is refused: demo people with known PINs must never reach
    it. The supervisor's and admin's PINs are random, made here, and returned once in the sample."""
    started = time.perf_counter()
    gen = _Generator(random.Random(seed_value), now or datetime.now(UTC))
    report = DemoReport()
    with engine.begin() as conn:
        _claim_for_demo(conn, gen.now)
        gen.ensure_people(conn)
        gen.ensure_products(conn, rmas)
        gen.start_ids(conn)
        report.customers = gen.make_customers(conn, max(1, int(rmas * 0.62)))
        done = 0
        while done < rmas:
            n = min(BATCH, rmas - done)
            gen.make_batch(conn, n, first=done == 0)
            done += n
        reset_sequences(conn, SEQUENCED)
        conn.execute(
            insert(Event).values(
                uuid=str(uuid.uuid4()),
                occurred_at=gen.now,
                kind=EventKind.DEMO_SEEDED,
                subject_type="database",
                subject_id="demo",
                payload={"rmas": rmas, "people_created": sorted(gen.pins)},
                tx=str(uuid.uuid4()),
            )
        )
    refresh_statistics(engine)
    report.rmas = rmas
    report.orders = gen.counts["orders"]
    report.units = gen.counts["units"]
    report.events = gen.counts["events"]
    report.counts = dict(gen.counts)
    report.sample = gen.sample()
    report.seconds = time.perf_counter() - started
    return report


def is_blank(engine: Engine) -> bool:
    """No returns and no people: a database just created, which the app fills with demo data on first start."""
    with read_connection(engine) as conn:
        return _is_blank(conn)


def _is_blank(conn: Connection) -> bool:
    returns = conn.execute(select(func.count()).select_from(ReturnRequest)).scalar_one()
    people = conn.execute(
        select(func.count()).select_from(User).where(User.badge != SYSTEM_BADGE)
    ).scalar_one()
    return returns == 0 and people == 0


def _claim_for_demo(conn: Connection, now: datetime) -> None:
    marked = conn.execute(select(Setting.key).where(Setting.key == DEMO_MARKER)).first() is not None
    if marked:
        return
    if not _is_blank(conn):
        raise PermissionDenied(
            "This database holds real users or returns: demo data goes only into an empty database or one "
            "created as a demo. Use a new database file for the demo (--db)."
        )
    conn.execute(
        insert(Setting).values(key=DEMO_MARKER, value={"created_at": now.isoformat()}, updated_at=now)
    )


class _Generator:
    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.counts: dict[str, int] = dict.fromkeys(("orders", "units", "events", "lines"), 0)
        self.status = _Weighted(cat.STATUS_MIX)
        self.grade = _Weighted(cat.GRADE_MIX)
        self.carrier = _Weighted(cat.CARRIER_MIX)
        self.channel = _Weighted(cat.CHANNEL_MIX)
        self.region = _Weighted(cat.REGIONS)
        self.reasons = {
            c: _Weighted(cat.REASONS_BY_CATEGORY.get(c, cat.DEFAULT_REASONS)) for c in cat.CATEGORIES
        }
        self.approved_rmas: list[str] = []
        self.tracking_by_rma: dict[str, str] = {}
        self.first_sample: dict[str, str] = {}
        self.pins: dict[str, str] = {}  # badge -> PIN of the demo people created by this run

    # --- people and places ---
    def ensure_people(self, conn: Connection) -> None:
        with Session(bind=conn) as session:
            existing = set(session.scalars(select(User.badge)))
            for badge, name in STAFF:
                if badge not in existing:
                    session.add(
                        User(
                            badge=badge,
                            name=name,
                            role="staff",
                            pin_hash=None,
                            active=True,
                            created_at=self.now,
                        )
                    )
            for badge, name, role in SUPERVISORS:
                if badge not in existing:
                    pin = f"{secrets.randbelow(10**6):06d}"
                    self.pins[badge] = pin
                    session.add(
                        User(
                            badge=badge,
                            name=name,
                            role=role,
                            pin_hash=hash_pin(pin),
                            active=True,
                            created_at=self.now,
                        )
                    )
            stations = set(session.scalars(select(Station.name)))
            for name in STATIONS:
                if name not in stations:
                    session.add(Station(name=name, location="Returns dock", active=True))
            session.flush()
            self.staff_ids = list(session.scalars(select(User.id).where(User.role == "staff")))
            self.station_ids = list(session.scalars(select(Station.id)))

    def ensure_products(self, conn: Connection, rmas: int) -> None:
        if conn.execute(select(func.count()).select_from(Product)).scalar_one() == 0:
            n = max(60, min(2_000, rmas // 50))
            rows = []
            shares = _Weighted([(c, v[4]) for c, v in cat.CATEGORIES.items()])
            for pid in range(1, n + 1):
                category = shares.pick(self.rng)
                nouns, (lo, hi), warranty, serialized, _, _ = cat.CATEGORIES[category]
                name = f"{self.rng.choice(cat.ADJECTIVES)} {self.rng.choice(nouns)} — {self.rng.choice(cat.COLORS)}"
                price = round(self.rng.uniform(lo, hi), -2) - 1
                rows.append(
                    (
                        pid,
                        f"{category[:3].upper()}-{pid:05d}",
                        self._gtin(pid),
                        name,
                        category,
                        int(price * self.rng.uniform(0.35, 0.55)),
                        int(price),
                        serialized,
                        warranty,
                    )
                )
            insert_rows(
                conn,
                "products",
                (
                    "id",
                    "sku",
                    "gtin",
                    "name",
                    "category",
                    "cost_cents",
                    "price_cents",
                    "serialized",
                    "warranty_days",
                ),
                rows,
            )
        products = conn.execute(
            select(
                Product.id,
                Product.gtin,
                Product.category,
                Product.price_cents,
                Product.warranty_days,
                Product.serialized,
            )
        ).all()
        self.products = {p.id: p for p in products}
        propensity = {c: v[5] for c, v in cat.CATEGORIES.items()}
        # Some products come back far more often than others.
        self.product_pick = _Weighted(
            [(p.id, propensity.get(p.category, 1.0) * self.rng.lognormvariate(0, 0.6)) for p in products]
        )

    def _gtin(self, pid: int) -> str:
        # Two in three are UPC-A, the rest EAN-13 from a German prefix.
        body = f"0{(pid * 7919) % 10**10:010d}" if pid % 3 else f"40{(pid * 104729) % 10**10:010d}"
        return gtin14(body + str(gs1_check_digit(body)))

    def start_ids(self, conn: Connection) -> None:
        self.next_id = {name: max_id(conn, name) + 1 for name in SEQUENCED}
        last = conn.execute(
            select(func.max(ReturnRequest.rma_number)).where(ReturnRequest.rma_number.like("RMA-%"))
        ).scalar_one()
        self.next_rma = int(last[4:]) + 1 if last and last[4:].isdigit() else 1

    def _ids(self, name: str) -> int:
        value = self.next_id[name]
        self.next_id[name] += 1
        return value

    def make_customers(self, conn: Connection, n: int) -> int:
        first = self.next_id["customers"]
        rows = []
        for _ in range(n):
            cid = self._ids("customers")
            given, family = self.rng.choice(cat.FIRST_NAMES), self.rng.choice(cat.LAST_NAMES)
            email = f"{given}.{family}{cid}@example.com".lower().replace("ü", "ue")
            created = self.now - timedelta(days=self.rng.uniform(30, 1500))
            name = f"{given} {family}"
            rows.append((cid, email, name, name.lower(), self.region.pick(self.rng), created))
            if len(rows) >= BATCH:
                insert_rows(conn, "customers", CUSTOMER_COLUMNS, rows)
                rows = []
        insert_rows(conn, "customers", CUSTOMER_COLUMNS, rows)
        self.customer_range = (first, first + n)
        return n

    def _customer(self) -> int:
        lo, hi = self.customer_range
        if self.rng.random() < 0.25:  # serial returners: 5% of customers make a quarter of the returns
            return self.rng.randrange(lo, lo + max(1, (hi - lo) // 20))
        return self.rng.randrange(lo, hi)

    # --- one batch of return requests ---
    def make_batch(self, conn: Connection, n: int, *, first: bool) -> None:
        t: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _COLUMNS}
        for i in range(n):
            forced = "approved" if first and i < 2 else None
            self._one_request(t, forced_status=forced, simple=first and i == 0)
        for name, cols in _COLUMNS.items():
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
                days=rng.uniform(0.02, 360) if status == "closed" else rng.uniform(0.01, 3)
            )
            assert received is not None
            requested = received - timedelta(days=rng.uniform(2, 9))
        elif status == "approved":
            received, requested = None, now - timedelta(days=rng.uniform(0.1, 12))
        elif status == "requested":
            received, requested = None, now - timedelta(days=rng.uniform(0, 2))
        else:
            received, requested = None, now - timedelta(days=rng.uniform(5, 360))
        # Most customers start a return within two weeks of delivery; a tail comes back late.
        delay = min(rng.lognormvariate(2.0, 0.75), 120.0)
        delivered = requested - timedelta(days=delay)
        ordered = delivered - timedelta(days=rng.uniform(1, 6), hours=rng.uniform(0, 12))
        return ordered, delivered, requested, received

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
            qty = 1 if simple else rng.choices((1, 2), (90, 10))[0]
            price = int(product.price_cents * rng.choice((1.0, 1.0, 0.9, 0.8)))
            line_id = self._ids("order_lines")
            t["order_lines"].append((line_id, order_id, product.id, qty, price, None))
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
            )
        )
        if status in ("approved", "received", "inspected", "closed"):
            carrier = self.carrier.pick(rng)
            tracking = self._tracking(carrier, request_id)
            t["tracking_numbers"].append((self._ids("tracking_numbers"), request_id, carrier, tracking))
            if status == "approved":
                self.tracking_by_rma[rma] = tracking
                if simple:
                    self.first_sample = {"rma": rma, "order": order_number, "gtin": returned[0][1].gtin}
                elif len(self.approved_rmas) < 50:
                    self.approved_rmas.append(rma)
        for line_id, product, qty, price in returned:
            reason: ReasonCode = self.reasons[product.category].pick(rng)
            rl_id = self._ids("return_lines")
            line_comment = rng.choice(cat.COMMENTS[reason]) or None
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
        t[table].append(tuple(row[column] for column in _COLUMNS[table]))

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

    def sample(self) -> DemoSample:
        other = next((r for r in self.approved_rmas if r != self.first_sample.get("rma")), None)
        supervisor_badge, admin_badge = SUPERVISORS[0][0], SUPERVISORS[1][0]
        return DemoSample(
            rma=self.first_sample["rma"],
            tracking=self.tracking_by_rma[other] if other else "",
            order=self.first_sample["order"],
            gtin=self.first_sample["gtin"],
            badge=STAFF[0][0],
            supervisor_badge=supervisor_badge,
            supervisor_pin=self.pins.get(supervisor_badge, ""),
            admin_badge=admin_badge,
            admin_pin=self.pins.get(admin_badge, ""),
        )


# The demo's history opens no high-value questions: at its volume they would bury the supervisors' queue.
_NO_HIGH_VALUE = 2**62

_COLUMNS: dict[str, tuple[str, ...]] = {
    "orders": ("id", "order_number", "customer_id", "channel", "region", "ordered_at", "delivered_at"),
    "order_lines": ("id", "order_id", "product_id", "quantity", "unit_price_cents", "serial_numbers"),
    "return_requests": (
        "id",
        "rma_number",
        "order_id",
        "customer_id",
        "channel",
        "region",
        "status",
        "requested_at",
        "approved_at",
        "received_at",
        "inspected_at",
        "closed_at",
        "customer_comment",
        "source",
        "version",
    ),
    "tracking_numbers": ("id", "return_request_id", "carrier", "tracking_number"),
    "return_lines": (
        "id",
        "return_request_id",
        "order_line_id",
        "product_id",
        "quantity_expected",
        "quantity_received",
        "reason",
        "customer_comment",
        "unit_price_cents",
        "awaiting_receipt",
    ),
    "units": (
        "id",
        "lpn",
        "return_request_id",
        "return_line_id",
        "product_id",
        "status",
        "grade",
        "disposition",
        "destination",
        "serial_number",
        "received_at",
        "received_by_id",
        "station_id",
        "inspector_id",
        "exception_kind",
        "version",
    ),
    "inspections": (
        "id",
        "unit_id",
        "inspector_id",
        "station_id",
        "grade",
        "fault",
        "notes",
        "checklist",
        "discrepancies",
        "photos",
        "blind",
        "inspected_at",
    ),
    "dispositions": (
        "id",
        "unit_id",
        "proposed",
        "chosen",
        "destination",
        "rule_id",
        "override_reason",
        "needs_approval",
        "approved_by_id",
        "approved_at",
        "refund_kind",
        "refund_cents",
        "restocking_fee_cents",
        "decided_by_id",
        "station_id",
        "decided_at",
    ),
    "exceptions": (
        "id",
        "kind",
        "status",
        "scanned_code",
        "description",
        "return_request_id",
        "unit_id",
        "details",
        "station_id",
        "opened_by_id",
        "opened_at",
    ),
    "events": (
        "id",
        "uuid",
        "occurred_at",
        "station_id",
        "user_id",
        "kind",
        "subject_type",
        "subject_id",
        "payload",
        "tx",
    ),
}
