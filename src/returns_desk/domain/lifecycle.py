"""The allowed state transitions for return requests and units, one table each.

A transition not in the table raises :class:`IllegalTransition` naming where the thing is and where it may go.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from returns_desk.domain.errors import IllegalTransition
from returns_desk.domain.vocab import ReturnStatus, UnitStatus

S = TypeVar("S", ReturnStatus, UnitStatus)

RS = ReturnStatus
US = UnitStatus

RETURN_TRANSITIONS: Mapping[ReturnStatus, frozenset[ReturnStatus]] = {
    # A parcel sometimes arrives before the shop approved the request; the dock receives it anyway.
    RS.REQUESTED: frozenset({RS.APPROVED, RS.RECEIVED, RS.REJECTED, RS.CANCELLED}),
    RS.APPROVED: frozenset({RS.RECEIVED, RS.REJECTED, RS.CANCELLED}),
    RS.RECEIVED: frozenset({RS.INSPECTED, RS.REJECTED}),
    RS.INSPECTED: frozenset({RS.CLOSED, RS.REJECTED, RS.RECEIVED}),  # back to received: re-inspection
    RS.CLOSED: frozenset(),
    RS.REJECTED: frozenset(),
    RS.CANCELLED: frozenset(),
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
    US.IN_REFURBISHMENT: frozenset({US.REPAIRED, US.DISPOSED}),
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


def check_unit_transition(lpn: str, current: UnitStatus, target: UnitStatus) -> None:
    _check(f"Unit {lpn}", current, target, UNIT_TRANSITIONS)


def check_supervisor_reroute(lpn: str, current: UnitStatus, target: UnitStatus) -> None:
    table = {s: SUPERVISOR_REROUTE.get(s, frozenset()) for s in UnitStatus}
    _check(f"Unit {lpn}", current, target, table)


def _check(subject: str, current: S, target: S, table: Mapping[S, frozenset[S]]) -> None:
    allowed = table[current]
    if target not in allowed:
        raise IllegalTransition(subject, current.value, target.value, tuple(sorted(s.value for s in allowed)))
