"""The rule editor's services: check a draft, run it over recent inspections (what-if), publish it as a new
version (who, when, why), and list the versions.

What-if compares, unit by unit, what the published policy and the draft decide for the same facts, so a
supervisor sees how many units would change disposition and what that does to recovered value before publishing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.rules import (
    RulePolicy,
    lint_rules,
    policy_from_data,
    policy_to_data,
)
from returns_desk.domain.vocab import Disposition, EventKind, Fault, Grade
from returns_desk.services import events, rule_versions, unit_facts
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.services.rule_versions import VersionRow
from returns_desk.store.models import (
    Inspection,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    RuleVersion,
    Unit,
)

WHAT_IF_LIMIT = 200_000  # inspections a what-if reads at most (the newest)


@dataclass(frozen=True, slots=True)
class DraftCheck:
    policy: RulePolicy
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WhatIf:
    days: int
    units: int
    changed: int
    transitions: tuple[tuple[str, str, int], ...]  # (from, to, units), most first
    recovered_before_cents: int
    recovered_after_cents: int
    examples: tuple[tuple[str, str, str, str], ...]  # (lpn, from, to, draft rule id)
    truncated: bool

    @property
    def recovered_delta_cents(self) -> int:
        return self.recovered_after_cents - self.recovered_before_cents


def check_draft(data: Mapping[str, Any]) -> DraftCheck:
    """Validate a draft: errors raise ValidationFailed (unreachable rules, no catch-all, empty ranges…)."""
    draft = policy_from_data(data)
    return DraftCheck(draft, tuple(lint_rules(draft.rules)))


def current_data(session: Session) -> dict[str, Any]:
    return policy_to_data(policy_service.current(session))


def what_if(session: Session, draft: RulePolicy, days: int = 30, *, now: datetime | None = None) -> WhatIf:
    """Run ``draft`` over the units graded in the last ``days`` and compare with the policy in force."""
    if days <= 0:
        raise ValidationFailed("A what-if looks back at least one day.")
    published = policy_service.current(session)
    since = (now or events.now()) - timedelta(days=days)
    latest = (
        select(func.max(Inspection.id).label("id"))
        .where(Inspection.inspected_at >= since, Inspection.blind.is_(False))
        .group_by(Inspection.unit_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Unit.lpn,
            Unit.received_at,
            Inspection.grade,
            Inspection.fault,
            ReturnLine.reason,
            ReturnLine.unit_price_cents,
            Product.category,
            Product.warranty_days,
            Order.delivered_at,
            ReturnRequest.requested_at,
        )
        .join(latest, latest.c.id == Inspection.id)
        .join(Unit, Unit.id == Inspection.unit_id)
        .join(ReturnLine, ReturnLine.id == Unit.return_line_id)
        .join(Product, Product.id == ReturnLine.product_id)
        .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
        .join(Order, Order.id == ReturnRequest.order_id)
        .order_by(Inspection.id.desc())
        .limit(WHAT_IF_LIMIT + 1)
    ).all()
    truncated = len(rows) > WHAT_IF_LIMIT
    rows = rows[:WHAT_IF_LIMIT]
    changes: Counter[tuple[str, str]] = Counter()
    examples: list[tuple[str, str, str, str]] = []
    before = after = units = 0
    for r in rows:
        grade = Grade(r.grade)
        if grade is Grade.MISSING:
            continue
        # Each policy has its own return windows: the facts are read under each.
        old = published.decide(unit_facts.facts_from(r, r.received_at, grade, Fault(r.fault), published))
        new_decision = draft.decide(unit_facts.facts_from(r, r.received_at, grade, Fault(r.fault), draft))
        units += 1
        before += _recovered(published, old.disposition, r.unit_price_cents)
        after += _recovered(draft, new_decision.disposition, r.unit_price_cents)
        if old.disposition != new_decision.disposition:
            changes[(old.disposition.value, new_decision.disposition.value)] += 1
            if len(examples) < 20:
                examples.append(
                    (str(r.lpn), old.disposition.value, new_decision.disposition.value, new_decision.rule_id)
                )
    return WhatIf(
        days,
        units,
        sum(changes.values()),
        tuple((a, b, n) for (a, b), n in changes.most_common()),
        before,
        after,
        tuple(examples),
        truncated,
    )


def _recovered(policy: RulePolicy, disposition: Disposition, price_cents: int) -> int:
    return price_cents * policy.recovery_percent.get(disposition, 0) // 100


def publish(session: Session, actor: Actor, data: Mapping[str, Any], why: str) -> int:
    """Make a draft the policy every station applies from its next unit. Returns the new version number."""
    stored = policy_to_data(check_draft(data).policy)
    return rule_versions.publish(
        session, actor, RuleVersion, policy_service.POLICY_KEY, stored, why, EventKind.RULES_PUBLISHED, ""
    )


def history(session: Session, actor: Actor) -> list[VersionRow]:
    return rule_versions.history(session, actor, RuleVersion)


def version_data(session: Session, number: int) -> dict[str, Any]:
    row = session.scalar(select(RuleVersion).where(RuleVersion.number == number))
    if row is None:
        raise ValidationFailed(f"There is no rules version {number}.")
    return dict(row.policy)
