"""A station that runs all shift: 20,000 scan → grade → Enter cycles in the real window, and what grows.

The real main window runs (offscreen Qt) with its real DB worker, tag printer (a PDF per unit, in a scratch data
folder) and mail pump, logged in as demo staff. The database holds the demo catalog and, imported beforehand,
one approved one-unit return request per cycle. Each cycle types the request's RMA into the station as a scanner
does (a burst of keys, then Enter), waits for the unit in hand, presses 1 (grade A), then Enter, and waits until
the unit is saved; its latency is from the scan's Enter to the save. An eight-hour shift at a brisk pace is about
1,000 cycles; this is twenty.

A person's keys are told from a scanner's burst by a pause longer than the burst filter's gap (35 ms): the bench
pauses that long before 1 and before Enter, as a person does, and the scan itself is typed at once.

Keys per database: ``cycles``; ``rss_growth_mb`` (resident memory at the end minus after the first 1,000 cycles;
target <= 20); ``handles_growth`` (open files and sockets, the same two moments; target 0); ``latency_drift`` (p99
of the last 1,000 cycles / p99 of the first 1,000; target <= 1.2); ``errors`` (error lines the station showed and
exceptions that reached the last net; target 0); ``p50_ms``/``p99_ms`` of all cycles.

  python bench/soak.py [--quick] [--cycles N] [--db sqlite|postgresql|both]

``--quick``: 2,000 cycles on SQLite, the same keys. At this app's pace (about 130 ms a cycle with the pauses) that
takes about five minutes, not one: a cycle cannot be shorter without shortening the person.
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import csv
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from _common import emit, percentile, pg_admin_url, print_table
from returns_desk.config import Settings
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services import auth, demo, imports
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Product

WINDOW = 1_000  # cycles in the first and the last window compared
TARGETS = {"rss_growth_mb": 20.0, "handles_growth": 0, "latency_drift": 1.2, "errors": 0}
TIMEOUT_S = 30.0
HEADERS = ["db", "cycles", "p50 ms", "p99 ms", "drift", "RSS +MB", "handles +", "errors"]


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def handles() -> int:
    return len(os.listdir("/proc/self/fd"))


@contextmanager
def dock(kind: str, cycles: int, folder: Path) -> Iterator[tuple[Database, list[str]]]:
    """A database with the demo catalog and ``cycles`` approved one-unit requests; their RMA numbers."""
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'soak.sqlite3'}"
        name = ""
    else:
        name = f"returns_desk_soak_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = pg_admin_url().rsplit("/", 1)[0] + "/" + name
    database = open_database(url)
    try:
        demo.seed(database.engine, 10, 1)  # the catalog, the demo people
        with unit_of_work(database.readers) as session:
            skus = [p.sku for p in session.query(Product).order_by(Product.id).limit(50)]
        path = folder / "requests.csv"
        rmas = [f"RMA-SOAK{i:06d}" for i in range(cycles)]
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                ["rma_number", "order_number", "sku", "quantity", "reason", "customer_email", "status"]
            )
            for i, rma in enumerate(rmas):
                writer.writerow(
                    [rma, f"#SOAK{i:06d}", skus[i % len(skus)], 1, "unwanted", f"s{i}@x.example", "approved"]
                )
        with unit_of_work(database.sessions) as session:
            imports.import_file(session, auth.system_actor(session, "SOAK"), path)
        yield database, rmas
    finally:
        database.close()
        if name:
            with psycopg.connect(pg_admin_url(), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Idle in Qt's event loop (the GIL free for the DB worker), checking every millisecond."""
    deadline = time.perf_counter() + TIMEOUT_S
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > deadline else None)
    timer.start()
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit(f"soak gave up waiting for {what}")
        loop.exec()
    timer.stop()


def scanner_burst(target: QWidget, code: str) -> None:
    """What a USB scanner does: its keys land in the window's event queue together, then Enter. Posted, not sent
    one by one from here, so a stall of this process (a busy machine) cannot split the burst, as it cannot for a
    real scanner's queued keys."""
    keys = [(Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_Minus, ch) for ch in code]
    for key, text in [*keys, (Qt.Key.Key_Return, "\r")]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def pause(ms: float) -> None:
    until = time.perf_counter() + ms / 1000
    wait_until(lambda: time.perf_counter() > until, "a pause")


def soak(kind: str, cycles: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, dock(kind, cycles, Path(tmp)) as (database, rmas):
        worker = DbWorker(database)
        settings = Settings(database.url, "SOAK-1", Path(tmp) / "data", log_dir=Path(tmp) / "logs")
        window = MainWindow(worker, settings, kind)
        gap = window.scanner.gap_ms
        window.show()
        window.activateWindow()
        if not QTest.qWaitForWindowActive(window, 5_000):
            raise SystemExit("the station window did not become active")
        with unit_of_work(database.sessions) as session:
            actor = auth.login(session, "B1001", None, "SOAK-1")
        window._on_logged_in(actor)
        station = window.station
        errors: list[str] = []
        say = station.state.say

        def counting_say(tone: str, text: str) -> None:
            if tone == "error":
                errors.append(text)
            say(tone, text)

        station.state.say = counting_say  # type: ignore[method-assign]
        hook = sys.excepthook
        sys.excepthook = lambda kind_, error, tb: errors.append(f"{kind_.__name__}: {error}")
        saved = [0]  # units saved (counted, not kept: the bench must not grow the memory it measures)
        station.unit_saved.connect(lambda _saved: saved.__setitem__(0, saved[0] + 1))
        latencies: list[float] = []
        last_unit: list[object] = [None]
        marks: dict[str, tuple[float, int]] = {}
        started_all = time.perf_counter()
        try:
            for n, rma in enumerate(rmas):
                station.setFocus()
                before = saved[0]
                started = time.perf_counter()
                scanner_burst(station, rma)
                previous = last_unit[0]

                def in_hand(previous: object = previous) -> bool:
                    unit = station.flow.unit
                    return bool(errors) or (unit is not None and unit.lpn != previous)

                wait_until(in_hand, f"the unit of {rma}")
                current = station.flow.unit.lpn if station.flow.unit is not None else None
                if errors:
                    break
                pause(gap + 2)
                QTest.keyClick(station, Qt.Key.Key_1)
                wait_until(lambda: station.flow.proposal is not None or bool(errors), "the proposal")
                pause(gap + 2)
                QTest.keyClick(station, Qt.Key.Key_Return)
                wait_until(lambda b=before: saved[0] > b or bool(errors), f"{rma} saved")
                last_unit[0] = current
                latencies.append((time.perf_counter() - started) * 1000)
                if n + 1 == WINDOW:
                    marks["early"] = (rss_mb(), handles())
                if (n + 1) % 1000 == 0:
                    print(
                        f"# {kind}: {n + 1:,} cycles, {rss_mb():.1f} MB, {handles()} handles",
                        file=sys.stderr,
                        flush=True,
                    )
            marks["end"] = (rss_mb(), handles())
        finally:
            sys.excepthook = hook
            window.shutdown()
            window.deleteLater()
        seconds = time.perf_counter() - started_all
    first, last = latencies[:WINDOW], latencies[-WINDOW:]
    early = marks.get("early", marks["end"])
    return {
        "cycles": len(latencies),
        "seconds": round(seconds, 1),
        "p50_ms": round(percentile(latencies, 50), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "latency_drift": round(percentile(last, 99) / percentile(first, 99), 3),
        "rss_growth_mb": round(marks["end"][0] - early[0], 1),
        "handles_growth": marks["end"][1] - early[1],
        "errors": len(errors),
        "first_errors": errors[:3],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--cycles", type=int, default=20_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    cycles = 2_000 if args.quick else args.cycles
    kinds = ["sqlite"] if args.quick else (["sqlite", "postgresql"] if args.db == "both" else [args.db])
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    figures: dict[str, Any] = {"quick": args.quick, "cycles": cycles, "targets": TARGETS}
    rows = []
    met = True
    for kind in kinds:
        result = soak(kind, cycles)
        result["met"] = (
            result["cycles"] == cycles
            and result["rss_growth_mb"] <= TARGETS["rss_growth_mb"]
            and result["handles_growth"] <= TARGETS["handles_growth"]
            and result["latency_drift"] <= TARGETS["latency_drift"]
            and result["errors"] == TARGETS["errors"]
        )
        met = met and result["met"]
        figures[kind] = result
        rows.append([kind, result["cycles"], result["p50_ms"], result["p99_ms"], result["latency_drift"],
                     result["rss_growth_mb"], result["handles_growth"], result["errors"]])  # fmt: skip
    print_table(HEADERS, rows)
    figures["met"] = met
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
