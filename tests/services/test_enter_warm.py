"""A station's first Enter (and receipt) on a new server connection costs what its hundredth does: their
statements are prepared and planned before it (services/enter_pg.py and receive_pg.py ``warm_up``: at start,
after a reconnect, once a write goes through after one that rolled back), and preparing them writes nothing.

Read off the server itself: ``pg_prepared_statements`` of the station's one write connection, whose
``generic_plans`` counts the executions that ran from the plan made once (``custom_plans`` those planned again).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from returns_desk import sync
from returns_desk.domain.errors import AlreadyTaken, ValidationFailed
from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, receiving, station
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Base, ReturnRequest
from tests.support.demo_data import approved
from tests.support.locks import wait_for_a_lock_wait

pytestmark = pytest.mark.parametrize(
    "db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)

# How Enter's two statements begin (enter_pg: the lock, then the write), and a receipt's (receive_pg)
ENTER = {"lock": "SELECT units.id, units.return_request_id", "write": "WITH j AS ("}
RECEIPT = {
    "turn": "SELECT pg_advisory_xact_lock(",
    "lock": "SELECT return_requests.id, return_requests.rma_number",
    "write": "WITH lines AS (",
}


@pytest.fixture
def store(db: Database, seeded: DemoSample, tmp_path: Path) -> Iterator[sync.SyncedStore]:
    opened = sync.open_station(db.url, str(tmp_path / "cache.sqlite3"), "DOCK-W")
    yield opened
    opened.close()


def _prepared(
    store: sync.SyncedStore, statements: dict[str, str] = ENTER
) -> dict[str, list[tuple[int, int]]]:
    """(generic_plans, custom_plans) of each prepared statement of Enter (or of ``statements``) on the station's
    write connection."""
    assert store.server is not None
    engine = store.server.engine
    assert engine.pool.checkedin() == 1  # type: ignore[attr-defined]  # one thread: one connection, the next Enter's
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
        ).all()
        conn.commit()  # psycopg forgets what it prepared at a rollback
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in statements}
    for statement, generic, custom in rows:
        for name, start in statements.items():
            if statement.startswith(start):
                found[name].append((generic, custom))
    return found


def _snapshot(db: Database) -> dict[str, Any]:
    """Every table's rows (a digest of their text) and the last value of every sequence."""
    with unit_of_work(db.readers) as session:
        tables: dict[str, Any] = {
            name: session.scalar(
                text(
                    f"SELECT count(*) || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM \"{name}\" t"
                )
            )
            for name in Base.metadata.tables
        }
        for name, last in session.execute(text("SELECT sequencename, last_value FROM pg_sequences")):
            tables[f"seq {name}"] = last
    return tables


def test_the_first_enter_runs_from_plans_made_before_it_and_preparing_wrote_nothing(
    db: Database, store: sync.SyncedStore
) -> None:
    actor = store.write(lambda s: auth.login(s, "B1001", None, "DOCK-W"))
    receipt = _prepared(store, RECEIPT)
    assert [len(receipt[name]) for name in RECEIPT] == [1, 1, 1], receipt
    assert all(generic >= 1 and custom == 0 for plans in receipt.values() for generic, custom in plans), (
        receipt
    )
    view = store.write(lambda s: receiving.receive_parcel(s, actor, approved(db, 1)[0]))
    for name, plans in _prepared(store, RECEIPT).items():
        assert plans == [(receipt[name][0][0] + 1, 0)], (name, receipt, plans)
    lpn = view.lines[0].units[0].lpn
    ready = _prepared(store)
    assert [len(ready[name]) for name in ENTER] == [1, 1], ready
    assert all(generic >= 1 and custom == 0 for plans in ready.values() for generic, custom in plans), ready

    saved = store.write(lambda s: station.save_unit(s, actor, lpn, Grade.A))
    assert saved.route is not None
    after = _prepared(store)
    # The same two prepared statements ran, each from its plan: none prepared anew, none planned again.
    for name in ENTER:
        assert after[name] == [(ready[name][0][0] + 1, 0)], (name, ready, after)

    before = _snapshot(db)
    store.warm_up()
    assert _snapshot(db) == before


def _write_then_refuse(rma: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        session.execute(
            text("UPDATE return_requests SET customer_comment = 'half-written' WHERE rma_number = :rma"),
            {"rma": rma},
        )
        raise ValidationFailed("refused after writing")

    return work


def test_after_a_rolled_back_write_enter_is_prepared_again_by_the_next_write(
    db: Database, store: sync.SyncedStore
) -> None:
    """A rolled-back transaction (a refusal after it wrote) makes psycopg deallocate everything it prepared on the
    connection; the station's next write that goes through prepares Enter's statements again."""
    actor = store.write(lambda s: auth.login(s, "B1001", None, "DOCK-W"))
    first, second, third = approved(db, 3)
    view = store.write(lambda s: receiving.receive_parcel(s, actor, first))
    store.write(lambda s: station.save_unit(s, actor, view.lines[0].units[0].lpn, Grade.A))
    with pytest.raises(ValidationFailed):
        store.write(_write_then_refuse(third))
    assert _prepared(store) == {name: [] for name in ENTER}  # deallocated by the rollback

    view = store.write(lambda s: receiving.receive_parcel(s, actor, second))
    ready = _prepared(store)
    assert [len(ready[name]) for name in ENTER] == [1, 1], ready
    generic = {name: ready[name][0][0] for name in ENTER}
    store.write(lambda s: station.save_unit(s, actor, view.lines[0].units[0].lpn, Grade.A))
    after = _prepared(store)
    for name in ENTER:
        assert after[name] == [(generic[name] + 1, 0)], (name, ready, after)


def test_a_refusal_that_wrote_nothing_keeps_the_connections_statements(
    db: Database, store: sync.SyncedStore
) -> None:
    """A parcel scanned again is refused before anything is written or locked, a unit saved again after its row
    was locked: either transaction ends with COMMIT, the same as ROLLBACK on the server, and psycopg keeps what it
    prepared (nothing prepared again)."""
    actor = store.write(lambda s: auth.login(s, "B1001", None, "DOCK-W"))
    rma = approved(db, 1)[0]
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    lpn = view.lines[0].units[0].lpn
    store.write(lambda s: station.save_unit(s, actor, lpn, Grade.A))
    ready = _prepared(store)
    with pytest.raises(AlreadyTaken, match="already received by"):
        store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    assert _prepared(store) == ready  # a rollback and a fresh warm-up would have reset both to one execution
    with pytest.raises(AlreadyTaken):
        store.write(lambda s: station.save_unit(s, actor, lpn, Grade.A))
    after = _prepared(store)
    assert after["write"] == ready["write"], (ready, after)
    assert after["lock"] == [(ready["lock"][0][0] + 1, 0)], (ready, after)  # it ran, and locked the unit


def test_a_station_that_lost_a_race_for_a_parcel_keeps_its_statements(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, tmp_path: Path
) -> None:
    """Two stations receive the same parcel at once: the loser waits for the winner's turn
    (receive_pg.queue), then finds the parcel received and is refused. Its transaction wrote nothing: it ends
    with COMMIT, its statements stay prepared, and its next receipt and Enter run from them."""
    other = sync.open_station(db.url, str(tmp_path / "other.sqlite3"), "DOCK-X")
    try:
        actor = store.write(lambda s: auth.login(s, "B1001", None, "DOCK-W"))
        other_actor = other.write(lambda s: auth.login(s, "B1001", None, "DOCK-X"))
        rma, next_rma = approved(db, 2)
        view = store.write(lambda s: receiving.receive_parcel(s, actor, next_rma))
        lpn = view.lines[0].units[0].lpn
        ready = {**_prepared(store, RECEIPT), **{f"enter {k}": v for k, v in _prepared(store).items()}}
        assert all(len(plans) == 1 for plans in ready.values()), ready

        holding, release = threading.Event(), threading.Event()

        def receive_and_hold(session: Session) -> None:
            receiving.receive_parcel(session, other_actor, rma)
            holding.set()
            assert release.wait(30)

        winner = threading.Thread(target=other.write, args=(receive_and_hold,))
        winner.start()
        assert holding.wait(30)
        refused: list[BaseException] = []

        def lose() -> None:
            try:
                store.write(lambda s: receiving.receive_parcel(s, actor, rma))
            except BaseException as exc:
                refused.append(exc)

        loser = threading.Thread(target=lose)
        loser.start()
        try:
            wait_for_a_lock_wait(db)  # the loser waits on the winner's lock before the winner commits
        finally:
            release.set()
        winner.join(30)
        loser.join(30)
        assert len(refused) == 1, refused
        assert isinstance(refused[0], AlreadyTaken), refused
        assert "DOCK-X" in str(refused[0])

        kept = _prepared(store, RECEIPT)
        assert kept["write"] == ready["write"], (ready, kept)
        for name in ("turn", "lock"):
            assert kept[name] == [(ready[name][0][0] + 1, 0)], (name, ready, kept)
        saved = store.write(lambda s: station.save_unit(s, actor, lpn, Grade.A))
        assert saved.route is not None
        after = _prepared(store)
        for name in ENTER:
            assert after[name] == [(ready[f"enter {name}"][0][0] + 1, 0)], (name, ready, after)
    finally:
        other.close()


def test_a_refusal_after_a_write_still_rolls_back(db: Database, store: sync.SyncedStore) -> None:
    rma = approved(db, 1)[0]
    with pytest.raises(ValidationFailed):
        store.write(_write_then_refuse(rma))
    with unit_of_work(db.readers) as session:
        comment = session.scalar(
            select(ReturnRequest.customer_comment).where(ReturnRequest.rma_number == rma)
        )
    assert comment != "half-written"
