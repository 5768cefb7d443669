"""Webhooks: every event, as it is recorded, can go out as an HTTP POST to the endpoints that want its kind.

A trigger on the events table queues one ``webhook_deliveries`` row per event and endpoint whose patterns match
the event's kind, in the event's own transaction (migration 0011): an event is never recorded without its
deliveries, whoever wrote it. A sender (``returns-desk webhooks send``, or the console's outbox pump) claims due
rows, POSTs each and marks it sent on a 2xx answer. Anything else (a refusal, a 500, a timeout, nobody listening)
puts it back with an exponential back-off (2, 4, 8 ... seconds, at most an hour) and the error, for the console
to show and a supervisor to send again at once. Nothing is dropped: delivery is at least once.

Order: the deliveries of one subject (one return request, one unit) to one endpoint go out in the order their
events happened; a row is not claimed while an earlier one of its subject to that endpoint is undelivered.

The request: ``POST url`` with the JSON body ``{"id", "kind", "subject_type", "subject_id", "occurred_at",
"payload"}`` built from the (immutable) event, so that every attempt sends the same bytes, and the headers
``Content-Type: application/json``, ``X-Returns-Desk-Event`` (the kind), ``Idempotency-Key`` (the event's uuid:
a receiver that sees it twice has seen the same event) and ``X-Returns-Desk-Signature: sha256=<hex>``, the
HMAC-SHA256 of the body with the endpoint's shared secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import auth, events, shared
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, WebhookDelivery, WebhookEndpoint, WebhookSubscription

log = logging.getLogger(__name__)

BATCH = 50  # deliveries claimed at a time
TIMEOUT_S = 10.0  # an endpoint that has not answered by then is tried again later
STALE_AFTER_S = 120.0  # a claim older than this (a sender that died) is taken over
MAX_BACKOFF_S = 3_600.0
FAILING_AFTER = 3  # attempts after which the console lists a delivery as failing
SIGNATURE = "X-Returns-Desk-Signature"
_KIND = re.compile(r"[a-z_]+(\.[a-z_]+)?|[a-z_]+\.\*|\*")


# --- endpoints ---
@dataclass(frozen=True, slots=True)
class EndpointRow:
    id: int
    name: str
    url: str
    kinds: tuple[str, ...]  # as a person writes them: return.*, unit.graded, *
    active: bool
    pending: int
    failing: int


def _patterns(kinds: str | Sequence[str]) -> list[str]:
    items = [k.strip() for k in (kinds.split(",") if isinstance(kinds, str) else kinds) if k.strip()]
    if not items:
        raise ValidationFailed("Give the event kinds to send, e.g. return.* (every return event) or * (all).")
    for item in items:
        if not _KIND.fullmatch(item):
            raise ValidationFailed(
                f"'{item}' is not an event kind; write it as return.received, return.* or *."
            )
    return sorted({item.replace("*", "%") for item in items})


def _check_url(url: str) -> str:
    url = url.strip()
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url) or len(url) > 500:
        raise ValidationFailed(f"'{url[:80]}' is not an http:// or https:// address.")
    return url


def save_endpoint(
    session: Session,
    actor: Actor,
    name: str,
    url: str,
    kinds: str | Sequence[str],
    *,
    secret: str | None = None,
    active: bool = True,
) -> str:
    """Add an endpoint or change the one of that name; returns its secret (a new one is made when none is given
    for a new endpoint). Each change is an event."""
    auth.require(actor, Role.ADMIN, "configure webhooks")
    shared.require_shared(session, "configure webhooks")
    name = name.strip()
    if not name or len(name) > 64:
        raise ValidationFailed("Give the endpoint a name of at most 64 characters.")
    url = _check_url(url)
    patterns = _patterns(kinds)
    endpoint = session.scalar(select(WebhookEndpoint).where(WebhookEndpoint.name == name))
    if secret is not None and not 16 <= len(secret) <= 200:
        raise ValidationFailed("A shared secret has 16 to 200 characters.")
    if endpoint is None:
        endpoint = WebhookEndpoint(
            name=name, url=url, secret=secret or secrets.token_hex(32), active=active, created_at=events.now()
        )
        session.add(endpoint)
        session.flush()
        said = "added"
    else:
        endpoint.url, endpoint.active = url, active
        if secret:
            endpoint.secret = secret
        session.execute(delete(WebhookSubscription).where(WebhookSubscription.endpoint_id == endpoint.id))
        said = "changed"
    session.add_all(WebhookSubscription(endpoint_id=endpoint.id, pattern=p) for p in patterns)
    session.flush()
    events.record(
        session,
        actor,
        EventKind.WEBHOOK_ENDPOINT_SAVED,
        "webhook",
        name,
        {
            "url": url,
            "kinds": [p.replace("%", "*") for p in patterns],
            "active": active,
            "what": said,
            "secret_changed": bool(secret) or said == "added",
        },
    )
    return endpoint.secret


def endpoints(session: Session) -> list[EndpointRow]:
    kinds: dict[int, list[str]] = {}
    for eid, pattern in session.execute(select(WebhookSubscription.endpoint_id, WebhookSubscription.pattern)):
        kinds.setdefault(eid, []).append(pattern.replace("%", "*"))
    counts: dict[int, tuple[int, int]] = {}
    for eid, pending, failing in session.execute(
        select(
            WebhookDelivery.endpoint_id,
            func.count(),
            func.count().filter(WebhookDelivery.attempts >= FAILING_AFTER),
        )
        .where(WebhookDelivery.status != "sent")
        .group_by(WebhookDelivery.endpoint_id)
    ):
        counts[eid] = (int(pending), int(failing))
    return [
        EndpointRow(
            e.id, e.name, e.url, tuple(sorted(kinds.get(e.id, []))), e.active, *counts.get(e.id, (0, 0))
        )
        for e in session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.name))
    ]


# --- what failed, and sending it again ---
@dataclass(frozen=True, slots=True)
class FailingRow:
    id: int
    endpoint: str
    kind: str
    subject: str
    attempts: int
    next_attempt_at: datetime
    last_error: str


def failing(session: Session, limit: int = 500) -> list[FailingRow]:
    """Deliveries not yet taken that have failed at least once, oldest first."""
    rows = session.execute(
        select(WebhookDelivery, WebhookEndpoint.name, Event.kind)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .join(Event, Event.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.status != "sent", WebhookDelivery.attempts > 0)
        .order_by(WebhookDelivery.id)
        .limit(limit)
    ).all()
    return [
        FailingRow(d.id, name, kind, d.subject, d.attempts, d.next_attempt_at, d.last_error or "")
        for d, name, kind in rows
    ]


def resend(session: Session, actor: Actor, ids: Sequence[int]) -> int:
    """Make these deliveries due now (they keep their place in their subject's order). Returns how many."""
    auth.require(actor, Role.SUPERVISOR, "send webhooks again")
    shared.require_shared(session, "send webhooks again")
    if not ids:
        raise ValidationFailed("Choose the deliveries to send again.")
    now = events.now()
    result = session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id.in_(list(ids)), WebhookDelivery.status == "pending")
        .values(next_attempt_at=now)
        .execution_options(synchronize_session=False)
    )
    done = int(getattr(result, "rowcount", 0))
    if not done:
        raise NotFound("Those deliveries have gone out already.")
    events.record(session, actor, EventKind.WEBHOOK_RESENT, "webhook", "deliveries", {"ids": sorted(ids)})
    return int(done)


# --- sending ---
def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def body_of(event: Event) -> bytes:
    document = {
        "id": event.uuid,
        "kind": event.kind,
        "subject_type": event.subject_type,
        "subject_id": event.subject_id,
        "occurred_at": event.occurred_at.isoformat(),
        "payload": event.payload,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def backoff(attempts: int) -> float:
    return min(2.0**attempts, MAX_BACKOFF_S)


def claim(session: Session, me: str, limit: int, stale_after_s: float = STALE_AFTER_S) -> list[int]:
    """Take up to ``limit`` due deliveries, none with an undelivered earlier one of its subject and endpoint (in
    the caller's transaction, which should commit at once)."""
    now = events.now()
    earlier = aliased(WebhookDelivery)
    due = (
        select(WebhookDelivery.id)
        .where(
            or_(
                (WebhookDelivery.status == "pending") & (WebhookDelivery.next_attempt_at <= now),
                (WebhookDelivery.status == "sending")
                & (WebhookDelivery.claimed_at < now - timedelta(seconds=stale_after_s)),
            ),
            ~select(earlier.id)
            .where(
                and_(
                    earlier.endpoint_id == WebhookDelivery.endpoint_id,
                    earlier.subject == WebhookDelivery.subject,
                    earlier.id < WebhookDelivery.id,
                    earlier.status != "sent",
                )
            )
            .exists(),
        )
        .order_by(WebhookDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(due))
    if ids:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id.in_(ids))
            .values(status="sending", claimed_by=me[:64], claimed_at=now)
            .execution_options(synchronize_session=False)
        )
    return ids


@dataclass(slots=True)
class BatchReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    errors: list[str] = field(default_factory=list)


Post = Callable[[str, bytes, dict[str, str], float], int]  # url, body, headers, timeout -> HTTP status


def http_post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


class Sender:
    """Delivers what is due, a batch at a time. ``post`` may be replaced (the HTTP call)."""

    def __init__(
        self,
        db: Database,
        name: str,
        *,
        post: Post = http_post,
        timeout_s: float = TIMEOUT_S,
        wait: Callable[[int], float] = backoff,
    ) -> None:
        self.db = db
        self.name = name[:64]
        self.post = post
        self.timeout_s = timeout_s
        self.wait = wait  # seconds before the next attempt, after this many

    def run_once(self, limit: int = BATCH) -> BatchReport:
        report = BatchReport()
        with unit_of_work(self.db.sessions) as session:
            ids = claim(session, self.name, limit)
        report.claimed = len(ids)
        for delivery_id in ids:
            with unit_of_work(self.db.readers) as session:
                url, body, headers, attempts, subject = self._request(session, delivery_id)
            try:
                status = self.post(url, body, headers, self.timeout_s)
                error = None if 200 <= status < 300 else f"{url} answered HTTP {status}"
            except (OSError, ValueError) as exc:  # refused, unreachable, timed out, a broken answer
                error = f"{url}: {getattr(exc, 'reason', None) or exc}"
            if error is None:
                self._mark(delivery_id, sent=True)
                report.sent += 1
            else:
                self._mark(delivery_id, sent=False, error=error, attempts=attempts + 1)
                report.retried += 1
                report.errors.append(error)
                log.info("webhook %s for %s not taken: %s", delivery_id, subject, error)
        return report

    def _request(self, session: Session, delivery_id: int) -> tuple[str, bytes, dict[str, str], int, str]:
        delivery, endpoint, event = session.execute(
            select(WebhookDelivery, WebhookEndpoint, Event)
            .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
            .join(Event, Event.id == WebhookDelivery.event_id)
            .where(WebhookDelivery.id == delivery_id)
        ).one()
        body = body_of(event)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "returns-desk",
            "X-Returns-Desk-Event": event.kind,
            "Idempotency-Key": event.uuid,
            SIGNATURE: sign(endpoint.secret, body),
        }
        return endpoint.url, body, headers, delivery.attempts, delivery.subject

    def _mark(self, delivery_id: int, *, sent: bool, error: str | None = None, attempts: int = 0) -> None:
        now = events.now()
        values: dict[str, Any]
        if sent:
            values = {"status": "sent", "sent_at": now, "claimed_by": None, "claimed_at": None}
        else:
            values = {
                "status": "pending",
                "attempts": attempts,
                "next_attempt_at": now + timedelta(seconds=self.wait(attempts)),
                "last_error": (error or "")[:2000],
                "claimed_by": None,
                "claimed_at": None,
            }
        with unit_of_work(self.db.sessions) as session:
            session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery_id, WebhookDelivery.claimed_by == self.name)
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    def drain(self, rounds: int = 1_000) -> BatchReport:
        """Send everything due now (a pass until nothing is claimed)."""
        total = BatchReport()
        for _ in range(rounds):
            report = self.run_once()
            total.claimed += report.claimed
            total.sent += report.sent
            total.retried += report.retried
            total.errors += report.errors
            if report.claimed == 0 or report.sent == 0:
                break
        return total
