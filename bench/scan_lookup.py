"""How fast a scan finds its return: resolve p50/p99 for RMA, tracking and GTIN scans, SQLite and PostgreSQL.

Each lookup goes through the real service exactly as the station's DB worker calls it (``Database.read`` around
``resolve_scan``), beside the floor: the raw driver (sqlite3 / psycopg) running the same indexed SQL
statements on an open connection, measured in the same run. Targets: p99 <= 2 ms on SQLite and <= 3 ms on
PostgreSQL over loopback, and within 4x of the raw floor.

  python bench/scan_lookup.py            1,000,000 returns (seeded once, cached with --keep)
  python bench/scan_lookup.py --quick    20,000 returns, finishes in under a minute
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import random
import sqlite3
import sys
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy import Select, func, select
from sqlalchemy.engine import make_url

from _common import emit, print_table, seeded_database, summary, timed_ms
from returns_desk.services import receiving
from returns_desk.store import repositories as repo
from returns_desk.store.database import Database
from returns_desk.store.models import Product, ReturnRequest, TrackingNumber

TARGET_P99_MS = {"sqlite": 2.0, "postgresql": 3.0}
TARGET_RATIO = 4.0


def sample_codes(database: Database, n: int, rng: random.Random) -> dict[str, list[str]]:
    with database.engine.connect() as conn:
        top = {
            m.__tablename__: conn.execute(select(func.max(m.id))).scalar_one()
            for m in (ReturnRequest, TrackingNumber)
        }
        rmas = (
            conn.execute(
                select(ReturnRequest.rma_number).where(
                    ReturnRequest.id.in_(rng.sample(range(1, top["return_requests"] + 1), n))
                )
            )
            .scalars()
            .all()
        )
        tracks = (
            conn.execute(
                select(TrackingNumber.tracking_number).where(
                    TrackingNumber.id.in_(rng.sample(range(1, top["tracking_numbers"] + 1), n))
                )
            )
            .scalars()
            .all()
        )
        gtins = conn.execute(select(Product.gtin)).scalars().all()
    # GTINs as printed on the item: the EAN-13 / UPC-A form, which the service normalises.
    return {
        "rma": list(rmas),
        "tracking": list(tracks),
        "gtin": [rng.choice(gtins).lstrip("0").zfill(13) for _ in range(n)],
    }


class RawFloor:
    """The same SQL statements the service runs, through the bare driver on one open connection."""

    def __init__(self, database: Database) -> None:
        self.dialect = database.engine.dialect
        url = make_url(database.url)
        if self.dialect.name == "sqlite":
            self.conn: Any = sqlite3.connect(url.database, isolation_level=None, check_same_thread=False)
        else:
            self.conn = psycopg.connect(
                url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
            )
        self.stmts = {
            "rma": self._compile(repo.REQUEST_LOOKUPS["rma"]),
            "tracking": self._compile(repo.REQUEST_LOOKUPS["tracking"]),
            "product": self._compile(repo._product_by_gtin),
            "candidates": self._compile(repo._open_requests_with_product),
        }

    def _compile(self, stmt: Select[Any]) -> tuple[str, Callable[[dict[str, Any]], Any]]:
        # Expand the IN lists once with placeholder values; the real values are bound on every call.
        compiled = stmt.compile(dialect=self.dialect)
        state = compiled.construct_expanded_state({"code": "", "product_id": 0, "cap": 0})
        sql = state.statement
        constants = dict(state.parameters)
        if self.dialect.name == "sqlite":
            order = list(state.positiontup or ())
            return sql, lambda values: tuple({**constants, **values}[k] for k in order)
        return sql, lambda values: {**constants, **values}

    def _run(self, name: str, values: dict[str, Any]) -> list[Any]:
        sql, params = self.stmts[name]
        return self.conn.execute(sql, params(values)).fetchall()

    def lookup(self, kind: str, code: str) -> object:
        if kind in ("rma", "tracking"):
            return self._run(kind, {"code": code})
        gtin = code.zfill(14)
        product = self._run("product", {"code": gtin})
        return self._run("candidates", {"product_id": product[0][0], "cap": receiving.CANDIDATE_CAP + 1})

    def close(self) -> None:
        self.conn.close()


def service_lookup(database: Database, code: str) -> None:
    # Exactly how the station's DB worker runs a scan: a read job on the worker's long-lived read session.
    result = database.read(lambda session: receiving.resolve_scan(session, code))
    if result.match is None and result.product is None:
        raise SystemExit(f"bench sample {code!r} did not resolve: the data is not what the bench expects")


def measure(kind_db: str, rmas: int, samples: int, keep: bool, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    with seeded_database(kind_db, rmas, keep=keep) as database:
        codes = sample_codes(database, samples, rng)
        raw = RawFloor(database)
        try:
            for kind, values in codes.items():
                # Warm every sampled code on both paths first: otherwise whichever runs first pays the cold page
                # reads and the comparison measures the disk, not the code.
                for code in values:
                    service_lookup(database, code)
                    raw.lookup(kind, code)
                it_s, it_r = iter(values), iter(values)
                svc = timed_ms(lambda it=it_s: service_lookup(database, next(it)), len(values))
                flr = timed_ms(lambda it=it_r, k=kind: raw.lookup(k, next(it)), len(values))
                s, f = summary(svc), summary(flr)
                rows.append(
                    {
                        "db": kind_db,
                        "kind": kind,
                        "service": s,
                        "raw": f,
                        "ratio_p50": round(s["p50"] / f["p50"], 2),
                        "ratio_p99": round(s["p99"] / f["p99"], 2),
                    }
                )
        finally:
            raw.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="20,000 returns and fewer samples")
    parser.add_argument("--rmas", type=int, help="number of return requests (default 1,000,000)")
    parser.add_argument("--samples", type=int, help="lookups per kind (default 3,000; quick 500)")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--keep", action="store_true", help="cache the seeded databases for later runs")
    args = parser.parse_args()
    rmas = args.rmas or (20_000 if args.quick else 1_000_000)
    samples = args.samples or (500 if args.quick else 3_000)
    rng = random.Random(42)
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    rows = [row for k in kinds for row in measure(k, rmas, samples, args.keep, rng)]

    table = []
    ok = True
    for r in rows:
        passed = r["service"]["p99"] <= TARGET_P99_MS[r["db"]] and r["ratio_p99"] <= TARGET_RATIO
        ok &= passed
        table.append(
            (
                r["db"],
                r["kind"],
                r["service"]["p50"],
                r["service"]["p99"],
                r["raw"]["p50"],
                r["raw"]["p99"],
                r["ratio_p50"],
                r["ratio_p99"],
                f"<= {TARGET_P99_MS[r['db']]} ms, <= {TARGET_RATIO}x",
                "ok" if passed else "MISS",
            )
        )
    print(f"Scan lookup on {rmas:,} return requests, {samples} lookups per kind (ms)")
    print_table(
        ("db", "scan", "svc p50", "svc p99", "raw p50", "raw p99", "x p50", "x p99", "target", ""), table
    )
    emit({"bench": "scan_lookup", "rmas": rmas, "samples": samples, "results": rows, "pass": ok})
    return 0


if __name__ == "__main__":
    sys.exit(main())
