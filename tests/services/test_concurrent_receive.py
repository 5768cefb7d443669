"""Two stations scanning the same parcel at the same moment: exactly one receives it, the other is told."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from returns_desk.domain.errors import AlreadyTaken
from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, receiving, station
from returns_desk.services.database import Database
from returns_desk.services.demo import DemoSample
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Inspection, Unit

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
