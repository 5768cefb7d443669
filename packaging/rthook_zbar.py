"""PyInstaller runtime hook: pyzbar finds libzbar with ctypes.util.find_library, which never looks inside the
bundle; point it at the copy bundled beside the app so the target machine needs no libzbar0."""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", "")
_names = {"linux": "libzbar.so.0", "darwin": "libzbar.dylib", "win32": "libzbar-64.dll"}
_bundled = os.path.join(_bundle, _names.get(sys.platform, "libzbar.so.0"))
_find = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    if name == "zbar" and os.path.exists(_bundled):
        return _bundled
    return _find(name)


ctypes.util.find_library = _find_library
