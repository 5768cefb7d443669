"""One return request as a supervisor reads it before deciding: the request, its lines, the units with grade,
notes, photos (thumbnails; a click shows the photo whole), the inspector's override reason, exceptions, refund
lines, the e-mails sent and the whole audit trail -- as HTML for the Requests tab's detail pane."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from returns_desk.domain.money import format_money
from returns_desk.services.photos import photo_path
from returns_desk.services.request_detail import RequestDetail

PHOTO_SCHEME = "photo"


def _when(at: object) -> str:
    return f"{at:%Y-%m-%d %H:%M}" if at is not None else "—"


def _table(head: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "<p><i>none</i></p>"
    th = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{th}</tr>{body}</table>"


def _photos(refs: list[str], data_dir: Path) -> str:
    shown = []
    for ref in refs:
        thumb = photo_path(data_dir, ref, thumb=True)
        link = f"{PHOTO_SCHEME}:{escape(ref)}"
        if thumb.exists():
            shown.append(
                f"<a href='{link}'><img src='{QUrl.fromLocalFile(str(thumb)).toString()}' height='72'></a>"
            )
        else:
            shown.append(f"<a href='{link}'>{escape(ref.removeprefix('sha256:')[:10])}…</a>")
    return " ".join(shown)


def detail_html(d: RequestDetail, currency: str, data_dir: Path) -> str:
    e = escape
    head = (
        f"<h2>{e(d.rma)} — {e(d.status.label)}</h2>"
        f"<p><b>{e(d.customer)}</b> &lt;{e(d.email)}&gt; · writes in {e(d.locale)} · order {e(d.order_number)}"
        f" · {e(d.channel)} · from {e(d.source)}<br>"
        f"Wants: <b>{e(d.resolution.replace('_', ' '))}</b>"
        + (f" · decided by rule <b>{e(d.auth_rule)}</b>" if d.auth_rule else "")
        + f"<br>Requested {_when(d.requested_at)} · delivered {_when(d.delivered_at)} · received "
        f"{_when(d.received_at)} · inspected {_when(d.inspected_at)} · closed {_when(d.closed_at)}"
        + (f"<br>Tracking: {e(', '.join(d.tracking))}" if d.tracking else "")
        + (f"<br>Customer says: <i>{e(d.comment)}</i>" if d.comment else "")
        + (
            f"<br><b>Every unit is inspected: the rules propose {format_money(d.proposal_cents, currency)}"
            " — Settle… to confirm or change it.</b>"
            if d.proposal_cents is not None
            else ""
        )
        + "</p>"
    )
    lines = _table(
        ["SKU", "Product", "Expected", "Received", "Reason", "Comment", "Paid"],
        [
            [
                e(line.sku),
                e(line.product),
                str(line.expected),
                str(line.received),
                e(line.reason.replace("_", " ")),
                e(line.comment or ""),
                format_money(line.price_cents, currency),
            ]
            for line in d.lines
        ],
    )
    units = _table(
        ["Plate", "SKU", "Status", "Grade", "Route", "Notes", "Override reason", "Refund", "Photos"],
        [
            [
                e(u.lpn),
                e(u.sku),
                e(u.status.replace("_", " ")),
                e(u.grade or ""),
                e(" → ".join(x for x in ((u.disposition or "").replace("_", " "), u.destination or "") if x)),
                e(" / ".join(u.notes)),
                e(u.override_reason or ""),
                (
                    f"{e(u.refund_kind)} {format_money(u.refund_cents or 0, currency)}"
                    if u.refund_kind
                    else ""
                ),
                _photos(u.photos, data_dir),
            ]
            for u in d.units
        ],
    )
    cases = _table(
        ["#", "Kind", "Status", "What", "Resolution"],
        [
            [
                str(c.id),
                e(c.kind.replace("_", " ")),
                e(c.status),
                e(c.description or ""),
                e(c.resolution or ""),
            ]
            for c in d.cases
        ],
    )
    refunds = _table(
        ["Kind", "Amount", "Proposed", "Note", "Exported"],
        [
            [
                e(r.kind.replace("_", " ")),
                format_money(r.amount_cents, r.currency),
                format_money(r.proposed_cents, r.currency),
                e(r.note or ""),
                "yes" if r.exported else "no",
            ]
            for r in d.refunds
        ],
    )
    mails = _table(
        ["Queued (UTC)", "About", "To", "Status", "Attempts", "Error"],
        [
            [_when(m.at), e(m.template), e(m.recipient), e(m.status), str(m.attempts), e(m.error or "")]
            for m in d.mails
        ],
    )
    trail = _table(
        ["When (UTC)", "What", "About", "Who", "Details"],
        [
            [
                f"{t.at:%Y-%m-%d %H:%M:%S}",
                e(t.kind),
                e(t.subject),
                e(t.who),
                e(json.dumps(t.payload, ensure_ascii=False))[:300],
            ]
            for t in d.trail
        ],
    )
    own = f"<p>Customer's photos: {_photos(d.customer_photos, data_dir)}</p>" if d.customer_photos else ""
    return (
        head
        + own
        + f"<h3>Lines</h3>{lines}<h3>Units</h3>{units}<h3>Exceptions</h3>{cases}"
        + f"<h3>Refund lines</h3>{refunds}<h3>E-mails to the customer</h3>{mails}<h3>Audit trail</h3>{trail}"
    )


class PhotoDialog(QDialog):
    """A photo whole, in a window of its own (scrolls when it is larger than the screen)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(path.name)
        self.image = QLabel()
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.setText("This photo is not on this computer.")
        else:
            self.image.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry()
        self.resize(
            min(pixmap.width() + 40, screen.width() - 80), min(pixmap.height() + 40, screen.height() - 80)
        )
