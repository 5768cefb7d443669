"""Which statements count as writing (sync/write_guard.py ``WROTE``): a refused transaction that sent only SELECTs,
row locks included, ends with COMMIT; one that sent anything else rolls back (tests/services/test_enter_warm.py
runs both on the server)."""

from __future__ import annotations

from typing import Any

import pytest

from returns_desk import sync

READS = [
    "SELECT 1",
    "  select units.id FROM units WHERE units.lpn = %(lpn)s FOR UPDATE OF units, return_requests",
    "SELECT return_requests.id FROM return_requests WHERE id = 1 FOR NO KEY UPDATE",
    "SELECT nextval(pg_get_serial_sequence('units', 'id'))",
    "SELECT txid_current_if_assigned() IS NULL",
]
WRITES = [
    "UPDATE return_requests SET customer_comment = 'x' WHERE id = 1",
    "WITH j AS (SELECT 1) UPDATE units SET status = 'restocked' FROM j",
    "WITH lines AS (SELECT 1) SELECT * FROM lines",  # a WITH may hold a write: counted as one
    "INSERT INTO events (kind) VALUES ('x') RETURNING id",
    "DELETE FROM units WHERE id = 1",
    "SELECT setval('units_id_seq', 10)",
    "SELECT id FROM units; UPDATE units SET status = 'x'",
    "SELECT (SELECT 1 FROM units FOR UPDATE) AS x, (WITH d AS (DELETE FROM units RETURNING 1) SELECT 1)",
    "BEGIN",
]


class _Conn:
    def __init__(self) -> None:
        self.info: dict[str, Any] = {}


@pytest.mark.parametrize("statement", READS)
def test_a_select_or_a_row_lock_is_not_a_write(statement: str) -> None:
    conn = _Conn()
    sync.statement_sent(conn, None, statement, None, None, False)  # type: ignore[arg-type]
    assert sync.WROTE not in conn.info


@pytest.mark.parametrize("statement", WRITES)
def test_anything_else_is_counted_as_a_write_until_the_next_transaction(statement: str) -> None:
    conn = _Conn()
    sync.statement_sent(conn, None, statement, None, None, False)  # type: ignore[arg-type]
    assert conn.info[sync.WROTE] is True
    sync.statement_sent(conn, None, "SELECT 1", None, None, False)  # type: ignore[arg-type]
    assert conn.info[sync.WROTE] is True
    sync.transaction_begins(conn)  # type: ignore[arg-type]
    assert sync.WROTE not in conn.info
