"""The integration commands as IT or a supervisor types them: a platform's export recognised and imported (and a
word taught to its preset), an export in its words, a watched folder, carrier tracking and the inbound figures,
webhook endpoints. Each checks what the database holds afterwards."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import run

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("integrations")
    result = run("demo", "--rmas", "60", "--seed", "5", home=home)
    assert result.returncode == 0, result.stderr
    return home


def db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "returns-desk.sqlite3")


def loop_export(home: Path, folder: Path, reason: str = "Damaged or defective") -> Path:
    """The Loop sample with this demo's SKUs (the demo's catalogue is its own)."""
    with db(home) as conn:
        skus = [r[0] for r in conn.execute("SELECT sku FROM products ORDER BY id LIMIT 2")]
    text = (DATA / "imports" / "loop.csv").read_text(encoding="utf-8")
    text = text.replace("APP-00008", skus[0]).replace("HOM-00011", skus[1])
    path = folder / "loop-returns.csv"
    path.write_text(text.replace("Damaged or defective", reason), encoding="utf-8")
    return path


def test_a_platform_export_is_recognised_and_a_word_is_taught(home: Path, tmp_path: Path) -> None:
    path = loop_export(home, tmp_path, reason="Smells odd")
    refused = run("import", str(path), home=home)
    assert refused.returncode == 1
    assert f"{path}:4: line_items.parent_return_reason: 'Smells odd' is not a Loop reason" in refused.stderr
    assert "rejected, nothing was imported (1 problem(s))" in refused.stderr
    taught = run("import-map", "loop", "reason", "Smells odd", "defective", home=home)
    assert taught.returncode == 0, taught.stderr
    done = run("import", str(path), home=home)
    assert done.returncode == 0, done.stderr
    assert f"{path}: recognised as Loop." in done.stdout
    assert "imported 2 new return request(s), updated 0, 0 unchanged; 2 line(s)." in done.stdout
    with db(home) as conn:
        held = dict(
            conn.execute("SELECT platform_id, status FROM return_requests WHERE platform = 'loop'").fetchall()
        )
        reasons = {
            r[0]
            for r in conn.execute(
                "SELECT l.reason FROM return_lines l JOIN return_requests r ON r.id = l.return_request_id "
                "WHERE r.platform_id = '12345679'"
            )
        }
    assert held["12345678"] == "approved"
    assert reasons == {"defective"}
    again = run("import", str(path), "--from", "loop", home=home)
    assert "read as Loop." in again.stdout
    assert "imported 0 new return request(s), updated 0, 2 unchanged" in again.stdout

    out = tmp_path / "loop-out.csv"
    exported = run(
        "export",
        "--format",
        "loop",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        str(out),
        home=home,
    )
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id"] for r in rows} >= {"12345678", "12345679"}
    assert {"line_items.grade", "line_items.disposition"} <= set(rows[0])
    assert not (tmp_path / "loop-out.csv.part").exists()


def test_the_watched_folder_tracking_inbound_and_webhooks(home: Path, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    export = (DATA / "imports" / "aftership.json").read_text(encoding="utf-8")
    with db(home) as conn:
        skus = [r[0] for r in conn.execute("SELECT sku FROM products ORDER BY id LIMIT 3")]
    for old, new in zip(("BEA-00003", "HOM-00005", "HOM-00012"), skus, strict=True):
        export = export.replace(old, new)
    (drop / "aftership.json").write_text(export, encoding="utf-8")
    watched = run("import-watch", str(drop), "--once", home=home)
    assert watched.returncode == 0, watched.stderr
    assert "aftership.json: read as AfterShip Returns. Imported 2 new return request(s)" in watched.stdout
    assert (drop / "done" / "aftership.json").exists()

    tracked = run("import-tracking", str(DATA / "tracking" / "aftership-webhooks.json"), home=home)
    assert tracked.returncode == 0, tracked.stderr
    # Of the sample's parcels, AfterShip's A1B2C3D4 (and Loop's, when its test ran first) are in this database.
    assert "new checkpoint(s) (0 known already) for" in tracked.stdout
    assert "checkpoint(s) of parcels that are not returns" in tracked.stdout
    with db(home) as conn:
        stage = conn.execute(
            "SELECT stage FROM tracking_numbers WHERE tracking_number = '1Z5R89390357567127'"
        ).fetchone()[0]
    assert stage == "returned_to_sender"
    inbound = run("inbound", "--zone", "ups", "Dock C", "--sweep", home=home)
    assert inbound.returncode == 0, inbound.stderr
    assert "returned to sender" in inbound.stdout
    assert "exception case(s) opened for stalled parcels" in inbound.stdout
    with db(home) as conn:
        zones = json.loads(
            conn.execute("SELECT value FROM settings WHERE key = 'carrier_zones'").fetchone()[0]
        )
        case = conn.execute(
            "SELECT count(*) FROM exceptions WHERE kind = 'parcel_trouble' AND scanned_code = '1Z5R89390357567127'"
        ).fetchone()[0]
    assert zones["ups"] == "Dock C"
    assert case == 1

    added = run("webhooks", "add", "erp", "http://127.0.0.1:9/hooks", "--kinds", "return.*", home=home)
    assert added.returncode == 0, added.stderr
    listed = run("webhooks", "list", home=home)
    assert listed.stdout.startswith("erp\thttp://127.0.0.1:9/hooks\treturn.*\ton\t")
    sent = run("webhooks", "send", home=home)
    assert sent.returncode == 0
    assert "Webhooks: 0 delivered" in sent.stdout  # nobody listens there: the deliveries wait
    with db(home) as conn:
        row: Any = conn.execute("SELECT secret FROM webhook_endpoints WHERE name = 'erp'").fetchone()
    assert row[0] in added.stdout
