"""Enter's PostgreSQL fast path (services/enter_pg.py) leaves exactly what the general way leaves.

The same demo dock is built twice on the real PostgreSQL server, the same parcels received and the same Enters
pressed with the same inputs: once as the station does (the fast path where it applies), once with the fast path
turned off (record_inspection then route_unit). Every row of every table the two ways write is then compared,
column by column (JSON as its stored text: key order, JSON null against SQL NULL), leaving out only what differs
by nature: times, event uuids and transaction ids.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

import psycopg
import psycopg._queries
import pytest
from sqlalchemy import JSON, DateTime, select

from returns_desk.domain.errors import AlreadyTaken
from returns_desk.domain.vocab import Discrepancy, Disposition, Fault, Grade
from returns_desk.services import auth, demo, enter_pg, exceptions, policy, receiving, regrade, station
from returns_desk.services.results import Actor
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Base, Event, ReturnLine, ReturnRequest
from tests.conftest import _truncate_all

pytestmark = pytest.mark.postgres

TABLES = ("units", "return_requests", "inspections", "dispositions", "blind_regrades", "exceptions", "events")
PHOTO = "3" * 64

# (grade, fault, notes, photos, checklist, discrepancies, chosen, reason): each unit gets the next one
INPUTS: list[tuple[Any, ...]] = [
    (Grade.A, Fault.UNKNOWN, None, (), None, (), None, None),
    (
        Grade.B,
        Fault.CUSTOMER,
        "  scuffed lid  ",
        (PHOTO,),
        {"powers_on": True, "complete": False},
        (),
        None,
        None,
    ),
    (Grade.C, Fault.CARRIER, None, (PHOTO, PHOTO[:-1] + "4"), None, (), None, None),
    (Grade.A, Fault.UNKNOWN, "", (), {}, (), None, None),
    (
        Grade.A,
        Fault.UNKNOWN,
        None,
        (),
        None,
        (Discrepancy.WRONG_ITEM,),
        None,
        None,
    ),  # an exception: general way
    (Grade.B, Fault.CUSTOMER, None, (PHOTO,), None, (), Disposition.DISPOSE, "cracked inside"),  # an override
    (Grade.D, Fault.CARRIER, "dead", (PHOTO,), None, (), None, None),
    (Grade.A, Fault.UNKNOWN, None, (), None, (), None, None),
]


@pytest.fixture
def pg(pg_url: str) -> Iterator[str]:
    yield pg_url
    _truncate_all(pg_url)


TIME_IN_JSON = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00")


def _untimed(value: Any) -> Any:
    """Times inside JSON text (an exception's details) masked: the demo dock is dated from when it is built."""
    return TIME_IN_JSON.sub("<time>", value) if isinstance(value, str) else value


def _dump(url: str, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows in id order, without times, event uuids and transaction ids; JSON as stored text."""
    dumped = {}
    with psycopg.connect(url) as conn:
        for name in tables:
            table = Base.metadata.tables[name]
            columns = []
            for column in table.c:
                if isinstance(getattr(column.type, "impl", column.type), DateTime) or column.name in (
                    "uuid",
                    "tx",
                ):
                    continue
                columns.append(f"{column.name}::text" if isinstance(column.type, JSON) else column.name)
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id").fetchall()
            dumped[name] = [tuple(_untimed(v) for v in row) for row in rows]
    return dumped


def _dock(
    url: str, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, Any], list[bool], set[str]]:
    """Seed, receive 20 parcels, Enter every unit with INPUTS in turn; returns the dump and, per Enter, whether
    the fast path took it, and the plates it took."""
    _truncate_all(url)
    database: Database = open_database(url)
    report = demo.seed(database.engine, rmas=60, seed_value=7)
    assert report.sample is not None
    taken: list[bool] = []
    plates: set[str] = set()
    real_try = enter_pg.try_save

    def watched(*args: Any, **kwargs: Any) -> Any:
        result = real_try(*args, **kwargs) if fast else None
        taken.append(result is not None)
        if result is not None:
            plates.add(args[2])
        return result

    monkeypatch.setattr(enter_pg, "try_save", watched)
    try:
        with unit_of_work(database.sessions) as session:
            staff = auth.login(session, report.sample.badge, None, "PARITY")
            boss = auth.login(session, report.sample.supervisor_badge, report.sample.supervisor_pin, "PARITY")
            regrade.set_share_percent(session, boss, 40, "parity test: both ways sample")
        with unit_of_work(database.readers) as session:
            rmas = list(
                session.scalars(
                    select(ReturnRequest.rma_number)
                    .where(ReturnRequest.status == "approved")
                    .order_by(ReturnRequest.id)
                    .limit(20)
                )
            )
            prices = sorted(
                session.scalars(
                    select(ReturnLine.unit_price_cents)
                    .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
                    .where(ReturnRequest.rma_number.in_(rmas))
                )
            )
        # About a third of the lines are of high value (an exception the fast path opens too).
        with unit_of_work(database.sessions) as session:
            policy.put_setting(session, exceptions.HIGH_VALUE_KEY, prices[len(prices) * 2 // 3])
        # Every fifth return arrives a year late: its refund is withheld (an exception the fast path opens).
        with psycopg.connect(url) as conn:
            conn.execute(
                "UPDATE orders SET delivered_at = delivered_at - interval '1 year' WHERE id IN "
                "(SELECT order_id FROM return_requests WHERE rma_number = ANY(%s))",
                (rmas[::5],),
            )
        n = 0
        for rma in rmas:
            with unit_of_work(database.sessions) as session:
                view = receiving.receive_parcel(session, staff, rma)
            for lpn in [u.lpn for line in view.lines for u in line.units]:
                grade, fault, notes, photos, checklist, found, chosen, reason = INPUTS[n % len(INPUTS)]
                n += 1
                with unit_of_work(database.sessions) as session:
                    saved = station.save_unit(
                        session,
                        staff,
                        lpn,
                        grade,
                        fault,
                        notes,
                        photos=photos,
                        discrepancies=found,
                        checklist=checklist,
                        chosen=chosen,
                        reason=reason,
                    )
                assert saved.tag is not None
                assert saved.tag.lpn == lpn
                assert saved.route is not None
                with pytest.raises(AlreadyTaken), unit_of_work(database.sessions) as session:
                    station.save_unit(session, staff, lpn, Grade.A)  # a second Enter: told who has it
        return _dump(url), taken, plates
    finally:
        database.close()  # both pools: the readers have their own on PostgreSQL


def test_the_fast_path_writes_what_the_general_way_writes(pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, fast_taken, plates = _dock(pg, True, monkeypatch)
    general, general_taken, _ = _dock(pg, False, monkeypatch)
    assert not any(general_taken)
    # The fast path took most Enters, and left the ones with an exception or an override to the general way.
    saves = fast_taken[0::2]  # each unit: its Enter, then a refused second Enter
    assert sum(saves) >= len(saves) // 2, saves
    assert not any(fast_taken[1::2])
    for i, took in enumerate(saves):
        if INPUTS[i % len(INPUTS)][5] or INPUTS[i % len(INPUTS)][6]:
            assert not took, i
    # Something of each kind was written, so the comparison below compares something.
    assert fast["blind_regrades"]
    kinds = {row[1] for row in fast["exceptions"]}
    assert "discrepancy" in kinds, kinds
    # A withheld refund's exception and a high-value one were opened by the fast path itself, and both on one unit.
    fast_units = {row[0] for row in fast["units"] if row[1] in plates}
    opened: dict[str, set[int]] = {}
    for row in fast["exceptions"]:
        if row[6] in fast_units:
            opened.setdefault(row[1], set()).add(row[6])
    assert opened.get("refund_withheld"), opened
    assert opened.get("high_value"), opened
    assert opened["refund_withheld"] & opened["high_value"], opened
    assert len(opened["high_value"]) < len(fast_units), opened  # and not every unit
    assert fast["dispositions"]
    assert any(r for r in fast["return_requests"] if "inspected" in r)
    for name in TABLES:
        assert fast[name] == general[name], name


def test_the_write_statement_stays_in_psycopgs_cache(pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """psycopg parses a statement's placeholders again on every execution when the statement is longer than
    4,096 bytes or has more than 50 parameters (0.6 ms of a station's CPU per Enter on a 2-core VM): the write
    statement, as built for real rows, stays within both."""
    enter_pg._WRITE.clear()
    _dock(pg, True, monkeypatch)
    assert enter_pg._WRITE
    for statement in enter_pg._WRITE.values():
        names = set(re.findall(r"%\((\w+)\)s", statement))
        assert len(statement.encode()) <= psycopg._queries.MAX_CACHED_STATEMENT_LENGTH, len(
            statement.encode()
        )
        assert len(names) <= psycopg._queries.MAX_CACHED_STATEMENT_PARAMS, sorted(names)


def test_two_stations_pressing_enter_on_one_unit_at_once(pg: str) -> None:
    """Real concurrent connections: the fast path's lock holds from its first statement to the commit, so exactly
    one Enter grades the unit and the other is told who did."""
    _truncate_all(pg)
    database = open_database(pg)
    try:
        report = demo.seed(database.engine, rmas=10, seed_value=3)
        assert report.sample is not None
        with unit_of_work(database.sessions) as session:
            one = auth.login(session, report.sample.badge, None, "ONE")
            two = auth.login(session, report.sample.badge, None, "TWO")
            view = receiving.receive_parcel(session, one, report.sample.rma)
        lpn = view.lines[0].units[0].lpn
        barrier = threading.Barrier(2)
        outcomes: dict[str, str] = {}

        def enter(actor: Actor) -> None:
            barrier.wait()
            try:
                with unit_of_work(database.sessions) as session:
                    station.save_unit(session, actor, lpn, Grade.A)
                outcomes[actor.station_name or ""] = "saved"
            except AlreadyTaken as exc:
                outcomes[actor.station_name or ""] = str(exc)

        threads = [threading.Thread(target=enter, args=(a,)) for a in (one, two)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(outcomes.values())[1] == "saved", outcomes
        refused = sorted(outcomes.values())[0]
        assert refused.startswith(f"Unit {lpn} was already graded by "), outcomes
        assert " at " in refused, outcomes
        with unit_of_work(database.readers) as session:
            graded = session.scalars(
                select(Event.station_id).where(Event.kind == "unit.inspected", Event.subject_id == lpn)
            ).all()
        assert len(graded) == 1
    finally:
        database.close()  # both pools: the readers have their own on PostgreSQL
