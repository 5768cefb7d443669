"""A database that cannot take a write (full disk, read-only file, busy) or was made by a newer version: a
sentence saying what to do, never a traceback; and a long import does not stop anyone else from starting."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from returns_desk import cli
from returns_desk.store import database as database_module
from returns_desk.store import db as store_db
from returns_desk.store.database import SchemaMismatch, open_database

HEADER = "rma_number,order_number,sku,quantity,reason,customer_email,customer_name\n"


@pytest.fixture
def dock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo database in its own data folder, as the command line finds it."""
    monkeypatch.setenv("RETURNS_DESK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("RETURNS_DESK_DB", raising=False)
    assert cli.main(["demo", "--rmas", "20"]) == 0
    return tmp_path / "returns-desk.sqlite3"


def big_import(folder: Path) -> Path:
    path = folder / "many.csv"
    with sqlite3.connect(folder / "returns-desk.sqlite3") as conn:
        sku = conn.execute("SELECT sku FROM products ORDER BY id LIMIT 1").fetchone()[0]
    rows = "".join(
        f"BIG-{i},#66{i:06d},{sku},1,color,c{i}@example.com,{'A long customer name ' * 5}\n"
        for i in range(3000)
    )
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def on_every_connection(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Run a PRAGMA on every SQLite connection the command opens (the real SQLite refusal follows from it)."""
    real = store_db.make_engine

    def make_engine(url: str, **kwargs: Any) -> Engine:
        engine = real(url, **kwargs)

        @event.listens_for(engine, "connect")
        def limit(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(pragma)

        return engine

    monkeypatch.setattr(database_module, "make_engine", make_engine)


def test_a_full_disk_is_a_sentence_and_nothing_is_half_imported(
    dock: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = big_import(dock.parent)
    with sqlite3.connect(dock) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        before = conn.execute("SELECT count(*) FROM return_requests").fetchone()[0]
    on_every_connection(monkeypatch, f"PRAGMA max_page_count = {pages + 5}")  # the disk fills up mid-import
    capsys.readouterr()
    assert cli.main(["import", str(path)]) == 1
    said = capsys.readouterr().err
    assert "disk that holds the database is full" in said
    assert "Traceback" not in said
    with sqlite3.connect(dock) as conn:
        assert conn.execute("SELECT count(*) FROM return_requests").fetchone()[0] == before


def test_a_read_only_database_is_a_sentence(
    dock: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = big_import(dock.parent)
    on_every_connection(monkeypatch, "PRAGMA query_only = ON")
    capsys.readouterr()
    assert cli.main(["import", str(path)]) == 1
    said = capsys.readouterr().err
    assert "read-only" in said
    assert "Traceback" not in said


def test_a_schema_newer_than_this_version_says_so(dock: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(dock) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    for args in (["db", "current"], ["db", "upgrade"], ["resolve", "RMA-00000001"]):
        capsys.readouterr()
        assert cli.main(args) == 1
        said = capsys.readouterr().err
        assert "newer than this Returns Desk understands" in said, args
        assert "needs upgrade" not in said
    with pytest.raises(SchemaMismatch, match="newer"):
        open_database(str(dock))


def test_a_long_import_holding_the_write_lock_does_not_stop_a_start(
    dock: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    writer = sqlite3.connect(dock, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an import, half way through its one transaction
    writer.execute("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01')")
    try:
        started = time.monotonic()
        database = open_database(str(dock))  # what the app and every command do first
        try:
            assert database.read(lambda s: s.execute(text("SELECT count(*) FROM units")).scalar()) > 0
        finally:
            database.close()
        capsys.readouterr()
        assert cli.main(["db", "current"]) == 0
        assert cli.main(["resolve", "RMA-00000001"]) == 0
        assert time.monotonic() - started < store_db.SQLITE_BUSY_TIMEOUT_MS / 1000  # nobody waited for it
        # A write does wait, then says why it could not.
        assert cli.main(["label", "--blank", "1", "--out", str(dock.parent / "p.pdf")]) == 1
        assert "database is busy" in capsys.readouterr().err
    finally:
        writer.execute("ROLLBACK")
        writer.close()
