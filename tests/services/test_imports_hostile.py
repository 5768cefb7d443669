"""Imports that once lost rows or crashed: broken structure, hostile values, and limits the schema sets.

Each bad file is refused whole with ``FILE:LINE: FIELD: message`` and leaves the database as it was, the same on
SQLite and PostgreSQL (which refuses over-long text and NUL characters that SQLite would store).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from returns_desk.services import auth, imports
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Product, ReturnRequest

HEADER = (
    "rma_number,order_number,sku,quantity,reason,tracking_number,customer_email,customer_name,delivered_at"
)


def sku(db: Database) -> str:
    with unit_of_work(db.readers) as session:
        found = session.scalars(select(Product.sku).order_by(Product.id)).first()
    assert found is not None
    return found


def requests(db: Database) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(select(func.count()).select_from(ReturnRequest)) or 0)


def refused(db: Database, path: Path) -> list[str]:
    """Import the file expecting a refusal; the errors as a person reads them. Nothing may have been written."""
    before = requests(db)
    with pytest.raises(imports.ImportRejected) as caught, unit_of_work(db.sessions) as session:
        imports.import_file(session, auth.system_actor(session, "IMPORT"), path)
    assert requests(db) == before
    return [str(e) for e in caught.value.errors]


def csv_file(tmp_path: Path, text: str, name: str = "returns.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unclosed_quote_rejects_the_file_naming_its_line(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    s = sku(db)
    rows = [f"X-{i},#71000{i},{s},1,color,,c{i}@example.com,C,2026-11-01" for i in range(5)]
    rows[1] = f'X-1,#710001,{s},1,color,,c1@example.com,"Casey, 2026-11-01'  # the quote never closes
    errors = refused(db, csv_file(tmp_path, HEADER + "\n" + "\n".join(rows) + "\n"))
    assert errors == ["returns.csv:3: file: broken CSV: a quote opened on this line is never closed"]


def test_a_column_named_twice_is_an_error(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    s = sku(db)
    text = HEADER + ",quantity\n" + f"X-1,#7200001,{s},1,color,,a@example.com,A,2026-11-01,5\n"
    assert refused(db, csv_file(tmp_path, text)) == [
        "returns.csv:1: quantity: column named twice in the header"
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("quantity", "١٠", "is not a whole number from 1 to 1000"),
        ("quantity", "５", "is not a whole number from 1 to 1000"),
        ("quantity", "9" * 5000, "is not a whole number from 1 to 1000"),
        ("unit_price", "Infinity", "is not an amount like 49.99"),
        ("unit_price", "1e400", "is not an amount like 49.99"),
        ("unit_price", "NaN", "is not an amount like 49.99"),
        ("unit_price", "99999999999.99", "is not an amount like 49.99"),
        ("delivered_at", "0001-01-01", "is not an ISO 8601 date or time from 1990 to 2099"),
        ("delivered_at", "9999-12-31T23:59:59+00:00", "is not an ISO 8601 date or time from 1990 to 2099"),
        ("rma_number", "R" * 65, "65 characters; at most 64"),
        ("customer_name", "N" * 201, "201 characters; at most 200"),
        ("tracking_number", "T" * 41, "41 characters; at most 40"),
        ("line_comment", "x" * 4001, "4,001 characters; at most 4,000"),
        ("line_comment", "torn\x00box", "holds a control character"),
    ],
)
def test_hostile_values_are_refused_before_anything_is_written(
    db: Database, seeded: DemoSample, tmp_path: Path, field: str, value: str, message: str
) -> None:
    row = {
        "rma_number": "X-9",
        "order_number": "#7300001",
        "sku": sku(db),
        "quantity": "1",
        "reason": "color",
        "customer_email": "h@example.com",
        "customer_name": "H",
        "unit_price": "10.00",
        "line_comment": "",
        "tracking_number": "",
        "delivered_at": "2026-11-01",
        field: value,
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([row]), encoding="utf-8")
    errors = refused(db, path)
    assert any(e.startswith(f"hostile.json:1: {field}: ") and message in e for e in errors), errors


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('[{"quantity": ' + "9" * 5000 + "}]", "not valid JSON"),
        ('[{"rma_number": "A", "rma_number": "B"}]', "key given twice"),
        (
            '[{"rma_number": {"nested": 1}, "order_number": "1", "sku": "x", "quantity": 1, "reason": "color"}]',
            "must be text or a number",
        ),
    ],
)
def test_hostile_json_is_a_message_not_a_traceback(
    db: Database, seeded: DemoSample, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    errors = refused(db, path)
    assert any(message in e for e in errors), errors
    assert all(e.startswith("hostile.json:") for e in errors)


def test_one_tracking_number_on_two_returns_is_refused(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    s = sku(db)
    text = (
        HEADER
        + "\n"
        + f"X-1,#7400001,{s},1,color,1Z5R89390357567127,a@example.com,A,2026-11-01\n"
        + f"X-2,#7400002,{s},1,color,1Z5R89390357567127,b@example.com,B,2026-11-01\n"
    )
    errors = refused(db, csv_file(tmp_path, text))
    # The file is read as a stream: the second return to give the number is the one refused, naming the first.
    assert errors == ["returns.csv:3: tracking_number: 1Z5R89390357567127 is also given for X-1"]


def test_the_rejects_file_cannot_run_formulas(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    s = sku(db)
    text = (
        HEADER
        + ",line_comment\n"
        + f"X-1,#7500001,{s},1,color,,a@example.com,A,2026-11-01,fine\n"
        + f'X-2,#7500002,{s},0,color,,b@example.com,=HYPERLINK("http://x"),2026-11-01,@SUM(A1)\n'
    )
    path = csv_file(tmp_path, text)
    with unit_of_work(db.sessions) as session:
        report = imports.import_file(session, auth.system_actor(session, "IMPORT"), path, skip_bad=True)
    assert (report.requests, report.rejected_rows) == (1, 1)
    assert report.reject_file is not None
    with open(report.reject_file, encoding="utf-8", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert rejected[0]["customer_name"] == '\'=HYPERLINK("http://x")'
    assert rejected[0]["line_comment"] == "'@SUM(A1)"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rejected for cell in row.values())
