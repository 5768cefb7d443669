"""Write transactions on PostgreSQL in fewer round trips (store.db): BEGIN goes in one pipeline with the
transaction's first statement, and Enter's write in one with COMMIT. What must not change: every statement of a
unit of work is in one transaction, a block that raises leaves nothing, and nothing is visible before the commit.

Round trips are counted off the wire: libpq's trace of the station's write connection, one ``ReadyForQuery`` from
the server per round trip.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from returns_desk import sync
from returns_desk.domain.vocab import Grade, UnitStatus
from returns_desk.services import auth, events, receiving, station
from returns_desk.services.demo import DemoSample
from returns_desk.store import bulk
from returns_desk.store.database import Database
from returns_desk.store.db import COMMIT_AFTER, ahead_of_first, driver, unit_of_work
from returns_desk.store.models import Event, ReturnRequest, Setting, Unit
from tests.support.demo_data import approved_return_with_units

pytestmark = pytest.mark.parametrize(
    "db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)


class Boom(Exception):
    pass


@contextmanager
def wire(engine: Engine, path: Path) -> Iterator[list[str]]:
    """The protocol messages of the connections ``engine`` hands out inside the block (libpq trace); the list
    holds the trace's lines once the block ends."""
    lines: list[str] = []
    traced: list[psycopg.Connection] = []
    with path.open("w") as out:

        def on_checkout(dbapi_connection: psycopg.Connection, _record: object, _proxy: object) -> None:
            dbapi_connection.pgconn.trace(out.fileno())
            traced.append(dbapi_connection)

        event.listen(engine, "checkout", on_checkout)
        try:
            yield lines
        finally:
            event.remove(engine, "checkout", on_checkout)
            for connection in traced:
                connection.pgconn.untrace()
    lines.extend(path.read_text().splitlines())


def round_trips(lines: list[str]) -> int:
    return sum(1 for line in lines if "\tB\t" in line and "ReadyForQuery" in line)


def _setting(key: str) -> dict[str, object]:
    return {"key": key, "value": {"n": 1}, "updated_at": datetime.now(UTC)}


def _keys(db: Database) -> set[str]:
    with unit_of_work(db.readers) as session:
        return set(session.scalars(select(Setting.key).where(Setting.key.like("probe-%"))))


def test_enter_on_a_station_is_two_round_trips_and_commits(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    store = sync.open_station(db.url, str(tmp_path / "cache.sqlite3"), "DOCK-RT")
    try:
        actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-RT"))
        with unit_of_work(db.readers) as session:
            rma = approved_return_with_units(session, 2)
        view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
        first, second = [u.lpn for line in view.lines for u in line.units][:2]
        store.write(lambda s: station.save_unit(s, actor, first, Grade.A))
        assert store.server is not None
        with wire(store.server.engine, tmp_path / "enter.trace") as lines:
            saved = store.write(lambda s: station.save_unit(s, actor, second, Grade.A))
        assert saved.route is not None
        # BEGIN with the lock, then the write with COMMIT; the lock and the write were sent once each
        assert round_trips(lines) == 2, "\n".join(lines)
        sent = [line for line in lines if "\tF\t" in line and "\tBind\t" in line]
        assert len(sent) == 4, "\n".join(sent)
        with unit_of_work(db.readers) as session:
            status = session.scalar(select(Unit.status).where(Unit.lpn == second))
        assert status == saved.route.unit_status.value != UnitStatus.RECEIVED.value
    finally:
        store.close()


def test_a_receipt_on_a_station_is_four_round_trips_its_turn_going_with_the_lock(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    """BEGIN, the receipt's turn (receive_pg.queue) and the request's lock in one pipeline; the write; the view's
    read (receiving.request_view); the events with COMMIT. The turn is taken before the lock, and released with
    the transaction."""
    store = sync.open_station(db.url, str(tmp_path / "cache.sqlite3"), "DOCK-RT")
    try:
        actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-RT"))
        with unit_of_work(db.readers) as session:
            rma = approved_return_with_units(session, 2)
        assert store.server is not None
        with wire(store.server.engine, tmp_path / "receipt.trace") as lines:
            view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
        assert len([u for line in view.lines for u in line.units]) == 2
        assert round_trips(lines) == 4, "\n".join(lines)
        # The first round trip's answers, in the order the server ran them (the statements are prepared: the
        # trace names them; the answers say what they were).
        first = "\n".join(lines[: next(i for i, line in enumerate(lines) if "ReadyForQuery" in line) + 1])
        answers = [
            first.index('"BEGIN"'),
            first.index('"pg_advisory_xact_lock"'),
            first.index('"rma_number"'),
        ]
        assert answers == sorted(answers), first
        with unit_of_work(db.readers) as session:
            held = session.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"))
            status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma))
        assert held == 0
        assert status == "received"
    finally:
        store.close()


def test_statements_of_a_unit_of_work_share_one_transaction(db: Database) -> None:
    with unit_of_work(db.sessions) as session:
        first = session.scalar(text("SELECT pg_current_xact_id()::text"))
        session.execute(insert(Setting), [_setting("probe-1")])
        assert session.scalar(text("SELECT pg_current_xact_id()::text")) == first
        assert _keys(db) == set()  # another connection sees nothing before the commit
    assert _keys(db) == {"probe-1"}


@pytest.mark.parametrize("how", ["statement", "driver"])
def test_a_unit_of_work_that_raises_leaves_nothing(db: Database, how: str) -> None:
    """Also rows written through the driver connection itself (bulk.insert_rows sends COPY on it)."""

    def work(session: Session) -> None:
        if how == "statement":
            session.execute(insert(Setting), [_setting("probe-1")])
        else:
            row = _setting("probe-1")
            bulk.insert_rows(session.connection(), "settings", list(row), [list(row.values())])
        session.execute(insert(Setting), [_setting("probe-2")])
        raise Boom

    with pytest.raises(Boom), unit_of_work(db.sessions) as session:
        work(session)
    assert _keys(db) == set()


_PROBE = b"INSERT INTO settings (key, value, updated_at) VALUES (%s, '{}', now())"


@pytest.mark.parametrize("then", ["statement", "driver", "raise"])
def test_a_statement_sent_ahead_of_the_first_is_in_the_transaction(db: Database, then: str) -> None:
    """``ahead_of_first`` (a receipt's turn): it goes with the transaction's first statement or first use of the
    driver, inside the transaction; a block that raises before either sends nothing, and the next transaction
    does not inherit it."""
    with contextlib.suppress(Boom), unit_of_work(db.sessions) as session:
        ahead_of_first(session.connection(), _PROBE, ("probe-1",))
        assert _keys(db) == set()
        if then == "raise":
            raise Boom
        mine = "SELECT count(*) FROM settings WHERE key = 'probe-1'"
        if then == "statement":
            seen = session.scalar(text(mine))
        else:
            seen = driver(session.connection()).execute(mine).fetchone()[0]
        assert seen == 1  # this transaction holds the row ...
        assert _keys(db) == set()  # ... and another connection does not see it yet
    assert _keys(db) == (set() if then == "raise" else {"probe-1"})
    with unit_of_work(db.sessions) as session:
        ahead_of_first(session.connection(), _PROBE, ("probe-2",))  # goes with the next statement
        session.execute(insert(Setting), [_setting("probe-3")])
        ahead_of_first(session.connection(), _PROBE, ("probe-4",))  # the transaction has begun: runs now
    assert _keys(db) == ({"probe-2", "probe-3", "probe-4"} | (set() if then == "raise" else {"probe-1"}))


def test_autocommit_asked_for_on_the_write_engine_still_works_and_ends_with_the_connection(
    db: Database,
) -> None:
    """VACUUM refuses to run in a transaction; the write connection it used is transactional again after."""
    bulk.refresh_statistics(db.engine)
    with unit_of_work(db.sessions) as session:
        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)
        assert raw.autocommit  # BEGIN still goes with the first statement
    test_a_unit_of_work_that_raises_leaves_nothing(db, "statement")
    test_statements_of_a_unit_of_work_share_one_transaction(db)


def test_a_statement_sent_with_commit_ends_the_transaction(db: Database) -> None:
    with unit_of_work(db.sessions) as session:
        session.execute(insert(Setting), [_setting("probe-1")])
        connection = session.connection()
        connection.execute(insert(Setting), [_setting("probe-2")], execution_options={COMMIT_AFTER: True})
        assert _keys(db) == {"probe-1", "probe-2"}  # committed, before the block ends
    assert _keys(db) == {"probe-1", "probe-2"}


@pytest.mark.parametrize("how", ["statement", "driver"])
def test_nothing_may_follow_the_statement_that_committed(db: Database, how: str) -> None:
    def work(session: Session) -> None:
        session.connection().execute(
            insert(Setting), [_setting("probe-1")], execution_options={COMMIT_AFTER: True}
        )
        if how == "statement":
            session.execute(insert(Setting), [_setting("probe-2")])
        else:
            row = _setting("probe-2")
            bulk.insert_rows(session.connection(), "settings", list(row), [list(row.values())])

    with (
        pytest.raises(RuntimeError, match=r"after the (one|statement) that committed"),
        unit_of_work(db.sessions) as session,
    ):
        work(session)
    assert _keys(db) == {"probe-1"}
    with unit_of_work(db.sessions) as session:  # the next transaction on the connection is a normal one
        session.execute(insert(Setting), [_setting("probe-3")])
    assert _keys(db) == {"probe-1", "probe-3"}


def test_a_statement_sent_with_commit_that_fails_commits_nothing(db: Database) -> None:
    def work(session: Session) -> None:
        session.execute(insert(Setting), [_setting("probe-1")])
        session.connection().exec_driver_sql("SELECT 1 / 0", execution_options={COMMIT_AFTER: True})

    with pytest.raises(DBAPIError, match="division by zero"), unit_of_work(db.sessions) as session:
        work(session)
    assert _keys(db) == set()
    with unit_of_work(db.sessions) as session:
        session.execute(insert(Setting), [_setting("probe-2")])
    assert _keys(db) == {"probe-2"}


def test_a_transactions_events_carry_its_commit(db: Database, tmp_path: Path) -> None:
    """events._write_events: the events' insert is the transaction's last statement and COMMIT goes with it; here
    it is also the first (BEGIN, insert, COMMIT: one round trip). What the ORM still held is flushed before it."""
    with wire(db.engine, tmp_path / "events.trace") as lines, unit_of_work(db.sessions) as session:
        first = events.record(session, None, "settings.changed", "settings", "probe-1")
    assert round_trips(lines) == 1, "\n".join(lines)
    with wire(db.engine, tmp_path / "orm.trace") as lines, unit_of_work(db.sessions) as session:
        session.add(Setting(**_setting("probe-2")))
        second = events.record(session, None, "settings.changed", "settings", "probe-2")
    assert round_trips(lines) == 2, "\n".join(lines)  # the ORM's insert, then the events' with COMMIT
    assert _keys(db) == {"probe-2"}
    with unit_of_work(db.readers) as session:
        assert set(session.scalars(select(Event.uuid).where(Event.kind == "settings.changed"))) == {
            first,
            second,
        }
