"""Disposition and refund rules: ordered, data-driven, and every decision names the rule that fired.

A rule table is plain data (it round-trips through JSON so supervisors can edit it later). The first rule
whose conditions all hold decides; the last rule of a valid table matches everything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import Disposition, Fault, Grade, ReasonCode, RefundKind

G = Grade
D = Disposition


@dataclass(frozen=True, slots=True)
class UnitFacts:
    """What the rules look at for one unit."""

    grade: Grade
    reason: ReasonCode
    category: str
    unit_value_cents: int
    under_warranty: bool
    age_days: int  # days from delivery to receipt at the dock
    fault: Fault = Fault.UNKNOWN
    inside_window: bool = True


@dataclass(frozen=True, slots=True)
class DispositionRule:
    """When every set condition holds, propose ``disposition`` to ``destination``. Empty sets mean any."""

    id: str
    description: str
    disposition: Disposition
    destination: str
    grades: frozenset[Grade] = frozenset()
    reasons: frozenset[ReasonCode] = frozenset()
    categories: frozenset[str] = frozenset()
    min_value_cents: int | None = None
    max_value_cents: int | None = None
    under_warranty: bool | None = None
    min_age_days: int | None = None
    max_age_days: int | None = None
    requires_approval: bool = False  # the unit waits for a supervisor even when the proposal is accepted

    def matches(self, f: UnitFacts) -> bool:
        return (
            (not self.grades or f.grade in self.grades)
            and (not self.reasons or f.reason in self.reasons)
            and (not self.categories or f.category in self.categories)
            and (self.min_value_cents is None or f.unit_value_cents >= self.min_value_cents)
            and (self.max_value_cents is None or f.unit_value_cents < self.max_value_cents)
            and (self.under_warranty is None or f.under_warranty == self.under_warranty)
            and (self.min_age_days is None or f.age_days >= self.min_age_days)
            and (self.max_age_days is None or f.age_days < self.max_age_days)
        )

    def covers(self, other: DispositionRule) -> bool:
        """True when every unit ``other`` matches is matched by this rule too (so after it, ``other`` is dead)."""

        def sets(mine: frozenset[Any], theirs: frozenset[Any]) -> bool:
            return not mine or (bool(theirs) and theirs <= mine)

        def low(mine: int | None, theirs: int | None) -> bool:
            return mine is None or (theirs is not None and theirs >= mine)

        def high(mine: int | None, theirs: int | None) -> bool:
            return mine is None or (theirs is not None and theirs <= mine)

        return (
            sets(self.grades, other.grades)
            and sets(self.reasons, other.reasons)
            and sets(self.categories, other.categories)
            and low(self.min_value_cents, other.min_value_cents)
            and high(self.max_value_cents, other.max_value_cents)
            and (self.under_warranty is None or self.under_warranty == other.under_warranty)
            and low(self.min_age_days, other.min_age_days)
            and high(self.max_age_days, other.max_age_days)
        )

    def matches_everything(self) -> bool:
        return not (
            self.grades
            or self.reasons
            or self.categories
            or self.min_value_cents is not None
            or self.max_value_cents is not None
            or self.under_warranty is not None
            or self.min_age_days is not None
            or self.max_age_days is not None
        )


@dataclass(frozen=True, slots=True)
class DispositionDecision:
    disposition: Disposition
    destination: str
    rule_id: str
    rule_description: str
    requires_approval: bool


@dataclass(frozen=True, slots=True)
class RefundDecision:
    kind: RefundKind
    amount_cents: int
    fee_cents: int
    why: str


@dataclass(frozen=True, slots=True)
class RulePolicy:
    """The whole policy a station applies: disposition rules, refund fees, return windows, approval limits."""

    rules: tuple[DispositionRule, ...]
    restocking_fee_percent: Mapping[Grade, int] = field(default_factory=dict)
    return_window_days: Mapping[str, int] = field(default_factory=dict)
    default_return_window_days: int = 30
    # Overriding the proposal for a unit worth this much or more needs a supervisor.
    approval_value_cents: int = 20_000
    # Share of a unit's price that each disposition recovers, for the rule editor's what-if.
    recovery_percent: Mapping[Disposition, int] = field(
        default_factory=lambda: dict(DEFAULT_RECOVERY_PERCENT)
    )

    def __post_init__(self) -> None:
        validate_rules(self.rules)

    # --- disposition ---
    def decide(self, facts: UnitFacts) -> DispositionDecision:
        for rule in self.rules:
            if rule.matches(facts):
                return DispositionDecision(
                    rule.disposition, rule.destination, rule.id, rule.description, rule.requires_approval
                )
        raise AssertionError("validated rule tables end with a catch-all")  # pragma: no cover

    def override_needs_approval(self, facts: UnitFacts, proposed: Disposition, chosen: Disposition) -> bool:
        """A different disposition needs a supervisor when the unit is valuable or the change is upward."""
        if chosen == proposed:
            return False
        upgrading_damaged = chosen is D.RESTOCK and facts.grade not in (G.A, G.B)
        return upgrading_damaged or facts.unit_value_cents >= self.approval_value_cents

    # --- return window ---
    def window_days(self, category: str) -> int:
        return self.return_window_days.get(category, self.default_return_window_days)

    def inside_window(self, category: str, delivered: date | None, requested: date) -> bool:
        """Measured from delivery; a request without a known delivery date gets the benefit of the doubt."""
        if delivered is None:
            return True
        return (requested - delivered).days <= self.window_days(category)

    # --- refund ---
    def refund(self, facts: UnitFacts, unit_price_cents: int) -> RefundDecision:
        if facts.grade in (G.INCORRECT_ITEM, G.JUNK, G.MISSING):
            return RefundDecision(RefundKind.WITHHELD, 0, 0, f"grade {facts.grade.value}: held for review")
        if not facts.inside_window:
            return RefundDecision(RefundKind.WITHHELD, 0, 0, "outside the return window: held for review")
        if facts.reason.merchant_at_fault or facts.fault in (Fault.CARRIER, Fault.WAREHOUSE):
            return RefundDecision(
                RefundKind.FULL, unit_price_cents, 0, "not the customer's fault: full refund"
            )
        percent = self.restocking_fee_percent.get(facts.grade, 0)
        if percent == 0:
            return RefundDecision(
                RefundKind.FULL, unit_price_cents, 0, f"grade {facts.grade.value}: full refund"
            )
        fee = unit_price_cents * percent // 100
        return RefundDecision(
            RefundKind.PARTIAL,
            unit_price_cents - fee,
            fee,
            f"grade {facts.grade.value}: {percent}% restocking fee",
        )


def validate_rules(rules: Sequence[DispositionRule]) -> None:
    """A table must have unique ids, a catch-all last, and no rule hidden behind an earlier catch-all."""
    if not rules:
        raise ValidationFailed("A rule table needs at least one rule.")
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.id in seen:
            raise ValidationFailed(f"Rule id '{rule.id}' is used twice.")
        seen.add(rule.id)
        if rule.matches_everything() and i != len(rules) - 1:
            raise ValidationFailed(
                f"Rule '{rule.id}' matches every unit, so the {len(rules) - 1 - i} rule(s) after it can never fire."
            )
        for earlier in rules[:i]:
            if earlier.covers(rule):
                raise ValidationFailed(
                    f"Rule '{rule.id}' can never fire: every unit it matches is already taken by "
                    f"the earlier rule '{earlier.id}'. Move it up or narrow '{earlier.id}'."
                )
        if (
            rule.min_value_cents is not None
            and rule.max_value_cents is not None
            and rule.min_value_cents >= rule.max_value_cents
        ):
            raise ValidationFailed(f"Rule '{rule.id}' has a value range that no unit can fall in.")
        if (
            rule.min_age_days is not None
            and rule.max_age_days is not None
            and rule.min_age_days >= rule.max_age_days
        ):
            raise ValidationFailed(f"Rule '{rule.id}' has an age range that no unit can fall in.")
    if not rules[-1].matches_everything():
        raise ValidationFailed(
            f"The last rule ('{rules[-1].id}') must match every unit, so that no unit is left without a decision."
        )


def lint_rules(rules: Sequence[DispositionRule]) -> list[str]:
    """Warnings for a valid table: grades that only the catch-all decides (a gap someone probably forgot)."""
    warnings = []
    specific = rules[:-1]
    for grade in Grade:
        if not any(not r.grades or grade in r.grades for r in specific):
            warnings.append(f"No rule but the last ('{rules[-1].id}') decides grade {grade.value} units.")
    return warnings


DEFAULT_RECOVERY_PERCENT: dict[Disposition, int] = {
    Disposition.RESTOCK: 100,
    Disposition.REFURBISH: 60,
    Disposition.RETURN_TO_VENDOR: 80,
    Disposition.LIQUIDATE: 20,
    Disposition.DISPOSE: 0,
}


def policy_to_data(policy: RulePolicy) -> dict[str, Any]:
    return {
        "rules": rules_to_data(policy.rules),
        "restocking_fee_percent": {str(k): v for k, v in policy.restocking_fee_percent.items()},
        "return_window_days": dict(policy.return_window_days),
        "default_return_window_days": policy.default_return_window_days,
        "approval_value_cents": policy.approval_value_cents,
        "recovery_percent": {str(k): v for k, v in policy.recovery_percent.items()},
    }


def policy_from_data(data: Mapping[str, Any]) -> RulePolicy:
    """A policy from its JSON form (as stored, or as a supervisor edited it); bad data raises ValidationFailed."""
    try:
        recovery = data.get("recovery_percent") or {k.value: v for k, v in DEFAULT_RECOVERY_PERCENT.items()}
        return RulePolicy(
            rules=rules_from_data(data["rules"]),
            restocking_fee_percent={Grade(k): int(v) for k, v in data["restocking_fee_percent"].items()},
            return_window_days={str(k): int(v) for k, v in data["return_window_days"].items()},
            default_return_window_days=int(data["default_return_window_days"]),
            approval_value_cents=int(data["approval_value_cents"]),
            recovery_percent={Disposition(k): int(v) for k, v in recovery.items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationFailed(f"The policy is incomplete or malformed: {exc}") from exc


def _rule(
    rule_id: str, description: str, disposition: Disposition, destination: str, **when: Any
) -> DispositionRule:
    for key in ("grades", "reasons", "categories"):
        if key in when:
            when[key] = frozenset(when[key])
    return DispositionRule(rule_id, description, disposition, destination, **when)


DEFAULT_RULES: tuple[DispositionRule, ...] = (
    _rule("junk", "Junk in the box: recycle", D.DISPOSE, "RECYCLE", grades={G.JUNK}),
    _rule(
        "incorrect-item",
        "Not the item we sold: hold for a supervisor",
        D.REFURBISH,
        "EXCEPTIONS",
        grades={G.INCORRECT_ITEM},
        requires_approval=True,
    ),
    _rule("missing", "Nothing to route: unit not in the parcel", D.DISPOSE, "NONE", grades={G.MISSING}),
    _rule(
        "defective-warranty",
        "Defective under vendor warranty: back to the vendor",
        D.RETURN_TO_VENDOR,
        "RTV",
        grades={G.C, G.D},
        reasons={ReasonCode.DEFECTIVE},
        under_warranty=True,
    ),
    _rule(
        "damaged-valuable",
        "Damaged but worth repairing",
        D.REFURBISH,
        "REFURB",
        grades={G.D},
        min_value_cents=10_000,
    ),
    _rule("damaged", "Damaged and cheap: recycle", D.DISPOSE, "RECYCLE", grades={G.D}),
    _rule(
        "worn-valuable",
        "Worn but worth cleaning and repacking",
        D.REFURBISH,
        "REFURB",
        grades={G.C},
        min_value_cents=5_000,
    ),
    _rule("worn", "Worn and cheap: sell in bulk", D.LIQUIDATE, "LIQUIDATION", grades={G.C}),
    _rule(
        "seasonal-stale",
        "Apparel back after more than 120 days: out of season, sell in bulk",
        D.LIQUIDATE,
        "LIQUIDATION",
        grades={G.A, G.B},
        categories={"apparel", "shoes"},
        min_age_days=120,
    ),
    _rule(
        "open-box-soft",
        "Open-box apparel: back to stock",
        D.RESTOCK,
        "A-STOCK",
        grades={G.B},
        categories={"apparel", "shoes"},
    ),
    _rule("open-box", "Open box: repack and sell as B-stock", D.REFURBISH, "B-STOCK", grades={G.B}),
    _rule("new", "New and unopened: back to stock", D.RESTOCK, "A-STOCK", grades={G.A}),
    _rule(
        "fallback", "No rule fits: a supervisor decides", D.REFURBISH, "EXCEPTIONS", requires_approval=True
    ),
)

DEFAULT_POLICY = RulePolicy(
    rules=DEFAULT_RULES,
    restocking_fee_percent={G.A: 0, G.B: 0, G.C: 15, G.D: 30},
    return_window_days={
        "electronics": 15,
        "apparel": 30,
        "shoes": 30,
        "home": 30,
        "beauty": 14,
        "toys": 30,
        "sports": 30,
    },
    default_return_window_days=30,
    approval_value_cents=20_000,
)


def rules_to_data(rules: Sequence[DispositionRule]) -> list[dict[str, Any]]:
    out = []
    for rule in rules:
        data = asdict(rule)
        for key in ("grades", "reasons", "categories"):
            data[key] = sorted(str(v) for v in data[key])
        out.append({k: v for k, v in data.items() if v not in (None, [], False) or k == "requires_approval"})
    return out


def rules_from_data(data: Sequence[Mapping[str, Any]]) -> tuple[DispositionRule, ...]:
    rules = []
    for i, item in enumerate(data, start=1):
        try:
            when = dict(item)
            when["grades"] = frozenset(Grade(g) for g in when.get("grades", ()))
            when["reasons"] = frozenset(ReasonCode(r) for r in when.get("reasons", ()))
            when["categories"] = frozenset(when.get("categories", ()))
            when["disposition"] = Disposition(when["disposition"])
            rules.append(DispositionRule(**when))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationFailed(f"Rule {i}: {exc}") from exc
    validate_rules(rules)
    return tuple(rules)
