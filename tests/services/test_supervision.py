"""The supervisor's services, each as each role: staff are refused by the service itself, every action needs a
reason and leaves an event, stale edits are refused, and the audit trail tells a unit's whole life."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from returns_desk.domain.errors import IllegalTransition, PermissionDenied, ValidationFailed
from returns_desk.domain.rules import policy_to_data, rules_to_data
from returns_desk.domain.vocab import Disposition, ExceptionKind, Grade, ReturnStatus, Role, UnitStatus
from returns_desk.services import (
    admin,
    audit,
    auth,
    exceptions,
    inspection,
    queue,
    receiving,
    regrade,
    rules_admin,
    supervision,
)
from returns_desk.services import policy as policy_service
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, ExceptionCase, ReturnLine, ReturnRequest, Unit, User


def run(db: Database, work: Callable[[Any], Any]) -> Any:
    with unit_of_work(db.sessions) as session:
        return work(session)


@pytest.fixture
def lpn(db: Database, seeded: DemoSample, staff: Actor) -> str:
    view = run(db, lambda s: receiving.receive_parcel(s, staff, seeded.rma))
    return str(view.lines[0].units[0].lpn)


def graded_and_waiting(db: Database, staff: Actor, lpn: str) -> None:
    """Grade C with a photo, then override to restock: a damaged unit upgraded needs a supervisor."""
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.C, photos=["p1"]))
    routed = run(
        db, lambda s: inspection.route_unit(s, staff, lpn, Disposition.RESTOCK, "customer says unused")
    )
    assert routed.needs_approval


def unit(db: Database, lpn: str) -> Unit:
    with unit_of_work(db.readers) as session:
        row = session.scalar(select(Unit).where(Unit.lpn == lpn))
        assert row is not None
        return row


def events_of(db: Database, kind: str) -> list[Event]:
    with unit_of_work(db.readers) as session:
        return list(session.scalars(select(Event).where(Event.kind == kind)))


# --- every action, as staff: refused by the service ---
ACTIONS: dict[str, Callable[[Any, Actor, str, str], Any]] = {
    "approve": lambda s, a, lpn, rma: supervision.approve(s, a, lpn, "ok"),
    "change_disposition": lambda s, a, lpn, rma: supervision.change_disposition(
        s, a, lpn, Disposition.DISPOSE, "broken"
    ),
    "send_back": lambda s, a, lpn, rma: supervision.send_back(s, a, lpn, "look again"),
    "reject_return": lambda s, a, lpn, rma: supervision.reject_return(s, a, rma, "fraud"),
    "cancel_return": lambda s, a, lpn, rma: supervision.cancel_return(s, a, rma, "kept it"),
    "assign": lambda s, a, lpn, rma: supervision.assign(s, a, 1, "B1001", "yours"),
    "resolve": lambda s, a, lpn, rma: supervision.resolve(s, a, 1, "done"),
    "publish_rules": lambda s, a, lpn, rma: rules_admin.publish(
        s, a, policy_to_data(policy_service.current(s)), "x"
    ),
    "audit": lambda s, a, lpn, rma: audit.trail(s, a, audit.AuditFilter("unit", lpn)),
    "create_user": lambda s, a, lpn, rma: admin.create_user(s, a, "B9", "New", Role.STAFF),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_staff_are_refused_by_the_service_itself(
    db: Database, seeded: DemoSample, staff: Actor, lpn: str, action: str
) -> None:
    graded_and_waiting(db, staff, lpn)
    with pytest.raises(PermissionDenied, match=r"Only a (supervisor|admin)"):
        run(db, lambda s: ACTIONS[action](s, staff, lpn, seeded.rma))


def test_a_supervisor_approves_a_waiting_override_and_its_exception_closes(
    db: Database, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    graded_and_waiting(db, staff, lpn)
    assert unit(db, lpn).exception_kind == ExceptionKind.AWAITING_APPROVAL.value
    with pytest.raises(ValidationFailed, match="reason"):
        run(db, lambda s: supervision.approve(s, supervisor, lpn, "  "))
    result = run(db, lambda s: supervision.approve(s, supervisor, lpn, "photos show it unused"))
    assert result.unit_status is UnitStatus.RESTOCKED
    row = unit(db, lpn)
    assert (row.status, row.exception_kind) == ("restocked", None)
    [approved] = events_of(db, "unit.approved")
    assert approved.payload["reason"] == "photos show it unused"
    assert approved.user_id == supervisor.user_id


def test_change_disposition_of_a_routed_unit_and_stale_versions(
    db: Database, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.A))
    run(db, lambda s: inspection.route_unit(s, staff, lpn))
    seen = unit(db, lpn).version
    # Meanwhile another supervisor re-routes it…
    run(
        db,
        lambda s: supervision.change_disposition(s, supervisor, lpn, Disposition.REFURBISH, "scratch found"),
    )
    # …so the first one's change, made on what they saw, is refused and names who changed it.
    with pytest.raises(
        supervision.StaleEdit, match=r"changed since you opened it \(unit.disposition_changed by"
    ):
        run(
            db,
            lambda s: supervision.change_disposition(
                s, supervisor, lpn, Disposition.DISPOSE, "broken", seen_version=seen
            ),
        )
    row = unit(db, lpn)
    assert (row.status, row.disposition) == ("in_refurbishment", "refurbish")
    [changed] = events_of(db, "unit.disposition_changed")
    assert changed.payload == {
        "from": "restock",
        "to": "refurbish",
        "status_from": "restocked",
        "reason": "scratch found",
    }


def test_send_back_reopens_the_unit_and_its_request(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.A))
    run(db, lambda s: inspection.route_unit(s, staff, lpn))
    run(db, lambda s: supervision.send_back(s, supervisor, lpn, "wrong grade"))
    row = unit(db, lpn)
    assert (row.status, row.grade, row.disposition) == ("received", None, None)
    with unit_of_work(db.readers) as session:
        request = session.scalar(select(ReturnRequest).where(ReturnRequest.rma_number == seeded.rma))
        assert request is not None
        assert request.status == "received"
    # It can be graded again at a station.
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.B, photos=["p"]))


def test_reject_and_cancel_take_the_return_off_the_gtin_scan_path(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    with unit_of_work(db.readers) as session:
        rmas = session.scalars(
            select(ReturnRequest.rma_number).where(ReturnRequest.status == "approved").limit(2)
        ).all()
    first, second = rmas
    assert (
        run(db, lambda s: supervision.cancel_return(s, supervisor, first, "customer kept it"))
        is ReturnStatus.CANCELLED
    )
    assert (
        run(db, lambda s: supervision.reject_return(s, supervisor, second, "fraud")) is ReturnStatus.REJECTED
    )
    with unit_of_work(db.readers) as session:
        flags = session.scalars(
            select(ReturnLine.awaiting_receipt).join(ReturnRequest).where(ReturnRequest.rma_number.in_(rmas))
        ).all()
    assert flags
    assert not any(flags)
    with pytest.raises(IllegalTransition):
        run(db, lambda s: supervision.cancel_return(s, supervisor, first, "again"))
    kinds = {e.kind for e in events_of(db, "return.cancelled") + events_of(db, "return.rejected")}
    assert kinds == {"return.cancelled", "return.rejected"}


def test_exceptions_are_opened_assigned_resolved_and_measured(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    case_id = run(
        db,
        lambda s: (
            exceptions.open_case(
                s, staff, ExceptionKind.UNEXPECTED_PARCEL, scanned_code="ZZZ", description="a box of socks"
            ).id
        ),
    )
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.INCORRECT_ITEM, photos=["p"]))
    with unit_of_work(db.readers) as session:
        rows = exceptions.open_exceptions(session, supervisor)
        by_kind = {r.kind: r for r in rows}
        assert {"unexpected_parcel", "discrepancy"} <= set(by_kind)
        assert by_kind["discrepancy"].lpn == lpn
        assert by_kind["discrepancy"].details["discrepancies"] == ["incorrect_item"]
        assert by_kind["unexpected_parcel"].sla_hours == 24
        assert not by_kind["unexpected_parcel"].overdue
    assert run(db, lambda s: supervision.assign(s, supervisor, case_id, seeded.badge, "you know socks"))
    run(db, lambda s: supervision.resolve(s, supervisor, case_id, "sent back to the sender"))
    with pytest.raises(ValidationFailed, match="already resolved"):
        run(db, lambda s: supervision.resolve(s, supervisor, case_id, "again"))
    with unit_of_work(db.readers) as session:
        case = session.get_one(ExceptionCase, case_id)
        assert (case.status, case.resolution, case.resolved_by_id) == (
            "resolved",
            "sent back to the sender",
            supervisor.user_id,
        )
        figures = exceptions.turnaround(session, days=400)
        assert figures.units > 0
        assert figures.median_hours is not None
        assert figures.p90_hours is not None
        assert figures.p90_hours >= figures.median_hours
    run(
        db,
        lambda s: exceptions.set_sla_hours(
            s, supervisor, {ExceptionKind.UNEXPECTED_PARCEL: 0.0001}, "tighter"
        ),
    )
    # The SLA is configurable; with a tiny one, an open exception is overdue.
    run(db, lambda s: exceptions.open_case(s, staff, ExceptionKind.UNEXPECTED_PARCEL, scanned_code="YYY"))
    import time

    def overdue() -> bool:
        with unit_of_work(db.readers) as session:
            rows = exceptions.open_exceptions(session, supervisor)
        return next(r for r in rows if r.scanned_code == "YYY").overdue

    deadline = time.monotonic() + 10  # 0.0001 h is 0.36 s: overdue as soon as that has passed
    while not overdue():
        assert time.monotonic() < deadline, "the exception never became overdue"
        time.sleep(0.05)


def test_queue_pages_filters_and_text_in_sql(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    with unit_of_work(db.readers) as session:
        everything = queue.count(session, supervisor, queue.QueueFilter())
        assert (
            everything
            == session.query(Unit).count()
            + session.query(ExceptionCase)
            .filter(ExceptionCase.unit_id.is_(None), ExceptionCase.status == "open")
            .count()
        )
        # Walking the pages by cursor visits every row once, in order.
        seen: list[tuple[Any, ...]] = []
        cursor = None
        while True:
            p = queue.page(session, supervisor, queue.QueueFilter(), cursor, limit=97)
            seen.extend(r.sort_key for r in p.rows)
            if not p.more:
                break
            cursor = p.cursor
        assert len(seen) == everything == len(set(seen))
        assert seen == sorted(seen)
        newest = queue.page(session, supervisor, queue.QueueFilter(newest_first=True), None, limit=5).rows
        assert [r.sort_key for r in newest] == sorted(seen, reverse=True)[:5]
        # Filters.
        restocked = queue.page(
            session, supervisor, queue.QueueFilter(states=("restocked",)), None, limit=50
        ).rows
        assert restocked
        assert all(r.state == "restocked" and r.kind == "unit" for r in restocked)
        # Two equality filters (on SQLite the narrowest index is probed and used): same rows as filtering by hand.
        station_id = session.scalar(select(Unit.station_id).where(Unit.grade == "A").limit(1))
        both = queue.page(
            session, supervisor, queue.QueueFilter(grade="A", station_id=station_id), None, limit=10_000
        ).rows
        expected = session.scalars(
            select(Unit.lpn).where(Unit.grade == "A", Unit.station_id == station_id)
        ).all()
        assert sorted(r.reference for r in both) == sorted(str(x) for x in expected)
        assert (
            queue.count(session, supervisor, queue.QueueFilter(grade="A", station_id=station_id))
            == len(expected)
            > 0
        )
        waiting = queue.page(
            session, supervisor, queue.QueueFilter(exception_kind="awaiting_approval"), None
        ).rows
        assert all(r.exception_kind == "awaiting_approval" for r in waiting)
        # Free text: the RMA finds its unit, the LPN finds itself, a customer name prefix finds theirs.
        by_rma = queue.page(session, supervisor, queue.QueueFilter(text=seeded.rma.lower()), None).rows
        assert [r.reference for r in by_rma] == [lpn]
        assert [r.rma for r in queue.page(session, supervisor, queue.QueueFilter(text=lpn), None).rows] == [
            seeded.rma
        ]
        customer = session.execute(
            select(ReturnRequest.customer_id).where(ReturnRequest.rma_number == seeded.rma)
        ).scalar_one()
        from returns_desk.store.models import Customer

        full_name = session.get_one(Customer, customer).name
        by_name = queue.page(
            session, supervisor, queue.QueueFilter(text=full_name[:5]), None, limit=1000
        ).rows
        assert seeded.rma in {r.rma for r in by_name}
        assert queue.count(session, supervisor, queue.QueueFilter(text="no-such-thing-anywhere")) == 0


def test_rule_editor_refuses_unreachable_rules_and_what_if_counts_changes(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    with unit_of_work(db.readers) as session:
        data = rules_admin.current_data(session)
    # A rule behind a broader one can never fire: refused with both names.
    shadowed = dict(data)
    rules = list(data["rules"])
    rules.insert(
        1,
        {
            "id": "all-a-stock",
            "description": "A",
            "disposition": "restock",
            "destination": "A",
            "grades": ["A"],
        },
    )
    rules.insert(
        2,
        {
            "id": "a-electronics",
            "description": "x",
            "disposition": "refurbish",
            "destination": "B",
            "grades": ["A"],
            "categories": ["electronics"],
        },
    )
    shadowed["rules"] = rules
    with pytest.raises(ValidationFailed, match=r"'a-electronics' can never fire.*'all-a-stock'"):
        rules_admin.check_draft(shadowed)
    # Draft: every grade-A unit is liquidated instead of restocked.
    draft = dict(data)
    draft["rules"] = [{**r, "disposition": "liquidate"} if r["id"] == "new" else r for r in data["rules"]]
    check = rules_admin.check_draft(draft)
    with unit_of_work(db.readers) as session:
        result = rules_admin.what_if(session, check.policy, days=400)
    assert result.units > 0
    restock_to_liquidate = {(a, b): n for a, b, n in result.transitions}.get(("restock", "liquidate"), 0)
    assert result.changed >= restock_to_liquidate > 0
    assert result.recovered_delta_cents < 0  # liquidation recovers less than restocking
    # Publishing needs a supervisor and a reason, and keeps every version.
    with pytest.raises(ValidationFailed, match="why"):
        run(db, lambda s: rules_admin.publish(s, supervisor, draft, ""))
    assert run(db, lambda s: rules_admin.publish(s, supervisor, draft, "clearance week")) == 1
    assert run(db, lambda s: rules_admin.publish(s, supervisor, data, "back to normal")) == 2
    with unit_of_work(db.readers) as session:
        history = rules_admin.history(session, supervisor)
        assert [(v.number, v.why, v.published_by) for v in history] == [
            (2, "back to normal", supervisor.name),
            (1, "clearance week", supervisor.name),
        ]
        assert rules_to_data(policy_service.current(session).rules) == data["rules"]


def test_blind_regrade_hides_the_first_grade_and_measures_agreement(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    with unit_of_work(db.readers) as session:
        before = regrade.agreement(session, supervisor)  # the demo's history holds re-grades already
    mine = {r.inspector: (r.regraded, r.agreed) for r in before.by_inspector}.get(staff.name, (0, 0))
    run(db, lambda s: regrade.set_share_percent(s, supervisor, 100, "calibration week"))
    run(db, lambda s: inspection.record_inspection(s, staff, lpn, Grade.B, photos=["p"]))
    # The first inspector is never offered their own unit.
    assert run(db, lambda s: regrade.next_for(s, staff)) is None
    item = run(db, lambda s: regrade.next_for(s, supervisor))
    assert item is not None
    assert item.lpn == lpn
    assert "grade" not in item.__slots__
    assert "B" not in (item.customer_comment or "")
    with pytest.raises(PermissionDenied):
        run(db, lambda s: regrade.record(s, staff, item.regrade_id, Grade.B))
    assert run(db, lambda s: regrade.record(s, supervisor, item.regrade_id, Grade.C)) is False
    row = unit(db, lpn)
    assert row.grade == "B"  # the blind grade never changes the unit
    with unit_of_work(db.readers) as session:
        figures = regrade.agreement(session, supervisor)
    assert (figures.overall_regraded, figures.overall_agreed) == (
        before.overall_regraded + 1,
        before.overall_agreed,
    )
    now = {r.inspector: (r.regraded, r.agreed) for r in figures.by_inspector}
    assert now[staff.name] == (mine[0] + 1, mine[1])  # one more re-grade of theirs, and it disagreed


def test_the_audit_trail_of_a_full_unit_life_exports_safely(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, lpn: str
) -> None:
    graded_and_waiting(db, staff, lpn)
    run(db, lambda s: supervision.approve(s, supervisor, lpn, '=HYPERLINK("http://evil")'))
    with unit_of_work(db.sessions) as session:
        rows = audit.trail(session, supervisor, audit.AuditFilter("unit", lpn))
    kinds = [r.kind for r in rows]
    assert kinds[0] == "unit.received"
    for expected in (
        "unit.inspected",
        "unit.routed",
        "exception.opened",
        "unit.approved",
        "exception.resolved",
    ):
        assert expected in kinds
    assert kinds.index("unit.routed") < kinds.index("unit.approved")
    with unit_of_work(db.sessions) as session:
        by_return = audit.trail(session, supervisor, audit.AuditFilter("return", seeded.rma))
        by_user = audit.trail(session, supervisor, audit.AuditFilter("user", seeded.supervisor_badge))
    assert {"return.received", "unit.approved"} <= {r.kind for r in by_return}
    assert "unit.approved" in {r.kind for r in by_user}
    # A name that a spreadsheet would run as a formula comes out as text.
    with unit_of_work(db.sessions) as session:
        session.get_one(User, supervisor.user_id).name = "=cmd|' /C calc'!A0"
    with unit_of_work(db.sessions) as session:
        rows = audit.trail(session, supervisor, audit.AuditFilter("unit", lpn))
    out = io.StringIO()
    assert audit.write_csv(rows, out) == len(rows)
    cells = [cell for line in csv.reader(io.StringIO(out.getvalue())) for cell in line]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert audit.safe_cell(cell) == "'" + cell
    assert audit.safe_cell("plain") == "plain"


@pytest.mark.slow  # argon2 checks every PIN it tries, and is slow on purpose
def test_admins_manage_users_and_wrong_pins_lock_a_badge(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    admin_actor = run(db, lambda s: auth.login(s, seeded.admin_badge, seeded.admin_pin, "TEST-STATION"))
    with pytest.raises(PermissionDenied):
        run(db, lambda s: admin.create_user(s, supervisor, "S-77", "Pat", Role.SUPERVISOR, "1234"))
    run(db, lambda s: admin.create_user(s, admin_actor, "S-77", "Pat", Role.SUPERVISOR, "1234"))
    with unit_of_work(db.readers) as session:
        user = session.scalar(select(User).where(User.badge == "S-77"))
        assert user is not None
        assert user.pin_hash is not None
        assert "1234" not in user.pin_hash
        assert user.pin_hash.startswith("$argon2id$")
    for _ in range(auth.MAX_WRONG_PINS - 1):
        with pytest.raises(PermissionDenied, match="Wrong PIN"):
            run(db, lambda s: auth.login(s, "S-77", "9999", "TEST-STATION"))
    with pytest.raises(PermissionDenied, match="locked out for 5 min"):
        run(db, lambda s: auth.login(s, "S-77", "9999", "TEST-STATION"))
    # Even the right PIN is refused while locked (the count was kept although each login failed).
    with pytest.raises(PermissionDenied, match="Too many wrong PINs"):
        run(db, lambda s: auth.login(s, "S-77", "1234", "TEST-STATION"))
    run(db, lambda s: admin.reset_pin(s, admin_actor, "S-77", "5678"))
    assert run(db, lambda s: auth.login(s, "S-77", "5678", "TEST-STATION")).role is Role.SUPERVISOR
    run(db, lambda s: admin.set_user_active(s, admin_actor, "S-77", False, "left the company"))
    with pytest.raises(PermissionDenied, match="not recognised"):
        run(db, lambda s: auth.login(s, "S-77", "5678", "TEST-STATION"))
    run(db, lambda s: admin.create_station(s, admin_actor, "DOCK-9", "north door"))
    run(db, lambda s: admin.set_station_active(s, admin_actor, "DOCK-9", False, "broken scanner"))
    with pytest.raises(PermissionDenied, match="deactivated"):
        run(db, lambda s: auth.login(s, seeded.badge, None, "DOCK-9"))
    assert {e.kind for e in events_of(db, "user.locked_out")} == {"user.locked_out"}
