"""A private CUPS server with one PDF printer (Debian's cups-pdf), for the tests that print through the
workstation's print system. Started by the test in its own folder, on its own socket, and stopped after; the
machine's own CUPS (if any) is never touched. cups-pdf reads its settings from /etc/cups only: the queue's own
file there (``cups-pdf-QUEUE.conf``, sending its output to the test's folder) is removed afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


@dataclass(frozen=True)
class PdfPrinter:
    queue: str
    server: str  # the socket, for CUPS_SERVER
    out: Path  # where cups-pdf writes each job's PDF

    def wait_for_pdf(self, before: int = 0, timeout_s: float = 60) -> Path:
        """The newest PDF, once CUPS has no job left for the queue (cups-pdf writes the file as it goes)."""
        deadline = time.monotonic() + timeout_s
        env = {**os.environ, "CUPS_SERVER": self.server}
        while time.monotonic() < deadline:
            done = sorted(self.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
            pending = subprocess.run(
                ["lpstat", "-o", self.queue], env=env, capture_output=True, text=True, check=False
            ).stdout.strip()
            if len(done) > before and not pending:
                return done[-1]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote nothing to {self.out} in {timeout_s} s")


def _need() -> None:
    missing = [str(p) for p in (PPD, BACKEND) if not p.exists()] + [
        tool for tool in ("cupsd", "lpadmin") if shutil.which(tool) is None
    ]
    if missing:
        why = f"CUPS with cups-pdf is not installed ({', '.join(missing)})"
        if os.environ.get("CI"):
            pytest.fail(why + "; the test command installs cups and printer-driver-cups-pdf on Debian/Ubuntu")
        pytest.skip(why)
    if os.geteuid() != 0:
        pytest.skip("cups-pdf's settings live in /etc/cups: the test needs root to give its queue one")


@contextmanager
def pdf_printer() -> Iterator[PdfPrinter]:
    """The server runs in a folder of its own outside pytest's (which only root may enter): its filters run as
    the ``lp`` user and must read the spooled job and the printer's PPD."""
    _need()
    folder = Path(tempfile.mkdtemp(prefix="rd-cups-"))
    queue = f"RD_TEST_{uuid.uuid4().hex[:8]}"
    for name in ("root", "spool", "cache", "state", "tmp", "logs", "out"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    for name in ("spool", "cache", "state", "tmp"):
        shutil.chown(folder / name, "lp", "lp")
    sock = folder / "cups.sock"
    (folder / "cups-files.conf").write_text(
        f"ServerRoot {folder / 'root'}\nRequestRoot {folder / 'spool'}\nCacheDir {folder / 'cache'}\n"
        f"StateDir {folder / 'state'}\nTempDir {folder / 'tmp'}\nErrorLog {folder / 'logs' / 'error_log'}\n"
        f"AccessLog {folder / 'logs' / 'access_log'}\nPageLog {folder / 'logs' / 'page_log'}\n"
        "DataDir /usr/share/cups\nServerBin /usr/lib/cups\nUser lp\nGroup lp\nSystemGroup root\n",
        encoding="utf-8",
    )
    (folder / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n",
        encoding="utf-8",
    )
    settings = Path("/etc/cups") / f"cups-pdf-{queue}.conf"
    settings.write_text(f"Out {folder / 'out'}\n", encoding="utf-8")
    server = subprocess.Popen(
        ["cupsd", "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    try:
        deadline = time.monotonic() + 20
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        subprocess.run(
            ["lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(PPD)],
            env=env, check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        yield PdfPrinter(queue, str(sock), folder / "out")
    finally:
        server.terminate()
        server.wait(timeout=20)
        settings.unlink(missing_ok=True)
        Path(f"/var/log/cups/cups-pdf-{queue}_log").unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
