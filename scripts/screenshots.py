"""Screenshots of the real app in a real X window (Xvfb), driven like a person with a scanner (xdotool).

    .venv/bin/python scripts/screenshots.py [--size 1024x700] [--out docs] [--locale ko_KR]

First starts the app as on a new workstation and saves its first-run wizard:
  first-run-<size>.png, first-run-database-<size>.png, first-run-printer-<size>.png
Then seeds a demo database in a temporary folder, opens the app on it, and saves:
  station-<size>.png       the station after a scan and grade D (the unit panel, proposal and refund)
  console-<tab>-<size>.png each tab of the supervisor console (requests: with the first request's detail;
                           analytics also scrolled down to the dock's cards: console-analytics-dock-<size>.png;
                           integrations also with the Import dialog on a Loop export: import-dialog-<size>.png)
  bench-<size>.png         the refurbishment bench with a unit on it
With ``--locale ko_KR`` the app runs in that language and every name starts with ``ko-`` (``ko-station-…``).
Needs Xvfb, xdotool (Debian: xvfb xdotool). Nothing outlives the script.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import ImageGrab

KEYSYMS = {"-": "minus", ".": "period", "#": "numbersign", " ": "space", "/": "slash", "_": "underscore"}
TABS = (
    "queue",
    "requests",
    "inbound",
    "exceptions",
    "rules",
    "authorization",
    "regrade",
    "emails",
    "integrations",
    "analytics",
    "audit",
    "admin",
)
SAMPLE_EXPORT = Path(__file__).resolve().parents[1] / "tests" / "data" / "imports" / "loop.csv"


@contextmanager
def xvfb(size: str) -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


def scanner(display: str, code: str) -> None:
    keys = [ch if ch.isalnum() else KEYSYMS[ch] for ch in code]
    xdotool(display, "key", "--delay", "6", *keys, "Return")


def person(display: str, text: str) -> None:
    keys = [ch if ch.isalnum() else KEYSYMS[ch] for ch in text]
    xdotool(display, "key", "--delay", "90", *keys)


def shot(display: str, target: Path) -> None:
    time.sleep(1.2)
    ImageGrab.grab(xdisplay=display).save(target)
    print(target, flush=True)


def first_run(display: str, env: dict[str, str], out: Path, size: str, prefix: str) -> None:
    """The wizard of a computer that has never run Returns Desk (no settings file, no database named)."""
    app = subprocess.Popen([sys.executable, "-m", "returns_desk"], env=env)
    try:
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Returns Desk").split()[0]
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(1.0)
        shot(display, out / f"{prefix}first-run-{size}.png")
        xdotool(display, "key", "alt+n")  # Next
        time.sleep(1.0)
        shot(display, out / f"{prefix}first-run-database-{size}.png")
        xdotool(display, "key", "alt+n")
        time.sleep(1.0)
        shot(display, out / f"{prefix}first-run-printer-{size}.png")
    finally:
        app.terminate()
        app.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--locale", default="", help="the window's language, e.g. ko_KR (default: English)")
    args = parser.parse_args()
    prefix = f"{args.locale.split('_')[0]}-" if args.locale else ""
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, xvfb(args.size) as display:
        folder = Path(tmp)
        db = folder / "station.sqlite3"
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "RETURNS_DESK_DATA_DIR": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),
        }
        if args.locale:
            env["RETURNS_DESK_LOCALE"] = args.locale
        env.pop("RETURNS_DESK_DB", None)
        first_run(display, env, args.out, args.size, prefix)
        seeded = subprocess.run(
            [sys.executable, "-m", "returns_desk", "--db", str(db), "demo", "--rmas", "400"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        sample = json.loads(seeded.stdout.splitlines()[-1])["sample"]
        # A webhook endpoint nobody answers at: its deliveries wait, with their error, in the Integrations tab.
        subprocess.run(
            [
                sys.executable,
                "-m",
                "returns_desk",
                "--db",
                str(db),
                "webhooks",
                "add",
                "ERP",
                "http://127.0.0.1:9/hooks/returns",
                "--kinds",
                "return.*",
            ],
            env=env,
            capture_output=True,
            timeout=60,
            check=True,
        )
        with sqlite3.connect(db) as conn:  # a unit waiting for the refurbishment bench
            plate = conn.execute(
                "SELECT lpn FROM units WHERE status = 'in_refurbishment' ORDER BY received_at LIMIT 1"
            ).fetchone()[0]
            skus = [r[0] for r in conn.execute("SELECT sku FROM products ORDER BY id LIMIT 2")]
        # The Loop sample with this demo's SKUs, and one reason the preset does not know: a row marked.
        export = folder / "loop-returns.csv"
        text = (
            SAMPLE_EXPORT.read_text(encoding="utf-8")
            .replace("APP-00008", skus[0])
            .replace("HOM-00011", skus[1])
        )
        export.write_text(text.replace("Damaged or defective", "Smells odd"), encoding="utf-8")
        app = subprocess.Popen(
            [sys.executable, "-m", "returns_desk", "--db", str(db), "--station", "DOCK-1"], env=env
        )
        try:
            window = xdotool(
                display, "search", "--sync", "--onlyvisible", "--name", "^Returns Desk$"
            ).split()[0]
            xdotool(display, "windowfocus", "--sync", window)
            time.sleep(1.0)
            shot(display, args.out / f"{prefix}login-{args.size}.png")
            scanner(display, sample["badge"])
            time.sleep(1.5)
            scanner(display, sample["rma"])
            time.sleep(2.0)
            xdotool(display, "key", "4")
            shot(display, args.out / f"{prefix}station-{args.size}.png")
            xdotool(display, "key", "ctrl+l")
            time.sleep(1.0)
            scanner(display, sample["admin_badge"])  # an admin sees every tab, users and stations included
            time.sleep(1.5)
            person(display, sample["admin_pin"])
            xdotool(display, "key", "Return")
            time.sleep(2.5)
            for i, tab in enumerate(TABS):
                if i:
                    xdotool(display, "key", "ctrl+Tab")
                    time.sleep(1.0)
                shot(display, args.out / f"{prefix}console-{tab}-{args.size}.png")
                if tab == "integrations":  # the Import dialog on a platform's export, with its preview
                    xdotool(display, "key", "alt+i")
                    time.sleep(1.0)
                    xdotool(display, "key", "alt+c")
                    time.sleep(1.0)
                    person(display, str(export))
                    xdotool(display, "key", "Return")
                    time.sleep(1.5)
                    shot(display, args.out / f"{prefix}import-dialog-{args.size}.png")
                    xdotool(display, "key", "Escape")
                    time.sleep(0.5)
                if tab == "analytics":  # and its last cards, the dock's: the wheel over the cards
                    width, height = (int(v) for v in args.size.split("x"))
                    xdotool(display, "mousemove", str(width // 2), str(height // 2))
                    xdotool(display, "click", "--repeat", "60", "--delay", "20", "5")
                    time.sleep(1.0)
                    shot(display, args.out / f"{prefix}console-analytics-dock-{args.size}.png")
            xdotool(display, "key", "ctrl+3")
            time.sleep(1.0)
            scanner(display, plate)
            time.sleep(1.5)
            person(display, "hinge")
            time.sleep(0.5)
            shot(display, args.out / f"{prefix}bench-{args.size}.png")
        finally:
            app.terminate()
            app.wait(timeout=20)
    return 0


if __name__ == "__main__":
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        sys.exit("needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool)")
    sys.exit(main())
