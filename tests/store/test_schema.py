"""The schema comes from Alembic, matches the models, and has an index for every scan lookup path."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from returns_desk.store import migrate
from returns_desk.store.database import Database
from returns_desk.store.models import Base


def test_upgrade_head_builds_exactly_the_models(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def _indexed_columns(db: Database, table: str) -> set[tuple[str, ...]]:
    insp = inspect(db.engine)
    found = {tuple(i["column_names"]) for i in insp.get_indexes(table)}
    found |= {tuple(u["column_names"]) for u in insp.get_unique_constraints(table)}
    return found


def test_every_scan_lookup_is_indexed(db: Database) -> None:
    assert ("rma_number",) in _indexed_columns(db, "return_requests")
    assert ("tracking_number",) in _indexed_columns(db, "tracking_numbers")
    assert ("order_number",) in _indexed_columns(db, "orders")
    assert ("lpn",) in _indexed_columns(db, "units")
    assert ("gtin",) in _indexed_columns(db, "products")
    assert ("product_id", "return_request_id") in _indexed_columns(db, "return_lines")
    assert ("order_id",) in _indexed_columns(db, "return_requests")
    assert ("return_line_id",) in _indexed_columns(db, "units")


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_migration_0003_backfills_a_populated_database(db: Database) -> None:
    from alembic import command
    from sqlalchemy import select

    from returns_desk.services import demo
    from returns_desk.store.migrate import alembic_config
    from returns_desk.store.models import ReturnLine, ReturnRequest

    demo.seed(db.engine, rmas=60, seed_value=5)
    command.downgrade(alembic_config(db.engine), "0002")
    command.upgrade(alembic_config(db.engine), "head")
    with db.engine.connect() as conn:
        rows = conn.execute(select(ReturnRequest.status, ReturnLine.awaiting_receipt).join(ReturnLine)).all()
    assert rows
    assert all(flag == (status in ("requested", "approved")) for status, flag in rows)
