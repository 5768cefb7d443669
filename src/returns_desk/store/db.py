"""Engines and sessions for SQLite (the default, one file per station) and PostgreSQL (shared by stations).

SQLite gets WAL, foreign keys, a busy timeout and NORMAL sync on every connection; PostgreSQL goes through
psycopg 3. Callers use :func:`unit_of_work`: it commits once at the end, or rolls everything back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import ExecuteStyle
from sqlalchemy.orm import Session, sessionmaker

from returns_desk.store.models import ReturnRequest, Station, Unit, User

SQLITE_BUSY_TIMEOUT_MS = 5_000
READ_ONLY = "returns_desk_read_only"
_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE (psycopg is imported only when PostgreSQL is used)
log = logging.getLogger(__name__)


def normalize_url(url: str) -> str:
    """Accept the URLs people type: ``postgresql://`` means psycopg 3, a bare path means a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(normalize_url(url)).get_backend_name() == "sqlite"


# A station's writes on PostgreSQL are a few statements run over and over (Enter: the lock, then the write).
# PostgreSQL plans a prepared statement afresh for each of its first five executions before it settles on a
# generic plan, and psycopg prepares a statement only at its sixth: so on every new connection -- at the start of a
# shift, after every outage -- the first ten or so Enters pay 1.3 ms of planning for the lock's 0.1 ms of work and
# 2-3 ms for the write's 1 ms. Connections for writes prepare a statement at its second execution and plan it once
# (PostgreSQL 12 and later). Reads keep PostgreSQL's defaults: lists and reports over time ranges are where a plan
# made for the actual values can matter.
WRITE_CONNECT_ARGS = {"prepare_threshold": 1, "options": "-c plan_cache_mode=force_generic_plan"}


def make_engine(url: str, *, writes: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url``; ``writes`` for the one a station's write transactions use (WRITE_CONNECT_ARGS)."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        # pysqlite's own implicit transactions are turned off; _sqlite_on_begin emits BEGIN when SQLAlchemy begins.
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    # No pool_pre_ping: it costs a round trip on every checkout, on the scan path. A connection the server dropped
    # is invalidated on first use instead, and the DB worker retries a read once (gui/worker.py).
    # A dropped Wi-Fi link shows as silence, not as an error: TCP keepalives and a user timeout turn a connection
    # that stopped answering into an error within seconds, so an offline station does not hang on it.
    kwargs.setdefault(
        "connect_args",
        {
            "connect_timeout": 5,
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 3,
            "keepalives_count": 3,
            "tcp_user_timeout": 10_000,
            **(WRITE_CONNECT_ARGS if writes else {}),
        },
    )
    engine = create_engine(url, **kwargs)
    if writes:
        _begin_with_first_statement(engine)
    return engine


# --- PostgreSQL write transactions in fewer round trips ------------------------------------------------------
# psycopg starts a transaction by sending BEGIN and waiting for its answer before the first statement, even in
# pipeline mode; Enter's transaction was four round trips (BEGIN, the lock, the write, COMMIT). On write
# connections the driver is in autocommit and these hooks send BEGIN in one pipeline with each transaction's first
# statement (SQLAlchemy still begins, commits and rolls back as usual: psycopg sends COMMIT or ROLLBACK whenever
# the server is in a transaction, and nothing when it is not). A statement run with ``COMMIT_AFTER`` in its
# execution options is sent in one pipeline with COMMIT: the transaction ends with it, and SQLAlchemy's commit
# afterwards sends nothing. Code that uses the driver connection itself goes through ``driver`` so that it is
# inside the transaction too.
COMMIT_AFTER = "returns_desk_commit_after"
# Connection info: COMMIT_AFTER ended the transaction (nothing may follow); cleared when the next one begins.
_ENDED = "returns_desk_ended"
# Connection info: [(statement, parameters)] to send after BEGIN, ahead of the transaction's first statement
# (``ahead_of_first``); cleared when a transaction begins.
_AHEAD = "returns_desk_ahead"
# True once the server answered a COMMIT sent with ``COMMIT_AFTER``: the transaction is on the server whatever
# happens to the connection next. Cut right after that answer (a server restart, a dropped link), psycopg raised
# as the pipeline ended, and a station took the write for lost and did it again from its copy: the replay then
# opened a conflict against its own work (bench/sync_kills.py). The statement no longer raises then (its results
# came before the COMMIT's); a caller that still gets an error from the dead connection at the commit asks this
# (sync.SyncedStore). Per thread; set to False when a write transaction begins.
COMMIT_ANSWERED: ContextVar[bool] = ContextVar("returns_desk_commit_answered", default=False)


def _begin_with_first_statement(engine: Engine) -> None:
    event.listen(engine, "checkout", _autocommit_at_driver)
    event.listen(engine, "begin", _transaction_begins)
    event.listen(engine, "do_execute", _execute)
    event.listen(engine, "do_execute_no_params", _execute_no_params)
    event.listen(engine, "do_executemany", _executemany)


def _autocommit_at_driver(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    # Also after SQLAlchemy's isolation_level="AUTOCOMMIT" reset the connection (it turns autocommit off then).
    if not dbapi_connection.autocommit:
        dbapi_connection.autocommit = True


def _transaction_begins(connection: Any) -> None:
    connection.info.pop(_ENDED, None)
    connection.info.pop(_AHEAD, None)
    COMMIT_ANSWERED.set(False)


def _must_begin(raw: Any, options: Any, connection: Any) -> bool:
    """True when the next statement on this driver connection must bring BEGIN with it: the driver is idle in
    autocommit, and SQLAlchemy did not ask for autocommit itself (``isolation_level="AUTOCOMMIT"``, for VACUUM
    say). Raises after COMMIT_AFTER ended the transaction: nothing may follow it (a bug, never data)."""
    if not raw.autocommit or raw.pgconn.transaction_status != _IDLE:
        return False
    if options.get("isolation_level") == "AUTOCOMMIT":
        return False
    if connection.info.get(
        _ENDED
    ):  # read only here (read on the first connect, it broke the dialect's initialize)
        raise RuntimeError("a statement after the one that committed this transaction")
    return True


def _run(cursor: Any, context: Any, send: Callable[[], None]) -> bool:
    # An INSERT of many rows SQLAlchemy sends in batches (insertmanyvalues) reaches here once per batch: it ends
    # with SQLAlchemy's own COMMIT instead.
    commit_after = (
        context is not None
        and context.execution_options.get(COMMIT_AFTER)
        and context.execute_style is not ExecuteStyle.INSERTMANYVALUES
    )
    begin = (
        _must_begin(cursor.connection, context.execution_options, context.root_connection)
        if context is not None
        else cursor.connection.autocommit and cursor.connection.pgconn.transaction_status == _IDLE
    )
    if not (begin or commit_after):
        return False
    driver = cursor.connection
    commit = None
    try:
        with driver.pipeline():
            if begin:
                _begin(driver, context.root_connection if context is not None else None)
            send()
            if commit_after:
                # Not driver.commit(): inside a pipeline it waits for the answer itself.
                commit = driver.execute(b"COMMIT")
                context.root_connection.info[_ENDED] = True
    except Exception:
        if commit is None or commit.statusmessage != "COMMIT":
            raise
        log.warning("the connection failed after the server committed: the write stands", exc_info=True)
        # Not back into the pool: the next transaction takes a new connection.
        context.root_connection.connection.invalidate(soft=True)
    if commit is not None:  # answered: a COMMIT that was not raised above
        COMMIT_ANSWERED.set(True)
    return True


def _execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
    return _run(cursor, context, lambda: cursor.execute(statement, parameters))


def _execute_no_params(cursor: Any, statement: str, context: Any) -> bool:
    return _run(cursor, context, lambda: cursor.execute(statement))


def _executemany(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
    return _run(cursor, context, lambda: cursor.executemany(statement, parameters))


def _begin(driver: Any, connection: Any) -> None:
    driver.execute(b"BEGIN")
    for statement, parameters in connection.info.pop(_AHEAD, ()) if connection is not None else ():
        driver.execute(statement, parameters)


def _not_begun(connection: Connection, raw: Any) -> bool:
    """The transaction on this PostgreSQL write connection has not reached the server yet (BEGIN is still due)."""
    return (
        connection.dialect.name == "postgresql"
        and connection.in_transaction()
        and _must_begin(raw, connection.get_execution_options(), connection)
    )


def ahead_of_first(connection: Connection, statement: bytes, parameters: tuple[Any, ...]) -> None:
    """Run ``statement`` (driver SQL, ``%s`` placeholders; its result is not wanted) in this transaction before
    anything else it sends: on a PostgreSQL write connection whose transaction has not reached the server yet, it
    goes in one pipeline with BEGIN and the transaction's first statement, ahead of it (a receipt's turn, with
    the request's lock: one round trip fewer); otherwise it is run now."""
    raw: Any = connection.connection.driver_connection
    if _not_begun(connection, raw):
        connection.info.setdefault(_AHEAD, []).append((statement, parameters))
        return
    driver(connection).execute(statement, parameters)


def driver(connection: Connection) -> Any:
    """The driver connection under ``connection``, inside its transaction (on a PostgreSQL write connection, where
    the driver is in autocommit, BEGIN is sent first if the transaction has not sent a statement yet, with what
    ``ahead_of_first`` left for it)."""
    raw: Any = connection.connection.driver_connection
    if _not_begun(connection, raw):
        with raw.pipeline():
            _begin(raw, connection)
    return raw


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = (
        None  # autocommit at the driver; transactions come from _sqlite_on_begin
    )
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers queue on busy_timeout instead of one failing with
    # "database is locked" when it upgrades a read lock.
    # Read-only work runs in autocommit: each statement reads its own consistent snapshot, no lock is taken.
    if not connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def read_connection(engine: Engine) -> Connection:
    """A connection for reading only: on SQLite it takes no write lock, so a start-up check or a look at the
    schema version does not wait behind a long import that holds the write lock."""
    return engine.execution_options(**{READ_ONLY: True}).connect()


NO_STANDING = "returns_desk: no standing"  # raised by the events table's trigger (migration 0006)
APPEND_ONLY = "returns_desk: the audit trail is append-only"


def lost_standing(exc: BaseException) -> bool:
    """The write was refused because its user or station was deactivated (since they logged in)."""
    return NO_STANDING in str(getattr(exc, "orig", None) or exc)


def explain(exc: BaseException) -> str | None:
    """What a person can do about a database failure they can act on (full disk, read-only file, busy); None when
    it is none of those."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    state = getattr(orig, "sqlstate", None)
    if lost_standing(exc):
        return "Nothing was saved: your badge or this station has been deactivated. Ask a supervisor or an admin."
    if APPEND_ONLY in text:
        return "The audit trail cannot be changed or deleted."
    if "disk is full" in text or state == "53100" or getattr(orig, "errno", None) == 28:
        return "The disk that holds the database is full. Nothing was saved: free some space, then try again."
    if "readonly database" in text or "read-only" in text or state == "25006":
        return (
            "The database cannot be written: its file is read-only for this user. Nothing was saved: ask IT to "
            "check the file's permissions."
        )
    if "database is locked" in text or "database is busy" in text:
        return (
            "The database is busy: another program is writing to it (an import, say). Nothing was saved: try "
            "again in a moment."
        )
    return None


def session_factory(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    """Sessions for changes (one transaction each) or, with ``read_only``, for lookups in autocommit mode.

    A lookup is a single statement, so it needs no BEGIN/COMMIT; on PostgreSQL that saves two round trips.
    """
    options: dict[str, Any] = {}
    if read_only:
        options[READ_ONLY] = True  # SQLite: the driver is in autocommit already; _sqlite_on_begin skips BEGIN
        if engine.dialect.name != "sqlite":
            options["isolation_level"] = "AUTOCOMMIT"
    bind = engine.execution_options(**options) if options else engine
    return sessionmaker(bind, expire_on_commit=False, autoflush=False)


@contextmanager
def unit_of_work(
    factory: sessionmaker[Session], *, commit_on: Callable[[Session, BaseException], bool] | None = None
) -> Iterator[Session]:
    """One transaction: commit if the block finishes, roll back if it raises. Services never commit (on a
    PostgreSQL write connection the transaction's last statement may carry the COMMIT, ``COMMIT_AFTER``: the
    events' insert at commit, Enter's write; the commit here then sends nothing).

    The one exception: an error marked ``keep_changes`` (a refused login that counts a wrong PIN) commits what
    the block wrote before it propagates, so the refusal itself is recorded; and one ``commit_on`` says may end
    with a commit (sync.SyncedStore: a refusal that wrote nothing).
    """
    with factory() as session:
        transaction = session.begin()
        try:
            yield session
        except BaseException as exc:
            if transaction.is_active and (
                getattr(exc, "keep_changes", False) or (commit_on is not None and commit_on(session, exc))
            ):
                transaction.commit()
            else:
                transaction.rollback()
            raise
        else:
            transaction.commit()


@contextmanager
def prepared_at_once(connection: Connection) -> Iterator[None]:
    """Statements run inside are prepared at this first execution (one plan, the generic one), not at the second
    as other statements are on write connections (store.db WRITE_CONNECT_ARGS)."""
    import psycopg  # only on PostgreSQL, as everywhere in this module

    driver = connection.connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    threshold = driver.prepare_threshold
    driver.prepare_threshold = 0
    try:
        yield
    finally:
        driver.prepare_threshold = threshold


def ids_like(connection: Connection) -> tuple[int, int, int, int]:
    """The highest unit, return, user and station ids: psycopg prepares a statement per type of each parameter,
    and takes a Python int as smallint, integer or bigint by its value, so a warm-up sends ids of the size the
    next real ones will have."""
    unit_id, request_id, user_id, station_id = connection.execute(
        select(
            func.coalesce(func.max(Unit.id), 1),
            select(func.coalesce(func.max(ReturnRequest.id), 1)).scalar_subquery(),
            select(func.coalesce(func.max(User.id), 1)).scalar_subquery(),
            select(func.coalesce(func.max(Station.id), 1)).scalar_subquery(),
        )
    ).one()
    return unit_id, request_id, user_id, station_id
