"""Demo data: a believable returns dock, from 2,000 returns on first start to 1,000,000 for benchmarks.

Customers across regions (a few serial returners), a catalogue across categories, orders with delivery dates,
return requests in every state with reasons, comments and valid carrier tracking numbers, and for the processed
ones their units, inspections, dispositions and audit events. Rows are written in bulk, batch by batch.
"""

from __future__ import annotations

import random
import secrets
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy import Connection, Engine, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import PermissionDenied
from returns_desk.domain.scancodes import (
    gs1_check_digit,
    gtin14,
)
from returns_desk.domain.vocab import (
    EventKind,
)
from returns_desk.services import demo_catalog as cat
from returns_desk.services.auth import SYSTEM_BADGE, hash_pin
from returns_desk.services.demo_dock import make_dock_history
from returns_desk.services.demo_history import History, Weighted
from returns_desk.services.demo_parcels import make_parcels
from returns_desk.services.demo_sales import make_sales, returns_season
from returns_desk.store import aggregates
from returns_desk.store.bulk import insert_rows, max_id, refresh_statistics, reset_sequences
from returns_desk.store.db import read_connection
from returns_desk.store.models import (
    Customer,
    Event,
    OutboxMessage,
    Product,
    ReturnRequest,
    Setting,
    Station,
    User,
)

T = TypeVar("T")

OUTBOX_QUIET = "outbox_quiet"  # see store/migrations/versions/0007
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
CUSTOMER_COLUMNS = ("id", "email", "name", "name_key", "region", "created_at", "locale")


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
    parcels: int = 0  # parcels on their way back with carrier checkpoints
    customers: int = 0
    orders: int = 0
    units: int = 0
    events: int = 0
    orders_kept: int = 0
    regrades: int = 0
    refurb_jobs: int = 0
    seconds: float = 0.0
    sample: DemoSample | None = None
    counts: dict[str, int] = field(default_factory=dict)


def seed(engine: Engine, rmas: int = 2_000, seed_value: int = 7, now: datetime | None = None) -> DemoReport:
    """Add ``rmas`` return requests (and everything around them) to an empty database or one the demo created;
    safe to run again there. A database with real data is refused: demo people with known PINs must never reach
    it. The supervisor's and admin's PINs are random, made here, and returned once in the sample."""
    started = time.perf_counter()
    gen = _Generator(random.Random(seed_value), now or datetime.now(UTC))
    report = DemoReport()
    with engine.begin() as conn:
        _claim_for_demo(conn, gen.now)
        # Made-up history queues no customer e-mails (the outbox trigger reads this row; it is gone at commit).
        conn.execute(insert(Setting).values(key=OUTBOX_QUIET, value=True, updated_at=gen.now))
        gen.ensure_people(conn)
        gen.ensure_products(conn, rmas)
        gen.start_ids(conn)
        report.customers = gen.make_customers(conn, max(1, int(rmas * 0.62)))
        done = 0
        # The cube is filled once from the rows at the end (aggregates.rebuild), not row by row on the way.
        aggregates.uninstall(conn)
        while done < rmas:
            n = min(BATCH, rmas - done)
            gen.make_batch(conn, n, first=done == 0)
            done += n
        report.orders_kept = make_sales(conn, gen, gen.arng)
        reset_sequences(conn, SEQUENCED)
        report.regrades, report.refurb_jobs = make_dock_history(
            conn, gen.arng, gen.staff_ids, gen.station_ids, gen.now
        )
        report.parcels = make_parcels(conn, gen.arng, gen.now)
        aggregates.install(conn)
        aggregates.rebuild(conn)
        conn.execute(delete(Setting).where(Setting.key == OUTBOX_QUIET))
        _recent_mail(conn, gen.now)
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


def _recent_mail(conn: Connection, now: datetime) -> None:
    """The last three days' requests were told of their status by e-mail: the outbox shows them sent."""
    r, c = ReturnRequest.__table__, Customer.__table__
    at = r.c.requested_at
    conn.execute(
        insert(OutboxMessage).from_select(
            [
                "channel",
                "return_request_id",
                "recipient",
                "locale",
                "template",
                "status",
                "attempts",
                "next_attempt_at",
                "sent_at",
                "created_at",
            ],
            select(
                literal("email"),
                r.c.id,
                c.c.email,
                c.c.locale,
                r.c.status,
                literal("sent"),
                literal(1),
                at,
                at,
                at,
            )
            .select_from(r.join(c, c.c.id == r.c.customer_id))
            .where(at >= now - timedelta(days=3))
            .order_by(r.c.id),
        )
    )


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


class _Generator(History):
    """The demo's people, places and catalogue; its returns' histories come from History."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.counts: dict[str, int] = dict.fromkeys(("orders", "units", "events", "lines"), 0)
        self.status = Weighted(cat.STATUS_MIX)
        self.grade = Weighted(cat.GRADE_MIX)
        self.carrier = Weighted(cat.CARRIER_MIX)
        self.channel = Weighted(cat.CHANNEL_MIX)
        self.region = Weighted(cat.REGIONS)
        self.reasons = {
            c: Weighted(cat.REASONS_BY_CATEGORY.get(c, cat.DEFAULT_REASONS)) for c in cat.CATEGORIES
        }
        self.approved_rmas: list[str] = []
        self.arng = random.Random(rng.random())
        self.return_season = returns_season(now, 360)
        self.sold_units: Counter[int] = Counter()
        self.returned_units: Counter[int] = Counter()
        self.region_weights = cat.REGIONS
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
            shares = Weighted([(c, v[4]) for c, v in cat.CATEGORIES.items()])
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
        # Some products come back far more often than others; one has a quality problem (demo_sales).
        self.quality_product = min(
            (p.id for p in products if p.category == "electronics"), default=products[0].id
        )
        self.product_pick = Weighted(
            [
                (
                    p.id,
                    propensity.get(p.category, 1.0) * self.rng.lognormvariate(0, 0.6),
                )
                for p in products
            ]
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

    def make_customers(self, conn: Connection, n: int, rng: random.Random | None = None) -> int:
        """``n`` customers (drawn from ``rng``, the main stream unless given); ``customer_range`` says which."""
        rng = rng or self.rng
        first = self.next_id["customers"]
        rows = []
        for _ in range(n):
            cid = self._ids("customers")
            given, family = rng.choice(cat.FIRST_NAMES), rng.choice(cat.LAST_NAMES)
            email = f"{given}.{family}{cid}@example.com".lower().replace("ü", "ue")
            created = self.now - timedelta(days=rng.uniform(30, 1500))
            name = f"{given} {family}"
            # One customer in seven reads Korean (from the id, so the random stream stays what it was).
            locale = "ko" if cid % 7 == 3 else "en"
            rows.append((cid, email, name, name.lower(), self.region.pick(self.rng), created, locale))
            if len(rows) >= BATCH:
                insert_rows(conn, "customers", CUSTOMER_COLUMNS, rows)
                rows = []
        insert_rows(conn, "customers", CUSTOMER_COLUMNS, rows)
        self.customer_range = (first, first + n)
        return n

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
