"""Where a station's reads and writes go: the server while it answers, its offline copy while it does not."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import EventKind
from returns_desk.services import (
    enter_pg,
    events,
    receive_pg,
    receiving,
)
from returns_desk.store.database import Database, DatabaseUnavailable, SchemaMismatch, open_database
from returns_desk.store.db import COMMIT_ANSWERED, ids_like, unit_of_work
from returns_desk.sync import status as sync_status
from returns_desk.sync.cache import PLATES_PER_BLOCK, build_cache, refresh_cache, use_local_ids
from returns_desk.sync.mirror import keep_written, mirror_touched, mirror_touched_into
from returns_desk.sync.replay import replay
from returns_desk.sync.status import CONNECTION_ERRORS, SyncStatus, pending, report_status, state, status
from returns_desk.sync.write_guard import refused_without_writing, statement_sent, transaction_begins

log = logging.getLogger(__name__)

T = TypeVar("T")

# Changes the cache must hold before the person's next action: new units, and a login that registered its
# station (offline work refers to both). Everything else is copied by ``maintain`` within a second.
IMMEDIATE_KINDS = frozenset({EventKind.RETURN_RECEIVED, EventKind.USER_LOGGED_IN})


class SyncedStore:
    """Where a station's reads and writes go: the server while it answers, the cache while it does not.

    Used from the one DB worker thread only (with ``maintain`` called between jobs).
    """

    MAINTAIN_S = 1.0  # between jobs, ``maintain`` about this often (gui/worker.py)
    # Each maintain comes after MAINTAIN_S times a random factor in this range. Stations started in the same second
    # (a shift starting, every station restarted after an update) would otherwise copy into their caches in the same
    # tenth of a second every second, all shift -- each 10-80 ms of work at 8 stations x 10 units/s -- and slow
    # each other's Enter there (bench/sync.py starts its stations together).
    MAINTAIN_JITTER = (0.5, 1.5)
    PROBE_S = 3.0
    # Each probe of an unreachable server comes after PROBE_S times a random factor in this range: when a server
    # restart cuts every station at once, they come back (and replay their outboxes) over a few seconds rather
    # than all in the same one, each slowing the others' Enter.
    PROBE_JITTER = (0.5, 1.5)
    REFRESH_S = sync_status.REFRESH_S
    # Each refresh comes after REFRESH_S times a random factor in this range. Stations started together (a shift
    # starting) would otherwise refresh in the same second every REFRESH_S, all day, and slow each other's Enter.
    REFRESH_JITTER = (0.75, 1.25)
    # Coming back online, the outbox goes one server transaction of REPLAY_BATCH outbox transactions per maintain
    # (about one a second), and the station works from its copy until the outbox is drained. ``maintain`` runs on
    # the DB worker between a person's jobs, so one batch is the longest a person there waits behind it (with
    # rests inside one maintain, their next scan waited up to 5 s). And a server restart brings every station
    # back within seconds: each one's whole outbox in one transaction (~100 ms of the server's and the station's
    # CPU for a few minutes offline) slowed Enter at the others; so did 10-50 at a time with rests, over the
    # two seconds eight stations came back in (bench/sync.py). Each batch costs about 12 ms of the station's CPU
    # whatever its size (the uuids already there, a dozen statements, the cache's mark): 6 s of bench/sync.py's
    # outbox (about 80 parcels) took 0.56 s of the station's CPU and 0.19 s of the server's in batches of 10,
    # 0.24 s and 0.12 s in batches of 50. A few minutes offline at a person's pace is one batch.
    REPLAY_BATCH = 50

    def __init__(
        self, server_url: str, cache: Database, station_name: str, server: Database | None = None
    ) -> None:
        self.server_url = server_url
        self.server = server
        self.cache = cache
        self.station_name = station_name
        self.online = server is not None
        self._next_probe = 0.0
        self._touched: set[tuple[str, str]] = set()
        self._request_of: dict[tuple[str, str], int] = {}  # of touched subjects, where the writer knew it
        self.problem = ""  # why the station stays offline although the server answers (a schema mismatch)
        self._next_refresh = self._refresh_due(time.monotonic())
        # Known to hold no events waiting for the server: set when a mirror found none, cleared by any write to
        # the cache (only those add to the outbox). Saves counting the outbox before each copy (~1.5 ms).
        self._outbox_empty = False
        # Set when a write on the server rolled back: psycopg then forgets every statement it prepared on that
        # connection (it cannot tell what the server kept), and Enter's would be planned again (enter_pg.warm_up).
        self._cold = False
        if server is not None:
            self._watch(server)
        use_local_ids(cache)

    def _watch(self, server: Database) -> None:
        event.listen(server.engine, "rollback", self._rolled_back)
        event.listen(server.engine, "begin", transaction_begins)
        event.listen(server.engine, "before_cursor_execute", statement_sent)

    def _rolled_back(self, _connection: Connection) -> None:
        self._cold = True

    # reads and writes
    def read(self, work: Callable[[Session], T]) -> T:
        if self.online and self.server is not None:
            try:
                try:
                    return self.server.read(work)
                except DBAPIError as exc:
                    if not exc.connection_invalidated:
                        raise
                return self.server.read(work)  # a dropped connection: once more, on a fresh one
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)
        return self.cache.read(work)

    def write(self, work: Callable[[Session], T]) -> T:
        result = self._write(work)
        if self._cold:
            self._warm_again()
        return result

    def _warm_again(self) -> None:
        """Once a write goes through after one that rolled back (refused after a wait for another station's lock,
        say): Enter's and a receipt's statements prepared again for the next. Not after each refusal: a person
        scanning parcels other stations have taken is refused several times in a row."""
        self._cold = False
        if not self.online:
            return  # reconnecting warms up
        try:
            self.warm_up()
        except CONNECTION_ERRORS as exc:
            self._go_offline(exc)
        except Exception:  # the write went through: a failed warm-up must not make it look refused
            log.exception("preparing Enter's statements again failed")

    def _write(self, work: Callable[[Session], T]) -> T:
        if self.online and self.server is not None:
            staged: Session | None = None
            done = False  # the work ran to its end; only the commit was left
            try:
                try:
                    with unit_of_work(self.server.sessions, commit_on=refused_without_writing) as session:
                        keep_written(session)
                        result = work(session)
                        touched = set(session.info.get(events.TOUCHED, ()))
                        request_of = session.info.get(events.REQUEST_OF, {})
                        if IMMEDIATE_KINDS & session.info.get(events.KINDS, set()):
                            # New units: copied into the cache inside this transaction (reading its own rows),
                            # and committed there right after the server commits, so that a line cut the next
                            # second still finds them when the person grades them offline.
                            session.flush()
                            staged = self.cache.sessions()
                            staged.begin()
                            self._outbox_empty = mirror_touched_into(
                                session, staged, touched, outbox_empty=self._outbox_empty
                            )
                        done = True
                except DBAPIError as exc:
                    # The server answered the COMMIT before the connection failed: the write is there. Doing it
                    # again offline would come back from the replay as a conflict with itself.
                    if not (done and COMMIT_ANSWERED.get()):
                        raise
                    log.warning(
                        "the connection failed after the server committed: the write stands (%s)", exc
                    )
                if staged is not None:
                    staged.commit()
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                self._go_offline(exc)
            else:
                self._touched |= touched
                self._request_of.update(request_of)
                return result
            finally:
                if staged is not None:
                    staged.close()
        self._outbox_empty = False
        with unit_of_work(self.cache.sessions) as session:
            return work(session)

    def after_write(self) -> None:
        """Copy what the last writes touched on the server into the cache. ``maintain`` does it every second, in
        one go for all the writes since; receipts were copied inside their own transaction already."""
        if not self._touched or not self.online or self.server is None:
            return
        touched, self._touched = self._touched, set()
        known, self._request_of = self._request_of, {}
        try:
            with unit_of_work(self.server.readers) as src:
                self._outbox_empty = mirror_touched(
                    src, self.cache, touched, outbox_empty=self._outbox_empty, known=known
                )
        except CONNECTION_ERRORS as exc:
            self._go_offline(exc)

    def _go_offline(self, exc: BaseException) -> None:
        if self.online:
            log.warning("shared database unreachable, working offline: %s", exc)
        self.online = False
        self._next_probe = self._probe_due(time.monotonic())

    # between jobs
    def maintain(self, *, force: bool = False) -> None:
        now = time.monotonic()
        self.after_write()
        if not self.online:
            if force or now >= self._next_probe:
                self._next_probe = self._probe_due(now)
                self._try_reconnect(force=force)
            if not (force and self.online):
                return
        if force or now >= self._next_refresh:
            self._next_refresh = self._refresh_due(now)
            try:
                assert self.server is not None
                refresh_cache(self.server, self.cache)
                report_status(self.server, self.station_name, self.status())
            except CONNECTION_ERRORS as exc:
                self._go_offline(exc)

    def maintain_due(self, now: float) -> float:
        """When the next ``maintain`` is due, for one that ran at ``now`` (monotonic seconds)."""
        return now + self.MAINTAIN_S * random.uniform(*self.MAINTAIN_JITTER)

    def _refresh_due(self, now: float) -> float:
        return now + self.REFRESH_S * random.uniform(*self.REFRESH_JITTER)

    def _probe_due(self, now: float) -> float:
        return now + self.PROBE_S * random.uniform(*self.PROBE_JITTER)

    def _try_reconnect(self, *, force: bool = False) -> None:
        try:
            if self.server is None:
                self.server = open_database(self.server_url, migrate_empty=False)
                self._watch(self.server)
            with self.server.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            # One batch per maintain (REPLAY_BATCH); a forced maintain (only tests force one) sends it all now.
            report = replay(self.server, self.cache, batch=self.REPLAY_BATCH, batches=None if force else 1)
            if report.remaining:
                self._next_probe = time.monotonic()  # the next maintain sends the next batch
            if report.remaining == 0:
                self.warm_up()
                self.online = True
                self.server.close_reader()
                report_status(self.server, self.station_name, self.status())
                # The copy is refreshed at a random moment of the next REFRESH_S, not now: a server restart brings
                # every station back within seconds, and their refreshes together (each copying what all the
                # others did since its last one) slowed Enter at the others. Online, reads go to the server.
                self._next_refresh = time.monotonic() + self.REFRESH_S * random.uniform(0.1, 1.0)
                log.info("back online: replayed %s", report)
        except SchemaMismatch as exc:
            self.problem = str(exc)
            log.error("the shared database has another schema: %s", exc)
        except (*CONNECTION_ERRORS, DBAPIError) as exc:
            log.info("shared database still unreachable: %s", exc)

    def warm_up(self) -> None:
        """Prepare Enter's and a receipt's statements on the server connection the next ones take
        (enter_pg.warm_up, receive_pg.warm_up): at start and after a reconnect, the connection is new. Writes
        nothing."""
        if self.server is None:
            return
        # Committed, though it wrote nothing: psycopg forgets its prepared statements at a rollback.
        with unit_of_work(self.server.sessions) as session:
            if session.get_bind().dialect.name == "postgresql":
                ids = ids_like(session.connection())
                enter_pg.warm_up(session, ids)
                receive_pg.warm_up(session, receiving.RECEIVABLE, ids)
        self._cold = False

    def status(self) -> SyncStatus:
        with unit_of_work(self.cache.readers) as session:
            return status(session, self.online)

    def close_reader(self) -> None:
        if self.server is not None:
            self.server.close_reader()
        self.cache.close_reader()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.cache.close()


def open_station(
    server_url: str, cache_path: str, station_name: str, *, plates: int = PLATES_PER_BLOCK
) -> SyncedStore:
    """Open a station's store: the server if it answers (building or refreshing the cache), else the cache alone."""
    cache = open_database(cache_path)
    try:
        server: Database | None = open_database(server_url, migrate_empty=False)
    except DatabaseUnavailable:
        server = None
        with unit_of_work(cache.readers) as session:
            if not state(session):
                cache.close()
                raise
    store = SyncedStore(server_url, cache, station_name, server)
    if server is not None:
        with unit_of_work(cache.readers) as session:
            waiting = pending(session)
            built = bool(state(session))
        if waiting:
            replay(server, cache)
        if built:
            refresh_cache(server, cache)
        else:
            build_cache(server, cache, station_name, plates=plates)
        try:
            store.warm_up()
        except CONNECTION_ERRORS as exc:
            store._go_offline(exc)
    return store
