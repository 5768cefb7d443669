"""One return request as a supervisor reads it before deciding: the request, its lines, the units with grade,
notes, photos (thumbnails; a click shows the photo whole), the inspector's override reason, exceptions, refund
lines, the e-mails sent and the whole audit trail -- as HTML for the Requests tab's detail pane."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from returns_desk.gui import formats, words
from returns_desk.services.photos import photo_path
from returns_desk.services.request_detail import RequestDetail

PHOTO_SCHEME = "photo"


# The detail's words, translated where they are shown (``_say``).
_WORDS = {
    "none": QT_TRANSLATE_NOOP("RequestDetail", "none"),
    "head": QT_TRANSLATE_NOOP("RequestDetail", "writes in {0} · order {1} · {2} · from {3}"),
    "wants": QT_TRANSLATE_NOOP("RequestDetail", "Wants:"),
    "rule": QT_TRANSLATE_NOOP("RequestDetail", "decided by rule"),
    "dates": QT_TRANSLATE_NOOP(
        "RequestDetail", "Requested {0} · delivered {1} · received {2} · inspected {3} · closed {4}"
    ),
    "tracking": QT_TRANSLATE_NOOP("RequestDetail", "Tracking:"),
    "says": QT_TRANSLATE_NOOP("RequestDetail", "Customer says:"),
    "proposal": QT_TRANSLATE_NOOP(
        "RequestDetail", "Every unit is inspected: the rules propose {0} — Settle… to confirm or change it."
    ),
    "photos": QT_TRANSLATE_NOOP("RequestDetail", "Customer's photos:"),
    "Lines": QT_TRANSLATE_NOOP("RequestDetail", "Lines"),
    "Units": QT_TRANSLATE_NOOP("RequestDetail", "Units"),
    "Exceptions": QT_TRANSLATE_NOOP("RequestDetail", "Exceptions"),
    "Refund lines": QT_TRANSLATE_NOOP("RequestDetail", "Refund lines"),
    "E-mails to the customer": QT_TRANSLATE_NOOP("RequestDetail", "E-mails to the customer"),
    "Audit trail": QT_TRANSLATE_NOOP("RequestDetail", "Audit trail"),
    "SKU": QT_TRANSLATE_NOOP("RequestDetail", "SKU"),
    "Product": QT_TRANSLATE_NOOP("RequestDetail", "Product"),
    "Expected": QT_TRANSLATE_NOOP("RequestDetail", "Expected"),
    "Received": QT_TRANSLATE_NOOP("RequestDetail", "Received"),
    "Reason": QT_TRANSLATE_NOOP("RequestDetail", "Reason"),
    "Comment": QT_TRANSLATE_NOOP("RequestDetail", "Comment"),
    "Paid": QT_TRANSLATE_NOOP("RequestDetail", "Paid"),
    "Plate": QT_TRANSLATE_NOOP("RequestDetail", "Plate"),
    "Status": QT_TRANSLATE_NOOP("RequestDetail", "Status"),
    "Grade": QT_TRANSLATE_NOOP("RequestDetail", "Grade"),
    "Route": QT_TRANSLATE_NOOP("RequestDetail", "Route"),
    "Notes": QT_TRANSLATE_NOOP("RequestDetail", "Notes"),
    "Override reason": QT_TRANSLATE_NOOP("RequestDetail", "Override reason"),
    "Refund": QT_TRANSLATE_NOOP("RequestDetail", "Refund"),
    "Photos": QT_TRANSLATE_NOOP("RequestDetail", "Photos"),
    "Kind": QT_TRANSLATE_NOOP("RequestDetail", "Kind"),
    "What": QT_TRANSLATE_NOOP("RequestDetail", "What"),
    "Resolution": QT_TRANSLATE_NOOP("RequestDetail", "Resolution"),
    "Amount": QT_TRANSLATE_NOOP("RequestDetail", "Amount"),
    "Proposed": QT_TRANSLATE_NOOP("RequestDetail", "Proposed"),
    "Note": QT_TRANSLATE_NOOP("RequestDetail", "Note"),
    "Exported": QT_TRANSLATE_NOOP("RequestDetail", "Exported"),
    "Queued (UTC)": QT_TRANSLATE_NOOP("RequestDetail", "Queued (UTC)"),
    "About": QT_TRANSLATE_NOOP("RequestDetail", "About"),
    "To": QT_TRANSLATE_NOOP("RequestDetail", "To"),
    "Attempts": QT_TRANSLATE_NOOP("RequestDetail", "Attempts"),
    "Error": QT_TRANSLATE_NOOP("RequestDetail", "Error"),
    "When (UTC)": QT_TRANSLATE_NOOP("RequestDetail", "When (UTC)"),
    "Who": QT_TRANSLATE_NOOP("RequestDetail", "Who"),
    "Details": QT_TRANSLATE_NOOP("RequestDetail", "Details"),
    "yes": QT_TRANSLATE_NOOP("RequestDetail", "yes"),
    "no": QT_TRANSLATE_NOOP("RequestDetail", "no"),
    "open": QT_TRANSLATE_NOOP("RequestDetail", "open"),
    "resolved": QT_TRANSLATE_NOOP("RequestDetail", "resolved"),
}


def _say(key: str) -> str:
    return QCoreApplication.translate("RequestDetail", str(_WORDS[key]))


def _when(at: datetime | None) -> str:
    return formats.moment(at, seconds=False) if at is not None else "—"


def _table(head: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return f"<p><i>{escape(_say('none'))}</i></p>"
    th = "".join(f"<th align='left'>{escape(_say(h))}</th>" for h in head)
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
    money = formats.money
    head = (
        f"<h2>{e(d.rma)} — {e(words.word('status', d.status.value))}</h2>"
        f"<p><b>{e(d.customer)}</b> &lt;{e(d.email)}&gt; · "
        + e(_say("head").format(d.locale, d.order_number, words.word("channel", d.channel), d.source))
        + f"<br>{e(_say('wants'))} <b>{e(words.word('resolution', d.resolution))}</b>"
        + (f" · {e(_say('rule'))} <b>{e(d.auth_rule)}</b>" if d.auth_rule else "")
        + "<br>"
        + e(
            _say("dates").format(
                _when(d.requested_at),
                _when(d.delivered_at),
                _when(d.received_at),
                _when(d.inspected_at),
                _when(d.closed_at),
            )
        )
        + (f"<br>{e(_say('tracking'))} {e(', '.join(d.tracking))}" if d.tracking else "")
        + (f"<br>{e(_say('says'))} <i>{e(d.comment)}</i>" if d.comment else "")
        + (
            f"<br><b>{e(_say('proposal').format(money(d.proposal_cents, currency)))}</b>"
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
                e(words.word("reason", line.reason)),
                e(line.comment or ""),
                money(line.price_cents, currency),
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
                e(words.word("unit", u.status)),
                e(words.grade_letter(u.grade) if u.grade else ""),
                e(
                    " → ".join(
                        x for x in (words.word("disposition", u.disposition or ""), u.destination or "") if x
                    )
                ),
                e(" / ".join(u.notes)),
                e(u.override_reason or ""),
                (
                    f"{e(words.word('refund', u.refund_kind))} {money(u.refund_cents or 0, currency)}"
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
                e(words.word("exception", c.kind)),
                e(_say(c.status) if c.status in _WORDS else c.status),
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
                e(words.word("refund", r.kind)),
                money(r.amount_cents, r.currency),
                money(r.proposed_cents, r.currency),
                e(r.note or ""),
                e(_say("yes") if r.exported else _say("no")),
            ]
            for r in d.refunds
        ],
    )
    mails = _table(
        ["Queued (UTC)", "About", "To", "Status", "Attempts", "Error"],
        [
            [
                _when(m.at),
                e(words.word("status", m.template)),
                e(m.recipient),
                e(words.word("outbox", m.status)),
                str(m.attempts),
                e(m.error or ""),
            ]
            for m in d.mails
        ],
    )
    trail = _table(
        ["When (UTC)", "What", "About", "Who", "Details"],
        [
            [
                formats.moment(t.at),
                e(t.kind),
                e(t.subject),
                e(t.who),
                e(json.dumps(t.payload, ensure_ascii=False))[:300],
            ]
            for t in d.trail
        ],
    )
    own = f"<p>{e(_say('photos'))} {_photos(d.customer_photos, data_dir)}</p>" if d.customer_photos else ""
    sections = "".join(
        f"<h3>{e(_say(title))}</h3>{table}"
        for title, table in (
            ("Lines", lines),
            ("Units", units),
            ("Exceptions", cases),
            ("Refund lines", refunds),
            ("E-mails to the customer", mails),
            ("Audit trail", trail),
        )
    )
    return head + own + sections


class PhotoDialog(QDialog):
    """A photo whole, in a window of its own (scrolls when it is larger than the screen)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(path.name)
        self.image = QLabel()
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.setText(self.tr("This photo is not on this computer."))
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
