"""Grading and routing: proposals name their rule, overrides need reasons, roles are enforced by the service."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import AlreadyTaken, PermissionDenied, ValidationFailed
from returns_desk.domain.vocab import Disposition, Fault, Grade, RefundKind, ReturnStatus, UnitStatus
from returns_desk.services import inspection, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import DispositionRecord, Event, Inspection, ReturnRequest, Unit


@pytest.fixture
def lpn(db: Database, seeded: DemoSample, staff: Actor) -> str:
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    return view.lines[0].units[0].lpn


def unit_row(db: Database, lpn: str) -> Unit:
    with unit_of_work(db.readers) as session:
        unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
        assert unit is not None
        return unit


def count(db: Database, model: type) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_grade_a_then_enter_restocks_and_closes_the_inspection(
    db: Database, seeded: DemoSample, staff: Actor, lpn: str
) -> None:
    with unit_of_work(db.sessions) as session:
        proposal = inspection.record_inspection(session, staff, lpn, Grade.A)
    assert proposal.decision.disposition is Disposition.RESTOCK
    assert proposal.decision.rule_id == "new"
    assert proposal.refund.kind is RefundKind.FULL
    with unit_of_work(db.sessions) as session:
        routed = inspection.route_unit(session, staff, lpn)
    assert (routed.unit_status, routed.chosen, routed.rule_id) == (
        UnitStatus.RESTOCKED,
        Disposition.RESTOCK,
        "new",
    )
    assert routed.request_status is ReturnStatus.INSPECTED
    unit = unit_row(db, lpn)
    assert (unit.status, unit.grade, unit.disposition, unit.destination) == (
        "restocked",
        "A",
        "restock",
        "A-STOCK",
    )
    with unit_of_work(db.readers) as session:
        kinds = session.scalars(
            select(Event.kind).where(Event.subject_id.in_([lpn, seeded.rma])).order_by(Event.id)
        ).all()
        status = session.scalar(select(ReturnRequest.status).where(ReturnRequest.rma_number == seeded.rma))
    assert kinds == ["return.received", "unit.received", "unit.inspected", "unit.routed", "return.inspected"]
    assert status == "inspected"


def test_below_grade_a_a_photo_is_required(db: Database, staff: Actor, lpn: str) -> None:
    before = count(db, Inspection)
    with (
        pytest.raises(ValidationFailed, match="needs at least one photo"),
        unit_of_work(db.sessions) as session,
    ):
        inspection.record_inspection(session, staff, lpn, Grade.C, Fault.CUSTOMER)
    assert count(db, Inspection) == before
    assert unit_row(db, lpn).status == "received"
    with unit_of_work(db.sessions) as session:
        proposal = inspection.record_inspection(
            session, staff, lpn, Grade.C, Fault.CUSTOMER, photos=["sha256:abc"]
        )
    assert proposal.refund.kind in (RefundKind.PARTIAL, RefundKind.FULL)


def test_an_override_needs_a_reason(db: Database, staff: Actor, lpn: str) -> None:
    with unit_of_work(db.sessions) as session:
        inspection.record_inspection(session, staff, lpn, Grade.A)
    with pytest.raises(ValidationFailed, match="needs a reason"), unit_of_work(db.sessions) as session:
        inspection.route_unit(session, staff, lpn, Disposition.LIQUIDATE)
    assert unit_row(db, lpn).status == "inspected"
    with unit_of_work(db.sessions) as session:
        routed = inspection.route_unit(
            session, staff, lpn, Disposition.LIQUIDATE, "customer used it, tags cut"
        )
    assert routed.chosen is Disposition.LIQUIDATE
    assert routed.proposed is Disposition.RESTOCK
    with unit_of_work(db.readers) as session:
        record = session.scalars(select(DispositionRecord)).all()[-1]
    assert record.override_reason == "customer used it, tags cut"


def test_an_upward_override_waits_for_a_supervisor_and_staff_cannot_approve(
    db: Database, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    with unit_of_work(db.sessions) as session:
        inspection.record_inspection(session, staff, lpn, Grade.D, Fault.CUSTOMER, photos=["p1"])
        routed = inspection.route_unit(session, staff, lpn, Disposition.RESTOCK, "only the box is damaged")
    assert routed.needs_approval
    assert unit_row(db, lpn).status == "awaiting_approval"
    events_before = count(db, Event)
    with pytest.raises(PermissionDenied, match="Only a supervisor"), unit_of_work(db.sessions) as session:
        inspection.approve_disposition(session, staff, lpn, "looks fine to me")
    assert unit_row(db, lpn).status == "awaiting_approval"
    assert count(db, Event) == events_before
    with unit_of_work(db.sessions) as session:
        approved = inspection.approve_disposition(session, supervisor, lpn, "checked: box only")
    assert approved.unit_status is UnitStatus.RESTOCKED
    assert unit_row(db, lpn).status == "restocked"


def test_routing_a_unit_that_is_not_graded_is_refused(db: Database, staff: Actor, lpn: str) -> None:
    with pytest.raises(ValidationFailed, match="only a graded"), unit_of_work(db.sessions) as session:
        inspection.route_unit(session, staff, lpn)


def test_grading_twice_says_who_graded_it(db: Database, staff: Actor, lpn: str) -> None:
    with unit_of_work(db.sessions) as session:
        inspection.record_inspection(session, staff, lpn, Grade.A)
        inspection.route_unit(session, staff, lpn)
    with (
        pytest.raises(AlreadyTaken, match=rf"{lpn} was already graded by .* at TEST-STATION.*restocked"),
        unit_of_work(db.sessions) as session,
    ):
        inspection.record_inspection(session, staff, lpn, Grade.B, photos=["p"])


def test_a_missing_unit_finishes_the_request_and_withholds_the_refund(
    db: Database, seeded: DemoSample, staff: Actor, lpn: str
) -> None:
    with unit_of_work(db.sessions) as session:
        proposal = inspection.record_inspection(session, staff, lpn, Grade.MISSING)
    assert proposal.refund.kind is RefundKind.WITHHELD
    assert unit_row(db, lpn).status == "missing"
    with unit_of_work(db.readers) as session:
        view = receiving.resolve_scan(session, seeded.rma).match
    assert view is not None
    assert view.status == "inspected"
    assert view.lines[0].quantity_received == 0


def test_the_station_figures_count_the_last_hour_and_leave_breaks_out(
    db: Database, seeded: DemoSample
) -> None:
    """The status bar's figures, one aggregate in the database: a unit an hour ago does not count, a gap of more
    than ten minutes is a break, and first touch is "routed as proposed with nothing waiting"."""
    from datetime import timedelta

    from returns_desk.services import events, station
    from returns_desk.store.models import Station

    now = events.now()
    # (minutes ago, proposed, chosen, needs approval)
    decided = [
        (70.0, "restock", "restock", False),  # more than an hour ago
        (50.0, "restock", "restock", False),
        (49.0, "restock", "refurbish", False),  # +60 s
        (48.5, "refurbish", "refurbish", True),  # +30 s
        (20.0, "dispose", "dispose", False),  # +1,710 s: a break
        (19.9, "restock", "restock", False),  # +6 s
    ]
    with unit_of_work(db.sessions) as session:
        model = session.scalars(select(DispositionRecord).limit(1)).one()
        bench = Station(name="Figures bench", active=True)
        session.add(bench)
        session.flush()
        for minutes, proposed, chosen, waiting in decided:
            session.add(
                DispositionRecord(
                    unit_id=model.unit_id,
                    proposed=proposed,
                    chosen=chosen,
                    destination=model.destination,
                    rule_id=model.rule_id,
                    needs_approval=waiting,
                    refund_kind=model.refund_kind,
                    refund_cents=0,
                    decided_by_id=model.decided_by_id,
                    station_id=bench.id,
                    decided_at=now - timedelta(minutes=minutes),
                )
            )
        station_id = bench.id
    with unit_of_work(db.readers) as session:
        figures = station.figures(session, station_id)
        idle = station.figures(session, station_id + 1000)
    assert figures.units_this_hour == 5
    assert figures.seconds_per_unit == pytest.approx((60 + 30 + 6) / 3, abs=0.01)
    assert figures.first_touch_rate == pytest.approx(3 / 5)
    assert idle == station.StationFigures(0, None, None)
