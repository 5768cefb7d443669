"""Which executor writes a command, chosen in one place by the database and the situation.

A receipt and a grade-and-route each have two executors: the general way through the ORM (any database, every
case) and, on PostgreSQL, a few statements sent at once (services/receive_pg.py, services/enter_pg.py) built from
the same rows (services/commands.py). The statements are for a station's own write transactions; a replay of an
offline station's work goes the general way, whose checks it needs one command at a time, and SQLite has one
writer at a time and gains nothing from them. Once the statements are chosen, a command may still hand itself to
the general way for what only the general way does (a discrepancy, an override, an approval), before writing.
"""

from __future__ import annotations

from contextvars import ContextVar
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from returns_desk.store.db import READ_ONLY

# Set while an offline station's commands are replayed (services/events.replaying holds what it keeps).
REPLAY: ContextVar[Any | None] = ContextVar("returns_desk_replaying", default=None)


class Executor(StrEnum):
    ORM = "orm"  # the general way: the ORM, any database
    STATEMENTS = "statements"  # PostgreSQL: a command's rows in two round trips


def executor(session: Session) -> Executor:
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or REPLAY.get() is not None:
        return Executor.ORM
    if bind.get_execution_options().get(READ_ONLY):
        return Executor.ORM  # a reader writes nothing
    return Executor.STATEMENTS
