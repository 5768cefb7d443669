"""Demo data: believable, repeatable, and its sample codes are what scripts rely on."""

from __future__ import annotations

from sqlalchemy import func, select

from returns_desk.domain.vocab import Role
from returns_desk.services import auth, demo, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, ReturnLine, ReturnRequest, TrackingNumber, Unit


def test_the_sample_rma_is_approved_unreceived_single_unit_and_inside_its_window(
    db: Database, seeded: DemoSample
) -> None:
    with unit_of_work(db.readers) as session:
        view = receiving.resolve_scan(session, seeded.rma).match
        tracking_owner = session.scalar(
            select(ReturnRequest.status)
            .join(TrackingNumber)
            .where(TrackingNumber.tracking_number == seeded.tracking)
        )
    assert view is not None
    assert view.status == "approved"
    assert view.received_at is None
    assert view.inside_window
    assert [(line.quantity_expected, line.units) for line in view.lines] == [(1, ())]
    assert tracking_owner == "approved"


def test_sample_badges_log_in_with_their_roles(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.sessions) as session:
        staff = auth.login(session, seeded.badge, None, "S1")
        boss = auth.login(session, seeded.supervisor_badge, seeded.supervisor_pin, "S1")
    assert staff.role is Role.STAFF
    assert boss.role is Role.SUPERVISOR


def test_the_mix_covers_every_state_and_is_consistent(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.readers) as session:
        statuses = dict(
            session.execute(select(ReturnRequest.status, func.count()).group_by(ReturnRequest.status)).all()
        )
        assert {"approved", "closed", "inspected"} <= set(statuses)
        # Every unit belongs to a received request and sits on one of its lines.
        orphans = session.scalar(
            select(func.count())
            .select_from(Unit)
            .join(ReturnLine, ReturnLine.id == Unit.return_line_id)
            .where(ReturnLine.return_request_id != Unit.return_request_id)
        )
        assert orphans == 0
        assert session.scalar(select(func.count()).select_from(Event)) > 0
        for rma in session.scalars(select(ReturnRequest.rma_number).limit(20)):
            assert receiving.resolve_scan(session, rma).match is not None


def test_running_demo_again_adds_more_without_collisions(db: Database, seeded: DemoSample) -> None:
    report = demo.seed(db.engine, rmas=30, seed_value=11)
    assert report.sample is not None
    assert report.sample.rma != seeded.rma
    with unit_of_work(db.readers) as session:
        assert session.scalar(select(func.count()).select_from(ReturnRequest)) == 110
        # New rows can still be inserted normally afterwards (PostgreSQL sequences were moved on).
        assert receiving.resolve_scan(session, report.sample.rma).match is not None
