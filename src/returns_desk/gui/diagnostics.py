"""Help → Save diagnostics…: one zip for IT with what a problem report needs, and no secrets.

It holds the log files, the versions (app, Python, Qt, each bundled component), the settings (the settings file
and what the app made of it, with passwords and secrets blanked), the database's schema version and the station's
last sync state.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import zipfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from sqlalchemy.engine import make_url

from returns_desk import __version__, components, config

SECRET = re.compile(r"pass|secret|token|key", re.IGNORECASE)
HIDDEN = "(hidden)"


def hide_secrets(values: dict[str, Any]) -> dict[str, Any]:
    """Settings as they may leave the computer: secret-looking keys blanked, passwords out of addresses."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if SECRET.search(key):
            out[key] = HIDDEN
        elif isinstance(value, str) and "://" in value:
            try:
                out[key] = make_url(value).render_as_string(hide_password=True)
            except Exception:  # not a database address after all: kept only if it holds no '@'
                out[key] = value if "@" not in value else HIDDEN
        else:
            out[key] = str(value) if isinstance(value, Path) else value
    return out


def write(path: Path, settings: config.Settings, state: dict[str, Any]) -> Path:
    """The zip at ``path`` (written beside it first, then renamed: never half a file)."""
    file_settings: dict[str, Any] = {}
    if config.config_path().is_file():
        try:
            file_settings = json.loads(config.config_path().read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            file_settings = {"unreadable": str(exc)}
    effective = {k: v for k, v in asdict(settings).items() if k != "label_printer"}
    effective["label_printer"] = str(settings.label_printer or "")
    versions = {
        "returns_desk": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "pyside6": pyside_version,
        "qt": qVersion(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "components": components.bundled(),
    }
    part = path.with_name(path.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("versions.json", json.dumps(versions, indent=2))
        archive.writestr(
            "settings.json",
            json.dumps(
                {"file": hide_secrets(file_settings), "effective": hide_secrets(effective)},
                indent=2,
                default=str,
            ),
        )
        archive.writestr(
            "state.json",
            json.dumps(
                {"written_at": datetime.now(UTC).isoformat(), **hide_secrets(state)}, indent=2, default=str
            ),
        )
        folder = settings.log_folder
        for log in sorted(folder.glob("returns-desk.log*")) if folder.is_dir() else []:
            archive.write(log, f"logs/{log.name}")
    part.replace(path)
    return path
