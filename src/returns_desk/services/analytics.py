"""Returns analytics: the eight questions a returns guide asks, and the dock's own figures.

Every figure is derived (``figures``) from a few sums, ``Facts``, read either from the cube the triggers keep
(``read_cube``: a few thousand cells, however many returns there are) or straight from the rows (``read_rows``:
one pass of GROUP BY over the raw tables). Both give the same Facts; the test and the bench hold them to it.

A product filter reads the rows of that product alone (a few hundred through its indexes): the cube has no
product dimension, which keeps it small. What each filter applies to (``FILTERS``): the channel and region are
the order's (sales) or the request's (returns); the dock's figures follow only the dates and the product or
category, and the people's figures (throughput, agreement) only the dates. Dates are UTC days, each figure on its
own clock: sales when ordered, returns when requested, decisions when decided, inspections when made.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from returns_desk.domain import themes as theme_words
from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.money import format_money
from returns_desk.domain.vocab import Disposition, EventKind, ReasonCode, Role
from returns_desk.services import auth, events, policy, shared
from returns_desk.services.results import Actor
from returns_desk.store.aggregates import LAG_WEEKS, Dialect, dialect_of
from returns_desk.store.models import Product, UtcDateTime

Cells = dict[
    tuple[str, str, str, str], tuple[int, int, int, int]
]  # (category, channel, region, key) -> n1..n4

FACTS = (
    "sold",
    "product",
    "returned",
    "segment",
    "lag",
    "shipping",
    "disposition",
    "grade",
    "inspector",
    "refurb",
    "agreement",
)
FILTERS: dict[str, frozenset[str]] = {
    "sold": frozenset({"category", "channel", "region"}),
    "product": frozenset({"category"}),
    "returned": frozenset({"category", "channel", "region"}),
    "segment": frozenset({"category", "channel", "region"}),
    "lag": frozenset({"category", "channel", "region"}),
    "shipping": frozenset({"channel", "region"}),
    "disposition": frozenset({"category"}),
    "grade": frozenset({"category"}),
    "refurb": frozenset({"category"}),
    "inspector": frozenset(),
    "agreement": frozenset(),
}
PRODUCT_FACTS = frozenset({"sold", "product", "returned", "segment", "lag", "disposition", "grade", "refurb"})
THEME_SAMPLE = 2_000  # the latest comments in scope the themes are read from
SEGMENTS = (
    ("first", "First order"),
    ("repeat", "Repeat (2–3 orders)"),
    ("loyal", "Loyal (4+ orders)"),
    ("serial", "Serial returner (3+ returns)"),
)


@dataclass(frozen=True, slots=True)
class Scope:
    start: date
    end: date  # inclusive
    channel: str | None = None
    region: str | None = None
    category: str | None = None
    product_id: int | None = None

    @property
    def filters(self) -> dict[str, str]:
        return {
            k: v
            for k, v in (("category", self.category), ("channel", self.channel), ("region", self.region))
            if v
        }


COSTS_KEY = "analytics_costs"


@dataclass(frozen=True, slots=True)
class CostSettings:
    """What the app cannot know from its rows; kept in the settings row ``analytics_costs``."""

    shipping_cents_per_parcel: int = 795  # a return label whose cost was not imported
    handling_minutes_per_unit: int = 6  # receiving, inspecting and routing one unit
    hourly_rate_cents: int = 2_400  # the dock's and the bench's labour
    disposal_cents_per_unit: int = 150
    # What a unit's cost price is worth again, by disposition.
    recovery_percent: Mapping[str, int] = field(
        default_factory=lambda: {
            "restock": 100,
            "refurbish": 70,
            "return_to_vendor": 80,
            "liquidate": 25,
            "dispose": 0,
        }
    )

    @classmethod
    def of(cls, value: Any) -> CostSettings:
        if not isinstance(value, dict):
            return cls()
        base = cls()
        plain = {
            k: int(v)
            for k, v in value.items()
            if k
            in (
                "shipping_cents_per_parcel",
                "handling_minutes_per_unit",
                "hourly_rate_cents",
                "disposal_cents_per_unit",
            )
            and isinstance(v, int)
            and v >= 0
        }
        percent = value.get("recovery_percent")
        if isinstance(percent, dict):
            plain_percent = {
                str(k): int(v) for k, v in percent.items() if isinstance(v, int) and 0 <= v <= 100
            }
            changes: dict[str, Any] = {
                **plain,
                "recovery_percent": {**base.recovery_percent, **plain_percent},
            }
            return replace(base, **changes)
        untyped: dict[str, Any] = dict(plain)
        return replace(base, **untyped)

    def as_json(self) -> dict[str, Any]:
        return {
            "shipping_cents_per_parcel": self.shipping_cents_per_parcel,
            "handling_minutes_per_unit": self.handling_minutes_per_unit,
            "hourly_rate_cents": self.hourly_rate_cents,
            "disposal_cents_per_unit": self.disposal_cents_per_unit,
            "recovery_percent": dict(self.recovery_percent),
        }


@dataclass(slots=True)
class Facts:
    cells: dict[str, Cells] = field(default_factory=dict)
    months: dict[tuple[str, str], int] = field(default_factory=dict)  # (YYYY-MM, reason) -> units returned
    returned_unfiltered: int = 0  # units returned in the channel/region, any category or product (shipping)

    def sums(self, fact: str) -> tuple[int, int, int, int]:
        out = [0, 0, 0, 0]
        for v in self.cells.get(fact, {}).values():
            for i in range(4):
                out[i] += v[i]
        return out[0], out[1], out[2], out[3]

    def by(self, fact: str, part: Callable[[tuple[str, str, str, str]], str]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for k, v in self.cells.get(fact, {}).items():
            row = out[part(k)]
            for i in range(4):
                row[i] += v[i]
        return dict(out)


# --- reading the cube --------------------------------------------------------------------------------------------


def _bind_day(d: Dialect, day: date) -> Any:
    return day.isoformat() if d.greatest == "max" else day


def _ranges(scope: Scope) -> tuple[tuple[date, date] | None, list[tuple[date, date]]]:
    """The whole months inside the scope (first days of the first and last), and the days outside them."""
    first = scope.start if scope.start.day == 1 else _next_month(scope.start)
    after_end = scope.end + timedelta(days=1)
    last_start = after_end.replace(day=1)  # the month the day after the end falls in starts here
    if first >= last_start:
        return None, [(scope.start, scope.end)]
    days = []
    if scope.start < first:
        days.append((scope.start, first - timedelta(days=1)))
    if last_start <= scope.end:
        days.append((last_start, scope.end))
    return (first, _prev_month(last_start)), days


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _prev_month(first_day: date) -> date:
    return (first_day - timedelta(days=1)).replace(day=1)


def default_scope(today: date) -> Scope:
    """The range the tab and the report open on: this month and the eleven before it, whole months (which the
    cube answers from its month cells)."""
    first = today.replace(day=1)
    for _ in range(11):
        first = _prev_month(first)
    return Scope(first, today)


def _month_end(day: date) -> date:
    return _next_month(day) - timedelta(days=1)


def _widened(conn: Connection, d: Dialect, scope: Scope, fact: str) -> Scope:
    """The scope with its first and last months taken whole where the part left out holds no cell of the fact:
    a month's 'M' cell then equals its 'D' cells inside the scope, and one row replaces a month of days. The
    usual range (the last twelve months to today) then reads months only, however many returns it holds."""
    probe = text(
        "SELECT 1 FROM agg_cells WHERE fact = :fact AND grain = 'D' AND day >= :a AND day <= :b LIMIT 1"
    )
    start, end = scope.start, scope.end
    if start.day != 1:
        gap = {
            "fact": fact,
            "a": _bind_day(d, start.replace(day=1)),
            "b": _bind_day(d, start - timedelta(days=1)),
        }
        if conn.execute(probe, gap).first() is None:
            start = start.replace(day=1)
    last = _month_end(end)
    if end != last:
        gap = {"fact": fact, "a": _bind_day(d, end + timedelta(days=1)), "b": _bind_day(d, last)}
        if conn.execute(probe, gap).first() is None:
            end = last
    return replace(scope, start=start, end=end)


def _cube_where(d: Dialect, scope: Scope, fact: str, params: dict[str, Any]) -> str:
    months, days = _ranges(scope)
    parts = []
    if months:
        params["m0"], params["m1"] = _bind_day(d, months[0]), _bind_day(d, months[1])
        parts.append("(grain = 'M' AND day >= :m0 AND day <= :m1)")
    for i, (a, b) in enumerate(days):
        params[f"d{i}a"], params[f"d{i}b"] = _bind_day(d, a), _bind_day(d, b)
        parts.append(f"(grain = 'D' AND day >= :d{i}a AND day <= :d{i}b)")
    where = f"fact = :fact AND ({' OR '.join(parts)})"
    params["fact"] = fact
    for name, value in scope.filters.items():
        if name in FILTERS[fact]:
            where += f" AND {name} = :{name}"
            params[name] = value
    return where


def read_cube(conn: Connection, scope: Scope) -> Facts:
    """The Facts from the cube; a product filter reads that product's rows instead (see the module's note)."""
    if scope.product_id is not None:
        return read_rows(conn, scope)
    d = dialect_of(conn)
    facts = Facts()
    for fact in FACTS:
        if fact == "product" and (scope.channel or scope.region):
            facts.cells[fact] = _raw_product(
                conn, d, scope
            )  # the cube keeps products without channel or region
            continue
        params: dict[str, Any] = {}
        where = _cube_where(d, _widened(conn, d, scope, fact), fact, params)
        rows = conn.execute(
            text(
                "SELECT category, channel, region, key, sum(n1), sum(n2), sum(n3), sum(n4) FROM agg_cells "
                f"WHERE {where} GROUP BY category, channel, region, key"
            ),
            params,
        ).all()
        facts.cells[fact] = {
            (r[0], r[1], r[2], r[3]): (int(r[4]), int(r[5]), int(r[6]), int(r[7])) for r in rows
        }
    params = {}
    where = _cube_where(d, _widened(conn, d, scope, "returned"), "returned", params)
    for _grain, day, key, units in conn.execute(
        text(f"SELECT grain, day, key, sum(n1) FROM agg_cells WHERE {where} GROUP BY grain, day, key"), params
    ):
        month = str(day)[:7]
        facts.months[(month, key)] = facts.months.get((month, key), 0) + int(units)
    facts.returned_unfiltered = _cube_returned_unfiltered(conn, d, scope)
    return facts


def _cube_returned_unfiltered(conn: Connection, d: Dialect, scope: Scope) -> int:
    if not (scope.category or scope.product_id):
        return 0  # nothing narrows the returns: shipping needs no share
    wide = replace(scope, category=None, product_id=None)
    params: dict[str, Any] = {}
    where = _cube_where(d, wide, "returned", params)
    value = conn.execute(text(f"SELECT sum(n1) FROM agg_cells WHERE {where}"), params).scalar_one()
    return int(value or 0)


# --- reading the rows --------------------------------------------------------------------------------------------


def _in_scope(d: Dialect, at: str, params: dict[str, Any], scope: Scope) -> str:
    params["start"], params["end"] = _bind_day(d, scope.start), _bind_day(d, scope.end)
    return f"{d.day(at)} >= :start AND {d.day(at)} <= :end"


def _row_filters(fact: str, scope: Scope, columns: Mapping[str, str], params: dict[str, Any]) -> str:
    where = ""
    for name, value in scope.filters.items():
        if name in FILTERS[fact]:
            where += f" AND {columns[name]} = :{name}"
            params[name] = value
    if scope.product_id is not None and fact in PRODUCT_FACTS:
        where += f" AND {columns['product']} = :product_id"
        params["product_id"] = scope.product_id
    return where


def _raw(
    conn: Connection,
    d: Dialect,
    scope: Scope,
    fact: str,
    select: str,
    source: str,
    at: str,
    columns: Mapping[str, str],
    group: str,
    extra_where: str = "",
) -> Cells:
    params: dict[str, Any] = {}
    where = _in_scope(d, at, params, scope) + _row_filters(fact, scope, columns, params) + extra_where
    rows = conn.execute(text(f"SELECT {select} FROM {source} WHERE {where} GROUP BY {group}"), params).all()
    return {
        (str(r[0]), str(r[1]), str(r[2]), str(r[3])): (int(r[4]), int(r[5]), int(r[6]), int(r[7]))
        for r in rows
    }


ORDER_COLUMNS = {
    "category": "p.category",
    "channel": "o.channel",
    "region": "o.region",
    "product": "n.product_id",
}
LINE_COLUMNS = {
    "category": "p.category",
    "channel": "r.channel",
    "region": "r.region",
    "product": "n.product_id",
}
UNIT_COLUMNS = {"category": "p.category", "channel": "''", "region": "''", "product": "u.product_id"}
LINES = (
    "return_lines n JOIN return_requests r ON r.id = n.return_request_id JOIN orders o ON o.id = r.order_id "
    "JOIN products p ON p.id = n.product_id"
)
SALES = "order_lines n JOIN orders o ON o.id = n.order_id JOIN products p ON p.id = n.product_id"


def _raw_product(conn: Connection, d: Dialect, scope: Scope) -> Cells:
    """Per product: units sold (n1), units returned (n2) and their value (n3); any channel and region unless the
    scope names them."""
    wide = {"category": "p.category", "channel": "o.channel", "region": "o.region", "product": "n.product_id"}
    sold = _raw(
        conn,
        d,
        scope,
        "sold",
        "p.category, '', '', n.product_id, sum(n.quantity), 0, 0, 0",
        SALES,
        "o.ordered_at",
        wide,
        "p.category, n.product_id",
    )
    returned = _raw(
        conn,
        d,
        scope,
        "returned",
        "p.category, '', '', n.product_id, 0, sum(n.quantity_expected), "
        "sum(n.quantity_expected * n.unit_price_cents), 0",
        LINES,
        "r.requested_at",
        LINE_COLUMNS,
        "p.category, n.product_id",
    )
    out: Cells = dict(sold)
    for k, v in returned.items():
        a = out.get(k, (0, 0, 0, 0))
        out[k] = (a[0] + v[0], a[1] + v[1], a[2] + v[2], 0)
    return out


def read_rows(conn: Connection, scope: Scope) -> Facts:
    """The same Facts as the cube, by GROUP BY over the raw tables (one pass each)."""
    d = dialect_of(conn)
    facts = Facts()
    lag_days = d.days("o.delivered_at", "r.requested_at")
    lag_key = (
        f"CASE WHEN o.delivered_at IS NULL THEN 'none' ELSE "
        f"CAST({d.least}({d.greatest}({lag_days}, 0) / 7, {LAG_WEEKS}) AS TEXT) END"
    )
    c = facts.cells
    c["sold"] = _raw(
        conn,
        d,
        scope,
        "sold",
        "p.category, o.channel, o.region, COALESCE(o.segment, ''), sum(n.quantity), "
        "sum(n.quantity * n.unit_price_cents), count(*), 0",
        SALES,
        "o.ordered_at",
        ORDER_COLUMNS,
        "p.category, o.channel, o.region, COALESCE(o.segment, '')",
    )
    c["product"] = _raw_product(conn, d, scope)
    c["returned"] = _raw(
        conn,
        d,
        scope,
        "returned",
        "p.category, r.channel, r.region, n.reason, sum(n.quantity_expected), "
        "sum(n.quantity_expected * n.unit_price_cents), count(*), 0",
        LINES,
        "r.requested_at",
        LINE_COLUMNS,
        "p.category, r.channel, r.region, n.reason",
    )
    c["segment"] = _raw(
        conn,
        d,
        scope,
        "segment",
        "p.category, r.channel, r.region, COALESCE(o.segment, ''), sum(n.quantity_expected), 0, 0, 0",
        LINES,
        "r.requested_at",
        LINE_COLUMNS,
        "p.category, r.channel, r.region, COALESCE(o.segment, '')",
    )
    c["lag"] = _raw(
        conn,
        d,
        scope,
        "lag",
        f"p.category, r.channel, r.region, {lag_key}, count(*), "
        f"sum(CASE WHEN o.delivered_at IS NULL THEN 0 ELSE {lag_days} END), sum(n.quantity_expected), 0",
        LINES,
        "r.requested_at",
        LINE_COLUMNS,
        f"p.category, r.channel, r.region, {lag_key}",
    )
    c["shipping"] = _raw(
        conn,
        d,
        scope,
        "shipping",
        "'', n.channel, n.region, '', count(*), sum(COALESCE(n.shipping_cents, 0)), "
        "sum(CASE WHEN n.shipping_cents IS NULL THEN 0 ELSE 1 END), 0",
        "return_requests n",
        "n.requested_at",
        {"channel": "n.channel", "region": "n.region"},
        "n.channel, n.region",
    )
    first_touch = (
        "CASE WHEN n.needs_approval = false AND n.override_reason IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM dispositions e WHERE e.unit_id = n.unit_id AND e.id < n.id) THEN 1 ELSE 0 END"
    )
    units = "JOIN units u ON u.id = n.unit_id LEFT JOIN products p ON p.id = u.product_id"
    c["disposition"] = _raw(
        conn,
        d,
        scope,
        "disposition",
        f"COALESCE(p.category, ''), '', '', n.chosen, count(*), sum({first_touch}), "
        f"sum({d.seconds('u.received_at', 'n.decided_at')}), sum(COALESCE(p.cost_cents, 0))",
        f"dispositions n {units}",
        "n.decided_at",
        UNIT_COLUMNS,
        "COALESCE(p.category, ''), n.chosen",
        " AND NOT EXISTS (SELECT 1 FROM dispositions l WHERE l.unit_id = n.unit_id AND l.id > n.id)",
    )
    c["grade"] = _raw(
        conn,
        d,
        scope,
        "grade",
        "COALESCE(p.category, ''), '', '', n.grade, count(*), 0, 0, 0",
        f"inspections n {units}",
        "n.inspected_at",
        UNIT_COLUMNS,
        "COALESCE(p.category, ''), n.grade",
        " AND n.blind = false",
    )
    who = "CAST(n.inspector_id AS TEXT) || ':' || COALESCE(CAST(n.station_id AS TEXT), '-')"
    c["inspector"] = _raw(
        conn,
        d,
        scope,
        "inspector",
        f"'', '', '', {who}, count(*), count(DISTINCT {d.day('n.inspected_at')} || ' ' || "
        f"{d.hour('n.inspected_at')}), 0, 0",
        "inspections n",
        "n.inspected_at",
        {},
        who,
        " AND n.blind = false",
    )
    c["refurb"] = _raw(
        conn,
        d,
        scope,
        "refurb",
        "COALESCE(p.category, ''), '', '', n.outcome, count(*), sum(n.minutes), sum(n.cost_cents), 0",
        f"refurb_work n {units}",
        "n.done_at",
        UNIT_COLUMNS,
        "COALESCE(p.category, ''), n.outcome",
    )
    c["agreement"] = _raw(
        conn,
        d,
        scope,
        "agreement",
        "'', '', '', CAST(n.first_inspector_id AS TEXT), count(*), "
        "sum(CASE WHEN n.agreed THEN 1 ELSE 0 END), 0, 0",
        "blind_regrades n",
        "n.done_at",
        {},
        "n.first_inspector_id",
        " AND n.agreed IS NOT NULL",
    )
    params: dict[str, Any] = {}
    where = _in_scope(d, "r.requested_at", params, scope) + _row_filters(
        "returned", scope, LINE_COLUMNS, params
    )
    month = f"substr(CAST({d.day('r.requested_at')} AS TEXT), 1, 7)"
    for m, reason, n in conn.execute(
        text(
            f"SELECT {month}, n.reason, sum(n.quantity_expected) FROM {LINES} WHERE {where} "
            f"GROUP BY {month}, n.reason"
        ),
        params,
    ):
        facts.months[(str(m), str(reason))] = int(n)
    if scope.category or scope.product_id:
        wide = replace(scope, category=None, product_id=None)
        params = {}
        where = _in_scope(d, "r.requested_at", params, wide) + _row_filters(
            "returned", wide, LINE_COLUMNS, params
        )
        facts.returned_unfiltered = int(
            conn.execute(
                text(f"SELECT sum(n.quantity_expected) FROM {LINES} WHERE {where}"), params
            ).scalar_one()
            or 0
        )
    return facts


# --- the figures -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One view: a table (``columns``, ``rows`` of plain values) and how to chart it."""

    name: str
    title: str
    question: str  # what a manager reads it for
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    label: int = 0  # the column naming each bar
    values: tuple[int, ...] = (1,)  # the columns charted
    percent: bool = False  # the charted values are shares (0..1)
    # What a bar opens: requests by reason, channel, month, product, region or category; units in the queue by
    # grade, disposition or inspector (the first column's name).
    drill: str | None = None
    note: str = ""


def wilson(returned: int, sold: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a return rate: wide when sales are few, narrow when many."""
    if sold <= 0:
        return 0.0, 1.0
    p = min(1.0, returned / sold)
    denom = 1 + z * z / sold
    centre = (p + z * z / (2 * sold)) / denom
    half = z * math.sqrt(p * (1 - p) / sold + z * z / (4 * sold * sold)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _rate(returned: int, sold: int) -> float:
    return returned / sold if sold else 0.0


@dataclass(frozen=True, slots=True)
class Names:
    products: Mapping[int, tuple[str, str, str]]  # id -> (sku, name, category)
    users: Mapping[int, str]
    stations: Mapping[int, str]


def names(conn: Connection, product_ids: Iterable[int]) -> Names:
    ids = sorted(set(product_ids))
    products: dict[int, tuple[str, str, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join(str(int(x)) for x in chunk)
        for pid, sku, name, category in conn.execute(
            text(f"SELECT id, sku, name, category FROM products WHERE id IN ({marks})")
        ):
            products[int(pid)] = (sku, name, category)
    users = {int(i): n for i, n in conn.execute(text("SELECT id, name FROM users"))}
    stations = {int(i): n for i, n in conn.execute(text("SELECT id, name FROM stations"))}
    return Names(products, users, stations)


# The few row reads on the dashboard's way (the top products' reasons, the latest comments) bound the request time
# itself, so that the index on requested_at serves them: day(t) in [start, end] is t in [start, end + 1 day).
REQUEST_LINES = "return_lines n JOIN return_requests r ON r.id = n.return_request_id JOIN products p ON p.id = n.product_id"
TIME_BOUNDS = (bindparam("t0", type_=UtcDateTime), bindparam("t1", type_=UtcDateTime))


def _requested_in(params: dict[str, Any], scope: Scope) -> str:
    params["t0"] = datetime(scope.start.year, scope.start.month, scope.start.day, tzinfo=UTC)
    after = scope.end + timedelta(days=1)
    params["t1"] = datetime(after.year, after.month, after.day, tzinfo=UTC)
    return "r.requested_at >= :t0 AND r.requested_at < :t1"


def reasons_of(conn: Connection, scope: Scope, product_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
    """Why these products come back: their reasons, most units first (their own rows, by index)."""
    if not product_ids:
        return {}
    params: dict[str, Any] = {}
    where = _requested_in(params, scope) + _row_filters(
        "returned", replace(scope, product_id=None), LINE_COLUMNS, params
    )
    marks = ", ".join(str(int(x)) for x in product_ids)
    out: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for pid, reason, units in conn.execute(
        text(
            f"SELECT n.product_id, n.reason, sum(n.quantity_expected) FROM {REQUEST_LINES} WHERE {where} "
            f"AND n.product_id IN ({marks}) GROUP BY n.product_id, n.reason"
        ).bindparams(*TIME_BOUNDS),
        params,
    ):
        out[int(pid)].append((str(reason), int(units)))
    for pid in out:
        out[pid].sort(key=lambda kv: (-kv[1], kv[0]))
    return dict(out)


def comment_themes(conn: Connection, scope: Scope, top: int = 10) -> list[theme_words.Theme]:
    """Themes of the latest ``THEME_SAMPLE`` line comments in scope (newest requests first, by index)."""
    params: dict[str, Any] = {"limit": THEME_SAMPLE}
    where = _requested_in(params, scope) + _row_filters("returned", scope, LINE_COLUMNS, params)
    comments = conn.execute(
        text(
            f"SELECT n.customer_comment FROM {REQUEST_LINES} WHERE {where} AND n.customer_comment IS NOT NULL "
            "AND n.customer_comment <> '' ORDER BY r.requested_at DESC, n.id DESC LIMIT :limit"
        ).bindparams(*TIME_BOUNDS),
        params,
    ).scalars()
    return theme_words.themes(comments, top=top)


TOP_PRODUCTS = 15


def product_rows(
    facts: Facts, who: Names, why: Mapping[int, list[tuple[str, int]]], average: float
) -> list[tuple[Any, ...]]:
    """The products that had returns, those above average first (by the low end of their interval); the last
    column is the product's id."""
    rows = []
    for (_, _, _, key), (sold, returned, _value, _) in facts.cells.get("product", {}).items():
        if not returned:
            continue
        low, high = wilson(returned, sold)
        pid = int(key)
        sku, name, category = who.products.get(pid, (key, "?", "?"))
        verdict = "above average" if low > average else "few sales" if sold < 20 else "within range"
        top_reasons = ", ".join(f"{r} {u}" for r, u in why.get(pid, [])[:3])
        rows.append(
            (sku, name, category, sold, returned, _rate(returned, sold), low, high, verdict, top_reasons, pid)
        )
    rows.sort(key=lambda r: (r[8] != "above average", -r[6], r[0]))
    return rows[:TOP_PRODUCTS]


def average_rate(facts: Facts) -> float:
    return _rate(facts.sums("returned")[0], facts.sums("sold")[0])


def figures(
    facts: Facts,
    costs: CostSettings,
    who: Names,
    why: Mapping[int, list[tuple[str, int]]],
    said: list[theme_words.Theme],
    currency: str,
) -> list[Figure]:
    """Every view of the dashboard from the Facts (plus the names, the top products' reasons and the themes)."""

    def money(cents: int) -> str:
        return format_money(int(cents), currency)

    out: list[Figure] = []
    sold_units, _revenue, _, _ = facts.sums("sold")
    returned_units, returned_value, returned_lines, _ = facts.sums("returned")
    average = _rate(returned_units, sold_units)

    # 1. Products above average, and why.
    rows = product_rows(facts, who, why, average)
    out.append(
        Figure(
            "products",
            "Return rate by product",
            f"Which products return above the average of {average:.1%}, and why. A product is above average "
            "when even the low end of its 95% Wilson interval is above it: 1 return in 2 sales is not a problem.",
            (
                "SKU",
                "Product",
                "Category",
                "Sold",
                "Returned",
                "Rate",
                "Low",
                "High",
                "Verdict",
                "Top reasons",
                "id",
            ),
            tuple(rows),
            label=0,
            values=(5,),
            percent=True,
            drill="product",
        )
    )
    cat_rows = []
    sold_by_cat = facts.by("sold", lambda k: k[0])
    ret_by_cat = facts.by("returned", lambda k: k[0])
    for category in sorted(set(sold_by_cat) | set(ret_by_cat)):
        s, r = sold_by_cat.get(category, [0, 0, 0, 0])[0], ret_by_cat.get(category, [0, 0, 0, 0])[0]
        low, high = wilson(r, s)
        cat_rows.append((category, s, r, _rate(r, s), low, high))
    cat_rows.sort(key=lambda r: -r[3])
    out.append(
        Figure(
            "categories",
            "Return rate by category",
            "Which categories return most, with their intervals.",
            ("Category", "Sold", "Returned", "Rate", "Low", "High"),
            tuple(cat_rows),
            values=(3,),
            percent=True,
            drill="category",
        )
    )

    # 2. Time from delivery to the return request.
    lag = facts.by("lag", lambda k: k[3])
    lag_rows = []
    for week in [*(str(w) for w in range(LAG_WEEKS + 1)), "none"]:
        lines, _days, units, _ = lag.get(week, [0, 0, 0, 0])
        label = (
            "not delivered"
            if week == "none"
            else f"{LAG_WEEKS}+ weeks"
            if week == str(LAG_WEEKS)
            else f"week {int(week) + 1}"
        )
        if lines or week != "none":
            lag_rows.append((label, lines, units))
    known_lines = sum(v[0] for k, v in lag.items() if k != "none")
    known_days = sum(v[1] for k, v in lag.items() if k != "none")
    out.append(
        Figure(
            "lag",
            "Days from delivery to return request",
            f"How long customers take to start a return: {known_days / known_lines:.1f} days on average."
            if known_lines
            else "How long customers take to start a return.",
            ("After delivery", "Lines", "Units"),
            tuple(lag_rows),
        )
    )

    # 3. What returns cost.
    parcels, shipping_given, priced, _ = facts.sums("shipping")
    shipping = shipping_given + (parcels - priced) * costs.shipping_cents_per_parcel
    note = ""
    if facts.returned_unfiltered:
        shipping = shipping * returned_units // facts.returned_unfiltered
        note = "Shipping is per parcel: its share here is by units returned."
    dispo = facts.by("disposition", lambda k: k[3])
    decided = sum(v[0] for v in dispo.values())
    handling = decided * costs.handling_minutes_per_unit * costs.hourly_rate_cents // 60
    _jobs, refurb_minutes, refurb_parts, _ = facts.sums("refurb")
    refurb = refurb_parts + refurb_minutes * costs.hourly_rate_cents // 60
    disposal = dispo.get("dispose", [0, 0, 0, 0])[0] * costs.disposal_cents_per_unit
    recovered = sum(v[3] * costs.recovery_percent.get(k, 0) // 100 for k, v in dispo.items())
    total = returned_value + shipping + handling + refurb + disposal - recovered
    per = max(1, returned_units)
    cost_rows = (
        ("Refunded (price of the units returned)", returned_value, returned_value // per),
        ("Return shipping", shipping, shipping // per),
        ("Handling at the dock", handling, handling // per),
        ("Refurbishment (parts and labour)", refurb, refurb // per),
        ("Disposal", disposal, disposal // per),
        ("Recovered value", -recovered, -recovered // per),
        ("Net cost of returns", total, total // per),
    )
    out.append(
        Figure(
            "costs",
            "What returns cost",
            f"Net cost {money(total)} for {returned_units} units returned: {money(total // per)} a unit, "
            f"of which handling them (shipping, dock, bench, disposal) {money(total - returned_value + recovered)}.",
            ("Component", "Total (cents)", "Per returned unit (cents)"),
            cost_rows,
            values=(1,),
            note=note,
        )
    )

    # 4. Customer segments.
    seg_sold = facts.by("sold", lambda k: k[3])
    seg_ret = facts.by("segment", lambda k: k[3])
    seg_rows = []
    for key, label in SEGMENTS:
        s, r = seg_sold.get(key, [0, 0, 0, 0])[0], seg_ret.get(key, [0, 0, 0, 0])[0]
        seg_rows.append((label, s, r, _rate(r, s)))
    out.append(
        Figure(
            "segments",
            "Customer segments",
            "How first-time buyers, repeat and loyal customers, and serial returners behave; a customer's "
            "segment is what they were when they ordered.",
            ("Segment", "Units sold", "Units returned", "Rate"),
            tuple(seg_rows),
            values=(3,),
            percent=True,
        )
    )

    # 5. What customers say.
    out.append(_themes(said))

    # 6. Regions.
    reg_sold = facts.by("sold", lambda k: k[2])
    reg_ret = facts.by("returned", lambda k: k[2])
    reg_rows = []
    for region in set(reg_sold) | set(reg_ret):
        sold_here, back = reg_sold.get(region, [0, 0, 0, 0])[0], reg_ret.get(region, [0, 0, 0, 0])
        reg_rows.append((region, sold_here, back[0], _rate(back[0], sold_here), back[1]))
    reg_rows.sort(key=lambda row: (-row[2], row[0]))
    out.append(
        Figure(
            "regions",
            "Where returns come from",
            "Regions by units returned, with their return rates.",
            ("Region", "Sold", "Returned", "Rate", "Value returned (cents)"),
            tuple(reg_rows[:15]),
            values=(3,),
            percent=True,
            drill="region",
        )
    )

    # 7. Reasons over time.
    months = sorted({m for m, _ in facts.months})
    reasons = sorted(
        {code for _, code in facts.months},
        key=lambda code: (-sum(v for (_, other), v in facts.months.items() if other == code), code),
    )
    time_rows = tuple(
        (
            m,
            *(facts.months.get((m, r), 0) for r in reasons),
            sum(facts.months.get((m, r), 0) for r in reasons),
        )
        for m in months
    )
    out.append(
        Figure(
            "over_time",
            "Reasons over time",
            "How reasons and volumes move by month: seasons, launches, a bad batch.",
            ("Month", *(_reason_label(r) for r in reasons), "All"),
            time_rows,
            values=tuple(range(1, len(reasons) + 1)),
            drill="month",
        )
    )

    # 8. Channels.
    ch_sold = facts.by("sold", lambda k: k[1])
    ch_ret = facts.by("returned", lambda k: k[1])
    ch_rows = []
    for channel in sorted(set(ch_sold) | set(ch_ret)):
        sold_here, back = ch_sold.get(channel, [0, 0, 0, 0])[0], ch_ret.get(channel, [0, 0, 0, 0])
        ch_rows.append((channel, sold_here, back[0], _rate(back[0], sold_here), back[1]))
    out.append(
        Figure(
            "channels",
            "Channels compared",
            "Web shop, marketplace and store: units, rates and value.",
            ("Channel", "Sold", "Returned", "Rate", "Value returned (cents)"),
            tuple(ch_rows),
            values=(3,),
            percent=True,
            drill="channel",
        )
    )

    # Reasons overall (the drill-down into the Requests tab by reason).
    by_reason = facts.by("returned", lambda k: k[3])
    reason_rows = sorted(
        (
            (_reason_label(k), v[0], v[0] / returned_units if returned_units else 0.0, k)
            for k, v in by_reason.items()
        ),
        key=lambda r: (-r[1], r[3]),
    )
    out.append(
        Figure(
            "reasons",
            "Why things come back",
            f"{returned_units} units in {returned_lines} lines.",
            ("Reason", "Units", "Share", "code"),
            tuple(reason_rows),
            values=(1,),
            drill="reason",
        )
    )

    # The dock.
    insp = facts.by("inspector", lambda k: k[3])
    thr_rows = []
    for key, (count, hours, _, _) in insp.items():
        user, _, station = key.partition(":")
        thr_rows.append(
            (
                who.users.get(int(user), user),
                who.stations.get(int(station), station) if station.isdigit() else "—",
                count,
                hours,
                count / hours if hours else 0.0,
            )
        )
    thr_rows.sort(key=lambda r: (-r[4], r[0], r[1]))
    out.append(
        Figure(
            "throughput",
            "Units per hour",
            "Inspections per active hour (an hour with at least one), per inspector and station.",
            ("Inspector", "Station", "Units", "Active hours", "Units per hour"),
            tuple(thr_rows),
            drill="inspector",
            values=(4,),
        )
    )
    cyc_rows = tuple(
        (k, v[0], v[2] / v[0] / 3600 if v[0] else 0.0)
        for k, v in sorted(dispo.items(), key=lambda kv: -kv[1][0])
    )
    out.append(
        Figure(
            "cycle",
            "Receipt to disposition",
            "Hours from a unit's receipt to its (latest) decision.",
            ("Disposition", "Units", "Average hours"),
            cyc_rows,
            drill="disposition",
            values=(2,),
        )
    )
    ft = sum(v[1] for v in dispo.values())
    ft_rows = tuple((k, v[0], v[1], v[1] / v[0] if v[0] else 0.0) for k, v in sorted(dispo.items()))
    out.append(
        Figure(
            "first_touch",
            "First-touch rate",
            f"{ft / decided:.1%} of units were decided once, at the station, with no override and no "
            "approval."
            if decided
            else "Units decided once, at the station, with no override or approval.",
            ("Disposition", "Units", "First touch", "Rate"),
            ft_rows,
            drill="disposition",
            values=(3,),
            percent=True,
        )
    )
    grades = facts.by("grade", lambda k: k[3])
    graded = sum(v[0] for v in grades.values())
    out.append(
        Figure(
            "grades",
            "Grade mix",
            f"{graded} first inspections by grade.",
            ("Grade", "Units", "Share"),
            tuple((k, v[0], v[0] / graded if graded else 0.0) for k, v in sorted(grades.items())),
            drill="grade",
            values=(1,),
        )
    )
    out.append(
        Figure(
            "recovery",
            "Recovered value by disposition",
            "What the units are worth again: their cost price times the recovery share of each disposition "
            "(settings).",
            ("Disposition", "Units", "Cost price (cents)", "Recovered (cents)"),
            tuple(
                (k, v[0], v[3], v[3] * costs.recovery_percent.get(k, 0) // 100)
                for k, v in sorted(dispo.items())
            ),
            drill="disposition",
            values=(3,),
        )
    )
    agree = facts.by("agreement", lambda k: k[3])
    ag_rows = sorted(
        ((who.users.get(int(k), k), v[0], v[1], v[1] / v[0] if v[0] else 0.0) for k, v in agree.items()),
        key=lambda r: (r[3], r[0]),
    )
    out.append(
        Figure(
            "agreement",
            "Inspector agreement",
            "Blind re-grades that gave the first inspector's grade.",
            ("Inspector", "Re-grades", "Agreed", "Rate"),
            tuple(ag_rows),
            drill="inspector",
            values=(3,),
            percent=True,
        )
    )
    return out


def _reason_label(code: str) -> str:
    try:
        return ReasonCode(code).value.replace("_", " ")
    except ValueError:
        return code


def load_costs(conn: Connection) -> CostSettings:
    value = conn.execute(
        text("SELECT value FROM settings WHERE key = :key"), {"key": COSTS_KEY}
    ).scalar_one_or_none()
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return CostSettings.of(value)


MAX_RATE_CENTS = 10_000_000  # $100,000 a parcel, an hour or a unit: anything above is a typing slip
MAX_MINUTES = 24 * 60


def read_costs(session: Session, actor: Actor) -> CostSettings:
    auth.require(actor, Role.SUPERVISOR, "read the analytics")
    return load_costs(session.connection())


def save_costs(session: Session, actor: Actor, costs: CostSettings, reason: str) -> None:
    """Keep the cost rates (supervisors); the change is an event with the rates before and after."""
    auth.require(actor, Role.SUPERVISOR, "change the cost rates of returns")
    shared.require_shared(session, "change the cost rates of returns")
    if not reason.strip():
        raise ValidationFailed("Say why the cost rates change.")
    for name, cents in (
        ("shipping per parcel", costs.shipping_cents_per_parcel),
        ("hourly rate", costs.hourly_rate_cents),
        ("disposal per unit", costs.disposal_cents_per_unit),
    ):
        if not 0 <= cents <= MAX_RATE_CENTS:
            raise ValidationFailed(f"The {name} must be from 0 to {MAX_RATE_CENTS // 100:,}.")
    if not 0 <= costs.handling_minutes_per_unit <= MAX_MINUTES:
        raise ValidationFailed(f"Handling minutes per unit must be from 0 to {MAX_MINUTES}.")
    unknown = set(costs.recovery_percent) - {d.value for d in Disposition}
    if unknown or any(not 0 <= v <= 100 for v in costs.recovery_percent.values()):
        raise ValidationFailed("Recovered value is a percentage from 0 to 100 for each disposition.")
    before = load_costs(session.connection())
    policy.put_setting(session, COSTS_KEY, costs.as_json())
    events.record(
        session,
        actor,
        EventKind.SETTINGS_ANALYTICS_COSTS,
        "settings",
        COSTS_KEY,
        {"before": before.as_json(), "after": costs.as_json(), "reason": reason.strip()},
    )


def dashboard(
    conn: Connection, scope: Scope, currency: str, *, source: str = "cube", with_themes: bool = True
) -> list[Figure]:
    """Every figure for the scope, from the cube (``source="cube"``) or the rows (``"rows"``)."""
    facts = read_cube(conn, scope) if source == "cube" else read_rows(conn, scope)
    product_ids = [int(k[3]) for k, v in facts.cells.get("product", {}).items() if v[1]]
    who = names(conn, product_ids)
    costs = load_costs(conn)
    flagged = [r[-1] for r in product_rows(facts, who, {}, average_rate(facts))]
    said = comment_themes(conn, scope) if with_themes else []
    return figures(facts, costs, who, reasons_of(conn, scope, flagged), said, currency)


def themes_figure(conn: Connection, scope: Scope) -> Figure:
    return _themes(comment_themes(conn, scope))


def _themes(said: list[theme_words.Theme]) -> Figure:
    return Figure(
        "themes",
        "What customers say",
        f"Recurring themes in the latest {THEME_SAMPLE:,} comments in range.",
        ("Theme", "Comments", "Examples"),
        tuple((t.words, t.comments, " | ".join(t.examples)) for t in said),
    )


# --- for the screen and the report command (a supervisor's reads) ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Choices:
    channels: list[str]
    regions: list[str]
    categories: list[str]


def choices(session: Session, actor: Actor) -> Choices:
    auth.require(actor, Role.SUPERVISOR, "read the analytics")
    conn = session.connection()

    def distinct(column: str) -> list[str]:
        return sorted(
            str(v)
            for v in conn.execute(
                text(f"SELECT DISTINCT {column} FROM agg_cells WHERE fact = 'returned' AND grain = 'M'")
            ).scalars()
        )

    return Choices(distinct("channel"), distinct("region"), distinct("category"))


def product_id(session: Session, actor: Actor, sku: str) -> int:
    auth.require(actor, Role.SUPERVISOR, "read the analytics")
    found = session.scalar(select(Product.id).where(Product.sku == sku.strip()))
    if found is None:
        raise NotFound(f"No product has the SKU {sku.strip()!r}.")
    return int(found)


def read_dashboard(session: Session, actor: Actor, scope: Scope, currency: str) -> list[Figure]:
    """The figures without the comment themes (``read_themes`` reads those after)."""
    auth.require(actor, Role.SUPERVISOR, "read the analytics")
    return dashboard(session.connection(), scope, currency, with_themes=False)


def read_themes(session: Session, actor: Actor, scope: Scope) -> Figure:
    auth.require(actor, Role.SUPERVISOR, "read the analytics")
    return themes_figure(session.connection(), scope)
