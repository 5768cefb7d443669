"""The installers as IT uses them: build the bundle and the .deb, install it into a scratch root with dpkg, run the
installed `returns-desk self-test`, open the installed app in a real window on its first-run screen, upgrade to a
version with one more migration (the station's data stays and is migrated), and uninstall (the data stays).

Everything runs from the installed files with a bare environment: no virtual environment, no Python on PATH.
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
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import ImageGrab

from returns_desk import __version__
from returns_desk.store import migrate
from tests.support.xvfb import xdotool, xvfb

ROOT = Path(__file__).resolve().parents[2]
PROBE = '''"""A migration only the upgrade test's version N+1 carries."""

import sqlalchemy as sa
from alembic import op

revision = "upgrade_probe"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/returns-desk and its .deb, built once for the module into a scratch folder."""
    if shutil.which("dpkg-deb") is None:
        pytest.skip("the .deb is built on Debian or Ubuntu")
    work = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(work / "dist"),
         "--work", str(work / "work")],
        check=True, timeout=1800, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    return work


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty dpkg database to install into (dpkg --root)."""
    base = tmp_path / "root"
    for folder in ("info", "updates", "triggers"):
        (base / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (base / "var" / "lib" / "dpkg" / name).touch()
    return base


def dpkg(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--log=/dev/null", *args],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def bare_env(home: Path, **more: str) -> dict[str, str]:
    """What a desktop session gives a program: no virtual environment, no Python of ours on PATH."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **more}


def installed(root: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / "usr" / "bin" / "returns-desk"), *args],
        env=bare_env(home), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def the_deb(built: Path) -> Path:
    (deb,) = (built / "dist").glob(f"returns-desk_{__version__}_*.deb")
    return deb


def test_the_deb_installs_passes_self_test_and_shows_the_first_run_screen(
    built: Path, root: Path, tmp_path: Path
) -> None:
    deb = the_deb(built)
    dpkg(root, "-i", str(deb))
    assert (root / "usr" / "bin" / "returns-desk").resolve() == root / "opt" / "returns-desk" / "returns-desk"
    assert (root / "usr" / "share" / "applications" / "returns-desk.desktop").is_file()
    assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "returns-desk.svg").is_file()
    listed = json.loads((root / "opt/returns-desk/_internal/licenses.json").read_text(encoding="utf-8"))
    assert {"PySide6_Essentials", "SQLAlchemy", "pyzbar", "zxing-cpp"} <= {c["name"] for c in listed}

    home = tmp_path / "home"
    done = installed(root, home, "self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["frozen"] is True
    assert all(c["ok"] for c in result["checks"].values()), result

    with xvfb("1024x700") as display, first_run_window(root, home, display) as shot:
        assert shot.stat().st_size > 10_000


@contextmanager
def first_run_window(root: Path, home: Path, display: str) -> Iterator[Path]:
    """The installed app started in a window with no configuration: its first screen, screenshotted."""
    app = subprocess.Popen(
        [str(root / "usr" / "bin" / "returns-desk")],
        env=bare_env(home, DISPLAY=display),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Returns Desk", timeout=120)
        time.sleep(2.0)
        shot = home.parent / "installed-first-run.png"
        ImageGrab.grab(xdisplay=display).save(shot)
        keep = os.environ.get("RETURNS_DESK_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)
        yield shot
    finally:
        app.terminate()
        out, _ = app.communicate(timeout=30)
    assert "Traceback" not in out, out


def test_an_upgrade_keeps_and_migrates_the_data_and_an_uninstall_leaves_it(
    built: Path, root: Path, tmp_path: Path
) -> None:
    deb = the_deb(built)
    dpkg(root, "-i", str(deb))
    home = tmp_path / "home"
    made = installed(root, home, "demo", "--rmas", "25")
    assert made.returncode == 0, made.stdout + made.stderr
    sample = json.loads(made.stdout.strip().splitlines()[-1])["sample"]
    data = home / ".local" / "share" / "returns-desk" / "returns-desk.sqlite3"
    with sqlite3.connect(data) as conn:
        before = conn.execute("SELECT count(*) FROM return_requests").fetchone()[0]
    assert before >= 25

    # Version N+1: the same bundle with one more migration, as a newer package of the same name.
    bundle = tmp_path / "next" / "returns-desk"
    shutil.copytree(root / "opt" / "returns-desk", bundle, symlinks=True)
    versions = bundle / "_internal" / "returns_desk" / "store" / "migrations" / "versions"
    (versions / "9000_upgrade_probe.py").write_text(
        PROBE.format(head=migrate.head_revision()), encoding="utf-8"
    )
    newer = tmp_path / "next.deb"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "deb", "--bundle", str(bundle),
         "--version", f"{__version__}+probe1", "--out", str(newer), "--work", str(tmp_path / "work")],
        check=True, timeout=900,
    )  # fmt: skip
    dpkg(root, "-i", str(newer))
    assert f"{__version__}+probe1" in dpkg(root, "-l", "returns-desk")

    # The next start (here: a command that opens the database) upgrades the station's own file.
    opened = installed(root, home, "resolve", sample["rma"])
    assert opened.returncode == 0, opened.stdout + opened.stderr
    with sqlite3.connect(data) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "upgrade_probe"
        assert conn.execute("SELECT count(*) FROM upgrade_probe").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM return_requests").fetchone()[0] == before
    assert (data.parent / f"returns-desk.before-{migrate.head_revision()}.sqlite3").is_file()

    dpkg(root, "-r", "returns-desk")
    assert not (root / "opt" / "returns-desk").exists()
    assert not (root / "usr" / "bin" / "returns-desk").exists()
    assert data.is_file()  # the user's data folder is the user's
    with sqlite3.connect(data) as conn:
        assert conn.execute("SELECT count(*) FROM return_requests").fetchone()[0] == before
