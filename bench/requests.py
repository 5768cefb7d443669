"""The Requests tab on 1,000,000 return requests beside the queue, and the customer e-mail outbox under faults.

Paint: a real QTableView (offscreen Qt) over the real RequestsModel and DB worker, and the same over the real
QueueModel, on one seeded database (1,500,000 demo returns: 1,500,000 requests, 1,012,646 units), measured in
turns in the same run. ``first_paint_ms``: creating the model → the first paint showing rows; ``filter_ms``:
setting a filter → the first paint showing the filtered rows, worst filter's p50. ``ratio`` is the larger of
requests/queue for the two (target <= 1.5): the Requests tab must page like the queue does.

Outbox: ``messages`` status changes (events that queue a customer e-mail, written by the database's own trigger)
sent by the real sender to a real SMTP server (aiosmtpd on 127.0.0.1) that answers 451 to one message in twenty
on its first try and drops the connection mid-conversation once every 500 messages; the sender's back-off is
shortened to 50 ms so the bench does not wait half a minute per retry. ``sent``: distinct Message-IDs the server
accepted; ``duplicates``: accepted more than once; ``lost``: outbox rows the server never accepted;
``msgs_per_s``: rows over the time from the first claim to the last ``sent``.

  python bench/requests.py [--quick] [--keep] [--db sqlite|postgresql|both]
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import os
import socket
import statistics
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import delete, func, insert, select

from _common import emit, print_table, seeded_database
from _paint import PaintWatch, wait
from returns_desk.domain.vocab import EventKind, ReasonCode
from returns_desk.gui.queue_model import PagedModel, QueueModel, RequestsModel
from returns_desk.gui.worker import DbWorker
from returns_desk.services import auth, events, mail_sender
from returns_desk.services.mail_sender import MailSettings, Sender
from returns_desk.services.queue import QueueFilter
from returns_desk.services.requests import RequestFilter
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Customer, Event, OutboxMessage, ReturnRequest, Unit

TARGET_RATIO = 1.5


def first_paint(app: QApplication, make: Callable[[], PagedModel], everything: Any) -> float:
    t0 = time.perf_counter()
    model = make()
    view = QTableView()
    view.resize(1200, 700)
    view.setModel(model)
    watch = PaintWatch(model)
    view.viewport().installEventFilter(watch)
    watch.armed = True
    model.set_filter(everything)
    view.show()
    wait(app, lambda: model.rowCount() > 0 and not watch.armed)
    took = (watch.painted_at - t0) * 1000
    wait(app, lambda: model.total is not None)
    view.close()
    view.deleteLater()
    return took


def filter_repaint(app: QApplication, model: PagedModel, watch: PaintWatch, everything: Any, f: Any) -> float:
    model.set_filter(everything)
    wait(app, lambda: model.total is not None)
    app.processEvents()
    watch.armed = True
    t0 = time.perf_counter()
    model.set_filter(f)
    wait(app, lambda: not watch.armed and model.filter is f)
    took = (watch.painted_at - t0) * 1000
    wait(app, lambda: model.total is not None)
    return took


def filters(db: Database) -> tuple[dict[str, RequestFilter], dict[str, QueueFilter]]:
    with unit_of_work(db.readers) as session:
        email = session.scalar(select(Customer.email).order_by(Customer.id).limit(1)) or ""
        newest = session.scalar(select(func.max(ReturnRequest.requested_at)))
        rma = (
            session.scalar(select(ReturnRequest.rma_number).order_by(ReturnRequest.id.desc()).limit(1)) or ""
        )
    assert newest is not None
    week = newest - timedelta(days=7)
    return (
        {
            "pending": RequestFilter(statuses=("requested",)),
            "marketplace": RequestFilter(channel="marketplace"),
            "reason defective": RequestFilter(reason=ReasonCode.DEFECTIVE.value),
            "last 7 days": RequestFilter(requested_from=week),
            "customer e-mail": RequestFilter(text=email),
            "RMA": RequestFilter(text=rma),
        },
        {
            "received": QueueFilter(states=("received",)),
            "grade B": QueueFilter(grade="B"),
            "refurbish": QueueFilter(disposition="refurbish"),
            "last 7 days": QueueFilter(received_from=week),
            "customer e-mail": QueueFilter(text=email),
            "RMA": QueueFilter(text=rma),
        },
    )


def measure_lists(db: Database, kind: str, repeats: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    worker = DbWorker(db)
    try:
        with unit_of_work(db.readers) as session:
            requests_n = int(session.scalar(select(func.count()).select_from(ReturnRequest)) or 0)
            units_n = int(session.scalar(select(func.count()).select_from(Unit)) or 0)
        with unit_of_work(db.sessions) as session:
            supervisor = auth.system_actor(session, "BENCH")

        def requests_model() -> PagedModel:
            model = RequestsModel(worker)
            model.actor = supervisor
            return model

        def queue_model() -> PagedModel:
            model = QueueModel(worker)
            model.actor = supervisor
            return model

        firsts: dict[str, list[float]] = {"requests": [], "queue": []}
        for _ in range(repeats):  # in turns, so drift on a shared machine touches both alike
            firsts["requests"].append(first_paint(app, requests_model, RequestFilter()))
            firsts["queue"].append(first_paint(app, queue_model, QueueFilter()))
        request_filters, queue_filters = filters(db)
        worst: dict[str, float] = {}
        rows = []
        for name, make, everything, chosen in (
            ("requests", requests_model, RequestFilter(), request_filters),
            ("queue", queue_model, QueueFilter(), queue_filters),
        ):
            model = make()
            view = QTableView()
            view.resize(1200, 700)
            view.setModel(model)
            watch = PaintWatch(model)
            view.viewport().installEventFilter(watch)
            model.set_filter(everything)
            view.show()
            wait(app, lambda m=model: m.total is not None)
            worst[name] = 0.0
            for label, f in chosen.items():
                times = [filter_repaint(app, model, watch, everything, f) for _ in range(repeats)]
                p50 = statistics.median(times)
                worst[name] = max(worst[name], p50)
                rows.append((name, label, model.total or 0, p50, max(times)))
            view.close()
        p50 = {name: statistics.median(values) for name, values in firsts.items()}
        print(f"\n{kind}: {requests_n:,} requests, {units_n:,} units")
        print_table(["list", "first paint p50 ms", "max ms"], [(n, p50[n], max(firsts[n])) for n in firsts])
        print_table(["list", "filter", "rows", "repaint p50 ms", "max ms"], rows)
        first_ratio = p50["requests"] / p50["queue"]
        filter_ratio = worst["requests"] / worst["queue"]
        return {
            "requests": requests_n,
            "first_paint_ms": round(p50["requests"], 2),
            "queue_first_paint_ms": round(p50["queue"], 2),
            "filter_ms": round(worst["requests"], 2),
            "queue_filter_ms": round(worst["queue"], 2),
            "first_paint_ratio": round(first_ratio, 2),
            "filter_ratio": round(filter_ratio, 2),
            "ratio": round(max(first_ratio, filter_ratio), 2),
        }
    finally:
        worker.stop()


# --- the outbox under faults ---
class FaultyHandler:
    """Accepts mail; answers 451 to one message in twenty on its first try, drops a connection every 500."""

    def __init__(self) -> None:
        self.accepted: list[str] = []
        self.tried: set[str] = set()
        self.seen = 0
        self.faults = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        message_id = str(message["Message-ID"]).strip()
        self.seen += 1
        if self.seen % 500 == 0:
            self.faults += 1
            server.transport.close()  # gone before it answered: the sender must try again
            return "421 closing"
        if message_id not in self.tried and self.seen % 20 == 7:
            self.faults += 1
            self.tried.add(message_id)
            return "451 4.3.0 try again later"
        self.tried.add(message_id)
        self.accepted.append(message_id)
        return "250 OK"


def queue_changes(db: Database, n: int) -> None:
    """``n`` status changes a customer hears of (return.authorized events), over the newest requests; the
    database's trigger queues an e-mail for each in the same transaction."""
    with unit_of_work(db.sessions) as session:
        session.execute(delete(OutboxMessage).where(OutboxMessage.event_id.is_not(None)))
        rmas = list(
            session.scalars(select(ReturnRequest.rma_number).order_by(ReturnRequest.id.desc()).limit(n))
        )
        now = events.now()
        session.execute(
            insert(Event),
            [
                {
                    "uuid": str(uuid.uuid4()),
                    "occurred_at": now,
                    "kind": EventKind.RETURN_AUTHORIZED.value,
                    "subject_type": "return",
                    "subject_id": rmas[i % len(rmas)],
                    "payload": {"reason": "bench"},
                    "tx": None,
                }
                for i in range(n)
            ],
        )


def measure_outbox(db: Database, messages: int) -> dict[str, Any]:
    queue_changes(db, messages)
    with unit_of_work(db.readers) as session:
        rows = int(
            session.scalar(
                select(func.count()).where(
                    OutboxMessage.event_id.is_not(None), OutboxMessage.status == "queued"
                )
            )
            or 0
        )
    handler = FaultyHandler()
    with socket.socket() as probe:  # a free port of 127.0.0.1
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    base = mail_sender.RETRY_BASE_S
    mail_sender.RETRY_BASE_S = 0.05
    try:
        sender = Sender(db, MailSettings(enabled=True, host="127.0.0.1", port=port), None, "bench")
        t0 = time.perf_counter()
        deadline = t0 + 600
        while time.perf_counter() < deadline:
            report = sender.run_once(limit=100)
            if report.claimed == 0:
                with unit_of_work(db.readers) as session:
                    left = session.scalar(
                        select(func.count()).where(OutboxMessage.status.in_(("queued", "sending")))
                    )
                if not left:
                    break
                time.sleep(0.05)
        took = time.perf_counter() - t0
    finally:
        mail_sender.RETRY_BASE_S = base
        controller.stop()
        db.close_reader()
    with unit_of_work(db.readers) as session:
        ids = set(
            session.scalars(select(OutboxMessage.message_id).where(OutboxMessage.event_id.is_not(None)))
        )
        states = Counter(
            session.scalars(select(OutboxMessage.status).where(OutboxMessage.event_id.is_not(None)))
        )
    counted = Counter(handler.accepted)
    distinct = set(counted)
    return {
        "messages": rows,
        "sent": len(distinct & ids),
        "duplicates": sum(c - 1 for c in counted.values()),
        "lost": rows - len(distinct & ids),
        "failed": states.get("failed", 0),
        "temporary_faults": handler.faults,
        "msgs_per_s": round(rows / took, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="30,000 returns, 400 messages, fewer repeats")
    parser.add_argument("--rmas", type=int, help="return requests to seed (default 1,500,000)")
    parser.add_argument("--messages", type=int, help="status changes to send (default 10,000; quick 400)")
    parser.add_argument("--repeats", type=int, help="repeats per figure (default 7; quick 3)")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--keep", action="store_true", help="cache the seeded databases for later runs")
    args = parser.parse_args()
    rmas = args.rmas or (30_000 if args.quick else 1_500_000)
    messages = args.messages if args.messages is not None else (400 if args.quick else 10_000)
    repeats = args.repeats or (3 if args.quick else 7)
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    figures: dict[str, Any] = {"rmas": rmas}
    for kind in kinds:
        with seeded_database(kind, rmas, keep=args.keep) as db:
            lists = measure_lists(db, kind, repeats)
            outbox = measure_outbox(db, messages) if messages else {}  # --messages 0: the lists alone
        print(f"{kind} outbox: {outbox}")
        for key, value in {**lists, **outbox}.items():
            figures[f"{kind}_{key}"] = value
    figures["ratio"] = max(figures[f"{k}_ratio"] for k in kinds)
    for key in ("sent", "lost", "duplicates", "messages"):
        figures[key] = sum(figures.get(f"{k}_{key}", 0) for k in kinds)
    figures["msgs_per_s"] = min(figures.get(f"{k}_msgs_per_s", 0.0) for k in kinds)
    figures["target_ratio"] = TARGET_RATIO
    figures["met"] = figures["ratio"] <= TARGET_RATIO and figures["lost"] == 0 and figures["duplicates"] == 0
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
