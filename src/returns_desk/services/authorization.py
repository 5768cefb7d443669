"""Authorizing return requests: by rules on arrival (imports, requests made at the desk), and by a person, one by
one or in bulk, with a reason. The rules are data: checked, tried over past requests (what-if), published as
versions like the disposition rules.

A request a rule decided keeps the rule's name (``auth_rule``) and its event says so; a person who then changes it
adds their own event, so the trail holds both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.authorization import (
    DEFAULT_AUTH_DATA,
    AuthDecision,
    AuthPolicy,
    RequestFacts,
    Verdict,
    lint,
    policy_from_data,
    policy_to_data,
)
from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.lifecycle import check_return_transition, who_may
from returns_desk.domain.rules import RulePolicy
from returns_desk.domain.vocab import EventKind, ReturnStatus
from returns_desk.services import auth, events, rule_versions, shared, supervision
from returns_desk.services import policy as policy_service
from returns_desk.services.receiving import lock_request
from returns_desk.services.results import Actor
from returns_desk.services.rule_versions import VersionRow
from returns_desk.store.models import (
    AuthRuleVersion,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
)

RULES_KEY = "auth_rules"
HISTORY_DAYS = 90


def current_data(session: Session) -> dict[str, Any]:
    value = policy_service.setting(session, RULES_KEY)
    return dict(value) if value is not None else dict(DEFAULT_AUTH_DATA)


def current(session: Session) -> AuthPolicy:
    return policy_from_data(current_data(session))


@dataclass(frozen=True, slots=True)
class DraftCheck:
    policy: AuthPolicy
    warnings: list[str]


def check_draft(data: Mapping[str, Any]) -> DraftCheck:
    policy = policy_from_data(data)
    return DraftCheck(policy, lint(policy.rules))


def facts_of(
    session: Session, request: ReturnRequest, disposition_policy: RulePolicy | None = None
) -> RequestFacts:
    """What the authorization rules see of a request (its lines, order and customer's history)."""
    rules = disposition_policy or policy_service.current(session)
    lines = session.execute(
        select(ReturnLine.reason, ReturnLine.quantity_expected, ReturnLine.unit_price_cents, Product.category)
        .join(Product, Product.id == ReturnLine.product_id)
        .where(ReturnLine.return_request_id == request.id)
    ).all()
    delivered = session.scalar(select(Order.delivered_at).where(Order.id == request.order_id))
    requested = request.requested_at.date()
    inside = all(
        rules.inside_window(line.category, delivered.date() if delivered else None, requested)
        for line in lines
    )
    since = request.requested_at - timedelta(days=HISTORY_DAYS)
    earlier = session.scalar(
        select(func.count())
        .select_from(ReturnRequest)
        .where(
            ReturnRequest.customer_id == request.customer_id,
            ReturnRequest.id != request.id,
            ReturnRequest.requested_at >= since,
            ReturnRequest.requested_at <= request.requested_at,
        )
    )
    return RequestFacts(
        inside_window=inside,
        reasons=frozenset(line.reason for line in lines),
        categories=frozenset(line.category for line in lines),
        channel=request.channel,
        value_cents=sum(line.quantity_expected * line.unit_price_cents for line in lines),
        returns_90d=int(earlier or 0),
    )


def decide_on_arrival(session: Session, actor: Actor, request: ReturnRequest) -> AuthDecision:
    """Run the published rules over a new pending request and carry out what they say (in the caller's
    transaction). The request keeps the name of the rule that decided it."""
    decision = current(session).decide(facts_of(session, request))
    request.auth_rule = decision.rule_id
    if request.status != ReturnStatus.REQUESTED.value:
        return decision
    if decision.verdict is Verdict.AUTHORIZE:
        _authorize(session, actor, request, f"rule {decision.rule_id}: {decision.why}", rule=decision.rule_id)
    elif decision.verdict is Verdict.REJECT:
        supervision.end_request(
            session, actor, request, ReturnStatus.REJECTED, {"rule": decision.rule_id, "reason": decision.why}
        )
    return decision


def _authorize(
    session: Session, actor: Actor, request: ReturnRequest, reason: str, *, rule: str | None
) -> None:
    previous = ReturnStatus(request.status)
    check_return_transition(request.rma_number, previous, ReturnStatus.APPROVED)
    at = events.now()
    request.status = ReturnStatus.APPROVED.value
    request.approved_at = at
    session.flush()
    payload: dict[str, Any] = {"from": previous.value, "reason": reason}
    if rule is not None:
        payload["rule"] = rule
    events.record(session, actor, EventKind.RETURN_AUTHORIZED, "return", request.rma_number, payload, at=at)


def authorize_one(session: Session, actor: Actor, request: ReturnRequest, reason: str) -> None:
    """Authorize a request the caller has checked and loaded (an import that says the platform authorized it)."""
    _authorize(session, actor, request, reason, rule=None)


def authorize(session: Session, actor: Actor, rmas: Iterable[str], reason: str) -> int:
    """A person authorizes pending requests (one, or many at once with one reason). Returns how many."""
    need = who_may(ReturnStatus.REQUESTED, ReturnStatus.APPROVED)
    assert need is not None
    auth.require(actor, need, "authorize returns")
    shared.require_shared(session, "authorize returns")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed("Authorizing needs a reason.")
    done = 0
    for rma in sorted(set(rmas)):
        request = lock_request(session, rma)
        _authorize(session, actor, request, reason, rule=None)
        done += 1
    if not done:
        raise ValidationFailed("Choose the requests to authorize.")
    return done


def reject(session: Session, actor: Actor, rmas: Iterable[str], reason: str) -> int:
    """A person rejects requests (one or many, one reason): each settles its units and closes its cases."""
    done = 0
    for rma in sorted(set(rmas)):
        supervision.reject_return(session, actor, rma, reason)
        done += 1
    if not done:
        raise ValidationFailed("Choose the requests to reject.")
    return done


# --- the rules' editor ---
@dataclass(frozen=True, slots=True)
class WhatIf:
    days: int
    requests: int
    now: dict[str, int]  # verdict -> requests, under the published rules
    draft: dict[str, int]  # verdict -> requests, under the draft
    changed: int
    truncated: bool


WHAT_IF_LIMIT = 20_000


def what_if(session: Session, draft: AuthPolicy, days: int = 30, *, now: datetime | None = None) -> WhatIf:
    """What the published rules and the draft decide for the requests made in the last ``days`` days."""
    since = (now or events.now()) - timedelta(days=days)
    published = current(session)
    rules = policy_service.current(session)
    requests = session.scalars(
        select(ReturnRequest)
        .where(ReturnRequest.requested_at >= since)
        .order_by(ReturnRequest.requested_at.desc())
        .limit(WHAT_IF_LIMIT + 1)
    ).all()
    truncated = len(requests) > WHAT_IF_LIMIT
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    changed = 0
    for request in requests[:WHAT_IF_LIMIT]:
        facts = facts_of(session, request, rules)
        a, b = published.decide(facts).verdict, draft.decide(facts).verdict
        before[a.value] += 1
        after[b.value] += 1
        changed += a is not b
    return WhatIf(days, min(len(requests), WHAT_IF_LIMIT), dict(before), dict(after), changed, truncated)


def publish(session: Session, actor: Actor, data: Mapping[str, Any], why: str) -> int:
    stored = policy_to_data(check_draft(data).policy)
    return rule_versions.publish(
        session, actor, AuthRuleVersion, RULES_KEY, stored, why, EventKind.AUTH_RULES_PUBLISHED, "auth-"
    )


def history(session: Session, actor: Actor) -> list[VersionRow]:
    return rule_versions.history(session, actor, AuthRuleVersion)
