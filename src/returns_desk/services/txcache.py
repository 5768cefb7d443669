"""Memory for one write transaction: what a unit of work has already read or locked, so that grading and routing
the same unit in one go (Enter at the station, a replayed outbox) does not ask the database twice.

Only write sessions get one: they live for a single transaction (``unit_of_work``). The long-lived read-only
sessions (``Database.read``) always read afresh, so they see a supervisor's newly published rules at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from returns_desk.store.db import READ_ONLY

KEY = "returns_desk_txcache"


def of(session: Session) -> dict[str, Any] | None:
    cached: dict[str, Any] | None = session.info.get(KEY)
    if cached is not None:
        return cached
    bind = session.get_bind()
    if bind.get_execution_options().get(READ_ONLY):
        return None
    cached = session.info[KEY] = {}
    return cached


def forget(session: Session, *names: str) -> None:
    cached = session.info.get(KEY)
    if cached is not None:
        for name in names:
            cached.pop(name, None)
