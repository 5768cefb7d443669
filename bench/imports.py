"""Importing a million request lines from each platform's export, beside the raw driver writing the same rows.

For each database and each preset (ours, shopify, bigcommerce, loop, aftership), a CSV in the preset's layout is
made with ``--rows`` lines (two lines to a request, every request new, on a new order of a new customer, with a
tracking number, authorized on the platform) and imported by ``services.imports.import_file`` into a fresh
database that holds only the catalog, in a child process (its peak RSS is the import's own), with a progress bar
on stderr. Beside it, in the same run and into another fresh database, the raw driver (sqlite3 ``executemany``,
psycopg ``COPY``) writes the rows that import writes (customers, orders, order lines, requests, return lines,
tracking numbers and the ``return.imported`` events, whose triggers fire the same way), reading the same CSV
with the ``csv`` module and taking every id and value as given: no checks, no look-ups, no translation.

Keys per preset and database: ``rows``, ``rows_per_s`` (import), ``raw_rows_per_s``, ``ratio`` (raw / import
rate, target <= 3), ``peak_rss_mb`` (the import child at ``--rows``) and ``peak_rss_mb_small`` (at a tenth),
``rss_growth`` (their ratio, target <= 1.5: memory flat). Imports and raw writes run in turns.

  python bench/imports.py [--quick] [--rows N] [--db sqlite|postgresql|both] [--presets a,b]

``--quick``: 5,000 rows (and 500) per preset on SQLite, the same keys, under a minute.
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import text
from tqdm import tqdm

from _common import emit, pg_admin_url, print_table
from returns_desk.services import auth, demo, exports, imports, presets
from returns_desk.services.presets import Preset
from returns_desk.store import aggregates, migrate
from returns_desk.store.database import open_database
from returns_desk.store.db import make_engine, unit_of_work

HEADERS = ["db", "preset", "rows", "rows/s", "raw rows/s", "ratio", "RSS MB", "RSS MB 1/10", "growth"]
TARGET_RATIO = 3.0
TARGET_GROWTH = 1.5
LINES_PER_REQUEST = 2
REASONS = ("size_too_small", "size_too_large", "defective", "not_as_described", "unwanted", "wrong_item")


# --- the file ---
def our_rows(n: int, skus: list[tuple[str, int]], tag: str) -> Iterator[dict[str, Any]]:
    """n lines in our field names: two to a request, each request on its own new order."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(n):
        r = i // LINES_PER_REQUEST
        sku, price = skus[(i * 7) % len(skus)] if i % 2 else skus[(r * 13) % len(skus)]
        if i % 2 and sku == skus[(r * 13) % len(skus)][0]:
            sku, price = skus[((i * 7) + 1) % len(skus)]
        yield {
            "platform_id": f"{tag}{r:08d}",
            "rma_number": f"{tag}-{r:08d}",
            "order_number": f"B{tag}{r:08d}",
            "customer_email": f"c{r}@{tag.lower()}.example.com",
            "customer_name": f"Customer {r}",
            "status": "approved",
            "resolution": "refund",
            "requested_at": (start + timedelta(seconds=r * 17)).isoformat().replace("+00:00", "Z"),
            "tracking_number": f"1Z{tag}{r:012d}",
            "carrier": "ups",
            "sku": sku,
            "quantity": 1,
            "reason": REASONS[i % len(REASONS)],
            "unit_price": f"{price // 100}.{price % 100:02d}",
            "line_comment": "",
            "customer_comment": "",
        }


def write_file(path: Path, preset: Preset, n: int, skus: list[tuple[str, int]], tag: str) -> None:
    header = exports.columns(preset)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, extrasaction="ignore")
        writer.writeheader()
        for row in our_rows(n, skus, tag):
            out = {preset.csv_column(our): row.get(our, "") for our in preset.columns}
            out[preset.csv_column("status")] = exports.status_word(preset, row["status"])
            out[preset.csv_column("reason")] = exports.word_out(preset, "reason", row["reason"])
            if "resolution" in preset.columns:
                out[preset.csv_column("resolution")] = exports.word_out(preset, "resolution", "refund")
            if preset.key != "ours":
                out[preset.id] = row["platform_id"]
            writer.writerow(out)


# --- databases ---
def fresh_database(kind: str, work: Path) -> str:
    """A migrated database holding the demo catalog only; returns its URL."""
    if kind == "sqlite":
        url = f"sqlite:///{work / f'import-{uuid.uuid4().hex[:8]}.sqlite3'}"
    else:
        name = f"returns_desk_bench_imp_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = pg_admin_url().rsplit("/", 1)[0] + "/" + name
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        demo.seed(engine, 10, 1)  # the catalog (and ten demo returns beside it)
    finally:
        engine.dispose()
    return url


def clone(template: str, work: Path) -> str:
    """A copy of the template database (a file copy; PostgreSQL's CREATE DATABASE ... TEMPLATE)."""
    if template.startswith("sqlite"):
        path = work / f"import-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copy(template.removeprefix("sqlite:///"), path)
        return f"sqlite:///{path}"
    name = f"returns_desk_bench_imp_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template.rsplit("/", 1)[1]}"')
    return pg_admin_url().rsplit("/", 1)[0] + "/" + name


def drop(url: str) -> None:
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            Path(path + suffix).unlink(missing_ok=True)
        return
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def catalog(url: str) -> list[tuple[str, int]]:
    database = open_database(url)
    try:
        with unit_of_work(database.readers) as session:
            from returns_desk.store.models import Product

            return [(p.sku, p.price_cents) for p in session.query(Product).order_by(Product.id)]
    finally:
        database.close()


# --- the child: one import, or one raw write ---
def child(mode: str, url: str, path: str, preset: str) -> None:
    t0 = time.perf_counter()
    rows = _import(url, Path(path), preset) if mode == "import" else _raw(url, Path(path), preset)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_rss_mb": round(peak, 1)}))


def _import(url: str, path: Path, preset: str) -> int:
    database = open_database(url)
    bar = tqdm(
        total=imports.count_rows(path), desc=f"import {preset}", unit="row", unit_scale=True, leave=False
    )

    def progress(_what: str, done: int, _of: int) -> None:
        bar.update(done - bar.n)

    try:
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, "BENCH")
            report = imports.import_file(session, actor, path, preset=preset, progress=progress)
    finally:
        bar.close()
        database.close()
    assert report.error_count == 0, report.errors[:5]
    assert report.requests * LINES_PER_REQUEST == report.lines, report
    return report.lines


def _raw(url: str, path: Path, preset_key: str) -> int:
    """The same rows as the import writes, straight through the driver: ids assigned here, values as given."""
    preset = presets.shipped(preset_key)
    database = open_database(url)
    with unit_of_work(database.sessions) as session:
        actor = auth.system_actor(session, "BENCH")
        user_id, station_id = actor.user_id, actor.station_id
        # New rows' ids follow the catalog database's own (the ten demo returns).
        base = {
            t: int(session.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {t}")).scalar_one())
            for t in (
                "customers",
                "orders",
                "order_lines",
                "return_requests",
                "return_lines",
                "tracking_numbers",
            )
        }
    products = {sku: (i, price) for i, (sku, price) in enumerate(catalog(url), start=1)}
    database.close()
    col = {our: preset.csv_column(our) for our in preset.columns}
    now = datetime.now(UTC)
    customers, orders, order_lines, requests, lines, tracking, events = [], [], [], [], [], [], []
    rows = 0
    with path.open(newline="", encoding="utf-8") as handle:
        current = None
        for rec in csv.DictReader(handle):
            rows += 1
            key = rec[preset.csv_id()]
            sku = rec[col["sku"]]
            pid, price = products[sku]
            if key != current:
                current = key
                n = len(requests) + 1 + base["return_requests"]
                c = len(customers) + 1 + base["customers"]
                o = len(orders) + 1 + base["orders"]
                customers.append(
                    (
                        c,
                        rec[col["customer_email"]],
                        rec.get(col.get("customer_name", ""), "") or "x",
                        "x",
                        "unknown",
                        now,
                        "en",
                    )
                )
                orders.append((o, rec[col["order_number"]], c, "web", "unknown", now, None))
                requests.append(
                    (
                        n,
                        rec[col["rma_number"]],
                        preset.key,
                        key,
                        n,
                        n,
                        "web",
                        "unknown",
                        "approved",
                        now,
                        now,
                        "import",
                        "refund",
                        1,
                    )
                )
                tracking.append(
                    (len(tracking) + 1 + base["tracking_numbers"], n, "ups", rec[col["tracking_number"]])
                )
                events.append(
                    (
                        str(uuid.uuid4()),
                        now,
                        station_id,
                        user_id,
                        "return.imported",
                        "return",
                        rec[col["rma_number"]],
                        json.dumps({"lines": 2}),
                        "t",
                    )
                )
            n = len(requests) + base["return_requests"]
            o = len(orders) + base["orders"]
            ol = len(order_lines) + 1 + base["order_lines"]
            order_lines.append((ol, o, pid, 1, price))
            rl = len(lines) + 1 + base["return_lines"]
            lines.append((rl, n, ol, pid, 1, 0, price, "unwanted", None, True))
    tables = [
        ("customers", "id, email, name, name_key, region, created_at, locale", customers),
        ("orders", "id, order_number, customer_id, channel, region, ordered_at, delivered_at", orders),
        ("order_lines", "id, order_id, product_id, quantity, unit_price_cents", order_lines),
        (
            "return_requests",
            "id, rma_number, platform, platform_id, order_id, customer_id, channel, region, status, requested_at,"
            " approved_at, source, resolution, version",
            requests,
        ),
        (
            "return_lines",
            "id, return_request_id, order_line_id, product_id, quantity_expected, quantity_received,"
            " unit_price_cents, reason, customer_comment, awaiting_receipt",
            lines,
        ),
        ("tracking_numbers", "id, return_request_id, carrier, tracking_number", tracking),
        (
            "events",
            "uuid, occurred_at, station_id, user_id, kind, subject_type, subject_id, payload, tx",
            events,
        ),
    ]
    # The analytics cube's cells: deferred while the rows go in, then added per table in one statement each, as
    # the import does (store/aggregates.defer, add_rows_sql); the rows are all above the catalog's ids.
    defer = f"INSERT INTO settings (key, value, updated_at) VALUES ('{aggregates.DEFER_KEY}', 'true', '{now:%Y-%m-%d %H:%M:%S}')"
    resume = f"DELETE FROM settings WHERE key = '{aggregates.DEFER_KEY}'"
    if url.startswith("sqlite"):
        import sqlite3

        d = aggregates.SQLITE
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        conn.execute("PRAGMA foreign_keys = ON")
        with conn:
            conn.execute(defer)
            for table, names, data in tables:
                marks = ", ".join("?" for _ in names.split(","))
                conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    [tuple(_sqlite(v) for v in row) for row in data],
                )
            for table in aggregates.DEFERRABLE:
                for sql in aggregates.add_rows_sql(d, table, f"n.id > {base[table]}"):
                    conn.execute(sql)
            conn.execute(resume)
        conn.close()
    else:
        d = aggregates.POSTGRESQL
        with psycopg.connect(url.replace("+psycopg", "")) as conn:
            with conn.cursor() as cur:
                cur.execute(defer)
                for table, names, data in tables:
                    with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                        for row in data:
                            copy.write_row(row)
                for table in aggregates.DEFERRABLE:
                    for sql in aggregates.add_rows_sql(d, table, f"n.id > {base[table]}"):
                        cur.execute(sql)
                cur.execute(resume)
            conn.commit()
    return rows


def _sqlite(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def run_child(mode: str, url: str, path: Path, preset: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, url, str(path), preset],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# --- the run ---
def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--presets", default=",".join(presets.KEYS))
    parser.add_argument("--child", nargs=4, metavar=("MODE", "URL", "FILE", "PRESET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    rows = 5_000 if args.quick else args.rows
    kinds = ["sqlite"] if args.quick else (["sqlite", "postgresql"] if args.db == "both" else [args.db])
    chosen = [p.strip() for p in args.presets.split(",") if p.strip()]
    figures: dict[str, Any] = {"rows": rows, "quick": args.quick}
    table: list[list[Any]] = []
    with tempfile.TemporaryDirectory(prefix="rd-imports-") as tmp:
        work = Path(tmp)
        # One migrated database with the catalog per kind; every import and raw write gets a copy of it.
        templates = {kind: fresh_database(kind, work) for kind in kinds}
        skus = catalog(templates[kinds[0]])
        try:
            _run(kinds, chosen, rows, work, templates, skus, figures, table)
        finally:
            for url in templates.values():
                drop(url)
    met = all(v["met"] for k, v in figures.items() if isinstance(v, dict) and "met" in v)
    print()
    print_table(HEADERS, table)
    figures["met"] = met
    figures["targets"] = {"ratio": TARGET_RATIO, "rss_growth": TARGET_GROWTH}
    emit(figures)


def _run(
    kinds: list[str],
    chosen: list[str],
    rows: int,
    work: Path,
    templates: dict[str, str],
    skus: list[tuple[str, int]],
    figures: dict[str, Any],
    table: list[list[Any]],
) -> None:
    """Each preset on each database: the import and the raw write at a tenth of the rows, then at all of them."""
    for kind in kinds:
        for key in chosen:
            preset = presets.shipped(key)
            result: dict[str, Any] = {}
            for size, label in ((rows // 10, "small"), (rows, "full")):
                path = work / f"{key}-{size}.csv"
                if not path.exists():
                    write_file(path, preset, size, skus, "BN")
                mine = clone(templates[kind], work)
                theirs = clone(templates[kind], work)
                try:
                    imported = run_child("import", mine, path, key)
                    raw = run_child("raw", theirs, path, key)
                finally:
                    drop(mine)
                    drop(theirs)
                result[label] = (imported, raw)
            imported, raw = result["full"]
            small = result["small"][0]
            rate = imported["rows"] / imported["seconds"]
            raw_rate = raw["rows"] / raw["seconds"]
            ratio = raw_rate / rate
            growth = imported["peak_rss_mb"] / small["peak_rss_mb"]
            ok = ratio <= TARGET_RATIO and growth <= TARGET_GROWTH
            figures[f"{kind}_{key}"] = {
                "rows": imported["rows"],
                "rows_per_s": round(rate),
                "raw_rows_per_s": round(raw_rate),
                "ratio": round(ratio, 2),
                "peak_rss_mb": imported["peak_rss_mb"],
                "peak_rss_mb_small": small["peak_rss_mb"],
                "rss_growth": round(growth, 2),
                "met": ok,
            }
            table.append(
                [
                    kind,
                    key,
                    imported["rows"],
                    round(rate),
                    round(raw_rate),
                    round(ratio, 2),
                    imported["peak_rss_mb"],
                    small["peak_rss_mb"],
                    round(growth, 2),
                ]
            )
            print_table(HEADERS, table[-1:])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
