"""The SMTP password: never in the database. In the operating system's keyring where there is one (Windows
Credential Manager, macOS Keychain, the Secret Service on a Linux desktop); else in a file in the app's data
folder that only the user can read (mode 0600)."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError

SERVICE = "returns-desk-smtp"
FILE_NAME = "smtp-password"


def _keyring_usable() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return bool(priority) and priority > 0 and "fail" not in type(backend).__module__


def store_password(data_dir: Path, user: str, password: str) -> str:
    """Keep the password; returns where it went ("keyring" or the file's path)."""
    if _keyring_usable():
        try:
            keyring.set_password(SERVICE, user, password)
            _file(data_dir).unlink(missing_ok=True)
            return "keyring"
        except KeyringError:
            pass
    path = _file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password)
    os.chmod(path, 0o600)  # also when the file was there before with looser rights
    return str(path)


def load_password(data_dir: Path, user: str) -> str | None:
    if _keyring_usable():
        try:
            found = keyring.get_password(SERVICE, user)
        except KeyringError:
            found = None
        if found is not None:
            return found
    path = _file(data_dir)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _file(data_dir: Path) -> Path:
    return data_dir / FILE_NAME
