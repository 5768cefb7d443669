"""Publishing a rule book as a numbered version (who, when, why) and listing the versions: the disposition rules
and the authorization rules alike. The book in force is a settings row; every version is kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import auth, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import AuthRuleVersion, RuleVersion, Setting, User

VersionModel = type[RuleVersion] | type[AuthRuleVersion]


@dataclass(frozen=True, slots=True)
class VersionRow:
    number: int
    published_at: datetime
    published_by: str
    why: str
    rules: int


def publish(
    session: Session,
    actor: Actor,
    model: VersionModel,
    key: str,
    stored: dict[str, Any],
    why: str,
    kind: EventKind,
    subject: str,
) -> int:
    """Make ``stored`` the book in force (settings ``key``) as the next version. Returns its number."""
    auth.require(actor, Role.SUPERVISOR, "publish rules")
    shared.require_shared(session, "publish rules")
    why = (why or "").strip()
    if not why:
        raise ValidationFailed("Say why the rules change: the next person reads it in the history.")
    # The settings row is locked first, so two supervisors publishing at once get consecutive numbers.
    policy_service.forget_settings(session)
    row = session.scalar(select(Setting).where(Setting.key == key).with_for_update())
    number = int(session.scalar(select(func.max(model.number))) or 0) + 1
    at = events.now()
    session.add(model(number=number, policy=stored, why=why, published_by_id=actor.user_id, published_at=at))
    if row is None:
        session.add(Setting(key=key, value=stored, updated_at=at))
    else:
        row.value = stored
        row.updated_at = at
    session.flush()
    events.record(
        session,
        actor,
        kind,
        "rules",
        f"{subject}{number}",
        {"why": why, "rules": len(stored["rules"])},
        at=at,
    )
    return number


def history(session: Session, actor: Actor, model: VersionModel) -> list[VersionRow]:
    auth.require(actor, Role.SUPERVISOR, "read the rules' history")
    rows = session.execute(
        select(model, User.name).join(User, User.id == model.published_by_id).order_by(model.number.desc())
    )
    out = []
    for found, name in rows:
        v = cast(RuleVersion | AuthRuleVersion, found)  # the query's row is typed by its common base
        out.append(VersionRow(v.number, v.published_at, name, v.why, len(v.policy.get("rules", ()))))
    return out
