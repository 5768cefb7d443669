"""The transition tables: legal moves pass, illegal ones say where the thing is and where it may go."""

from __future__ import annotations

import itertools

import pytest

from returns_desk.domain.errors import IllegalTransition
from returns_desk.domain.lifecycle import (
    RETURN_TRANSITIONS,
    UNIT_TRANSITIONS,
    check_return_transition,
    check_unit_transition,
)
from returns_desk.domain.vocab import ReturnStatus, UnitStatus


def test_the_happy_path_of_a_return() -> None:
    path = [
        ReturnStatus.REQUESTED,
        ReturnStatus.APPROVED,
        ReturnStatus.RECEIVED,
        ReturnStatus.INSPECTED,
        ReturnStatus.CLOSED,
    ]
    for a, b in itertools.pairwise(path):
        assert b in RETURN_TRANSITIONS[a], (a, b)
        check_return_transition("RMA-1", a, b)  # raises IllegalTransition for a move the table does not hold
    with pytest.raises(IllegalTransition):
        check_return_transition("RMA-1", ReturnStatus.CLOSED, ReturnStatus.INSPECTED)  # nor back from its end


def test_an_illegal_return_transition_explains_itself() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_return_transition("RMA-00000042", ReturnStatus.CLOSED, ReturnStatus.RECEIVED)
    message = str(info.value)
    assert "RMA-00000042" in message
    assert "'closed'" in message
    assert "'received'" in message
    assert "final" in message


def test_units_follow_refurbishment_to_repaired_or_disposed() -> None:
    path = [UnitStatus.RECEIVED, UnitStatus.INSPECTED, UnitStatus.IN_REFURBISHMENT, UnitStatus.REPAIRED]
    for a, b in itertools.pairwise(path):
        assert b in UNIT_TRANSITIONS[a], (a, b)
        check_unit_transition("LP1", a, b)
    with pytest.raises(IllegalTransition, match="can go to: disposed, liquidated, repaired"):
        check_unit_transition("LP1", UnitStatus.IN_REFURBISHMENT, UnitStatus.RESTOCKED)


def test_every_status_has_a_row_and_terminal_states_lead_nowhere() -> None:
    assert set(RETURN_TRANSITIONS) == set(ReturnStatus)
    assert set(UNIT_TRANSITIONS) == set(UnitStatus)
    for terminal in (ReturnStatus.CLOSED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED):
        assert not RETURN_TRANSITIONS[terminal]
