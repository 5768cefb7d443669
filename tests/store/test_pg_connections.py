"""A station's connections to PostgreSQL: writes plan their statements once, reads keep PostgreSQL's own planning,
and a server that went away costs neither pool a failed statement once the other has found out."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from returns_desk.store.database import open_database
from returns_desk.store.db import unit_of_work

pytestmark = pytest.mark.postgres


def test_writes_plan_once_and_reads_keep_the_servers_planning(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        with unit_of_work(database.sessions) as session:
            assert session.scalar(text("SHOW plan_cache_mode")) == "force_generic_plan"
            driver = session.connection().connection.dbapi_connection
            assert isinstance(driver, psycopg.Connection)
            assert driver.prepare_threshold == 1
        with unit_of_work(database.readers) as session:
            assert session.scalar(text("SHOW plan_cache_mode")) == "auto"
            driver = session.connection().connection.dbapi_connection
            assert isinstance(driver, psycopg.Connection)
            assert driver.prepare_threshold == 5  # psycopg's default
    finally:
        database.close()


def test_a_dropped_connection_found_by_a_write_drops_the_idle_readers_too(pg_url: str) -> None:
    """What a server restart does: every connection of the station ends. The write that finds out fails (the
    station goes offline); the next read then opens a new connection instead of failing on the dead idle one."""
    database = open_database(pg_url)
    try:
        with unit_of_work(database.readers) as session:
            reader_pid = session.scalar(text("SELECT pg_backend_pid()"))
        with unit_of_work(database.sessions) as session:
            writer_pid = session.scalar(text("SELECT pg_backend_pid()"))
        admin = pg_url.replace("+psycopg", "")
        with psycopg.connect(admin, autocommit=True) as conn:
            ended = conn.execute(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS pid) AS t",
                ([reader_pid, writer_pid],),
            ).fetchone()
            assert ended == (2,)
        with pytest.raises(OperationalError), unit_of_work(database.sessions) as session:
            session.execute(text("SELECT 1"))
        with unit_of_work(database.readers) as session:
            assert session.scalar(text("SELECT pg_backend_pid()")) not in (reader_pid, writer_pid)
        with unit_of_work(database.sessions) as session:
            assert session.scalar(text("SELECT 1")) == 1
    finally:
        database.close()
