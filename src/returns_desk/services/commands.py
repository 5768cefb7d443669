"""The rows and payloads of the dock's commands, defined once for every writer.

Receiving a parcel and grading + routing a unit are written four ways: the general way through the ORM
(``receiving``, ``inspection``), the PostgreSQL fast paths (``receive_pg``, ``enter_pg``), the set-wise replay of an
offline station's outbox (``sync.bulk_replay``) and the demo generator (``demo``). Each of them takes its rows,
event payloads, unit transitions and the exceptions a command opens from here, so a new column or payload field is
one edit, and ``tests/services/test_writers_agree.py`` holds every writer to the same rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from returns_desk.domain.lifecycle import check_unit_transition
from returns_desk.domain.rules import DispositionDecision, RefundDecision
from returns_desk.domain.vocab import (
    UNIT_STATUS_FOR_DISPOSITION,
    Discrepancy,
    Disposition,
    EventKind,
    ExceptionKind,
    Fault,
    Grade,
    RefundKind,
    UnitStatus,
)


class Author(Protocol):
    """Who wrote a row, and where: an Actor, an outbox event, or the demo's made-up staff."""

    @property
    def user_id(self) -> int | None: ...

    @property
    def station_id(self) -> int | None: ...


class By(NamedTuple):
    user_id: int | None
    station_id: int | None


class Case(NamedTuple):
    """An exception a command opens: its kind and details (description and scanned code stay empty)."""

    kind: ExceptionKind
    details: dict[str, Any]


OPEN = "open"  # a new exception's status
RECEIVED_UNIT_VERSION = 2  # a unit's version after its receipt: inserted (1), then given its plate (2)


# --- events ----------------------------------------------------------------------------------------------------
def event_row(
    by: Author,
    kind: EventKind,
    subject_type: str,
    subject_id: str,
    payload: Mapping[str, Any],
    at: datetime,
    *,
    event_uuid: str | None = None,
    tx: str | None = None,
) -> dict[str, Any]:
    """An events row. The general way adds the transaction's id and a replay's uuid (``events.new_row``)."""
    return {
        "uuid": event_uuid or str(uuid.uuid4()),
        "occurred_at": at,
        "station_id": by.station_id,
        "user_id": by.user_id,
        "kind": kind,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "payload": dict(payload),
        "tx": tx,
    }


# --- receiving -------------------------------------------------------------------------------------------------
def received_unit_row(
    request_id: int, line_id: int, product_id: int, by: Author, at: datetime, lpn: str | None = None
) -> dict[str, Any]:
    """A unit as a receipt creates it. The general way inserts it without its plate, which is made from its id
    (``lpn_for_serial``), and writes the plate next: the ORM counts the version to 2. A writer that has the plate
    at once (``lpn``) writes the whole row, with that version."""
    row: dict[str, Any] = {
        "return_request_id": request_id,
        "return_line_id": line_id,
        "product_id": product_id,
        "status": UnitStatus.RECEIVED.value,
        "received_at": at,
        "received_by_id": by.user_id,
        "station_id": by.station_id,
    }
    if lpn is not None:
        row.update(lpn=lpn, version=RECEIVED_UNIT_VERSION)
    return row


def received_payload(previous_status: str, plates: Sequence[str]) -> dict[str, Any]:
    """The return.received event's payload: the plates go with it, so a replay prints none anew."""
    return {"from": previous_status, "units": list(plates)}


def unit_received_payload(rma: str) -> dict[str, Any]:
    return {"rma": rma}


def late_case(rma: str, requested_at: datetime) -> tuple[ExceptionKind, str, dict[str, Any]]:
    """The request-level exception a parcel that came back after its return window opens."""
    return (
        ExceptionKind.OUTSIDE_WINDOW,
        f"{rma} came back after its return window",
        {"requested_at": requested_at.isoformat()},
    )


# --- grading and routing ---------------------------------------------------------------------------------------
def graded_status(lpn: str, current: UnitStatus, grade: Grade) -> UnitStatus:
    """Where grading takes the unit; an illegal move raises (``domain.lifecycle``)."""
    target = UnitStatus.MISSING if grade is Grade.MISSING else UnitStatus.INSPECTED
    check_unit_transition(lpn, current, target)
    return target


def routed_status(lpn: str, current: UnitStatus, final: Disposition, needs_approval: bool) -> UnitStatus:
    """Where routing takes the unit; an illegal move raises."""
    target = UnitStatus.AWAITING_APPROVAL if needs_approval else UNIT_STATUS_FOR_DISPOSITION[final]
    check_unit_transition(lpn, current, target)
    return target


def inspection_row(
    unit_id: int,
    by: Author,
    grade: Grade,
    fault: Fault,
    notes: str | None,
    checklist: Mapping[str, Any] | None,
    discrepancies: Sequence[Discrepancy],
    photos: Sequence[str],
    at: datetime,
) -> dict[str, Any]:
    """The inspections row of a grade."""
    return {
        "unit_id": unit_id,
        "inspector_id": by.user_id,
        "station_id": by.station_id,
        "grade": grade.value,
        "fault": fault.value,
        "notes": (notes or "").strip() or None,
        "checklist": dict(checklist) if checklist else None,
        "discrepancies": [d.value for d in discrepancies] or None,
        "photos": list(photos) or None,
        "blind": False,
        "inspected_at": at,
    }


def inspected_payload(
    grade: Grade,
    fault: Fault,
    notes: str | None,
    checklist: Mapping[str, Any] | None,
    discrepancies: Sequence[Discrepancy],
    photos: Sequence[str],
    decision: DispositionDecision,
) -> dict[str, Any]:
    """The unit.inspected event's payload."""
    return {
        "grade": grade.value,
        "fault": fault.value,
        "discrepancies": [d.value for d in discrepancies],
        # Everything needed to do it again: an offline station's outbox replays this event on the server.
        "photos": list(photos),
        "notes": (notes or "").strip() or None,
        "checklist": dict(checklist) if checklist else None,
        "proposed": decision.disposition.value,
        "rule": decision.rule_id,
    }


def grade_cases(
    grade: Grade, discrepancies: Sequence[Discrepancy], price_cents: int, high_value_cents: int
) -> list[Case]:
    """The exceptions a grade opens, in order: what was wrong in the box, then a unit of high value."""
    cases = []
    found = [d.value for d in discrepancies]
    if grade in (Grade.INCORRECT_ITEM, Grade.MISSING):
        found.append(grade.value)
    if found:
        cases.append(Case(ExceptionKind.DISCREPANCY, {"discrepancies": found}))
    if price_cents >= high_value_cents:
        cases.append(high_value_case(price_cents))
    return cases


def versions_of_save(cases_opened_while_grading: int) -> int:
    """How far a grade-and-route moves a unit's version (its optimistic lock): the general way writes the unit
    once for each exception grading opens (opening one first writes what changed) and once at the commit."""
    return 1 + cases_opened_while_grading


def high_value_case(price_cents: int) -> Case:
    return Case(ExceptionKind.HIGH_VALUE, {"value_cents": price_cents})


def withheld_case(refund: RefundDecision) -> Case:
    return Case(ExceptionKind.REFUND_WITHHELD, {"why": refund.why})


def disposition_row(
    unit_id: int,
    by: Author,
    decision: DispositionDecision,
    final: Disposition,
    destination: str,
    override_reason: str | None,
    needs_approval: bool,
    refund: RefundDecision,
    at: datetime,
) -> dict[str, Any]:
    """The dispositions row of a route."""
    return {
        "unit_id": unit_id,
        "proposed": decision.disposition.value,
        "chosen": final.value,
        "destination": destination,
        "rule_id": decision.rule_id,
        "override_reason": override_reason,
        "needs_approval": needs_approval,
        "refund_kind": refund.kind.value,
        "refund_cents": refund.amount_cents,
        "restocking_fee_cents": refund.fee_cents,
        "approved_by_id": None,
        "approved_at": None,
        "decided_by_id": by.user_id,
        "station_id": by.station_id,
        "decided_at": at,
    }


def routed_payload(
    decision: DispositionDecision,
    final: Disposition,
    override_reason: str | None,
    needs_approval: bool,
    refund: RefundDecision,
) -> dict[str, Any]:
    """The unit.routed event's payload."""
    return {
        "proposed": decision.disposition.value,
        "chosen": final.value,
        "rule": decision.rule_id,
        "override_reason": override_reason,
        "needs_approval": needs_approval,
        "refund": refund.kind.value,
        "refund_cents": refund.amount_cents,
    }


def route_cases(
    decision: DispositionDecision,
    final: Disposition,
    reason: str | None,
    needs_approval: bool,
    refund: RefundDecision,
) -> list[Case]:
    """The exceptions a route opens, in order: a decision that waits for a supervisor, then a withheld refund."""
    cases = []
    if needs_approval:
        cases.append(
            Case(
                ExceptionKind.AWAITING_APPROVAL,
                {
                    "proposed": decision.disposition.value,
                    "chosen": final.value,
                    "rule": decision.rule_id,
                    "reason": reason,
                },
            )
        )
    if refund.kind is RefundKind.WITHHELD:
        cases.append(withheld_case(refund))
    return cases


# --- exceptions ------------------------------------------------------------------------------------------------
def case_row(
    by: Author | None,
    kind: ExceptionKind,
    request_id: int | None,
    unit_id: int | None,
    scanned_code: str | None,
    description: str | None,
    details: Mapping[str, Any] | None,
    at: datetime,
) -> dict[str, Any]:
    """The exceptions row of a new case."""
    return {
        "kind": kind.value,
        "status": OPEN,
        "scanned_code": scanned_code,
        "description": description,
        "return_request_id": request_id,
        "unit_id": unit_id,
        "details": dict(details or {}),
        "station_id": by.station_id if by else None,
        "opened_by_id": by.user_id if by else None,
        "opened_at": at,
    }


def case_payload(
    kind: ExceptionKind,
    lpn: str | None,
    scanned_code: str | None,
    description: str | None,
    details: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The exception.opened event's payload."""
    return {
        "kind": kind.value,
        "unit": lpn,
        "scanned": scanned_code,
        "description": description,
        "details": dict(details or {}),
    }


def regrade_row(
    unit_id: int, first_inspection_id: int, first_inspector_id: int | None, grade: Grade, at: datetime
) -> dict[str, Any]:
    """A unit sampled for a blind re-grade waits for a second person."""
    return {
        "unit_id": unit_id,
        "first_inspection_id": first_inspection_id,
        "first_inspector_id": first_inspector_id,
        "first_grade": grade.value,
        "status": "pending",
        "created_at": at,
    }
