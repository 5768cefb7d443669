"""Exporting return requests with what the dock found, in our format or a shop platform's words.

``export(session, actor, fmt, start, end, out)`` writes the requests made from ``start`` to ``end`` (days,
inclusive) to ``out`` (``.csv`` or ``.json``), laid out as the preset reads them (``services/presets.py``), so
that importing an export gives the same requests. Beside the request's own fields, each line says what its units
were graded and where they went, in the platform's vocabulary (the preset's ``grade_out`` and
``disposition_out`` tables): for a platform whose lines are units (Loop) one row per unit with ``grade`` and
``disposition``; for the others one row per line with ``grades`` and ``dispositions`` as ``word×count`` lists
(``RESTOCKED×1; NOT_RESTOCKED×1``). A unit that never arrived is graded ``missing``.

The file is written as the requests are read, a page at a time: an export of a million lines keeps memory flat.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import Role
from returns_desk.services import auth, presets
from returns_desk.services.audit import safe_cell
from returns_desk.services.presets import KEEP, Preset
from returns_desk.services.results import Actor
from returns_desk.store.models import (
    Customer,
    Order,
    Product,
    ReturnLine,
    ReturnRequest,
    TrackingNumber,
    Unit,
)

PAGE = 1_000  # requests read at a time
RESULT_COLUMNS = ("grades", "dispositions")  # per line; "grade", "disposition" per unit (Loop)


@dataclass(slots=True)
class ExportReport:
    file: str
    format: str
    requests: int = 0
    rows: int = 0


def export(session: Session, actor: Actor, fmt: str, start: date, end: date, out: Path) -> ExportReport:
    auth.require(actor, Role.SUPERVISOR, "export return requests")
    if end < start:
        raise ValidationFailed(f"The range ends ({end}) before it starts ({start}).")
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise ValidationFailed(f"Export to a .csv or .json file, not '{out.name}'.")
    preset = presets.get(session, fmt)
    report = ExportReport(out.name, fmt)
    records = _records(session, preset, start, end)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", newline="", encoding="utf-8") as handle:
        if suffix == ".csv":
            _write_csv(handle, preset, records, report)
        else:
            _write_json(handle, preset, records, report)
    tmp.replace(out)  # a half-written export never sits under the name asked for
    return report


def columns(preset: Preset) -> list[str]:
    """A CSV export's header: the columns the preset imports, then the dock's results."""
    results = ["grade", "disposition"] if preset.units else list(RESULT_COLUMNS)
    names = [preset.csv_id()] if preset.key != "ours" else []
    names += [preset.csv_column(our) for our in preset.columns]
    names += [preset.csv_column(f"{preset.lines}.{r}") if preset.prefixed else r for r in results]
    return list(dict.fromkeys(names))


# --- reading ---
@dataclass(slots=True)
class _Line:
    sku: str
    quantity: int
    reason: str
    comment: str | None
    price_cents: int
    units: list[tuple[str | None, str | None, str]]  # grade, disposition, status


def _records(
    session: Session, preset: Preset, start: date, end: date
) -> Iterator[tuple[dict[str, Any], list[_Line]]]:
    since = datetime.combine(start, time.min, tzinfo=UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    after: tuple[datetime, int] | None = None
    while True:
        query = (
            select(ReturnRequest, Order.order_number, Customer.email, Customer.name)
            .join(Order, Order.id == ReturnRequest.order_id)
            .join(Customer, Customer.id == ReturnRequest.customer_id)
            .where(ReturnRequest.requested_at >= since, ReturnRequest.requested_at < until)
            .order_by(ReturnRequest.requested_at, ReturnRequest.id)
            .limit(PAGE)
        )
        if after is not None:
            query = query.where(
                or_(
                    ReturnRequest.requested_at > after[0],
                    and_(ReturnRequest.requested_at == after[0], ReturnRequest.id > after[1]),
                )
            )
        page = session.execute(query).all()
        if not page:
            return
        ids = [r.id for r, *_ in page]
        lines = _lines(session, ids)
        tracks: dict[int, tuple[str, str]] = {}
        for rid, number, carrier in session.execute(
            select(TrackingNumber.return_request_id, TrackingNumber.tracking_number, TrackingNumber.carrier)
            .where(TrackingNumber.return_request_id.in_(ids))
            .order_by(TrackingNumber.id)
        ):
            tracks.setdefault(rid, (number, carrier))
        for request, order_number, email, name in page:
            track = tracks.get(request.id, ("", ""))
            head = {
                "platform_id": request.platform_id if request.platform == preset.key else request.rma_number,
                "rma_number": request.rma_number,
                "order_number": order_number,
                "customer_email": email,
                "customer_name": name,
                "status": status_word(preset, request.status),
                "resolution": word_out(preset, "resolution", request.resolution),
                "requested_at": request.requested_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
                "customer_comment": request.customer_comment or "",
                "tracking_number": track[0],
                "carrier": track[1],
                "channel": request.channel,
                "region": request.region,
            }
            yield head, lines.get(request.id, [])
        last = page[-1][0]
        after = (last.requested_at, last.id)
        session.expunge_all()  # a page's requests are done with: memory stays flat


def _lines(session: Session, ids: list[int]) -> dict[int, list[_Line]]:
    out: dict[int, list[_Line]] = {}
    by_id: dict[int, _Line] = {}
    for lid, rid, sku, qty, reason, comment, price in session.execute(
        select(
            ReturnLine.id,
            ReturnLine.return_request_id,
            Product.sku,
            ReturnLine.quantity_expected,
            ReturnLine.reason,
            ReturnLine.customer_comment,
            ReturnLine.unit_price_cents,
        )
        .join(Product, Product.id == ReturnLine.product_id)
        .where(ReturnLine.return_request_id.in_(ids))
        .order_by(ReturnLine.id)
    ):
        line = by_id[lid] = _Line(sku, qty, reason, comment, price, [])
        out.setdefault(rid, []).append(line)
    for lid, grade, disposition, status in session.execute(
        select(Unit.return_line_id, Unit.grade, Unit.disposition, Unit.status)
        .where(Unit.return_request_id.in_(ids))
        .order_by(Unit.id)
    ):
        if lid in by_id:
            by_id[lid].units.append((grade, disposition, status))
    return out


def status_word(preset: Preset, status: str) -> str:
    table = preset.tables["status"]
    for theirs, ours in table.items():
        if ours == status and theirs:
            return theirs
    keep = [theirs for theirs, ours in table.items() if ours == KEEP]
    for theirs in keep:
        if theirs.lower() == status:
            return theirs
    return keep[0] if keep else status


def word_out(preset: Preset, table: str, ours: str) -> str:
    for theirs, mine in preset.tables[table].items():
        if mine == ours and theirs:
            return theirs
    return ours


def _results(preset: Preset, line: _Line) -> list[tuple[str, str]]:
    """(grade, disposition) in the platform's words for each unit of the line; the units that never came are
    missing."""
    out = []
    for grade, disposition, status in line.units:
        g = "missing" if status == "missing" else grade
        out.append((presets.grade_word(preset, g), presets.disposition_word(preset, disposition)))
    for _ in range(max(line.quantity - len(line.units), 0)):
        out.append(("", ""))
    return out


def _tally(words: list[str]) -> str:
    return "; ".join(f"{w}×{n}" for w, n in Counter(w for w in words if w).items())


def _rows(preset: Preset, head: dict[str, Any], lines: list[_Line]) -> Iterator[dict[str, Any]]:
    """One flat row per line (per unit for Loop) in our field names."""
    for line in lines:
        common = {
            **head,
            "sku": line.sku,
            "reason": word_out(preset, "reason", line.reason),
            "line_comment": line.comment or "",
            "unit_price": f"{line.price_cents // 100}.{line.price_cents % 100:02d}",
        }
        results = _results(preset, line)
        if preset.units:
            for grade, disposition in results:
                yield {**common, "quantity": 1, "grade": grade, "disposition": disposition}
        else:
            yield {
                **common,
                "quantity": line.quantity,
                "grades": _tally([g for g, _ in results]),
                "dispositions": _tally([d for _, d in results]),
            }


def _path(preset: Preset, our: str) -> str:
    if our in ("grade", "disposition", *RESULT_COLUMNS):
        return f"{preset.lines}.{our}"
    return preset.columns.get(our, our)


# --- writing ---
def _write_csv(
    handle: TextIO,
    preset: Preset,
    records: Iterator[tuple[dict[str, Any], list[_Line]]],
    report: ExportReport,
) -> None:
    header = columns(preset)
    writer = csv.DictWriter(handle, header, extrasaction="ignore")
    writer.writeheader()
    ours = [*preset.columns, *(("grade", "disposition") if preset.units else RESULT_COLUMNS)]
    for head, lines in records:
        report.requests += 1
        for row in _rows(preset, head, lines):
            flat: dict[str, Any] = {
                preset.csv_column(o) if o in preset.columns else _csv(preset, o): row.get(o, "") for o in ours
            }
            if preset.key != "ours":
                flat[preset.id] = head["platform_id"]
            # A file opened in a spreadsheet: a cell starting with = + - @ would run as a formula.
            writer.writerow({k: safe_cell(str(v)) if isinstance(v, str) else v for k, v in flat.items()})
            report.rows += 1


def _csv(preset: Preset, our: str) -> str:
    return f"{preset.lines}.{our}" if preset.prefixed else our


def _write_json(
    handle: TextIO,
    preset: Preset,
    records: Iterator[tuple[dict[str, Any], list[_Line]]],
    report: ExportReport,
) -> None:
    where = preset.records[0]
    parts = where.split(".") if where else []
    handle.write("".join(f'{{"{p}": ' for p in parts) + "[\n")
    first = True
    for head, lines in records:
        record: dict[str, Any] = {}
        if preset.key != "ours":
            _put(record, preset.id, head["platform_id"])
        for our, path in preset.columns.items():
            if not path.startswith(preset.line_prefix) and head.get(our) not in (None, ""):
                _put(record, path, head[our])
        items = []
        for row in _rows(preset, head, lines):
            item: dict[str, Any] = {}
            for our in (*preset.columns, "grade", "disposition", *RESULT_COLUMNS):
                path = _path(preset, our)
                if path.startswith(preset.line_prefix) and our in row and row[our] not in (None, ""):
                    _put(item, path[len(preset.line_prefix) :], row[our])
            items.append(item)
            report.rows += 1
        _put(record, preset.lines, items)
        handle.write(("" if first else ",\n") + json.dumps(record, ensure_ascii=False))
        first = False
        report.requests += 1
    handle.write("\n]" + "}" * len(parts) + "\n")


def _put(target: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted path ("order.name", "shipments.0.slug"), making the objects and lists on the way."""
    parts = path.split(".")
    here: Any = target
    for part, following in itertools.pairwise(parts):
        nxt: Any = [] if following.isdigit() else {}
        if isinstance(here, list):
            index = int(part)
            while len(here) <= index:
                here.append(nxt)
            here = here[index]
        else:
            here = here.setdefault(part, nxt)
    last = parts[-1]
    if isinstance(here, list):
        index = int(last)
        while len(here) <= index:
            here.append(None)
        here[index] = value
    else:
        here[last] = value
