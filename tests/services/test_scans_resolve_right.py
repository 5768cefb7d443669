"""Scans that once resolved wrong: platform RMAs in any format, and USPS labels read with their routing ZIP."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from returns_desk.domain.scancodes import classify, gs1_check_digit
from returns_desk.domain.vocab import ScanKind
from returns_desk.services import auth, imports, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Order, Product, ReturnRequest

HEADER = "rma_number,order_number,sku,quantity,reason,tracking_number,customer_email,customer_name\n"


def import_rows(db: Database, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "platform.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    with unit_of_work(db.sessions) as session:
        imports.import_file(session, auth.system_actor(session, "IMPORT"), path)


def resolve(db: Database, code: str) -> receiving.ScanResult:
    with unit_of_work(db.readers) as session:
        return receiving.resolve_scan(session, code)


def test_a_stored_rma_wins_whatever_its_format(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    with unit_of_work(db.readers) as session:
        sku = session.scalars(select(Product.sku).order_by(Product.id)).first()
    import_rows(
        db,
        tmp_path,
        [
            f"5551234,#8100001,{sku},1,color,,a@example.com,A",
            f"SHOP-RET-1001,#8100002,{sku},1,color,,b@example.com,B",
            f"R#77/12,#8100003,{sku},1,color,,c@example.com,C",
        ],
    )
    for code, rma in (("5551234", "5551234"), ("SHOP-RET-1001", "SHOP-RET-1001"), ("R#77/12", "R#77/12")):
        result = resolve(db, code)
        assert result.match is not None, code
        assert (result.kind, result.match.rma) == (ScanKind.RMA, rma)
    # Typed in small letters, or read with a scanner's AIM prefix: the same return.
    assert resolve(db, "shop-ret-1001").match is not None
    assert resolve(db, "]C0R#77/12").match is not None


def test_an_rma_that_is_also_another_returns_order_number_is_shown_as_a_choice(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    with unit_of_work(db.readers) as session:
        sku = session.scalars(select(Product.sku).order_by(Product.id)).first()
        other = session.execute(
            select(Order.order_number, ReturnRequest.rma_number)
            .join(ReturnRequest, ReturnRequest.order_id == Order.id)
            .order_by(ReturnRequest.id)
            .limit(1)
        ).one()
    # A platform whose RMAs are plain numbers: this one is also the order number of another return.
    import_rows(db, tmp_path, [f"{other.order_number},#8200001,{sku},1,color,,d@example.com,D"])
    result = resolve(db, other.order_number)
    assert result.match is None
    assert set(result.candidates) == {other.order_number, other.rma_number}


def test_a_usps_label_read_with_its_routing_zip_and_group_separator_finds_the_parcel(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    tracking = "92" + "0559017554770000001"  # USPS IMpb: 22 digits with its GS1 check digit
    tracking = tracking + str(gs1_check_digit(tracking))
    assert len(tracking) == 22
    with unit_of_work(db.readers) as session:
        sku = session.scalars(select(Product.sku).order_by(Product.id)).first()
    import_rows(db, tmp_path, [f"RMA-88000001,#8300001,{sku},1,color,{tracking},e@example.com,E"])
    for raw in (
        f"]C1420021381234\x1d{tracking}",  # ZIP+4
        f"]C142002138\x1d{tracking}",  # ZIP5
        f"420021381234\x1d{tracking}",  # no AIM identifier
        tracking,
    ):
        assert classify(raw)[0].kind is ScanKind.TRACKING, raw
        result = resolve(db, raw)
        assert result.match is not None, repr(raw)
        assert result.match.rma == "RMA-88000001"
