"""Finding demo data with a given shape, for tests that need one."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ReturnLine, ReturnRequest


def approved(db: Database, n: int) -> list[str]:
    """The first ``n`` approved returns, oldest first."""
    with unit_of_work(db.readers) as session:
        return list(
            session.scalars(
                select(ReturnRequest.rma_number)
                .where(ReturnRequest.status == "approved")
                .order_by(ReturnRequest.id)
                .limit(n)
            )
        )


def approved_return_with_units(session: Session, units: int) -> str:
    """The first approved return expecting exactly ``units`` units (the demo seed has such returns)."""
    rma = session.scalar(
        select(ReturnRequest.rma_number)
        .join(ReturnLine, ReturnLine.return_request_id == ReturnRequest.id)
        .where(ReturnRequest.status == "approved")
        .group_by(ReturnRequest.id, ReturnRequest.rma_number)
        .having(func.sum(ReturnLine.quantity_expected) == units)
        .order_by(ReturnRequest.id)
        .limit(1)
    )
    assert rma is not None, f"the demo data has no approved return of {units} units"
    return rma
