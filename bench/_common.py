"""Shared bench helpers: percentiles, a readable table, the closing JSON line, database set-up.

Every bench prints a table for people and, as its very last line, one JSON object of its figures for scripts.
"""

from __future__ import annotations

import json
import os
import statistics
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select

from returns_desk.services import demo
from returns_desk.store import migrate
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import make_engine, unit_of_work
from returns_desk.store.models import ReturnRequest

PG_ADMIN_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
CACHE = Path(os.environ.get("RETURNS_DESK_BENCH_CACHE", Path.home() / ".cache" / "returns-desk-bench"))


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed_ms(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t0) / 1e6)
    return out


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "p50": round(percentile(values, 50), 4),
        "p99": round(percentile(values, 99), 4),
        "mean": round(statistics.fmean(values), 4),
    }


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers], *[[_fmt(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print(
            "  ".join(
                c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def emit(figures: dict[str, Any]) -> None:
    print(json.dumps(figures, sort_keys=True))


def pg_admin_url() -> str:
    return os.environ.get("RETURNS_DESK_TEST_PG", PG_ADMIN_DEFAULT)


@contextmanager
def seeded_database(kind: str, rmas: int, *, keep: bool) -> Iterator[Database]:
    """A database holding ``rmas`` demo returns. With ``keep``, it is cached and reused by later runs."""
    if kind == "sqlite":
        if keep:
            CACHE.mkdir(parents=True, exist_ok=True)
            path = CACHE / f"scan-{rmas}.sqlite3"
        else:
            path = Path(os.environ.get("TMPDIR", "/tmp")) / f"rd-bench-{uuid.uuid4().hex[:8]}.sqlite3"
        fresh = not path.exists()
        if not fresh:
            _upgrade(f"sqlite:///{path}")  # a cached database from an older run gets the current schema
        database = open_database(f"sqlite:///{path}")
        try:
            if fresh:
                _seed(database, rmas)
            yield database
        finally:
            database.close()
            if not keep:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    admin = pg_admin_url()
    name = f"returns_desk_bench_{rmas}" if keep else f"returns_desk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + "/" + name
    if exists:
        _upgrade(url)
    database = open_database(url)
    try:
        if not exists:
            _seed(database, rmas)
            with psycopg.connect(database.url.replace("+psycopg", ""), autocommit=True) as conn:
                conn.execute("ANALYZE")
        yield database
    finally:
        database.close()
        if not keep:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def approved_rmas(database: Database, *, newest_first: bool = False, limit: int | None = None) -> list[str]:
    """RMA numbers of the approved returns (parcels that can be received), oldest first unless asked otherwise."""
    order = ReturnRequest.id.desc() if newest_first else ReturnRequest.id
    query = select(ReturnRequest.rma_number).where(ReturnRequest.status == "approved").order_by(order)
    with unit_of_work(database.readers) as session:
        return list(session.scalars(query.limit(limit) if limit is not None else query))


def _upgrade(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _seed(database: Database, rmas: int) -> None:
    t0 = time.perf_counter()
    report = demo.seed(database.engine, rmas, seed_value=1)
    print(f"# seeded {rmas:,} returns in {time.perf_counter() - t0:.1f} s ({report.counts})", flush=True)
