"""Resolving scans and receiving parcels, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import AlreadyTaken, NotFound
from returns_desk.domain.vocab import ExceptionKind, ScanKind
from returns_desk.services import receiving, rules_admin
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Event,
    ExceptionCase,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
    Unit,
)


def resolve(db: Database, code: str) -> receiving.ScanResult:
    with unit_of_work(db.readers) as session:
        return receiving.resolve_scan(session, code)


def test_every_kind_of_scan_finds_its_request(db: Database, seeded: DemoSample) -> None:
    by_rma = resolve(db, f"]C1{seeded.rma.lower()}\r")
    assert by_rma.kind is ScanKind.RMA
    assert by_rma.match is not None
    assert by_rma.match.rma == seeded.rma
    assert by_rma.match.status == "approved"
    assert [(line.quantity_expected, line.units) for line in by_rma.match.lines] == [(1, ())]

    by_tracking = resolve(db, seeded.tracking)
    assert by_tracking.kind is ScanKind.TRACKING
    assert by_tracking.match is not None
    assert by_tracking.match.rma != seeded.rma
    with unit_of_work(db.readers) as session:
        owner = session.scalar(
            select(ReturnRequest.rma_number)
            .join(TrackingNumber, TrackingNumber.return_request_id == ReturnRequest.id)
            .where(TrackingNumber.tracking_number == seeded.tracking)
        )
    assert by_tracking.match.rma == owner

    by_order = resolve(db, f"#{seeded.order}")
    assert by_order.kind is ScanKind.ORDER
    assert by_order.match is not None
    assert by_order.match.rma == seeded.rma

    by_gtin = resolve(db, seeded.gtin[1:])  # the EAN-13 / UPC form as printed on the item
    assert by_gtin.kind is ScanKind.GTIN
    assert by_gtin.product is not None
    assert seeded.rma in by_gtin.candidates or (by_gtin.match and by_gtin.match.rma == seeded.rma)


def test_a_license_plate_finds_its_request(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.readers) as session:
        lpn, rma = session.execute(
            select(Unit.lpn, ReturnRequest.rma_number).join(ReturnRequest).limit(1)
        ).one()
    result = resolve(db, lpn)
    assert result.kind is ScanKind.LPN
    assert result.match is not None
    assert result.match.rma == rma
    assert any(u.lpn == lpn for line in result.match.lines for u in line.units)


@pytest.mark.parametrize("code", ["RMA-99999999", "LP0000099994", "hello world", "", "1Z5R89390357567127"])
def test_unknown_scans_match_nothing(db: Database, seeded: DemoSample, code: str) -> None:
    result = resolve(db, code)
    assert result.match is None


def test_receiving_creates_one_unit_per_expected_item_with_a_license_plate(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    assert view.status == "received"
    (line,) = view.lines
    assert line.quantity_received == 1
    (unit,) = line.units
    assert unit.status == "received"
    assert resolve(db, unit.lpn).match is not None
    with unit_of_work(db.readers) as session:
        kinds = session.scalars(
            select(Event.kind).where(Event.subject_id.in_([seeded.rma, unit.lpn])).order_by(Event.id)
        ).all()
    assert kinds == ["return.received", "unit.received"]


def test_receiving_twice_is_refused_and_changes_nothing(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        receiving.receive_parcel(session, staff, seeded.rma)
    with unit_of_work(db.readers) as session:
        before = (
            session.scalar(select(func.count()).select_from(Unit)),
            session.scalar(select(func.count()).select_from(Event)),
        )
    with (
        pytest.raises(AlreadyTaken, match=r"already received by .* at TEST-STATION"),
        unit_of_work(db.sessions) as session,
    ):
        receiving.receive_parcel(session, staff, seeded.rma)
    with unit_of_work(db.readers) as session:
        after = (
            session.scalar(select(func.count()).select_from(Unit)),
            session.scalar(select(func.count()).select_from(Event)),
        )
    assert after == before


def test_receiving_an_unknown_rma_says_so(db: Database, seeded: DemoSample, staff: Actor) -> None:
    with pytest.raises(NotFound, match="RMA-99999999"), unit_of_work(db.sessions) as session:
        receiving.receive_parcel(session, staff, "RMA-99999999")


def test_a_received_return_is_no_longer_a_candidate_for_its_items(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    before = resolve(db, seeded.gtin)
    assert seeded.rma in before.candidates or (before.match and before.match.rma == seeded.rma)
    with unit_of_work(db.sessions) as session:
        receiving.receive_parcel(session, staff, seeded.rma)
    after = resolve(db, seeded.gtin)
    assert seeded.rma not in after.candidates
    assert after.match is None or after.match.rma != seeded.rma


def _publish_windows(db: Database, supervisor: Actor, days: dict[str, int], default: int, why: str) -> None:
    with unit_of_work(db.sessions) as session:
        data: dict[str, Any] = rules_admin.current_data(session)
    data["return_window_days"] = days
    data["default_return_window_days"] = default
    with unit_of_work(db.sessions) as session:
        rules_admin.publish(session, supervisor, data, why)


def test_the_return_window_is_the_published_policys(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    """The scan's verdict and a receipt's outside-the-window case follow the rules a supervisor published, as
    Enter's refund and the replay do (they followed the built-in table)."""
    with unit_of_work(db.sessions) as session:
        request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == seeded.rma))
        assert request is not None
        order = session.get(Order, request.order_id)
        assert order is not None
        order.delivered_at = request.requested_at - timedelta(days=20)  # same time of day: 20 days by date
        category = session.scalar(
            select(Product.category).join(ReturnLine).where(ReturnLine.return_request_id == request.id)
        )
        request_id = request.id
    assert category is not None
    # 20 days after delivery: outside a 19-day window, inside a 20-day one. The built-in table has one number for
    # the category, so it agrees with at most one of the two verdicts below.
    _publish_windows(db, supervisor, {category: 19}, 90, "short window")
    match = resolve(db, seeded.rma).match
    assert match is not None
    assert not match.inside_window
    _publish_windows(db, supervisor, {category: 20}, 1, "long window")
    match = resolve(db, seeded.rma).match
    assert match is not None
    assert match.inside_window
    with unit_of_work(db.readers) as session:
        assert receiving.request_view(session, request_id).inside_window

    _publish_windows(db, supervisor, {category: 19}, 90, "short again")
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    assert not view.inside_window
    with unit_of_work(db.readers) as session:
        kinds = session.scalars(
            select(ExceptionCase.kind).where(ExceptionCase.return_request_id == request_id)
        ).all()
    assert kinds == [ExceptionKind.OUTSIDE_WINDOW.value]


def test_a_receipt_inside_the_published_window_opens_no_case(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == seeded.rma))
        assert request is not None
        order = session.get(Order, request.order_id)
        assert order is not None
        # Far outside any built-in window.
        order.delivered_at = request.requested_at - timedelta(days=400)
        request_id = request.id
    _publish_windows(db, supervisor, {}, 500, "a very long window")
    with unit_of_work(db.sessions) as session:
        view = receiving.receive_parcel(session, staff, seeded.rma)
    assert view.inside_window
    with unit_of_work(db.readers) as session:
        cases = session.scalar(
            select(func.count())
            .select_from(ExceptionCase)
            .where(ExceptionCase.return_request_id == request_id)
        )
    assert cases == 0
