"""The rule policy in force: the default table until a supervisor publishes another (kept in ``settings``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from returns_desk.domain.rules import DEFAULT_POLICY, RulePolicy, policy_from_data
from returns_desk.store.models import Setting

POLICY_KEY = "rule_policy"


def current(session: Session) -> RulePolicy:
    row = session.get(Setting, POLICY_KEY)
    if row is None:
        return DEFAULT_POLICY
    data: dict[str, Any] = row.value
    return policy_from_data(data)
