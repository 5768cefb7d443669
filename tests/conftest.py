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
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from returns_desk.services import auth, demo
from returns_desk.services.results import Actor
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import make_engine, unit_of_work
from returns_desk.store.models import Base

# What `-m "not slow"` leaves out, for a sub-minute inner loop (the README's test command and CI run everything):
# screens driven through real widgets and windows, the command line run as a subprocess, server outages and
# crashes, two stations racing, and decoding real photographs.
SLOW = (
    "tests/gui/",
    "tests/e2e/",
    "tests/packaging/",
    "tests/cli/",
    "tests/services/test_offline_station.py",
    "tests/services/test_crash_safety.py",
    "tests/services/test_concurrent_receive.py",
    "tests/services/test_enter_warm.py",
    "tests/services/test_copy_written.py",
    "tests/barcodes/test_decode.py",
    "tests/barcodes/test_printing.py",
    "tests/services/test_enter_pg.py",  # each builds a demo dock twice and compares every row
    "tests/services/test_receive_pg.py",
    "tests/services/test_writers_agree.py",
    "tests/services/test_mail.py",  # a real SMTP server; a sender killed mid-batch
)
QUICK_GUI = ("tests/gui/test_station_flow.py",)  # Qt-free: it stays in the inner loop


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        where = Path(str(item.path)).relative_to(root).as_posix()
        if where.startswith(SLOW) and not where.startswith(QUICK_GUI):
            item.add_marker(pytest.mark.slow)


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


SEED_RMAS, SEED_VALUE = 80, 11  # the small demo dock every `seeded` test starts from


@pytest.fixture(scope="session")
def sqlite_seeded(sqlite_template: Path) -> tuple[Path, demo.DemoSample]:
    """The demo dock seeded once into a copy of the template; each `seeded` test gets a copy of that file."""
    path = sqlite_template.with_name("seeded.sqlite3")
    shutil.copy(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    report = demo.seed(database.engine, rmas=SEED_RMAS, seed_value=SEED_VALUE)
    database.close()
    assert report.sample is not None
    assert not path.with_name(path.name + "-wal").exists()
    return path, report.sample


def _truncate_all(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        # The audit trail refuses TRUNCATE (migration 0006); a test database is emptied by its owner.
        conn.execute(text("ALTER TABLE events DISABLE TRIGGER events_no_truncate"))
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        conn.execute(text("ALTER TABLE events ENABLE TRIGGER events_no_truncate"))
    engine.dispose()


@dataclass(frozen=True)
class PgSnapshot:
    """Every table's rows as PostgreSQL's binary COPY wrote them, in the order foreign keys allow."""

    tables: tuple[tuple[str, bytes], ...]
    sample: demo.DemoSample


def pg_snapshot(url: str, sample: demo.DemoSample) -> PgSnapshot:
    tables = []
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for table in Base.metadata.sorted_tables:
            with cur.copy(f'COPY "{table.name}" TO STDOUT (FORMAT binary)') as copy:
                tables.append((table.name, b"".join(bytes(block) for block in copy)))
    return PgSnapshot(tuple(tables), sample)


def pg_restore(url: str, snapshot: PgSnapshot) -> None:
    """The database holds exactly the snapshot's rows, and each id sequence goes on after the highest id, as if
    the demo had just been seeded here; one transaction, a few dozen milliseconds."""
    names = [name for name, _ in snapshot.tables]
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        # The audit trail's triggers refuse TRUNCATE and check each event's author, and the analytics cube's
        # triggers would count the copied rows again over the copied cube; these rows were checked and counted when
        # they were first written. The owner of a test database turns its own triggers off for a moment.
        cur.execute("SET session_replication_role = replica")
        cur.execute(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE")
        for name, data in snapshot.tables:
            if len(data) > PG_BINARY_EMPTY:
                with cur.copy(f'COPY "{name}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(data)
        for table in Base.metadata.sorted_tables:
            if (
                "id" in table.c
                and table.c.id.autoincrement is not False
                and len(table.primary_key.columns) == 1
            ):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f'COALESCE((SELECT max(id) FROM "{table.name}"), 0) + 1, false) '
                    f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
                )
        cur.execute("SET session_replication_role = DEFAULT")


PG_BINARY_EMPTY = 21  # a binary COPY of no rows: 19-byte header and 2-byte trailer


@pytest.fixture(scope="session")
def pg_seeded(pg_url: str) -> PgSnapshot:
    """The demo dock seeded once on the server; each `seeded` test gets its rows restored."""
    _truncate_all(pg_url)
    database = open_database(pg_url)
    report = demo.seed(database.engine, rmas=SEED_RMAS, seed_value=SEED_VALUE)
    database.close()
    assert report.sample is not None
    snapshot = pg_snapshot(pg_url, report.sample)
    _truncate_all(pg_url)
    return snapshot


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database of each kind: empty, or holding the demo dock when the test also asks for `seeded`
    (copied from one seeded once per run, which is what seeding it here would write)."""
    wants_dock = "seeded" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "returns-desk.sqlite3"
        if wants_dock:
            shutil.copy(request.getfixturevalue("sqlite_seeded")[0], path)
        else:
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_url")
        if wants_dock:
            pg_restore(url, request.getfixturevalue("pg_seeded"))
        else:
            _truncate_all(url)
    database = open_database(url)
    yield database
    database.close()  # both pools: on PostgreSQL the readers have their own (left open, they ran out the server)


@pytest.fixture
def seeded(request: pytest.FixtureRequest, db: Database) -> demo.DemoSample:
    """The database holds a small demo dock (80 returns, seed 11); returns the demo's sample codes."""
    if db.engine.dialect.name == "sqlite":
        sample: demo.DemoSample = request.getfixturevalue("sqlite_seeded")[1]
        return sample
    snapshot: PgSnapshot = request.getfixturevalue("pg_seeded")
    return snapshot.sample


@pytest.fixture
def staff(db: Database, seeded: demo.DemoSample) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.login(session, seeded.badge, None, "TEST-STATION")


@pytest.fixture
def supervisor(db: Database, seeded: demo.DemoSample) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.login(session, seeded.supervisor_badge, seeded.supervisor_pin, "TEST-STATION")
