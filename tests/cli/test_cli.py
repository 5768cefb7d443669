"""The command line as scripts use it: a real process, a real SQLite file, JSON out, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


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
    assert set(sample) == {"rma", "tracking", "order", "gtin", "badge", "supervisor_badge", "supervisor_pin"}
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
