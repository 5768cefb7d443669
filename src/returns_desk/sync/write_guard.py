"""Which write transactions wrote nothing: a refusal that wrote nothing ends with COMMIT, keeping the prepared
statements psycopg holds on the connection."""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.services import (
    events,
)

log = logging.getLogger(__name__)

# --- the station's store -----------------------------------------------------------------------------------
# Set on a write connection once its transaction sends a statement that may write (anything but a SELECT, with or
# without FOR UPDATE); cleared when the next transaction begins.
WROTE = "returns_desk.wrote"
_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)
_WRITING = re.compile(
    r"\b(?:INSERT|DELETE|MERGE|TRUNCATE|COPY|CALL|SETVAL)\b|(?<!FOR )(?<!KEY )\bUPDATE\b", re.IGNORECASE
)


def transaction_begins(conn: Connection) -> None:
    conn.info.pop(WROTE, None)


def _may_write(statement: str) -> bool:
    may = _MAY_WRITE.get(statement)
    if may is None:
        if len(_MAY_WRITE) >= 512:  # the app's statements are a few dozen; ad-hoc ones must not pile up
            _MAY_WRITE.clear()
        may = _MAY_WRITE[statement] = not _SELECT.match(statement) or _WRITING.search(statement) is not None
    return may


_MAY_WRITE: dict[str, bool] = {}


def statement_sent(
    conn: Connection, _cursor: Any, statement: str, _parameters: Any, _context: Any, _executemany: bool
) -> None:
    if WROTE not in conn.info and _may_write(statement):
        conn.info[WROTE] = True


def refused_without_writing(session: Session, exc: BaseException) -> bool:
    """A refusal (a parcel another station has, a unit already graded) in a transaction that wrote nothing on
    PostgreSQL and has nothing left to write at its commit: COMMIT ends it as ROLLBACK would (row locks it took
    are released either way), and psycopg keeps the statements it prepared on the connection (at a rollback it
    deallocates them all, and Enter's would be prepared and planned again).

    Nothing written: every statement the transaction sent was a SELECT (``WROTE`` unset; a row lock is a SELECT
    ... FOR UPDATE), or the server says it holds no transaction id (a statement that may have written, but did
    not). A unit scanned again after it was graded, here or at another station a moment before, was locked
    first (which takes a transaction id), then refused: it is the first case."""
    if (
        not isinstance(exc, ReturnsDeskError)
        or session.new
        or session.dirty
        or session.deleted
        or session.info.get(events.PENDING)
        or session.get_bind().dialect.name != "postgresql"
    ):
        return False
    try:
        if not session.connection().info.get(WROTE):
            return True
        return session.scalar(text("SELECT txid_current_if_assigned() IS NULL")) is True
    except DBAPIError:
        return False
