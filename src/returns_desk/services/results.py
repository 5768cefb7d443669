"""Plain, immutable results that services hand to the GUI and the CLI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from returns_desk.domain.vocab import Role, ScanKind


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is doing something, and where."""

    user_id: int
    name: str
    badge: str
    role: Role
    station_id: int | None = None
    station_name: str | None = None


@dataclass(frozen=True, slots=True)
class UnitView:
    lpn: str
    status: str
    grade: str | None
    disposition: str | None
    destination: str | None


@dataclass(frozen=True, slots=True)
class LineView:
    line_id: int
    sku: str
    name: str
    gtin: str | None
    category: str
    quantity_expected: int
    quantity_received: int
    reason: str
    customer_comment: str | None
    unit_price_cents: int
    inside_window: bool
    units: tuple[UnitView, ...] = ()


@dataclass(frozen=True, slots=True)
class RequestView:
    request_id: int
    rma: str
    status: str
    version: int
    channel: str
    region: str
    order_number: str
    customer_name: str
    customer_email: str
    ordered_at: datetime
    delivered_at: datetime | None
    requested_at: datetime
    received_at: datetime | None
    customer_comment: str | None
    inside_window: bool
    lines: tuple[LineView, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = _jsonable(asdict(self))
        return out


@dataclass(frozen=True, slots=True)
class ProductView:
    sku: str
    name: str
    gtin: str | None
    category: str
    price_cents: int


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan resolved to. ``match`` is None when nothing in the database fits."""

    raw: str
    kind: ScanKind
    normalized: str
    carrier: str | None = None
    match: RequestView | None = None
    product: ProductView | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "normalized": self.normalized,
            "carrier": self.carrier,
            "match": self.match.to_json() if self.match else None,
        }
        if self.product is not None:
            out["product"] = _jsonable(asdict(self.product))
        if self.candidates:
            out["candidates"] = list(self.candidates)
        return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
