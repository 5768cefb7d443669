"""The Analytics tab on 1,000,000 returns (and their sales) beside one raw GROUP BY pass over the same rows.

``dashboard_ms``: the real AnalyticsTab (offscreen Qt, the real DB worker, a supervisor) on its opening range,
tall enough that every card is on screen: from ``refresh()`` to the last card's chart painted with its figure
(the themes card included), p50 over repeats. ``raw_groupby_ms``: the statements ``analytics.read_rows`` and
the themes read issue for the same figures (GROUP BY over order_lines, return_lines, units, inspections, ...),
captured once and then replayed through the raw driver (sqlite3 / psycopg cursor, execute + fetchall), p50 over
repeats; the Python that turns sums into figures is left out of it, which only flatters the raw side.
``ratio`` = dashboard / raw (target <= 0.25). ``exact``: every card's figure equals the figure computed from
the rows. ``dashboard_ms_100k``: the same dashboard on a database of a tenth the size, in the same run, and
``growth`` = dashboard_ms / dashboard_ms_100k (target <= 1.5). At both sizes the dashboard is opened once
uncounted, then dashboard and raw are measured in turns.

  python bench/analytics.py [--quick] [--keep] [--db sqlite|postgresql|both] [--rmas N] [--repeats N]

``--quick``: 10,000 and 1,000 returns on SQLite, the same keys, under a minute.
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from _common import emit, print_table, seeded_database
from _paint import wait
from returns_desk.gui.console.analytics_tab import AnalyticsTab, FigureCard
from returns_desk.gui.worker import DbWorker
from returns_desk.services import analytics, auth
from returns_desk.services.analytics import Figure, Scope
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work

TARGET_RATIO = 0.25
TARGET_GROWTH = 1.5


class CardPaints(QObject):
    """Notes, per card, the first paint of its chart after its figure arrived."""

    def __init__(self, cards: dict[str, FigureCard]) -> None:
        super().__init__()
        self.arrived: dict[str, float] = {}
        self.painted: dict[str, float] = {}
        self.views = {card.view.viewport(): name for name, card in cards.items()}
        for name, card in cards.items():
            card.view.viewport().installEventFilter(self)
            shown = card.show_figure

            def noted(figure: Figure, currency: str, name: str = name, shown: Any = shown) -> None:
                shown(figure, currency)
                self.arrived[name] = time.perf_counter()
                self.painted.pop(name, None)

            card.show_figure = noted  # type: ignore[method-assign]

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint:
            name = self.views.get(watched)  # type: ignore[call-overload]
            if name is not None and name in self.arrived and name not in self.painted:
                self.painted[name] = time.perf_counter()
        return False


def open_dashboard(app: QApplication, worker: DbWorker, actor: Actor) -> tuple[float, dict[str, Figure]]:
    tab = AnalyticsTab(worker)
    tab.set_actor(actor)
    tab.resize(1600, 3400)  # every card on screen, so that every chart paints
    paints = CardPaints(tab.cards)
    tab.show()
    wait(app, lambda: tab.isVisible())
    t0 = time.perf_counter()
    tab.refresh()
    wait(
        app,
        lambda: (
            tab.pending == 0
            and len(paints.painted) == len(tab.cards)
            and len(paints.arrived) == len(tab.cards)
        ),
    )
    took = (max(paints.painted.values()) - t0) * 1000
    shown = {name: card.figure for name, card in tab.cards.items() if card.figure is not None}
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return took, shown


def captured_rows_sql(db: Database, scope: Scope) -> tuple[list[tuple[str, Any]], dict[str, Figure]]:
    """The statements the rows-side figures issue, as the driver received them, and those figures."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.engine.connect() as conn:
            figures = analytics.dashboard(conn, scope, "USD", source="rows")
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    # All of them are replayed: the rows' GROUP BYs, the themes' comments, and the small lookups (names, the
    # top products' reasons, the cost settings) that the dashboard makes too.
    return seen, {f.name: f for f in figures}


def replay_raw(db: Database, statements: list[tuple[str, Any]]) -> float:
    raw = db.engine.raw_connection()
    try:
        t0 = time.perf_counter()
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            cursor.fetchall()
        took = (time.perf_counter() - t0) * 1000
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return took


def supervisor(db: Database) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.system_actor(session, "BENCH")


def measure(app: QApplication, db: Database, repeats: int, *, raw: bool) -> dict[str, Any]:
    scope = analytics.default_scope(datetime.now(UTC).date())
    actor = supervisor(db)
    worker = DbWorker(db)
    try:
        statements, expected = captured_rows_sql(db, scope) if raw else ([], {})
        dash: list[float] = []
        raws: list[float] = []
        shown: dict[str, Figure] = {}
        open_dashboard(
            app, worker, actor
        )  # once first, not counted: a cold read from disk is not the screen's time
        for _ in range(repeats):
            took, shown = open_dashboard(app, worker, actor)
            dash.append(took)
            if raw:
                raws.append(replay_raw(db, statements))
    finally:
        worker.stop()
    out: dict[str, Any] = {
        "dashboard_ms": round(statistics.median(dash), 1),
        "runs_ms": [round(x) for x in dash],
    }
    if raw:
        out["raw_groupby_ms"] = round(statistics.median(raws), 1)
        out["raw_runs_ms"] = [round(x) for x in raws]
        out["statements"] = len(statements)
        out["exact"] = shown == expected
        if not out["exact"]:
            out["differ"] = sorted(n for n in expected if shown.get(n) != expected[n])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10,000 and 1,000 returns on SQLite, 3 repeats")
    parser.add_argument("--rmas", type=int, help="returns in the large database (default 1,000,000)")
    parser.add_argument("--repeats", type=int, help="repeats per figure (default 5; quick 3)")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default=None)
    parser.add_argument("--keep", action="store_true", help="cache the seeded databases for later runs")
    args = parser.parse_args()
    big = args.rmas or (10_000 if args.quick else 1_000_000)
    small = max(1, big // 10)
    repeats = args.repeats or (3 if args.quick else 5)
    which = args.db or ("sqlite" if args.quick else "both")
    kinds = ("sqlite", "postgresql") if which == "both" else (which,)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    figures: dict[str, Any] = {"rmas": big, "rmas_small": small}
    table = []
    for kind in kinds:
        with seeded_database(kind, big, keep=args.keep) as db:
            large = measure(app, db, repeats, raw=True)
        with seeded_database(kind, small, keep=args.keep) as db:
            little = measure(app, db, repeats, raw=True)  # measured as the large one is: in turns with raw
        ratio = large["dashboard_ms"] / large["raw_groupby_ms"]
        growth = large["dashboard_ms"] / little["dashboard_ms"]
        print(f"# {kind}: {large} / {little}", flush=True)
        for key, value in {
            "dashboard_ms": large["dashboard_ms"],
            "raw_groupby_ms": large["raw_groupby_ms"],
            "ratio": round(ratio, 4),
            "exact": large["exact"],
            "dashboard_ms_100k": little["dashboard_ms"],
            "raw_groupby_ms_100k": little["raw_groupby_ms"],
            "exact_100k": little["exact"],
            "growth": round(growth, 3),
        }.items():
            figures[f"{kind}_{key}"] = value
        table.append(
            (
                kind,
                large["dashboard_ms"],
                large["raw_groupby_ms"],
                ratio,
                large["exact"],
                little["dashboard_ms"],
                growth,
            )
        )
    print_table(
        ("database", "dashboard ms", "raw GROUP BY ms", "ratio", "exact", "dashboard ms (1/10)", "growth"),
        table,
    )
    figures["dashboard_ms"] = max(figures[f"{k}_dashboard_ms"] for k in kinds)
    figures["raw_groupby_ms"] = min(figures[f"{k}_raw_groupby_ms"] for k in kinds)
    figures["ratio"] = max(figures[f"{k}_ratio"] for k in kinds)
    figures["exact"] = all(figures[f"{k}_exact"] and figures[f"{k}_exact_100k"] for k in kinds)
    figures["dashboard_ms_100k"] = max(figures[f"{k}_dashboard_ms_100k"] for k in kinds)
    figures["growth"] = max(figures[f"{k}_growth"] for k in kinds)
    figures["met"] = (
        figures["ratio"] <= TARGET_RATIO and figures["exact"] and figures["growth"] <= TARGET_GROWTH
    )
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
