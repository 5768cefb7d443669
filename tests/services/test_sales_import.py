"""Importing sales: order lines checked first, all or nothing, --skip-bad with a reject file, idempotent, and the
return-rate figures counting them at once (the cube equals the rows after the import)."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import PermissionDenied
from returns_desk.services import analytics, sales_import
from returns_desk.services.demo import DemoSample
from returns_desk.services.import_rows import ImportRejected
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Customer, Event, Order, OrderLine, Product

HEADER = "order_number,ordered_at,customer_email,sku,quantity,unit_price,channel,region,customer_name\n"
TODAY = datetime.now(UTC).date()


def day(ago: int) -> str:
    return (TODAY - timedelta(days=ago)).isoformat()


def skus(db: Database, n: int = 2) -> list[str]:
    with unit_of_work(db.readers) as session:
        return list(session.scalars(select(Product.sku).order_by(Product.id).limit(n)))


def counts(db: Database) -> tuple[int, int, int]:
    with unit_of_work(db.readers) as session:
        return (
            int(session.scalar(select(func.count()).select_from(Order)) or 0),
            int(session.scalar(select(func.count()).select_from(OrderLine)) or 0),
            int(session.scalar(select(func.count()).select_from(Customer)) or 0),
        )


def run(
    db: Database,
    actor: Actor,
    path: Path,
    skip_bad: bool = False,
    seen: list[tuple[str, int, int]] | None = None,
) -> sales_import.SalesReport:
    with unit_of_work(db.sessions) as session:
        return sales_import.import_sales(
            session,
            actor,
            path,
            skip_bad=skip_bad,
            progress=(lambda *a: seen.append(a)) if seen is not None else None,
        )


def test_a_sales_file_adds_orders_and_the_return_rates_count_them(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    a, b = skus(db)
    path = tmp_path / "sales.csv"
    path.write_text(
        HEADER
        + f"S-1001,{day(20)},Mia@Example.com,{a},2,19.99,marketplace,KR-11,Mia\n"
        + f"S-1001,{day(20)},Mia@Example.com,{b},1,,marketplace,KR-11,Mia\n"
        + f"S-1002,{day(10)}T09:30:00Z,mia@example.com,{a},3,18.50,marketplace,KR-11,Mia\n"
        + f"S-1003,{day(5)},joe@example.com,{b},1,5,store,,\n",
        encoding="utf-8",
    )
    before = counts(db)
    with db.engine.connect() as conn:
        sold_before = analytics.read_cube(conn, analytics.Scope(TODAY - timedelta(days=30), TODAY)).cells[
            "sold"
        ]
    seen: list[tuple[str, int, int]] = []
    report = run(db, supervisor, path, seen=seen)
    assert (report.orders, report.lines, report.customers, report.unchanged) == (3, 4, 2, 0)
    assert counts(db) == (before[0] + 3, before[1] + 4, before[2] + 2)
    assert seen[-1] == ("writing", 3, 3)
    assert ("checking", 4, 4) in seen
    with unit_of_work(db.readers) as session:
        orders = {
            o.order_number: o
            for o in session.scalars(
                select(Order).where(Order.order_number.in_(["S-1001", "S-1002", "S-1003"]))
            )
        }
        lines = session.execute(
            select(Order.order_number, Product.sku, OrderLine.quantity, OrderLine.unit_price_cents)
            .join(Order, Order.id == OrderLine.order_id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(Order.order_number.like("S-100%"))
            .order_by(Order.order_number, Product.sku)
        ).all()
        price_b = session.scalar(select(Product.price_cents).where(Product.sku == b))
        mia = session.scalar(select(Customer).where(Customer.email == "mia@example.com"))
        event = session.scalar(select(Event).where(Event.kind == "sales.imported"))
    assert sorted(lines) == sorted(
        [("S-1001", a, 2, 1999), ("S-1001", b, 1, price_b), ("S-1002", a, 3, 1850), ("S-1003", b, 1, 500)]
    )
    assert mia is not None
    assert (mia.name, mia.name_key, mia.region) == ("Mia", "mia", "KR-11")
    assert orders["S-1001"].customer_id == orders["S-1002"].customer_id == mia.id
    assert (orders["S-1001"].channel, orders["S-1003"].channel, orders["S-1003"].region) == (
        "marketplace",
        "store",
        "unknown",
    )
    # Oldest first, so the second order of a new customer sees the first one.
    assert (orders["S-1001"].segment, orders["S-1002"].segment) == ("first", "repeat")
    assert event is not None
    assert event.payload["lines"] == 4  # type: ignore[index]
    scope = analytics.Scope(TODAY - timedelta(days=30), TODAY)
    with db.engine.connect() as conn:
        cube, rows = analytics.read_cube(conn, scope), analytics.read_rows(conn, scope)
    assert cube.cells == rows.cells
    sold = sum(v[0] for v in cube.cells["sold"].values()) - sum(v[0] for v in sold_before.values())
    assert sold == 2 + 1 + 3 + 1

    again = run(db, supervisor, path)
    assert (again.orders, again.lines, again.unchanged) == (0, 0, 4)
    assert counts(db) == (before[0] + 3, before[1] + 4, before[2] + 2)


def test_json_orders_with_lines(db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path) -> None:
    a, b = skus(db)
    path = tmp_path / "sales.json"
    path.write_text(
        json.dumps(
            {
                "orders": [
                    {
                        "order_number": "J-1",
                        "ordered_at": day(3),
                        "customer_email": "kim@example.com",
                        "channel": "web",
                        "lines": [{"sku": a, "quantity": 1}, {"sku": b, "quantity": 4, "unit_price": "9.99"}],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    report = run(db, supervisor, path)
    assert (report.orders, report.lines) == (1, 2)


def test_one_bad_row_imports_nothing_and_says_where(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    a, b = skus(db)
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + f"B-1,{day(3)},ann@example.com,{a},1,,web,,\n"
        + f"B-2,{day(3)},ann@example.com,NOPE-1,1,,web,,\n"
        + f"B-3,yesterday,ann,{a},0,-1,fax,,\n"
        + f"B-4,{day(3)},ann@example.com,{a},1,,web,,\n"
        + f"B-4,{day(4)},ann@example.com,{b},1,,store,,\n"
        + f"B-5,{day(3)},ann@example.com,{a},1,,web,,\n"
        + f"B-5,{day(3)},ann@example.com,{a},2,,web,,\n",
        encoding="utf-8",
    )
    before = counts(db)
    with pytest.raises(ImportRejected) as info:
        run(db, supervisor, path)
    said = [str(e) for e in info.value.errors]
    assert "bad.csv:3: sku: unknown SKU 'NOPE-1'" in said
    assert any(s.startswith("bad.csv:4: quantity: '0' is not a whole number") for s in said)
    assert any(s.startswith("bad.csv:4: ordered_at: 'yesterday' is not an ISO 8601") for s in said)
    assert any(s.startswith("bad.csv:4: customer_email: 'ann' is not an e-mail address") for s in said)
    assert any(s.startswith("bad.csv:4: unit_price: '-1'") for s in said)
    assert any(s.startswith("bad.csv:4: channel: 'fax' is not a channel") for s in said)
    assert "bad.csv:6: ordered_at, channel: differs from line 5 of order B-4" in said
    assert f"bad.csv:8: sku: {a} is given twice for order B-5 (line 7)" in said
    assert not any(":2:" in s for s in said)
    assert counts(db) == before

    report = run(db, supervisor, path, skip_bad=True)
    assert (report.orders, report.lines, report.rejected_rows) == (1, 1, 6)
    assert counts(db)[:2] == (before[0] + 1, before[1] + 1)
    assert report.reject_file is not None
    with open(report.reject_file, newline="", encoding="utf-8") as handle:
        rejects = list(csv.DictReader(handle))
    assert [r["line"] for r in rejects] == ["3", "4", "5", "6", "7", "8"]
    assert rejects[2]["error"] == "another row of order B-4 is bad"
    assert rejects[2]["sku"] == a


def test_an_order_a_return_import_made_gets_its_other_lines(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    with unit_of_work(db.readers) as session:
        order = session.scalar(select(Order).where(Order.order_number == seeded.order))
        assert order is not None
        email = session.scalar(select(Customer.email).where(Customer.id == order.customer_id))
        held = dict(
            session.execute(
                select(Product.sku, OrderLine.quantity)
                .join(Product, Product.id == OrderLine.product_id)
                .where(OrderLine.order_id == order.id)
            ).all()
        )
    sku, qty = next(iter(held.items()))
    other = next(s for s in skus(db, 50) if s not in held)
    good = tmp_path / "more.csv"
    good.write_text(
        HEADER
        + f"{seeded.order},{day(30)},{str(email).upper()},{sku},{qty},,web,,\n"
        + f"{seeded.order},{day(30)},{str(email).upper()},{other},1,,web,,\n",
        encoding="utf-8",
    )
    before = counts(db)
    report = run(db, supervisor, good)
    assert (report.orders, report.lines, report.unchanged) == (0, 1, 1)
    assert counts(db)[:2] == (before[0], before[1] + 1)

    wrong = tmp_path / "wrong.csv"
    wrong.write_text(
        HEADER
        + f"{seeded.order},{day(30)},{email},{sku},{qty + 1},,web,,\n"
        + f"{seeded.order},{day(30)},{email},{other},1,,web,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as info:
        run(db, supervisor, wrong)
    assert [str(e) for e in info.value.errors] == [
        f"wrong.csv:2: quantity: order {seeded.order} already has {qty} of {sku}; the file says {qty + 1}"
    ]
    stranger = tmp_path / "stranger.csv"
    stranger.write_text(HEADER + f"{seeded.order},{day(30)},someone@else.example,{sku},{qty},,web,,\n")
    with pytest.raises(ImportRejected) as info:
        run(db, supervisor, stranger)
    assert [e.field for e in info.value.errors] == ["customer_email"]


def test_only_a_supervisor_imports_sales(
    db: Database, seeded: DemoSample, staff: Actor, tmp_path: Path
) -> None:
    (a,) = skus(db, 1)
    path = tmp_path / "sales.csv"
    path.write_text(HEADER + f"P-1,{day(1)},x@example.com,{a},1,,,,\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        run(db, staff, path)


def test_a_file_without_the_required_columns_names_them(
    db: Database, seeded: DemoSample, supervisor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "returns.csv"
    path.write_text("rma_number,order_number,sku,quantity,reason\nR-1,O-1,X,1,color\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        run(db, supervisor, path)
    assert [str(e) for e in info.value.errors] == [
        "returns.csv:1: ordered_at: column missing from the header",
        "returns.csv:1: customer_email: column missing from the header",
    ]
