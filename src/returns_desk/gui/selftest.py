"""``returns-desk self-test``: can this installed copy do its work? One JSON object, exit 0 when every check passes.

It opens the configured database without changing it, migrates a scratch SQLite file, renders a plate and reads it
back with each barcode library, writes a PDF through Pillow and through Qt, and checks the Qt plugins (the window
platforms, SVG icons, multimedia), a font that has Hangul and the compiled translations. IT runs it
after an install; the packaging test runs it from the installed files.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from returns_desk import __version__, config
from returns_desk.domain.scancodes import lpn_for_serial

Check = Callable[[Path], str]
SERIAL = 123_456_789  # the plate the checks print and read back


def run(settings: config.Settings) -> dict[str, Any]:
    """Every check, in order; each is ``{"ok": bool, "detail": str, "ms": float}``."""
    checks: dict[str, Check] = {
        "database": lambda _work: _database(settings.db_url),
        "migrations": _migrations,
        "barcodes": _barcodes,
        "pdf": _pdf,
        "qt": _qt,
        "fonts": lambda _work: _fonts(),
        "translations": lambda _work: _translations(),
    }
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="returns-desk-self-test-") as scratch:
        for name, check in checks.items():
            started = time.perf_counter()
            try:
                detail, ok = check(Path(scratch)), True
            except Exception as exc:  # every failure is the check's answer, never a traceback
                detail, ok = f"{type(exc).__name__}: {exc}", False
            results[name] = {
                "ok": ok,
                "detail": detail,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            }
    return {
        "ok": all(r["ok"] for r in results.values()),
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "checks": results,
    }


def _database(url: str) -> str:
    from returns_desk.store import migrate
    from returns_desk.store.db import is_sqlite, make_engine

    if is_sqlite(url):
        path = Path(url.removeprefix("sqlite:///")) if "://" in url else Path(url)
        if not path.exists():
            return f"{path} is not created yet (the first start creates it)"
    engine = make_engine(url)
    try:
        current = migrate.current_revision(engine)
    finally:
        engine.dispose()
    head = migrate.head_revision()
    state = "up to date" if current == head else f"at {current or 'no schema'}, this version needs {head}"
    return f"{engine.url.render_as_string(hide_password=True)}: {state}"


def _migrations(work: Path) -> str:
    from returns_desk.store import migrate
    from returns_desk.store.db import make_engine

    engine = make_engine(f"sqlite:///{work / 'migrations.sqlite3'}", writes=True)
    try:
        migrate.upgrade(engine)
        current = migrate.current_revision(engine)
    finally:
        engine.dispose()
    if current != migrate.head_revision():
        raise RuntimeError(f"migrated to {current}, not to {migrate.head_revision()}")
    return f"{len(migrate.known_revisions())} migrations to {current}"


def _barcodes(_work: Path) -> str:
    from returns_desk.barcodes import decode, labels

    text = lpn_for_serial(SERIAL)
    plate = labels.plate_label(text, 203)
    found = {reader: decode.read_with(reader, plate) for reader in ("zbar", "zxing")}
    wrong = [reader for reader, texts in found.items() if text not in texts]
    if wrong:
        raise RuntimeError(f"{', '.join(wrong)} did not read the plate: {found}")
    return f"zbar and zxing-cpp read {text} from a 203 dpi plate"


def _pdf(work: Path) -> str:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from returns_desk.barcodes import labels

    pillow = labels.save([labels.plate_label(lpn_for_serial(SERIAL), 203)], work / "plate.pdf", 203)
    _application()
    qt = work / "qt.pdf"
    writer = QPdfWriter(str(qt))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Returns Desk")
    painter.end()
    for path in (pillow, qt):
        if not path.read_bytes().startswith(b"%PDF-") or path.stat().st_size < 500:
            raise RuntimeError(f"{path.name} is not a PDF")
    return f"Pillow {pillow.stat().st_size:,} bytes, Qt {qt.stat().st_size:,} bytes"


def _qt(_work: Path) -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImageReader

    _application()
    from returns_desk.gui.resources import icon

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").glob("libq*"))
    missing = [name for name in ("libqxcb.so", "libqoffscreen.so") if name not in platforms]
    if sys.platform.startswith("linux") and missing:
        raise RuntimeError(f"window platforms missing: {', '.join(missing)} (in {plugins / 'platforms'})")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise RuntimeError("the SVG image plugin is missing: the icons would not show")
    if icon("app").pixmap(32, 32).isNull():
        raise RuntimeError("the app icon does not render")
    import PySide6.QtMultimedia  # noqa: F401 - the webcam scanner's module

    return f"PySide6 {pyside}; platforms {', '.join(platforms)}; SVG icons; multimedia"


def _fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    _application()
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    if not korean:
        raise RuntimeError("no font with Hangul is installed (Debian: fonts-noto-cjk or fonts-nanum)")
    return f"Hangul in {korean[0]}" + (f" and {len(korean) - 1} more" if len(korean) > 1 else "")


def _translations() -> str:
    from returns_desk.gui import i18n

    _application()
    found = i18n.check_catalogs()
    return ", ".join(f"{language}: {size:,} bytes" for language, size in found.items())


_APP: list[object] = []  # the checks' QApplication, kept alive for the run


def _application() -> None:
    """One off-screen QApplication for the checks that need Qt (a self-test opens no window)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _APP.append(QApplication(["returns-desk", "-platform", "offscreen"]))
