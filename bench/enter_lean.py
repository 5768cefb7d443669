"""Enter on PostgreSQL beside the same writes sent from plain psycopg, in the same process and run.

One station (the real station store, as in bench/sync.py) receives parcels and Enters their units, grade A,
alternating between two paths:

  real   station.save_unit through the station store: for the usual unit the PostgreSQL fast path
         (services/enter_pg.py: BEGIN with the lock with facts and settings in one round trip, one statement
         of data-modifying CTEs with COMMIT in another; store/db.py) through SQLAlchemy, with the rules, the tag
         and the station's bookkeeping; the general way (through the ORM) for the rest
  lean   plain psycopg, the same 2 round trips with a simpler write (no blind re-grade, no exception, the
         events' payloads approximate): the floor under that shape on this server

The lean path is not the product. The ratio says what the services' Python and SQLAlchemy add to the round
trips; before the fast path (8 round trips through the ORM) it was 2.35 at p99 and 4.1 against 1.0 ms of CPU.
Until 2026-12-01 (session 10) both paths sent 4 round trips (BEGIN and COMMIT each a round trip of their own).

  python bench/enter_lean.py [--units N] [--pause S]
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import gc
import json
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from _common import approved_rmas, emit, percentile, print_table, seeded_database
from returns_desk import sync
from returns_desk.domain.lifecycle import UNIT_DONE
from returns_desk.domain.rules import DEFAULT_POLICY, policy_from_data
from returns_desk.domain.vocab import UNIT_STATUS_FOR_DISPOSITION, Fault, Grade, UnitStatus
from returns_desk.services import auth, receiving, station, unit_facts
from returns_desk.services.policy import POLICY_KEY

LOCK = """
SELECT u.id, u.return_request_id, u.received_at, l.reason, l.unit_price_cents, p.category, p.warranty_days,
       o.delivered_at, r.requested_at, r.rma_number, p.sku, p.gtin,
       (SELECT json_agg(json_build_array(key, value)) FROM settings)
FROM units u
JOIN return_lines l ON l.id = u.return_line_id
JOIN products p ON p.id = l.product_id
JOIN return_requests r ON r.id = l.return_request_id
JOIN orders o ON o.id = r.order_id
WHERE u.lpn = %(lpn)s
FOR UPDATE OF u, r"""

WRITE = """
WITH ins AS (
    INSERT INTO inspections (unit_id, inspector_id, station_id, grade, fault, blind, inspected_at)
    VALUES (%(unit)s, %(user)s, %(station)s, %(grade)s, %(fault)s, false, %(at)s)
    RETURNING id
), route AS (
    INSERT INTO dispositions (unit_id, proposed, chosen, destination, rule_id, needs_approval, refund_kind,
                              refund_cents, restocking_fee_cents, decided_by_id, station_id, decided_at)
    VALUES (%(unit)s, %(proposed)s, %(proposed)s, %(destination)s, %(rule)s, %(approval)s, %(refund_kind)s,
            %(refund)s, %(fee)s, %(user)s, %(station)s, %(at)s)
), unit AS (
    UPDATE units SET status = %(status)s, grade = %(grade)s, disposition = %(proposed)s,
                     destination = %(destination)s, inspector_id = %(user)s, version = version + 1
    WHERE id = %(unit)s
), finish AS (
    UPDATE return_requests SET status = 'inspected', inspected_at = %(at)s, version = version + 1
    WHERE id = %(request)s AND status = 'received'
      AND NOT EXISTS (SELECT 1 FROM units WHERE return_request_id = %(request)s AND id <> %(unit)s
                      AND status <> ALL(%(done)s::text[]))
    RETURNING rma_number
), ev AS (
    INSERT INTO events (uuid, occurred_at, station_id, user_id, kind, subject_type, subject_id, payload, tx)
    SELECT e.uuid, %(at)s, %(station)s, %(user)s, e.kind, 'unit', %(lpn)s, e.payload::json, %(tx)s
    FROM unnest(%(uuids)s::text[], %(kinds)s::text[], %(payloads)s::text[]) AS e(uuid, kind, payload)
)
SELECT (SELECT id FROM ins), (SELECT rma_number FROM finish)"""


def lean_enter(
    conn: psycopg.Connection[Any], lpn: str, user_id: int, station_id: int, done: list[str]
) -> None:
    with conn.pipeline():  # the connection is in autocommit: BEGIN goes with the lock, COMMIT with the write
        conn.execute("BEGIN")
        locked = conn.execute(LOCK, {"lpn": lpn})
    row = locked.fetchone()
    assert row is not None, lpn
    settings = dict(row[-1] or ())
    policy = policy_from_data(settings[POLICY_KEY]) if POLICY_KEY in settings else DEFAULT_POLICY
    # The columns the services read for the rules, in their order (unit_facts.FACT_COLUMNS).
    facts_row = unit_facts.FactsRow._make(row[3:12])
    facts = unit_facts.facts_from(facts_row, row[2], Grade.A, Fault.UNKNOWN, policy)
    decision = policy.decide(facts)
    refund = policy.refund(facts, facts_row.unit_price_cents)
    status = (
        UnitStatus.AWAITING_APPROVAL
        if decision.requires_approval
        else UNIT_STATUS_FOR_DISPOSITION[decision.disposition]
    )
    with conn.pipeline():
        written = conn.execute(
            WRITE,
            {
                "lpn": lpn,
                "unit": row[0],
                "request": row[1],
                "user": user_id,
                "station": station_id,
                "at": datetime.now(UTC),
                "grade": Grade.A.value,
                "fault": Fault.UNKNOWN.value,
                "proposed": decision.disposition.value,
                "destination": decision.destination,
                "rule": decision.rule_id,
                "approval": decision.requires_approval,
                "refund_kind": refund.kind.value,
                "refund": refund.amount_cents,
                "fee": refund.fee_cents,
                "status": status.value,
                "done": done,
                "tx": str(uuid.uuid4()),
                "uuids": [str(uuid.uuid4()), str(uuid.uuid4())],
                "kinds": ["unit.inspected", "unit.routed"],
                "payloads": [
                    json.dumps({"grade": Grade.A.value, "proposed": decision.disposition.value}),
                    json.dumps({"chosen": decision.disposition.value, "destination": decision.destination}),
                ],
            },
        )
        conn.execute("COMMIT")
    written.fetchone()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--units", type=int, default=300, help="units entered (half each way)")
    parser.add_argument(
        "--pause", type=float, default=0.2, help="seconds between two Enters (a paced station)"
    )
    args = parser.parse_args()
    done = sorted(s.value for s in UNIT_DONE)
    with seeded_database("postgresql", 4_000, keep=False) as db:
        rmas = approved_rmas(db)
        folder = tempfile.mkdtemp(prefix="rd-enter-lean-")
        store = sync.open_station(db.url, str(Path(folder) / "cache.sqlite3"), "LEAN")
        actor = store.write(lambda s: auth.login(s, "B1001", None, "LEAN"))
        store.after_write()
        assert actor.station_id is not None
        gc.collect()
        gc.freeze()
        times: dict[str, list[float]] = {"real": [], "lean": []}
        cpu: dict[str, list[float]] = {"real": [], "lean": []}
        with psycopg.connect(db.url.replace("+psycopg", ""), autocommit=True) as conn:
            n = 0
            for rma in rmas:
                if n >= args.units:
                    break
                view = store.write(lambda s, rma=rma: receiving.receive_parcel(s, actor, rma))
                for lpn in [u.lpn for line in view.lines for u in line.units]:
                    path = "real" if n % 2 == 0 else "lean"
                    n += 1
                    t_next = time.perf_counter() + args.pause
                    t0, c0 = time.perf_counter(), time.process_time()
                    if path == "real":
                        store.write(lambda s, lpn=lpn: station.save_unit(s, actor, lpn, Grade.A))
                    else:
                        lean_enter(conn, lpn, actor.user_id, actor.station_id, done)
                    times[path].append((time.perf_counter() - t0) * 1000)
                    cpu[path].append((time.process_time() - c0) * 1000)
                    store.maintain()
                    time.sleep(max(0.0, t_next - time.perf_counter()))
        store.close()
    # Each path's first 3 Enters compile and prepare its statements.
    figures: dict[str, Any] = {}
    for path in ("real", "lean"):
        ms, used = times[path][3:], cpu[path][3:]
        figures[f"{path}_p50_ms"] = round(percentile(ms, 50), 2)
        figures[f"{path}_p99_ms"] = round(percentile(ms, 99), 2)
        figures[f"{path}_cpu_p50_ms"] = round(percentile(used, 50), 2)
        figures[f"{path}_samples"] = len(ms)
    figures["real_p99_over_lean"] = round(figures["real_p99_ms"] / figures["lean_p99_ms"], 2)
    print_table(
        ["path", "Enters", "p50 ms", "p99 ms", "client CPU p50 ms"],
        [
            [
                p,
                figures[f"{p}_samples"],
                figures[f"{p}_p50_ms"],
                figures[f"{p}_p99_ms"],
                figures[f"{p}_cpu_p50_ms"],
            ]
            for p in ("real", "lean")
        ],
    )
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
