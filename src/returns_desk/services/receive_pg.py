"""A receipt on PostgreSQL in two statements, for the usual parcel.

The general way (``receiving.receive_parcel``) sends eight statements through the ORM: the request locked, its
lines read, the lines updated, the units inserted, each unit's plate written once its id is known, the request
updated, then the events. Here, for a parcel that can be received (requested or approved) and has lines:

1. the request locked with all its columns, each line with all of its, all settings (the policy whose return
   window the caller's verdict uses) and one new unit id per expected unit (``nextval`` of the units' sequence,
   so the plates are known before the insert);
2. the lines, the request and the units, as one statement of data-modifying CTEs.

The events go as in the general way (``events.record``, one insert at the commit), and the caller builds the
view and opens an outside-the-window exception the same way after either. Anything else -- SQLite, a replayed
outbox (its plates are given), a parcel already received (the general way says by whom), a request without
lines -- goes the general way in the same transaction. tests/services/test_receive_pg.py checks that both ways
leave the same rows and events. Before either way, a receipt waits for its turn among receipts of the same
parcel (``queue``, an advisory lock: a station that loses a race then locks nothing).

The rows it wrote are left in the session (``ROWS``) for a station's cache, which copies a receipt's rows
inside the transaction (``sync.copy_written``) without reading them back.

Why: a receipt cost a station about 8 ms of CPU on PostgreSQL, most of it the ORM's flushes; with every station
receiving about as many parcels as it grades, receipts were the larger part of the work the stations and the
server share (bench/sync.py).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Table, Text, bindparam, case, func, select, true
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from returns_desk.domain.lifecycle import check_return_transition
from returns_desk.domain.scancodes import lpn_for_serial
from returns_desk.domain.vocab import ReturnStatus, UnitStatus
from returns_desk.services import commands, events
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.db import ahead_of_first, driver, prepared_at_once
from returns_desk.store.models import ReturnLine, ReturnRequest, Unit

# session.info: {model: {id: row}} of the rows a receipt wrote here, as the server now holds them
ROWS = "returns_desk_receipt_rows"
REQUESTS: Table = ReturnRequest.__table__  # type: ignore[assignment]
LINES: Table = ReturnLine.__table__  # type: ignore[assignment]
UNITS: Table = Unit.__table__  # type: ignore[assignment]

_LOCK: list[Any] = []


def _lock() -> Any:
    """The receivable request, locked, with its lines, all settings (one JSON text, ``policy.snapshot_column``)
    and a new unit id per expected unit. Built once."""
    if not _LOCK:
        each = (
            func.generate_series(1, LINES.c.quantity_expected)
            .table_valued("n")
            .render_derived(name="each_unit")
            .lateral()
        )
        new_id = case(
            (each.c.n.is_not(None), func.nextval(func.pg_get_serial_sequence(UNITS.name, UNITS.c.id.name)))
        )
        _LOCK.append(
            select(
                *REQUESTS.c,
                *(c.label(f"line_{c.name}") for c in LINES.c),
                policy_service.snapshot_column("postgresql").label("settings"),
                new_id.label("new_unit_id"),
            )
            .select_from(
                REQUESTS.join(LINES, LINES.c.return_request_id == REQUESTS.c.id).outerjoin(each, true())
            )
            .where(
                REQUESTS.c.rma_number == bindparam("rma"),
                REQUESTS.c.status == func.any(bindparam("receivable", type_=ARRAY(Text))),
            )
            .order_by(LINES.c.id, each.c.n)
            .with_for_update(of=REQUESTS)
        )
    return _LOCK[0]


# Receipts of one parcel take turns on a transaction-scoped advisory lock (this class, the RMA's hash) before they
# look at the request. Without it, the stations that lose a race wait on the winner's row lock and, once it
# commits, lock the row's new version although it no longer matches (PostgreSQL locks the latest version before
# it checks the WHERE again): they held the return until their refusal ended, and the winner's first Enter, which
# locks the return with its unit, queued behind each of them in turn (50-130 ms in bench/sync.py's start race).
# Queued here, a loser finds the parcel received when its turn comes, locks nothing and takes no transaction id.
# The turn is sent with BEGIN and the request's lock, ahead of it, in one round trip (store.db.ahead_of_first):
# the server still takes them one after the other.
RECEIPT_QUEUE = 0x52440001
_QUEUE = b"SELECT pg_advisory_xact_lock(%s, hashtext(%s))"


def queue(session: Session, rma: str) -> None:
    """Wait for the turn of this station's receipt of ``rma`` (PostgreSQL; on SQLite, one writer at a time
    already): held until the transaction ends, and only other receipts of the same parcel wait for it."""
    if session.get_bind().dialect.name == "postgresql":
        ahead_of_first(session.connection(), _QUEUE, (RECEIPT_QUEUE, rma))


# The columns a receipt writes: the id and plate, and what commands.received_unit_row sets.
_UNIT_COLUMNS = (
    "id, lpn, return_request_id, return_line_id, product_id, status, received_at, received_by_id, "
    + ("station_id, version")
)
_WRITE = f"""WITH lines AS (
UPDATE {LINES.name} SET quantity_received = quantity_expected, awaiting_receipt = false
WHERE return_request_id = %(request)s
), request AS (
UPDATE {REQUESTS.name} SET status = %(status)s, received_at = %(at)s, version = version + 1
WHERE id = %(request)s
)
INSERT INTO {UNITS.name} ({_UNIT_COLUMNS})
SELECT {", ".join(f"r.{name}" for name in _UNIT_COLUMNS.split(", "))}
FROM json_populate_recordset(NULL::{UNITS.name}, %(units)s::json) r"""  # noqa: S608 - names from the models


def try_receive(
    session: Session, actor: Actor, rma: str, receivable: list[str], at: datetime
) -> tuple[int, str, list[str]] | None:
    """Take the parcel in with two statements (``store.executor`` chose them): (request id, its status before, the
    new units' plates); None when this is not the usual parcel (nothing written then: the caller goes the general
    way)."""
    connection = session.connection()
    found = connection.execute(_lock(), {"rma": rma, "receivable": receivable}).all()
    if not found:
        return None  # not found, already received (the general way says by whom), or no lines
    # This transaction's settings (the return window the caller's verdict uses): no query for them later.
    policy_service.take_snapshot(session, found[0][-2])
    width = len(REQUESTS.c)
    request = dict(zip(REQUESTS.c.keys(), found[0][:width], strict=True))
    previous = request["status"]
    target = ReturnStatus.RECEIVED
    check_return_transition(rma, ReturnStatus(previous), target)
    lines: dict[int, dict[str, Any]] = {}
    for row in found:
        line = dict(zip(LINES.c.keys(), row[width : width + len(LINES.c)], strict=True))
        lines.setdefault(line["id"], line)
    # The ids in the order the general way's insert would take them: line by line.
    ids = iter(sorted(row[-1] for row in found if row[-1] is not None))
    units: list[dict[str, Any]] = []
    for row in found:
        if row[-1] is None:
            continue
        line = lines[row[width]]
        unit_id = next(ids)
        built = commands.received_unit_row(
            request["id"], line["id"], line["product_id"], actor, at, lpn_for_serial(unit_id)
        )
        units.append({**{c.name: None for c in UNITS.c}, "id": unit_id, **built})
    connection.exec_driver_sql(
        _WRITE,
        {
            "request": request["id"],
            "status": target.value,
            "at": at,
            "units": json.dumps([{k: u[k] for k in _UNIT_COLUMNS.split(", ")} for u in units], default=str),
        },
    )
    request.update(status=target.value, received_at=at, version=request["version"] + 1)
    for line in lines.values():
        line.update(quantity_received=line["quantity_expected"], awaiting_receipt=False)
    session.info[ROWS] = {
        ReturnRequest: {request["id"]: request},
        ReturnLine: lines,
        Unit: {u["id"]: u for u in units},
    }
    return request["id"], previous, [u["lpn"] for u in units]


def warm_up(session: Session, receivable: list[str], ids: tuple[int, int, int, int]) -> None:
    """Run the receipt's statements on this session's connection with nothing to act on -- its turn and the lock
    for an RMA that cannot exist, the write for a request id that cannot exist (negative, of the size of the real
    ones) and no units -- prepared at once (enter_pg.warm_up, which a station runs with it). Writes nothing."""
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    _unit, request_id, user_id, station_id = ids
    with prepared_at_once(connection):
        driver(connection).execute(_QUEUE, (RECEIPT_QUEUE, ""))  # no receipt waits on an empty RMA's turn
        connection.execute(_lock(), {"rma": "", "receivable": receivable}).all()
        connection.exec_driver_sql(
            _WRITE,
            {
                "request": -request_id,
                "status": ReturnStatus.RECEIVED.value,
                "at": events.now(),
                "unit_status": UnitStatus.RECEIVED.value,
                "user": user_id,
                "station": station_id,
                "units": "[]",
            },
        )
