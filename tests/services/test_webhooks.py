"""Webhooks against a real HTTP server on 127.0.0.1 that checks every signature, answers 500 and stalls on purpose,
and is restarted in the middle: nothing is lost, every signature is valid, and each request's events arrive in
the order they happened."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import PermissionDenied, ValidationFailed
from returns_desk.domain.vocab import EventKind
from returns_desk.services import auth, events, webhooks
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, WebhookDelivery

SECRET = "s3cret-shared-with-the-receiver-0123456789"


class Receiver:
    """A webhook receiver: checks the signature, then does what ``plan`` says for the n-th request it gets
    (``500``, ``stall`` past the sender's timeout, else 200), and keeps what it accepted."""

    def __init__(self, port: int = 0, plan: dict[int, str] | None = None) -> None:
        self.plan = plan or {}
        self.seen = 0
        self.accepted: list[dict[str, Any]] = []
        self.bad_signatures = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                with receiver.lock:
                    receiver.seen += 1
                    n = receiver.seen
                    what = receiver.plan.get(n, "ok")
                if not hmac.compare_digest(expected, self.headers.get("X-Returns-Desk-Signature", "")):
                    with receiver.lock:
                        receiver.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                if what == "500":
                    self.send_response(500)
                    self.end_headers()
                    return
                if what == "stall":
                    time.sleep(1.0)  # the sender gave up at 0.3 s; what it sent is not taken
                    return
                document = json.loads(body)
                assert document["id"] == self.headers["Idempotency-Key"]
                with receiver.lock:
                    receiver.accepted.append(document)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/returns"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver(plan={2: "500", 5: "stall", 9: "500", 10: "500"})
    yield r
    r.stop()


def admin(db: Database) -> Actor:
    with unit_of_work(db.sessions) as session:
        return auth.system_actor(session, "HOOKS")


def record(db: Database, actor: Actor, n: int) -> list[tuple[str, str]]:
    """n events about three requests, one transaction each; returns (subject, uuid) in the order recorded."""
    kinds = [EventKind.RETURN_AUTHORIZED, EventKind.RETURN_RECEIVED, EventKind.RETURN_INSPECTED]
    out = []
    for i in range(n):
        subject = f"RMA-9900000{i % 3}"
        with unit_of_work(db.sessions) as session:
            uuid = events.record(session, actor, kinds[(i // 3) % 3], "return", subject, {"step": i})
        out.append((subject, uuid))
    return out


def test_every_event_arrives_signed_and_in_order_despite_errors_stalls_and_a_restart(
    db: Database, seeded: DemoSample, receiver: Receiver
) -> None:
    actor = admin(db)
    with unit_of_work(db.sessions) as session:
        webhooks.save_endpoint(session, actor, "erp", receiver.url, "return.*", secret=SECRET)
    sent = record(db, actor, 12)
    sender = webhooks.Sender(db, "TEST:hooks", timeout_s=0.3, wait=lambda _n: 0.0)
    for _ in range(6):
        sender.run_once()
    # The receiver goes away mid-stream: deliveries fail and wait; more events happen meanwhile.
    port = receiver.port
    receiver.stop()
    sent += record(db, actor, 9)
    report = sender.run_once()
    assert report.retried > 0
    assert report.sent == 0
    assert all("127.0.0.1" in e for e in report.errors)
    with unit_of_work(db.readers) as session:
        failing = webhooks.failing(session)
    assert failing
    assert all(row.endpoint == "erp" for row in failing)
    # It comes back on the same address: everything goes out.
    back = Receiver(port=port)
    try:
        for _ in range(20):
            if sender.run_once().claimed == 0:
                break
        assert back.bad_signatures == 0
        assert receiver.bad_signatures == 0
        accepted = receiver.accepted + back.accepted
        got = {d["id"] for d in accepted}
        assert got == {uuid for _, uuid in sent}  # nothing lost (some arrived twice: at least once)
        for subject in {s for s, _ in sent}:
            wanted = [u for s, u in sent if s == subject]
            first_seen = list(dict.fromkeys(d["id"] for d in accepted if d["subject_id"] == subject))
            assert first_seen == wanted, subject  # in the order they happened
        with unit_of_work(db.readers) as session:
            left = session.scalar(
                select(func.count()).select_from(WebhookDelivery).where(WebhookDelivery.status != "sent")
            )
            kinds = {
                d["kind"]: k
                for d in accepted
                for k in session.scalars(select(Event.kind).where(Event.uuid == d["id"]))
            }
        assert left == 0
        assert all(a == b for a, b in kinds.items())
    finally:
        back.stop()


def test_only_the_kinds_asked_for_are_queued_and_a_failed_one_can_be_sent_again(
    db: Database, seeded: DemoSample
) -> None:
    actor = admin(db)
    with unit_of_work(db.sessions) as session:
        webhooks.save_endpoint(session, actor, "dock", "http://127.0.0.1:9/nobody", "return.received")
    record(db, actor, 6)  # three authorized, then three received (one for each of three requests)
    with unit_of_work(db.readers) as session:
        queued = list(
            session.scalars(select(Event.kind).join(WebhookDelivery, WebhookDelivery.event_id == Event.id))
        )
    assert queued == ["return.received"] * 3
    # The real back-off: the next attempt 2 s after the first failure. Nobody listens on port 9.
    sender = webhooks.Sender(db, "TEST:hooks", timeout_s=0.3)
    assert sender.run_once().retried == 3
    with unit_of_work(db.readers) as session:
        rows = webhooks.failing(session)
    assert len(rows) == 3
    assert all("127.0.0.1:9" in r.last_error for r in rows)
    assert sender.run_once().claimed == 0  # backing off
    with unit_of_work(db.sessions) as session:
        assert webhooks.resend(session, actor, [r.id for r in rows]) == len(rows)
    assert sender.run_once().claimed == len(rows)


def test_endpoints_are_checked_and_only_admins_configure_them(
    db: Database, seeded: DemoSample, staff: Actor
) -> None:
    actor = admin(db)
    with unit_of_work(db.sessions) as session:
        with pytest.raises(ValidationFailed, match="not an http"):
            webhooks.save_endpoint(session, actor, "x", "ftp://example.com", "*")
        with pytest.raises(ValidationFailed, match="not an event kind"):
            webhooks.save_endpoint(session, actor, "x", "http://example.com/h", "return.; DROP")
        with pytest.raises(PermissionDenied):
            webhooks.save_endpoint(session, staff, "x", "http://example.com/h", "*")
        secret = webhooks.save_endpoint(session, actor, "all", "https://example.com/h", "*, return.*")
    assert len(secret) == 64
    with unit_of_work(db.readers) as session:
        (row,) = webhooks.endpoints(session)
        saved = session.scalar(select(Event.payload).where(Event.kind == "webhook.endpoint_saved"))
    assert row.kinds == ("*", "return.*")
    assert saved is not None
    assert secret not in json.dumps(saved)  # the secret never goes into the audit trail
