"""The app's icons and sounds, from resources/ compiled into the app (gui/forms/rc_resources.py): one place to ask.

The icons are drawn for Returns Desk (SVG, resources/icons); the sounds are two short tones (resources/sounds).
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QUrl
from PySide6.QtGui import QIcon

from returns_desk.gui.forms import rc_resources  # noqa: F401 - importing it registers :/icons and :/sounds

ICONS = (
    "app",
    "approve",
    "assign",
    "audit",
    "camera",
    "cancel",
    "change",
    "print",
    "reject",
    "resolve",
    "send_back",
)
SOUNDS = ("ok", "error")


def icon(name: str) -> QIcon:
    if name not in ICONS:
        raise KeyError(f"no icon called {name!r}")
    return QIcon(f":/icons/{name}.svg")


def sound_url(name: str) -> QUrl:
    if name not in SOUNDS:
        raise KeyError(f"no sound called {name!r}")
    return QUrl(f"qrc:/sounds/{name}.wav")


def exists(path: str) -> bool:
    """Whether the compiled resources hold ``path`` (like ":/icons/app.svg")."""
    return QFile.exists(path)
