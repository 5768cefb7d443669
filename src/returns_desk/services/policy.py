"""The rule policy in force: the default table until a supervisor publishes another (kept in ``settings``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from returns_desk.domain.rules import DEFAULT_POLICY, RulePolicy, rules_from_data
from returns_desk.domain.vocab import Grade
from returns_desk.store.models import Setting

POLICY_KEY = "rule_policy"


def current(session: Session) -> RulePolicy:
    row = session.get(Setting, POLICY_KEY)
    if row is None:
        return DEFAULT_POLICY
    data: dict[str, Any] = row.value
    return RulePolicy(
        rules=rules_from_data(data["rules"]),
        restocking_fee_percent={Grade(k): int(v) for k, v in data["restocking_fee_percent"].items()},
        return_window_days={str(k): int(v) for k, v in data["return_window_days"].items()},
        default_return_window_days=int(data["default_return_window_days"]),
        approval_value_cents=int(data["approval_value_cents"]),
    )
