"""Authority checked where the data is: standing at every write, supervisor reads, an audit trail that cannot be
edited, demo people that never reach a real database, and no PIN hashes in a station's offline copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from returns_desk.domain.errors import PermissionDenied
from returns_desk.domain.vocab import Role
from returns_desk.services import admin, auth, demo, exceptions, queue, receiving, regrade, rules_admin
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import explain, lost_standing, unit_of_work
from returns_desk.store.models import Event, ReturnRequest, Station, User
from tests.support.demo_data import approved


def run(db: Database, work: Callable[[Any], Any]) -> Any:
    with unit_of_work(db.sessions) as session:
        return work(session)


def admin_of(db: Database, seeded: DemoSample) -> Actor:
    return run(db, lambda s: auth.login(s, seeded.admin_badge, seeded.admin_pin, "ADMIN-DESK"))


def status_of(db: Database, rma: str) -> str:
    with unit_of_work(db.readers) as session:
        found = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma))
    assert found is not None
    return found


def test_a_user_deactivated_during_their_session_can_save_nothing(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    boss = admin_of(db, seeded)
    run(db, lambda s: admin.set_user_active(s, boss, staff.badge, False, "left the company"))
    rma = approved(db, 1)[0]
    with pytest.raises(DBAPIError) as refused:
        run(db, lambda s: receiving.receive_parcel(s, staff, rma))  # the session's Actor is still in hand
    assert lost_standing(refused.value)
    assert "badge or this station has been deactivated" in (explain(refused.value) or "")
    assert status_of(db, rma) == "approved"


def test_a_station_deactivated_after_login_receives_nothing(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    boss = admin_of(db, seeded)
    run(db, lambda s: admin.set_station_active(s, boss, "TEST-STATION", False, "moved to the mezzanine"))
    rma = approved(db, 1)[0]
    with pytest.raises(DBAPIError) as refused:
        run(db, lambda s: receiving.receive_parcel(s, staff, rma))
    assert lost_standing(refused.value)
    assert status_of(db, rma) == "approved"


@pytest.mark.parametrize("spelling", ["DOCK-3 ", "dock-3", " Dock-3", "DOCK-3\t"])
def test_no_spelling_of_a_deactivated_stations_name_gets_round_it(
    db: Database, seeded: DemoSample, spelling: str
) -> None:
    boss = admin_of(db, seeded)
    run(db, lambda s: admin.set_station_active(s, boss, "DOCK-3", False, "scanner broken"))
    with pytest.raises(PermissionDenied, match="DOCK-3 is deactivated"):
        run(db, lambda s: auth.login(s, seeded.badge, None, spelling))
    with unit_of_work(db.readers) as session:
        assert session.scalars(select(Station.name).where(Station.name.ilike("%dock-3%"))).all() == ["DOCK-3"]
    with pytest.raises(Exception, match="already exists"):
        run(db, lambda s: admin.create_station(s, boss, spelling))


def test_an_admin_cannot_deactivate_the_station_they_work_at(db: Database, seeded: DemoSample) -> None:
    boss = admin_of(db, seeded)
    with pytest.raises(Exception, match="station you are working at"):
        run(db, lambda s: admin.set_station_active(s, boss, "admin-desk", False, "tidy up"))


@pytest.mark.parametrize(
    "read",
    [
        lambda s, a: queue.page(s, a, queue.QueueFilter()),
        lambda s, a: queue.count(s, a, queue.QueueFilter()),
        lambda s, a: queue.people(s, a),
        lambda s, a: exceptions.open_exceptions(s, a),
        lambda s, a: exceptions.assignees(s, a),
        lambda s, a: rules_admin.history(s, a),
        lambda s, a: regrade.agreement(s, a),
    ],
)
def test_supervisor_reads_refuse_staff(db: Database, seeded: DemoSample, staff: Actor, read: Any) -> None:
    with pytest.raises(PermissionDenied), unit_of_work(db.readers) as session:
        read(session, staff)


def test_the_audit_trail_cannot_be_edited_or_deleted(db: Database, seeded: DemoSample) -> None:
    for statement in ("UPDATE events SET kind = 'nothing.happened'", "DELETE FROM events"):
        with pytest.raises(DBAPIError, match="append-only"):
            run(db, lambda s, statement=statement: s.execute(text(statement)))
    if db.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            run(db, lambda s: s.execute(text("TRUNCATE events")))
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(Event.id).where(Event.kind == "nothing.happened")) is None


def test_demo_data_goes_only_into_an_empty_or_demo_database(db: Database, tmp_path: Path) -> None:
    # A real database: one admin, created the way IT does it, and no returns yet.
    def first_admin(session: Any) -> None:
        session.add(
            User(
                badge="IT-1",
                name="Sam IT",
                role=Role.ADMIN.value,
                pin_hash=auth.hash_pin("90210"),
                active=True,
                created_at=demo.datetime.now(demo.UTC),
            )
        )

    run(db, first_admin)
    assert not demo.is_blank(db.engine)  # the app does not fill it on start
    with pytest.raises(PermissionDenied, match="real users or returns"):
        demo.seed(db.engine, rmas=5)
    with unit_of_work(db.readers) as session:
        assert session.scalars(select(User.badge)).all() == ["IT-1"]


def test_demo_pins_are_fresh_for_each_demo_database(db: Database, seeded: DemoSample) -> None:
    assert seeded.supervisor_pin.isdigit()
    assert len(seeded.supervisor_pin) == 6
    assert seeded.supervisor_pin != "4826"
    with unit_of_work(db.readers) as session:
        hashes = dict(
            session.execute(select(User.badge, User.pin_hash).where(User.pin_hash.is_not(None))).all()
        )
        seeded_event = session.scalar(select(Event.kind).where(Event.kind == "demo.seeded"))
    assert hashes[seeded.supervisor_badge] != hashes[seeded.admin_badge]  # two PINs, two salts
    assert auth.pin_matches(hashes[seeded.admin_badge], seeded.admin_pin)
    assert seeded_event == "demo.seeded"
    # Seeding the demo database again adds returns, and no new people with new PINs.
    again = demo.seed(db.engine, rmas=5, seed_value=3)
    assert again.sample is not None
    assert again.sample.supervisor_pin == ""


@pytest.mark.parametrize("db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_stations_offline_copy_holds_no_pin_hashes(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    from returns_desk import sync

    store = sync.open_station(db.url, str(tmp_path / "cache.sqlite3"), "DOCK-7")
    try:
        # Online, a supervisor logs in with the PIN as ever (the login runs on the server).
        store.write(lambda s: auth.login(s, seeded.supervisor_badge, seeded.supervisor_pin, "DOCK-7"))
        with unit_of_work(store.cache.readers) as session:
            copied = session.execute(select(User.badge, User.pin_hash)).all()
        assert {badge for badge, _ in copied} >= {seeded.badge, seeded.supervisor_badge, seeded.admin_badge}
        assert all(pin_hash is None for _, pin_hash in copied)
        # From the copy alone, a supervisor's PIN login is refused with the reason; a staff badge works.
        with (
            pytest.raises(PermissionDenied, match="needs the shared database"),
            unit_of_work(store.cache.sessions) as session,
        ):
            auth.login(session, seeded.supervisor_badge, seeded.supervisor_pin, "DOCK-7")
        with unit_of_work(store.cache.sessions) as session:
            assert auth.login(session, seeded.badge, None, "DOCK-7").role is Role.STAFF
    finally:
        store.close()
