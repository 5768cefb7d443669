"""The third-party components Returns Desk runs on, with their versions and licences (Help → About, and the
installers' copyright file). A bundle carries the list it was built with (``licenses.json``, written by
packaging/build.py); a source install reads it from the installed packages' own metadata."""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

APP = "returns-desk"
LIST_FILE = "licenses.json"
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
# Parts of the bundle that are not Python packages, so no package metadata names them.
NATIVE = (
    {"name": "Python", "version": sys.version.split()[0], "license": "PSF-2.0"},
    {"name": "Qt (through PySide6)", "version": "", "license": "LGPL-3.0-only"},
    {"name": "zbar", "version": "", "license": "LGPL-2.1-or-later"},
)


def bundled() -> list[dict[str, str]]:
    """Every component: the bundle's list when frozen, otherwise the installed dependencies of Returns Desk."""
    frozen = Path(getattr(sys, "_MEIPASS", "")) / LIST_FILE
    if getattr(sys, "frozen", False) and frozen.is_file():
        listed: list[dict[str, str]] = json.loads(frozen.read_text(encoding="utf-8"))
        return listed
    return [*installed(), *NATIVE]


def installed() -> list[dict[str, str]]:
    """The runtime dependencies of Returns Desk, followed through their own dependencies (extras only where one
    asks for them, like ``psycopg[binary]``), each as its metadata states name, version and licence."""
    seen: dict[str, dict[str, str]] = {}
    todo: list[tuple[str, set[str]]] = [(APP, set())]
    while todo:
        name, extras = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python
        key = (dist.metadata["Name"] or name).lower().replace("_", "-")
        if key in seen and not extras:
            continue
        if key != APP:
            seen[key] = {
                "name": dist.metadata["Name"] or name,
                "version": dist.version,
                "license": _licence(dist),
            }
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            wanted = _EXTRA.search(marker)
            if wanted and wanted.group(1) not in extras:
                continue
            matched = _NAME.match(spec)
            if matched:
                more = {e.strip() for e in (matched.group(2) or "").split(",") if e.strip()}
                todo.append((matched.group(1), more))
    return sorted(seen.values(), key=lambda d: d["name"].lower())


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata

    def field(name: str) -> str:
        values = meta.get_all(name) or []  # a missing field is a KeyError on some Pythons, None on others
        return str(values[0]) if values else ""

    text = field("License-Expression") or field("License").strip().split("\n")[0]
    if text and len(text) <= 80:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the package's own files"
