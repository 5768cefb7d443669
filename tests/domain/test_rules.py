"""Disposition and refund rules: first match wins, decisions name their rule, bad tables are refused."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.rules import (
    DEFAULT_POLICY,
    DEFAULT_RULES,
    DispositionRule,
    UnitFacts,
    rules_from_data,
    rules_to_data,
    validate_rules,
)
from returns_desk.domain.vocab import Disposition, Fault, Grade, ReasonCode, RefundKind


def facts(**kw: Any) -> UnitFacts:
    base: dict[str, Any] = {
        "grade": Grade.A,
        "reason": ReasonCode.UNWANTED,
        "category": "home",
        "unit_value_cents": 4_000,
        "under_warranty": False,
        "age_days": 10,
    }
    base.update(kw)
    return UnitFacts(**base)


@pytest.mark.parametrize(
    ("kw", "disposition", "rule"),
    [
        ({}, Disposition.RESTOCK, "new"),
        ({"grade": Grade.B}, Disposition.REFURBISH, "open-box"),
        ({"grade": Grade.B, "category": "apparel"}, Disposition.RESTOCK, "open-box-soft"),
        ({"grade": Grade.B, "category": "apparel", "age_days": 200}, Disposition.LIQUIDATE, "seasonal-stale"),
        ({"grade": Grade.C}, Disposition.LIQUIDATE, "worn"),
        ({"grade": Grade.C, "unit_value_cents": 9_000}, Disposition.REFURBISH, "worn-valuable"),
        ({"grade": Grade.D}, Disposition.DISPOSE, "damaged"),
        ({"grade": Grade.D, "unit_value_cents": 25_000}, Disposition.REFURBISH, "damaged-valuable"),
        (
            {"grade": Grade.D, "reason": ReasonCode.DEFECTIVE, "under_warranty": True},
            Disposition.RETURN_TO_VENDOR,
            "defective-warranty",
        ),
        ({"grade": Grade.JUNK}, Disposition.DISPOSE, "junk"),
        ({"grade": Grade.INCORRECT_ITEM}, Disposition.REFURBISH, "incorrect-item"),
    ],
)
def test_default_rules_decide_and_name_the_rule(
    kw: dict[str, Any], disposition: Disposition, rule: str
) -> None:
    decision = DEFAULT_POLICY.decide(facts(**kw))
    assert (decision.disposition, decision.rule_id) == (disposition, rule)
    assert decision.rule_description


def test_incorrect_items_wait_for_a_supervisor() -> None:
    assert DEFAULT_POLICY.decide(facts(grade=Grade.INCORRECT_ITEM)).requires_approval


def test_refunds_full_fee_or_withheld() -> None:
    p = DEFAULT_POLICY
    assert p.refund(facts(), 5_000).kind is RefundKind.FULL
    partial = p.refund(facts(grade=Grade.C), 5_000)
    assert (partial.kind, partial.amount_cents, partial.fee_cents) == (RefundKind.PARTIAL, 4_250, 750)
    assert p.refund(facts(grade=Grade.C, reason=ReasonCode.DEFECTIVE), 5_000).kind is RefundKind.FULL
    assert p.refund(facts(grade=Grade.D, fault=Fault.CARRIER), 5_000).kind is RefundKind.FULL
    for grade in (Grade.JUNK, Grade.MISSING, Grade.INCORRECT_ITEM):
        assert p.refund(facts(grade=grade), 5_000).kind is RefundKind.WITHHELD
    late = p.refund(facts(inside_window=False), 5_000)
    assert (late.kind, late.amount_cents) == (RefundKind.WITHHELD, 0)


def test_return_window_depends_on_category_and_counts_from_delivery() -> None:
    p = DEFAULT_POLICY
    delivered = date(2026, 10, 1)
    assert p.inside_window("electronics", delivered, date(2026, 10, 16))
    assert not p.inside_window("electronics", delivered, date(2026, 10, 17))
    assert p.inside_window("apparel", delivered, date(2026, 10, 31))
    assert p.inside_window("unknown-category", None, date(2027, 1, 1))


def test_tables_are_validated() -> None:
    catch_all = DispositionRule("all", "everything", Disposition.RESTOCK, "A")
    only_a = DispositionRule("a", "grade A", Disposition.RESTOCK, "A", grades=frozenset({Grade.A}))
    with pytest.raises(ValidationFailed, match="can never fire"):
        validate_rules([catch_all, only_a])
    with pytest.raises(ValidationFailed, match="must match every unit"):
        validate_rules([only_a])
    with pytest.raises(ValidationFailed, match="used twice"):
        validate_rules([only_a, only_a, catch_all])
    empty_range = DispositionRule(
        "r", "none", Disposition.DISPOSE, "X", min_value_cents=500, max_value_cents=100
    )
    with pytest.raises(ValidationFailed, match="value range"):
        validate_rules([empty_range, catch_all])


def test_rule_tables_round_trip_through_plain_data() -> None:
    assert rules_from_data(rules_to_data(DEFAULT_RULES)) == DEFAULT_RULES
    with pytest.raises(ValidationFailed, match="Rule 1"):
        rules_from_data([{"id": "x", "description": "", "disposition": "teleport", "destination": "?"}])


def test_checklists_suggest_the_best_grade_the_answers_allow() -> None:
    from returns_desk.domain.checklists import DEFAULT, checklists_from_data, questions_for, suggest

    electronics = questions_for("electronics")
    assert suggest(electronics, {}) is Grade.A
    assert suggest(electronics, {"sealed": False}) is Grade.B
    assert suggest(electronics, {"sealed": False, "works": False, "complete": False}) is Grade.D
    assert questions_for("garden-furniture") == DEFAULT["default"]
    with pytest.raises(ValidationFailed, match="default"):
        checklists_from_data({"apparel": []})
    with pytest.raises(ValidationFailed, match="question 1"):
        checklists_from_data({"default": [{"id": "x", "text": "?", "fail_grade": "Z"}]})
