"""End to end: the app as a real process in a real X window (Xvfb), driven like a scanner with xdotool.

Badge and label are typed at scanner speed (a few ms a key, then Enter) into whatever has focus; then `1` and
Enter. The unit must be graded A and routed to restock in the database, and a screenshot is kept. The test starts
its own Xvfb; the test command installs xvfb and xdotool on Debian/Ubuntu (CI fails without them).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import ImageGrab

from tests.support.xvfb import xdotool, xvfb

SCANNER_DELAY_MS = "6"


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def test_badge_scan_1_enter_in_a_real_window(display: str, tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "RETURNS_DESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    seeded = subprocess.run(
        [sys.executable, "-m", "returns_desk", "--db", str(db), "demo", "--rmas", "150"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    sample = json.loads(seeded.stdout.splitlines()[-1])["sample"]
    app = subprocess.Popen(
        [sys.executable, "-m", "returns_desk", "--db", str(db), "--station", "E2E-1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        window = xdotool(
            display, "search", "--sync", "--onlyvisible", "--name", "^Returns Desk$"
        ).splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(0.5)
        scanner(display, sample["badge"])
        _wait_for(lambda: _logged_in(db, sample["badge"]), 15)
        scanner(display, sample["rma"])
        lpn = _wait_for(lambda: _unit(db, sample["rma"], "received"), 15)
        time.sleep(0.5)
        xdotool(display, "key", "1")
        time.sleep(0.5)
        xdotool(display, "key", "Return")
        _wait_for(lambda: _unit(db, sample["rma"], "restocked"), 15)
        time.sleep(1.0)
        shot = tmp_path / "station-after-enter.png"
        ImageGrab.grab(xdisplay=display).save(shot)
        keep = os.environ.get("RETURNS_DESK_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)
        assert shot.stat().st_size > 10_000
        with sqlite3.connect(db) as conn:
            grade, disposition = conn.execute(
                "SELECT grade, disposition FROM units WHERE lpn = ?", (lpn,)
            ).fetchone()
        assert (grade, disposition) == ("A", "restock")
        assert (tmp_path / "data" / "tags" / f"{lpn}.pdf").exists()
    finally:
        app.terminate()
        out, _ = app.communicate(timeout=20)
    assert "Traceback" not in out, out


KEYSYMS = {"-": "minus", ".": "period", "#": "numbersign", " ": "space", "/": "slash", "_": "underscore"}


def scanner(display: str, code: str) -> None:
    """What a USB scanner sends: the code a few milliseconds a key, then Return, in one burst."""
    keys = [ch if ch.isalnum() else KEYSYMS[ch] for ch in code]
    xdotool(display, "key", "--delay", SCANNER_DELAY_MS, *keys, "Return")


def _unit(db: Path, rma: str, status: str) -> str | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT u.lpn FROM units u JOIN return_requests r ON r.id = u.return_request_id "
            "WHERE r.rma_number = ? AND u.status = ?",
            (rma, status),
        ).fetchone()
    return row[0] if row else None


def _logged_in(db: Path, badge: str) -> bool:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT 1 FROM events e JOIN users u ON u.id = e.user_id WHERE e.kind = 'user.logged_in' AND u.badge = ?",
            (badge,),
        ).fetchone()
    return row is not None


def _wait_for(probe: object, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()  # type: ignore[operator]
        if value:
            return str(value)
        time.sleep(0.1)
    raise AssertionError(f"gave up after {seconds} s")
