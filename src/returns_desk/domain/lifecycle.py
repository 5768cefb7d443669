"""The allowed state transitions for return requests and units, one table each.

A transition not in the table raises :class:`IllegalTransition` naming where the thing is and where it may go.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from returns_desk.domain.errors import IllegalTransition
from returns_desk.domain.vocab import ReturnStatus, Role, UnitStatus

S = TypeVar("S", ReturnStatus, UnitStatus)

RS = ReturnStatus
US = UnitStatus

OPEN_RETURN: frozenset[ReturnStatus] = frozenset({RS.REQUESTED, RS.APPROVED, RS.RECEIVED, RS.INSPECTED})
SETTLED: frozenset[ReturnStatus] = frozenset(
    {RS.REFUNDED, RS.EXCHANGED, RS.STORE_CREDIT, RS.REPAIRED, RS.CLOSED}
)

# Every move a return request can make, and the least role that may make it. The dock (staff) receives parcels and
# finishes inspections; authorizing, rejecting, cancelling and settling are the merchant's (supervisors).
RETURN_MOVES: Mapping[tuple[ReturnStatus, ReturnStatus], Role] = {
    (RS.REQUESTED, RS.APPROVED): Role.SUPERVISOR,
    # A parcel sometimes arrives before the shop approved the request; the dock receives it anyway.
    (RS.REQUESTED, RS.RECEIVED): Role.STAFF,
    (RS.APPROVED, RS.RECEIVED): Role.STAFF,
    (RS.RECEIVED, RS.INSPECTED): Role.STAFF,
    (RS.INSPECTED, RS.RECEIVED): Role.SUPERVISOR,  # a unit sent back for re-inspection
    **{(RS.INSPECTED, settled): Role.SUPERVISOR for settled in SETTLED},
    **{(state, RS.REJECTED): Role.SUPERVISOR for state in OPEN_RETURN},
    **{(state, RS.CANCELLED): Role.SUPERVISOR for state in OPEN_RETURN},
}

RETURN_TRANSITIONS: Mapping[ReturnStatus, frozenset[ReturnStatus]] = {
    state: frozenset(target for (source, target) in RETURN_MOVES if source is state) for state in ReturnStatus
}

UNIT_TRANSITIONS: Mapping[UnitStatus, frozenset[UnitStatus]] = {
    US.RECEIVED: frozenset({US.INSPECTED, US.MISSING}),
    US.INSPECTED: frozenset(
        {
            US.RESTOCKED,
            US.IN_REFURBISHMENT,
            US.DISPOSED,
            US.RETURNED_TO_VENDOR,
            US.LIQUIDATED,
            US.AWAITING_APPROVAL,
            US.RECEIVED,  # sent back for re-inspection
        }
    ),
    US.AWAITING_APPROVAL: frozenset(
        {US.RESTOCKED, US.IN_REFURBISHMENT, US.DISPOSED, US.RETURNED_TO_VENDOR, US.LIQUIDATED, US.RECEIVED}
    ),
    US.IN_REFURBISHMENT: frozenset({US.REPAIRED, US.DISPOSED, US.LIQUIDATED}),  # the bench's two ends
    US.RESTOCKED: frozenset(),
    US.REPAIRED: frozenset(),
    US.DISPOSED: frozenset(),
    US.RETURNED_TO_VENDOR: frozenset(),
    US.LIQUIDATED: frozenset(),
    US.MISSING: frozenset({US.RECEIVED}),  # it turned up after all
}

# A request whose units are all in one of these needs nothing more from the dock.
UNIT_DONE: frozenset[UnitStatus] = frozenset(
    {
        US.RESTOCKED,
        US.IN_REFURBISHMENT,
        US.REPAIRED,
        US.DISPOSED,
        US.RETURNED_TO_VENDOR,
        US.LIQUIDATED,
        US.MISSING,
    }
)

# A unit routed but still on the dock can be re-routed by a supervisor (a correction), or sent back to be
# graded again. The station never makes these moves; services/supervision.py does, for supervisors only.
ROUTED: frozenset[UnitStatus] = frozenset(
    {US.RESTOCKED, US.IN_REFURBISHMENT, US.DISPOSED, US.RETURNED_TO_VENDOR, US.LIQUIDATED}
)
SUPERVISOR_REROUTE: Mapping[UnitStatus, frozenset[UnitStatus]] = {
    **{status: (ROUTED | {US.RECEIVED}) - {status} for status in ROUTED},
    US.INSPECTED: ROUTED | {US.RECEIVED},
    US.AWAITING_APPROVAL: ROUTED | {US.RECEIVED},
}

# Requests a parcel can still be received against.
RECEIVABLE: frozenset[ReturnStatus] = frozenset({RS.REQUESTED, RS.APPROVED})


def check_return_transition(rma: str, current: ReturnStatus, target: ReturnStatus) -> None:
    _check(f"Return {rma}", current, target, RETURN_TRANSITIONS)


def who_may(current: ReturnStatus, target: ReturnStatus) -> Role | None:
    """The least role that may move a return from ``current`` to ``target``; None when nobody may."""
    return RETURN_MOVES.get((current, target))


def check_unit_transition(lpn: str, current: UnitStatus, target: UnitStatus) -> None:
    _check(f"Unit {lpn}", current, target, UNIT_TRANSITIONS)


def check_supervisor_reroute(lpn: str, current: UnitStatus, target: UnitStatus) -> None:
    table = {s: SUPERVISOR_REROUTE.get(s, frozenset()) for s in UnitStatus}
    _check(f"Unit {lpn}", current, target, table)


def _check(subject: str, current: S, target: S, table: Mapping[S, frozenset[S]]) -> None:
    allowed = table[current]
    if target not in allowed:
        raise IllegalTransition(subject, current.value, target.value, tuple(sorted(s.value for s in allowed)))
