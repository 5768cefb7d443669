"""The merchant side of return requests: the paged list and its filters, one request whole, authorization by
rules and by hand, settlement into refund lines and their export, the refurbishment bench, and requests made
at the desk (quantities, policy verdict, RMA, the slip)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from returns_desk.barcodes import slip
from returns_desk.domain.authorization import DEFAULT_AUTH_DATA, Verdict, policy_from_data
from returns_desk.domain.errors import PermissionDenied, ValidationFailed
from returns_desk.domain.vocab import (
    Disposition,
    EventKind,
    Grade,
    ReasonCode,
    Resolution,
    ReturnStatus,
    Role,
    UnitStatus,
)
from returns_desk.services import (
    authorization,
    desk_requests,
    imports,
    inspection,
    receiving,
    refurbishment,
    request_detail,
    requests,
    settlement,
    supervision,
)
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Event,
    Order,
    OutboxMessage,
    Product,
    RefundLine,
    RefurbWork,
    ReturnRequest,
    Unit,
)
from tests.support.demo_data import approved_return_with_units


def run(db: Database, work: Callable[[Any], Any]) -> Any:
    with unit_of_work(db.sessions) as session:
        return work(session)


def read(db: Database, work: Callable[[Any], Any]) -> Any:
    with unit_of_work(db.readers) as session:
        return work(session)


def inspect_whole_return(db: Database, staff: Actor, rma: str, grade: Grade = Grade.A) -> list[str]:
    view = run(db, lambda s: receiving.receive_parcel(s, staff, rma))
    plates = [str(u.lpn) for line in view.lines for u in line.units]
    for lpn in plates:
        run(db, lambda s, lpn=lpn: inspection.record_inspection(s, staff, lpn, grade, photos=["sha256:ab"]))
        run(db, lambda s, lpn=lpn: inspection.route_unit(s, staff, lpn))
    return plates


def test_the_list_pages_by_keyset_and_filters(db: Database, seeded: DemoSample, supervisor: Actor) -> None:
    everything = requests.RequestFilter()
    first = run(db, lambda s: requests.page(s, supervisor, everything, None, 30))
    second = run(db, lambda s: requests.page(s, supervisor, everything, first.cursor, 30))
    total = run(db, lambda s: requests.count(s, supervisor, everything))
    assert total == 80
    assert first.more
    seen = [r.rma for r in first.rows + second.rows]
    assert len(seen) == len(set(seen)) == 60
    assert [r.requested_at for r in first.rows] == sorted((r.requested_at for r in first.rows), reverse=True)
    pending = requests.RequestFilter(statuses=(ReturnStatus.APPROVED.value,))
    rows = run(db, lambda s: requests.page(s, supervisor, pending)).rows
    assert rows
    assert {r.status for r in rows} == {ReturnStatus.APPROVED}
    assert {r.where for r in rows} == {"expected"}
    assert len(rows) == run(db, lambda s: requests.count(s, supervisor, pending))
    by_scan = run(
        db, lambda s: requests.page(s, supervisor, requests.RequestFilter(text=seeded.tracking))
    ).rows
    assert [r.rma for r in by_scan] == [
        read(db, lambda s: request_detail.detail(s, supervisor, by_scan[0].id)).rma
    ]
    assert (
        run(db, lambda s: requests.page(s, supervisor, requests.RequestFilter(text="nobody-at-all"))).rows
        == ()
    )
    with pytest.raises(PermissionDenied):
        run(db, lambda s: requests.page(s, Actor(1, "x", "x", Role.STAFF), everything))


def test_the_detail_holds_lines_units_photos_cases_mails_and_trail(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    plates = inspect_whole_return(db, staff, seeded.rma, Grade.C)
    request_id = read(db, lambda s: request_detail.find_id(s, supervisor, plates[0]))
    detail = read(db, lambda s: request_detail.detail(s, supervisor, request_id))
    assert detail.rma == seeded.rma
    assert detail.status is ReturnStatus.INSPECTED
    assert [u.lpn for u in detail.units] == plates
    assert detail.units[0].photos == ["sha256:ab"]
    assert detail.units[0].grade == "C"
    assert [m.template for m in detail.mails if m.status == "queued"] == ["received", "inspected"]
    kinds = [t.kind for t in detail.trail]
    assert kinds[0] == EventKind.RETURN_RECEIVED
    assert EventKind.UNIT_INSPECTED in kinds
    assert kinds[-1] == EventKind.RETURN_INSPECTED
    assert ReturnStatus.REFUNDED in detail.moves_for(Role.SUPERVISOR)
    assert (
        detail.proposal_cents
        == read(db, lambda s: settlement.proposal(s, supervisor, seeded.rma)).total_cents
    )
    assert detail.moves_for(Role.STAFF) == []


def test_rules_decide_new_imports_and_a_person_can_change_it(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    data = {
        "rules": [
            {
                "id": "no-marketplace",
                "verdict": "reject",
                "channels": ["marketplace"],
                "description": "not ours",
            },
            {"id": "everything-else", "verdict": "authorize"},
        ]
    }
    number = run(db, lambda s: authorization.publish(s, supervisor, data, "try strict rules"))
    assert number == 1
    assert [v.number for v in read(db, lambda s: authorization.history(s, supervisor))] == [1]
    product = read(db, lambda s: s.execute(select(Unit.product_id)).scalars().first())
    sku = read(db, lambda s: s.scalar(select(Product.sku).where(Product.id == product)))
    path = tmp_path / "shop.csv"
    path.write_text(
        "rma_number,order_number,sku,quantity,reason,tracking_number,customer_email,customer_name,requested_at,channel,status,resolution,customer_language\n"
        f"NEW-1,#8000001,{sku},1,color,,a@example.com,Ann,2026-11-30,web,pending,store credit,ko\n"
        f"NEW-2,#8000002,{sku},1,color,,b@example.com,Bo,2026-11-30,marketplace,pending,,\n",
        encoding="utf-8",
    )
    run(db, lambda s: imports.import_file(s, supervisor, path))
    status = {
        rma: read(
            db, lambda s, rma=rma: s.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == rma))
        )
        for rma in ("NEW-1", "NEW-2")
    }
    assert (status["NEW-1"].status, status["NEW-1"].auth_rule) == ("approved", "everything-else")
    assert (status["NEW-1"].resolution, status["NEW-2"].resolution) == ("store_credit", "refund")
    assert (status["NEW-2"].status, status["NEW-2"].auth_rule) == ("rejected", "no-marketplace")
    templates = read(
        db,
        lambda s: list(
            s.scalars(
                select(OutboxMessage.template)
                .join(ReturnRequest, ReturnRequest.id == OutboxMessage.return_request_id)
                .where(OutboxMessage.event_id.is_not(None))
                .where(ReturnRequest.rma_number == "NEW-2")
                .order_by(OutboxMessage.id)
            )
        ),
    )
    assert templates == ["requested", "rejected"]
    locales = read(
        db,
        lambda s: dict(
            s.execute(
                select(ReturnRequest.rma_number, OutboxMessage.locale)
                .join(OutboxMessage, OutboxMessage.return_request_id == ReturnRequest.id)
                .where(ReturnRequest.rma_number.in_(["NEW-1", "NEW-2"]))
            ).all()
        ),
    )
    assert locales == {"NEW-1": "ko", "NEW-2": "en"}  # each customer's e-mails in their own language
    # A person changes what the rule decided: both stay in the trail.
    run(db, lambda s: supervision.cancel_return(s, supervisor, "NEW-1", "customer changed their mind"))
    trail = read(db, lambda s: request_detail.detail(s, supervisor, status["NEW-1"].id)).trail
    assert [(t.kind, t.payload.get("rule")) for t in trail][1:] == [
        (EventKind.RETURN_AUTHORIZED, "everything-else"),
        (EventKind.RETURN_CANCELLED, None),
    ]
    what_if = read(db, lambda s: authorization.what_if(s, policy_from_data(DEFAULT_AUTH_DATA), 400))
    assert what_if.requests == 82
    assert what_if.changed > 0
    assert sum(what_if.draft.values()) == what_if.requests


def test_bulk_authorization_needs_a_supervisor_and_a_reason(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    pending = read(
        db,
        lambda s: list(
            s.scalars(select(ReturnRequest.rma_number).where(ReturnRequest.status == "requested"))
        ),
    )
    with pytest.raises(PermissionDenied):
        run(db, lambda s: authorization.authorize(s, staff, pending, "ok"))
    with pytest.raises(ValidationFailed, match="reason"):
        run(db, lambda s: authorization.authorize(s, supervisor, pending, " "))
    assert run(db, lambda s: authorization.authorize(s, supervisor, pending, "all checked")) == len(pending)
    statuses = read(
        db,
        lambda s: set(s.scalars(select(ReturnRequest.status).where(ReturnRequest.rma_number.in_(pending)))),
    )
    assert statuses == {"approved"}


def test_a_settlement_is_proposed_from_the_grades_confirmed_and_exported_once(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    inspect_whole_return(db, staff, rma, Grade.C)  # grade C: a restocking fee
    offer = read(db, lambda s: settlement.proposal(s, supervisor, rma))
    assert offer.status is ReturnStatus.INSPECTED
    assert 0 < offer.total_cents < sum(line.paid_cents for line in offer.lines)
    line = next(line for line in offer.lines if line.proposed_cents < line.paid_cents)
    with pytest.raises(ValidationFailed, match="reason"):
        run(
            db,
            lambda s: settlement.confirm(s, supervisor, rma, "USD", {line.return_line_id: line.paid_cents}),
        )
    status = run(
        db,
        lambda s: settlement.confirm(
            s, supervisor, rma, "USD", {line.return_line_id: line.paid_cents}, "goodwill: loyal customer"
        ),
    )
    expected = {
        Resolution.REFUND: ReturnStatus.REFUNDED,
        Resolution.EXCHANGE: ReturnStatus.EXCHANGED,
        Resolution.STORE_CREDIT: ReturnStatus.STORE_CREDIT,
        Resolution.REPAIR: ReturnStatus.REPAIRED,
    }[offer.resolution]
    assert status is expected
    refunds = read(db, lambda s: list(s.scalars(select(RefundLine).order_by(RefundLine.id))))
    assert [(r.currency, r.note) for r in refunds] == [("USD", "goodwill: loyal customer")] * len(offer.lines)
    changed = next(r for r in refunds if r.return_line_id == line.return_line_id)
    assert changed.amount_cents == line.paid_cents
    assert changed.proposed_cents == line.proposed_cents
    with pytest.raises(ValidationFailed, match="inspected"):
        run(db, lambda s: settlement.confirm(s, supervisor, rma, "USD"))
    out = tmp_path / "refunds.csv"
    report = run(db, lambda s: settlement.export_csv(s, supervisor, out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert report.lines == len(rows) == len(offer.lines)
    assert {row["rma"] for row in rows} == {rma}
    assert f"{line.paid_cents / 100:.2f}" in {row["amount"] for row in rows}
    with pytest.raises(ValidationFailed, match="exported already"):
        run(db, lambda s: settlement.export_csv(s, supervisor, tmp_path / "again.csv"))
    assert run(
        db, lambda s: settlement.export_csv(s, supervisor, tmp_path / "again.csv", again=True)
    ).lines == len(rows)
    exported = read(
        db, lambda s: s.scalar(select(func.count()).where(Event.kind == EventKind.SETTLEMENTS_EXPORTED))
    )
    assert exported == 2


def test_the_refurbishment_bench_repairs_or_gives_up(db: Database, seeded: DemoSample, staff: Actor) -> None:
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    view = run(db, lambda s: receiving.receive_parcel(s, staff, rma))
    plates = [str(u.lpn) for line in view.lines for u in line.units]
    for lpn in plates:
        run(db, lambda s, lpn=lpn: inspection.record_inspection(s, staff, lpn, Grade.D, photos=["sha256:cd"]))
        run(
            db,
            lambda s, lpn=lpn: inspection.route_unit(s, staff, lpn, Disposition.REFURBISH, "screen fixable"),
        )
    fixed, broken = plates
    waiting = [w.lpn for w in read(db, lambda s: refurbishment.waiting(s, staff))]
    assert set(plates) <= set(waiting)
    work = refurbishment.Work(parts="screen", minutes=25, cost_cents=1800, notes="new screen fitted")
    run(db, lambda s: refurbishment.record_work(s, staff, fixed, work))
    tag = run(db, lambda s: refurbishment.repaired(s, staff, fixed, Grade.B, refurbishment.Work(minutes=5)))
    assert (tag.grade, tag.destination, tag.disposition) == ("B", "B-STOCK", "restock")
    with pytest.raises(ValidationFailed, match="not waiting"):
        read(db, lambda s: refurbishment.bench_unit(s, staff, fixed))
    with pytest.raises(ValidationFailed, match="why"):
        run(db, lambda s: refurbishment.beyond_repair(s, staff, broken, Disposition.DISPOSE, "", work))
    run(
        db, lambda s: refurbishment.beyond_repair(s, staff, broken, Disposition.LIQUIDATE, "board dead", work)
    )
    units = read(db, lambda s: {u.lpn: u for u in s.scalars(select(Unit).where(Unit.lpn.in_(plates)))})
    assert units[fixed].status == UnitStatus.REPAIRED.value
    assert units[fixed].grade == "B"
    assert units[broken].status == UnitStatus.LIQUIDATED.value
    spent = read(
        db,
        lambda s: s.execute(
            select(func.sum(RefurbWork.minutes), func.sum(RefurbWork.cost_cents)).where(
                RefurbWork.unit_id == units[fixed].id
            )
        ).one(),
    )
    assert tuple(spent) == (30, 1800)


def test_a_request_made_at_the_desk(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    def with_something_left(session: Any) -> str:
        for order_id in session.scalars(select(Order.id).order_by(Order.id).limit(200)):
            choice = desk_requests.order_choice(session, order_id)
            if choice.lines[0].returnable:
                return choice.number
        raise AssertionError("every demo order is returned in full")

    number = read(db, with_something_left)
    [order] = read(db, lambda s: desk_requests.find_orders(s, supervisor, number))
    line = order.lines[0]
    assert line.returnable == line.sold - line.returned
    too_many = desk_requests.Pick(line.order_line_id, line.returnable + 1, ReasonCode.COLOR)
    assert any("can still be returned" in said for said in desk_requests.verdict(order, [too_many]))
    with pytest.raises(ValidationFailed, match="at most"):
        run(db, lambda s: desk_requests.create(s, supervisor, order.order_id, [too_many], Resolution.REFUND))
    pick = desk_requests.Pick(line.order_line_id, 1, ReasonCode.DEFECTIVE, "stopped working")
    made = run(
        db,
        lambda s: desk_requests.create(
            s, supervisor, order.order_id, [pick], Resolution.EXCHANGE, "phoned in", ["sha256:ee"]
        ),
    )
    assert made.rma.startswith("RMA-")
    request = read(db, lambda s: s.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == made.rma)))
    assert (request.source, request.resolution, request.customer_photos) == (
        "desk",
        "exchange",
        ["sha256:ee"],
    )
    assert request.auth_rule == made.decision.rule_id
    assert made.status is (
        ReturnStatus.APPROVED if made.decision.verdict is Verdict.AUTHORIZE else ReturnStatus.REQUESTED
    )
    again = read(db, lambda s: desk_requests.order_choice(s, order.order_id))
    assert again.lines[0].returned == line.returned + 1
    data = read(db, lambda s: desk_requests.slip_data(s, made.rma, "Shop", ["Returns Desk", "Dock 3"]))
    pdf = slip.pdf_bytes(data)
    assert pdf.startswith(b"%PDF")
    (tmp_path / "slip.pdf").write_bytes(pdf)
    with pytest.raises(ValidationFailed, match="3 letters"):
        read(db, lambda s: desk_requests.find_orders(s, supervisor, "ab"))
