"""Rows a server transaction wrote, copied into the station's offline copy in the same breath."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import event, select
from sqlalchemy import inspect as inspect_orm
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from returns_desk.services import (
    receive_pg,
)
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import (
    Base,
    ExceptionCase,
    ReturnLine,
    ReturnRequest,
    Unit,
)
from returns_desk.sync.cache import (
    copy_reference,
    ensure_references,
    ids_param,
    mirror_requests,
    reference_changed,
    requests_of,
    table_of,
)
from returns_desk.sync.status import pending

log = logging.getLogger(__name__)

# --- rows a server transaction wrote ------------------------------------------------------------------------
WRITTEN = "returns_desk_written"  # session.info key: [inserted objects, updated objects, deleted objects]


@event.listens_for(Session, "after_flush")
def _keep_written(session: Session, _context: Any) -> None:
    """In a session that asked for it (``keep_written``), remember every object each flush wrote."""
    written = session.info.get(WRITTEN)
    if written is not None:
        written[0].extend(session.new)
        written[1].extend(session.dirty)
        written[2].extend(session.deleted)


def keep_written(session: Session) -> None:
    session.info[WRITTEN] = ([], [], [])


# What a receipt writes and the cache holds, in foreign-key order
_COPIED: tuple[type[Base], ...] = (ReturnRequest, ReturnLine, Unit, ExceptionCase)


class _Columns:
    """Per model: (attribute, column, may stay unset on an inserted row because the INSERT left it NULL)."""

    def __init__(self) -> None:
        self.of: dict[type[Base], list[tuple[str, str, bool]]] = {}
        for model in _COPIED:
            mapper = inspect_orm(model)
            self.of[model] = [
                (
                    prop.key,
                    prop.columns[0].name,
                    prop.columns[0].nullable
                    and prop.columns[0].default is None
                    and prop.columns[0].server_default is None,
                )
                for prop in mapper.column_attrs
            ]
        self.upsert = {}
        for model in _COPIED:
            table = table_of(model)
            stmt = sqlite_insert(table)
            self.upsert[model] = stmt.on_conflict_do_update(
                index_elements=["id"], set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "id"}
            )
        req = table_of(ReturnRequest)
        self.held = select(req.c.id).where(req.c.id.in_(ids_param()))


_COLUMNS = _Columns()


def _row_of(obj: Base, inserted: bool) -> dict[str, Any] | None:
    """The row as the server now holds it, from the object this transaction wrote; None if some column is not
    known without asking the server (expired, or a default the server filled in)."""
    state = inspect_orm(obj)
    unloaded = state.unloaded
    row: dict[str, Any] = {}
    for key, column, null_if_unset in _COLUMNS.of[type(obj)]:
        if key in unloaded:
            if not (inserted and null_if_unset and key not in state.expired_attributes):
                return None
            row[column] = None
        else:
            row[column] = state.dict[key]
    return row


def copy_written(session: Session, dst: Session, touched: set[tuple[str, str]]) -> bool:
    """Copy the rows a receipt wrote on the server into the cache (the caller commits it), from the objects
    the server transaction holds and the rows receive_pg wrote: none of it is read back from the server. True
    when done; False (nothing changed) when this is not a receipt's plain shape: the caller then mirrors the
    touched requests.

    Only rows this transaction wrote are copied; the rest of the request in the cache is as the last sync left
    it, and the next ``after_write`` mirrors the whole request as usual. So the cache must already hold the
    request (its customer, order and tracking numbers come with it)."""
    written = session.info.get(WRITTEN)
    if written is None or written[2] or not touched:
        return False
    if any(kind not in ("return", "unit", "exception") for kind, _ in touched):
        return False  # a login, a setting: the reference tables need copying
    inserted = {id(o) for o in written[0]}
    # Rows a receipt wrote without objects (services/receive_pg.py), then the objects' on top.
    given = session.info.get(receive_pg.ROWS, {})
    rows: dict[type[Base], dict[int, dict[str, Any]]] = {
        model: dict(given.get(model, {})) for model in _COPIED
    }
    for obj in (*written[0], *written[1]):
        model = type(obj)
        if model not in rows:
            return False
        row = _row_of(obj, id(obj) in inserted)
        if row is None:
            return False
        rows[model][row["id"]] = row  # an object flushed twice: its last state
    requests = {r["id"] for r in rows[ReturnRequest].values()}
    requests |= {r["return_request_id"] for model in (ReturnLine, Unit) for r in rows[model].values()}
    units = {r["id"] for r in rows[Unit].values()}
    for case in rows[ExceptionCase].values():
        if case["status"] != "open" or (
            case["return_request_id"] not in requests and case["unit_id"] not in units
        ):
            return False
        if case["return_request_id"] is not None:
            requests.add(case["return_request_id"])
    lpns = {r["lpn"] for r in rows[Unit].values()}
    rmas = {r["rma_number"] for r in rows[ReturnRequest].values()}
    cases = {str(i) for i in rows[ExceptionCase]}
    held_subjects = {"return": rmas, "unit": lpns, "exception": cases}
    if any(subject not in held_subjects[kind] for kind, subject in touched):
        return False  # a subject this transaction changed without writing its row here
    cache = dst.connection()
    if not requests or set(cache.scalars(_COLUMNS.held, {"ids": sorted(requests)})) != requests:
        return False
    server = session.connection()
    for model in _COPIED:
        if rows[model]:
            values = list(rows[model].values())
            try:
                cache.execute(_COLUMNS.upsert[model], values)
            except IntegrityError as exc:
                # The users, stations and products a receipt's rows point at are in the cache as a rule (the
                # request's lines, this station and its user); checking each before (four lookups a receipt) cost
                # more than this. The upsert is idempotent, so rows written before the failed one are fine.
                if "FOREIGN KEY" not in str(exc.orig):
                    raise
                ensure_references(server, cache, table_of(model), values)
                cache.execute(_COLUMNS.upsert[model], values)
    return True


def mirror_touched_into(
    server_session: Session,
    dst: Session,
    touched: set[tuple[str, str]],
    *,
    outbox_empty: bool = False,
    known: Mapping[tuple[str, str], int] | None = None,
) -> bool:
    """mirror_touched into an open cache session (the caller commits it). Nothing is copied while the outbox
    holds events (the cache's own work comes first); ``outbox_empty`` says the caller knows it holds none.
    A receipt's rows are copied from the server transaction's own objects when it kept them
    (``keep_written``, ``copy_written``). Returns whether it copied (False: events wait)."""
    if not outbox_empty and pending(dst):
        return False
    if copy_written(server_session, dst, touched):
        return True
    if reference_changed(touched):
        copy_reference(server_session, dst)
    ids = requests_of(server_session, touched, known)
    if ids:
        mirror_requests(server_session, dst, ids)
    return True


def mirror_touched(
    server_session: Session,
    cache: Database,
    touched: set[tuple[str, str]],
    *,
    outbox_empty: bool = False,
    known: Mapping[tuple[str, str], int] | None = None,
) -> bool:
    """After a change on the server: copy the requests it touched into the cache, so going offline next second
    still finds them as they are now. ``known``: the requests of some subjects, from the writers."""
    if not touched:
        return outbox_empty
    with unit_of_work(cache.sessions) as dst:
        return mirror_touched_into(server_session, dst, touched, outbox_empty=outbox_empty, known=known)
