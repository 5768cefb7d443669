"""The rule policy in force: the default table until a supervisor publishes another (kept in ``settings``)."""

from __future__ import annotations

import json
import time
import weakref
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from returns_desk.domain.rules import DEFAULT_POLICY, RulePolicy, policy_from_data
from returns_desk.services import txcache
from returns_desk.store.models import Setting

POLICY_KEY = "rule_policy"


_PARSED: dict[str, RulePolicy] = {}
# What read sessions show (a scan's return-window verdict, the request panel) comes from the published policy as
# read at most VIEW_TTL_S ago, per database: a scan is one indexed query, and reading the settings beside it would
# be a second one (another round trip on PostgreSQL). What is written (a receipt's outside-the-window case, Enter's
# refund) always uses the policy the write transaction reads.
VIEW_TTL_S = 5.0
_VIEWS: weakref.WeakKeyDictionary[Any, tuple[float, RulePolicy]] = weakref.WeakKeyDictionary()
_ALL_SETTINGS = select(Setting.__table__.c.key, Setting.__table__.c.value)


def current(session: Session) -> RulePolicy:
    """The published policy (parsed once per distinct text, read once per write transaction)."""
    value = setting(session, POLICY_KEY)
    if value is None:
        return DEFAULT_POLICY
    key = json.dumps(value)  # the stored text's order: the same text gives the same key
    policy = _PARSED.get(key)
    if policy is None:
        if len(_PARSED) > 16:
            _PARSED.clear()
        policy = _PARSED[key] = policy_from_data(value)
    return policy


def for_view(session: Session) -> RulePolicy:
    """The policy for what a person is shown: in a write transaction the transaction's own (``current``); on a
    read session the published one, read again once it is VIEW_TTL_S old. Publishing from this process (any
    settings write: ``forget_settings``) shows at once; from another station, within VIEW_TTL_S."""
    if txcache.of(session) is not None:
        return current(session)
    bind = session.get_bind()
    now = time.monotonic()
    kept = _VIEWS.get(bind)
    if kept is not None and now - kept[0] < VIEW_TTL_S:
        return kept[1]
    policy = current(session)
    _VIEWS[bind] = (now, policy)
    return policy


def setting(session: Session, key: str) -> Any:
    """A settings value (None when unset). A write transaction reads all settings once and keeps them."""
    cache = txcache.of(session)
    if cache is None:
        return session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    snapshot = cache.get("settings")
    if snapshot is None:
        # Core rows, not Setting objects: nothing here is changed through the ORM.
        snapshot = cache["settings"] = dict(session.connection().execute(_ALL_SETTINGS).all())
    return snapshot.get(key)


def snapshot_column(dialect: str) -> Any:
    """All settings as one JSON text column ([[key, value], ...]), to be read in the same round trip as something
    else (the unit Enter locks): ``take_snapshot`` then keeps it for the rest of the transaction."""
    table = Setting.__table__
    if dialect == "postgresql":
        pairs = func.json_agg(func.json_build_array(table.c.key, table.c.value))
        return select(cast(pairs, Text)).scalar_subquery()
    return select(
        func.json_group_array(func.json_array(table.c.key, func.json(table.c.value)))
    ).scalar_subquery()


def take_snapshot(session: Session, text: str | None) -> None:
    """Keep a snapshot read by ``snapshot_column`` as this write transaction's settings."""
    cache = txcache.of(session)
    if cache is not None and "settings" not in cache:
        cache["settings"] = dict(json.loads(text or "[]") or ())


def put_setting(session: Session, key: str, value: Any) -> None:
    """Create or replace a settings value (the rest of this transaction reads the new one)."""
    forget_settings(session)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=datetime.now(UTC)))
    else:
        row.value = value
        row.updated_at = datetime.now(UTC)
    session.flush()  # the settings snapshot is read with Core: it sees written rows only


def create_setting_once(session: Session, key: str, value: Any) -> None:
    """Create a settings row if there is none, safely when several stations do it at the same moment."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(Setting).values(key=key, value=value, updated_at=datetime.now(UTC))
    session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))


def forget_settings(session: Session) -> None:
    """A service that wrote a setting calls this, so the rest of its transaction reads the new value (and what
    read sessions show reads it again: ``for_view``)."""
    txcache.forget(session, "settings")
    _VIEWS.clear()
