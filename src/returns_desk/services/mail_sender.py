"""Sending the outbox's customer e-mails over SMTP, each exactly once as far as SMTP allows.

A sender claims a few due rows in a transaction of their own (``sending``, its name, the time; on PostgreSQL
``FOR UPDATE SKIP LOCKED``, so stations sharing one database never claim the same row), sends them one by one on
one SMTP connection, and marks each ``sent`` the moment the server accepted it. A temporary refusal (4xx, the
connection dropping, a timeout) puts the row back with a later attempt time (back-off doubling from
``RETRY_BASE_S``); a permanent one (5xx) or ``MAX_ATTEMPTS`` temporary ones mark it ``failed`` with the server's
words, for the console's outbox view.

The one window no SMTP client can close: the server accepted a message and the sender died before it wrote
``sent``. Such a row stays ``sending``; after ``STALE_AFTER_S`` another sender takes it and sends it again with
the same Message-ID (made from the row and its event), which mail systems show as one message.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from returns_desk.barcodes.slip import pdf_bytes
from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import EventKind, ReturnStatus, Role
from returns_desk.services import auth, desk_requests, events, notifications, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, OutboxMessage, ReturnRequest

SETTINGS_KEY = "mail"
MAX_ATTEMPTS = 8
RETRY_BASE_S = 30.0
RETRY_CAP_S = 3600.0
STALE_AFTER_S = 600.0
BATCH = 20
SECURITY = ("none", "starttls", "ssl")


@dataclass(frozen=True, slots=True)
class MailSettings:
    enabled: bool = False
    host: str = "localhost"
    port: int = 25
    security: str = "none"  # none / starttls / ssl
    user: str = ""
    from_address: str = "returns@example.com"
    shop_name: str = "Returns Desk"
    return_address: str = "Returns Desk\nReturns dock"  # where parcels go: printed on the return slip
    timeout_s: float = 20.0

    def to_data(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "from_address": self.from_address,
            "shop_name": self.shop_name,
            "return_address": self.return_address,
        }

    @property
    def ship_to(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.return_address.splitlines() if line.strip())

    @property
    def domain(self) -> str:
        return self.from_address.rpartition("@")[2] or "returns-desk.invalid"


def mail_settings(session: Session) -> MailSettings:
    data = policy_service.setting(session, SETTINGS_KEY) or {}
    known = {k: v for k, v in data.items() if k in MailSettings().to_data()}
    return MailSettings(**known)


def check_settings(settings: MailSettings) -> None:
    if settings.security not in SECURITY:
        raise ValidationFailed(f"Security is one of {', '.join(SECURITY)}.")
    if not 0 < settings.port < 65536:
        raise ValidationFailed("The SMTP port is a number from 1 to 65535.")
    if not settings.host.strip():
        raise ValidationFailed("Name the SMTP server.")
    if "@" not in settings.from_address:
        raise ValidationFailed("The sender address needs an @.")


def save_settings(session: Session, actor: Actor, settings: MailSettings) -> None:
    """Store the SMTP settings (never the password: see mail_secret). Turning e-mail off keeps the outbox filling."""
    auth.require(actor, Role.SUPERVISOR, "change the e-mail settings")
    shared.require_shared(session, "change the e-mail settings")
    check_settings(settings)
    policy_service.put_setting(session, SETTINGS_KEY, settings.to_data())
    events.record(session, actor, EventKind.MAIL_SETTINGS_CHANGED, "mail", "settings", settings.to_data())


@dataclass(slots=True)
class BatchReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


class Temporary(Exception):
    """The server or the network said: not now. ``lost``: the connection is gone with it."""

    def __init__(self, words: str, *, lost: bool = False) -> None:
        super().__init__(words)
        self.lost = lost


class Permanent(Exception):
    """The server said: never (a 5xx), or the message cannot be made."""


def backoff_s(attempts: int) -> float:
    return float(min(RETRY_CAP_S, RETRY_BASE_S * 2 ** max(0, attempts - 1)))


def claim(session: Session, me: str, limit: int, stale_after_s: float = STALE_AFTER_S) -> list[int]:
    """Take up to ``limit`` due rows for this sender (in the caller's transaction, which should commit at once)."""
    now = events.now()
    due = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.channel == "email",
            or_(
                (OutboxMessage.status == "queued") & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == "sending")
                & (OutboxMessage.claimed_at < now - timedelta(seconds=stale_after_s)),
            ),
        )
        .order_by(OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(due))
    if not ids:
        return []
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids))
        .values(status="sending", claimed_by=me, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return ids


class Sender:
    """Sends what is due, a batch at a time. ``connect`` may be replaced (tests inject a failing one)."""

    def __init__(self, db: Database, settings: MailSettings, password: str | None, name: str) -> None:
        self.db = db
        self.settings = settings
        self.password = password
        self.name = name[:64]

    def connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                s.host, s.port, timeout=s.timeout_s, context=ssl.create_default_context()
            )
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_s)
            if s.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if s.user:
            smtp.login(s.user, self.password or "")
        return smtp

    def run_once(self, limit: int = BATCH, *, stale_after_s: float = STALE_AFTER_S) -> BatchReport:
        report = BatchReport()
        if not self.settings.enabled:
            return report
        with unit_of_work(self.db.sessions) as session:
            ids = claim(session, self.name, limit, stale_after_s)
        report.claimed = len(ids)
        if not ids:
            return report
        smtp: smtplib.SMTP | None = None
        try:
            for position, message_id in enumerate(ids):
                try:
                    message = self._message(message_id)
                    if smtp is None:
                        smtp = self._open()
                    _send(smtp, message)
                except Temporary as exc:
                    self._retry(message_id, str(exc), report)
                    if exc.lost:
                        smtp = None  # the connection is gone: the rest wait for the next batch
                        self._release(ids[position + 1 :])
                        break
                except Permanent as exc:
                    self._fail(message_id, str(exc), report)
                else:
                    self._sent(message_id, message["Message-ID"], report)
        finally:
            if smtp is not None:
                try:
                    smtp.quit()
                except (smtplib.SMTPException, OSError):
                    smtp.close()
        return report

    def _open(self) -> smtplib.SMTP:
        try:
            return self.connect()
        except smtplib.SMTPResponseException as exc:
            # Refused at the door (busy, wrong password): no message's fault, so none is failed for it.
            raise Temporary(f"{self.settings.host} refused the connection: {_words(exc)}", lost=True) from exc
        except OSError as exc:  # smtplib's errors are OSErrors too
            where = f"{self.settings.host}:{self.settings.port}"
            raise Temporary(f"cannot reach {where}: {exc}", lost=True) from exc

    def _message(self, message_id: int) -> EmailMessage:
        def build(session: Session) -> EmailMessage:
            row, event_uuid = session.execute(
                select(OutboxMessage, Event.uuid)
                .outerjoin(Event, Event.id == OutboxMessage.event_id)
                .where(OutboxMessage.id == message_id)
            ).one()
            if row.return_request_id is None:
                raise Permanent("the message belongs to no return request")
            try:
                status = ReturnStatus(row.template)
            except ValueError:
                raise Permanent(f"no template for {row.template!r}") from None
            rendered = notifications.render(
                session, row.return_request_id, status, row.locale, row.recipient, self.settings.shop_name
            )
            msg = EmailMessage()
            msg["From"] = f"{self.settings.shop_name} <{self.settings.from_address}>"
            msg["To"] = rendered.to
            msg["Subject"] = rendered.subject
            msg["Date"] = formatdate(row.created_at.timestamp(), usegmt=True)
            msg["Message-ID"] = message_id_of(row.id, event_uuid, self.settings.domain)
            msg.set_content(rendered.text)
            msg.add_alternative(rendered.html, subtype="html")
            if (
                status is ReturnStatus.APPROVED
            ):  # the authorization brings the slip to print and put in the box
                rma = session.scalar(
                    select(ReturnRequest.rma_number).where(ReturnRequest.id == row.return_request_id)
                )
                slip = desk_requests.slip_data(
                    session, str(rma), self.settings.shop_name, self.settings.ship_to
                )
                msg.add_attachment(
                    pdf_bytes(slip), maintype="application", subtype="pdf", filename=f"return-slip-{rma}.pdf"
                )
            msg["Content-Language"] = row.locale  # after the content: setting it clears Content-* headers
            return msg

        return self.db.read(build)

    def _sent(self, message_id: int, header: str, report: BatchReport) -> None:
        with unit_of_work(self.db.sessions) as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == self.name)
                .values(
                    status="sent",
                    sent_at=events.now(),
                    message_id=header,
                    last_error=None,
                    attempts=OutboxMessage.attempts + 1,
                )
            )
        report.sent += 1

    def _retry(self, message_id: int, error: str, report: BatchReport) -> None:
        with unit_of_work(self.db.sessions) as session:
            row = session.get(OutboxMessage, message_id)
            assert row is not None
            row.attempts += 1
            row.last_error = error
            row.claimed_by = row.claimed_at = None
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
                _failed_event(session, row, f"gave up after {row.attempts} attempts: {error}")
                report.failed += 1
            else:
                row.status = "queued"
                row.next_attempt_at = events.now() + timedelta(seconds=backoff_s(row.attempts))
                report.retried += 1
        report.errors.append(error)

    def _fail(self, message_id: int, error: str, report: BatchReport) -> None:
        with unit_of_work(self.db.sessions) as session:
            row = session.get(OutboxMessage, message_id)
            assert row is not None
            row.attempts += 1
            row.status, row.last_error = "failed", error
            row.claimed_by = row.claimed_at = None
            _failed_event(session, row, error)
        report.failed += 1
        report.errors.append(error)

    def _release(self, ids: list[int]) -> None:
        if not ids:
            return
        with unit_of_work(self.db.sessions) as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids), OutboxMessage.claimed_by == self.name)
                .values(status="queued", claimed_by=None, claimed_at=None)
            )


def _failed_event(session: Session, row: OutboxMessage, error: str) -> None:
    session.flush()
    events.record(
        session, None, EventKind.MAIL_FAILED, "mail", str(row.id), {"to": row.recipient, "error": error}
    )


def message_id_of(row_id: int, event_uuid: str | None, domain: str) -> str:
    """The row's id and a piece of its event's uuid (unique across databases too), short enough for one line."""
    tail = (event_uuid or "").replace("-", "")[:12] or "outbox"
    return f"<rd.{row_id}.{tail}@{domain}>"


def _words(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}".strip()


def _send(smtp: smtplib.SMTP, message: EmailMessage) -> None:
    try:
        refused = smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        words = f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
        raise (Temporary if 400 <= code < 500 else Permanent)(words) from exc
    except smtplib.SMTPResponseException as exc:
        raise (Temporary if 400 <= exc.smtp_code < 500 else Permanent)(_words(exc)) from exc
    except OSError as exc:  # disconnected, timed out, reset (smtplib's errors are OSErrors too)
        raise Temporary(f"the connection was lost: {exc}", lost=True) from exc
    if refused:
        code, text = next(iter(refused.values()))
        raise (Temporary if 400 <= code < 500 else Permanent)(f"{code} {text!r}")
