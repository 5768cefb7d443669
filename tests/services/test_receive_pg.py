"""A receipt's PostgreSQL fast path (services/receive_pg.py) leaves exactly what the general way leaves.

The same demo dock is built twice on the real PostgreSQL server and the same parcels received (a third of them a
year late, so the receipt also opens an outside-the-window exception; each one scanned a second time, refused):
once as the station does, once with the fast path turned off. Every row of the tables a receipt writes is then
compared column by column, leaving out only times, event uuids and transaction ids (tests/services/test_enter_pg.py
has the comparison).
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from returns_desk.domain.errors import AlreadyTaken
from returns_desk.services import auth, demo, receive_pg, receiving
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ReturnRequest
from tests.conftest import _truncate_all
from tests.services.test_enter_pg import _dump

pytestmark = pytest.mark.postgres

TABLES = ("return_requests", "return_lines", "units", "exceptions", "events")


def _dock(url: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[bool]]:
    """Seed, receive 24 parcels (each scanned twice); the dump and, per receipt, whether the fast path took it."""
    _truncate_all(url)
    database: Database = open_database(url)
    report = demo.seed(database.engine, rmas=60, seed_value=5)
    assert report.sample is not None
    taken: list[bool] = []
    real_try = receive_pg.try_receive

    def watched(*args: Any, **kwargs: Any) -> Any:
        result = real_try(*args, **kwargs) if fast else None
        taken.append(result is not None)
        return result

    monkeypatch.setattr(receive_pg, "try_receive", watched)
    try:
        with unit_of_work(database.sessions) as session:
            staff = auth.login(session, report.sample.badge, None, "PARITY")
        with unit_of_work(database.readers) as session:
            rmas = list(
                session.scalars(
                    select(ReturnRequest.rma_number)
                    .where(ReturnRequest.status.in_(receiving.RECEIVABLE))
                    .order_by(ReturnRequest.id)
                    .limit(24)
                )
            )
        with psycopg.connect(url) as conn:
            conn.execute(
                "UPDATE orders SET delivered_at = delivered_at - interval '1 year' WHERE id IN "
                "(SELECT order_id FROM return_requests WHERE rma_number = ANY(%s))",
                (rmas[::3],),
            )
        for rma in rmas:
            with unit_of_work(database.sessions) as session:
                view = receiving.receive_parcel(session, staff, rma)
            assert view.status == "received"
            with (
                pytest.raises(AlreadyTaken, match="already received by"),
                unit_of_work(database.sessions) as s,
            ):
                receiving.receive_parcel(s, staff, rma)
        return _dump(url, TABLES), taken
    finally:
        database.close()  # both pools: the readers have their own on PostgreSQL


@pytest.fixture
def pg(pg_url: str) -> Any:
    yield pg_url
    _truncate_all(pg_url)


def test_the_fast_path_receives_as_the_general_way_does(pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, fast_taken = _dock(pg, True, monkeypatch)
    general, general_taken = _dock(pg, False, monkeypatch)
    assert not any(general_taken)
    # Every first scan went the fast way; every second one (already received) the general way, which says by whom.
    assert fast_taken[0::2] == [True] * (len(fast_taken) // 2), fast_taken
    assert not any(fast_taken[1::2])
    # Something of each kind was written, so the comparison below compares something.
    assert len(fast["units"]) >= 24
    assert any(row[1] == "outside_window" for row in fast["exceptions"])
    assert sum(1 for row in fast["return_requests"] if "received" in row) >= 24
    for name in TABLES:
        assert fast[name] == general[name], name
