"""Opening a database: a new one is migrated; an older or foreign schema is refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from returns_desk.store import migrate
from returns_desk.store.database import DatabaseUnavailable, SchemaMismatch, check_schema, open_database
from returns_desk.store.db import make_engine


def test_a_new_sqlite_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "station.sqlite3"
    database = open_database(str(path))
    assert path.exists()
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    database.engine.dispose()


def test_a_database_with_a_newer_schema_is_refused(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "a.sqlite3"))
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    database.engine.dispose()
    with pytest.raises(SchemaMismatch, match="newer than this Returns Desk"):
        open_database(str(tmp_path / "a.sqlite3"))


def test_an_older_known_revision_asks_for_db_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002")
    with pytest.raises(SchemaMismatch, match="returns-desk db upgrade"):
        check_schema("0001")


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(DatabaseUnavailable, match="Cannot reach the database"):
        open_database("postgresql://nobody@127.0.0.1:1/none")


def test_a_station_file_of_an_older_version_is_copied_and_upgraded_with_its_data(tmp_path: Path) -> None:
    """A local SQLite file left by the previous version: its returns stay, the schema moves to head, and a copy
    of the file as it was lies beside it."""
    path = tmp_path / "station.sqlite3"
    engine = make_engine(f"sqlite:///{path}", writes=True)
    migrate.upgrade(engine, "0013")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO stations (name, location, active) VALUES ('DOCK-9', 'dock', 1)"))
    engine.dispose()
    database = open_database(str(path))
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM stations")).scalars().all() == ["DOCK-9"]
    finally:
        database.close()
    copy = tmp_path / "station.before-0013.sqlite3"
    old = make_engine(f"sqlite:///{copy}")
    try:
        assert migrate.current_revision(old) == "0013"
    finally:
        old.dispose()
