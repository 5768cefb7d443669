"""Authorization rules: which new return requests are authorized, rejected or left for a person, decided on arrival.

Rules are data, ordered; the first that matches decides and is named in the request's trail. A request no rule
matches waits for a person (``review``). The same data is edited, checked, tried over past requests and published
as versions, like the disposition rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.rule_table import TableSpec
from returns_desk.domain.vocab import Channel, ReasonCode


class Verdict(StrEnum):
    AUTHORIZE = "authorize"
    REJECT = "reject"
    REVIEW = "review"  # a person decides


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the rules may look at in a new request."""

    inside_window: bool
    reasons: frozenset[str]
    categories: frozenset[str]
    channel: str
    value_cents: int  # what the customer paid for the lines returned
    returns_90d: int  # the customer's other return requests in the 90 days before this one


@dataclass(frozen=True, slots=True)
class AuthRule:
    id: str
    verdict: Verdict
    description: str = ""
    inside_window: bool | None = None
    reasons: frozenset[str] = frozenset()  # any line's reason among these
    channels: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()  # any line's category among these
    min_value_cents: int | None = None
    max_value_cents: int | None = None
    min_returns_90d: int | None = None

    def matches(self, f: RequestFacts) -> bool:
        return (
            (self.inside_window is None or f.inside_window == self.inside_window)
            and (not self.reasons or bool(self.reasons & f.reasons))
            and (not self.channels or f.channel in self.channels)
            and (not self.categories or bool(self.categories & f.categories))
            and (self.min_value_cents is None or f.value_cents >= self.min_value_cents)
            and (self.max_value_cents is None or f.value_cents <= self.max_value_cents)
            and (self.min_returns_90d is None or f.returns_90d >= self.min_returns_90d)
        )


@dataclass(frozen=True, slots=True)
class AuthDecision:
    verdict: Verdict
    rule_id: str
    why: str


FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class AuthPolicy:
    rules: tuple[AuthRule, ...]

    def decide(self, facts: RequestFacts) -> AuthDecision:
        for rule in self.rules:
            if rule.matches(facts):
                return AuthDecision(rule.verdict, rule.id, rule.description or rule.id)
        return AuthDecision(Verdict.REVIEW, FALLBACK, "no rule matched: a person decides")


AUTH_FIELDS = (
    ("id", "Id"),
    ("description", "Description"),
    ("verdict", "Verdict"),
    ("inside_window", "Inside window"),
    ("reasons", "Reasons"),
    ("channels", "Channels"),
    ("categories", "Categories"),
    ("min_value_cents", "Min value ¢"),
    ("max_value_cents", "Max value ¢"),
    ("min_returns_90d", "Min returns 90 d"),
)
AUTH_TABLE = TableSpec(
    AUTH_FIELDS,
    lists=("reasons", "channels", "categories"),
    ints=("min_value_cents", "max_value_cents", "min_returns_90d"),
    maybe_flags=("inside_window",),
    new_rule=("new-rule", "", "review"),
)

DEFAULT_AUTH_DATA: dict[str, Any] = {
    "rules": [
        {
            "id": "serial-returner",
            "description": "4 or more returns in 90 days: a person looks",
            "verdict": "review",
            "min_returns_90d": 4,
        },
        {
            "id": "outside-window",
            "description": "Asked after the return window: a person looks",
            "verdict": "review",
            "inside_window": False,
        },
        {
            "id": "high-value",
            "description": "Worth 500.00 or more: a person looks",
            "verdict": "review",
            "min_value_cents": 50_000,
        },
        {
            "id": "inside-window",
            "description": "Inside the window: authorized",
            "verdict": "authorize",
            "inside_window": True,
        },
    ]
}


def _ids(values: Any, known: set[str] | None, what: str, rule_id: str) -> frozenset[str]:
    if values is None:
        return frozenset()
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValidationFailed(f"Rule {rule_id}: {what} must be a list of words.")
    unknown = sorted(set(values) - known) if known is not None else []
    if unknown:
        raise ValidationFailed(f"Rule {rule_id}: unknown {what}: {', '.join(unknown)}.")
    return frozenset(values)


def _int(value: Any, what: str, rule_id: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationFailed(f"Rule {rule_id}: {what} must be a whole number, 0 or more.")
    return value


def policy_from_data(data: Mapping[str, Any]) -> AuthPolicy:
    """Read and check rule data; anything wrong raises ValidationFailed naming the rule."""
    raw = data.get("rules")
    if not isinstance(raw, list):
        raise ValidationFailed("Authorization rules must be a list.")
    rules: list[AuthRule] = []
    seen: set[str] = set()
    for position, item in enumerate(raw, start=1):
        if not isinstance(item, Mapping):
            raise ValidationFailed(f"Rule {position} is not a rule.")
        rule_id = str(item.get("id") or "").strip()
        if not rule_id:
            raise ValidationFailed(f"Rule {position} has no id.")
        if rule_id in seen:
            raise ValidationFailed(f"Two rules are called {rule_id}.")
        seen.add(rule_id)
        try:
            verdict = Verdict(str(item.get("verdict", "")).strip())
        except ValueError:
            raise ValidationFailed(
                f"Rule {rule_id}: the verdict must be one of {', '.join(v.value for v in Verdict)}."
            ) from None
        inside = item.get("inside_window")
        if inside is not None and not isinstance(inside, bool):
            raise ValidationFailed(f"Rule {rule_id}: inside window is yes, no or empty.")
        low, high = (
            _int(item.get("min_value_cents"), "min value", rule_id),
            _int(item.get("max_value_cents"), "max value", rule_id),
        )
        if low is not None and high is not None and low > high:
            raise ValidationFailed(f"Rule {rule_id}: min value is above max value.")
        rules.append(
            AuthRule(
                id=rule_id,
                verdict=verdict,
                description=str(item.get("description") or ""),
                inside_window=inside,
                reasons=_ids(item.get("reasons"), {r.value for r in ReasonCode}, "reasons", rule_id),
                channels=_ids(item.get("channels"), {c.value for c in Channel}, "channels", rule_id),
                categories=_ids(item.get("categories"), None, "categories", rule_id),
                min_value_cents=low,
                max_value_cents=high,
                min_returns_90d=_int(item.get("min_returns_90d"), "min returns", rule_id),
            )
        )
    return AuthPolicy(tuple(rules))


def policy_to_data(policy: AuthPolicy) -> dict[str, Any]:
    return {"rules": [rule_to_data(r) for r in policy.rules]}


def rule_to_data(rule: AuthRule) -> dict[str, Any]:
    data: dict[str, Any] = {"id": rule.id, "description": rule.description, "verdict": rule.verdict.value}
    if rule.inside_window is not None:
        data["inside_window"] = rule.inside_window
    for key in ("reasons", "channels", "categories"):
        values: frozenset[str] = getattr(rule, key)
        if values:
            data[key] = sorted(values)
    for key in ("min_value_cents", "max_value_cents", "min_returns_90d"):
        if getattr(rule, key) is not None:
            data[key] = getattr(rule, key)
    return data


def lint(rules: Sequence[AuthRule]) -> list[str]:
    """Warnings that do not stop publishing: rules after one that matches every request never fire."""
    for i, rule in enumerate(rules):
        if AuthRule(rule.id, rule.verdict, rule.description) == rule and rules[i + 1 :]:
            later = ", ".join(r.id for r in rules[i + 1 :])
            return [f"Rule {rule.id} matches every request: {later} never fire."]
    return []
