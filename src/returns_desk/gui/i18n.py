"""The window's language: Qt's translators for Returns Desk's own words and for Qt's (the standard buttons and
dialogs), chosen by the settings' locale (or the system's), and the locale dates, numbers and money are written in.

Sources of the words are ``resources/translations/returns_desk_<language>.ts`` (Qt Linguist files, updated from the
code by ``python scripts/translations.py``); the setup compiles them to ``.qm`` files in
``returns_desk/gui/translations/``, which the app loads here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).with_name("translations")
LANGUAGES = ("ko",)  # the languages Returns Desk is translated into, besides English (the source)
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive while installed


def install(locale_name: str = "") -> QLocale:
    """Translate the window into ``locale_name`` (e.g. ``ko_KR``; "" for the system's): replaces what an earlier
    call installed. English needs no translator. Returns the locale now in use."""
    app = QCoreApplication.instance()
    locale = QLocale(locale_name) if locale_name else QLocale.system()
    QLocale.setDefault(locale)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    language = locale.name().split("_")[0]
    if language not in LANGUAGES or app is None:
        return locale
    ours = QTranslator()
    if ours.load(str(FOLDER / f"returns_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no %s translation at %s: the window stays in English", language, FOLDER)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale


def check_catalogs() -> dict[str, int]:
    """Each shipped language with the size of its compiled catalogue; raises when one is missing or empty."""
    found = {}
    for language in LANGUAGES:
        path = FOLDER / f"returns_desk_{language}.qm"
        translator = QTranslator()
        if not path.is_file() or not translator.load(str(path)) or translator.isEmpty():
            raise RuntimeError(f"the {language} translation is missing or empty ({path})")
        found[language] = path.stat().st_size
    return found
