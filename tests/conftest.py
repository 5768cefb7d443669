"""Shared fixtures: every database test runs on a real SQLite file and on the real PostgreSQL server.

PostgreSQL: ``RETURNS_DESK_TEST_PG`` (default: postgres, then root, on 127.0.0.1:5432/test). A fresh database is
created for the run and dropped at the end. When the server does not answer the PostgreSQL cases are skipped,
unless ``RETURNS_DESK_REQUIRE_PG=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os

# Qt without a screen: set before anything imports Qt, so plain `pytest` works as well as the test command.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from returns_desk.services import auth, demo
from returns_desk.services.results import Actor
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import make_engine, unit_of_work
from returns_desk.store.models import Base

PG_CANDIDATES = ("postgresql://postgres@127.0.0.1:5432/test", "postgresql://root@127.0.0.1:5432/test")


def _pg_admin_url() -> tuple[str | None, str]:
    explicit = os.environ.get("RETURNS_DESK_TEST_PG")
    problems = []
    for url in [explicit] if explicit else PG_CANDIDATES:
        try:
            with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
                conn.execute("SELECT 1")
            return url, ""
        except psycopg.Error as exc:
            problems.append(f"{url}: {exc}".strip())
    return None, "; ".join(problems)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A new, migrated PostgreSQL database for this test run."""
    admin, why = _pg_admin_url()
    if admin is None:
        message = f"PostgreSQL is not reachable ({why})"
        if os.environ.get("RETURNS_DESK_REQUIRE_PG") == "1":
            pytest.fail(message + " and RETURNS_DESK_REQUIRE_PG=1", pytrace=False)
        pytest.skip(message)
    name = f"returns_desk_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + "/" + name
    database = open_database(url)  # runs alembic upgrade head
    database.engine.dispose()
    yield url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated with alembic upgrade head; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(f"sqlite:///{path}")
    database.engine.dispose()  # the last connection to close checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _truncate_all(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        # The audit trail refuses TRUNCATE (migration 0006); a test database is emptied by its owner.
        conn.execute(text("ALTER TABLE events DISABLE TRIGGER events_no_truncate"))
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        conn.execute(text("ALTER TABLE events ENABLE TRIGGER events_no_truncate"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "returns-desk.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_url")
        _truncate_all(url)
    database = open_database(url)
    yield database
    database.close()  # both pools: on PostgreSQL the readers have their own (left open, they ran out the server)


@pytest.fixture
def seeded(db: Database) -> demo.DemoSample:
    """The database holds a small demo dock; returns the demo's sample codes."""
    report = demo.seed(db.engine, rmas=80, seed_value=11)
    assert report.sample is not None
    return report.sample


@pytest.fixture
def staff(db: Database, seeded: demo.DemoSample) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.login(session, seeded.badge, None, "TEST-STATION")


@pytest.fixture
def supervisor(db: Database, seeded: demo.DemoSample) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.login(session, seeded.supervisor_badge, seeded.supervisor_pin, "TEST-STATION")
