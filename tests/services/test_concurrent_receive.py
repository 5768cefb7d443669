"""Two stations scanning the same parcel at the same moment: exactly one receives it, the other is told."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import AlreadyTaken
from returns_desk.domain.lifecycle import UNIT_DONE
from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, receiving, station
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Inspection, ReturnRequest, Unit
from tests.support.demo_data import approved_return_with_units
from tests.support.locks import return_row_is_free, wait_for_a_lock_wait

STATIONS = 4


def test_only_one_station_receives_a_parcel(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.sessions) as session:
        actors = [auth.login(session, seeded.badge, None, f"DOCK-{i}") for i in range(STATIONS)]
    barrier = threading.Barrier(STATIONS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def station(i: int) -> None:
        barrier.wait()
        try:
            with unit_of_work(db.sessions) as session:
                receiving.receive_parcel(session, actors[i], seeded.rma)
            result = "received"
        except AlreadyTaken as exc:
            result = f"refused: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=station, args=(i,)) for i in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(o.split(":")[0] for o in outcomes) == ["received"] + ["refused"] * (STATIONS - 1)
    # The others are told who has it.
    assert all(
        f"{seeded.rma} was already received by" in o and " at DOCK-" in o
        for o in outcomes
        if o.startswith("refused")
    )
    with unit_of_work(db.readers) as session:
        view = receiving.resolve_scan(session, seeded.rma).match
        units = session.scalar(
            select(func.count()).select_from(Unit).where(Unit.return_request_id == view.request_id)
        )
    assert units == 1


def test_only_one_station_grades_a_unit_and_the_others_are_told_who(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.sessions) as session:
        actors = [auth.login(session, seeded.badge, None, f"DOCK-{i}") for i in range(STATIONS)]
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, actors[0], seeded.rma)
    lpn = view.lines[0].units[0].lpn
    barrier = threading.Barrier(STATIONS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def grade(i: int) -> None:
        barrier.wait()
        try:
            with unit_of_work(db.sessions) as session:
                station.save_unit(session, actors[i], lpn, Grade.A)
            result = "saved"
        except AlreadyTaken as exc:
            result = f"refused: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=grade, args=(i,)) for i in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(o.split(":")[0] for o in outcomes) == ["refused"] * (STATIONS - 1) + ["saved"]
    assert all(f"{lpn} was already graded by" in o and "DOCK-" in o for o in outcomes if o != "saved")
    with unit_of_work(db.readers) as session:
        graded = session.scalar(
            select(func.count()).select_from(Inspection).join(Unit).where(Unit.lpn == lpn)
        )
    assert graded == 1


def test_two_stations_settling_the_last_units_of_a_return_at_once_leave_it_inspected(
    db: Database, seeded: DemoSample
) -> None:
    """Station A has saved one unit of a two-unit return but not committed when station B saves the other. Each
    alone sees the other's unit still open; the return must still end inspected, not stay 'received'."""
    with unit_of_work(db.sessions) as session:
        a, b = (auth.login(session, seeded.badge, None, f"DOCK-{i}") for i in range(2))
        rma = approved_return_with_units(session, 2)
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, a, rma)
    first, second = [u.lpn for line in view.lines for u in line.units]
    b_finished = threading.Event()
    errors: list[BaseException] = []

    def station_b() -> None:
        try:
            with unit_of_work(db.sessions) as session:
                station.save_unit(session, b, second, Grade.A)
        except BaseException as exc:
            errors.append(exc)
        b_finished.set()

    with unit_of_work(db.sessions) as session:
        saved = station.save_unit(session, a, first, Grade.A)
        thread = threading.Thread(target=station_b)
        thread.start()
        # B either waits for A (the return is locked with the unit) or, if nothing serialised them, finishes now.
        b_finished.wait(1.0)
    thread.join(timeout=30)
    assert not errors
    assert saved.route is not None
    assert saved.route.unit_status in UNIT_DONE
    with unit_of_work(db.readers) as session:
        statuses = set(session.scalars(select(Unit.status).where(Unit.lpn.in_([first, second]))))
        request_status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == rma))
    assert statuses <= {s.value for s in UNIT_DONE}, statuses
    assert request_status == "inspected"


def test_stations_reserving_plates_for_the_first_time_at_once_get_separate_blocks(db: Database) -> None:
    from returns_desk.services import tags

    barrier = threading.Barrier(STATIONS)
    firsts: list[int] = []
    lock = threading.Lock()

    def reserve() -> None:
        barrier.wait()
        with unit_of_work(db.sessions) as session:
            first = tags.take_serials(session, 100)
        with lock:
            firsts.append(first)

    threads = [threading.Thread(target=reserve) for _ in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(firsts) == [tags.PREPRINT_FIRST_SERIAL + 100 * i for i in range(STATIONS)]


@pytest.mark.parametrize("db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_refused_receipt_holds_no_lock_on_the_return(db: Database, seeded: DemoSample) -> None:
    """The stations that lose a race for a parcel are refused without holding the return's row: the winner's
    next Enter, which locks the return with its unit, does not queue behind their refusals."""
    with unit_of_work(db.sessions) as session:
        winner, loser = (auth.login(session, seeded.badge, None, f"DOCK-{i}") for i in range(2))
    with unit_of_work(db.sessions) as session:
        receiving.receive_parcel(session, winner, seeded.rma)
    with db.sessions() as refused:
        refused.begin()
        with pytest.raises(AlreadyTaken, match="already received by"):
            receiving.receive_parcel(refused, loser, seeded.rma)
        assert return_row_is_free(db, seeded.rma)  # while the refused transaction is still open
        refused.rollback()


@pytest.mark.parametrize("db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_station_that_lost_the_race_holds_no_lock_on_the_return(db: Database, seeded: DemoSample) -> None:
    """The loser scanned while the winner's receipt was still open: it waits, is refused once the winner
    commits, and, its own transaction still open, holds nothing on the return (PostgreSQL would have it lock the
    row's new version if it waited on the row itself)."""
    with unit_of_work(db.sessions) as session:
        winner, loser = (auth.login(session, seeded.badge, None, f"DOCK-{i}") for i in range(2))
    holding, release, refused, checked = (threading.Event() for _ in range(4))
    failures: list[BaseException] = []

    def win() -> None:
        try:
            with unit_of_work(db.sessions) as session:
                receiving.receive_parcel(session, winner, seeded.rma)
                holding.set()
                assert release.wait(30)
        except BaseException as exc:
            failures.append(exc)
            holding.set()

    def lose() -> None:
        try:
            with db.sessions() as session:
                session.begin()
                with pytest.raises(AlreadyTaken, match=r"already received by .* at DOCK-0"):
                    receiving.receive_parcel(session, loser, seeded.rma)
                refused.set()
                assert checked.wait(30)  # its transaction open while the return's row is tried
                session.rollback()
        except BaseException as exc:
            failures.append(exc)
            refused.set()

    threads = [threading.Thread(target=win), threading.Thread(target=lose)]
    threads[0].start()
    try:
        assert holding.wait(30)
        threads[1].start()
        wait_for_a_lock_wait(db)
    finally:
        release.set()
    try:
        assert refused.wait(30)
        assert not failures, failures
        assert return_row_is_free(db, seeded.rma)
    finally:
        checked.set()
        for t in threads:
            t.join(timeout=30)
    assert not failures, failures
