"""A private X server (Xvfb) for the tests that run the app in a real window, and xdotool to drive it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is not installed; the test command installs it on Debian/Ubuntu")
        pytest.skip(f"{tool} is not installed")
    return path


@contextmanager
def xvfb(size: str = "1280x900") -> Iterator[str]:
    """Start Xvfb on a free display number; yields ``:N``; stops it afterwards."""
    server = need("Xvfb")
    need("xdotool")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [server, "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
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


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout.strip()
