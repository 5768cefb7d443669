"""``returns-desk self-test``: one JSON object naming each check, exit 0 only when all of them pass."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from returns_desk import cli

CHECKS = {"database", "migrations", "barcodes", "pdf", "qt", "fonts", "translations"}


def self_test(env: dict[str, str]) -> tuple[int, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "returns_desk", "self-test"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


def test_a_working_copy_passes_every_check_and_leaves_the_database_alone(tmp_path: Path) -> None:
    base = {"RETURNS_DESK_DATA_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code, result = self_test({**base, "RETURNS_DESK_DB": ""})
    assert code == 0, result
    checks = result["checks"]
    assert isinstance(checks, dict)
    assert set(checks) == CHECKS
    assert all(c["ok"] for c in checks.values()), checks
    assert "not created yet" in checks["database"]["detail"]
    assert not (tmp_path / "returns-desk.sqlite3").exists()  # a check creates nothing
    assert "LP1234567895" in checks["barcodes"]["detail"]


def test_an_unreachable_database_fails_its_check_and_the_exit_code(tmp_path: Path) -> None:
    code, result = self_test(
        {
            "RETURNS_DESK_DATA_DIR": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "RETURNS_DESK_DB": "postgresql://nobody@127.0.0.1:1/none",
        }
    )
    assert code == cli.EXIT_ERROR
    checks = result["checks"]
    assert isinstance(checks, dict)
    assert checks["database"]["ok"] is False
    assert "OperationalError" in checks["database"]["detail"]
    assert checks["migrations"]["ok"] is True  # the others still run and say so
    assert result["ok"] is False
