"""The analytics cube: ``agg_cells`` rows kept by triggers in the transaction of every row that changes them.

One cell is (fact, grain, day, category, channel, region, key) with four sums n1..n4. ``grain`` is 'D' (the day)
or 'M' (the month, ``day`` its first day): every change adds to both, so a range reads whole months from 'M' cells
and only its ragged ends from 'D' cells. What each fact's key and sums mean:

============  =====================  ======================================================================
fact          key                    n1, n2, n3, n4
============  =====================  ======================================================================
sold          the order's segment    units sold, revenue cents, order lines, 0          (order time)
product       product id             units sold, units returned, returned value cents, 0 (own times)
returned      reason                 units, value cents, lines, 0                       (request time)
segment       the order's segment    units returned, 0, 0, 0                            (request time)
lag           weeks after delivery   lines, days delivery→request, units, 0             (request time)
              (0..9, 9 = nine or
              more; 'none' unknown)
shipping      ''                     parcels, shipping cents given, parcels priced, 0  (request time)
disposition   disposition            units, first-touch units, seconds receipt→decision, product cost
                                     cents                                              (decision time)
grade         grade                  first inspections, 0, 0, 0                        (inspection time)
inspector     user:station           inspections, active hours, 0, 0                   (inspection time)
hour          user:station:HH        inspections in that hour (grain 'D' only): counts active hours
refurb        outcome                jobs, minutes, cost cents, 0                      (bench time)
agreement     first inspector id     blind re-grades done, agreed, 0, 0                (re-grade time)
============  =====================  ======================================================================

A unit's disposition counts once, as its latest decision: a changed decision takes the earlier one's numbers
back. An order's ``segment`` is what its customer was when it was placed (``SEGMENT``); the trigger on orders
writes it when the writer gives none, and ``rebuild`` recomputes it from the whole history.

The triggers are SQL (both dialects): every writer (services, the PostgreSQL fast paths, bulk replay, imports,
the demo's COPY) is covered without knowing of them. ``rebuild`` empties the cube and fills it from the rows.

A bulk writer may defer its rows' cells (``defer``): while its transaction holds the settings row
``cube_deferred``, the cube triggers skip its rows, and it adds them itself, many rows to a statement
(``add_rows``), before the row goes at the end of the transaction. Nobody else sees the row (it is never
committed), so every other writer's triggers work as always. One upsert per cell and batch, instead of one per
row: on PostgreSQL, a cell updated a million times in one transaction drags a million row versions behind it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, delete, insert, text

from returns_desk.store.models import Setting

SERIAL_RETURNS = 3  # earlier return requests that make a customer a serial returner
LOYAL_ORDERS = 3  # earlier orders that make a customer loyal
LAG_WEEKS = 9  # the last lag bucket: nine weeks or more


@dataclass(frozen=True, slots=True)
class Dialect:
    day: Callable[[str], str]  # a timestamp's UTC day
    month: Callable[[str], str]  # the first day of a timestamp's UTC month
    month_of_day: Callable[[str], str]  # the first day of a day's month
    hour: Callable[[str], str]  # a timestamp's UTC hour, as text
    days: Callable[[str, str], str]  # whole days from a's day to b's day
    seconds: Callable[[str, str], str]  # whole seconds from a to b
    least: str
    greatest: str


SQLITE = Dialect(
    day=lambda x: f"substr({x}, 1, 10)",
    month=lambda x: f"substr({x}, 1, 7) || '-01'",
    month_of_day=lambda x: f"substr({x}, 1, 7) || '-01'",
    hour=lambda x: f"substr({x}, 12, 2)",
    days=lambda a, b: f"CAST(julianday(substr({b}, 1, 10)) - julianday(substr({a}, 1, 10)) AS INTEGER)",
    seconds=lambda a, b: f"(CAST(strftime('%s', {b}) AS INTEGER) - CAST(strftime('%s', {a}) AS INTEGER))",
    least="min",
    greatest="max",
)
POSTGRESQL = Dialect(
    day=lambda x: f"(({x}) AT TIME ZONE 'UTC')::date",
    month=lambda x: f"date_trunc('month', ({x}) AT TIME ZONE 'UTC')::date",
    month_of_day=lambda x: f"date_trunc('month', {x})::date",
    hour=lambda x: f"lpad(extract(hour FROM ({x}) AT TIME ZONE 'UTC')::int::text, 2, '0')",
    days=lambda a, b: f"((({b}) AT TIME ZONE 'UTC')::date - (({a}) AT TIME ZONE 'UTC')::date)",
    seconds=lambda a, b: f"(floor(extract(epoch FROM {b})) - floor(extract(epoch FROM {a})))::bigint",
    least="LEAST",
    greatest="GREATEST",
)


def dialect_of(conn: Connection) -> Dialect:
    return SQLITE if conn.dialect.name == "sqlite" else POSTGRESQL


CELL_KEY = "fact, grain, day, category, channel, region, key"
CELL_COLUMNS = f"{CELL_KEY}, n1, n2, n3, n4"
UPSERT_TAIL = (
    f"ON CONFLICT ({CELL_KEY}) DO UPDATE SET n1 = agg_cells.n1 + excluded.n1, n2 = agg_cells.n2 + excluded.n2, "
    "n3 = agg_cells.n3 + excluded.n3, n4 = agg_cells.n4 + excluded.n4"
)
GRAINS = "(SELECT 'D' AS grain UNION ALL SELECT 'M' AS grain) g"
DEFER_KEY = "cube_deferred"
NOT_DEFERRED = f"NOT EXISTS (SELECT 1 FROM settings WHERE key = '{DEFER_KEY}')"


def segment_sql(customer: str, ordered_at: str) -> str:
    """An order's segment from its customer's history before it: serial returner (three or more earlier return
    requests), first order, loyal (three or more earlier orders), or repeat."""
    return f"""CASE
        WHEN (SELECT count(*) FROM return_requests rs
              WHERE rs.customer_id = {customer} AND rs.requested_at < {ordered_at}) >= {SERIAL_RETURNS}
            THEN 'serial'
        WHEN NOT EXISTS (SELECT 1 FROM orders os WHERE os.customer_id = {customer} AND os.ordered_at < {ordered_at})
            THEN 'first'
        WHEN (SELECT count(*) FROM orders os WHERE os.customer_id = {customer}
              AND os.ordered_at < {ordered_at}) >= {LOYAL_ORDERS}
            THEN 'loyal'
        ELSE 'repeat' END"""


@dataclass(frozen=True, slots=True)
class Source:
    """One fact's contribution of one row ``n`` of ``table``: ``at`` is the timestamp the cell's day comes from,
    ``joins`` the other tables (with their conditions in ``where``)."""

    fact: str
    at: str
    category: str
    channel: str
    region: str
    key: str
    sums: tuple[str, str, str, str]
    joins: str = ""
    where: str = "true"

    def select(self, d: Dialect, row_from: str, sign: str = "") -> str:
        n1, n2, n3, n4 = (f"{sign}({s})" for s in self.sums)
        day = f"CASE g.grain WHEN 'D' THEN {d.day(self.at)} ELSE {d.month(self.at)} END"
        return (
            f"SELECT '{self.fact}' AS fact, g.grain AS grain, {day} AS day, {self.category} AS category, "
            f"{self.channel} AS channel, {self.region} AS region, {self.key} AS key, "
            f"{n1} AS n1, {n2} AS n2, {n3} AS n3, {n4} AS n4 "
            f"FROM {GRAINS}{row_from}{self.joins} WHERE {self.where}"
        )


def _sources(d: Dialect) -> dict[str, list[Source]]:
    """Each table's sources, written over its row ``n``."""
    lag_weeks = f"{d.least}({d.greatest}({d.days('o.delivered_at', 'r.requested_at')}, 0) / 7, {LAG_WEEKS})"
    cost_first = (
        "CASE WHEN n.needs_approval = false AND n.override_reason IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM dispositions e WHERE e.unit_id = n.unit_id AND e.id < n.id) THEN 1 ELSE 0 END"
    )
    unit_product = " JOIN units u ON u.id = n.unit_id LEFT JOIN products p ON p.id = u.product_id"
    return {
        "order_lines": [
            Source(
                "sold",
                "o.ordered_at",
                "p.category",
                "o.channel",
                "o.region",
                "COALESCE(o.segment, '')",
                ("n.quantity", "n.quantity * n.unit_price_cents", "1", "0"),
                " JOIN orders o ON o.id = n.order_id JOIN products p ON p.id = n.product_id",
            ),
            Source(
                "product",
                "o.ordered_at",
                "p.category",
                "''",
                "''",
                "CAST(n.product_id AS TEXT)",
                ("n.quantity", "0", "0", "0"),
                " JOIN orders o ON o.id = n.order_id JOIN products p ON p.id = n.product_id",
            ),
        ],
        "return_requests": [
            Source(
                "shipping",
                "n.requested_at",
                "''",
                "n.channel",
                "n.region",
                "''",
                (
                    "1",
                    "COALESCE(n.shipping_cents, 0)",
                    "CASE WHEN n.shipping_cents IS NULL THEN 0 ELSE 1 END",
                    "0",
                ),
            )
        ],
        "return_lines": [
            Source(fact, "r.requested_at", "p.category", "r.channel", "r.region", key, sums, _LINE_JOINS)
            for fact, key, sums in (
                (
                    "returned",
                    "n.reason",
                    ("n.quantity_expected", "n.quantity_expected * n.unit_price_cents", "1", "0"),
                ),
                ("segment", "COALESCE(o.segment, '')", ("n.quantity_expected", "0", "0", "0")),
                (
                    "lag",
                    f"CASE WHEN o.delivered_at IS NULL THEN 'none' ELSE CAST({lag_weeks} AS TEXT) END",
                    (
                        "1",
                        f"CASE WHEN o.delivered_at IS NULL THEN 0 ELSE "
                        f"{d.days('o.delivered_at', 'r.requested_at')} END",
                        "n.quantity_expected",
                        "0",
                    ),
                ),
            )
        ]
        + [
            Source(
                "product",
                "r.requested_at",
                "p.category",
                "''",
                "''",
                "CAST(n.product_id AS TEXT)",
                ("0", "n.quantity_expected", "n.quantity_expected * n.unit_price_cents", "0"),
                _LINE_JOINS,
            )
        ],
        "dispositions": [
            Source(
                "disposition",
                "n.decided_at",
                "COALESCE(p.category, '')",
                "''",
                "''",
                "n.chosen",
                ("1", cost_first, d.seconds("u.received_at", "n.decided_at"), "COALESCE(p.cost_cents, 0)"),
                unit_product,
            )
        ],
        "inspections": [
            Source(
                "grade",
                "n.inspected_at",
                "COALESCE(p.category, '')",
                "''",
                "''",
                "n.grade",
                ("1", "0", "0", "0"),
                unit_product,
                "n.blind = false",
            )
        ],
        "refurb_work": [
            Source(
                "refurb",
                "n.done_at",
                "COALESCE(p.category, '')",
                "''",
                "''",
                "n.outcome",
                ("1", "n.minutes", "n.cost_cents", "0"),
                unit_product,
            )
        ],
        "blind_regrades": [
            Source(
                "agreement",
                "n.done_at",
                "''",
                "''",
                "''",
                "CAST(n.first_inspector_id AS TEXT)",
                ("1", "CASE WHEN n.agreed THEN 1 ELSE 0 END", "0", "0"),
                where="n.agreed IS NOT NULL",
            )
        ],
    }


_LINE_JOINS = (
    " JOIN return_requests r ON r.id = n.return_request_id JOIN orders o ON o.id = r.order_id"
    " JOIN products p ON p.id = n.product_id"
)
_INSPECTOR_KEY = "CAST(n.inspector_id AS TEXT) || ':' || COALESCE(CAST(n.station_id AS TEXT), '-')"


def _hour_key(d: Dialect) -> str:
    return f"{_INSPECTOR_KEY} || ':' || {d.hour('n.inspected_at')}"


def _inspector_statements(d: Dialect) -> list[str]:
    """The inspector's cells count an hour once: its 'hour' cell (grain 'D') is looked for, then written."""
    hour_key = _hour_key(d)
    new_hour = (
        f"CASE WHEN EXISTS (SELECT 1 FROM agg_cells h WHERE h.fact = 'hour' AND h.grain = 'D' "
        f"AND h.day = {d.day('n.inspected_at')} AND h.category = '' AND h.channel = '' AND h.region = '' "
        f"AND h.key = {hour_key}) THEN 0 ELSE 1 END"
    )
    inspector = Source(
        "inspector", "n.inspected_at", "''", "''", "''", _INSPECTOR_KEY, ("1", new_hour, "0", "0")
    )
    hour = f"SELECT 'hour', 'D', {d.day('n.inspected_at')}, '', '', '', {hour_key}, 1, 0, 0, 0 WHERE true"
    return [
        f"INSERT INTO agg_cells ({CELL_COLUMNS}) {inspector.select(d, '')} {UPSERT_TAIL}",
        f"INSERT INTO agg_cells ({CELL_COLUMNS}) {hour} {UPSERT_TAIL}",
    ]


def _earlier_decision(d: Dialect) -> str:
    """Taking back the unit's previous decision, as the cells counted it when it was the latest."""
    source = _sources(d)["dispositions"][0]
    joins = (
        " JOIN dispositions n ON n.id = (SELECT max(e.id) FROM dispositions e "
        "WHERE e.unit_id = NEW.unit_id AND e.id < NEW.id)" + source.joins
    )
    taken_back = Source(
        source.fact,
        source.at,
        source.category,
        source.channel,
        source.region,
        source.key,
        source.sums,
        joins,
    )
    return f"INSERT INTO agg_cells ({CELL_COLUMNS}) {taken_back.select(d, '', sign='-')} {UPSERT_TAIL}"


@dataclass(frozen=True, slots=True)
class Trigger:
    table: str
    event: str  # INSERT, UPDATE, UPDATE OF column
    when: str | None
    statements: tuple[str, ...]


def _latest(d: Dialect, row: str, sign: str) -> str:
    """A decision's contribution, added or taken back, if it is its unit's latest."""
    source = _sources(d)["dispositions"][0]
    latest = replace(
        source,
        where="NOT EXISTS (SELECT 1 FROM dispositions l WHERE l.unit_id = n.unit_id AND l.id > n.id)",
    )
    statement = f"INSERT INTO agg_cells ({CELL_COLUMNS}) {latest.select(d, '', sign=sign)} {UPSERT_TAIL}"
    return re.sub(r"\bn\.", f"{row}.", statement)


def triggers(d: Dialect) -> dict[str, Trigger]:
    """Every trigger of the cube by name; each runs its statements on the changed row (``NEW``, ``OLD``)."""
    out: dict[str, Trigger] = {}
    for table, sources in _sources(d).items():
        statements = []
        if table == "dispositions":
            statements.append(_earlier_decision(d))
        if table == "inspections":
            statements += [_on_new(s) for s in _inspector_statements(d)]
        for source in sources:
            statements.append(
                _on_new(f"INSERT INTO agg_cells ({CELL_COLUMNS}) {source.select(d, '')} {UPSERT_TAIL}")
            )
        out[f"{table}_cube"] = Trigger(
            table,
            f"UPDATE OF {UPDATE_TRIGGERS[table]}" if table in UPDATE_TRIGGERS else "INSERT",
            TRIGGER_WHEN.get(table),
            tuple(statements),
        )
    # A supervisor's change (approve, change disposition) rewrites the decision in place.
    out["dispositions_change"] = Trigger(
        "dispositions", "UPDATE", None, (_latest(d, "OLD", "-"), _latest(d, "NEW", ""))
    )
    return out


def _on_new(statement: str) -> str:
    """A source written over row ``n`` made a trigger's statement over ``NEW``."""
    return re.sub(r"\bn\.", "NEW.", statement)


# When each trigger fires; the inspections' ones only for first (not blind) inspections.
TRIGGER_WHEN = {
    "inspections": "NEW.blind = false",
    "blind_regrades": "OLD.agreed IS NULL AND NEW.agreed IS NOT NULL",
}
UPDATE_TRIGGERS = {"blind_regrades": "agreed"}


def install(conn: Connection) -> None:
    """Create the triggers (used by migration 0008)."""
    d = dialect_of(conn)
    sqlite = d is SQLITE
    segment = segment_sql("NEW.customer_id", "NEW.ordered_at")
    if sqlite:
        conn.execute(
            text(
                "CREATE TRIGGER orders_segment AFTER INSERT ON orders WHEN NEW.segment IS NULL "
                f"BEGIN UPDATE orders SET segment = {segment} WHERE id = NEW.id; END"
            )
        )
    else:
        conn.execute(
            text(
                "CREATE FUNCTION returns_desk_orders_segment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF NEW.segment IS NULL THEN NEW.segment := {segment}; END IF; RETURN NEW; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER orders_segment BEFORE INSERT ON orders "
                "FOR EACH ROW EXECUTE FUNCTION returns_desk_orders_segment()"
            )
        )
    for name, trigger in triggers(d).items():
        body = "; ".join(trigger.statements)
        # A bulk writer that adds its own rows' cells (``defer``) is skipped.
        when = f"({trigger.when}) AND {NOT_DEFERRED}" if trigger.when else NOT_DEFERRED
        if sqlite:
            conn.execute(
                text(
                    f"CREATE TRIGGER {name} AFTER {trigger.event} ON {trigger.table} WHEN {when} BEGIN {body}; END"
                )
            )
            continue
        guarded = f"IF {when} THEN {body}; END IF"
        conn.execute(
            text(
                f"CREATE FUNCTION returns_desk_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"{guarded}; RETURN NULL; END $$"
            )
        )
        conn.execute(
            text(
                f"CREATE TRIGGER {name} AFTER {trigger.event} ON {trigger.table} "
                f"FOR EACH ROW EXECUTE FUNCTION returns_desk_{name}()"
            )
        )


def uninstall(conn: Connection) -> None:
    sqlite = conn.dialect.name == "sqlite"
    every = {"orders_segment": "orders", **{name: t.table for name, t in triggers(SQLITE).items()}}
    for name, table in every.items():
        conn.execute(text(f"DROP TRIGGER {name}" if sqlite else f"DROP TRIGGER {name} ON {table}"))
        if not sqlite:
            conn.execute(text(f"DROP FUNCTION returns_desk_{name}()"))


def rebuild(conn: Connection) -> int:
    """Recompute every order's segment from the history, then fill the cube again from the rows; the cells
    written. Run in one transaction: readers see the old cube or the new one."""
    d = dialect_of(conn)
    conn.execute(
        text(f"UPDATE orders SET segment = {segment_sql('orders.customer_id', 'orders.ordered_at')}")
    )
    conn.execute(text("DELETE FROM agg_cells"))
    group = CELL_KEY
    for table, sources in _sources(d).items():
        for source in sources:
            where = source.where
            if table == "dispositions":  # each unit's latest decision
                where = (
                    f"({where}) AND NOT EXISTS (SELECT 1 FROM dispositions l "
                    "WHERE l.unit_id = n.unit_id AND l.id > n.id)"
                )
            select = Source(
                source.fact,
                source.at,
                source.category,
                source.channel,
                source.region,
                source.key,
                source.sums,
                source.joins,
                where,
            ).select(d, f" CROSS JOIN {table} n")
            conn.execute(
                text(
                    f"INSERT INTO agg_cells ({CELL_COLUMNS}) SELECT {group}, sum(n1), sum(n2), sum(n3), sum(n4) "
                    f"FROM ({select}) s WHERE true GROUP BY {group} {UPSERT_TAIL}"
                )
            )
    hour_key = _hour_key(d)
    conn.execute(
        text(
            f"INSERT INTO agg_cells ({CELL_COLUMNS}) SELECT 'hour', 'D', {d.day('n.inspected_at')}, '', '', '', "
            f"{hour_key}, count(*), 0, 0, 0 FROM inspections n WHERE n.blind = false "
            f"GROUP BY {d.day('n.inspected_at')}, {hour_key}"
        )
    )
    inspector_day = f"CASE g.grain WHEN 'D' THEN h.day ELSE {d.month_of_day('h.day')} END"
    inspector_key = "substr(h.key, 1, length(h.key) - 3)"
    conn.execute(
        text(
            f"INSERT INTO agg_cells ({CELL_COLUMNS}) SELECT 'inspector', g.grain, {inspector_day}, '', '', '', "
            f"{inspector_key}, sum(h.n1), count(*), 0, 0 FROM {GRAINS} CROSS JOIN agg_cells h "
            f"WHERE h.fact = 'hour' GROUP BY g.grain, {inspector_day}, {inspector_key}"
        )
    )
    return int(conn.execute(text("SELECT count(*) FROM agg_cells")).scalar_one())


# --- a bulk writer's own cells ---
DEFERRABLE = ("order_lines", "return_requests", "return_lines")  # the tables an import writes


def defer(conn: Connection, now: datetime) -> None:
    """From here to ``resume``, in this transaction only, the cube triggers skip new rows; ``add_rows`` adds them."""
    conn.execute(insert(Setting).values(key=DEFER_KEY, value=True, updated_at=now))


def resume(conn: Connection) -> None:
    conn.execute(delete(Setting).where(Setting.key == DEFER_KEY))


def add_rows_sql(d: Dialect, table: str, condition: str, sign: str = "") -> list[str]:
    """The statements that add the cells of ``table``'s rows ``n`` meeting ``condition`` (SQL over ``n``), summed
    per cell: what the row triggers would have added, in one upsert per cell (``sign`` "-" takes them back, before
    a bulk writer changes or removes the rows)."""
    if table not in DEFERRABLE:
        raise ValueError(f"{table}'s cells are kept by its triggers only")
    out = []
    for source in _sources(d)[table]:
        where = f"({source.where}) AND ({condition})"
        select = replace(source, where=where).select(d, f" CROSS JOIN {table} n", sign)
        out.append(
            f"INSERT INTO agg_cells ({CELL_COLUMNS}) SELECT {CELL_KEY}, sum(n1), sum(n2), sum(n3), sum(n4) "
            f"FROM ({select}) s WHERE true GROUP BY {CELL_KEY} {UPSERT_TAIL}"
        )
    return out


NEW_ROWS = "import_cells"  # a bulk writer's temporary list of the rows it wrote: (tbl, id)


def start_rows(conn: Connection) -> None:
    """A temporary table of the rows this transaction writes whose cells are deferred (``note_rows``), added in
    one pass at the end (``add_noted``): a million rows' cells, one upsert per cell, and nothing held in memory."""
    tail = " ON COMMIT DROP" if conn.dialect.name != "sqlite" else ""
    conn.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {NEW_ROWS} (tbl VARCHAR(16) NOT NULL, id BIGINT NOT NULL){tail}"
        )
    )
    conn.execute(text(f"DELETE FROM {NEW_ROWS}"))


def note_rows(conn: Connection, table: str, condition: str, params: Mapping[str, object]) -> None:
    """Note ``table``'s rows ``n`` meeting ``condition`` (bound with ``params``) as written by this transaction."""
    if table not in DEFERRABLE:
        raise ValueError(f"{table}'s cells are kept by its triggers only")
    statement = text(
        f"INSERT INTO {NEW_ROWS} (tbl, id) SELECT '{table}', n.id FROM {table} n WHERE {condition}"
    )
    expanding: list[BindParameter[Any]] = [
        bindparam(k, expanding=True) for k, v in params.items() if isinstance(v, list)
    ]
    conn.execute(statement.bindparams(*expanding), dict(params))


def add_noted(conn: Connection) -> None:
    """Add the cells of every noted row, one statement per table and fact; then forget them."""
    d = dialect_of(conn)
    for table in DEFERRABLE:
        for sql in add_rows_sql(d, table, f"n.id IN (SELECT id FROM {NEW_ROWS} WHERE tbl = '{table}')"):
            conn.execute(text(sql))
    conn.execute(text(f"DROP TABLE {NEW_ROWS}"))


def add_rows(conn: Connection, table: str, ids: list[int], chunk: int = 1_000, *, sign: str = "") -> None:
    """Add the cells of these rows of ``table`` (written while ``defer`` held); ``sign`` "-" takes them back."""
    statements = [
        text(sql).bindparams(bindparam("ids", expanding=True))
        for sql in add_rows_sql(dialect_of(conn), table, "n.id IN :ids", sign)
    ]
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        for statement in statements:
            conn.execute(statement, {"ids": part})
