"""A station on the shared PostgreSQL through a line the test can cut: it keeps working from its cache, replays its
outbox exactly once when the line is back, and what the server refuses becomes a supervisor's exception."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from returns_desk import sync
from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import Grade
from returns_desk.services import (
    auth,
    exceptions,
    policy,
    receiving,
    regrade,
    station,
    supervision,
)
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    BlindRegrade,
    DispositionRecord,
    Event,
    ExceptionCase,
    Inspection,
    OutboxMessage,
    ReturnRequest,
    Unit,
)
from returns_desk.sync import bulk_replay
from tests.support.demo_data import approved, approved_return_with_units
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.parametrize(
    "db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)


@pytest.fixture
def proxy(db: Database) -> Iterator[TcpProxy]:
    url = make_url(db.url)
    line = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    yield line
    line.close()


@pytest.fixture
def store(db: Database, seeded: DemoSample, proxy: TcpProxy, tmp_path: Path) -> Iterator[sync.SyncedStore]:
    url = make_url(db.url).set(port=proxy.port).render_as_string(hide_password=False)
    opened = sync.open_station(url, str(tmp_path / "cache.sqlite3"), "DOCK-7")
    yield opened
    opened.close()


def process(store: sync.SyncedStore, actor: Actor, rma: str) -> list[str]:
    """Receive the parcel and grade every unit A (Enter), as at the station; returns the plates printed."""
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    store.after_write()
    lpns = [u.lpn for line in view.lines for u in line.units]
    for lpn in lpns:
        store.write(lambda s, lpn=lpn: station.save_unit(s, actor, lpn, Grade.A))
        store.after_write()
    return lpns


def count(db: Database, query: Any) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(query) or 0)


def test_outage_replay_exactly_once_and_conflicts(
    db: Database,
    seeded: DemoSample,
    supervisor: Actor,
    store: sync.SyncedStore,
    proxy: TcpProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batched: list[int] = []
    real_apply = bulk_replay.apply

    def spy(src: Any, groups: Any) -> set[int]:
        done = real_apply(src, groups)
        batched.append(len(done))
        return done

    monkeypatch.setattr(bulk_replay, "apply", spy)
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-7"))
    rmas = approved(db, 7)
    online_lpns = [lpn for rma in rmas[:2] for lpn in process(store, actor, rma)]
    assert store.online
    inspections_before = count(db, select(func.count()).select_from(Inspection))

    proxy.cut()
    offline_lpns = [lpn for rma in rmas[2:5] for lpn in process(store, actor, rma)]
    assert not store.online
    status = store.status()
    assert status.pending >= 3 * 3  # per parcel: received, inspected and routed at least
    assert "Offline" in status.banner()
    assert str(status.pending) in status.banner()
    # Nothing of it reached the server, and the offline plates come from the block reserved for this station.
    assert count(db, select(func.count()).select_from(Unit).where(Unit.lpn.in_(offline_lpns))) == 0
    assert all(lpn.startswith("LP5") for lpn in offline_lpns)

    # Meanwhile, on the server: a supervisor cancels one return, another station receives another.
    cancelled, taken = rmas[5], rmas[6]
    with unit_of_work(db.sessions) as session:
        supervision.cancel_return(session, supervisor, cancelled, "customer kept it")
        other = auth.login(session, seeded.badge, None, "DOCK-2")
    with unit_of_work(db.sessions) as session:
        receiving.receive_parcel(session, other, taken)
    # The offline station, not knowing, takes both in.
    store.write(lambda s: receiving.receive_parcel(s, actor, cancelled))
    store.write(lambda s: receiving.receive_parcel(s, actor, taken))

    proxy.restore()
    store.maintain(force=True)
    assert store.online
    status = store.status()
    assert status.pending == 0
    assert status.conflicts == 2

    # The plain receipts and Enter presses went through the batch path, the refused ones through the services.
    assert sum(batched) >= 2 * 3
    # What the batch wrote is what the services write: the rules' proposal, its refund, and the station's events.
    with unit_of_work(db.readers) as session:
        for lpn in offline_lpns:
            unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
            assert unit is not None
            assert unit.inspector_id == actor.user_id
            assert unit.version >= 2
            proposal = station.preview(session, lpn, Grade.A)
            assert (unit.disposition, unit.destination) == (
                proposal.decision.disposition.value,
                proposal.decision.destination,
            )
            record = session.scalar(select(DispositionRecord).where(DispositionRecord.unit_id == unit.id))
            assert record is not None
            assert (record.rule_id, record.refund_kind, record.refund_cents) == (
                proposal.decision.rule_id,
                proposal.refund.kind.value,
                proposal.refund.amount_cents,
            )
            kinds = session.scalars(
                select(Event.kind).where(Event.subject_id == lpn).order_by(Event.id)
            ).all()
            assert kinds == ["unit.received", "unit.inspected", "unit.routed"]
        done = session.scalars(
            select(ReturnRequest.status).where(ReturnRequest.rma_number.in_(rmas[2:5]))
        ).all()
        assert done == ["inspected"] * 3
        # The customers hear of it once the work reaches the server: one e-mail per change, none twice.
        mails = session.execute(
            select(ReturnRequest.rma_number, OutboxMessage.template)
            .join(OutboxMessage, OutboxMessage.return_request_id == ReturnRequest.id)
            .where(ReturnRequest.rma_number.in_(rmas[2:5]), OutboxMessage.event_id.is_not(None))
        ).all()
        assert sorted(mails) == sorted((rma, t) for rma in rmas[2:5] for t in ("received", "inspected"))
    # Exactly once: every offline unit is on the server with the plate printed offline, graded once.
    rows = count(
        db,
        select(func.count()).select_from(Unit).where(Unit.lpn.in_(offline_lpns), Unit.status == "restocked"),
    )
    assert rows == len(offline_lpns)
    assert count(db, select(func.count()).select_from(Inspection)) == inspections_before + len(offline_lpns)
    # The conflicts are exceptions holding what the station did; the server's state was not overwritten.
    with unit_of_work(db.readers) as session:
        cases = session.scalars(select(ExceptionCase).where(ExceptionCase.kind == "sync_conflict")).all()
        assert len(cases) == 2
        texts = " ".join(c.description or "" for c in cases)
        assert "cannot go from 'cancelled' to 'received'" in texts
        assert "already received by" in texts
        assert "DOCK-2" in texts
        assert all(c.details["station"] == "DOCK-7" and c.details["commands"] for c in cases)
        statuses = dict(
            session.execute(
                select(ReturnRequest.rma_number, ReturnRequest.status).where(
                    ReturnRequest.rma_number.in_([cancelled, taken])
                )
            ).all()
        )
        assert statuses == {cancelled: "cancelled", taken: "received"}
        taken_units = session.scalars(
            select(Unit.station_id).join(ReturnRequest).where(ReturnRequest.rma_number == taken)
        ).all()
        assert taken_units
        assert all(sid == other.station_id for sid in taken_units)

    # A replay that runs again (a crash after the server committed, before the station noted it) changes nothing.
    events_before = count(db, select(func.count()).select_from(Event))
    with unit_of_work(store.cache.sessions) as local:
        state = sync.state(local)
        state["replayed_id"] = 0
        policy.put_setting(local, sync.STATE_KEY, state)
    again = sync.replay(store.server, store.cache)  # type: ignore[arg-type]
    assert again.applied == 0
    assert again.conflicts == 0
    assert again.skipped > 0
    assert count(db, select(func.count()).select_from(Event)) == events_before
    # The cache now mirrors the server: the offline units carry the server's rows.
    with unit_of_work(store.cache.readers) as local:
        assert local.scalar(select(func.count()).select_from(Unit).where(Unit.id >= sync.LOCAL_ID_FLOOR)) == 0
    assert online_lpns


def test_a_station_starts_offline_from_its_cache(
    db: Database, seeded: DemoSample, proxy: TcpProxy, tmp_path: Path
) -> None:
    url = make_url(db.url).set(port=proxy.port).render_as_string(hide_password=False)
    cache = str(tmp_path / "cache.sqlite3")
    sync.open_station(url, cache, "DOCK-8").close()  # built once while the server answered
    proxy.cut()
    store = sync.open_station(url, cache, "DOCK-8")
    try:
        assert not store.online
        actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-8"))
        # Scans resolve from the cache as they do on the server.
        with unit_of_work(db.readers) as session:
            online = receiving.resolve_scan(session, seeded.tracking)
        offline = store.read(lambda s: receiving.resolve_scan(s, seeded.tracking))
        assert online.match is not None
        assert offline.match is not None
        assert offline.match.rma == online.match.rma
        lpns = process(store, actor, seeded.rma)
        assert store.status().pending > 0
        proxy.restore()
        store.maintain(force=True)
        assert store.online
        assert store.status().pending == 0
        assert count(db, select(func.count()).select_from(Unit).where(Unit.lpn.in_(lpns))) == len(lpns)
    finally:
        store.close()


def test_without_a_cache_an_unreachable_server_is_a_clear_error(
    db: Database, seeded: DemoSample, proxy: TcpProxy, tmp_path: Path
) -> None:
    from returns_desk.store.database import DatabaseUnavailable

    proxy.cut()
    url = make_url(db.url).set(port=proxy.port).render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailable, match="Cannot reach the database"):
        sync.open_station(url, str(tmp_path / "cache.sqlite3"), "DOCK-9")


def test_supervisor_changes_wait_for_the_shared_database(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, proxy: TcpProxy
) -> None:
    sup = store.write(lambda s: auth.login(s, seeded.supervisor_badge, seeded.supervisor_pin, "DOCK-7"))
    rma = approved(db, 1)[0]
    proxy.cut()
    with pytest.raises(
        ValidationFailed, match="shared database is offline, and it is needed to cancel returns"
    ):
        store.write(lambda s: supervision.cancel_return(s, sup, rma, "customer kept it"))
    assert not store.online
    assert store.status().pending == 0  # nothing was kept that would never be sent


def test_batched_replay_opens_what_the_services_would(
    db: Database, seeded: DemoSample, supervisor: Actor, store: sync.SyncedStore, proxy: TcpProxy
) -> None:
    # Every unit sampled for a blind re-grade and every unit "high value": the batch path must open both.
    with unit_of_work(db.sessions) as session:
        regrade.set_share_percent(session, supervisor, 100, "calibration")
        policy.put_setting(session, exceptions.HIGH_VALUE_KEY, 1)
    store.maintain(force=True)  # the station's copy follows the settings
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-7"))
    store.after_write()
    proxy.cut()
    lpns = [lpn for rma in approved(db, 3) for lpn in process(store, actor, rma)]
    assert not store.online
    proxy.restore()
    store.maintain(force=True)
    assert store.online
    assert store.status().pending == 0
    with unit_of_work(db.readers) as session:
        for lpn in lpns:
            unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
            assert unit is not None
            assert unit.exception_kind == "high_value"
            kinds = session.scalars(
                select(ExceptionCase.kind).where(
                    ExceptionCase.unit_id == unit.id, ExceptionCase.status == "open"
                )
            ).all()
            assert "high_value" in kinds
            regrades = session.scalars(select(BlindRegrade).where(BlindRegrade.unit_id == unit.id)).all()
            assert [(r.status, r.first_grade, r.first_inspector_id) for r in regrades] == [
                ("pending", "A", actor.user_id)
            ]
        opened = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.kind == "exception.opened", Event.user_id == actor.user_id)
        )
        assert opened is not None
        assert opened >= len(lpns)


def test_a_replay_and_a_station_settling_a_returns_last_units_at_once_leave_it_inspected(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, proxy: TcpProxy
) -> None:
    """The offline station graded one unit of a two-unit return; when its outbox is replayed, another station is
    in the middle of saving the other unit. Neither alone sees both units settled; the return must still end
    inspected."""
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-7"))
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    store.after_write()
    first, second = [u.lpn for line in view.lines for u in line.units]
    proxy.cut()
    store.write(lambda s: station.save_unit(s, actor, first, Grade.A))
    assert not store.online
    with unit_of_work(db.sessions) as session:
        other = auth.login(session, seeded.badge, None, "DOCK-2")
    proxy.restore()
    replayed = threading.Event()
    errors: list[BaseException] = []

    def replay() -> None:
        try:
            store.maintain(force=True)
        except BaseException as exc:
            errors.append(exc)
        replayed.set()

    with unit_of_work(db.sessions) as session:
        station.save_unit(session, other, second, Grade.A)
        thread = threading.Thread(target=replay)
        thread.start()
        replayed.wait(1.5)  # the replay waits for this transaction, or (unserialised) finishes meanwhile
    thread.join(timeout=60)
    assert not errors
    assert store.online
    assert store.status().pending == 0
    with unit_of_work(db.readers) as session:
        assert set(session.scalars(select(Unit.status).where(Unit.lpn.in_([first, second])))) == {"restocked"}
        assert (
            session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma)) == "inspected"
        )


def test_coming_back_online_sends_one_small_batch_per_maintain(
    db: Database,
    seeded: DemoSample,
    store: sync.SyncedStore,
    proxy: TcpProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A station coming back online sends its outbox a few transactions per maintain (one server transaction,
    REPLAY_BATCH) and works from its copy until all of it is there: the DB worker runs maintain between a person's
    jobs, so nobody waits behind more than one batch, and the server and the machine stay with the stations
    working online. Everything arrives once, in order."""
    batches: list[int] = []
    real_apply = bulk_replay.apply

    def spy(src: Any, groups: Any) -> set[int]:
        batches.append(len(groups))
        return real_apply(src, groups)

    monkeypatch.setattr(bulk_replay, "apply", spy)
    monkeypatch.setattr(store, "REPLAY_BATCH", 3)
    monkeypatch.setattr(store, "PROBE_S", 0.0)  # probe at every maintain: the test need not wait for one
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-7"))
    proxy.cut()
    lpns = [lpn for rma in approved(db, 4) for lpn in process(store, actor, rma)]
    assert not store.online
    proxy.restore()
    pending = [store.status().pending]
    while not store.online:
        sent = len(batches)
        store.maintain()
        assert len(batches) == sent + 1, "one server transaction per maintain"
        pending.append(store.status().pending)
        assert store.online == (pending[-1] == 0)
        assert len(batches) < 20, batches
    # One outbox transaction per receipt and per Enter, three to a server transaction.
    assert batches == [3] * (len(batches) - 1) + [batches[-1]], batches
    assert sum(batches) == 4 + len(lpns)
    assert len(batches) >= 3
    assert pending == sorted(pending, reverse=True)
    assert pending[-1] == 0
    assert count(db, select(func.count()).select_from(Unit).where(Unit.lpn.in_(lpns))) == len(lpns)
    with unit_of_work(store.cache.readers) as local:
        sent = list(
            local.scalars(
                select(Event.uuid).where(Event.id >= sync.LOCAL_ID_FLOOR, Event.kind.in_(sync.COMMAND_KINDS))
            )
        )
    assert sent
    with unit_of_work(db.readers) as session:
        held = list(session.scalars(select(Event.uuid).where(Event.uuid.in_(sent))))
    assert sorted(held) == sorted(sent)  # each command once


def test_a_write_the_server_committed_as_the_connection_died_counts_as_done(
    db: Database, seeded: DemoSample, store: sync.SyncedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut right after the server answered a write's COMMIT (psycopg raises as the pipeline ends: a server
    restart, a dropped link), the station takes the write as done instead of doing it again from its copy, where
    the replay would refuse it and open a conflict against the station's own work (bench/sync_kills.py: 6-33 %
    of the cuts of a busy connection ended so before). The next write goes on a new connection."""
    actor = store.write(lambda s: auth.login(s, seeded.badge, None, "DOCK-7"))
    rma = approved(db, 1)[0]
    real_pipeline = psycopg.Connection.pipeline
    cuts: list[int] = []
    armed = [True]

    @contextmanager
    def pipeline_then_cut(self: psycopg.Connection[Any]) -> Iterator[Any]:
        in_transaction = self.pgconn.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        with real_pipeline(self) as pipeline:
            yield pipeline
        if (
            armed[0]
            and in_transaction
            and self.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE
        ):
            armed[0] = False  # this pipeline ended the transaction: its COMMIT was answered
            cuts.append(self.info.backend_pid)
            with psycopg.connect(db.url.replace("+psycopg", ""), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (self.info.backend_pid,))
            raise psycopg.OperationalError(
                "consuming input failed: server closed the connection unexpectedly"
            )

    monkeypatch.setattr(psycopg.Connection, "pipeline", pipeline_then_cut)
    view = store.write(lambda s: receiving.receive_parcel(s, actor, rma))
    assert len(cuts) == 1, "the receipt's last statement carried its COMMIT and was cut after the answer"
    assert store.online
    lpns = [u.lpn for line in view.lines for u in line.units]
    armed[0] = True
    saved = store.write(lambda s: station.save_unit(s, actor, lpns[0], Grade.A))
    assert len(cuts) == 2, "Enter's write carried its COMMIT and was cut after the answer"
    assert saved.route is not None
    assert store.online
    assert store.status().pending == 0, "nothing was done again from the copy"
    for lpn in lpns[1:]:  # on new connections
        store.write(lambda s, lpn=lpn: station.save_unit(s, actor, lpn, Grade.A))
    assert store.online
    assert store.status().pending == 0
    store.maintain(force=True)
    assert count(db, select(func.count()).select_from(Unit).where(Unit.lpn.in_(lpns))) == len(lpns)
    assert count(
        db, select(func.count()).select_from(Unit).where(Unit.lpn.in_(lpns), Unit.status == "restocked")
    ) == len(lpns)
    assert count(
        db, select(func.count()).select_from(Inspection).join(Unit).where(Unit.lpn.in_(lpns))
    ) == len(lpns)
    assert (
        count(
            db, select(func.count()).select_from(ExceptionCase).where(ExceptionCase.kind == "sync_conflict")
        )
        == 0
    )


def test_stations_started_together_keep_their_caches_in_step_at_moments_of_their_own(
    store: sync.SyncedStore,
) -> None:
    """The DB worker maintains when the store says (maintain_due): about every MAINTAIN_S, each time after a
    random share of it, so stations started in the same instant do not copy into their caches in the same tenth
    of a second every second."""
    low, high = store.MAINTAIN_JITTER
    started = 1000.0
    due = [store.maintain_due(started) for _ in range(400)]
    assert all(started + store.MAINTAIN_S * low <= d <= started + store.MAINTAIN_S * high for d in due)
    assert 0.9 * store.MAINTAIN_S < sum(due) / len(due) - started < 1.1 * store.MAINTAIN_S
    eight = [store.maintain_due(started) for _ in range(8)]
    assert max(eight) - min(eight) > 0.1 * store.MAINTAIN_S
