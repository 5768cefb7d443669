"""The test databases themselves: a `seeded` test starts from what seeding the demo dock writes."""

from __future__ import annotations

from sqlalchemy import func, select

from returns_desk.services import demo
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Base, Event, ReturnRequest, Unit
from tests.conftest import SEED_RMAS, PgSnapshot, pg_restore, pg_snapshot


def test_a_restored_snapshot_is_row_for_row_the_seeded_dock(pg_url: str, pg_seeded: PgSnapshot) -> None:
    pg_restore(pg_url, pg_seeded)
    again = pg_snapshot(pg_url, pg_seeded.sample)
    assert [name for name, _ in again.tables] == [t.name for t in Base.metadata.sorted_tables]
    assert again.tables == pg_seeded.tables


def test_a_seeded_database_holds_the_dock_and_new_rows_take_the_next_ids(
    db: Database, seeded: demo.DemoSample
) -> None:
    with unit_of_work(db.sessions) as session:
        assert session.scalar(select(func.count()).select_from(ReturnRequest)) == SEED_RMAS
        assert (
            session.scalar(select(ReturnRequest.id).where(ReturnRequest.rma_number == seeded.rma)) is not None
        )
        highest = session.scalar(select(func.max(Event.id)))
        units = session.scalar(select(func.count()).select_from(Unit))
        assert highest is not None
        assert units
    again = demo.seed(db.engine, rmas=3, seed_value=4)  # writes through the ORM: each table's next id
    assert again.rmas == 3
    with unit_of_work(db.sessions) as session:
        assert session.scalar(select(func.count()).select_from(ReturnRequest)) == SEED_RMAS + 3
        assert session.scalar(select(func.min(Event.id)).where(Event.id > highest)) == highest + 1


def test_a_database_not_asked_to_be_seeded_is_empty(db: Database) -> None:
    with unit_of_work(db.sessions) as session:
        assert session.scalar(select(func.count()).select_from(ReturnRequest)) == 0
