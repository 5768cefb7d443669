"""Fast bulk loading for demo and benchmark data: COPY on PostgreSQL, executemany on SQLite.

Rows carry explicit ids; afterwards PostgreSQL's id sequences are moved past them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Engine, Table, any_, func, literal, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from returns_desk.store.db import driver
from returns_desk.store.models import Base


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def insert_rows(conn: Connection, name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    rows = list(rows)
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        raw = driver(conn)
        cols = ", ".join(columns)
        # Table and column names come from our own metadata, never from input.
        with raw.cursor() as cur, cur.copy(f"COPY {name} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([json.dumps(v) if isinstance(v, dict | list) else v for v in row])
    else:
        conn.execute(table(name).insert(), [dict(zip(columns, row, strict=True)) for row in rows])
    return len(rows)


def among(dialect: str, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(array)`` with the values as one array parameter, so
    the driver binds one value instead of parsing a statement of hundreds of placeholders (a tenth of a big
    import's time went there)."""
    if dialect == "postgresql":
        return cast(ColumnElement[bool], column == any_(literal(list(values), ARRAY(column.type))))
    return cast(ColumnElement[bool], column.in_(values))


def max_id(conn: Connection, name: str) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table(name).c.id), 0))).scalar_one())


def reset_sequences(conn: Connection, names: Iterable[str]) -> None:
    if conn.dialect.name != "postgresql":
        return
    for name in names:
        table(name)  # only our own tables: a KeyError for anything else
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
        )


def refresh_statistics(engine: Engine) -> None:
    """After a bulk load: planner statistics, and on PostgreSQL the visibility map that index-only scans need."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.connect().execution_options(returns_desk_read_only=True) as conn:
            conn.exec_driver_sql("ANALYZE")
