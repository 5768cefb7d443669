"""Watching PostgreSQL's locks from a test: waiting until one session waits on another's lock, and whether a
return's row is free."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, text

from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ReturnRequest


def wait_for_a_lock_wait(db: Database, timeout_s: float = 6.0) -> None:
    """Return once some session waits for a lock (any kind) on this database's server; fail after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with unit_of_work(db.readers) as session:
            if session.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted")):
                return
        time.sleep(0.02)
    pytest.fail("no session waited for another's lock")


def return_row_is_free(db: Database, rma: str) -> bool:
    """Can another transaction lock the return's row right now (FOR UPDATE NOWAIT)?"""
    with unit_of_work(db.sessions) as other:
        row = other.scalar(
            select(ReturnRequest.id).where(ReturnRequest.rma_number == rma).with_for_update(nowait=True)
        )
    return row is not None
