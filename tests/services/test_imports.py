"""Importing return requests: all or nothing, errors with file, line and field, --skip-bad with a reject file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from returns_desk.domain.errors import PermissionDenied
from returns_desk.services import auth, imports, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Customer, Event, Product, ReturnRequest

HEADER = (
    "rma_number,order_number,sku,quantity,reason,tracking_number,customer_email,customer_name,delivered_at\n"
)


def skus(db: Database, n: int = 2) -> list[str]:
    with unit_of_work(db.readers) as session:
        return list(session.scalars(select(Product.sku).order_by(Product.id).limit(n)))


def requests(db: Database) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(select(func.count()).select_from(ReturnRequest)) or 0)


def run_import(db: Database, path: Path, skip_bad: bool = False) -> imports.ImportReport:
    with unit_of_work(db.sessions) as session:
        actor = auth.system_actor(session, "IMPORT")
        return imports.import_file(session, actor, path, skip_bad=skip_bad)


def test_a_good_csv_imports_requests_that_scan(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    a, b = skus(db)
    path = tmp_path / "shopify.csv"
    path.write_text(
        HEADER
        + f"SHOP-5001,#9000001,{a},1,SIZE_TOO_SMALL,1Z5R89390357567127,ann@example.com,Ann,2026-11-01\n"
        + f"SHOP-5001,#9000001,{b},2,color,1Z5R89390357567127,ann@example.com,Ann,2026-11-01\n"
        + f"RMA-77000001,{seeded.order},{a},1,defective,,,,\n",
        encoding="utf-8",
    )
    report = run_import(db, path)
    assert (report.requests, report.lines, report.rejected_rows) == (2, 3, 0)
    with unit_of_work(db.readers) as session:
        by_tracking = receiving.resolve_scan(session, "1Z5R89390357567127").match
        imported_events = session.scalar(
            select(func.count()).select_from(Event).where(Event.kind == "return.imported")
        )
    assert by_tracking is not None
    assert by_tracking.rma == "SHOP-5001"
    assert [(line.sku, line.quantity_expected, line.reason) for line in by_tracking.lines] == [
        (a, 1, "size_too_small"),
        (b, 2, "color"),
    ]
    assert imported_events == 2
    with unit_of_work(db.readers) as session:
        ann = session.scalar(select(Customer).where(Customer.email == "ann@example.com"))
    assert ann is not None
    assert (ann.name, ann.name_key) == ("Ann", "ann")  # found by the Requests tab's search by name


def test_one_bad_row_rejects_the_whole_file(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    (a,) = skus(db, 1)
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + f"RMA-77000002,{seeded.order},{a},1,unwanted,,,,\n"
        + f"RMA-77000003,{seeded.order},NO-SUCH-SKU,1,unwanted,,,,\n"
        + f"RMA-77000004,{seeded.order},{a},zero,teleported,,,,\n",
        encoding="utf-8",
    )
    before = requests(db)
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    lines = [str(e) for e in info.value.errors]
    assert "bad.csv:3: sku: unknown SKU 'NO-SUCH-SKU'" in lines
    assert any(line.startswith("bad.csv:4: quantity:") for line in lines)
    assert any(
        line.startswith("bad.csv:4: reason: 'teleported' is not a Returns Desk reason") for line in lines
    )
    assert requests(db) == before


def test_skip_bad_imports_the_good_and_writes_rejects(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    (a,) = skus(db, 1)
    path = tmp_path / "mixed.csv"
    path.write_text(
        HEADER
        + f"RMA-77000005,{seeded.order},{a},1,unwanted,,,,\n"
        + f"RMA-77000006,{seeded.order},{a},1,unwanted,,,,\n"
        + f"RMA-77000006,{seeded.order},NOPE,1,unwanted,,,,\n"
        + f"RMA-77000007,#NOT-AN-ORDER-HERE,{a},1,unwanted,,,,\n",
        encoding="utf-8",
    )
    before = requests(db)
    report = run_import(db, path, skip_bad=True)
    assert (report.requests, report.rejected_rows) == (1, 3)
    assert requests(db) == before + 1
    assert report.reject_file is not None
    with open(report.reject_file, newline="", encoding="utf-8") as handle:
        rejects = list(csv.DictReader(handle))
    assert [r["line"] for r in rejects] == ["3", "4", "5"]
    assert rejects[0]["error"] == "another row of RMA-77000006 is bad"
    assert "unknown SKU" in rejects[1]["error"]
    assert "the customer's email is needed" in rejects[2]["error"]


def test_nested_json_and_its_errors(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    (a,) = skus(db, 1)
    good = {
        "returns": [
            {
                "rma_number": "LOOP-1",
                "order_number": "A-77",
                "customer_email": "x@example.com",
                "tracking_number": "9400 1112 0108 0805 4830 16",
                "lines": [{"sku": a, "quantity": 1, "reason": "style", "unit_price": "19.99"}],
            }
        ]
    }
    path = tmp_path / "loop.json"
    path.write_text(json.dumps(good), encoding="utf-8")
    assert run_import(db, path).requests == 1
    with unit_of_work(db.readers) as session:
        match = receiving.resolve_scan(session, "9400111201080805483016").match
    assert match is not None
    assert match.lines[0].unit_price_cents == 1999

    bad = {
        "returns": [{"rma_number": "LOOP-2", "order_number": "A-78", "lines": [{"sku": a, "quantity": -1}]}]
    }
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    fields = {(e.line, e.field) for e in info.value.errors}
    assert {("1.1", "quantity"), ("1.1", "reason"), ("1.1", "customer_email")} <= fields


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "loop.csv:1: header: the file is empty"),
        ("rma_number,sku\n", "loop.csv:1: order_number: column missing from the header"),
        (
            "rma_number,order_number,sku,quantity,reason\nA,B,C,1,unwanted,EXTRA\n",
            "loop.csv:2: row: more cells",
        ),
    ],
)
def test_malformed_csv_files_are_refused(db: Database, tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "loop.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    assert str(info.value.errors[0]).startswith(expected)


def test_broken_json_and_binary_files_are_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"returns": [', encoding="utf-8")
    with pytest.raises(imports.ImportRejected, match="not valid JSON"):
        run_import(db, path)
    path = tmp_path / "x.csv"
    path.write_bytes(b"\xff\xfe\x00\x00garbage")
    with pytest.raises(imports.ImportRejected, match="not UTF-8"):
        run_import(db, path)


def test_staff_cannot_import(db: Database, staff: Actor, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(PermissionDenied), unit_of_work(db.sessions) as session:
        imports.import_file(session, staff, path)
