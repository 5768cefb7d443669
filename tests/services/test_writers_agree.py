"""Every writer of the dock's commands leaves the rows the general way leaves, on SQLite and on PostgreSQL.

A receipt and a grade-and-route (Enter) are written by the general way through the ORM (receiving, inspection),
by the PostgreSQL fast paths (receive_pg, enter_pg) and by the set-wise replay of an offline station's outbox
(sync.bulk_replay). The same demo dock is built once per writer: the general way does a morning's work of receipts
and Enters; each other writer then does that same work on a fresh copy of the dock (the fast paths by pressing the
same keys, the bulk replay by replaying the general way's events as an outbox). Every row of every table either
writes is compared column by column (JSON as its stored text), leaving out only what differs by nature: times,
event uuids and transaction ids. Dropping or changing a field in any one writer fails it.

The demo generator writes history, not commands (its own mix of open questions, no blind re-grades); that its
rows are the commands' rows is checked unit by unit below.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import JSON, DateTime, String, cast, func, select

from returns_desk.domain.rules import DispositionDecision, RefundDecision
from returns_desk.domain.vocab import Disposition, ExceptionKind, Fault, Grade, RefundKind
from returns_desk.services import (
    auth,
    commands,
    demo,
    enter_pg,
    exceptions,
    policy,
    receive_pg,
    receiving,
    regrade,
    station,
)
from returns_desk.services.results import Actor
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Base,
    BlindRegrade,
    DispositionRecord,
    Event,
    ExceptionCase,
    Inspection,
    Order,
    RefurbWork,
    ReturnLine,
    ReturnRequest,
    Unit,
)
from returns_desk.sync import bulk_replay
from tests.conftest import _truncate_all

TABLES = (
    "units",
    "return_requests",
    "return_lines",
    "inspections",
    "dispositions",
    "blind_regrades",
    "exceptions",
    "events",
)
PHOTO = "5" * 64
# What each Enter says (grade, fault, notes, photos, checklist): the plain kind every writer takes.
ENTERS: list[tuple[Grade, Fault, str | None, tuple[str, ...], dict[str, bool] | None]] = [
    (Grade.A, Fault.UNKNOWN, None, (), None),
    (Grade.B, Fault.CUSTOMER, "  scuffed lid  ", (PHOTO,), {"powers_on": True, "complete": False}),
    (Grade.C, Fault.CARRIER, None, (PHOTO, PHOTO[:-1] + "6"), None),
    (Grade.A, Fault.UNKNOWN, "", (), {}),
    (Grade.D, Fault.CARRIER, "dead", (PHOTO,), None),
]
RMAS = 12
TIME_IN_JSON = re.compile(r"\d{4}-\d\d-\d\d[T ][\d:.]+(\+00:00)?")


def _dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows in id order, without times, uuids and transaction ids; JSON as its stored text."""
    dumped = {}
    with database.engine.connect() as conn:
        for name in TABLES:
            table = Base.metadata.tables[name]
            columns = [
                cast(c, String) if isinstance(c.type, JSON) else c
                for c in table.c
                if not isinstance(getattr(c.type, "impl", c.type), DateTime) and c.name not in ("uuid", "tx")
            ]
            rows = conn.execute(select(*columns).order_by(table.c.id)).all()
            dumped[name] = [
                tuple(TIME_IN_JSON.sub("<time>", v) if isinstance(v, str) else v for v in row) for row in rows
            ]
    return dumped


def _opener(request: pytest.FixtureRequest, kind: str, tmp_path: Path) -> tuple[Any, list[Database]]:
    """Opens the dock anew, empty, on this kind of database; the caller seeds it."""
    opened: list[Database] = []

    def make() -> Database:
        if kind == "sqlite":
            path = tmp_path / f"dock-{len(opened)}.sqlite3"
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
            database = open_database(f"sqlite:///{path}")
        else:
            url = request.getfixturevalue("pg_url")
            _truncate_all(url)
            database = open_database(url)
        opened.append(database)
        return database

    return make, opened


@pytest.fixture
def fresh(request: pytest.FixtureRequest, db: Database, tmp_path: Path) -> Iterator[Any]:
    """A new empty dock of the test's kind of database, each time it is called."""
    make, opened = _opener(request, db.engine.dialect.name, tmp_path)
    yield make
    for database in opened:
        database.close()


@pytest.fixture
def fresh_pg(request: pytest.FixtureRequest, pg_url: str, tmp_path: Path) -> Iterator[Any]:
    make, opened = _opener(request, "postgresql", tmp_path)
    yield make
    for database in opened:
        database.close()


def _base(database: Database) -> tuple[Actor, list[str]]:
    """The demo dock, its settings set so that every kind of row is written: a third of the units of high value,
    two in five sampled for a blind re-grade, every fourth return a year late (late receipt, refund withheld)."""
    report = demo.seed(database.engine, rmas=40, seed_value=7)
    assert report.sample is not None
    with unit_of_work(database.sessions) as session:
        staff = auth.login(session, report.sample.badge, None, "PARITY")
        boss = auth.login(session, report.sample.supervisor_badge, report.sample.supervisor_pin, "PARITY")
        regrade.set_share_percent(session, boss, 40, "parity: every writer samples")
        rmas = list(
            session.scalars(
                select(ReturnRequest.rma_number)
                .where(ReturnRequest.status == "approved")
                .order_by(ReturnRequest.id)
                .limit(RMAS)
            )
        )
        prices = sorted(
            session.scalars(
                select(ReturnLine.unit_price_cents)
                .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
                .where(ReturnRequest.rma_number.in_(rmas))
            )
        )
        policy.put_setting(session, exceptions.HIGH_VALUE_KEY, prices[len(prices) * 2 // 3])
        late = select(ReturnRequest.order_id).where(ReturnRequest.rma_number.in_(rmas[::4]))
        for order in session.scalars(select(Order).where(Order.id.in_(late))):
            order.delivered_at = order.delivered_at.replace(year=order.delivered_at.year - 1)
    return staff, rmas


def _work(database: Database, staff: Actor, rmas: list[str]) -> None:
    """A morning at the station: each parcel received, each of its units graded and routed with the next Enter."""
    n = 0
    for rma in rmas:
        with unit_of_work(database.sessions) as session:
            view = receiving.receive_parcel(session, staff, rma)
        for lpn in [u.lpn for line in view.lines for u in line.units]:
            grade, fault, notes, photos, checklist = ENTERS[n % len(ENTERS)]
            n += 1
            with unit_of_work(database.sessions) as session:
                saved = station.save_unit(
                    session, staff, lpn, grade, fault, notes, photos=photos, checklist=checklist
                )
            assert saved.route is not None


def _general_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(receive_pg, "try_receive", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(enter_pg, "try_save", lambda *_args, **_kwargs: None)


def _reference(fresh: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[list[Any]]]:
    """The general way's dock, and its morning's events grouped by transaction: the outbox a station would hold."""
    database = fresh()
    staff, rmas = _base(database)
    with unit_of_work(database.readers) as session:
        before = session.scalar(select(func.max(Event.id))) or 0
    with monkeypatch.context() as patched:
        _general_way(patched)
        _work(database, staff, rmas)
    with unit_of_work(database.readers) as session:
        rows = session.scalars(select(Event).where(Event.id > before).order_by(Event.id)).all()
        outbox = [
            SimpleNamespace(**{c.name: getattr(e, c.name) for c in Event.__table__.c})
            for e in rows
            if e.kind in ("return.received", "unit.inspected", "unit.routed")
        ]
    groups: dict[str, list[Any]] = {}
    for e in outbox:
        groups.setdefault(e.tx, []).append(e)
    reference = _dump(database)
    _check_something_of_each_kind(reference)
    return reference, list(groups.values())


def _check_something_of_each_kind(dock: dict[str, Any]) -> None:
    """The comparison compares something: units graded, routed, sampled, and all three exceptions opened."""
    assert dock["inspections"]
    assert dock["dispositions"]
    assert dock["blind_regrades"]
    kinds = {row[1] for row in dock["exceptions"]}
    assert {"high_value", "refund_withheld", "outside_window"} <= kinds, kinds


def _differences(ours: dict[str, Any], reference: dict[str, Any]) -> dict[str, Any]:
    return {
        name: [(a, b) for a, b in zip(ours[name], reference[name], strict=False) if a != b][:3]
        or f"{len(ours[name])} rows, the general way {len(reference[name])}"
        for name in TABLES
        if ours[name] != reference[name]
    }


@pytest.mark.postgres
def test_the_postgresql_fast_paths_write_what_the_general_way_writes(
    fresh_pg: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, _ = _reference(fresh_pg, monkeypatch)
    database = fresh_pg()
    staff, rmas = _base(database)
    taken: list[object] = []
    real_save = enter_pg.try_save

    def counted(*args: Any, **kwargs: Any) -> Any:
        result = real_save(*args, **kwargs)
        taken.append(result)
        return result

    monkeypatch.setattr(enter_pg, "try_save", counted)
    _work(database, staff, rmas)
    assert taken
    assert all(result is not None for result in taken), "every Enter of the morning took the fast path"
    differences = _differences(_dump(database), reference)
    assert differences == {}, "\n".join(f"{k}: {v}" for k, v in differences.items())


def test_the_bulk_replay_writes_what_the_general_way_writes(
    db: Database, fresh: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, outbox = _reference(fresh, monkeypatch)
    database = fresh()
    _base(database)
    with unit_of_work(database.sessions) as session:
        done = bulk_replay.apply(session, outbox)
    assert done == set(range(len(outbox))), "every receipt and Enter of the morning was replayed set-wise"
    differences = _differences(_dump(database), reference)
    assert differences == {}, "\n".join(f"{k}: {v}" for k, v in differences.items())


def test_the_demo_writes_the_rows_its_commands_build(db: Database) -> None:
    """Each demo unit graded and routed holds exactly what commands builds from its recorded grade and route."""
    demo.seed(db.engine, rmas=60, seed_value=3)
    with unit_of_work(db.readers) as session:
        units = session.scalars(select(Unit).where(Unit.grade.is_not(None)).order_by(Unit.id)).all()
        assert units
        checked = 0
        for unit in units:
            found = session.scalars(
                select(Inspection).where(Inspection.unit_id == unit.id, Inspection.blind.is_(False))
            ).one()  # the first grade (a blind second one leaves the unit as it was)
            by = commands.By(found.inspector_id, found.station_id)
            row = commands.inspection_row(
                unit.id,
                by,
                Grade(found.grade),
                Fault(found.fault),
                None,
                None,
                (),
                found.photos or (),
                found.inspected_at,
            )
            assert {c: getattr(found, c) for c in row} == row
            events = {
                e.kind: e
                for e in session.scalars(select(Event).where(Event.subject_id == unit.lpn).order_by(Event.id))
            }
            assert events["unit.received"].payload == commands.unit_received_payload(
                session.get_one(ReturnRequest, unit.return_request_id).rma_number
            )
            inspected = events["unit.inspected"].payload
            # Below grade A a photo is required: the stored inspection and its event both hold it.
            assert bool(found.photos) is Grade(found.grade).needs_photo
            assert inspected["photos"] == (found.photos or [])
            assert (
                (inspected["grade"], inspected["fault"])
                == (found.grade, found.fault)
                == (unit.grade, found.fault)
            )
            route = session.scalars(
                select(DispositionRecord).where(DispositionRecord.unit_id == unit.id)
            ).first()
            if route is None:
                assert unit.status == "missing"
                continue
            assert (inspected["proposed"], inspected["rule"]) == (route.proposed, route.rule_id)
            decision = DispositionDecision(
                Disposition(route.proposed), route.destination, route.rule_id, "", route.needs_approval
            )
            refund = RefundDecision(
                RefundKind(route.refund_kind), route.refund_cents, route.restocking_fee_cents, ""
            )
            assert inspected == commands.inspected_payload(
                Grade(found.grade), Fault(found.fault), None, None, (), found.photos or (), decision
            )
            assert events["unit.routed"].payload == commands.routed_payload(
                decision, Disposition(route.chosen), None, route.needs_approval, refund
            )
            assert route.chosen == unit.disposition
            assert route.destination == unit.destination
            if unit.exception_kind is not None:
                case = session.scalars(select(ExceptionCase).where(ExceptionCase.unit_id == unit.id)).one()
                assert case.kind == unit.exception_kind
                opened = session.scalars(
                    select(Event).where(Event.kind == "exception.opened", Event.subject_id == str(case.id))
                ).one()
                assert opened.payload == commands.case_payload(
                    ExceptionKind(case.kind), unit.lpn, None, None, case.details
                )
            checked += 1
    assert checked == len(units)


def test_the_demos_regrades_and_bench_work_are_what_the_commands_write(db: Database) -> None:
    demo.seed(db.engine, rmas=300, seed_value=5)
    with unit_of_work(db.readers) as session:
        done = session.scalars(select(BlindRegrade).where(BlindRegrade.status == "done")).all()
        assert done
        for item in done:
            first = session.get_one(Inspection, item.first_inspection_id)
            assert item.second_inspection_id is not None
            second = session.get_one(Inspection, item.second_inspection_id)
            assert (first.blind, second.blind) == (False, True)
            assert (first.grade, first.inspector_id) == (item.first_grade, item.first_inspector_id)
            assert (second.grade, second.inspector_id) == (item.second_grade, item.second_inspector_id)
            assert second.inspector_id != first.inspector_id
            assert item.agreed == (item.first_grade == item.second_grade)
            assert item.done_at is not None
            assert item.done_at >= first.inspected_at
        work = session.scalars(select(RefurbWork)).all()
        assert work
        assert {session.get_one(Unit, w.unit_id).disposition for w in work} == {"refurbish"}
        said = {
            kind: session.scalar(select(func.count()).select_from(Event).where(Event.kind == kind))
            for kind in ("unit.regraded_blind", "unit.refurb_work")
        }
    assert said == {"unit.regraded_blind": len(done), "unit.refurb_work": len(work)}
