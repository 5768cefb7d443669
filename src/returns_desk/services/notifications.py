"""Customer e-mails: the templates (per status, English and Korean, editable), rendering a queued message, and the
outbox as the console shows it (queued, sent, failed; resend).

Messages are queued by the database itself in the transaction of the status change (migration 0007); this module
only reads them, renders them and lets a supervisor send one again. Templates use ``$name`` placeholders
(``string.Template``): a placeholder the template does not know is refused when it is saved, never at send time.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from string import Template

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.money import format_money
from returns_desk.domain.vocab import EventKind, ReturnStatus, Role
from returns_desk.services import auth, events, shared
from returns_desk.services import policy as policy_service
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    Order,
    OutboxMessage,
    Product,
    RefundLine,
    ReturnLine,
    ReturnRequest,
)

TEMPLATES_KEY = "mail_templates"
LOCALES = ("en", "ko")
PLACEHOLDERS = ("customer", "rma", "order", "status", "items", "policy", "amount", "shop", "next")

_NEXT: dict[ReturnStatus, tuple[str, str]] = {
    ReturnStatus.REQUESTED: (
        "We will look at your request and write again when it is authorized.",
        "요청을 검토한 뒤 승인되면 다시 연락드리겠습니다.",
    ),
    ReturnStatus.APPROVED: (
        "Pack the items with the return slip (RMA $rma) and send the parcel to us.",
        "반품 전표(RMA $rma)와 함께 상품을 포장하여 보내 주세요.",
    ),
    ReturnStatus.RECEIVED: (
        "Your parcel has arrived. We check every item and write again when it is done.",
        "소포가 도착했습니다. 모든 상품을 검수한 뒤 다시 연락드리겠습니다.",
    ),
    ReturnStatus.INSPECTED: (
        "We have checked your items; your refund, exchange or credit follows shortly.",
        "상품 검수를 마쳤습니다. 곧 환불, 교환 또는 적립금이 처리됩니다.",
    ),
    ReturnStatus.REFUNDED: (
        "We have refunded $amount to your original payment method.",
        "$amount 이(가) 원래 결제 수단으로 환불되었습니다.",
    ),
    ReturnStatus.EXCHANGED: (
        "Your replacement is on its way.",
        "교환 상품이 발송되었습니다.",
    ),
    ReturnStatus.STORE_CREDIT: (
        "We have added $amount of store credit to your account.",
        "$amount 의 적립금이 계정에 지급되었습니다.",
    ),
    ReturnStatus.REPAIRED: (
        "Your item has been repaired and is on its way back to you.",
        "상품 수리가 완료되어 다시 보내 드립니다.",
    ),
    ReturnStatus.CLOSED: ("Your return is complete.", "반품이 완료되었습니다."),
    ReturnStatus.REJECTED: (
        "We cannot accept this return. Reply to this e-mail if you have questions.",
        "이 반품은 받을 수 없습니다. 문의 사항이 있으면 이 메일에 회신해 주세요.",
    ),
    ReturnStatus.CANCELLED: (
        "Your return has been cancelled; nothing more is needed from you.",
        "반품이 취소되었습니다. 더 하실 일은 없습니다.",
    ),
}


def default_template(status: ReturnStatus, locale: str) -> dict[str, str]:
    ko = locale == "ko"
    if ko:
        subject = "[$shop] 반품 $rma: $status"
        body = "$customer 님,\n\n반품 $rma (주문 $order) 상태: $status\n\n$items\n\n$next\n\n$policy\n\n$shop 드림"
    else:
        subject = "[$shop] Return $rma: $status"
        body = "Dear $customer,\n\nYour return $rma (order $order) is now: $status.\n\n$items\n\n$next\n\n$policy\n\n$shop"
    return {"subject": subject, "text": body, "html": ""}


def next_text(status: ReturnStatus, locale: str) -> str:
    en, ko = _NEXT[status]
    return ko if locale == "ko" else en


def templates(session: Session) -> dict[str, dict[str, dict[str, str]]]:
    """Every template, status -> locale -> {subject, text, html}: the saved ones over the defaults."""
    saved = policy_service.setting(session, TEMPLATES_KEY) or {}
    out: dict[str, dict[str, dict[str, str]]] = {}
    for status in ReturnStatus:
        for locale in LOCALES:
            mine = saved.get(status.value, {}).get(locale)
            out.setdefault(status.value, {})[locale] = (
                dict(mine) if mine else default_template(status, locale)
            )
    return out


def check_template(subject: str, text: str, html_text: str) -> None:
    if not subject.strip() or not text.strip():
        raise ValidationFailed("A template needs a subject and a text.")
    for part in (subject, text, html_text):
        try:
            names = {m.group("named") or m.group("braced") for m in Template.pattern.finditer(part)}
        except ValueError:
            names = set()
        names.discard(None)
        unknown = sorted(str(n) for n in names - set(PLACEHOLDERS))
        if unknown:
            raise ValidationFailed(
                f"Unknown placeholder ${unknown[0]}: use {', '.join('$' + p for p in PLACEHOLDERS)}."
            )


def save_template(
    session: Session, actor: Actor, status: ReturnStatus, locale: str, subject: str, text: str, html_text: str
) -> None:
    auth.require(actor, Role.SUPERVISOR, "edit e-mail templates")
    shared.require_shared(session, "edit e-mail templates")
    if locale not in LOCALES:
        raise ValidationFailed(f"Templates are written in {', '.join(LOCALES)}.")
    check_template(subject, text, html_text)
    saved = dict(policy_service.setting(session, TEMPLATES_KEY) or {})
    saved[status.value] = {
        **saved.get(status.value, {}),
        locale: {"subject": subject, "text": text, "html": html_text},
    }
    policy_service.put_setting(session, TEMPLATES_KEY, saved)
    events.record(
        session,
        actor,
        EventKind.MAIL_TEMPLATE_CHANGED,
        "template",
        f"{status.value}.{locale}",
        {"subject": subject},
    )


@dataclass(frozen=True, slots=True)
class Rendered:
    to: str
    subject: str
    text: str
    html: str


def _values(
    session: Session, request_id: int, status: ReturnStatus, locale: str, shop: str
) -> dict[str, str]:
    req, order_number, customer = session.execute(
        select(ReturnRequest, Order.order_number, Customer)
        .join(Order, Order.id == ReturnRequest.order_id)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .where(ReturnRequest.id == request_id)
    ).one()
    items = [
        f"{qty} × {name} ({sku})"
        for qty, name, sku in session.execute(
            select(ReturnLine.quantity_expected, Product.name, Product.sku)
            .join(Product, Product.id == ReturnLine.product_id)
            .where(ReturnLine.return_request_id == request_id)
            .order_by(ReturnLine.id)
        )
    ]
    refunds = session.execute(
        select(RefundLine.currency, func.sum(RefundLine.amount_cents))
        .where(RefundLine.return_request_id == request_id)
        .group_by(RefundLine.currency)
    ).all()
    amount = ", ".join(format_money(int(total or 0), currency) for currency, total in refunds)
    window = policy_service.current(session).default_return_window_days
    policy = (
        f"반품은 배송일로부터 {window}일 이내에 가능합니다."
        if locale == "ko"
        else f"Items can be returned within {window} days of delivery, unused and in their packaging."
    )
    values = {
        "customer": customer.name,
        "rma": req.rma_number,
        "order": order_number,
        "status": status.label_in(locale),
        "items": "\n".join(items),
        "policy": policy,
        "amount": amount or "—",
        "shop": shop,
    }
    values["next"] = Template(next_text(status, locale)).safe_substitute(values)
    return values


def render(
    session: Session,
    request_id: int,
    status: ReturnStatus,
    locale: str,
    to: str,
    shop: str,
    template: dict[str, str] | None = None,
) -> Rendered:
    """The message for a request in a status, in a language, from the saved template (or ``template``)."""
    locale = locale if locale in LOCALES else "en"
    chosen = template or templates(session)[status.value][locale]
    values = _values(session, request_id, status, locale, shop)
    text = Template(chosen["text"]).safe_substitute(values)
    if chosen.get("html"):
        escaped = {k: html.escape(v).replace("\n", "<br>") for k, v in values.items()}
        body_html = Template(chosen["html"]).safe_substitute(escaped)
    else:
        paragraphs = "".join(
            f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p
        )
        body_html = f'<html><body style="font-family: sans-serif">{paragraphs}</body></html>'
    return Rendered(to, Template(chosen["subject"]).safe_substitute(values), text, body_html)


def preview(
    session: Session, actor: Actor, status: ReturnStatus, locale: str, template: dict[str, str], shop: str
) -> Rendered:
    """A template as a customer would read it, filled in from the newest request."""
    auth.require(actor, Role.SUPERVISOR, "preview e-mail templates")
    check_template(template.get("subject", ""), template.get("text", ""), template.get("html", ""))
    found = session.execute(
        select(ReturnRequest.id, Customer.email)
        .join(Customer, Customer.id == ReturnRequest.customer_id)
        .order_by(ReturnRequest.id.desc())
        .limit(1)
    ).first()
    if found is None:
        raise ValidationFailed("There is no return request yet to show the template with.")
    return render(session, found.id, status, locale, found.email, shop, template)


# --- the outbox as the console shows it ---
@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    status: str
    template: str
    recipient: str
    locale: str
    rma: str | None
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    error: str | None


OUTBOX_STATES = ("queued", "sending", "sent", "failed")


def outbox(session: Session, actor: Actor, status: str | None = None, limit: int = 500) -> list[OutboxRow]:
    """The newest messages first, of one status or all."""
    auth.require(actor, Role.SUPERVISOR, "read the outbox")
    query = (
        select(OutboxMessage, ReturnRequest.rma_number)
        .outerjoin(ReturnRequest, ReturnRequest.id == OutboxMessage.return_request_id)
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    if status:
        query = query.where(OutboxMessage.status == status)
    return [
        OutboxRow(
            m.id,
            m.status,
            m.template,
            m.recipient,
            m.locale,
            rma,
            m.attempts,
            m.created_at,
            m.next_attempt_at,
            m.sent_at,
            m.last_error,
        )
        for m, rma in session.execute(query)
    ]


def counts(session: Session, actor: Actor) -> dict[str, int]:
    auth.require(actor, Role.SUPERVISOR, "read the outbox")
    found = dict(
        session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all()
    )
    return {s: int(found.get(s, 0)) for s in OUTBOX_STATES}


def resend(session: Session, actor: Actor, message_ids: list[int], reason: str) -> int:
    """Queue failed (or, when a person asks, sent) messages again. A message being sent now is left alone."""
    auth.require(actor, Role.SUPERVISOR, "resend e-mails")
    shared.require_shared(session, "resend e-mails")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed("Resending needs a reason.")
    done = 0
    for message_id in sorted(set(message_ids)):
        row = session.scalar(select(OutboxMessage).where(OutboxMessage.id == message_id).with_for_update())
        if row is None:
            raise NotFound(f"There is no message {message_id}.")
        if row.status in ("queued", "sending"):
            continue
        previous = row.status
        row.status, row.attempts, row.next_attempt_at = "queued", 0, events.now()
        row.claimed_by = row.claimed_at = None
        session.flush()
        events.record(
            session, actor, EventKind.MAIL_RESENT, "mail", str(row.id), {"was": previous, "reason": reason}
        )
        done += 1
    return done
