"""Opening a station's database: create and migrate a new one, refuse one whose schema does not match."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, event, inspect
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.store import migrate
from returns_desk.store.db import make_engine, session_factory

T = TypeVar("T")
log = logging.getLogger(__name__)


class DatabaseUnavailable(ReturnsDeskError):
    pass


class SchemaMismatch(ReturnsDeskError):
    pass


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]
    read_engine: Engine | None = None  # the readers' own, when it is not ``engine`` (PostgreSQL: store.db)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    def read(self, work: Callable[[Session], T]) -> T:
        """Run read-only work on this thread's long-lived autocommit session.

        Lookups are single statements in autocommit, so no snapshot is held between calls; keeping the session
        open saves the connection checkout and session set-up that would otherwise cost more than the query.
        A failure discards the session, so the next call starts on a fresh connection.
        """
        session: Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self.readers()
        else:
            # The session outlives the call; objects it loaded before must be read again, not served from its
            # identity map (a setting a supervisor changed since, say).
            session.expire_all()
        try:
            return work(session)
        except BaseException:
            self._local.session = None
            session.close()
            raise

    def close_reader(self) -> None:
        """Close this thread's read session (a thread that ends should call it)."""
        session: Session | None = getattr(self._local, "session", None)
        if session is not None:
            session.close()
            self._local.session = None

    def close(self) -> None:
        self.close_reader()
        self.engine.dispose()
        if self.read_engine is not None:
            self.read_engine.dispose()


def open_database(url: str, *, migrate_empty: bool = True) -> Database:
    """Connect; a brand-new database is migrated to the current schema, an older or newer one is refused."""
    engine = make_engine(url, writes=True)
    try:
        current = migrate.current_revision(engine)
        if current is None:
            if not migrate_empty:
                raise SchemaMismatch(
                    "The database has no Returns Desk schema yet: run `returns-desk db upgrade`."
                )
            if inspect(engine).has_table("return_requests"):
                raise SchemaMismatch(
                    "The database has Returns Desk tables but no schema version; refusing to touch it."
                )
            migrate.upgrade(engine)
        elif (
            engine.dialect.name == "sqlite"
            and current != migrate.head_revision()
            and current in (migrate.known_revisions())
        ):
            upgrade_local(engine, current)
        else:
            check_schema(current)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"Cannot reach the database ({_safe(url)}): {exc.orig}") from exc
    if engine.dialect.name == "sqlite":
        return Database(url, engine, session_factory(engine), session_factory(engine, read_only=True))
    # Writes and reads on PostgreSQL each on their own pool: they plan statements differently (store.db).
    reads = make_engine(url)
    _share_disconnects(engine, reads)
    return Database(url, engine, session_factory(engine), session_factory(reads, read_only=True), reads)


def _share_disconnects(one: Engine, other: Engine) -> None:
    """A server that went away took the connections of both pools with it: when one engine finds out (its pool
    drops its own), the other drops its idle ones too, so that neither hands out a dead connection afterwards."""

    def dropping(sibling: Engine) -> Callable[[ExceptionContext], None]:
        def on_error(context: ExceptionContext) -> None:
            if context.is_disconnect:
                sibling.dispose()

        return on_error

    event.listen(one, "handle_error", dropping(other))
    event.listen(other, "handle_error", dropping(one))


def upgrade_local(engine: Engine, current: str) -> Path | None:
    """A station's own SQLite file, left by an older version of the app, is copied beside itself and migrated:
    only this station uses it, so nobody else has to move first. (A shared database is upgraded by IT, with
    ``returns-desk db upgrade``, when every station has the new version.) Returns the copy."""
    path = engine.url.database
    copy: Path | None = None
    if path and path != ":memory:":
        copy = Path(path).with_name(f"{Path(path).stem}.before-{current}.sqlite3")
        if not copy.exists():
            source, target = sqlite3.connect(path), sqlite3.connect(copy)
            try:
                source.backup(target)  # a consistent copy, even of a file in WAL mode
            finally:
                source.close()
                target.close()
    log.info("upgrading the station's database %s from schema %s (copy kept at %s)", path, current, copy)
    migrate.upgrade(engine)
    return copy


def check_schema(current: str) -> None:
    head = migrate.head_revision()
    if current == head:
        return
    known = migrate.known_revisions()
    if current in known:
        raise SchemaMismatch(
            f"The database schema is at version {current}; this Returns Desk needs {head}. "
            "Run `returns-desk db upgrade` (back up a shared database first)."
        )
    raise SchemaMismatch(
        f"The database schema is at version {current}, newer than this Returns Desk understands ({head}). "
        "Install the Returns Desk version the other stations use."
    )


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True) if "://" in url else url
