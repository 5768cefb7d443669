"""A receipt's rows reach the station cache from the server transaction's own objects (sync.copy_written), and
the cache then holds exactly what copying the request from the server (sync.mirror_requests) would give it.

Real PostgreSQL server, real SQLite cache: parcels are received through the station's store (some of them late,
so the receipt also opens an outside-window exception), the cache's rows of those requests are read, the same
requests are then copied from the server the general way, and the rows read again: they must not differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select, text

from returns_desk import sync
from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, receiving, station
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ReturnRequest
from returns_desk.sync import mirror as sync_mirror
from tests.support.demo_data import approved, approved_return_with_units

pytestmark = pytest.mark.parametrize(
    "db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)

# The cache's tables a receipt changes, with the column that ties each row to its request
CACHED = {
    "return_requests": "id",
    "tracking_numbers": "return_request_id",
    "return_lines": "return_request_id",
    "units": "return_request_id",
    "exceptions": "return_request_id",
}


@pytest.fixture
def store(db: Database, seeded: DemoSample, tmp_path: Path) -> Iterator[sync.SyncedStore]:
    opened = sync.open_station(db.url, str(tmp_path / "cache.sqlite3"), "DOCK-3")
    yield opened
    opened.close()


def _cache_rows(store: sync.SyncedStore, ids: list[int]) -> dict[str, list[tuple[Any, ...]]]:
    marks = ", ".join(str(int(i)) for i in ids)
    with unit_of_work(store.cache.readers) as session:
        return {
            table: [
                tuple(r)
                for r in session.execute(
                    text(f"SELECT * FROM {table} WHERE {column} IN ({marks}) ORDER BY id")
                )
            ]
            for table, column in CACHED.items()
        }


def _copied_from_the_server(
    db: Database, store: sync.SyncedStore, ids: list[int]
) -> dict[str, list[tuple[Any, ...]]]:
    """The cache's rows of these requests once they are copied from the server the general way."""
    with unit_of_work(db.readers) as src, unit_of_work(store.cache.sessions) as dst:
        sync.mirror_requests(src, dst, ids)
    return _cache_rows(store, ids)


def _count_mirrors(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = sync.mirror_requests

    def counted(src: Any, dst: Any, request_ids: Any) -> int:
        calls.append(1)
        return real(src, dst, request_ids)

    monkeypatch.setattr(sync_mirror, "mirror_requests", counted)  # where a write's copy calls it
    return calls


def test_a_receipt_copied_from_its_own_rows_equals_a_copy_from_the_server(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    rmas = approved(db, 9)
    # Every third arrives a year late: its receipt opens an outside-window exception in the same transaction.
    with psycopg.connect(db.url.replace("+psycopg", "")) as conn:
        conn.execute(
            "UPDATE orders SET delivered_at = delivered_at - interval '1 year' WHERE id IN "
            "(SELECT order_id FROM return_requests WHERE rma_number = ANY(%s))",
            (rmas[::3],),
        )
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-3"))
    store.after_write()
    mirrors = _count_mirrors(monkeypatch)
    views = [store.write(lambda s, rma=rma: receiving.receive_parcel(s, actor, rma)) for rma in rmas]
    assert mirrors == [], "every receipt was copied from its own rows"
    ids = [v.request_id for v in views]
    copied = _cache_rows(store, ids)
    assert sum(len(u.units) for v in views for u in v.lines) == len(copied["units"]) > 0
    assert {r[1] for r in copied["return_requests"]} == set(rmas)
    late = [r for r in copied["exceptions"] if r[1] == "outside_window"]
    assert len(late) == len(rmas[::3]), "the late parcels' exceptions are in the cache too"

    assert _copied_from_the_server(db, store, ids) == copied


def test_a_receipt_the_cache_cannot_take_from_its_rows_is_copied_from_the_server(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    rma = approved(db, 1)[0]
    # The cache lost this request (as if approved after its last refresh): the receipt's own rows are not enough.
    with unit_of_work(store.cache.sessions) as dst:
        request_id = dst.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == rma))
        assert request_id is not None
        for table in ("units", "return_lines", "tracking_numbers", "return_requests"):
            column = "id" if table == "return_requests" else "return_request_id"
            dst.execute(text(f"DELETE FROM {table} WHERE {column} = :id"), {"id": request_id})
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-3"))
    store.after_write()
    mirrors = _count_mirrors(monkeypatch)
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    assert mirrors == [1], "copied the general way, inside the receipt's transaction"
    rows = _cache_rows(store, [request_id])
    assert [r[1] for r in rows["units"]] == [u.lpn for line in view.lines for u in line.units]
    assert rows["tracking_numbers"], "the request came with everything it holds"
    assert [r[6] for r in rows["return_requests"]] == ["received"]


def test_the_next_copy_knows_which_requests_receipts_and_enters_touched(
    db: Database, seeded: DemoSample, store: sync.SyncedStore
) -> None:
    """after_write copies the requests of what was written since the last copy; receipts and Enter tell it
    which requests those are (events.of_request), so it does not ask the server, and the cache still ends as a
    copy from the server would leave it."""
    with unit_of_work(db.readers) as session:
        rmas = [approved_return_with_units(session, 2), *approved(db, 3)]
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-3"))
    store.after_write()
    views = [store.write(lambda s, rma=rma: receiving.receive_parcel(s, actor, rma)) for rma in rmas]
    graded = []
    for view in views:  # every unit but a two-unit return's last: the others are finished (leave the cache)
        lpns = [u.lpn for line in view.lines for u in line.units]
        graded += lpns[:-1] if view.rma == rmas[0] else lpns
    for lpn in graded:
        store.write(lambda s, lpn=lpn: station.save_unit(s, actor, lpn, Grade.A))
    assert store.server is not None
    assert store.server.read_engine is not None
    sent: list[str] = []
    engine = store.server.read_engine

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        store.after_write()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert sent, "the touched requests were copied from the server"
    lookups = ("return_requests.rma_number IN", "units.lpn IN", "exceptions.id IN")
    assert not [s for s in sent if any(look in s for look in lookups)], sent
    ids = [v.request_id for v in views]
    copied = _cache_rows(store, ids)
    assert [r[1] for r in copied["return_requests"]] == [rmas[0]], "the finished ones left the cache"
    with unit_of_work(store.cache.readers) as session:
        statuses = session.scalars(
            text("SELECT status FROM units WHERE return_request_id = :id"), {"id": ids[0]}
        )
        assert sorted(statuses) == ["received", "restocked"]
    assert _copied_from_the_server(db, store, ids) == copied


def test_a_receipts_rows_bring_the_product_the_cache_lacks(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """copy_written writes without looking up the users, stations and products its rows point at first; when
    one is not in the cache (the foreign key says so), it is copied from the server and the rows written again."""
    rma = approved(db, 1)[0]
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-3"))
    store.after_write()
    with unit_of_work(store.cache.readers) as session:
        product_id = session.scalar(
            text(
                "SELECT l.product_id FROM return_lines l JOIN return_requests r ON r.id = l.return_request_id "
                "WHERE r.rma_number = :rma LIMIT 1"
            ),
            {"rma": rma},
        )
    assert product_id is not None
    raw = store.cache.engine.raw_connection()
    try:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DELETE FROM products WHERE id = ?", (product_id,))
        raw.commit()
        raw.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    mirrors = _count_mirrors(monkeypatch)
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    assert mirrors == [], "copied from its own rows"
    with unit_of_work(store.cache.readers) as session:
        assert session.scalar(text("SELECT count(*) FROM products WHERE id = :id"), {"id": product_id}) == 1
        assert session.scalar(text("PRAGMA foreign_key_check")) is None
    assert _cache_rows(store, [view.request_id])["units"]
