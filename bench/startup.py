"""Start-up: from process start to the login screen painted, for the source install and the installed bundle,
each beside a bare PySide6 window started the same way in the same run.

Each start is a new process (``Popen``) with Qt's offscreen platform, timed until it says on stderr that its first
screen is painted (the app logs "login screen painted"; the floor, bench/_bare_window.py, prints "bare window
painted"), then stopped. The app opens a small demo database given by ``--db`` (no first-run wizard). The four
kinds run in turns; the first round warms the disk cache and is not counted, so "cold" means a new process, not
an empty page cache (emptying it would disturb everything else on a shared machine).

The bundle is dist/returns-desk/returns-desk (``bash scripts/dev package``); the floor's bundle is built once
with the same PyInstaller into build/bench-bare/. Keys per install kind: ``p50_ms``, ``floor_p50_ms``, ``ratio``
(target <= 2), ``starts``.

  python bench/startup.py [--quick] [--starts N] [--bundle PATH]

``--quick``: 4 counted starts of each, the bundle only if already built: the same keys, under a minute.
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import emit, percentile, print_table

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).with_name("_bare_window.py")
BARE_BUNDLE = ROOT / "build" / "bench-bare" / "dist" / "bare-window" / "bare-window"
TARGET_RATIO = 2.0
TIMEOUT_S = 120.0


def start(command: list[str], env: dict[str, str], marker: str) -> float:
    """Milliseconds from process start to ``marker`` on its stderr."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if marker in line:
                return (time.perf_counter() - started) * 1000
            if time.perf_counter() - started > TIMEOUT_S:
                break
        raise SystemExit(f"{command[0]} never said {marker!r}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def bare_bundle() -> Path:
    """The floor as a PyInstaller one-folder bundle, built once."""
    if not BARE_BUNDLE.exists():
        work = BARE_BUNDLE.parents[2]
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "bare-window",
             "--distpath", str(work / "dist"), "--workpath", str(work / "work"), "--specpath", str(work),
             str(BARE)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    return BARE_BUNDLE


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "returns-desk" / "returns-desk")
    args = parser.parse_args()
    starts = 4 if args.quick else args.starts
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "RETURNS_DESK_DATA_DIR": str(Path(tmp) / "data"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        env.pop("RETURNS_DESK_DB", None)
        db = Path(tmp) / "station.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "returns_desk", "--db", str(db), "demo", "--rmas", "200"],
            env=env, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        app_args = ["--db", str(db), "--station", "BENCH-1"]
        kinds: dict[str, tuple[list[str], list[str]]] = {
            "source": ([sys.executable, "-m", "returns_desk", *app_args], [sys.executable, str(BARE)]),
        }
        if args.bundle.exists() and (not args.quick or BARE_BUNDLE.exists()):
            kinds["bundle"] = ([str(args.bundle), *app_args], [str(bare_bundle())])
        times: dict[str, dict[str, list[float]]] = {k: {"app": [], "floor": []} for k in kinds}
        for round_ in range(starts + 1):
            for kind, (app, floor) in kinds.items():
                app_ms = start(app, env, "login screen painted")
                floor_ms = start(floor, env, "bare window painted")
                if round_:  # the first round warms the disk cache
                    times[kind]["app"].append(app_ms)
                    times[kind]["floor"].append(floor_ms)
    figures: dict[str, Any] = {"quick": args.quick, "starts": starts, "target_ratio": TARGET_RATIO}
    rows = []
    met = True
    for kind, measured in times.items():
        app_p50, floor_p50 = percentile(measured["app"], 50), percentile(measured["floor"], 50)
        ratio = round(app_p50 / floor_p50, 2)
        figures[kind] = {
            "p50_ms": round(app_p50),
            "floor_p50_ms": round(floor_p50),
            "ratio": ratio,
            "starts": starts,
        }
        met = met and ratio <= TARGET_RATIO
        rows.append([kind, starts, round(app_p50), round(floor_p50), ratio])
    if "bundle" not in times:
        figures["bundle"] = None  # not built: bash scripts/dev package
    print_table(["install", "starts", "app p50 ms", "floor p50 ms", "ratio"], rows)
    figures["met"] = met
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
