"""The demo's year of sales around its returns, so that every analytics chart has something true to show.

What the analytics should find in it:
- seasons: sales peak from late November into December and returns follow into January (``Season``);
- a product with a quality problem: from a bad batch 120 days ago its returns turn to "defective" and its return
  rate climbs far above its category's (``History.quality_product``);
- serial returners: 5% of customers make a quarter of the returns while buying like everyone else;
- channels and regions: the marketplace returns more than the web shop, the store least; European customers
  return less than Californians.

Return rates are set per product (its category's rate, spread by a lognormal), and the orders nobody returned are
made to match: returned units / rate - units already sold in the returns' own orders.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from returns_desk.services.demo_columns import COLUMNS
from returns_desk.store.bulk import insert_rows

CATEGORY_RATE = {
    "apparel": 0.26,
    "shoes": 0.21,
    "electronics": 0.09,
    "home": 0.07,
    "beauty": 0.05,
    "toys": 0.06,
    "sports": 0.08,
}
QUALITY_RATE = 0.24  # the product with the bad batch
QUALITY_DAYS = 120  # the bad batch reached customers this many days ago
QUALITY_COMMENTS = (
    "Stopped charging after a week.",
    "Battery drains overnight.",
    "Charging port is loose.",
    "Stopped charging, second one like this.",
    "Screen flickers then goes black.",
)
# Sales nobody returned, by channel: fewer marketplace and more store sales than among the returns' orders.
KEPT_CHANNELS = (("web", 70), ("marketplace", 13), ("store", 17))
REGION_SALES_FACTOR = {"DE": 1.7, "FR": 1.6, "NL": 1.6, "GB": 1.3, "IE": 1.3, "US-CA": 0.75, "US-NY": 0.85}
SERIAL_SHARE_OF_SALES = 0.05
BATCH = 20_000


class Season:
    """Days ago (0..span) drawn from a calendar with a peak: ``days_ago(u)`` maps a uniform u in [0, 1) through
    the inverse of the seasonal distribution, so the random stream that drew u stays what it was."""

    def __init__(self, now: datetime, span: float, peaks: tuple[tuple[int, float, float], ...]) -> None:
        self.span = span
        weights = []
        for day in range(int(span) + 1):
            doy = (now - timedelta(days=day)).timetuple().tm_yday
            w = 1.0
            for centre, height, width in peaks:
                gap = min(abs(doy - centre), 365 - abs(doy - centre))
                w += height * math.exp(-((gap / width) ** 2))
            weights.append(w)
        self.cum = list(itertools.accumulate(weights))

    def days_ago(self, u: float) -> float:
        target = u * self.cum[-1]
        i = bisect.bisect_left(self.cum, target)
        before = self.cum[i - 1] if i else 0.0
        frac = (target - before) / (self.cum[i] - before)
        return min(self.span, i + frac)


def returns_season(now: datetime, span: float) -> Season:
    """Returns: after the holidays (early January) and a smaller summer bump."""
    return Season(now, span, ((8, 1.3, 16.0), (205, 0.35, 25.0)))


def sales_season(now: datetime) -> Season:
    """Sales: Black Friday to Christmas, and a summer sale."""
    return Season(now, 365, ((345, 1.5, 18.0), (190, 0.4, 20.0)))


def make_sales(conn: Connection, gen: Any, rng: random.Random) -> int:
    """Orders that were kept, for a year, as many per product as its return rate asks; the orders written."""
    from returns_desk.services.demo_history import Weighted  # demo_history uses this module's seasons

    products = gen.products
    rates = {}
    for pid, product in products.items():
        rates[pid] = min(0.6, CATEGORY_RATE.get(product.category, 0.08) * rng.lognormvariate(0, 0.35))
    rates[gen.quality_product] = QUALITY_RATE
    returned: Counter[int] = gen.returned_units
    sold: Counter[int] = gen.sold_units
    wanted = {pid: max(0, round(returned[pid] / rates[pid]) - sold[pid]) for pid in products if returned[pid]}
    # Products nobody returned still sell, a little.
    for pid in products:
        if not returned[pid]:
            wanted[pid] = rng.randrange(3, 30)
    channel = Weighted(KEPT_CHANNELS)
    region = Weighted(
        [(name, weight * REGION_SALES_FACTOR.get(name, 1.0)) for name, weight in gen.region_weights]
    )
    season = sales_season(gen.now)
    lo, serial_hi = (
        gen.customer_range[0],
        gen.customer_range[0] + max(1, (gen.customer_range[1] - gen.customer_range[0]) // 20),
    )
    # Most orders nobody returns come from customers who never returned anything: about two orders each.
    gen.make_customers(conn, max(1, sum(wanted.values()) // 2), rng)
    lo_new, hi = gen.customer_range
    orders: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    written = 0
    for pid, units in wanted.items():
        product = products[pid]
        while units > 0:
            qty = 2 if units > 1 and rng.random() < 0.08 else 1
            units -= qty
            order_id = gen._ids("orders")
            customer = (
                rng.randrange(lo, serial_hi)
                if rng.random() < SERIAL_SHARE_OF_SALES
                else rng.randrange(serial_hi, hi)
                if rng.random() < 0.3
                else rng.randrange(lo_new, hi)
            )
            ordered = gen.now - timedelta(days=season.days_ago(rng.random()), hours=rng.uniform(0, 12))
            delivered = ordered + timedelta(days=rng.uniform(1, 6))
            orders.append(
                (
                    order_id,
                    str(1_000_000 + order_id),
                    customer,
                    channel.pick(rng),
                    region.pick(rng),
                    ordered,
                    delivered if delivered < gen.now else None,
                )
            )
            price = int(product.price_cents * rng.choice((1.0, 1.0, 0.9, 0.8)))
            lines.append((gen._ids("order_lines"), order_id, pid, qty, price, None))
            if len(orders) >= BATCH:
                written += _flush(conn, orders, lines)
    return written + _flush(conn, orders, lines)


def _flush(conn: Connection, orders: list[tuple[Any, ...]], lines: list[tuple[Any, ...]]) -> int:
    n = len(orders)
    insert_rows(conn, "orders", COLUMNS["orders"], orders)
    insert_rows(conn, "order_lines", COLUMNS["order_lines"], lines)
    orders.clear()
    lines.clear()
    return n
