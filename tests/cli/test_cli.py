"""The command line as scripts use it: a real process, a real SQLite file, JSON out, exit codes."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from returns_desk.services import analytics, auth, mail_sender
from returns_desk.services.mail_sender import MailSettings
from returns_desk.store.database import open_database
from returns_desk.store.db import unit_of_work


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RETURNS_DESK_DATA_DIR": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("RETURNS_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "returns_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def dock(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    home = tmp_path_factory.mktemp("cli")
    result = run("demo", "--rmas", "120", "--seed", "3", home=home)
    assert result.returncode == 0, result.stderr
    sample = json.loads(result.stdout.strip().splitlines()[-1])["sample"]
    return home, sample


def test_demo_prints_its_sample_as_the_last_json_line(dock: tuple[Path, dict[str, Any]]) -> None:
    home, sample = dock
    assert set(sample) == {
        "rma",
        "tracking",
        "order",
        "gtin",
        "badge",
        "supervisor_badge",
        "supervisor_pin",
        "admin_badge",
        "admin_pin",
    }
    assert (home / "returns-desk.sqlite3").exists()


def test_resolve_prints_json_and_exits_0_on_a_match(dock: tuple[Path, dict[str, Any]]) -> None:
    home, sample = dock
    result = run("resolve", sample["rma"], home=home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["kind"] == "rma"
    assert out["normalized"] == sample["rma"]
    assert out["match"]["rma"] == sample["rma"]
    assert out["match"]["status"] == "approved"
    line = out["match"]["lines"][0]
    assert line["units"] == []
    tracking = json.loads(run("resolve", sample["tracking"], home=home).stdout)
    assert tracking["kind"] == "tracking"
    assert tracking["match"]["rma"] != sample["rma"]


def test_resolve_exits_3_on_no_match_and_2_on_misuse(dock: tuple[Path, dict[str, Any]]) -> None:
    home, _ = dock
    none = run("resolve", "NOT-A-THING", home=home)
    assert none.returncode == 3
    assert json.loads(none.stdout) == {
        "kind": "unknown",
        "normalized": "NOT-A-THING",
        "carrier": None,
        "match": None,
    }
    assert run("resolve", home=home).returncode == 2


def test_import_reports_file_line_field_and_exits_1(
    dock: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    home, sample = dock
    path = tmp_path / "in.csv"
    path.write_text(
        f"rma_number,order_number,sku,quantity,reason\nRMA-66000001,{sample['order']},NOPE,1,unwanted\n",
        encoding="utf-8",
    )
    result = run("import", str(path), home=home)
    assert result.returncode == 1
    assert f"{path}:2: sku: unknown SKU 'NOPE'" in result.stderr.splitlines()
    assert run("resolve", "RMA-66000001", home=home).returncode == 3
    skipped = run("import", str(path), "--skip-bad", home=home)
    assert skipped.returncode == 0
    assert (tmp_path / "in.rejects.csv").exists()


def test_db_current_and_upgrade(dock: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    home, _ = dock
    assert "up to date" in run("db", "current", home=home).stdout
    fresh = tmp_path / "fresh.sqlite3"
    assert "empty" in run("--db", str(fresh), "db", "current", home=home).stdout
    assert "up to date" in run("--db", str(fresh), "db", "upgrade", home=home).stdout


def test_an_unreachable_database_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = run("--db", "postgresql://nobody@127.0.0.1:1/x", "resolve", "RMA-1", home=tmp_path)
    assert result.returncode == 1
    assert "Cannot reach the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_decode_prints_one_json_line_per_file_in_one_process(tmp_path: Path) -> None:
    from returns_desk.barcodes.labels import LabelSize, plate_label

    good = tmp_path / "plate.png"
    plate_label("LP0000000017", 203, LabelSize.TWO_BY_ONE).save(good)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture", encoding="utf-8")
    result = run("decode", str(good), str(bad), str(tmp_path / "gone.png"), home=tmp_path)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(good), str(bad), str(tmp_path / "gone.png")]
    assert [(c["text"], c["symbology"]) for c in lines[0]["codes"]] == [("LP0000000017", "code128")]
    assert "not an image we read" in lines[1]["error"]
    assert "no such file" in lines[2]["error"]
    assert result.returncode == 1
    assert not (tmp_path / "returns-desk.sqlite3").exists()  # decoding needs no database


def test_label_renders_a_unit_tag_and_reserved_plates(
    dock: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    home, _ = dock
    import sqlite3

    with sqlite3.connect(home / "returns-desk.sqlite3") as conn:
        (lpn,) = conn.execute("SELECT lpn FROM units WHERE disposition IS NOT NULL LIMIT 1").fetchone()
    out = tmp_path / "tag.png"
    result = run("label", "--lpn", lpn, "--dpi", "300", "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    decoded = json.loads(run("decode", str(out), home=home).stdout)
    assert lpn in [c["text"] for c in decoded["codes"]]

    sheet = tmp_path / "plates.pdf"
    first = run("label", "--blank", "3", "--out", str(sheet), home=home)
    second = run("label", "--blank", "2", "--out", str(tmp_path / "more.pdf"), home=home)
    assert first.returncode == second.returncode == 0
    assert "3 plates LP5000000005 to LP5000000029" in first.stdout
    assert "2 plates LP5000000036 to" in second.stdout  # never the same plate twice
    assert (
        "Pages:           3" in subprocess.run(["pdfinfo", str(sheet)], capture_output=True, text=True).stdout
    )


def test_label_refuses_a_misread_plate(dock: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    home, _ = dock
    result = run("label", "--lpn", "LP0000000018", "--out", str(tmp_path / "x.png"), home=home)
    assert result.returncode == 1
    assert "not a license plate" in result.stderr


def test_mail_send_and_password_say_what_is_missing_and_keep_the_password_out_of_the_database(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    assert run("demo", "--rmas", "20", home=home).returncode == 0
    off = run("mail", "send", home=home)
    assert off.returncode == 1
    assert "e-mail is turned off" in off.stderr
    assert "set the SMTP user" in run("mail", "password", home=home).stderr
    database = open_database(f"sqlite:///{home / 'returns-desk.sqlite3'}")
    try:
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, "CLI-TEST")
            mail_sender.save_settings(session, actor, MailSettings(host="127.0.0.1", user="mailer"))
    finally:
        database.close()
    env = {
        **os.environ,
        "RETURNS_DESK_DATA_DIR": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # a machine with no keyring
    }
    env.pop("RETURNS_DESK_DB", None)
    kept = subprocess.run(
        [sys.executable, "-m", "returns_desk", "mail", "password"],
        input="s3cret\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert kept.returncode == 0, kept.stderr
    secret = home / "smtp-password"
    assert secret.read_text(encoding="utf-8") == "s3cret"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert b"s3cret" not in (home / "returns-desk.sqlite3").read_bytes()


def test_import_sales_checks_first_then_adds_the_orders_once(
    dock: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    home, _ = dock
    database = open_database(f"sqlite:///{home / 'returns-desk.sqlite3'}")
    try:
        with database.engine.connect() as conn:
            sku = conn.execute(text("SELECT sku FROM products ORDER BY id LIMIT 1")).scalar_one()
            lines_before = conn.execute(text("SELECT count(*) FROM order_lines")).scalar_one()
    finally:
        database.close()
    path = tmp_path / "sales.csv"
    header = "order_number,ordered_at,customer_email,sku,quantity\n"
    path.write_text(
        header + f"CLI-1,2026-03-04,a@example.com,{sku},2\nCLI-2,2026-03-05,b@example.com,NOPE,1\n"
    )
    refused = run("import-sales", str(path), home=home)
    assert refused.returncode == 1
    assert f"{path}:3: sku: unknown SKU 'NOPE'" in refused.stderr.splitlines()
    assert f"{path}: rejected, nothing was imported (1 problem(s))." in refused.stderr
    path.write_text(
        header + f"CLI-1,2026-03-04,a@example.com,{sku},2\nCLI-2,2026-03-05,b@example.com,{sku},1\n"
    )
    done = run("import-sales", str(path), home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{path}: 2 order line(s) imported (2 new order(s), 2 new customer(s))."
    again = run("import-sales", str(path), home=home)
    assert again.stdout.strip().endswith("; 2 already there.")
    database = open_database(f"sqlite:///{home / 'returns-desk.sqlite3'}")
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM order_lines")).scalar_one() == lines_before + 2
    finally:
        database.close()


def test_report_prints_writes_csv_and_pdf_with_the_dashboards_numbers(
    dock: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    home, _ = dock
    end = datetime.now(UTC).date()
    start = end - timedelta(days=200)
    out = tmp_path / "figures.csv"
    result = run("report", "--from", start.isoformat(), "--to", end.isoformat(), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    database = open_database(f"sqlite:///{home / 'returns-desk.sqlite3'}")
    try:
        with database.engine.connect() as conn:
            figures = analytics.dashboard(
                conn, analytics.Scope(start, end), "USD", source="rows", with_themes=True
            )
    finally:
        database.close()
    with out.open(newline="", encoding="utf-8") as handle:
        written = [row for row in csv.reader(handle) if row[0] != "figure"]
    expected = [[f.name, *(str(v) for v in row)] for f in figures for row in f.rows]
    assert sorted(written) == sorted(expected)
    printed = run("report", "--rebuild", home=home)
    assert printed.returncode == 0
    assert "The analytics cube was filled again from the rows" in printed.stdout
    assert "Return rate by product" in printed.stdout
    pdf = tmp_path / "report.pdf"
    made = run("report", "--out", str(pdf), home=home)
    assert made.returncode == 0, made.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           8" in info
    wrong = run("report", "--out", str(tmp_path / "report.xlsx"), home=home)
    assert wrong.returncode == 1
    assert "written as .csv or .pdf" in wrong.stderr
