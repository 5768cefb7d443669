"""Customer e-mails: queued by every status change in its own transaction, sent to a real SMTP server (aiosmtpd on
127.0.0.1), retried on temporary refusals, failed visibly on permanent ones, and never delivered twice -- also when
the server goes away mid-batch or the sender is killed mid-batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from returns_desk.domain.vocab import EventKind, ReturnStatus
from returns_desk.services import (
    authorization,
    events,
    mail_secret,
    mail_sender,
    notifications,
    receiving,
    supervision,
)
from returns_desk.services.demo import DemoSample
from returns_desk.services.mail_sender import MailSettings, Sender
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Customer, Event, OutboxMessage, ReturnRequest
from tests.support.smtp import smtp_server


def run(db: Database, work: Callable[[Any], Any]) -> Any:
    with unit_of_work(db.sessions) as session:
        return work(session)


def outbox(db: Database) -> list[OutboxMessage]:
    """The messages status changes queued (the demo's own history of sent mail left out)."""
    with unit_of_work(db.readers) as session:
        return list(
            session.scalars(
                select(OutboxMessage).where(OutboxMessage.event_id.is_not(None)).order_by(OutboxMessage.id)
            )
        )


def pending_rmas(db: Database, n: int) -> list[str]:
    with unit_of_work(db.readers) as session:
        rmas = list(
            session.scalars(
                select(ReturnRequest.rma_number)
                .where(ReturnRequest.status == ReturnStatus.REQUESTED.value)
                .order_by(ReturnRequest.id)
                .limit(n)
            )
        )
    assert len(rmas) == n, "the demo dock has fewer pending requests than the test needs"
    return rmas


def queue_mail(db: Database, supervisor: Actor, n: int) -> None:
    """``n`` status changes a customer hears of: pending requests authorized, then authorized ones cancelled."""
    with unit_of_work(db.readers) as session:
        found = session.execute(
            select(ReturnRequest.rma_number, ReturnRequest.status)
            .where(ReturnRequest.status.in_([ReturnStatus.REQUESTED.value, ReturnStatus.APPROVED.value]))
            .order_by(ReturnRequest.status.desc(), ReturnRequest.id)
            .limit(n)
        ).all()
    assert len(found) == n, "the demo dock has fewer open requests than the test needs"
    pending = [rma for rma, status in found if status == ReturnStatus.REQUESTED.value]
    if pending:
        run(db, lambda s: authorization.authorize(s, supervisor, pending, "checked"))
    for rma, status in found:
        if status == ReturnStatus.APPROVED.value:
            run(db, lambda s, rma=rma: supervision.cancel_return(s, supervisor, rma, "customer kept it"))


def settings_for(port: int, **changes: Any) -> MailSettings:
    return MailSettings(
        enabled=True,
        host="127.0.0.1",
        port=port,
        from_address="returns@shop.example",
        shop_name="Shop",
        **changes,
    )


def due_now(db: Database) -> None:
    """Time passes: every message waiting for its next attempt is due."""
    run(
        db,
        lambda s: s.execute(
            update(OutboxMessage).values(next_attempt_at=events.now() - timedelta(seconds=1))
        ),
    )


def test_a_status_change_queues_its_email_in_the_same_transaction(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    assert outbox(db) == []  # the demo's made-up history queued nothing: what it shows was sent long ago
    with unit_of_work(db.readers) as session:
        assert set(session.scalars(select(OutboxMessage.status))) <= {"sent"}
    run(db, lambda s: receiving.receive_parcel(s, staff, seeded.rma))
    [queued] = outbox(db)
    assert (queued.template, queued.status, queued.channel) == ("received", "queued", "email")
    with unit_of_work(db.readers) as session:
        email = session.scalar(
            select(Customer.email)
            .join(ReturnRequest, ReturnRequest.customer_id == Customer.id)
            .where(ReturnRequest.rma_number == seeded.rma)
        )
        kind = session.scalar(select(Event.kind).where(Event.id == queued.event_id))
    assert queued.recipient == email
    assert kind == EventKind.RETURN_RECEIVED

    rma = pending_rmas(db, 1)[0]

    def authorize_then_fail(session: Any) -> None:
        authorization.authorize(session, supervisor, [rma], "customer phoned")
        raise RuntimeError("the station lost power")

    with pytest.raises(RuntimeError):
        run(db, authorize_then_fail)
    assert len(outbox(db)) == 1  # rolled back with the change: no e-mail about a change that did not happen
    run(db, lambda s: authorization.authorize(s, supervisor, [rma], "customer phoned"))
    assert [m.template for m in outbox(db)] == ["received", "approved"]


def test_messages_reach_the_server_in_the_customers_language(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    english, korean = pending_rmas(db, 2)

    def speaks(rma: str, locale: str) -> Callable[[Any], None]:
        def change(session: Any) -> None:
            customer = session.scalar(
                select(ReturnRequest.customer_id).where(ReturnRequest.rma_number == rma)
            )
            session.execute(update(Customer).where(Customer.id == customer).values(locale=locale))

        return change

    run(db, speaks(english, "en"))
    run(db, speaks(korean, "ko"))
    run(db, lambda s: authorization.authorize(s, supervisor, [english, korean], "checked by phone"))
    with smtp_server() as (port, box):
        report = Sender(db, settings_for(port), None, "test").run_once()
        assert (report.sent, report.failed, report.retried) == (2, 0, 0)
        by_rma = {next(r for r in (english, korean) if r in str(m["Subject"])): m for m in box.messages}
    en, ko = by_rma[english], by_rma[korean]
    assert "Authorized" in str(en["Subject"])
    assert english in str(en["Subject"])
    assert "반품 승인" in str(ko["Subject"])
    assert korean in str(ko["Subject"])
    assert str(ko["Content-Language"]) == "ko"
    text = en.get_body(preferencelist=("plain",))
    html = en.get_body(preferencelist=("html",))
    assert text is not None
    assert html is not None
    assert english in text.get_content()
    assert "return slip" in text.get_content()
    assert "<p>" in html.get_content()
    sent = outbox(db)
    assert {m.status for m in sent} == {"sent"}
    assert sorted(str(m["Message-ID"]) for m in box.messages) == sorted(str(m.message_id) for m in sent)
    assert {str(m["To"]) for m in box.messages} == {m.recipient for m in sent}


def test_a_temporary_refusal_is_retried_later_and_a_permanent_one_fails_visibly(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    soon, never, fine = pending_rmas(db, 3)
    run(db, lambda s: authorization.authorize(s, supervisor, [soon, never, fine], "ok"))
    rows = {m.id: m.recipient for m in outbox(db)}
    soon_to, never_to = (
        next(r for i, r in rows.items() if i == min(rows)),
        next(r for i, r in rows.items() if i == sorted(rows)[1]),
    )
    with smtp_server() as (port, box):
        box.refuse = {soon_to: "451 4.3.0 mailbox busy, try later", never_to: "550 5.1.1 no such user"}
        sender = Sender(db, settings_for(port), None, "test")
        report = sender.run_once()
        assert (report.sent, report.retried, report.failed) == (1, 1, 1)
        by_to = {m.recipient: m for m in outbox(db)}
        assert by_to[soon_to].status == "queued"
        assert by_to[soon_to].attempts == 1
        assert by_to[soon_to].next_attempt_at > events.now() + timedelta(seconds=20)  # backed off
        assert "451" in str(by_to[soon_to].last_error)
        assert by_to[never_to].status == "failed"
        assert "550" in str(by_to[never_to].last_error)
        assert sender.run_once().claimed == 0  # not due yet
        box.refuse = {}
        due_now(db)
        assert sender.run_once().sent == 1
        failed = run(db, lambda s: notifications.outbox(s, supervisor, "failed"))
        assert [f.recipient for f in failed] == [never_to]
        with unit_of_work(db.readers) as session:
            assert (
                session.scalar(select(Event.payload).where(Event.kind == EventKind.MAIL_FAILED))["to"]
                == never_to
            )
        run(db, lambda s: notifications.resend(s, supervisor, [failed[0].id], "address corrected by phone"))
        assert sender.run_once().sent == 1
        assert Counter(m["To"] for m in box.messages) == Counter(
            {soon_to: 1, never_to: 1, rows[max(rows)]: 1}
        )
    assert {m.status for m in outbox(db)} == {"sent"}


def test_the_server_going_away_mid_batch_loses_and_doubles_nothing(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    rmas = pending_rmas(db, 6)
    run(db, lambda s: authorization.authorize(s, supervisor, rmas, "ok"))
    with smtp_server() as (port, box):
        box.accept_after_down = 3
        sender = Sender(db, settings_for(port), None, "test")
        report = sender.run_once()
        assert report.sent == 3
        assert report.retried == 1
        states = Counter(m.status for m in outbox(db))
        assert states == Counter({"sent": 3, "queued": 3})  # the rest are back in the queue, none lost
        box.down, box.accept_after_down = False, None  # back
        due_now(db)
        assert sender.run_once().sent == 3
        assert sorted(box.ids()) == sorted(str(m.message_id) for m in outbox(db))
        assert len(set(box.ids())) == 6


def test_a_server_that_cannot_be_reached_keeps_every_message(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    run(db, lambda s: authorization.authorize(s, supervisor, pending_rmas(db, 2), "ok"))
    with smtp_server() as (port, _box):
        pass  # started and stopped: nothing listens on the port now
    report = Sender(db, settings_for(port), None, "test").run_once()
    assert report.sent == 0
    assert report.retried == 1
    assert Counter(m.status for m in outbox(db)) == Counter({"queued": 2})
    assert "cannot reach" in str(outbox(db)[0].last_error)


def test_email_turned_off_keeps_the_outbox_filling(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    run(db, lambda s: authorization.authorize(s, supervisor, pending_rmas(db, 2), "ok"))
    with smtp_server() as (_port, box):
        report = Sender(db, MailSettings(enabled=False), None, "t").run_once()
        assert report.claimed == 0
        assert box.messages == []
    assert Counter(m.status for m in outbox(db)) == Counter({"queued": 2})


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)  # stations share one database on PostgreSQL
def test_two_stations_sending_at_once_never_send_one_message_twice(
    db: Database, seeded: DemoSample, supervisor: Actor
) -> None:
    queue_mail(db, supervisor, 12)
    with smtp_server() as (port, box):
        senders = [Sender(db, settings_for(port), None, f"station-{i}") for i in range(2)]

        def station(sender: Sender) -> None:
            for _ in range(6):
                sender.run_once(limit=3)
            db.close_reader()  # this thread's read session

        threads = [threading.Thread(target=station, args=(s,)) for s in senders]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(box.ids()) == 12
        assert len(set(box.ids())) == 12
    assert Counter(m.status for m in outbox(db)) == Counter({"sent": 12})


def test_a_sender_killed_mid_batch_delivers_every_message_exactly_once(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    n = 24
    queue_mail(db, supervisor, n)
    with smtp_server() as (port, box):
        run(db, lambda s: mail_sender.save_settings(s, supervisor, settings_for(port)))
        env = {**os.environ, "RETURNS_DESK_DATA_DIR": str(tmp_path)}
        sender = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "returns_desk",
                "--db",
                db.url,
                "--station",
                "MAILER",
                "mail",
                "send",
                "--batch",
                "5",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(box.ids()) < n // 3 and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait()
        delivered_before = len(box.ids())
        assert 0 < delivered_before < n, "the kill must land mid-batch"
        # Another sender finds what the dead one left: its claimed rows after they go stale, the rest at once.
        Sender(db, settings_for(port), None, "restarted").run_once(limit=n, stale_after_s=0)
        rows = outbox(db)
        assert Counter(m.status for m in rows) == Counter({"sent": n})
        ids = box.ids()
        assert set(ids) == {m.message_id for m in rows}  # every message delivered
        # Exactly once per message: only a message the server accepted in the instant before the kill, before
        # its row said so, can come again -- with its own Message-ID, so the customer's mailbox shows one.
        doubled = [i for i, c in Counter(ids).items() if c > 1]
        assert len(doubled) <= 1
        assert len(ids) - len(set(ids)) == len(doubled)


def test_the_smtp_password_is_kept_out_of_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_secret, "_keyring_usable", lambda: False)
    where = mail_secret.store_password(tmp_path, "mailer", "s3cret")
    path = Path(where)
    assert path.parent == tmp_path
    assert path.read_text() == "s3cret"
    assert path.stat().st_mode & 0o777 == 0o600  # the user's only
    assert mail_secret.load_password(tmp_path, "mailer") == "s3cret"
